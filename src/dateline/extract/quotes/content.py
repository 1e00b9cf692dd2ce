"""What was said: the content span a cue reports. A verb's clausal complement (run on through the
clauses the parser split from it), the object of a stance verb with what the stance says of it, the
clause around a phrase cue ("according to X") or a parenthetical speech tag, and what a noun or an
adjective of stance is about."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from dateline.extract.lexicon import (
    ADDRESSEE_VERBS,
    DOCUMENT_NOUNS,
    KNOWING_VERBS,
    NAMING_VERBS,
    NEEDS_CLAUSE,
    PREPOSITIONAL_CUES,
    REPORTING_VERBS,
    SAYING_VERBS,
    STANCE_VERBS,
    STATEMENT_NOUNS,
    SUPPORT_VERBS,
    THING_OBJECT_VERBS,
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
from dateline.extract.quotes.spans import (
    DASHES,
    according_to_objects,
    content_within,
    ends_sentence,
    subtree_span,
    token_runs,
    within_paragraph,
)
from dateline.records import Offsets

_COMPLEMENTS = ("ccomp", "parataxis")
#: Single quotation marks, which open a quotation nested in another in American copy.
_SINGLE_MARKS = frozenset({"'", "‘", "`"})
#: The predicate a naming verb gives its object: "called the KKK [abhorrent]", "sees it [as a return]".
_NAMING_PREDICATES = ("oprd", "xcomp", "ccomp", "prep")
#: The tags of a relative or question word standing for a noun ("which", "what", "whom").
_WH_TAGS = frozenset({"WDT", "WP"})
#: What follows a stance verb's object and belongs to the content: a predicate or infinitive ("urged
#: the US [to act]") or a preposition naming the ground or role ("accused him [of lying]").
_OBJECT_COMPLEMENTS = ("xcomp", "ccomp", "oprd", "dative")
_OBJECT_PREPOSITIONS = frozenset({"for", "of", "as", "to", "with", "about", "over", "against"})
#: The longest adjunct between a cue and the "that" of its clause ("said at a rally in Ohio on Monday that").
_MAX_ADJUNCT_WORDS = 8
#: A dateline: a place in capitals, maybe an agency in brackets, and a dash ("WASHINGTON (AP) — ").
_DATELINE = re.compile(r"[A-Z]{2}[A-Z .,'’]*(?:\([^)\n]*\))?\s*(?:--|[-—―–])\s+")


def rest_of_clause(clause: Token, anchor: Token, phrase: set[int]) -> list[Span]:
    """The runs of ``clause`` in ``anchor``'s sentence outside the attributing ``phrase``, less a
    leading "And"/"But": what a phrase like "according to X" attributes."""
    rest = [t.i for t in _clause(clause) if t.i not in phrase and not _outside_sentence(t, anchor)]
    return token_runs(anchor.doc, rest[_leading_conjunctions(anchor.doc, rest):])


def is_set_off(token: Token, phrase: set[int]) -> bool:
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


def _clause(head: Token) -> list[Token]:
    """The tokens of ``head``'s clause: its subtree, or the whole sentence when it is the root."""
    return list(head.sent) if head.dep_ == "ROOT" else list(head.subtree)


def _outside_sentence(token: Token, anchor: Token) -> bool:
    return token.sent.start != anchor.sent.start


def governing_verb(token: Token, through_subject: bool = False) -> Token | None:
    """The verb whose clause ``token`` is in, when the parser hangs it on a noun in that clause ("a lead
    in a CBS poll"); None when that noun is the subject ("Fifteen percent of voters in the poll"), unless
    ``through_subject``."""
    head = token.head
    while head.pos_ not in ("VERB", "AUX") and head.head != head:
        if head.dep_ in SUBJECTS and not through_subject:
            return None
        head = head.head
    return head


