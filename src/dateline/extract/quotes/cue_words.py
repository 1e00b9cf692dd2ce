"""What makes a word a cue, and how far its cue runs: the lemma test every step shares, and the span
PolNeAR marks as the cue (the verb with its auxiliaries, particle and "in a statement")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.extract.lexicon import (
    ADDRESSEE_VERBS,
    INTENTION_VERBS,
    NAMING_VERBS,
    NEEDS_CLAUSE,
    PREPOSITIONAL_CUES,
    RAISING_VERBS,
    REPORTING_VERBS,
    STANCE_VERBS,
)
from dateline.extract.quotes.spans import ends_sentence, name_after

#: Verbs of private thought and of evidence: what someone knows, thinks or hopes, or what a test shows, is
#: reported as no one's words ("many doctors don't think to ask", "Judge Ellis knows they are trying...",
#: "breathing tests showed that..."), so the attribution is a stance, not speech. "Believe" and "expect" are
#: left to speech: news writes them for a stated position ("the company believes the ruling is wrong"); so
#: is "wonder", a question (see ``cues._is_speech``).
UNSPOKEN_VERBS: frozenset[str] = frozenset(
    {"know", "feel", "think", "hope", "fear", "worry", "doubt", "suspect", "realize", "recognize", "reckon", "show"})
#: The dependencies that name a clause's subject: the source of an active cue, or what a passive one is about.
SUBJECTS = ("nsubj", "nsubjpass")
#: Words before the cue verb that belong to its cue: auxiliaries, negation, adverbs ("has not yet said").
_CUE_MODIFIERS = frozenset({"aux", "auxpass", "neg", "advmod"})


def has_subject(verb: Token) -> bool:
    """Does the verb have a subject of its own: a clause, not a participle or a word the parser misread as a
    verb ("called such trophy hunting a “horror show”", "the protests unleashed by the death")?"""
    return any(c.dep_ in SUBJECTS for c in verb.children)


def is_cue_lemma(lemma: str) -> bool:
    """Can a word of this lemma be a cue: a verb of reporting, stance, intention, naming or raising?"""
    return any(lemma in words for words in (REPORTING_VERBS, STANCE_VERBS, PREPOSITIONAL_CUES, INTENTION_VERBS,
                                            NAMING_VERBS, RAISING_VERBS))


def cue_lemma(token: Token) -> str:
    """The token's lemma, mended where the lemmatizer drops a silent e ("hopes" -> "hop") or adds one
    ("texted" -> "texte") and the mended form is a cue."""
    lemma = token.lemma_.lower()
    if is_cue_lemma(lemma):
        return lemma
    mended = (lemma + "e", lemma[:-1] if lemma.endswith("e") else lemma)
    return next((form for form in mended if is_cue_lemma(form)), lemma)


def cue_span(token: Token) -> Span:
    """The cue verb with the auxiliaries and adverb phrases right before it ("has repeatedly said", "is
    once again questioning"), the verb it completes (``_completes``: "tended to support", "went off
    script to comment on"), its particle ("pointed out") or the "it" of "as X put it", and a following "in a
    statement", as PolNeAR marks cues."""
    doc = token.doc
    start = token.i
    while start > 0 and _modifies_cue(doc[start - 1], token):
        start = doc[start - 1].left_edge.i
    if _completes(token):
        start = min(start, cue_span(token.head).start)
    end = token.i + 1
    for child in token.rights:
        if child.i == end and (child.dep_ == "prt" or _gap_it(child)):
            end += 1
        elif child.i == end and (statement := _in_a_statement(child)) is not None:
            end = statement.i + 1  # not its subtree: a "that" clause may hang on the noun
    if end < len(doc) and doc[end].text == ":":
        end += 1
    return doc[start:end]


def _gap_it(token: Token) -> bool:
    """The "it" of an "as" clause's verb that stands for the words reported ("as Vale put it"): PolNeAR
    marks it in the cue."""
    return token.dep_ == "dobj" and token.lower_ == "it" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in token.head.children)


def _completes(token: Token) -> bool:
    """Does the cue complete a verb before it that reports nothing with an infinitive, as an infinitive or
    gerund ("tended [to support]", "resist [pointing out]", "seemed [to recognize]", "continued [to
    insist]": "continue" reports only with a clause) or an infinitive of purpose ("went off script [to
    comment]")?"""
    infinitive = token.dep_ == "xcomp" or (token.dep_ == "advcl" and any(c.tag_ == "TO" for c in token.children))
    head, lemma = token.head, cue_lemma(token.head)
    reports = is_cue_lemma(lemma) and lemma not in NEEDS_CLAUSE and lemma not in RAISING_VERBS
    return infinitive and head.pos_ == "VERB" and head.i < token.i and not reports


def _modifies_cue(word: Token, cue: Token) -> bool:
    """An auxiliary, negation or adverb of the cue ("has not yet said"), not the "when" that opens its
    clause ("when asked about"), which PolNeAR leaves out of the cue, nor a name the parser took for an
    adverb."""
    name = word.text[:1].isupper() and not word.is_sent_start  # "Early says": a name the parser took for an adverb
    return word.head == cue and word.dep_ in _CUE_MODIFIERS and word.tag_ != "WRB" and not name


def _in_a_statement(token: Token) -> Token | None:
    """The noun of "in a statement" / "in an interview" after a cue, if ``token`` opens one."""
    objects = [c for c in token.children if c.dep_ == "pobj"]
    found = token.lower_ == "in" and bool(objects) and objects[0].lemma_.lower() in ("statement", "interview")
    return objects[0] if found else None


def inverted_tag_name(token: Token) -> Span | None:
    """The speaker's name right after a tag's verb that follows a comma, closing the sentence or set off by a
    second comma: "2029 was a hard year, revealed Brannock.", "The reasons, says Brannock, are many." The
    parser may take the name for the verb's object, or the verb for the name's adjective. Not the hearer after
    a verb of telling ("..., Brannock told The Gazette"), nor a name after a verb whose subject, a name or a
    pronoun, stands before it."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].text != "," or cue_lemma(token) in ADDRESSEE_VERBS:
        return None
    if any(c.dep_ in SUBJECTS and c.i < token.i and c.pos_ in ("PROPN", "PRON") for c in token.children):
        return None
    found = name_after(token)
    if found is None or not (ends_sentence(found) or (found.end < len(doc) and doc[found.end].text == ",")):
        return None
    return found
