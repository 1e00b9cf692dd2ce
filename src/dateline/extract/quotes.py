"""The ``dateline_quotes`` component: direct and indirect attributions with their speakers.

An attribution is found from its cue, the way a reader finds it: a reporting verb ("said", "told",
"claims") whose subject is the source and whose clausal complement is the content, or "according to X"
whose content is the rest of the clause. Quotations found by their marks (see ``direct``) become the
content of the cue they adjoin ("“…,” he said", "he replied: “…”"); a quotation with no cue of its own
continues the attribution just before it, as news writing continues a speaker across paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline.extract.dates import cue_times, stated_on
from dateline.extract.direct import quotation_spans
from dateline.extract.lexicon import (
    ADDRESSEE_VERBS,
    ATTITUDE_ADJECTIVES,
    DOCUMENT_NOUNS,
    FINDING_NOUNS,
    HEARSAY_ADVERBS,
    INTENTION_VERBS,
    KNOWING_VERBS,
    LABEL_NOUNS,
    LIGHT_VERBS,
    NAMING_VERBS,
    NEEDS_CLAUSE,
    NOUN_CUES,
    PASSIVE_RAISING_VERBS,
    PREPOSITIONAL_CUES,
    RAISING_VERBS,
    REPORTING_VERBS,
    SAYING_VERBS,
    STANCE_NOUNS,
    STANCE_VERBS,
    STATEMENT_NOUNS,
    SUPPORT_VERBS,
)
from dateline.extract.records import Offsets, Quote
from dateline.extract.spans import (
    content_within,
    offsets,
    paragraph_bounds,
    source_phrase,
    subtree_span,
    token_runs,
    trim,
    within_paragraph,
)
from dateline.extract.speakers import Referent, SpeakerResolver
from dateline.nlp.extensions import doc_text

_COMPLEMENTS = ("ccomp", "parataxis")
_SUBJECTS = ("nsubj", "nsubjpass")
#: What a raising verb's subject is said to be or do: "seemed [unperturbed]", "is expected [to win]".
_RAISED_PREDICATES = ("xcomp", "acomp", "oprd", "attr")
#: The predicate a naming verb gives its object: "called the KKK [abhorrent]", "sees it [as a return]".
_NAMING_PREDICATES = ("oprd", "xcomp", "ccomp", "prep")
#: What follows a stance verb's object and belongs to the content: a predicate or infinitive ("urged
#: the US [to act]") or a preposition naming the ground or role ("accused him [of lying]").
_OBJECT_COMPLEMENTS = ("xcomp", "ccomp", "oprd", "dative")
_OBJECT_PREPOSITIONS = frozenset({"for", "of", "as", "to", "with", "about", "over", "against"})
#: Prepositions opening what a noun cue is about ("call for", "attack on"); not "to", which names the
#: hearer ("his remarks to reporters").
_NOUN_PREPOSITIONS = frozenset({"for", "of", "about", "on", "against", "at", "over"})
#: Adjectives with which "make" states a clause: "made clear that", "made it plain she would".
_DECLARING_ADJECTIVES = frozenset({"clear", "plain"})
#: Links inside a noun phrase with its apposition ("Gene Sperling, [a top adviser to] Clinton").
_APPOSITION_LINKS = frozenset({"appos", "prep", "pobj", "compound", "amod", "poss", "case", "det"})
_DASHES = frozenset({"—", "–", "--"})
#: What may come right before a speaker set off by commas: a comma or a dash.
_PHRASE_OPENERS = frozenset({","}) | _DASHES
#: The longest adjunct between a cue and the "that" of its clause ("said at a rally in Ohio on Monday that").
_MAX_ADJUNCT_WORDS = 8
#: Prepositions naming what a stance is about ("took aim at", "took issue with"), not the scene ("in", "during").
_STANCE_PREPOSITIONS = frozenset({"with", "at", "on", "for", "about", "against", "over", "of", "behind"})
_CUE_MODIFIERS = frozenset({"aux", "auxpass", "neg", "advmod"})
_TAG_GAP = frozenset(" \t,:—–-")
#: Subordinators that set a second report beside the first rather than inside it ("..., while 22 percent said").
_CONTRASTING_MARKS = frozenset({"while", "whereas"})
#: Punctuation after which a quotation starts afresh: a sentence end, or the comma or colon before speech.
_SPEECH_OPENERS = frozenset({".", "!", "?", ",", ":"})
#: Parts of speech in a name that opens a line before a colon ("Democrats' new warning:").
_NAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PART", "PUNCT"})
_MAX_NAME_WORDS = 4
#: Words a verbless headline claim needs after "Name:" to be a statement rather than a tally.
_MIN_CLAIM_WORDS = 3
#: A dateline: a place in capitals, maybe an agency in brackets, and a dash ("WASHINGTON (AP) — ").
_DATELINE = re.compile(r"[A-Z]{2}[A-Z .,'’]*(?:\([^)\n]*\))?\s*(?:--|[-—―–])\s+")
#: A quotation with no cue continues the attribution at most this many sentences back.
_CONTINUATION_SENTENCES = 2


@dataclass(frozen=True, slots=True)
class _Draft:
    """An attribution before its speaker is resolved."""

    cue: Span | None
    source: Span | None
    content: tuple[Offsets, ...]
    quoted: bool
    speech: bool = True


@Language.component("dateline_quotes", requires=["token.dep", "token.pos", "doc.ents", "doc.sents"],
                    assigns=["doc._.quotes"])
def quotes_component(doc: Doc) -> Doc:
    """Set ``doc._.quotes`` to the article's attributions, in text order."""
    doc._.quotes = find_quotes(doc)
    return doc


def find_quotes(doc: Doc) -> list[Quote]:
    """Every attribution in ``doc``, each with its speaker resolved within the article."""
    text = doc_text(doc)
    runs = _quotation_runs(text)
    drafts = _outermost(_split_coordinated(doc, _cue_drafts(doc, runs)))
    drafts += _continuations(doc, runs, drafts)
    drafts = [replace(d, content=tuple(_to_marks(text, _after_dateline(text, f), runs) for f in d.content))
              for d in drafts]
    drafts.sort(key=lambda draft: draft.content[0][0])
    return _resolve(doc, drafts)


def _split_coordinated(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """Attributions the parser ran another's content over that report beside it are their own, as PolNeAR
    marks them: one coordinated with it ("Podesta said A and said B", "74 percent said A, while 22 percent
    said B"), where the other's content ends where it begins and a cue with no subject of its own shares
    the other's source (the parser would lend it the subject of the clause it hung it on); and a relative
    clause on a word of the content ("said he backs Clinton, who he is supporting"), the writer's aside,
    which the other's content then leaves out."""
    drafts = list(drafts)
    text = doc_text(doc)
    for i, inner in enumerate(drafts):
        if inner.cue is None or not (_is_coordinate_cue(inner.cue.root) or _is_aside(inner.cue.root)):
            continue
        root, aside = inner.cue.root, _is_aside(inner.cue.root)
        start = doc[_clause_start(root)].idx
        end = root.right_edge.idx + len(root.right_edge) if aside else len(text)
        for j, outer in enumerate(drafts):
            if j == i or not (outer.speech or aside):
                continue
            if not _inside_any(inner.cue.start_char, [outer.content]) or start <= outer.content[0][0]:
                continue  # the clause opens the content: cutting it out would leave a stray remnant
            drafts[j] = replace(outer, content=_without(text, outer.content, start, end))
            if not aside and not any(c.dep_ in _SUBJECTS for c in root.children):
                drafts[i] = replace(inner, source=outer.source)
    return drafts


def _is_coordinate_cue(token: Token) -> bool:
    """Is the cue a verb of saying that reports on its own beside the clause the parser hung it on, not
    one embedded in what was said ("said she thinks X and wants Y": there the clause it joins is a cue
    too)? Verbs of thinking and wanting are left inside: in a speech they chain ("I know ... and I want")."""
    if cue_lemma(token) not in SAYING_VERBS:
        return False
    if token.dep_ == "conj":
        return token.pos_ == "VERB" and not _is_cue_lemma(cue_lemma(token.head))
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTRASTING_MARKS for c in token.children)