def clausal_complement(token: Token) -> Span | None:
    """The clausal complement that carries what was said; some verbs need one to report at all.

    When the parser has lost the clause ("said that" read as a preposition), a "that" right after the
    cue ("says in a statement that") still opens the content, up to the end of the sentence. In a
    relative clause ("which he claimed was the average") the complement is what follows the cue; the
    relative word is added by ``relative_word``. Content never crosses a paragraph break: the parser
    sometimes runs two paragraphs into one sentence, paragraphs are reliable. A clause before the cue
    that runs into the next word with no punctuation is a piece of the subject misread as a clause
    ("project lead Ann Cole says the plan …"): fronted speech is set off by a comma or a mark.
    A clause in front of the cue that opens on a subordinator or a preposition is taken last: with a complement
    after the cue too, it is an opening adjunct the parser misread ("Although he's unsure why this happens,
    Vaughan speculates that …", "Among the drugs being looked at, she points to …"), and what was said follows.
    """
    for child in sorted(token.children, key=lambda child: child.i < token.i and _opens_on_adjunct(child)):
        if _is_speech_tag(child) or (child.i < token.i and not _ends_apart(child)):
            continue
        if child.dep_ in _COMPLEMENTS or _is_question(child) or (
            child.dep_ == "xcomp" and cue_lemma(token) not in NEEDS_CLAUSE
        ):
            clause = within_paragraph(subtree_span(child), token)
            if clause is not None and clause[0].idx <= token.idx < clause[-1].idx and token.dep_ == "relcl":
                clause = token.doc[token.i + 1 : clause.end]
            if clause is not None and not clause[0].idx <= token.idx < clause[-1].idx:
                return _before_participle(_through_coordinated(token, child, clause))
    end = cue_span(token).end
    if end < token.sent.end and token.doc[end].lower_ == "that" and token.doc[end].pos_ == "SCONJ":
        return within_paragraph(token.doc[end : token.sent.end], token)
    that = _that_after_adjunct(token, end)
    return within_paragraph(token.doc[that : token.sent.end], token) if that is not None else None


#: Subordinators that open reported speech itself ("that the plan failed", "whether it would pass").
_SPEECH_SUBORDINATORS = frozenset({"that", "whether"})


def _opens_on_adjunct(clause: Token) -> bool:
    """Does the clause's first word open an adjunct, a subordinator of time, concession or condition ("Although",
    "While", "If") or a preposition ("Among"), not a word that opens speech ("that") or a quote mark?"""
    first = clause.left_edge
    return first.pos_ in ("SCONJ", "ADP") and first.lower_ not in _SPEECH_SUBORDINATORS


def _ends_apart(clause: Token) -> bool:
    """Does the clause end on punctuation, a quote mark or a conjunction ("A, but B, a spokesman said"), or
    right before punctuation?"""
    last = clause.right_edge
    return last.is_punct or last.pos_ == "CCONJ" or (last.i + 1 < len(last.doc) and last.doc[last.i + 1].is_punct)


def _that_after_adjunct(token: Token, end: int) -> int | None:
    """Where "that" opens the reported clause after a short adjunct on the cue ("didn't know at the
    time that...", "said following a vote in 2001 that..."): the parser often reads it as a relative
    clause on the adjunct's noun. The words between hold no verb and no punctuation; a verb right
    after "that" makes it a relative pronoun ("spoke at a base that overlooks the bay"), a noun it
    determines a determiner ("wrote in the paper that spring"). An adjunct may hang on the noun of the cue's own
    "in an interview" or "in a statement" (``cue_span``): "noted in an interview with the Herald that ..."."""
    doc, lemma = token.doc, cue_lemma(token)
    if end >= token.sent.end or lemma not in REPORTING_VERBS:
        return None
    word = doc[end]
    on_cue_phrase = token.i < word.head.i < end  # the noun of the "in an interview" that cue_span took in
    if not _is_adjunct(word, word.head if on_cue_phrase else token):
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
    return (child.dep_ == "conj" and not before and child.i > clause.end and not is_cue_lemma(cue_lemma(child))
            and not has_subject(child) and not _dash_between(clause.end, child))


def _dash_between(start: int, token: Token) -> bool:
    """Is there a dash between ``start`` and the clause ``token`` heads? A dash closes an aside ("– Israel
    has said it would add a day, and the truce was extended – there are doubts"): the clause after it is
    the writer's. A phrase after a dash is not ("wants to emerge as the candidate — and the alternative")."""
    return token.pos_ in ("VERB", "AUX") and any(t.text in DASHES for t in token.doc[start : token.i])


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
        c.dep_ in SUBJECTS for c in token.children)


def _is_question(clause: Token) -> bool:
    """A "whether" clause is an embedded question, whatever the parser calls it ("was asked whether...")."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children)


def relative_word(token: Token, source: Span) -> Span | None:
    """The relative pronoun that stands for the reported clause's missing part ("[which] he claimed was
    the average"), which PolNeAR counts as a first fragment of the content."""
    before = source.start - 1
    if token.dep_ != "relcl" or before < 0 or token.doc[before].tag_ not in _WH_TAGS:
        return None
    return token.doc[before : before + 1]


