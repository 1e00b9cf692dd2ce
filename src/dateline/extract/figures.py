"""The ``dateline_figures`` component: numeric claims with their qualifier, what they count and who says so.

A figure is a cardinal number counting something ("40,223 Palestinians", "two dozen hostages"). Years,
ages, times of day, durations, ordinals and percentages of nothing are not figures; the NER marks most
of them (DATE, TIME, ORDINAL) and a time unit after a number marks the rest ("six-week", "two days").
The source comes from the attributions ``dateline_quotes`` found: the figure's sentence is their content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline.counts import figure_confidence
from dateline.extract.dates import stated_on
from dateline.extract.lexicon import QUALIFIERS, SCALES, SMALL_NUMBERS, TIME_UNITS
from dateline.extract.quotes.spans import in_prose_line, offsets, source_phrase, trim
from dateline.nlp.extensions import PARSE_ANNOTATIONS, doc_text
from dateline.records import DEFAULT_MIN_CONFIDENCE, Figure, Quote

_NOT_COUNTS = frozenset({"DATE", "TIME", "ORDINAL", "PERCENT", "MONEY"})
_DIGITS = re.compile(r"^\d[\d,]*(\.\d+)?$")
_SUBJECTS = ("nsubj", "nsubjpass")
_RATE_WORDS = frozenset({"every", "per"})
_DEFINITE = frozenset({"the", "these", "those"})
#: Verbs of evidence: their subject states a number it shows ("records show 312 patients treated", "the
#: count indicates that 1,199 died"), but not one buried in what it is a sign of ("the release indicates
#: the possibility of freeing 200 people"): there nobody claims the number.
_EVIDENCE_VERBS = frozenset({"indicate", "suggest", "signal", "show", "mean", "imply"})


@dataclass(frozen=True, slots=True)
class FigureFinder:
    """Set ``doc._.figures`` to the article's numeric claims, in text order."""

    min_confidence: float

    def __call__(self, doc: Doc) -> Doc:
        doc._.figures = [confided(f, self.min_confidence) for f in find_figures(doc, doc._.quotes or [])]
        return doc


@Language.factory("dateline_figures", requires=[*PARSE_ANNOTATIONS, "token.ent_type", "doc.ents", "doc.sents",
                                                "doc._.quotes", "doc._.timexes", "doc._.published"],
                  assigns=["doc._.figures"], default_config={"min_confidence": DEFAULT_MIN_CONFIDENCE})
def figures_component(nlp: Language, name: str, min_confidence: float) -> FigureFinder:
    """``min_confidence``: how sure a figure must be (:func:`~dateline.counts.figure_confidence`) to join a
    series and its conflicts; a less sure one is stored, outside every series."""
    return FigureFinder(min_confidence)


def confided(figure: Figure, min_confidence: float) -> Figure:
    """``figure`` with its confidence, and in no series when that is below ``min_confidence``."""
    confidence = figure_confidence(figure)
    return replace(figure, confidence=confidence, in_series=confidence >= min_confidence)


def find_figures(doc: Doc, quotes: list[Quote]) -> list[Figure]:
    """Every figure in ``doc``, sourced from ``quotes`` where an attribution covers it."""
    figures = []
    sources = [quote.source for quote in quotes if quote.source is not None]
    for number in _number_phrases(doc):
        value = number_value(number)
        describes_source = any(start <= number.start_char < end for start, end in sources)
        if value is not None and _is_count(number, value) and not describes_source:
            figures.append(_figure(doc, number, value, quotes))
    return figures


def _number_phrases(doc: Doc) -> list[Span]:
    """Maximal runs of number words and digits ("two dozen", "1.5 million", "40,223")."""
    phrases: list[Span] = []
    start = None
    for token in list(doc) + [None]:
        if token is not None and _is_number_word(token):
            start = token.i if start is None else start
            continue
        if start is not None:
            phrases.append(doc[start : token.i if token is not None else len(doc)])
            start = None
    return phrases


def _is_number_word(token: Token) -> bool:
    lower = token.lower_
    return bool(_DIGITS.match(lower)) or lower in SMALL_NUMBERS or lower in SCALES


def number_value(phrase: Span) -> float | None:
    """The number a phrase states: "two dozen" -> 24, "1.5 million" -> 1500000, "40,223" -> 40223."""
    total: float = 0.0
    current: float | None = None
    for token in phrase:
        lower = token.lower_.replace(",", "")
        if lower in SCALES:
            current = (current or 1) * SCALES[lower]
        elif lower in SMALL_NUMBERS or _DIGITS.match(lower):
            value = float(SMALL_NUMBERS.get(lower, 0) if lower in SMALL_NUMBERS else lower)
            if current is not None and current >= 100 and value < current:
                total += current
                current = value
            else:
                current = (current or 0) + value
    return None if current is None else total + current