def _is_aside(token: Token) -> bool:
    """Is the cue's clause a relative clause set off by a comma or a dash ("Clinton, who he is supporting",
    "38 percent — who said"): the writer's aside on a word, not part of what that word's clause reports
    (a restrictive one is: "hosts who doubted the polls"; so is one of time: "in 2009, when he offered")?"""
    first = token.left_edge.i
    relative = token.doc[first].tag_ in ("WDT", "WP", "WP$")
    return token.dep_ == "relcl" and relative and first > 0 and token.doc[first - 1].text in _PHRASE_OPENERS


def _clause_start(token: Token) -> int:
    """Where the cue's clause begins, with the "and" or ", while" that links it."""
    start = token.left_edge.i
    while start > 0 and (token.doc[start - 1].dep_ == "cc" or token.doc[start - 1].is_punct):
        start -= 1
    return start


def _without(text: str, content: tuple[Offsets, ...], start: int, end: int) -> tuple[Offsets, ...]:
    """The content's fragments less the characters from ``start`` to ``end``, without the separators
    left at the cut."""
    separators = " ,;—–-\n"
    pieces = []
    for first, last in content:
        before = min(last, start)
        pieces.append((first, first + len(text[first:before].rstrip(separators))))
        after = max(first, end)
        pieces.append((after + len(text[after:last]) - len(text[after:last].lstrip(separators)), last))
    return tuple((a, b) for a, b in pieces if b > a)


def _outermost(drafts: list[_Draft]) -> list[_Draft]:
    """Drop attributions nested in another's content ("he said that she thinks..."): as in PolNeAR,
    each word belongs to one attribution, and the reported speech is the outer one's."""
    spans = [span for draft in drafts for span in draft.content]
    return [d for d in drafts if d.cue is None or not _inside_any(d.cue.start_char, [tuple(spans)])]


def _resolve(doc: Doc, drafts: list[_Draft]) -> list[Quote]:
    resolver = SpeakerResolver(doc)
    quotes: list[Quote] = []
    for draft in drafts:
        referent = resolver.resolve(draft.source) if draft.source is not None else None
        if referent is None and draft.cue is None:
            referent = _continued_referent(quotes, draft)
        quotes.append(_quote(doc, draft, referent))
    return quotes


def _continued_referent(quotes: list[Quote], draft: _Draft) -> Referent | None:
    """A quotation without a cue takes the speaker of the attribution before it."""
    earlier = [q for q in quotes if q.end <= draft.content[0][0]]
    if not earlier:
        return None
    last = earlier[-1]
    return Referent(last.speaker, last.speaker_span, last.speaker_label, "")


def _quote(doc: Doc, draft: _Draft, referent: Referent | None) -> Quote:
    dated_by = cue_times(doc, offsets(draft.cue) if draft.cue is not None else None)
    return Quote(
        article_id=doc._.article_id,
        kind="direct" if draft.quoted else "indirect",
        content=draft.content,
        cue=offsets(draft.cue) if draft.cue is not None else None,
        source=offsets(draft.source) if draft.source is not None else None,
        speaker=referent.name if referent else None,
        speaker_span=referent.span if referent else None,
        speaker_label=referent.label if referent else None,
        speech=draft.speech,
        date=stated_on(doc, dated_by),
        dated_by=dated_by,
    )


def _quotation_runs(text: str) -> list[tuple[Offsets, ...]]:
    """Quotations grouped into runs: a quotation continued over paragraphs is one run."""
    runs: list[list[Offsets]] = []
    for span in quotation_spans(text):
        if runs and not text[runs[-1][-1][1] : span[0]].strip() and text[runs[-1][-1][1] - 1] not in "”\"'":
            runs[-1].append(span)
        else:
            runs.append([span])
    return [tuple(run) for run in runs]


def _cue_drafts(doc: Doc, runs: list[tuple[Offsets, ...]]) -> list[_Draft]:
    """Attributions anchored on a cue; each quotation run goes to the first cue that claims it, and a
    word inside an earlier cue ("says in a [statement] that") starts none of its own."""
    drafts: list[_Draft] = []
    claimed: set[tuple[Offsets, ...]] = set()
    for token in doc:
        if _raises_a_cue(token):
            continue  # "seemed to recognize": the embedded cue is the attribution, marked from "seemed"
        if drafts and drafts[-1].cue is not None and drafts[-1].cue.start <= token.i < drafts[-1].cue.end:
            continue
        draft = (_according_to(token) or _in_finding(token, runs) or _hearsay_adverb(token, runs)
                 or _colon_attribution(token)
                 or _raising_cue(token, runs) or _attitude_cue(token, runs) or _noun_cue(token, runs)
                 or _made_clear(token, runs) or _passive_stance(token, runs) or _light_verb_phrase(token, runs)
                 or _verb_cue(token, runs, claimed))
        if draft is not None:
            drafts.append(draft)
    return drafts


