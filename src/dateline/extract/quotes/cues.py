"""Cues: the words that open an attribution, as an ordered table of rules (``CUE_RULES``).

Each rule reads one word and returns the attribution it anchors, or None; the rules are tried in order
and the first to find one wins. The constructions with a shape of their own come first, the plain verb
of saying last: it would read some of them otherwise ("is expected to win" as a report with no source,
"was accused of spying" without what the accusation is about).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dateline.extract.lexicon import (
    ADDRESSEE_VERBS,
    ATTITUDE_ADJECTIVES,
    DOCUMENT_NOUNS,
    FINDING_NOUNS,
    HEARSAY_ADVERBS,
    INTENTION_VERBS,
    LABEL_NOUNS,
    LIGHT_VERBS,
    NOUN_CUES,
    PASSIVE_RAISING_VERBS,
    RAISING_VERBS,
    REPORTING_VERBS,
    SAYING_VERBS,
    STANCE_NOUNS,
    STANCE_VERBS,
)
from dateline.extract.quotes.content import (
    FINITE_TAGS,
    attitude_content,
    clausal_complement,
    governing_verb,
    is_as_clause,
    is_noun_clause,
    is_noun_that_clause,
    is_set_off,
    is_that_clause,
    naming_complement,
    object_content,
    parenthetical_content,
    relative_word,
    rest_of_clause,
    stated_content,
)
from dateline.extract.quotes.cue_words import (
    SUBJECTS,
    UNSPOKEN_VERBS,
    cue_lemma,
    cue_span,
    has_subject,
    inverted_tag_name,
    is_cue_lemma,
)
from dateline.extract.quotes.drafts import Draft
from dateline.extract.quotes.runs import (
    Run,
    adjoining,
    cut_quotation,
    has_quote,
    inside_any,
    mostly_quoted,
    through_quotes,
)
from dateline.extract.quotes.sources import (
    OPEN_CLOSES,
    agent_of,
    inverted_name,
    name_as_modifier,
    name_before,
    source_of,
    speaker_outside,
    stranded_subject,
)
from dateline.extract.quotes.spans import (
    according_to_objects,
    content_within,
    offsets,
    paragraph_bounds,
    source_phrase,
    subtree_span,
    trim,
    within_paragraph,
)
from dateline.nlp.extensions import doc_text
from dateline.time.tense import verb_direction

#: What a raising verb's subject is said to be or do: "seemed [unperturbed]", "is expected [to win]".
_RAISED_PREDICATES = ("xcomp", "acomp", "oprd", "attr")
#: Prepositions opening what a noun cue is about ("call for", "attack on"); not "to", which names the
#: hearer ("his remarks to reporters").
_NOUN_PREPOSITIONS = frozenset({"for", "of", "about", "on", "against", "at", "over"})
#: Adjectives with which "make" states a clause: "made clear that", "made it plain she would".
_DECLARING_ADJECTIVES = frozenset({"clear", "plain"})
#: Prepositions naming what a stance is about ("took aim at", "took issue with"), not the scene ("in", "during").
_STANCE_PREPOSITIONS = frozenset({"with", "at", "on", "for", "about", "against", "over", "of", "behind"})
#: Parts of speech in a name that opens a line before a colon ("Democrats' new warning:").
_NAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PART", "PUNCT"})
_MAX_NAME_WORDS = 4
#: Words a verbless headline claim needs after "Name:" to be a statement rather than a tally.
_MIN_CLAIM_WORDS = 3


@dataclass(frozen=True, slots=True)
class Quotations:
    """The article's quotation runs, and those a verb cue has already taken as its content: each run goes
    to the first cue that claims it."""

    runs: list[Run]
    claimed: set[Run] = field(default_factory=set)

    def enclose(self, token: Token) -> bool:
        """Is ``token`` inside a quotation? Speech reported there belongs to the quotation."""
        return inside_any(token.idx, self.runs)

    def within(self, spans: list[Span]) -> bool:
        """Does a quotation stand in any of the spans? Then the attribution is direct."""
        return has_quote(spans, self.runs)


#: A cue rule: the attribution ``token`` anchors, or None.
CueRule = Callable[[Token, Quotations], Draft | None]


def cue_drafts(doc: Doc, runs: list[Run]) -> list[Draft]:
    """Attributions anchored on a cue, the first rule of ``CUE_RULES`` deciding each word; each quotation
    run goes to the first cue that claims it, and a word inside an earlier cue ("says in a [statement]
    that") starts none of its own."""
    drafts: list[Draft] = []
    quotations = Quotations(runs)
    for token in doc:
        if _raises_a_cue(token):
            continue  # "seemed to recognize": the embedded cue is the attribution, marked from "seemed"
        if drafts and drafts[-1].cue is not None and drafts[-1].cue.start <= token.i < drafts[-1].cue.end:
            continue
        draft = _first_draft(token, quotations)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _first_draft(token: Token, quotations: Quotations) -> Draft | None:
    """The attribution the first rule of ``CUE_RULES`` that reads one in ``token`` finds."""
    for rule in CUE_RULES:
        if (draft := rule(token, quotations)) is not None:
            return draft
    return None


def _raises_a_cue(token: Token) -> bool:
    """Does a raising verb take a cue verb as its predicate ("officials seemed to recognize the damage")?
    Then the subject holds the embedded stance, as PolNeAR marks it, not a raised content."""
    raised = [c for c in token.rights if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    return cue_lemma(token) in RAISING_VERBS and bool(raised) and is_cue_lemma(cue_lemma(raised[0]))


def _according_to(token: Token, quotations: Quotations) -> Draft | None:
    """"according to X": X is the source, the rest of the clause the content."""
    objects = according_to_objects(token)
    if not objects:
        return None
    phrase = {t.i for t in token.subtree} | {token.i, token.i + 1}
    clause = token.sent.root if is_set_off(token, phrase) else _main_clause(_verb_above(token, phrase))
    content = rest_of_clause(clause, token, phrase)
    if not content:
        return None
    cue = token.doc[token.i : token.i + 2]
    return Draft(cue, source_phrase(objects[0]), tuple(offsets(s) for s in content), quotations.within(content),
                 speech=not _relays_a_quotation(clause, content, quotations))


def _relays_a_quotation(clause: Token, content: list[Span], quotations: Quotations) -> bool:
    """Is the clause an "according to" phrase attributes a quotation with its own speech tag ("“…,” the mayor
    said at the fair, according to the Gazette")? Then the phrase names the medium that carried the words, and
    the quotation is the speaker's: the medium's is no second claim. A reported clause ("according to the
    Gazette, the mayor said the pier would close") stays the medium's report: the labels give it as one
    (tuning splits, issue 13: five of six such reports labelled); so does a quotation whose verb is inside it
    ("According to the Gazette, “the mayor then admitted it”"): the medium's own words."""
    tagged = cue_lemma(clause) in SAYING_VERBS and has_subject(clause) and not quotations.enclose(clause)
    return tagged and content[0][0].is_quote


def _in_words_of(token: Token, quotations: Quotations) -> Draft | None:
    """"In Dr. Shadlen's words, “…”", "in the words of the mayor, …": the owner of the words (their possessor,
    or the object of their "of") is the source, the rest of the sentence the content, as with "according to".
    Only where the phrase opens or closes its sentence behind a comma, framing the whole of it; "in other
    words" names no one."""
    if token.lower_ != "in":
        return None
    words = [c for c in token.children if c.dep_ == "pobj" and c.lower_ == "words"]
    if not words:
        return None
    owners = [c for c in words[0].children if c.dep_ == "poss"] or [
        o for p in words[0].children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    phrase = {t.i for t in token.subtree}
    if not owners or not is_set_off(token, phrase):
        return None
    content = rest_of_clause(token.sent.root, token, phrase)
    if not content:
        return None
    return Draft(token.doc[token.i : token.i + 1], source_phrase(owners[0]), tuple(offsets(s) for s in content),
                 quotations.within(content))


def _verb_above(token: Token, phrase: set[int]) -> Token:
    """The head an "according to" phrase hangs on, or, for a phrase set between commas inside its clause
    ("Most of the dead, according to the UN, are women"), the first verb above it: the parser often hangs
    such a phrase on the subject, but it attributes the subject's whole clause."""
    first, last = min(phrase), max(phrase)
    doc = token.doc
    between_commas = first > 0 and last + 1 < len(doc) and doc[first - 1].text == doc[last + 1].text == ","
    return (governing_verb(token, through_subject=True) or token.head) if between_commas else token.head


def _main_clause(head: Token) -> Token:
    """The clause an "according to" phrase attributes: the one it hangs on, or, when that is a
    conjunct or an adverbial clause ("..., while Sanders raised $6 million, according to..."), the
    clause it joins: the phrase scopes over the whole statement."""
    while head.dep_ in ("conj", "advcl") and head.head != head:
        head = head.head
    return head


def _in_finding(token: Token, quotations: Quotations) -> Draft | None:
    """"In a CNN poll released Monday, 31% of Republicans said...", "Trump leads by 9 points in the
    RealClearPolitics average": "in" a poll, survey or study attributes its clause to the finding,
    which is the source; the clause less the phrase is the content. Not right after a verb of saying,
    where it says where the words appeared ("“…,” the patient wrote in the case study"): the verb is the cue."""
    objects = [c for c in token.children if c.dep_ == "pobj"]
    if token.lower_ != "in" or not objects or objects[0].lemma_.lower() not in FINDING_NOUNS:
        return None
    if token.head.i == token.i - 1 and is_cue_lemma(cue_lemma(token.head)):
        return None
    if quotations.enclose(token) or not _is_particular(objects[0]):
        return None
    phrase = {t.i for t in token.subtree}
    clause = token.sent.root if is_set_off(token, phrase) else governing_verb(token)
    if clause is None or clause.dep_ in ("relcl", "acl"):
        return None  # "voters in the poll said": the poll is part of the subject; or a relative clause
    content = rest_of_clause(clause, token, phrase)
    source = trim(subtree_span(objects[0]))
    if not content or source is None:
        return None
    return Draft(token.doc[token.i : token.i + 1], source, tuple(offsets(s) for s in content),
                 quotations.within(content), speech=False)


def _is_particular(finding: Token) -> bool:
    """Does ``finding`` name one poll or survey ("a CBS poll", "polls from Quinnipiac and Fox") rather
    than the general trend ("rising in the polls", "in national polls"), which attributes nothing?"""
    named = ("compound", "poss", "acl", "prep", "nmod")
    return finding.tag_ != "NNS" or any(c.dep_ in named for c in finding.children)


def _hearsay_adverb(token: Token, quotations: Quotations) -> Draft | None:
    """"The FBI is reportedly making arrangements...", "Reportedly, he made...": an adverb of hearsay
    attributes its clause to unnamed others; the clause less the adverb is the content. The clause
    needs a subject (not "a man allegedly seen..."), and a cue verb takes the adverb into its own cue
    ("reportedly told"). It names no speech event anyone could be the speaker of, so it is no speech."""
    if token.lower_ not in HEARSAY_ADVERBS or token.dep_ != "advmod" or quotations.enclose(token):
        return None
    if is_cue_lemma(cue_lemma(token.head)) or not has_subject(token.head):
        return None
    content = rest_of_clause(token.head, token, {token.i})
    if not content:
        return None
    cue = token.doc[token.i : token.i + 1]
    return Draft(cue, None, tuple(offsets(s) for s in content), quotations.within(content), speech=False)


def _colon_attribution(token: Token, quotations: Quotations) -> Draft | None:
    """A line opened by a short name and a colon, as headlines and lists of reactions attribute
    ("Lynch: No outside influence on FBI probe", "Clinton: “Our goal is...”"): the name is the
    source, the colon the cue, the rest of the line the content. Only a quotation makes it speech: a
    story's paragraph opened so is a dateline, a warning or a label ("LINDI: It's around 8pm...",
    "WARNING, DISTRESSING CONTENT: ..."), and a headline's paraphrase is no claim of the story."""
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
    quoted = quotations.within([content])
    if not quoted:  # a label's paragraph runs on in sentences of their own, with their own cues
        content = content_within(doc[token.i + 1 : content[0].sent.end], token) or content
    return Draft(doc[token.i : token.i + 1], doc[prefix[0].i : token.i], (offsets(content),), quoted, speech=quoted)


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


def _raising_cue(token: Token, quotations: Quotations) -> Draft | None:
    """"Trump is expected to deliver a speech", "his supporters seemed unperturbed", "the move was first
    reported by MSNBC": the subject, with the predicate a raising verb gives it, is the content (two
    fragments); a passive's "by" phrase is the source."""
    lemma = cue_lemma(token)
    passive = any(c.dep_ == "auxpass" for c in token.children)
    raises = lemma in RAISING_VERBS or (passive and lemma in PASSIVE_RAISING_VERBS)
    agent = agent_of(token) if passive and is_cue_lemma(lemma) else None
    subjects = [c for c in token.children if c.dep_ in SUBJECTS and c.lower_ != "it"]
    if not (raises or agent is not None) or not subjects or quotations.enclose(token):
        return None
    predicates = [c for c in token.rights if c.dep_ in _RAISED_PREDICATES] if raises else []
    predicate = within_paragraph(subtree_span(predicates[0]), token) if predicates else None
    if predicate is None and agent is None:
        return None
    content = [offsets(s) for s in (trim(subtree_span(subjects[0])), predicate and trim(predicate)) if s is not None]
    cue = cue_span(token)
    if agent is not None and agent.start == cue.end + 1:
        cue = token.doc[cue.start : agent.start]  # "was first reported by": the "by" right after is the cue's
    return Draft(cue, agent, tuple(content), False, speech=False)


def _attitude_cue(token: Token, quotations: Quotations) -> Draft | None:
    """An adjective of attitude after a copula: "his supporters are optimistic [that he will...]",
    "Republicans have been critical of [her email use]", "is more willing [to accept...]". The subject is
    the source; the cue runs from the copula through the adjective (and its preposition)."""
    copula = token.head
    if token.dep_ != "acomp" or token.lemma_.lower() not in ATTITUDE_ADJECTIVES or quotations.enclose(token):
        return None
    subjects = [c for c in copula.children if c.dep_ in SUBJECTS]
    found = attitude_content(token)
    if not subjects or found is None:
        return None
    cue_end, content = found
    cue = token.doc[min(cue_span(copula).start, token.left_edge.i) : cue_end]
    if cue.start < subjects[0].i or content is None:
        return None
    return Draft(cue, source_phrase(subjects[0]), (offsets(content),), quotations.within([content]), speech=False)


def _noun_cue(token: Token, quotations: Quotations) -> Draft | None:
    """A noun of saying or stance with its possessor as source: "Trump's claim [that he won]", "her
    call for [a ban]", "his refusal [to concede]", "the Pentagon statement [that...]"; with no possessor,
    a noun of saying with a "that" clause ("allegations [that he lied]"). The cue is the noun with the
    words describing it ("her earlier public pledge"), and the preposition that opens the content ("call for")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in NOUN_CUES or quotations.enclose(token):
        return None
    owners = [c for c in token.lefts if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")]
    found = (stated_content(token, is_noun_clause, _NOUN_PREPOSITIONS) if owners
             else stated_content(token, is_that_clause, frozenset()))
    if found is None:
        return None
    cue_end, content = found
    if content is None:
        return None
    start = owners[0].i if owners else -1
    modifiers = [c.i for c in token.lefts if c.dep_ in ("amod", "compound") and c.i > start]
    cue = token.doc[min(modifiers, default=token.i) : cue_end]
    source = subtree_span(owners[0]) if owners else None
    return Draft(cue, source, (offsets(content),), quotations.within([content]), speech=False)


def _made_clear(token: Token, quotations: Quotations) -> Draft | None:
    """"made clear that...", "has made it plain she will not run": "make" with an adjective of plain
    statement reports its clause as "said" would. The cue runs through the adjective."""
    adjective = _declaring_adjective(token)
    source = source_of(token) if adjective is not None and not quotations.enclose(token) else None
    if adjective is None or source is None:
        return None
    clauses = [c for c in (*token.rights, *adjective.rights) if c.dep_ in ("ccomp", "advcl") and c.i > adjective.i]
    content = content_within(subtree_span(min(clauses, key=lambda c: c.i)), token) if clauses else None
    if content is None:
        return None
    cue = token.doc[cue_span(token).start : adjective.i + 1]
    return Draft(cue, source, (offsets(content),), quotations.within([content]))


def _declaring_adjective(token: Token) -> Token | None:
    """The "clear" of "made clear" or "made it clear", read off the words: the parser attaches it
    variously (a predicate, the subject of a small clause, or a modifier of the next noun). Not the
    passive "it was made clear", whose subject states nothing."""
    if token.lemma_.lower() != "make" or _is_passive(token):
        return None
    after = token.i + 2 if token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "it" else token.i + 1
    found = after < len(token.doc) and token.doc[after].lower_ in _DECLARING_ADJECTIVES
    return token.doc[after] if found else None


def _passive_stance(token: Token, quotations: Quotations) -> Draft | None:
    """"Officials were mocked and criticized", "the bill has been widely condemned as racist": a passive
    cue with no "by" phrase and no clause attributes a stance, held by no one named, whose content is
    the subject (with the object of an "as", "for" or "of" right after the cue, which closes the cue:
    "was accused of [spying]"). Not a verb of telling, whose passive subject is the one addressed ("Mr.
    Trump was asked")."""
    subjects = [c for c in token.children if c.dep_ == "nsubjpass" and c.tag_ not in ("PRP", "WDT", "WP")]
    lemma = cue_lemma(token)
    if not subjects or not is_cue_lemma(lemma) or lemma in ADDRESSEE_VERBS or quotations.enclose(token):
        return None
    if agent_of(token) is not None or clausal_complement(token) is not None or not _is_passive(token):
        return None
    cue = cue_span(token)
    found = stated_content(token, lambda child: False, frozenset({"as", "for", "of"}))
    holder = trim(subtree_span(subjects[0]))
    parts = [holder] + ([found[1]] if found is not None else [])
    cue = token.doc[cue.start : found[0]] if found is not None else cue
    return Draft(cue, None, tuple(offsets(p) for p in parts if p is not None), False, speech=False)


def _light_verb_phrase(token: Token, quotations: Quotations) -> Draft | None:
    """"Sanders takes issue with [the board]", "has taken frequent shots at [Trump]", "heaped praise on
    [the governor]", "threw its support behind [the mayor]": a light verb whose object names a stance
    carries the meaning; the cue runs from the verb through the preposition after that object, whose
    object is the content, and the verb's subject holds the stance."""
    if token.lemma_.lower() not in LIGHT_VERBS or quotations.enclose(token):
        return None
    objects = [c for c in token.rights if c.dep_ == "dobj" and c.lemma_.lower() in STANCE_NOUNS]
    preps = [c for c in (*token.rights, *(objects[0].rights if objects else ())) if c.dep_ == "prep"]
    # On the verb the preposition follows the whole object ("took aim at"); on the noun, the noun itself
    # ("mounting an attack on").
    preps = [p for p in preps if objects and p.i in (objects[0].i + 1, objects[0].right_edge.i + 1)
             and p.lower_ in _STANCE_PREPOSITIONS]
    contents = [c for c in preps[0].children if c.dep_ in ("pobj", "pcomp")] if preps else []
    source = source_of(token) if contents else None
    if source is None:
        return None
    content = content_within(subtree_span(contents[0]), token)
    cue = token.doc[cue_span(token).start : preps[0].i + 1]
    return Draft(cue, source, (offsets(content),), quotations.within([content]), speech=False) if content else None


def _verb_cue(token: Token, quotations: Quotations) -> Draft | None:
    """A reporting verb with a complement or an adjoining quotation; a stance or reporting verb with its object."""
    if token.pos_ not in ("VERB", "AUX") or not (is_cue_lemma(cue_lemma(token)) or is_as_clause(token)) \
            or _is_label(token):
        return None
    if quotations.enclose(token):
        return None  # speech reported inside a quotation belongs to the quotation
    # A passive's subject is who was asked or told; the speaker, if named, is in its "by" phrase.
    passive = _is_passive(token)
    # A name the parser hung on the cue as a modifier is its own subject, before one borrowed from the
    # clause it is coordinated with ("bandwidth is less of an issue, but Early still says"); so is a name
    # right after it, which the parser may take for its object ("2029 was hard, revealed Brannock").
    source = agent_of(token) if passive else (
        name_as_modifier(token) or inverted_tag_name(token) or speaker_outside(source_of(token), quotations.runs)
        or stranded_subject(token) or inverted_name(token) or name_before(token))
    naming = naming_complement(token)
    # a quoted name no one in particular gives is the writer's term: the naming stays a stance, quoting no one
    term = naming is not None and quotations.within([naming]) and _is_standing_term(token, source)
    complement = naming or clausal_complement(token)
    quoted = [run for run in adjoining(token, source, complement, quotations.runs) if run not in quotations.claimed]
    if quoted and not term and (complement is None or mostly_quoted(complement, quoted)):
        quotations.claimed.update(quoted)
        return Draft(cue_span(token), source, tuple(s for run in quoted for s in run), True)
    # A quotation that a colon inside the reported speech introduces is left for the cue before that colon
    # to claim ("Miller said Carter told her: “Today will be a day to remember”": Carter's words, not
    # Miller's); any other stays this cue's.
    quotations.claimed.update(run for run in quoted if not _introduced_inside(complement, run))
    # A name given to something in the writer's words ("called it cruel", "describing Japan as a great
    # ally") is the speaker's verdict, a stance; one that quotes the name ("called it “an incredible
    # feat”") reports their words, unless it is a term.
    named_as_stance = naming is not None and (term or not quotations.within([naming]))
    cue, speech = cue_span(token), not named_as_stance and _is_speech(token, complement)
    if complement is None:
        parenthetical = parenthetical_content(token)
        if parenthetical and source is not None:
            quoted_aside = quotations.within(parenthetical)
            return Draft(cue, source, tuple(offsets(s) for s in parenthetical), quoted_aside,
                         quoted_aside or not _is_unasserted(token, source))
        cue, complement = object_content(token) or (cue, None)
        # a passive ("is accused of") names no one who made the claim: it stays a stance
        speech = not passive and (_says_of_its_object(token, complement) or _charges_in_passing(token, complement))
    content = trim(complement) if complement is not None else None
    if complement is None or content is None or (source is None and not passive and not (speech and _is_finite(token))):
        return None
    cut_open = cut_quotation(doc_text(token.doc), offsets(content), quotations.runs)
    if cut_open is not None and not passive and source is not None and cut_open not in quotations.claimed:
        # an object that opens a quotation and ends inside it is that quotation, whole: the verb's quoted words
        # ("adding, “Fact: …”"), or a quoted clause the parser misread as an object ending at its first comma
        quotations.claimed.add(cut_open)
        return Draft(cue, source, cut_open, True, _is_speech(token, None) and not _is_unasserted(token, source))
    relative = relative_word(token, source) if source is not None and complement.root.head == token else None
    # a content the parser cut inside a quotation runs on to its closing mark, whichever cue's run it is
    # ("accused the sites of “closing down …, while …”": the "while" clause hung on the cue)
    whole = through_quotes(offsets(content), quotations.runs)
    fragments = ([offsets(relative)] if relative is not None else []) + [whole]
    asserted = bool(quoted) or not _is_unasserted(token, source)
    return Draft(cue, source, tuple(fragments), bool(quoted), speech and asserted)


def _tag_verb(token: Token, quotations: Quotations) -> Draft | None:
    """A speech tag whose verb tells how the words were said rather than that they were ("“…,” Connolly
    began", "“…,” he huffed", "“…!” they chanted"): a quotation that closes on a comma, a question or an
    exclamation mark leaves its sentence open, and a person or a pronoun with a finite verb right after it,
    taking no object or clause of its own, closes that sentence as its tag. Any verb of English reads so
    there; the lexicon's verbs of saying are ``_verb_cue``'s."""
    if token.pos_ != "VERB" or not _is_finite(token) or quotations.enclose(token):
        return None
    if any(child.dep_ in _TAG_OBJECTS and child.i > token.i for child in token.children):
        return None  # "“…,” she began a book": the verb does something of its own; a clause before it is the quotation
    source = (name_as_modifier(token) or speaker_outside(source_of(token), quotations.runs)
              or _name_after_quotation(token))
    if source is None or source.end != token.i or not _names_a_speaker(source):
        return None
    text = doc_text(token.doc)
    quoted = [run for run in adjoining(token, source, None, quotations.runs)
              if run not in quotations.claimed and run[-1][1] <= source.start_char
              and not text[run[-1][1] : source.start_char].strip() and text[run[-1][1] - 2] in OPEN_CLOSES]
    if not quoted:
        return None
    quotations.claimed.update(quoted)
    return Draft(cue_span(token), source, quoted[-1], True)


#: Dependents after a verb that give it an act of its own: an object or a clause ("“…,” she began a book").
_TAG_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd"})


def _name_after_quotation(token: Token) -> Span | None:
    """The name right before the verb, after the quotation's closing mark, which the parser may have made a
    modifier of the verb, or the opening of a sentence of its own ("“…,” | Connolly began")."""
    doc, start = token.doc, token.i
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    return doc[start : token.i] if start < token.i and start > 0 and doc[start - 1].is_quote else None


def _names_a_speaker(source: Span) -> bool:
    """Is the tag's subject a person: a pronoun of a person, or a name (not "the group", whose verb after a
    quotation may be the writer's next sentence's)?"""
    head = source.root
    return head.lower_ in ("he", "she", "they") or head.ent_type_ == "PERSON" \
        or (head.pos_ == "PROPN" and not head.ent_type_)


#: Subjects that name no one in particular: a name they give is the language's, not anyone's words.
_GENERIC_NAMERS = frozenset({"people", "one", "everyone", "everybody", "anyone", "anybody", "someone",
                             "somebody", "some", "many", "most", "others"})


def _is_standing_term(verb: Token, source: Span | None) -> bool:
    """Is the name a naming verb gives a term the writer uses rather than a quote of someone's words? A
    third party's naming is their words ("what he calls “the southern White House”", "which the agency
    dubbed “Operation X”"), and so is any naming told as a past act: someone said it before ("We called it
    “a fine machine when it works” in our review", "has been called “a warm return to form” (Stage
    Weekly)"). Otherwise the name is one the thing goes by now, given by no one in particular (dev13: the
    labels quote no one there): a passive with no "by" ("This is called a “remote fetch”"), the writer's own
    first person outside any quotation ("what I call the “attention market”"), or a subject standing for
    anyone ("people call it the “forever war”")."""
    if verb_direction(verb) == "past":
        return False
    return source is None or "1" in source.root.morph.get("Person", []) or source.root.lower_ in _GENERIC_NAMERS


def _is_label(token: Token) -> bool:
    """Is the verb a capitalised label before a colon ("See: Schwab makes thousands of its RIAs…", "Watch:")?
    Such an imperative points the reader to a linked story or a clip: its subject is the reader, and the
    parser's borrowing of the linked headline's subject for it names no speaker of the quotation before."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.text[:1].isupper() and token.lemma_.lower() in LABEL_NOUNS and following is not None \
        and following.text == ":"


def _introduced_inside(complement: Span | None, run: Run) -> bool:
    """Does a colon inside ``complement`` introduce the quotation ("told her: “…”")?"""
    if complement is None or not complement.start_char < run[0][0] < complement.end_char:
        return False
    return doc_text(complement.doc)[complement.start_char : run[0][0]].rstrip().endswith(":")


def _is_passive(token: Token) -> bool:
    """A passive cue, full ("was asked about") or reduced to its participle in an adverbial clause
    ("when asked about", "Asked whether..."): its subject, or the main clause's, was asked, not asking."""
    if any(c.dep_ == "auxpass" for c in token.children):
        return True
    return token.tag_ == "VBN" and token.dep_ == "advcl" and not any(c.dep_ == "aux" for c in token.children)


def _is_finite(token: Token) -> bool:
    """A verb in the past or present tense, which has a subject of its own even where the parser lost
    it; not an infinitive, imperative or gerund, whose subject is controlled or generic."""
    return token.tag_ in ("VBD", "VBZ", "VBP")


def _is_speech(token: Token, complement: Span | None) -> bool:
    """Does the cue report a claim someone made? Not a verb of thought or evidence ("don't think",
    "tests showed"), nor a verb of telling or intention with an infinitive, which reports a request or a
    plan rather than what is the case ("had hoped to secure a deal", "told him to get rid of the duvet",
    "are urged to join"); "denied ever taking bribes" and "he said exploits the flaw" stay speech. The
    real-news gold (issue 13) counts none of these as an attribution; PolNeAR counts them all, as stances.
    A question is no claim either: not one asked or wondered (``_is_unasserted``), nor a wh-clause
    (``_is_wh_clause``)."""
    lemma = cue_lemma(token)
    root = complement.root if complement is not None else None
    infinitive = root is not None and root.dep_ == "xcomp" and any(c.tag_ == "TO" for c in root.children)
    directive = infinitive and lemma in ADDRESSEE_VERBS | INTENTION_VERBS
    spoken = lemma in REPORTING_VERBS or (lemma in STANCE_VERBS and _states_a_clause(token, complement))
    finding = lemma != "find" or _reports_a_finding(token, complement)
    return spoken and lemma not in UNSPOKEN_VERBS and not directive and not _is_wh_clause(complement) and finding


#: Verbs that put a question or a request, never a claim: "asked whether the ferry would sail", "asked that her
#: name be withheld", "wondered if the lake was safe". The real-news gold counts none as an attribution (tuning
#: splits dev..dev16, issue 13: 39 unquoted reports at 22 articles, none labelled).
_QUESTION_VERBS = frozenset({"ask", "wonder"})
#: Subjects that are the writer, the reader or anyone at all, not a source the story reports: "I believe",
#: "we expect", "you know", "as one would expect" (53 unquoted reports at 15 articles, none labelled).
_WRITER_AND_READER = frozenset({"i", "we", "you", "one"})


def _is_unasserted(token: Token, source: Span | None) -> bool:
    """Does an unquoted report state no claim of its source, though its verb says or believes? A question or
    a request (``_QUESTION_VERBS``), a hedged or denied report (``_is_hedged``), or the writer's or the reader's
    own view (``_WRITER_AND_READER``). PolNeAR still counts each as an attribution; "who said what" leaves it
    out, as the real-news gold does."""
    by_writer = source is not None and source.root.lower_ in _WRITER_AND_READER
    return cue_lemma(token) in _QUESTION_VERBS or _is_hedged(token) or by_writer or _is_concession(token, source)


def _is_concession(token: Token, source: Span | None) -> bool:
    """Is the cue the writer's "That said," turning to a reservation ("That said, the ferry might still be
    late")? Nobody said the clause after it: the phrase is the writer's own, set off by its comma (tuning
    splits dev..dev19, text part: three such reports at three outlets, none labelled)."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (source is not None and len(source) == 1 and source.root.lower_ == "that" and cue_lemma(token) == "say"
            and after is not None and after.text == ",")


def _is_hedged(token: Token) -> bool:
    """Is the cue under a modal or a negation ("might argue that", "can always claim", "did not say that",
    "does not deny that")? Then nobody is reported to have said it (tuning splits: 51 such reports, one
    labelled). "Could not agree more" is emphatic agreement, not a denial."""
    modal = any(child.tag_ == "MD" for child in token.lefts)  # one after it belongs to the content the parser ran in
    emphatic = any(child.dep_ == "advmod" and child.lower_ == "more" for child in token.rights)
    negated = any(child.dep_ == "neg" for child in token.lefts)
    return (modal or negated) and not emphatic


def _says_of_its_object(token: Token, content: Span | None) -> bool:
    """Does a verb of saying state a clause through its object? It charges the object with a deed told by a
    gerund after "of" ("Mr Moeketsi further accused the headmen of being in the company's pocket"), the object
    being the gerund's subject, or its object is a noun with a "that" clause ("also repeated claims that the
    headman keeps five percent", "confirms reports that Ryan slapped him"). Either way the speaker asserts
    a proposition, as a "that" clause on the verb would ("said the chiefs were on the payroll"), and the
    frame reports a claim, not a stance on a thing ("criticized the deal"). A verb whose object is the one
    addressed reminds or warns them of something ("reminded voters of", "warned residents of flooding")."""
    lemma = cue_lemma(token)
    if content is None or lemma not in REPORTING_VERBS or lemma in ADDRESSEE_VERBS | UNSPOKEN_VERBS:
        return False
    deed = any(word.tag_ == "VBG" and word.head.lower_ == "of" and word.head.head == token for word in content)
    stated = any(word.dep_ == "dobj" and word.head == token and any(map(is_noun_that_clause, word.children))
                 for word in content)
    return deed or stated or _says_a_split_clause(token, content)


#: Verbs that charge or credit someone with a deed, each with the preposition giving the deed ("accusing the
#: board of negligence", "praising the crew for their calm"). Measured on the participle only (tuning splits
#: dev..dev21: six such reports at five outlets, all labelled indirect quotes of the main clause's subject;
#: "accuse" at three outlets, "praise" at two, where "praising" with its object alone took no label). Verbs
#: of the same frame ("blaming X for", "thanking X for") are left out: the tuning splits hold none to measure.
_CHARGING_VERBS: dict[str, str] = {"accuse": "of", "praise": "for"}


def _charges_in_passing(token: Token, content: Span | None) -> bool:
    """Does a participle clause charge or credit its object with a deed ("..., accusing the agency of
    negligence", "..., praising his players for their patience")? Tacked on to a sentence about its subject,
    it reports what the subject said of someone, and the real-news gold labels it so; the same participle
    with its object alone ("praising the coach", "criticizing the plan") or another stance verb ("citing the
    report", "describing the law") takes a stance on a thing, which labels seldom count (those tuning splits,
    html and text apart: 9 of 393 other participles with an object labelled, 4 of 100 of "cite", "describe",
    "criticize", "defend" and the like)."""
    preposition = _CHARGING_VERBS.get(cue_lemma(token))
    if content is None or preposition is None or token.tag_ != "VBG" or has_subject(token):
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    grounds = [c for head in (token, *objects) for c in head.children
               if c.dep_ == "prep" and c.lower_ == preposition and c.i > token.i]
    return bool(objects) and any(c.dep_ in ("pobj", "pcomp") for g in grounds for c in g.children)


#: Words that open a relative clause: a verb after one describes the noun rather than stating a clause of it.
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})


def _says_a_split_clause(token: Token, content: Span) -> bool:
    """Is the object of "say" the subject of a clause the parser split from its verb ("The ministry said
    the parcels each held a timer", parsed as "said [the parcels]" with "held" describing them; "said the
    bid to unseat her was no failure")? "Say" takes words as its object, hardly ever a thing ("said a
    prayer", "said something that angered them"), so a finite verb in the object's phrase that no relative
    word introduces states what was said, as a "that" clause would. The real-news gold labels these as
    indirect quotes (tuning splits dev..dev20: three such reports, at Fox News and The New York Times, all
    labelled with the speaker shown; none turned speech where no label is)."""
    if cue_lemma(token) != "say":
        return False
    return any(word.dep_ == "dobj" and word.head == token and any(_states_of(verb, word) for verb in word.subtree)
               for word in content)


def _states_of(verb: Token, noun: Token) -> bool:
    """Is ``verb`` a finite verb in ``noun``'s phrase stating a clause rather than describing a noun? Not
    one a relative word introduces ("a prayer that the bishop wrote"), nor a relative clause with no such
    word whose subject is a pronoun or a name ("the few words she had written", "the plan Lund unveiled"):
    the noun is its object. A verb coordinated with another is judged by that one."""
    if verb == noun or verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass", "conj"):
        return False
    finite = verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS
                                            for c in verb.children)
    relative = any(c.tag_ in _RELATIVE_TAGS or (c.lower_ == "that" and c.i < verb.i) for c in verb.children)
    contact = verb.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and (c.tag_ == "PRP" or c.pos_ == "PROPN")
                                           for c in verb.children)
    return finite and not relative and not contact


def _reports_a_finding(token: Token, complement: Span | None) -> bool:
    """Does "find" report what a study, analysis or inquiry concluded ("an internal analysis found more space
    may be added", "the study found the mass could be reduced")? Not a person's observation ("Howitt found
    that the mice carried more protozoa", "they found eight people shot dead"), nor a verdict on a thing in a
    small clause ("to find them guilty", "find the convenience worth the higher price"), which no one is
    reported to have said."""
    finite = complement is not None and (_is_finite(complement.root) or any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in complement.root.children))
    finders = [c for c in token.children if c.dep_ in SUBJECTS]
    personal = any(f.ent_type_ == "PERSON" or f.tag_ == "PRP" for f in finders)
    return finite and not personal


def _is_wh_clause(complement: Span | None) -> bool:
    """Does the complement open with a wh-word of its own clause ("explained why SIDS occurs during sleep",
    "did not say why the gunman targeted the paper", "asked how she would treat Trump")? It names a matter
    the speaker spoke about, not what they said, and its events are taken as given, so reading them as
    having happened is right. Not a free relative that is the subject of a stated clause ("said what
    happened was a tragedy", "said when he arrived the door was open": the wh-word belongs to a clause inside
    the complement)."""
    if complement is None or complement[0].lower_ not in _WH_WORDS:
        return False
    verb = complement[0].head  # the clause the wh-word belongs to, past the words it modifies ("how much money")
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    return verb == complement.root


def _states_a_clause(token: Token, complement: Span | None) -> bool:
    """Does a "that" clause after the cue complement it ("later clarified that the break may only be
    short")? A stance verb that takes one reports what someone asserts, as a verb of saying does; with
    an object ("clarified the rules"), a "how" clause ("shared how the search left them defeated") or a
    clause before it, it takes a stance on a thing."""
    return complement is not None and complement.start > token.i and complement[0].lower_ == "that" and (
        complement[0].pos_ == "SCONJ")


#: The words that open an embedded wh-question ("that", which the parser may tag as one, opens a statement).
_WH_WORDS = frozenset({"how", "why", "what", "where", "when", "who", "whom", "whose", "which"})


#: The cue rules in order of precedence; on each word the first that finds an attribution wins.
CUE_RULES: tuple[CueRule, ...] = (
    _according_to,  # "according to X": the phrase names the source, the rest of its clause is the content
    _in_words_of,  # "in Shadlen's words, “…”": the owner of the words is the source of the sentence
    _in_finding,  # "in a CNN poll, 31% said": the poll is the source of the clause it stands in
    _hearsay_adverb,  # "reportedly": the clause is someone's report, though no one is named
    _colon_attribution,  # "Lynch: No outside influence": a headline's name and colon attribute the line
    _raising_cue,  # "is expected to win": the subject is part of the content, not the source
    _attitude_cue,  # "are optimistic that": the adjective after the copula carries the stance
    _noun_cue,  # "Trump's claim that": a noun of saying, its possessor the source
    _made_clear,  # "made clear that": "make" reports only with an adjective of plain statement
    _passive_stance,  # "was condemned as": with no "by" phrase, the subject is what the stance is about
    _light_verb_phrase,  # "took aim at": the object noun carries the stance the light verb lacks
    _verb_cue,  # "said", "urged": the plain case, a cue verb with its complement, object or quotation
    _tag_verb,  # "“…,” Connolly began": any verb of a speech tag after a quotation left open on its comma
)