def parenthetical_content(token: Token) -> list[Span]:
    """"The harder part, she said, is the funding...", "As the Post reported, the talks stalled": a cue set
    off inside the clause it reports, or in an "as" clause on it, has that clause, less the cue's own
    words, as its content; a tag closing its sentence (``closing_comma``) has the clause before its comma."""
    comma = closing_comma(token)
    if comma is not None:
        clause = content_within(token.doc[token.sent.start : comma], token)
        return [clause] if clause is not None else []
    if token.dep_ != "parataxis" and not is_as_clause(token):
        return []
    if token.dep_ != "parataxis" and _gap_object(token) is not None:
        return _wording_after(token)
    named = inverted_tag_name(token)  # "The reasons, says Brannock, are many": the parser may take "reasons"
    own = {t.i for t in token.subtree} if named is None else set(range(token.i, named.end))  # for its subject
    clause = within_paragraph(token.doc[token.sent.start : token.sent.end], token)
    return token_runs(token.doc, [t.i for t in clause or () if t.i not in own])


#: Dependents after a verb that give it a report of its own: an object or a clause ("..., she said the vote
#: was close" reports that clause, not the one before the comma). A verb of telling's object is its hearer.
_OWN_REPORTS = frozenset({"dobj", "dative", "ccomp", "xcomp", "attr", "oprd"})
#: Tags of a verb with a tense or a modal, a clause's own verb: the clause before a closing tag needs one to be a
#: report, and a verb in "say"'s object with one states a clause split from it (``cues``).
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def closing_comma(token: Token) -> int | None:
    """The comma opening a speech tag that closes its sentence after the clause it reports: "The plant is
    under pressure, said the chief executive.", "..., recalled Brannock.", "..., Painter said.", "..., a senior
    engineer has said in a statement." The parser often leaves the clause before unattached to the tag's verb
    (a conjunct of it, a loose dependent, the name an object or the verb its adjective), so the tag is read off
    the words: a verb of reporting right after the comma with its name or subject after it to the end, or with
    its subject running back to the comma and only its own modifiers after it (no object, clause or second
    verb), after a tensed clause. None otherwise."""
    lemma, doc, sent = cue_lemma(token), token.doc, token.sent
    if lemma not in REPORTING_VERBS or lemma in UNSPOKEN_VERBS:
        return None
    named = inverted_tag_name(token)
    inverted = (named is not None and ends_sentence(named)) or (
        any(c.dep_ in SUBJECTS and c.i > token.i for c in token.children) and _ends_with_tag(token))
    after_comma = token.i > sent.start and doc[token.i - 1].text == ","
    comma = token.i - 1 if after_comma and inverted else _comma_before_subject(token)
    if comma is None or (comma != token.i - 1 and not _ends_with_tag(token)):
        return None
    clause = doc[sent.start : comma]
    # a clause with a verb of saying of its own is that verb's report: the closing tag relays it ("the agency
    # said the tests passed, the paper reported"), and two cues each inside the other's content cancel out
    nested = any((cue_lemma(t) in SAYING_VERBS and t.pos_ in ("VERB", "AUX")) or according_to_objects(t)
                 for t in clause)
    return comma if any(t.tag_ in FINITE_TAGS for t in clause) and not nested else None


def _comma_before_subject(token: Token) -> int | None:
    """The comma right before the verb's subject, where only the subject and the verb's auxiliaries and adverbs
    stand between the comma and the verb ("..., the agency has since said")."""
    subjects = [c for c in token.children if c.dep_ in SUBJECTS and c.i < token.i]
    if not subjects:
        return None
    comma = subjects[-1].left_edge.i - 1
    between = token.doc[subjects[-1].right_edge.i + 1 : token.i]
    tagged = all(t.head == token and t.dep_ in ("aux", "neg", "advmod") for t in between)
    return comma if comma > token.sent.start and token.doc[comma].text == "," and tagged else None


def _ends_with_tag(token: Token) -> bool:
    """Is everything after the verb to the end of its sentence its own modifier ("said Friday", "said in a
    statement"), with no object, clause or verb of its own? A verb of telling may name its hearer ("told
    reporters")."""
    after = token.doc[token.i + 1 : token.sent.end]
    if any(t.is_quote for t in after):
        return False  # "..., Brannock replied, “Yes.”": a quotation after the verb is its own content
    rest = [t for t in after if not (t.is_punct or t.is_space)]
    own = _OWN_REPORTS - ({"dobj", "dative"} if cue_lemma(token) in ADDRESSEE_VERBS else set())
    return all(token.is_ancestor(t) and t.pos_ not in ("VERB", "AUX") for t in rest) and not any(
        c.dep_ in own and c.i > token.i for c in token.children)