def _raises_a_cue(token: Token) -> bool:
    """Does a raising verb take a cue verb as its predicate ("officials seemed to recognize the damage")?
    Then the subject holds the embedded stance, as PolNeAR marks it, not a raised content."""
    raised = [c for c in token.rights if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    return cue_lemma(token) in RAISING_VERBS and bool(raised) and _is_cue_lemma(cue_lemma(raised[0]))


def _according_to(token: Token) -> _Draft | None:
    """"according to X": X is the source, the rest of the clause the content."""
    if token.lower_ != "according" or token.i + 1 >= len(token.doc) or token.nbor().lower_ != "to":
        return None
    objects = [c for c in token.nbor().children if c.dep_ == "pobj"]
    if not objects:
        return None
    phrase = {t.i for t in token.subtree} | {token.i, token.i + 1}
    clause = token.sent.root if _is_set_off(token, phrase) else _main_clause(_verb_above(token, phrase))
    content = _rest_of_clause(clause, token, phrase)
    if not content:
        return None
    cue = token.doc[token.i : token.i + 2]
    return _Draft(cue, source_phrase(objects[0]), tuple(offsets(s) for s in content), _has_quote(content))


def _verb_above(token: Token, phrase: set[int]) -> Token:
    """The head an "according to" phrase hangs on, or, for a phrase set between commas inside its clause
    ("Most of the dead, according to the UN, are women"), the first verb above it: the parser often hangs
    such a phrase on the subject, but it attributes the subject's whole clause."""
    first, last = min(phrase), max(phrase)
    doc = token.doc
    between_commas = first > 0 and last + 1 < len(doc) and doc[first - 1].text == doc[last + 1].text == ","
    return (_governing_verb(token, through_subject=True) or token.head) if between_commas else token.head


def _main_clause(head: Token) -> Token:
    """The clause an "according to" phrase attributes: the one it hangs on, or, when that is a
    conjunct or an adverbial clause ("..., while Sanders raised $6 million, according to..."), the
    clause it joins: the phrase scopes over the whole statement."""
    while head.dep_ in ("conj", "advcl") and head.head != head:
        head = head.head
    return head


def _hearsay_adverb(token: Token, runs: list[tuple[Offsets, ...]]) -> _Draft | None:
    """"The FBI is reportedly making arrangements...", "Reportedly, he made...": an adverb of hearsay
    attributes its clause to unnamed others; the clause less the adverb is the content. The clause
    needs a subject (not "a man allegedly seen..."), and a cue verb takes the adverb into its own cue
    ("reportedly told"). It names no speech event anyone could be the speaker of, so it is no speech."""
    if token.lower_ not in HEARSAY_ADVERBS or token.dep_ != "advmod" or _inside_any(token.idx, runs):
        return None
    if _is_cue_lemma(cue_lemma(token.head)) or not any(c.dep_ in _SUBJECTS for c in token.head.children):
        return None
    content = _rest_of_clause(token.head, token, {token.i})
    if not content:
        return None
    cue = token.doc[token.i : token.i + 1]
    return _Draft(cue, None, tuple(offsets(s) for s in content), _has_quote(content), speech=False)


def _in_finding(token: Token, runs: list[tuple[Offsets, ...]]) -> _Draft | None:
    """"In a CNN poll released Monday, 31% of Republicans said...", "Trump leads by 9 points in the
    RealClearPolitics average": "in" a poll, survey or study attributes its clause to the finding,
    which is the source; the clause less the phrase is the content."""
    objects = [c for c in token.children if c.dep_ == "pobj"]
    if token.lower_ != "in" or not objects or objects[0].lemma_.lower() not in FINDING_NOUNS:
        return None
    if _inside_any(token.idx, runs) or not _is_particular(objects[0]):
        return None
    phrase = {t.i for t in token.subtree}
    clause = token.sent.root if _is_set_off(token, phrase) else _governing_verb(token)
    if clause is None or clause.dep_ in ("relcl", "acl"):
        return None  # "voters in the poll said": the poll is part of the subject; or a relative clause
    content = _rest_of_clause(clause, token, phrase)
    source = trim(subtree_span(objects[0]))
    if not content or source is None:
        return None
    return _Draft(token.doc[token.i : token.i + 1], source, tuple(offsets(s) for s in content), _has_quote(content),
                  speech=False)


def _is_particular(finding: Token) -> bool:
    """Does ``finding`` name one poll or survey ("a CBS poll", "polls from Quinnipiac and Fox") rather
    than the general trend ("rising in the polls", "in national polls"), which attributes nothing?"""
    named = ("compound", "poss", "acl", "prep", "nmod")
    return finding.tag_ != "NNS" or any(c.dep_ in named for c in finding.children)


def _governing_verb(token: Token, through_subject: bool = False) -> Token | None:
    """The verb whose clause ``token`` is in, when the parser hangs it on a noun in that clause ("a lead
    in a CBS poll"); None when that noun is the subject ("Fifteen percent of voters in the poll"), unless
    ``through_subject``."""
    head = token.head
    while head.pos_ not in ("VERB", "AUX") and head.head != head:
        if head.dep_ in _SUBJECTS and not through_subject:
            return None
        head = head.head
    return head


def _rest_of_clause(clause: Token, anchor: Token, phrase: set[int]) -> list[Span]:
    """The runs of ``clause`` in ``anchor``'s sentence outside the attributing ``phrase``, less a
    leading "And"/"But": what a phrase like "according to X" attributes."""
    rest = [t.i for t in _clause(clause) if t.i not in phrase and not _outside_sentence(t, anchor)]
    return token_runs(anchor.doc, rest[_leading_conjunctions(anchor.doc, rest):])


def _is_set_off(token: Token, phrase: set[int]) -> bool:
    """Whether an "according to" phrase opens or closes its sentence behind a comma; the small parser
    often hangs such a phrase on a nearby noun, but it modifies the main clause."""
    sent, first, last = token.sent, min(phrase), max(phrase)
    opens = first == sent.start and last + 1 < sent.end and token.doc[last + 1].text == ","
    tail = [t for t in token.doc[last + 1 : sent.end] if not t.is_punct]
    closes = not tail and first > sent.start and token.doc[first - 1].text == ","
    return opens or closes


def _leading_conjunctions(doc: Doc, indices: list[int]) -> int:
    """How many of the first ``indices`` are a linking "And"/"But" or comma, which the content leaves out."""
    count = 0
    while count < len(indices) and (doc[indices[count]].dep_ == "cc" or doc[indices[count]].text == ","):
        count += 1
    return count


def _colon_attribution(token: Token) -> _Draft | None:
    """A line opened by a short name and a colon, as headlines and lists of reactions attribute
    ("Lynch: No outside influence on FBI probe", "Clinton: “Our goal is...”"): the name is the
    source, the colon the cue, the rest of the line the content."""
    if token.text != ":":
        return None
    doc = token.doc
    line_start = paragraph_bounds(token)[0]
    prefix = [t for t in doc[token.sent.start : token.i] if t.idx >= line_start]
    if not _is_short_name(prefix):
        return None
    content = content_within(doc[token.i + 1 :], token)
    if content is None or not _is_statement(content):
        return None  # a tally ("Clinton: 1,769") or a list of names, not a statement
    return _Draft(doc[token.i : token.i + 1], doc[prefix[0].i : token.i], (offsets(content),), _has_quote([content]))


def _is_statement(content: Span) -> bool:
    """Words after a name and a colon that state something: a clause, a quotation, or a headline's
    verbless claim of three words or more ("Lynch: No outside influence on FBI probe")."""
    words = sum(1 for t in content if t.is_alpha)
    return words >= _MIN_CLAIM_WORDS or any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in content)


def _is_short_name(tokens: list[Token]) -> bool:
    """A name of one to four capitalised or nominal words holding a proper noun or a document noun:
    "Marco Rubio", "WSJ editorial", "Report", a transcript's "TAPPER"; not a label ("UPDATE", "Editor's
    note"), a place, a clause or a single letter. A lone capitalised word counts whatever its tag: the parser
    often reads a surname on a headline line as a common noun or a verb ("Sanders: Clinton email story has
    moved")."""
    if not 1 <= len(tokens) <= _MAX_NAME_WORDS or not tokens[0].text[:1].isupper():
        return False
    if tokens[-1].lemma_.lower() in LABEL_NOUNS or tokens[-1].ent_type_ in ("GPE", "LOC"):
        return False  # "Editor's note:", "Iowa:" head a note or a place's results, not a speaker's words
    if len(tokens) == 1 and tokens[0].is_alpha:
        return len(tokens[0]) > 1  # a transcript's "Q:" and "A:" mark turns, they name no one
    if not any(t.pos_ == "PROPN" or t.lemma_.lower() in DOCUMENT_NOUNS for t in tokens):
        return False  # "The obstacle: Qatar says..." names a topic; a speaker is a name or a document
    # Capitalised words count whatever their tag: a lone name on a headline line is often tagged a verb.
    return all(t.pos_ in _NAME_POS or t.is_title for t in tokens) and (
        tokens[-1].pos_ in ("PROPN", "NOUN") or tokens[-1].is_title)