def _is_count(number: Span, value: float) -> bool:
    """Rules out years, ages, times, durations, ordinals, money and the pronoun "one"."""
    if any(t.ent_type_ in _NOT_COUNTS for t in number):
        return False
    if number.text.lower() == "one" or (number[0].lower_ in SCALES and not _set_by_determiner(number)):
        return False
    if number.start > 0 and number.doc[number.start - 1].lower_ in _RATE_WORDS:
        return False  # "a day for every 10 hostages released" is a rate, not a count of anything
    after = number.doc[number.end : number.end + 3]
    if any(t.lower_ in TIME_UNITS for t in after[:2]) or any(t.lower_ == "old" for t in after):
        return False
    if any(t.lower_ in _RATE_WORDS for t in after):
        return False  # "60 frames per second" is a rate or a specification
    looks_like_year = len(number) == 1 and number.text.isdigit() and 1900 <= value <= 2100
    whole = value == int(value)  # "10.7 teraflop" measures; "1.5 million" is whole
    counts_a_noun = number.root.dep_ in ("nummod", "quantmod")
    if value == 0 and not counts_a_noun:
        return False  # "zero deaths" counts; "to zero in on" and a score of zero do not
    return whole and not looks_like_year and not _names_something(number) and not _refers_back(number) \
        and in_prose_line(doc_text(number.doc), number.start_char)


def _set_by_determiner(number: Span) -> bool:
    """"a dozen offerings", "the initial dozen": a scale word led by a determiner or an adjective is a
    number of its own; a bare one ("hundred" of "two hundred" cut short) is not."""
    before = number.doc[number.start - 1] if number.start > 0 else None
    return before is not None and before.pos_ in ("DET", "ADJ")


def _names_something(number: Span) -> bool:
    """Is the number part of a name rather than a count: glued to letters ("4K", "5G"), hyphened to a word
    ("Take-Two"), after a proper name ("Destiny 2", "Red Dead Redemption 2"), or a number word written with a
    capital inside a sentence ("Nine News")?"""
    doc, first, last = number.doc, number[0], number[-1]
    glued_after = number.end < len(doc) and not last.whitespace_ and doc[number.end].is_alpha
    before = doc[number.start - 1] if number.start > 0 else None
    if before is None or before.whitespace_:
        glued_before = False
    else:
        glued_before = before.is_alpha or (before.text == "-" and before.i > 0 and doc[before.i - 1].is_alpha
                                           and not doc[before.i - 1].whitespace_)
    after_name = (before is not None and before.pos_ == "PROPN" and before.ent_type_ not in _NOT_COUNTS
                  and before.text[:1].isupper())
    capitalised = first.is_alpha and first.text[:1].isupper() and first.i > number.sent.start \
        and not doc[first.i - 1].is_punct
    return glued_after or glued_before or after_name or capitalised


def _refers_back(number: Span) -> bool:
    """"the two buildings", "the three requirements": a small number spelled out after a definite
    determiner points back at a group already counted (or not counted at all), and would count it twice."""
    before = number.doc[number.start - 1] if number.start > 0 else None
    return before is not None and before.lower_ in _DEFINITE and number[0].is_alpha


def _figure(doc: Doc, number: Span, value: float, quotes: list[Quote]) -> Figure:
    sentence = number.sent
    qualifier = _qualifier(number)
    claim = _inline_claim(number)
    quote = _covering_quote(number, quotes)
    source = claim[0] if claim else _source_of(doc, quote, number)
    dated_by = quote.dated_by if quote is not None else ()
    return Figure(
        article_id=doc._.article_id,
        value=value,
        text=number.text,
        span=offsets(number),
        qualifier=qualifier,
        what=counted(number, claim[1] if claim else None),
        source=source.text if source is not None else None,
        source_span=offsets(source) if source is not None else None,
        sentence=offsets(trim(sentence) or sentence),
        date=stated_on(doc, dated_by),
        dated_by=dated_by,
    )


def _qualifier(number: Span) -> str | None:
    """"more than", "at least", "about", "nearly"... written just before the number."""
    before = number.doc[max(0, number.start - 3) : number.start].text.lower()
    for qualifier in QUALIFIERS:
        if before == qualifier or before.endswith(" " + qualifier):
            return qualifier
    return None


def counted(number: Span, predicate: Span | None = None) -> str | None:
    """What the number counts: its noun with the words that say which ones ("Palestinians killed in
    Gaza", "hostages seized on Oct. 7"); for "40 of the 240 hostages" the noun after "of", and for
    "105 of whom" the noun counted just before."""
    head = number.root
    noun: Token | None
    if head.dep_ in ("nummod", "quantmod"):
        noun, subject = head.head, head.head
    else:
        noun, subject = _of_object(head) or (_antecedent_count(head) if predicate is not None else None), head
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    words = _noun_words(noun, number)
    if subject.dep_ in _SUBJECTS:
        words += _predicate(subject.head)
    extra = [t for t in predicate if not t.is_punct] if predicate is not None else []
    return " ".join(t.text for t in words + extra)