#: Verbs of a main clause that reports its own subject's words ("As the Post reported, Stone assured Jones that
#: …"), so that an "as" clause on it reports nothing (:func:`is_as_clause`): spoken reporting verbs, less those
#: that report only with a clause.
_MAIN_CLAUSE_REPORTS = REPORTING_VERBS - UNSPOKEN_VERBS - NEEDS_CLAUSE


def is_as_clause(token: Token) -> bool:
    """"As the Post reported, ...", "..., as she said at the outset": an "as" clause set off by a comma
    whose reporting verb lacks its object; the main clause fills the gap. A temporal "as" ("as the crowd
    cheered") has a verb of another kind or a complete clause, and one on a speech tag tells what the
    speaker was doing while speaking ("“I can hardly see…,” Scoggin said, as he backed the
    proposal"): the tag's quotation is its own speaker's, not the "as" clause's content."""
    if token.dep_ != "advcl":  # asked of every verb the cue finder meets: the cheap test first
        return False
    lemma = cue_lemma(token)
    gap = _gap_object(token)
    reports = lemma in REPORTING_VERBS and (lemma not in NEEDS_CLAUSE or gap is not None) \
        or (gap is not None and lemma == "put" and not _puts_in_place(token)) \
        or (lemma == "point" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children))
    if not reports:
        return False
    if cue_lemma(token.head) in _MAIN_CLAUSE_REPORTS:
        # "As the Post reported, Stone assured Jones that ...": the main clause's report is Stone's; not a
        # thought ("as the Courier reports, he is suspected of ...") nor a verb that reports only with a clause
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return False
    return not any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") and c != gap for c in token.children) \
        and _set_off(token)


def _gap_object(token: Token) -> Token | None:
    """The "it" an "as" clause's verb takes for the main clause it reports ("as Vale put it", "as she described
    it"): the gap filled by a pronoun. "put" reports only so: "put it" with no place is a way of saying."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return objects[0] if len(objects) == 1 and objects[0].lower_ == "it" else None


def _wording_after(token: Token) -> list[Span]:
    """What an "as" clause that names a wording introduces: the words after its comma to the end of the
    sentence ("as Vale put it, “…”", "the potential of, as she calls it, “…”"). "It" is the wording that
    follows, not the clause around: a clause closing its sentence (", as the firm puts it.") glosses only the
    words before it, whose bounds are unknown, so it attributes none."""
    comma = next((t.i for t in token.doc[token.i : token.sent.end] if t.text == ","), None)
    content = content_within(token.doc[comma + 1 : token.sent.end], token) if comma is not None else None
    return [content] if content is not None else []


def _puts_in_place(token: Token) -> bool:
    """Does "put it" take a place or a particle ("put it on the shelf", "put it away")? Then it is no way of
    saying: that "put it" names at most whom it was put to or where the words appeared ("in her announcement")."""
    return any(c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ != "to" and not _names_a_statement(c))
               for c in token.children)


def _names_a_statement(preposition: Token) -> bool:
    """"in her announcement", "in a letter": a preposition whose object is a statement or a document."""
    return preposition.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in STATEMENT_NOUNS | DOCUMENT_NOUNS for o in preposition.children)


def _set_off(token: Token) -> bool:
    """Is ``token``'s clause set off by a comma before or after it? The parser often hangs the comma closing a
    clause that opens the sentence on the clause's own verb ("As Brannock said, the pier..."), so a comma
    ending the clause's own words counts as well as one after them."""
    first, last, doc = token.left_edge.i, token.right_edge.i, token.doc
    closing = last > token.i and doc[last].text == ","
    return (first > 0 and doc[first - 1].text == ",") or closing or (last + 1 < len(doc) and doc[last + 1].text == ",")