def _clause(head: Token) -> list[Token]:
    """The tokens of ``head``'s clause: its subtree, or the whole sentence when it is the root."""
    return list(head.sent) if head.dep_ == "ROOT" else list(head.subtree)


def _outside_sentence(token: Token, anchor: Token) -> bool:
    return token.sent.start != anchor.sent.start


def _verb_cue(token: Token, runs: list[tuple[Offsets, ...]], claimed: set[tuple[Offsets, ...]]) -> _Draft | None:
    """A reporting verb with a complement or an adjoining quotation; a stance or reporting verb with its object."""
    if token.pos_ not in ("VERB", "AUX") or not _is_cue_lemma(cue_lemma(token)):
        return None
    if _inside_any(token.idx, runs):
        return None  # speech reported inside a quotation belongs to the quotation
    # A passive's subject is who was asked or told; the speaker, if named, is in its "by" phrase.
    passive = _is_passive(token)
    source = _agent(token) if passive else (_speaker_outside(_source(token), runs) or _stranded_subject(token))
    complement = _naming(token) or _complement(token)
    quoted = [run for run in _adjoining(token, source, complement, runs) if run not in claimed]
    claimed.update(quoted)
    if quoted and (complement is None or _mostly_quoted(complement, quoted)):
        return _Draft(_cue_span(token), source, tuple(s for run in quoted for s in run), True)
    cue, speech = _cue_span(token), _is_speech(token, complement)
    if complement is None:
        parenthetical = _parenthetical(token)
        if parenthetical and source is not None:
            return _Draft(cue, source, tuple(offsets(s) for s in parenthetical), _has_quote(parenthetical))
        cue, complement = _object_content(token) or (cue, None)
        speech = False
    content = trim(complement) if complement is not None else None
    if content is None or (source is None and not passive and not (speech and _is_finite(token))):
        return None
    relative = _relative_word(token, source) if source is not None and complement.root.head == token else None
    fragments = ([offsets(relative)] if relative is not None else []) + [_through_quotes(offsets(content), quoted)]
    return _Draft(cue, source, tuple(fragments), bool(quoted), speech)


def _is_passive(token: Token) -> bool:
    """A passive cue, full ("was asked about") or reduced to its participle in an adverbial clause
    ("when asked about", "Asked whether..."): its subject, or the main clause's, was asked, not asking."""
    if any(c.dep_ == "auxpass" for c in token.children):
        return True
    return token.tag_ == "VBN" and token.dep_ == "advcl" and not any(c.dep_ == "aux" for c in token.children)


def _made_clear(token: Token, runs: list[tuple[Offsets, ...]]) -> _Draft | None:
    """"made clear that...", "has made it plain she will not run": "make" with an adjective of plain
    statement reports its clause as "said" would. The cue runs through the adjective."""
    adjective = _declaring_adjective(token)
    source = _source(token) if adjective is not None and not _inside_any(token.idx, runs) else None
    if adjective is None or source is None:
        return None
    clauses = [c for c in (*token.rights, *adjective.rights) if c.dep_ in ("ccomp", "advcl") and c.i > adjective.i]
    content = content_within(subtree_span(min(clauses, key=lambda c: c.i)), token) if clauses else None
    if content is None:
        return None
    cue = token.doc[_cue_span(token).start : adjective.i + 1]
    return _Draft(cue, source, (offsets(content),), _has_quote([content]))


def _light_verb_phrase(token: Token, runs: list[tuple[Offsets, ...]]) -> _Draft | None:
    """"Sanders takes issue with [the board]", "has taken frequent shots at [Trump]", "heaped praise on
    [the governor]", "threw its support behind [the mayor]": a light verb whose object names a stance
    carries the meaning; the cue runs from the verb through the preposition after that object, whose
    object is the content, and the verb's subject holds the stance."""
    if token.lemma_.lower() not in LIGHT_VERBS or _inside_any(token.idx, runs):
        return None
    objects = [c for c in token.rights if c.dep_ == "dobj" and c.lemma_.lower() in STANCE_NOUNS]
    preps = [c for c in (*token.rights, *(objects[0].rights if objects else ())) if c.dep_ == "prep"]
    # On the verb the preposition follows the whole object ("took aim at"); on the noun, the noun itself
    # ("mounting an attack on").
    preps = [p for p in preps if objects and p.i in (objects[0].i + 1, objects[0].right_edge.i + 1)
             and p.lower_ in _STANCE_PREPOSITIONS]
    contents = [c for c in preps[0].children if c.dep_ in ("pobj", "pcomp")] if preps else []
    source = _source(token) if contents else None
    if source is None:
        return None
    content = content_within(subtree_span(contents[0]), token)
    cue = token.doc[_cue_span(token).start : preps[0].i + 1]
    return _Draft(cue, source, (offsets(content),), _has_quote([content]), speech=False) if content else None


def _declaring_adjective(token: Token) -> Token | None:
    """The "clear" of "made clear" or "made it clear", read off the words: the parser attaches it
    variously (a predicate, the subject of a small clause, or a modifier of the next noun). Not the
    passive "it was made clear", whose subject states nothing."""
    if token.lemma_.lower() != "make" or _is_passive(token):
        return None
    after = token.i + 2 if token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "it" else token.i + 1
    found = after < len(token.doc) and token.doc[after].lower_ in _DECLARING_ADJECTIVES
    return token.doc[after] if found else None


def _is_finite(token: Token) -> bool:
    """A verb in the past or present tense, which has a subject of its own even where the parser lost
    it; not an infinitive, imperative or gerund, whose subject is controlled or generic."""
    return token.tag_ in ("VBD", "VBZ", "VBP")


def _is_speech(token: Token, complement: Span | None) -> bool:
    """Does the cue report something said? Not when an intention verb takes an infinitive ("had hoped
    to secure a deal"), though a request does ("is urging Hamas to embrace a broader agreement")."""
    lemma = cue_lemma(token)
    intention = lemma in INTENTION_VERBS and complement is not None and complement.root.dep_ == "xcomp"
    return lemma in REPORTING_VERBS and not intention


def _is_cue_lemma(lemma: str) -> bool:
    return any(lemma in words for words in (REPORTING_VERBS, STANCE_VERBS, PREPOSITIONAL_CUES, INTENTION_VERBS,
                                            NAMING_VERBS, RAISING_VERBS))


def cue_lemma(token: Token) -> str:
    """The token's lemma, mended where the lemmatizer drops a silent e ("hopes" -> "hop") and the
    mended form is a cue."""
    lemma = token.lemma_.lower()
    return lemma + "e" if not _is_cue_lemma(lemma) and _is_cue_lemma(lemma + "e") else lemma


def _raising_cue(token: Token, runs: list[tuple[Offsets, ...]]) -> _Draft | None:
    """"Trump is expected to deliver a speech", "his supporters seemed unperturbed", "the move was first
    reported by MSNBC": the subject, with the predicate a raising verb gives it, is the content (two
    fragments); a passive's "by" phrase is the source."""
    lemma = cue_lemma(token)
    passive = any(c.dep_ == "auxpass" for c in token.children)
    raises = lemma in RAISING_VERBS or (passive and lemma in PASSIVE_RAISING_VERBS)
    agent = _agent(token) if passive and _is_cue_lemma(lemma) else None
    subjects = [c for c in token.children if c.dep_ in _SUBJECTS and c.lower_ != "it"]
    if not (raises or agent is not None) or not subjects or _inside_any(token.idx, runs):
        return None
    predicates = [c for c in token.rights if c.dep_ in _RAISED_PREDICATES] if raises else []
    predicate = within_paragraph(subtree_span(predicates[0]), token) if predicates else None
    if predicate is None and agent is None:
        return None
    content = [offsets(s) for s in (trim(subtree_span(subjects[0])), predicate and trim(predicate)) if s is not None]
    cue = _cue_span(token)
    if agent is not None and agent.start == cue.end + 1:
        cue = token.doc[cue.start : agent.start]  # "was first reported by": the "by" right after is the cue's
    return _Draft(cue, agent, tuple(content), False, speech=False)