def _of_object(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].lower_ in ("whom", "which", "them"):
                return _antecedent_count(token)
            return objects[0] if objects else None
    return None


def _antecedent_count(token: Token) -> Token | None:
    """The noun an earlier number in the sentence counts: "251 captives ...; 105 of whom"."""
    for earlier in reversed(token.doc[token.sent.start : token.i]):
        if earlier.dep_ == "nummod" and earlier.head.pos_ == "NOUN":
            return earlier.head
    return None


#: "34 of whom the military claims are dead": the tagger often reads "claims" as a noun here, so the
#: source is read off the words: "of whom|which", a short noun phrase, a reporting verb, the predicate.
_INLINE_CLAIM = re.compile(
    r"\s+of (?:whom|which|them)\s+((?:the |an? )?[\w-]+(?: [\w-]+)?)\s+"
    r"(?:claims|says|said|claimed|estimates|reports|believes)\s+((?:are|were|is|was|have been)?\s*[^,;.]*)"
)


def _inline_claim(number: Span) -> tuple[Span, Span | None] | None:
    """(source, predicate) of an inline claim right after the number, if there is one."""
    doc = number.doc
    sentence_end = number.sent.end_char
    match = _INLINE_CLAIM.match(doc_text(doc)[number.end_char : sentence_end])
    if match is None:
        return None
    base = number.end_char
    source = doc.char_span(base + match.start(1), base + match.end(1), alignment_mode="expand")
    predicate = doc.char_span(base + match.start(2), base + match.end(2), alignment_mode="expand")
    return (source, predicate) if source is not None else None


def _noun_words(noun: Token, number: Span) -> list[Token]:
    """The noun with its adjectives and reduced relative clause ("hostages seized on Oct. 7")."""
    words = [t for t in noun.lefts if t.dep_ in ("amod", "compound") and t.i >= number.end]
    words.append(noun)
    for child in noun.rights:
        if child.dep_ in ("acl", "prep") and child.lower_ != "of":
            words.extend(_until_punctuation(child))
    return words


def _until_punctuation(token: Token) -> list[Token]:
    """``token``'s subtree up to the first comma or semicolon after it: an appended clause is not part
    of the description."""
    words = []
    for word in token.subtree:
        if word.i > token.i and word.is_punct:
            break
        words.append(word)
    return words


def _predicate(verb: Token) -> list[Token]:
    """"killed in Gaza" of "have been killed in Gaza by Israel's attack": the verb and where it happened,
    without auxiliaries or the agent."""
    words = [] if verb.pos_ == "AUX" else [verb]
    for child in verb.children:
        if child.dep_ == "neg" or (child.i > verb.i and _locates(child)):
            words.extend(_until_punctuation(child))
    return sorted(words, key=lambda t: t.i)


def _locates(token: Token) -> bool:
    return token.dep_ in ("advmod", "acomp", "oprd") or (token.dep_ == "prep" and token.lower_ in ("in", "on", "at"))


def _covering_quote(number: Span, quotes: list[Quote]) -> Quote | None:
    """The attribution whose content holds the number: its source states the figure."""
    position = number.start_char
    for quote in quotes:
        if any(start <= position < end for start, end in quote.content):
            return quote
    return None


def _source_of(doc: Doc, quote: Quote | None, number: Span) -> Span | None:
    """The whole noun phrase of the attribution's source, descriptive clauses and all ("an AFP count
    based on Israeli official numbers"): for a figure, how it was counted matters."""
    if quote is None or quote.source is None or _is_sign_of_something_else(quote, number):
        return None
    span = doc.char_span(*quote.source, alignment_mode="expand")
    if span is None:
        return None
    phrase = source_phrase(span.root, drop=frozenset({"relcl"}))
    return trim(phrase) if phrase is not None else None


def _is_sign_of_something_else(quote: Quote, number: Span) -> bool:
    """Is the attribution a verb of evidence whose content is a noun phrase about something other than
    what the number counts? Then the figure honestly has no source."""
    doc = number.doc
    cue = doc.char_span(*quote.cue, alignment_mode="expand") if quote.cue else None
    content = doc.char_span(*quote.content[0], alignment_mode="expand") if quote.content else None
    if cue is None or content is None or cue.root.lemma_.lower() not in _EVIDENCE_VERBS:
        return False
    return content.root.pos_ in ("NOUN", "PROPN", "PRON") and content.root != number.root.head