def naming_complement(token: Token) -> Span | None:
    """The object with the predicate a naming verb gives it: "called [the KKK “abhorrent“]", "sees [the
    piece as a return to conservatism]"."""
    if cue_lemma(token) not in NAMING_VERBS:
        return None
    if (fronted := _name_for_fronted_object(token)) is not None:
        return fronted
    objects = [c for c in token.rights if c.dep_ == "dobj"]
    quoted = _quoted_name(token)
    if len(objects) != 1 and quoted is not None:
        return quoted
    if not objects:
        return None
    # The parser often reads a quoted name as the object's apposition (called the plan “a nonstarter”)
    # and hangs "as ..." on the object (see immigrants [as a burden]).
    on_object = [c for c in objects[0].rights if c.dep_ == "appos" or _is_as_phrase(c)]
    after = [c for c in token.rights if c.i > objects[0].i] + on_object
    predicates = sorted((c for c in after if c.dep_ in _NAMING_PREDICATES + ("appos",) or _is_as_phrase(c)),
                        key=lambda c: c.i)
    if not predicates or (predicates[0].dep_ == "prep" and predicates[0].lower_ != "as"):
        return quoted
    named = within_paragraph(token.doc[objects[0].left_edge.i : predicates[0].right_edge.i + 1], token)
    # a quoted name after a predicate the parser found first ("calling her time as mayor
    # “a failure …”", "calling Rep. Hale (D) a “…”") is the name the verb gives: the content runs to it
    return quoted if quoted is not None and (named is None or not any(t.is_quote for t in named)) else named


def _name_for_fronted_object(token: Token) -> Span | None:
    """The name alone where the object it is given stands before the verb as a relative or question word
    ("what he called [“the elite media's hired guns”]", "whom she described [as a “truly great leader”]",
    "which they dubbed [“Operation X”]"): the word points back to what is named, so the name is all the
    verb says of it. The parser reads the name as the predicate or as a second object."""
    if not any(c.dep_ == "dobj" and c.tag_ in _WH_TAGS for c in token.lefts):
        return None
    predicate = next((c for c in token.rights if c.dep_ in ("oprd", "dobj") or _is_as_phrase(c)), None)
    if predicate is None:
        return None
    return within_paragraph(token.doc[predicate.left_edge.i : predicate.right_edge.i + 1], token)


def _quoted_name(token: Token) -> Span | None:
    """The object with the quoted name a naming verb gives it, wherever the parser hung the name: read as
    a modifier of the predicate ("called DNA testing “junk science”"), as a second object ("calling Trump
    a “sniveling coward”"), under a word it misread as a verb ("called such trophy hunting a “horror
    show”", "calling Monday’s drills a “stern warning”"), or after a phrase it took for the predicate
    ("calling her time as mayor “a failure …”"). A quotation in double marks is the name
    where it is the first one after the verb in its sentence, the words before it name the object (a word
    at least, no verb with a subject of its own, no comma, colon or dash: one clause), no object or
    predicate of the verb follows it (not "called Obama’s “Clean Power Plan” a disaster": the quotation is
    in the object) and the verb does not open a prepositional cue ("called for a “full inquiry”"). Only a
    quoted one: an unquoted predicate so misread is as often the verb's own object ("called the meeting a
    day later"). Only in double marks: a single one in running copy nests a quotation inside another ("“I
    never called Ann Hale 'nasty,' …" with its outer marks mistyped), where the verb is the outer
    speaker's word, not the writer's report."""
    doc, end = token.doc, token.sent.end
    marks = [t.i for t in doc[token.i + 1 : end] if t.is_quote]
    if len(marks) < 2 or doc[marks[0]].text in _SINGLE_MARKS or doc[token.i + 1].pos_ == "ADP":
        return None
    opening, closing = marks[0], marks[1]
    named = doc[token.i + 1 : opening]
    clause_break = any(t.text in _CLAUSE_BREAKS or (t.pos_ in ("VERB", "AUX") and has_subject(t)) for t in named)
    in_object = any(t.head == token and t.dep_ in _OBJECT_PREDICATES for t in doc[closing + 1 : end])
    if clause_break or in_object or not any(t.is_alpha for t in named):
        return None
    # the name runs on through a relative clause on it ("a “historic challenge” that goes “beyond politics”"),
    # to a break; not through a phrase it may be misread to hold ("a “grave provocation” to “hostile” forces")
    name = doc[opening + 1 : closing].root
    relatives = [c.right_edge.i for c in name.children if c.dep_ == "relcl" and c.i > closing]
    last = closing
    while last + 1 <= max(relatives, default=closing) and doc[last + 1].text not in _CLAUSE_BREAKS:
        last += 1
    return within_paragraph(doc[token.i + 1 : last + 1], token)


#: What a naming verb gives its object, or the object itself: one of these after a quotation makes the
#: quotation part of the object ("called Obama’s “Clean Power Plan” a disaster"), not the name given it.
_OBJECT_PREDICATES = frozenset({"dobj", "oprd", "xcomp", "ccomp", "attr", "dative"})
#: The marks that end the clause a naming verb's object is named in before a quotation could give its name.
_CLAUSE_BREAKS = frozenset({",", ";", ":", *DASHES})