def _passive_stance(token: Token, runs: list[tuple[Offsets, ...]]) -> _Draft | None:
    """"Officials were mocked and criticized", "the bill has been widely condemned as racist": a passive
    cue with no "by" phrase and no clause attributes a stance, held by no one named, whose content is
    the subject (with the object of an "as", "for" or "of" right after the cue, which closes the cue:
    "was accused of [spying]"). Not a verb of telling, whose passive subject is the one addressed ("Mr.
    Trump was asked")."""
    subjects = [c for c in token.children if c.dep_ == "nsubjpass" and c.tag_ not in ("PRP", "WDT", "WP")]
    lemma = cue_lemma(token)
    if not subjects or not _is_cue_lemma(lemma) or lemma in ADDRESSEE_VERBS or _inside_any(token.idx, runs):
        return None
    if _agent(token) is not None or _complement(token) is not None or not _is_passive(token):
        return None
    cue = _cue_span(token)
    found = _stated_content(token, lambda child: False, frozenset({"as", "for", "of"}))
    holder = trim(subtree_span(subjects[0]))
    parts = [holder] + ([found[1]] if found is not None else [])
    cue = token.doc[cue.start : found[0]] if found is not None else cue
    return _Draft(cue, None, tuple(offsets(p) for p in parts if p is not None), False, speech=False)


def _attitude_cue(token: Token, runs: list[tuple[Offsets, ...]]) -> _Draft | None:
    """An adjective of attitude after a copula: "his supporters are optimistic [that he will...]",
    "Republicans have been critical of [her email use]", "is more willing [to accept...]". The subject is
    the source; the cue runs from the copula through the adjective (and its preposition)."""
    copula = token.head
    if token.dep_ != "acomp" or token.lemma_.lower() not in ATTITUDE_ADJECTIVES or _inside_any(token.idx, runs):
        return None
    subjects = [c for c in copula.children if c.dep_ in _SUBJECTS]
    found = _attitude_content(token)
    if not subjects or found is None:
        return None
    cue_end, content = found
    cue = token.doc[min(_cue_span(copula).start, token.left_edge.i) : cue_end]
    if cue.start < subjects[0].i or content is None:
        return None
    return _Draft(cue, source_phrase(subjects[0]), (offsets(content),), _has_quote([content]), speech=False)


def _noun_cue(token: Token, runs: list[tuple[Offsets, ...]]) -> _Draft | None:
    """A noun of saying or stance with its possessor as source: "Trump's claim [that he won]", "her
    call for [a ban]", "his refusal [to concede]", "the Pentagon statement [that...]"; with no possessor,
    a noun of saying with a "that" clause ("allegations [that he lied]"). The cue is the noun with the
    words describing it ("her earlier public pledge"), and the preposition that opens the content ("call for")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in NOUN_CUES or _inside_any(token.idx, runs):
        return None
    owners = [c for c in token.lefts if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")]
    found = (_stated_content(token, _is_noun_clause, _NOUN_PREPOSITIONS) if owners
             else _stated_content(token, _is_that_clause, frozenset()))
    if found is None or found[1] is None:
        return None
    cue_end, content = found
    start = owners[0].i if owners else -1
    modifiers = [c.i for c in token.lefts if c.dep_ in ("amod", "compound") and c.i > start]
    cue = token.doc[min(modifiers, default=token.i) : cue_end]
    source = subtree_span(owners[0]) if owners else None
    return _Draft(cue, source, (offsets(content),), _has_quote([content]), speech=False)


def _is_that_clause(clause: Token) -> bool:
    """A "that" clause on a noun naming an act of saying ("allegations that he lied"): without a
    possessor, only such a noun attributes its clause (to someone unnamed); a noun of belief ("the
    idea that...") names a proposition, not a report."""
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    return marked and _is_noun_clause(clause) and clause.head.lemma_.lower() in STATEMENT_NOUNS


def _is_noun_clause(clause: Token) -> bool:
    """Is a clause on a noun its content ("claim [that he won]", "refusal [to concede]") rather than a
    participle describing it ("comments [made in an interview]")?"""
    return clause.dep_ == "ccomp" or (clause.dep_ == "acl" and any(
        (c.dep_ == "mark" and c.lower_ == "that") or c.tag_ == "TO" for c in clause.children))


def _attitude_content(adjective: Token) -> tuple[int, Span | None] | None:
    """(where the cue ends, the content) for an attitude adjective: its clause or infinitive, or the
    object of any preposition right after it, which then belongs to the cue ("critical of")."""
    return _stated_content(adjective, lambda child: child.dep_ in ("ccomp", "xcomp"), None)


def _stated_content(
    head: Token, is_content_clause: Callable[[Token], bool], prepositions: frozenset[str] | None
) -> tuple[int, Span | None] | None:
    """(where the cue ends, the content) for a cue word that is not a verb: the first clause on its
    right that ``is_content_clause`` accepts, or the object of the preposition right after it (one of
    ``prepositions``, any if None), which then joins the cue."""
    for child in head.rights:
        if is_content_clause(child):
            return head.i + 1, content_within(subtree_span(child), head)
        objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
        opens = prepositions is None or child.lower_ in prepositions
        if child.dep_ == "prep" and child.i == head.i + 1 and opens and objects:
            return child.i + 1, content_within(subtree_span(objects[0]), head)
    return None


def _agent(token: Token) -> Span | None:
    """The "by" phrase of a passive cue: "seen as candidates ... by [about a quarter of voters]"."""
    for child in token.rights:
        objects = [c for c in child.children if c.dep_ == "pobj"]
        if child.dep_ == "agent" and objects:
            return source_phrase(objects[0])
    return None


def _naming(token: Token) -> Span | None:
    """The object with the predicate a naming verb gives it: "called [the KKK “abhorrent“]", "sees [the
    piece as a return to conservatism]"."""
    if cue_lemma(token) not in NAMING_VERBS:
        return None
    objects = [c for c in token.rights if c.dep_ == "dobj"]
    if not objects:
        return None
    # The parser often reads a quoted name as the object's apposition (called the plan “a nonstarter”)
    # and hangs "as ..." on the object (see immigrants [as a burden]).
    on_object = [c for c in objects[0].rights if c.dep_ == "appos" or _is_as_phrase(c)]
    after = [c for c in token.rights if c.i > objects[0].i] + on_object
    predicates = sorted((c for c in after if c.dep_ in _NAMING_PREDICATES + ("appos",) or _is_as_phrase(c)),
                        key=lambda c: c.i)
    if not predicates or (predicates[0].dep_ == "prep" and predicates[0].lower_ != "as"):
        return None
    return within_paragraph(token.doc[objects[0].left_edge.i : predicates[0].right_edge.i + 1], token)


def _is_as_phrase(token: Token) -> bool:
    """"as a burden", "as captured by hard-liners": the predicate of "see X as Y", whether the parser
    reads "as" as a preposition or as the marker of a clause; not a clause with its own subject ("as
    investors decide"), which tells when."""
    if token.dep_ == "prep":
        return token.lower_ == "as"
    marked = any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
    return token.dep_ == "advcl" and marked and not any(c.dep_ in _SUBJECTS for c in token.children)


def _object_content(token: Token) -> tuple[Span, Span] | None:
    """(cue, content) for a stance or reporting verb's object ("criticized the deal", "noted the
    attacks") or a prepositional cue's object ("called for a ban": the cue takes the preposition), with
    what the cue asks of that object ("called on [the US to act]")."""
    lemma = cue_lemma(token)
    for child in token.rights:
        if child.dep_ == "dobj" and (lemma in STANCE_VERBS or lemma in REPORTING_VERBS) and lemma not in KNOWING_VERBS:
            return _support_verb(token, child) or (_cue_span(token), _object_phrase(token, child))
        if child.dep_ == "prep" and child.lower_ in PREPOSITIONAL_CUES.get(lemma, ()):
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects and child.i <= token.i + 2:
                return token.doc[_cue_span(token).start : child.i + 1], _object_phrase(token, objects[0])
        if (found := _for_clause(token, child)) is not None:
            return found
    return None


def _support_verb(verb: Token, obj: Token) -> tuple[Span, Span] | None:
    """(cue, content) when the verb only supports a noun of stance ("expressed concern about the cost",
    "voiced doubt that it would pass", "offered his congratulations to the winner"): verb, noun and
    preposition are the cue, what the noun is about the content."""
    if cue_lemma(verb) not in SUPPORT_VERBS:
        return None
    found = _stated_content(obj, _is_noun_clause, None)
    if found is None or found[1] is None:
        return None
    return verb.doc[_cue_span(verb).start : found[0]], found[1]


def _for_clause(token: Token, clause: Token) -> tuple[Span, Span] | None:
    """(cue, content) for a prepositional cue whose object is a for-to clause ("called for the US to
    act", "pushed for Congress to vote"): the parser makes "for" the clause's marker, not a preposition."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.i == clause.left_edge.i]
    if clause.dep_ != "advcl" or not marks or marks[0].i > token.i + 2:
        return None
    if marks[0].lower_ not in PREPOSITIONAL_CUES.get(cue_lemma(token), ()):
        return None
    return token.doc[_cue_span(token).start : marks[0].i + 1], token.doc[marks[0].i + 1 : clause.right_edge.i + 1]


def _object_phrase(verb: Token, obj: Token) -> Span:
    """The object with what the stance says of it, as PolNeAR marks it: "accused [Sanders of a smear]",
    "endorsed [Bush for president]", "urged [the US to attack the oil]"; a phrase that sets the scene
    ("in Virginia", "on Friday") or anything after a comma ends it."""
    end = obj.right_edge.i
    for child in verb.rights:
        if child.i <= obj.i:
            continue
        if not (child.dep_ in _OBJECT_COMPLEMENTS or (child.dep_ == "prep" and child.lower_ in _OBJECT_PREPOSITIONS)):
            break
        end = child.right_edge.i
    return verb.doc[obj.left_edge.i : end + 1]


def _through_quotes(content: Offsets, runs: list[tuple[Offsets, ...]]) -> Offsets:
    """Indirect content ending inside a partial quote runs on to the closing mark, which the parser
    often hangs on the main verb."""
    ends = [end for run in runs for start, end in run if content[0] <= start < content[1] < end]
    return (content[0], max(ends)) if ends else content


def _to_marks(text: str, fragment: Offsets, runs: list[tuple[Offsets, ...]]) -> Offsets:
    """A fragment that stops short of a quotation's marks only by punctuation takes the marks in: a
    quoted word ends the content with its closing period and mark ("called it “a disgrace.”"), and
    a quotation opening it keeps its opening mark, as PolNeAR marks quoted material."""
    start, end = fragment
    for run_start, run_end in (span for run in runs for span in run):
        if run_start < start < run_end and _only_marks(text[run_start:start]):
            start = run_start
        if run_start < end < run_end and _only_marks(text[end:run_end]):
            end = run_end
    return start, end


def _after_dateline(text: str, fragment: Offsets) -> Offsets:
    """A fragment opening on a dateline ("WASHINGTON (AP) — Officials said...") starts after it: the
    place and agency head the story, they are not what was reported."""
    found = _DATELINE.match(text, fragment[0], fragment[1])
    return (found.end(), fragment[1]) if found and found.end() < fragment[1] else fragment


def _only_marks(between: str) -> bool:
    """Only quote marks and punctuation, nothing said and no bracket opened."""
    return all(not ch.isalnum() and ch not in "([" for ch in between)


def _mostly_quoted(complement: Span, runs: list[tuple[Offsets, ...]]) -> bool:
    """Is the complement the quotation itself (then the quotation, marks and all, is the content) rather
    than indirect speech holding a partial quote ("said Clinton had been “extremely careless” in...")?
    It is when no word of the complement lies outside the quotation."""
    text = doc_text(complement.doc)
    inside = {i for run in runs for start, end in run for i in range(start, end)}
    outside = range(complement.start_char, complement.end_char)
    return not any(text[i].isalnum() for i in outside if i not in inside)


def _complement(token: Token) -> Span | None:
    """The clausal complement that carries what was said; some verbs need one to report at all.

    When the parser has lost the clause ("said that" read as a preposition), a "that" right after the
    cue ("says in a statement that") still opens the content, up to the end of the sentence. In a
    relative clause ("which he claimed was the average") the complement is what follows the cue; the
    relative word is added by ``_relative_word``. Content never crosses a paragraph break: the parser
    sometimes runs two paragraphs into one sentence, paragraphs are reliable.
    """
    for child in token.children:
        if _is_speech_tag(child):
            continue
        if child.dep_ in _COMPLEMENTS or _is_question(child) or (
            child.dep_ == "xcomp" and cue_lemma(token) not in NEEDS_CLAUSE
        ):
            clause = within_paragraph(subtree_span(child), token)
            if clause is not None and clause[0].idx <= token.idx < clause[-1].idx and token.dep_ == "relcl":
                clause = token.doc[token.i + 1 : clause.end]
            if clause is not None and not clause[0].idx <= token.idx < clause[-1].idx:
                return _before_participle(_through_coordinated(token, child, clause))
    end = _cue_span(token).end
    if end < token.sent.end and token.doc[end].lower_ == "that" and token.doc[end].pos_ == "SCONJ":
        return within_paragraph(token.doc[end : token.sent.end], token)
    that = _that_after_adjunct(token, end)
    return within_paragraph(token.doc[that : token.sent.end], token) if that is not None else None


def _that_after_adjunct(token: Token, end: int) -> int | None:
    """Where "that" opens the reported clause after a short adjunct on the cue ("didn't know at the
    time that...", "said following a vote in 2001 that..."): the parser often reads it as a relative
    clause on the adjunct's noun. The words between hold no verb and no punctuation; a verb right
    after "that" makes it a relative pronoun ("spoke at a base that overlooks the bay"), a noun it
    determines a determiner ("wrote in the paper that spring")."""
    doc, lemma = token.doc, cue_lemma(token)
    if end >= token.sent.end or lemma not in REPORTING_VERBS or not _is_adjunct(doc[end], token):
        return None
    for i in range(end + 1, min(end + _MAX_ADJUNCT_WORDS + 1, token.sent.end - 1)):
        if doc[i].lower_ == "that":
            return i if doc[i + 1].pos_ not in ("VERB", "AUX") and doc[i].dep_ != "det" else None
        if doc[i].pos_ in ("VERB", "AUX", "PUNCT"):
            return None
    return None


def _through_coordinated(token: Token, first: Token, clause: Span) -> Span:
    """A complement runs on through a further clause on the same side of the cue that the parser made a
    second complement instead of a conjunct ("A had X, but B overruled it, the source added"), and
    through a clause after it with no subject of its own that the parser hung on the cue ("said it was
    too early to tell, and there was no evidence"), unless that clause is a cue itself."""
    before = first.i < token.i
    more = [c.right_edge.i for c in token.children if c.i > first.i and _continues(token, c, before, clause)]
    if not more:
        return clause
    return within_paragraph(token.doc[clause.start : max(more) + 1], token) or clause


def _continues(token: Token, child: Token, before: bool, clause: Span) -> bool:
    """Is ``child`` of the cue more of what was said rather than something the speaker did?"""
    if child.dep_ == "ccomp":
        return (child.i < token.i) == before
    return (child.dep_ == "conj" and not before and child.i > clause.end and not _is_cue_lemma(cue_lemma(child))
            and not any(c.dep_ in _SUBJECTS for c in child.children) and not _dash_between(clause.end, child))


def _dash_between(start: int, token: Token) -> bool:
    """Is there a dash between ``start`` and the clause ``token`` heads? A dash closes an aside ("– Israel
    has said it would add a day, and the truce was extended – there are doubts"): the clause after it is
    the writer's. A phrase after a dash is not ("wants to emerge as the candidate — and the alternative")."""
    return token.pos_ in ("VERB", "AUX") and any(t.text in _DASHES for t in token.doc[start : token.i])


def _is_adjunct(word: Token, cue: Token) -> bool:
    """Does ``word`` open a phrase of time or place on the cue, not the preposition of its content
    ("pointed [to] reports that...")?"""
    opens = word.dep_ == "npadvmod" or (word.dep_ == "prep" and word.lower_ not in PREPOSITIONAL_CUES.get(
        cue_lemma(cue), ()))
    return opens and word.head == cue


def _before_participle(clause: Span) -> Span:
    """The clause without a trailing participial comment set off by a comma ("the talks had stalled,
    reflecting weeks of delays"): the writer's gloss, not what was reported."""
    for token in clause:
        if token.tag_ == "VBG" and token.dep_ == "advcl" and token.i > clause.start and token.nbor(-1).text == ",":
            return clause.doc[clause.start : token.i - 1]
    return clause


def _is_speech_tag(token: Token) -> bool:
    """Is ``token`` a speech tag set inside the clause it reports ("At the time, [the coach said], he...")?
    The parser hangs it on the clause's verb as parataxis; it reports that clause, it is not its content."""
    return token.dep_ == "parataxis" and cue_lemma(token) in REPORTING_VERBS and any(
        c.dep_ in _SUBJECTS for c in token.children)


def _is_question(clause: Token) -> bool:
    """A "whether" clause is an embedded question, whatever the parser calls it ("was asked whether...")."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children)


def _relative_word(token: Token, source: Span) -> Span | None:
    """The relative pronoun that stands for the reported clause's missing part ("[which] he claimed was
    the average"), which PolNeAR counts as a first fragment of the content."""
    before = source.start - 1
    if token.dep_ != "relcl" or before < 0 or token.doc[before].tag_ not in ("WDT", "WP"):
        return None
    return token.doc[before : before + 1]


def _parenthetical(token: Token) -> list[Span]:
    """"The bigger risk, he said, is a clash...", "As the Post reported, the talks stalled": a cue set
    off inside the clause it reports, or in an "as" clause on it, has that clause, less the cue's own
    words, as its content."""
    if token.dep_ != "parataxis" and not _is_as_clause(token) and not _is_closing_tag(token):
        return []
    own = {t.i for t in token.subtree}
    clause = within_paragraph(token.doc[token.sent.start : token.sent.end], token)
    return token_runs(token.doc, [t.i for t in clause or () if t.i not in own])


def _is_closing_tag(token: Token) -> bool:
    """"The plant is under pressure from imports, said the chief executive.": a verb of saying after a
    comma, its subject after it, closing the sentence. The parser often joins it to the clause before as
    a conjunct; it is the speech tag of that clause."""
    sentence_end = token.sent.end - (1 if token.sent[-1].is_punct else 0)
    inverted = any(c.dep_ == "nsubj" and c.i > token.i for c in token.children)
    closes = max(t.i for t in token.subtree if not t.is_punct) + 1 >= sentence_end
    return (token.dep_ == "conj" and cue_lemma(token) in SAYING_VERBS and token.nbor(-1).text == ","
            and inverted and closes)


def _is_as_clause(token: Token) -> bool:
    """"As the Post reported, ...", "..., as she said at the outset": an "as" clause set off by a comma
    whose reporting verb lacks its object; the main clause fills the gap. A temporal "as" ("as the crowd
    cheered") has a verb of another kind or a complete clause."""
    lemma = cue_lemma(token)
    if token.dep_ != "advcl" or lemma not in REPORTING_VERBS or lemma in NEEDS_CLAUSE:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return False
    return not any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in token.children) and _set_off(token)


def _set_off(token: Token) -> bool:
    """Is ``token``'s clause set off by a comma before or after it?"""
    first, last, doc = token.left_edge.i, token.right_edge.i, token.doc
    return (first > 0 and doc[first - 1].text == ",") or (last + 1 < len(doc) and doc[last + 1].text == ",")


def _source(token: Token) -> Span | None:
    """The subject of the cue, or of the verb it hangs from ("..., saying", "..., adding that", "won
    by promising to..."), or the noun a participle modifies ("polling showing that...")."""
    current = token
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in _SUBJECTS]
        if subjects:
            return source_phrase(subjects[0])
        if current.dep_ == "acl" and current.tag_ != "VBN":  # "people believed to..." are not believers
            return trim(current.doc[current.head.left_edge.i : current.head.i + 1])
        if current.dep_ not in ("advcl", "conj", "xcomp", "pcomp", "prep") or current.head == current:
            return None
        current = current.head
    return None


def _speaker_outside(source: Span | None, runs: list[tuple[Offsets, ...]]) -> Span | None:
    """``source`` unless it lies inside quoted speech (a quotation closing on a comma or stop): the
    parser sometimes makes the quoted words the subject of the speech tag after them ("“Very good
    reporter,” Trump, the front-runner, said"). A quoted title ("‘Time’ announced") can be a source."""
    if source is None:
        return None
    text = doc_text(source.doc)
    spoken = [(start, end) for run in runs for start, end in run if text[end - 2 : end - 1] in (",", ".", "!", "?")]
    return None if _inside_any(source.start_char, [tuple(spoken)]) else source


def _stranded_subject(token: Token) -> Span | None:
    """"…,” Gene Sperling, a Clinton adviser, said": a speaker with an apposition set off by commas
    right before the cue, which the parser hung on the clause before it. The noun phrase ending at the
    comma before the cue, opening after a comma, a quotation or a dash, is the subject."""
    doc, start = token.doc, _cue_span(token).start
    if start < 2 or doc[start - 1].text != ",":
        return None
    head = doc[start - 2]
    while head.dep_ in _APPOSITION_LINKS and token.sent.start <= head.head.i < head.i and not any(
            t.is_quote for t in doc[head.head.i : head.i]):  # not back into the quotation before it
        head = head.head
    marks = [t.i for t in doc[head.left_edge.i : head.i] if t.is_quote]  # quoted words hung on the name
    first = marks[-1] + 1 if marks else head.left_edge.i
    if head.pos_ not in ("PROPN", "NOUN") or first < token.sent.start:
        return None
    opens = first == token.sent.start or doc[first - 1].text in _PHRASE_OPENERS or doc[first - 1].is_quote
    set_off = any(t.text == "," for t in doc[first : start - 1])
    return doc[first:start] if opens and set_off else None


def _cue_span(token: Token) -> Span:
    """The cue verb with the auxiliaries and adverb phrases right before it ("has repeatedly said", "is
    once again questioning"), the verb it completes (``_completes``: "tended to support", "went off
    script to comment on"), its particle ("pointed out"), and a following "in a statement", as PolNeAR
    marks cues."""
    doc = token.doc
    start = token.i
    while start > 0 and _modifies_cue(doc[start - 1], token):
        start = doc[start - 1].left_edge.i
    if _completes(token):
        start = min(start, _cue_span(token.head).start)
    end = token.i + 1
    for child in token.rights:
        if child.i == end and child.dep_ == "prt":
            end += 1
        elif child.i == end and (statement := _in_a_statement(child)) is not None:
            end = statement.i + 1  # not its subtree: a "that" clause may hang on the noun
    if end < len(doc) and doc[end].text == ":":
        end += 1
    return doc[start:end]


def _completes(token: Token) -> bool:
    """Does the cue complete a verb before it that reports nothing with an infinitive, as an infinitive or
    gerund ("tended [to support]", "resist [pointing out]", "seemed [to recognize]", "continued [to
    insist]": "continue" reports only with a clause) or an infinitive of purpose ("went off script [to
    comment]")?"""
    infinitive = token.dep_ == "xcomp" or (token.dep_ == "advcl" and any(c.tag_ == "TO" for c in token.children))
    head, lemma = token.head, cue_lemma(token.head)
    reports = _is_cue_lemma(lemma) and lemma not in NEEDS_CLAUSE and lemma not in RAISING_VERBS
    return infinitive and head.pos_ == "VERB" and head.i < token.i and not reports


def _modifies_cue(word: Token, cue: Token) -> bool:
    """An auxiliary, negation or adverb of the cue ("has not yet said"), not the "when" that opens its
    clause ("when asked about"), which PolNeAR leaves out of the cue."""
    return word.head == cue and word.dep_ in _CUE_MODIFIERS and word.tag_ != "WRB"


def _in_a_statement(token: Token) -> Token | None:
    """The noun of "in a statement" / "in an interview" after a cue, if ``token`` opens one."""
    objects = [c for c in token.children if c.dep_ == "pobj"]
    found = token.lower_ == "in" and bool(objects) and objects[0].lemma_.lower() in ("statement", "interview")
    return objects[0] if found else None


def _adjoining(
    token: Token, source: Span | None, complement: Span | None, runs: list[tuple[Offsets, ...]]
) -> list[tuple[Offsets, ...]]:
    """Quotation runs that are this cue's content: inside its complement, or next to its speech tag
    ("“…,” he said", "said Biden: “…”") with only commas, colons or dashes between."""
    text = doc_text(token.doc)
    tag_start, tag_end = _speech_tag(token, source)
    found = []
    for run in runs:
        inside = complement is not None and any(_overlaps(offsets(complement), span) for span in run)
        if complement is not None and not inside:
            continue
        before = run[-1][1] <= tag_start and _is_gap(text[run[-1][1] : tag_start])
        after = run[0][0] >= tag_end and _introduces(text[tag_end : run[0][0]])
        if inside or before or after:
            found.append(run)
    return found


def _speech_tag(token: Token, source: Span | None) -> Offsets:
    """Where "he said" / "explained the US official" starts and ends."""
    parts = [token.idx, token.idx + len(token)]
    if source is not None:
        parts += [source.start_char, source.end_char]
    return min(parts), max(parts)


def _is_gap(between: str) -> bool:
    return len(between) < 4 and all(ch in _TAG_GAP for ch in between)


def _introduces(between: str) -> bool:
    """Does a colon introduce the quotation, on the same line or at the head of the next paragraphs
    ("Cruz continued:" and the speech below it)?"""
    return ":" in between and _is_gap("".join(between.split()))


def _inside_any(position: int, runs: list[tuple[Offsets, ...]]) -> bool:
    return any(start <= position < end for run in runs for start, end in run)


def _has_quote(spans: list[Span]) -> bool:
    return any(any(t.is_quote for t in span) for span in spans)


def _continuations(doc: Doc, runs: list[tuple[Offsets, ...]], drafts: list[_Draft]) -> list[_Draft]:
    """Quotation runs no cue claimed that follow an attribution closely: the same speaker goes on.

    A run right after a direct quotation joins its content as a further fragment (as PolNeAR marks
    "“A,” he said. “B.”": one attribution, content A and B); a run after indirect speech is a quote of
    its own whose speaker is carried over when speakers are resolved.
    """
    used = [span for draft in drafts for span in draft.content]
    found: list[_Draft] = []
    for run in runs:
        if any(_overlaps(span, run[0]) for span in used) or not _stands_alone(doc, run[0][0]):
            continue
        previous = _continued([d for d in drafts if d.content[-1][1] <= run[0][0]])
        if previous is None or _sentences_between(doc, previous.content[-1][1], run[0][0]) > _CONTINUATION_SENTENCES:
            continue
        if previous.quoted and _sentences_between(doc, previous.content[-1][1], run[0][0]) <= 1:
            drafts[drafts.index(previous)] = replace(previous, content=previous.content + run)
        else:
            found.append(_Draft(None, None, run, True))
    return found


def _continued(earlier: list[_Draft]) -> _Draft | None:
    """The attribution a quotation continues: the latest one, unless its cue sits in the speech tag of
    a direct quotation ("“A,” said Ann Lee, who declined to give her age. “B.”"): then that quotation's,
    whose speaker goes on."""
    latest = max(earlier, key=lambda d: d.content[-1][1], default=None)
    if latest is None or latest.cue is None:
        return latest
    tagged = [d for d in earlier if d.quoted and d.cue is not None and d.cue.sent == latest.cue.sent]
    return max(tagged or [latest], key=lambda d: d.content[-1][1])


def _stands_alone(doc: Doc, start: int) -> bool:
    """Does a quotation open its sentence, or follow the colon or comma that introduces speech? One
    run into the writer's own words with no cue is a scare quote or a title ("the so-called “Big Tent
    Brunch”"), not someone speaking. Punctuation is read rather than the parser's sentences, which
    often hang an opening mark on the sentence before."""
    token = doc.char_span(start, start + 1, alignment_mode="expand")
    if token is None:
        return False
    first = token[0]
    return first.i == 0 or "\n" in doc_text(doc)[start - 2 : start] or doc[first.i - 1].text in _SPEECH_OPENERS


def _overlaps(a: Offsets, b: Offsets) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _sentences_between(doc: Doc, start: int, end: int) -> int:
    return sum(1 for sent in doc.sents if start <= sent.start_char < end)