def _is_as_phrase(token: Token) -> bool:
    """"as a burden", "as captured by hard-liners": the predicate of "see X as Y", whether the parser
    reads "as" as a preposition or as the marker of a clause; not a clause with its own subject ("as
    investors decide"), which tells when."""
    if token.dep_ == "prep":
        return token.lower_ == "as"
    marked = any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
    return token.dep_ == "advcl" and marked and not has_subject(token)


def object_content(token: Token) -> tuple[Span, Span] | None:
    """(cue, content) for a stance or reporting verb's object ("criticized the deal", "noted the
    attacks") or a prepositional cue's object ("called for a ban": the cue takes the preposition), with
    what the cue asks of that object ("called on [the US to act]")."""
    lemma = cue_lemma(token)
    for child in token.rights:
        reports = lemma in STANCE_VERBS or lemma in REPORTING_VERBS
        if child.dep_ == "dobj" and reports and lemma not in KNOWING_VERBS | THING_OBJECT_VERBS:
            return _support_verb(token, child) or (cue_span(token), _object_phrase(token, child))
        if child.dep_ == "prep" and child.lower_ in PREPOSITIONAL_CUES.get(lemma, ()):
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects and child.i <= token.i + 2:
                return token.doc[cue_span(token).start : child.i + 1], _object_phrase(token, objects[0])
        if (found := _for_clause(token, child)) is not None:
            return found
    return None


def _support_verb(verb: Token, obj: Token) -> tuple[Span, Span] | None:
    """(cue, content) when the verb only supports a noun of stance ("expressed concern about the cost",
    "voiced doubt that it would pass", "offered his congratulations to the winner"): verb, noun and
    preposition are the cue, what the noun is about the content."""
    if cue_lemma(verb) not in SUPPORT_VERBS:
        return None
    found = stated_content(obj, is_noun_clause, None)
    if found is None or found[1] is None:
        return None
    return verb.doc[cue_span(verb).start : found[0]], found[1]


def _for_clause(token: Token, clause: Token) -> tuple[Span, Span] | None:
    """(cue, content) for a prepositional cue whose object is a for-to clause ("called for the US to
    act", "pushed for Congress to vote"): the parser makes "for" the clause's marker, not a preposition."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.i == clause.left_edge.i]
    if clause.dep_ != "advcl" or not marks or marks[0].i > token.i + 2:
        return None
    if marks[0].lower_ not in PREPOSITIONAL_CUES.get(cue_lemma(token), ()):
        return None
    return token.doc[cue_span(token).start : marks[0].i + 1], token.doc[marks[0].i + 1 : clause.right_edge.i + 1]


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


def is_that_clause(clause: Token) -> bool:
    """A "that" clause on a noun naming an act of saying ("allegations that he lied"): without a
    possessor, only such a noun attributes its clause (to someone unnamed); a noun of belief ("the
    idea that...") names a proposition, not a report."""
    return is_noun_that_clause(clause) and clause.head.lemma_.lower() in STATEMENT_NOUNS


def is_noun_that_clause(clause: Token) -> bool:
    """Is the clause a "that" clause stating what the noun it hangs on holds ("rumors that Ford punched
    him", "its stance that the killing was lawful")?"""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and is_noun_clause(clause)


def is_noun_clause(clause: Token) -> bool:
    """Is a clause on a noun its content ("claim [that he won]", "refusal [to concede]") rather than a
    participle describing it ("comments [made in an interview]")?"""
    return clause.dep_ == "ccomp" or (clause.dep_ == "acl" and any(
        (c.dep_ == "mark" and c.lower_ == "that") or c.tag_ == "TO" for c in clause.children))


def attitude_content(adjective: Token) -> tuple[int, Span | None] | None:
    """(where the cue ends, the content) for an attitude adjective: its clause or infinitive, or the
    object of any preposition right after it, which then belongs to the cue ("critical of")."""
    return stated_content(adjective, lambda child: child.dep_ in ("ccomp", "xcomp"), None)


def stated_content(
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


def after_dateline(text: str, fragment: Offsets) -> Offsets:
    """A fragment opening on a dateline ("WASHINGTON (AP) — Officials said...") starts after it: the
    place and agency head the story, they are not what was reported."""
    found = _DATELINE.match(text, fragment[0], fragment[1])
    return (found.end(), fragment[1]) if found and found.end() < fragment[1] else fragment
