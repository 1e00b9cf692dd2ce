"""The ``dateline_figures`` component: numeric claims with their qualifier, what they count and who says so.

A figure is a cardinal number counting something ("40,223 Palestinians", "two dozen hostages"), or a range of them
("20 to 25 protesters", "30-60 per cent": one figure, its low end its value), or the occasions a word counts ("the
FBI investigated him twice"). Years, ages, times of day, durations, ordinals and percentages of nothing are not
figures; the NER marks most of them (DATE, TIME, ORDINAL) and a time unit after a number marks the rest
("six-week", "two days"). Nor are the numbers that only look like counts: scores ("6-4, 7-6"), phone numbers
("1-800-843-0008", "called 911"), names and models ("Destiny 2", "787-9", "737 MAX development"), labels ("section
232", "type 2 immune responses"), compound modifiers ("16-inch", "two-thirds"), multipliers ("10 times as many"),
the whole of a proportion ("1 in 10", "two of three", "48 of the 49 victims"), ages ("Bianca Jones, also 19,", "as
young as 14", "turns 18", "those 65 and older", "who, at 17, killed himself"), lists of guesses or items ("20, 40,
50 shots", "one, two, or three"), prices ("Rs 299"), restatements in parentheses ("300 kW (402 hp)"), street
numbers ("300 Slater Street"), arithmetic ("10^5 * 300"), list numbering and bracketed labels ("2) Training",
"Today (19)"), frequencies ("a hundred times a day"), vague multiples that state no value ("several million"), the
days and clock times the NER missed ("on 09 Jun 2009", "10 p.m.", "0200 GMT"), tallies ("a vote of 263 to 171") and
ranks ("the top 40"), the point a score, a rating, a ranking or an index stands at ("an exam score of 17", "its
ranking fell to 59"), measures ("40 pounds", "13 Celsius"), nor the numbers of an editor's note or a correction,
nor of advice or a prompt to the reader ("Think twice before you spend…"). A count of a part of a group picked
out by no event of its own ("five of the people killed") is kept below the series line: it is not comparable with
a count of the whole. A count over a period is a figure ("100 candidates every month", "223,000 per month"); a
specification ("60 frames per second") and a ratio ("10 deaths per 100,000 people") are not.
The source comes from the attributions ``dateline_quotes`` found: the figure's sentence is their content (or
goes on reporting it: "X testified that …: …", "X said that …, and that …"), and their source phrase, or their
resolved speaker, states it; so does an "according to" phrase on the number's clause that the quotes stage left
unread (one nested in another attribution's content). Each source carries a confidence from the evidence that
names it; below the line it is shown as unknown, and the name it would have been is kept for audit. Words that
stand for someone named elsewhere ("the tabloid said", "according to her campaign") name no one: they are shown
only as the name the attribution resolved them to ("the ministry" -> "Health Ministry"), else kept below the line.
An attribution is sure evidence only for the number's own clause: one in a relative clause inside an indirect
attribution's content ("officials believe the brother of the man who robbed four banks has fled")
tells of a noun, as often in the writer's words as the speaker's, and stays below the line, unless a verb of
saying proper or "according to" tags the sentence after it ("the night shift, which grew by 4,200 workers, she
said").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline.confidence import PRONOUNS
from dateline.counts import (
    DIGITS,
    SCALES,
    SMALL_NUMBERS,
    figure_confidence,
    names_event,
    names_period,
    series_key,
    stated_bounds,
    words_value,
)
from dateline.days import MONTHS, WEEKDAYS
from dateline.extract.dates import stated_on
from dateline.extract.events.arguments import is_party
from dateline.extract.lexicon import (
    AGENT_ENDINGS,
    DOCUMENT_NOUNS,
    FINDING_NOUNS,
    PERSON_TITLES,
    QUALIFIERS,
    REPORTING_VERBS,
    SAYING_VERBS,
    SECOND_PERSON,
    TIME_UNITS,
    names_person,
    person_word,
)
from dateline.extract.lines import broken_off_at_comma, line_bounds, off_paragraph_reason
from dateline.extract.quotes.content import governing_verb
from dateline.extract.quotes.cue_words import UNSPOKEN_VERBS
from dateline.extract.quotes.direct import quotation_spans
from dateline.extract.quotes.spans import according_to_objects, offsets, source_phrase, span_at, trim
from dateline.extract.quotes.speakers import QUOTATION_REPORTED, abbreviates
from dateline.nlp.extensions import PARSE_ANNOTATIONS, doc_text
from dateline.records import DEFAULT_MIN_CONFIDENCE, Figure, Offsets, Quote

_NOT_COUNTS = frozenset({"DATE", "TIME", "ORDINAL", "PERCENT", "MONEY"})
#: One token of digits: "40,223", "1.5", or a range or score written as one ("350–375").
_DIGITS = re.compile(r"^\d[\d,]*(\.\d+)?([-–]\d[\d,]*(\.\d+)?)*$")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_TENS = frozenset(word for word, value in SMALL_NUMBERS.items() if value >= 20)
_DASHES = frozenset({"-", "–", "—"})
#: Units a number spans time in, never a count: the calendar's (:data:`~dateline.extract.lexicon.TIME_UNITS`)
#: and those of a career or a history ("17 NBA seasons", "two decades", "three centuries").
_SPAN_UNITS = TIME_UNITS | {"season", "seasons", "decade", "decades", "century", "centuries"}
#: Words before "A to B" that make it a change, not a range: "rose from 20 to 25", "down by 30 to 126".
_CHANGE_WORDS = frozenset({"from", "by"})
#: Nouns after "A-B" that make it a result: "a 2-1 victory".
_RESULT_WORDS = frozenset({"win", "victory", "defeat", "loss", "lead", "record", "vote", "draw", "tie", "score"})
#: Verbs whose object is a number dialled: "called 911".
_DIAL_VERBS = frozenset({"call", "dial", "phone", "ring", "text"})
#: Emergency numbers, which name a line: "911 calls".
_EMERGENCY_NUMBERS = frozenset({"911", "999", "112"})
#: A telephone number's local part ("389-8206") and the area code in brackets just before it ("(415) ").
_LOCAL_NUMBER = re.compile(r"\d{3}[-‐–]\d{4}")
_AREA_CODE_BEFORE = re.compile(r"\(\d{3}\)\s?$")
#: The most characters :data:`_AREA_CODE_BEFORE` can match before the local number: "(415)", a space, and the
#: line end its ``$`` may stand before.
_AREA_CODE_REACH = 7
_CURRENCY_BEFORE = frozenset({"rs", "rs.", "inr", "usd", "us$", "eur", "gbp", "$", "£", "€", "¥", "₹"})
_CURRENCY_AFTER = frozenset({"dollar", "dollars", "euro", "euros", "yuan", "renminbi", "rupee", "rupees", "yen",
                             "lakh", "crore", "cents", "pence", "francs", "roubles", "rubles", "pesos"})
_ERAS = frozenset({"bc", "ad", "bce", "ce", "b.c.", "a.d."})
#: Words after a number that make it a time of day the NER missed: "10 p.m.", "4 am shifts", "2300 GMT".
_CLOCK_WORDS = frozenset({"am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "utc", "bst", "cet", "est", "edt",
                          "pst", "pdt", "et", "pt"})
#: Words after "N times" that make it a multiplier, not a count of occasions: "10 times as many cases".
_COMPARING = frozenset({"as", "more", "less", "fewer", "the", "that", "than", "higher", "lower", "larger", "bigger",
                        "what"})
#: Words that are "N times" in one: a count of occasions ("the FBI investigated him twice") or, before a
#: comparison, a multiplier ("twice as much water": :func:`_is_multiplier`). Not "once", a count of one (no
#: figure) that most often means "formerly".
_OCCASIONS = {"twice": 2, "thrice": 3}
#: Words that may stand between a name and an age in apposition: "Bianca Jones, also 19,".
_AGE_ADVERBS = frozenset({"also", "now", "aged", "age"})
#: Subjects of "be" whose bare number is an age: "Kamala was 12", "who he knew was about 10".
_PERSON_SUBJECTS = frozenset({"he", "she", "i", "who", "they", "we", "you"})
#: Words that end a street address after its number and name: "300 Slater Street", "30 Rockefeller center".
_STREET_WORDS = frozenset({"street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.", "boulevard", "blvd",
                           "blvd.", "lane", "drive", "plaza", "square", "terrace", "crescent", "center", "centre"})
_STREET_PATTERN = "|".join(re.escape(word) for word in sorted(_STREET_WORDS, key=len, reverse=True))
#: Words before a number that make it a rank or a label: "the obvious number two", "No. 3", "#1", "the top 40".
_RANK_WORDS = frozenset({"number", "no.", "#", "top"})
#: Operators of written arithmetic, around its operands: "10^5 * 300", "2^15".
_OPERATORS = frozenset({"^", "*", "**", "×"})
#: Signs that are arithmetic only when spaced between two numbers: "2^15 - 1", "40 + 2".
_SIGNS = frozenset({"+", "-", "−", "/"})
#: Words that make a scale word vague: "several million objects" states no number.
_VAGUE = frozenset({"several", "few", "many", "some", "multiple", "numerous", "countless"})
_SUBJECTS = ("nsubj", "nsubjpass")
#: Entities a source phrase names its source with ("Dagens Nyheter said", "IRCC spokesperson Jeffrey MacDonald").
_NAMING_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_RATE_WORDS = frozenset({"every", "per"})
#: Words after a rate word that make the rate a speed, a device's specification or a share rather than a count
#: of news: a period too short ("60 frames per second", "30 miles per hour"), a unit of a screen or a length
#: ("300 dots per inch"), "per cent" and "per capita".
_SPECIFICATION_PERIODS = frozenset({"second", "seconds", "sec", "minute", "minutes", "min", "hour", "hours", "hr",
                                    "pixel", "inch", "cent", "capita"})
#: Nouns that make a rate a frequency ("three times per week"), which the real-news labels take for no figure.
_FREQUENCY_NOUNS = frozenset({"time", "times"})
#: Tags of a plural noun: what a count of none counts ("zero deaths"); a singular one makes "zero" an idiom of
#: degree ("zero tolerance for dissent", "zero chance"), no count of anything.
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_DEFINITE = frozenset({"the", "these", "those"})
#: Parts of speech of a word a number can name a thing with ("Destiny 2", "iPhone 11"): not the function
#: words that start a sentence ("Some 200", "About 450", "All 14").
_NAMING_POS = frozenset({"PROPN", "NOUN", "X"})
#: Verbs of evidence: their subject states a number it shows ("records show 312 patients treated", "the
#: count indicates that 1,199 died"), but not one buried in what it is a sign of ("the release indicates
#: the possibility of freeing 200 people"): there nobody claims the number.
_EVIDENCE_VERBS = frozenset({"indicate", "suggest", "signal", "show", "mean", "imply"})
#: Units a number measures in rather than counts: a speed, a length, an area, a volume, a weight, a
#: temperature, a power or an energy ("winds at 5 to 10 mph", "350 km", "700 acres", "15 million barrels",
#: "2,300 tons", "a 95 degrees high", "3.1 GW", "355 horsepower", "71 kWh"). A claim counts people, things or
#: events; a measure is no such count, and the real-news labels leave every measure optional (on dev..dev15:
#: tons, miles, acres, barrels, square feet and miles, gigawatts, at nine outlets; on dev..dev17 all six weights
#: in pounds, at six outlets, a body's weight as often as a load's). Pounds are a weight or sterling: either way
#: no count. A review's or a recipe's readings (a laptop fan's "38 dBA", "13 Celsius",
#: "500 ml", "33 calories") are measures the same way.
_MEASURE_UNITS = frozenset({"mph", "kph", "km/h", "knots", "km", "kms", "kilometres", "kilometers", "kilometre",
                            "kilometer", "mile", "miles", "metre", "meter", "metres", "meters", "cm", "mm", "ft",
                            "feet", "foot", "inch", "inches", "yard", "yards", "acre", "acres", "hectare", "hectares",
                            "litre", "liter", "litres", "liters", "gallon", "gallons", "barrel", "barrels", "kg",
                            "kilogram", "kilograms", "gram", "grams", "ounce", "ounces", "oz", "lb", "lbs", "ton",
                            "tons", "tonne", "tonnes", "pound", "pounds", "degrees", "°", "°f", "°c", "celsius",
                            "fahrenheit", "ml", "millilitre", "millilitres", "milliliter", "milliliters", "calorie",
                            "calories", "kcal", "tablespoon", "tablespoons", "teaspoon", "teaspoons", "decibel",
                            "decibels", "db", "dba",
                            # power and energy: a plant's or an engine's capacity, a battery's charge
                            "watt", "watts", "kilowatt", "kilowatts", "megawatt", "megawatts", "gigawatt", "gigawatts",
                            "kw", "mw", "gw", "kwh", "mwh", "gwh", "twh", "hp", "bhp", "horsepower",
                            # a device's specification: its memory, resolution, clock and battery ("8 GB of RAM", "a
                            # 12 megapixel sensor", "3,000 mAh")
                            "kb", "mb", "gb", "tb", "kilobytes", "megabytes", "gigabytes", "terabytes", "megapixel",
                            "megapixels", "mp", "hz", "mhz", "ghz", "mah"})
#: Words that join the two sides of a dimension: "1920 by 1080 pixels", "a 10 x 12 room".
_DIMENSION_JOINERS = frozenset({"by", "x", "×"})
#: Singular nouns that number the steps of a scale or a series, so that a number right after one labels a step
#: ("stage four neuroblastoma", "a phase 3 trial", "level two", "in game four of the final") rather than counting
#: what follows. Not words of time ("Last week three people died"), whose number is often a count with the comma
#: left out.
_SEQUENCE_NOUNS = frozenset({"stage", "phase", "level", "grade", "category", "step", "chapter", "tier", "game"})


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
    """``figure`` with its source shown only when sure enough (else unknown, the name kept as its candidate),
    its confidence from its evidence, capped by what its words allow (a part of a group: see :func:`_figure`),
    and in no series when that is below ``min_confidence``."""
    if figure.source_confidence is not None and figure.source_confidence < min_confidence:
        figure = replace(figure, source=None, source_span=None, source_candidate=figure.source)
    confidence = min(figure.confidence, figure_confidence(figure))
    return replace(figure, confidence=confidence, in_series=confidence >= min_confidence)


def find_figures(doc: Doc, quotes: list[Quote]) -> list[Figure]:
    """Every figure in ``doc``, sourced from ``quotes`` where an attribution covers it. A number counting the
    unnamed sources of a speaker's source phrase ("according to two sources familiar with…") only says who
    spoke (:func:`_counts_unnamed_sources`); one in the subject of a stance or other attribution of no speech
    ("Eight Democrats opposed it") counts who acted, and is a figure."""
    figures = []
    sources = [quote.source for quote in quotes if quote.source is not None and quote.speech]
    for number in _number_phrases(doc):
        value = number_value(number)
        if value is not None and _is_count(number, value) and not _counts_unnamed_sources(number, sources) \
                and not _addresses_the_reader(number, quotes):
            figures.append(_figure(doc, number, value, quotes))
    return figures


#: Nouns a story names its unnamed sources by: "two officials said", "according to three people briefed on".
_SOURCING_NOUNS = frozenset({"source", "official", "person", "people", "participant", "aide", "insider", "executive",
                             "employee", "staffer", "diplomat"})


def _counts_unnamed_sources(number: Span, sources: Sequence[Offsets]) -> bool:
    """Does the number, inside a speaker's source phrase, count the unnamed sources themselves ("two people
    briefed on the trip said", "according to three senior officials", "two of the officials said")? That only
    says who spoke, and the real-news labels leave it optional. A count of a group that speaks ("two members of
    the House announced", "a letter signed by seven physicians", "the state's four caucuses have said", "16 out
    of 19 policy makers agreed") is news, and the labels count it (on dev..dev16: at eleven outlets, none left
    unlabelled)."""
    if not any(start <= number.start_char < end for start, end in sources):
        return False
    root = number.root
    counted_noun = root.head if root.dep_ in ("nummod", "quantmod") else _of_object(root)
    return counted_noun is None or counted_noun.lemma_.lower() in _SOURCING_NOUNS


def _addresses_the_reader(number: Span, quotes: list[Quote]) -> bool:
    """Is the number in a sentence of the story's own voice that tells the reader what to do, or speaks to them:
    one opening with a bare verb that is its root and has no subject ("Look closely before you hand over an old $2
    bill", "Get 2 months free"), or one that calls the reader "you" ("To become a verified seller, you must
    have two listings in your store", "Read this guide with 6 key tips … to keep your
    firm safe")? Advice, prompts and a site's pitch state no claim of the story, however long (a short
    one is furniture-shaped: :func:`_shaped_like_furniture`); a story reports in the third person. An
    imperative or a "you" inside a quote ("'Bring back our 200 girls,' they chanted", "'You'd have to get it
    right on more than 7,000 questions,' he said") is the speaker's words, and stays."""
    sentence = number.sent
    words = [t for t in sentence if not (t.is_punct or t.is_space)]
    if not words:
        return False
    imperative = words[0] == sentence.root and words[0].tag_ == "VB" \
        and not any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in sentence.root.children)
    to_the_reader = any(t.lower_ in SECOND_PERSON for t in words)
    return (imperative or to_the_reader) and _covering_quote(number, quotes) is None


def _number_phrases(doc: Doc) -> list[Span]:
    """Runs of number words and digits that state one number ("two dozen", "1.5 million", "40,223") or one
    range ("20 to 25", "30-60"): two numbers side by side ("two 120 mm rounds", "400 737 Max jets") are two."""
    phrases: list[Span] = []
    start = None
    for token in doc:
        number = _is_number_word(token)
        if number and start is not None and _continues(doc[token.i - 1], token):
            continue
        if start is not None:
            phrases.append(doc[start : token.i])
        start = token.i if number else None
    if start is not None:
        phrases.append(doc[start:])
    return [_with_fraction(phrase) for phrase in _join_ranges(phrases)]


#: Fractions that take a scale word: "half a million", "a quarter million".
_FRACTIONS = {"half": 0.5, "quarter": 0.25}


def _with_fraction(phrase: Span) -> Span:
    """The phrase with the fraction that takes its scale word ("half a million", "a quarter million", "half a
    dozen"), which :func:`number_value` reads as that part of it: the scale word alone would state the whole
    (a million guests for half a million)."""
    doc, at = phrase.doc, phrase.start - 1
    if phrase[0].lower_ not in SCALES or at < 0:
        return phrase
    if doc[at].lower_ in ("a", "an") and at > 0:
        at -= 1
    return doc[at : phrase.end] if doc[at].lower_ in _FRACTIONS else phrase


def _is_number_word(token: Token) -> bool:
    lower = token.lower_
    return bool(_DIGITS.match(lower)) or lower in SMALL_NUMBERS or lower in SCALES or lower in _OCCASIONS


def _continues(previous: Token, token: Token) -> bool:
    """Does ``token`` go on the number ``previous`` ends: a scale ("two dozen", "1.5 million") or a unit
    after tens ("twenty one")?"""
    lower = token.lower_
    return lower in SCALES or (previous.lower_ in _TENS and SMALL_NUMBERS.get(lower, 10) < 10)


def _join_ranges(phrases: list[Span]) -> list[Span]:
    """Phrases with each range made one: digits glued by dashes ("30-60", also a score "6-4" or a phone
    number "1-800-843-0008", which :func:`number_value` reads as no number), "A or B" and "between A and B"
    whose ends rise, and "A to B" but for a change ("rose from 20 to 25"): one whose ends fall is a tally
    ("by a vote of 231 to 187", "a 68 to 30 vote"), which :func:`number_value` reads as no number too."""
    joined: list[Span] = []
    for phrase in phrases:
        previous = joined[-1] if joined else None
        if previous is not None and _range_between(previous, phrase):
            joined[-1] = phrase.doc[previous.start : phrase.end]
        else:
            joined.append(phrase)
    return joined


def _range_between(low: Span, high: Span) -> bool:
    doc = low.doc
    if high.start - low.end != 1:
        return False
    separator = doc[low.end]
    if separator.text in _DASHES:
        return not low[-1].whitespace_ and not separator.whitespace_
    before = doc[low.start - 1].lower_ if low.start > 0 else ""
    word = separator.lower_
    ranged = (word == "to" and before not in _CHANGE_WORDS) or word == "or" or (word == "and" and before == "between")
    return (ranged and stated_bounds(doc[low.start : high.end].text) is not None) \
        or (word == "to" and before != "from" and _falls(low, high))


def _falls(low: Span, high: Span) -> bool:
    """Is the first number larger than the second: "231 to 187", a tally unless it is a change ("from")?"""
    first, second = stated_bounds(low.text), stated_bounds(high.text)
    return first is not None and second is not None and first[0] > second[0]


def number_value(phrase: Span) -> float | None:
    """The number a phrase states: "two dozen" -> 24, "1.5 million" -> 1500000, "40,223" -> 40223, the low end
    of a range ("20 to 25" -> 20), the occasions a word counts ("twice" -> 2), a fraction of a scale ("half a
    million" -> 500000); None for a score or a code ("24-17", "787-9", "1-800-843-0008")."""
    if (occasions := _OCCASIONS.get(phrase.text.lower())) is not None:
        return float(occasions)
    if (hyphened := _hyphened_number(phrase)) is not None:
        return hyphened
    if (fraction := _FRACTIONS.get(phrase[0].lower_)) is not None:
        whole = number_value(phrase[2:] if phrase[1].lower_ in ("a", "an") else phrase[1:])
        return fraction * whole if whole is not None else None
    bounds = stated_bounds(phrase.text)
    return bounds[0] if bounds is not None else None


def _hyphened_number(phrase: Span) -> float | None:
    """"Thirty-five states", "One-hundred candidates": number words a hyphen joins into one number (tens and a
    unit, a number and its scale), which the range reading would take for "thirty to five"."""
    words = [t for t in phrase if t.text not in _DASHES]
    if not 1 < len(words) < len(phrase) or not all(t.is_alpha for t in words):
        return None
    if not all(_continues(first, second) for first, second in itertools.pairwise(words)):
        return None
    return words_value([t.text for t in words])


def _is_count(number: Span, value: float) -> bool:
    """Rules out years, ages, times, durations, ordinals, money and the pronoun "one", and the numbers that
    only look like counts (see the module's docstring)."""
    if any(t.ent_type_ in _NOT_COUNTS for t in number) and not _dated_rate(number) \
            and not _money_without_currency(number):
        return False
    if number.text.lower() == "one" or (number[0].lower_ in SCALES and not _set_by_determiner(number)):
        return False
    if number.start > 0 and number.doc[number.start - 1].lower_ in _RATE_WORDS:
        return False  # "a day for every 10 hostages released" is a rate, not a count of anything
    after = number.doc[number.end : number.end + 3]
    if _spans_time(number) or any(t.lower_ == "old" for t in after):
        return False
    if len(after) > 0 and after[0].lower_ in _CLOCK_WORDS:
        return False  # a time of day: "10 p.m.", "0200 GMT"
    if any(t.lower_ in _RATE_WORDS for t in after) and not _counts_per_period(number):
        return False  # "60 frames per second" is a specification, "three times every week" a frequency
    looks_like_year = bool(_YEAR.match(number[0].text)) or (len(after) > 0 and after[0].lower_ in _ERAS) \
        or _shortened_year(number)
    whole = value == int(value)  # "10.7 teraflop" measures; "1.5 million" is whole
    counts_a_noun = number.root.dep_ in ("nummod", "quantmod")
    if value == 0 and not (counts_a_noun and number.root.head.tag_ in _PLURAL_TAGS):
        return False  # "zero deaths" counts; "to zero in on", a score of zero and "zero tolerance" do not
    if looks_like_year or not _looks_like_count(number):
        return False
    return whole and not _names_something(number) and not _refers_back(number) and _on_story_line(number) \
        and not _shaped_like_furniture(number.sent) and not _counts_the_page(number)


#: Apostrophes that stand for a year's century: "the '68 election", "in ’80".
_APOSTROPHES = frozenset({"'", "’", "‘"})


def _shortened_year(number: Span) -> bool:
    """"after the ’68 election", "In ’80 he married": two digits right after an apostrophe are a year with its
    century left out, which the NER does not always take for a date."""
    doc, first = number.doc, number[0]
    before = doc[number.start - 1] if number.start > 0 else None
    return before is not None and before.text in _APOSTROPHES and not before.whitespace_ \
        and len(first.text) == 2 and first.is_digit


def _counts_per_period(number: Span) -> bool:
    """Is a number before "per" or "every" a count of news over a period ("100 candidates every month", "up to
    1,000 alarms per shift", "223,000 per month", "as many as three launches per lander")? Only when the rate
    word follows the number or the words it counts, with no preposition between ("three in every ten" is a
    proportion), over a period of no number ("10 deaths per 100,000 people" is a ratio) and no specification
    (:data:`_SPECIFICATION_PERIODS`), and counts no occasions (:data:`_FREQUENCY_NOUNS`, "twice every week")."""
    doc = number.doc
    rate = next((t for t in doc[number.end : number.end + 3] if t.lower_ in _RATE_WORDS), None)
    if rate is None or rate.i + 1 >= len(doc) or number.text.lower() in _OCCASIONS:
        return False
    between = doc[number.end : rate.i]
    if any(t.pos_ in ("ADP", "PUNCT", "VERB", "AUX") or t.lower_ in _FREQUENCY_NOUNS for t in between):
        return False
    period = doc[rate.i + 1 : rate.i + 3]
    return not (period[0].like_num or any(t.lower_ in _SPECIFICATION_PERIODS for t in period))


def _dated_rate(number: Span) -> bool:
    """Is a number the NER took for a date a count over a period ("jobs growth slowed from 223,000 per month",
    where the period's word made the whole a DATE)? Only a number marked DATE alone, and only one that counts
    per period (:func:`_counts_per_period`)."""
    return all(t.ent_type_ == "DATE" for t in number) and _counts_per_period(number)


#: Signs of a currency: a sentence without one, or without a currency's name, states no sum of money.
_CURRENCY_SIGNS = frozenset("$£€¥₹")
_CURRENCY_WORDS = _CURRENCY_BEFORE | _CURRENCY_AFTER | {"pound", "pounds", "bucks"}


def _money_without_currency(number: Span) -> bool:
    """Is a number the NER took for money in a sentence that names no currency ("has installed more than 15
    million devices", "shrank from about 5 million a century ago", "passing 25 billion user interactions")? The
    tagger reads a scale word as a sum; with no currency sign or name anywhere in the sentence, the number
    counts something (the real-news labels count such numbers, on dev..dev16 at six outlets)."""
    if not all(t.ent_type_ == "MONEY" for t in number):
        return False
    sentence = number.sent
    return not any(char in _CURRENCY_SIGNS for char in sentence.text) \
        and not any(t.lower_ in _CURRENCY_WORDS for t in sentence)


#: Names of the calendar whose plural counts stretches of time ("two nice Decembers in a row", "three Sundays"):
#: the full names, not the short ones a plural could be another word of ("Mars").
_CALENDAR_NAMES = frozenset(name for name in (*MONTHS, *WEEKDAYS) if len(name) >= 4)


def _spans_time(number: Span) -> bool:
    """Does the number count stretches of time, which the real-news labels take for no figure (a duration):
    before a unit of time in its next two words ("two days", "30 min[ute]", "two full seasons"), or the plural
    of a month's or a weekday's name ("cheated out of two good Julys in a row"), or standing for the unit a
    list named at its first item and left out after it ("one year as chancellor-elect, six as chancellor and
    two as former chancellor": :func:`_elides_time_unit`)?"""
    after = number.doc[number.end : number.end + 2]
    calendar = any(t.text[:1].isupper() and t.lower_.endswith("s") and t.lower_[:-1] in _CALENDAR_NAMES
                   for t in after)
    spans = any(_leading_word(t) in _SPAN_UNITS and t.doc[t.i - 1].lower_ not in _RATE_WORDS | _DATING_WORDS
                for t in after)
    return calendar or spans or _elides_time_unit(number) or _rounds_a_time_unit(number)


#: Words that make a unit of time after a number part of a date ("145,000 last month", "11 million this year",
#: "5 million a century ago"): the number is what was counted then, not a length of time.
_DATING_WORDS = frozenset({"last", "this", "next", "that", "past", "previous", "a", "an", "the"})


def _rounds_a_time_unit(number: Span) -> bool:
    """"in the last week or two", "a year or two of unrest", "for an hour or three": a number after a unit of time
    and "or" gives a rough length of time, the unit left out after it; the parser hangs it on the unit as
    if it counted it, and the NER seldom takes it into the date."""
    doc, start = number.doc, number.start
    return start >= 2 and doc[start - 1].lower_ == "or" and _leading_word(doc[start - 2]) in _SPAN_UNITS


def _elides_time_unit(number: Span) -> bool:
    """Is a bare number (one counting no noun of its own) a conjunct of a list whose first item is a unit of time
    or counts one: "one year as chancellor-elect, six as chancellor and two as former chancellor" (the parser
    hangs "eight" on "year", "two" on "eight")? A number that counts a noun of its own ("two years and 40
    people") is no conjunct."""
    token = number.root
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    if token == number.root:
        return False
    counted_unit = token.head if token.dep_ in ("nummod", "quantmod") else token
    return counted_unit.lower_ in _SPAN_UNITS


def _on_story_line(number: Span) -> bool:
    """Whether the number stands on a paragraph of the story (:func:`~dateline.extract.lines.off_paragraph_reason`):
    not a headline, a teaser or a list of headlines, not in a post the article embeds, whose numbers are the
    post's author's, not on a line shaped like furniture an extractor that saw the page may have kept (a caption,
    a credit, a site prompt), nor on an editor's note or a correction, which reports the article's own changes
    ("EDITOR'S NOTE: the mayor revised the toll to 49, from 50"), not the story's claims, nor below an author's
    bio that closes the story."""
    return off_paragraph_reason(doc_text(number.doc), number.start_char) is None


#: Words a sentence shaped like page furniture runs to at most: a counter, a prompt, a ticker or a related
#: story's headline is a few words; a story's shortest claims have a verb ("At least 83 people were wounded").
_FURNITURE_WORDS = 8
#: Things a page counts about itself: "12 comments", "There are 30 photos", "1.2K shares".
_PAGE_COUNTERS = frozenset({"comment", "comments", "photo", "photos", "image", "images", "picture", "pictures",
                            "video", "videos", "slide", "slides", "share", "shares", "view", "views", "like",
                            "likes", "reply", "replies", "reaction", "reactions", "follower", "followers",
                            "subscriber", "subscribers"})


def _shaped_like_furniture(sentence: Span) -> bool:
    """Is the number's sentence shaped like furniture the cleaner left, whatever its line ends with: a few
    words with no verb, alone on its line (:func:`_alone_on_its_line`: "Trump's 5 biggest lies.", "AAPL 182.50
    +1.2%."), a prompt opening with a bare verb
    ("View 12 photos.", "Read 45 comments."), or a page's count of its own parts ("There are 12 comments.")?
    Such a figure is no claim of the story."""
    words = [t for t in sentence if not (t.is_punct or t.is_space)]
    if not words or len(words) > _FURNITURE_WORDS:
        return False
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in words) and _alone_on_its_line(sentence)
    return verbless or words[0].tag_ == "VB" or any(t.lower_ in _PAGE_COUNTERS for t in words)


def _counts_the_page(number: Span) -> bool:
    """Is the number on a short line holding a word a page counts itself by ("2 comments", "51 Comments", "3
    COMMENTS")? Read off the line's characters, not its sentence: the parser often cuts such a line into one
    sentence for the number and one for the noun, which leaves :func:`_shaped_like_furniture` a bare number. On
    the page splits' scrapes (to dev22), with the line rules off, such lines held 13 counters at five outlets
    (Anime News Network, AnandTech, PetaPixel, Mexico News Daily, Phoronix), and none of the tuning splits'
    labelled counts stands on one."""
    text = doc_text(number.doc)
    words = text[slice(*line_bounds(text, number.start_char))].split()
    return len(words) <= _FURNITURE_WORDS and any(word.strip(_WORD_MARKS).lower() in _PAGE_COUNTERS
                                                  for word in words)


#: Marks a word of a line may carry at its ends: "(12 comments)", "Comments:".
_WORD_MARKS = ".,:;!?()[]\"'“”‘’"


def _alone_on_its_line(sentence: Span) -> bool:
    """Does the sentence stand alone on its line, as a heading, a counter or a ticker's item does? A few words
    with no verb among other sentences of one line are a paragraph's shorthand, not furniture: a box score's
    "Kestrel 14 points." after its team's record, a column's "Then Ruiz: .244 in 310." after a sentence setting
    it up (on the tuning splits, eight labelled counts at two outlets and no unlabelled one)."""
    text = doc_text(sentence.doc)
    start, end = line_bounds(text, sentence.start_char)
    rest = text[start : sentence.start_char] + text[min(sentence.end_char, end) : end]
    return not any(char.isalnum() for char in rest)


def _looks_like_count(number: Span) -> bool:
    """False for the numbers that only look like counts: a dashed pair that counts nothing (a score, "6-4,"),
    a compound modifier, a multiplier, the whole of a proportion, an age, a number dialled, a price, a
    restatement in parentheses, a street number, arithmetic, a label, a day of the month, the last of a list
    of numbers, an idiom ("think twice")."""
    return not (_dashed_without_noun(number) or _is_compound_modifier(number) or _is_multiplier(number)
                or _is_denominator(number) or _is_age(number) or _is_dialled(number) or _is_price(number)
                or _restates(number) or _in_address(number) or _in_arithmetic(number) or _is_label(number)
                or _is_day_of_month(number) or _ends_a_list_of_numbers(number) or _is_measure(number)
                or _in_idiom(number) or _bounds_a_scale(number) or _values_a_score(number))


#: How near a number stands to the scale it bounds in the parse: "a scale of one (low) to seven (high)" hangs
#: "seven" on the parenthesis' word, that on "to", and "to" on "scale".
_SCALE_REACH = 3


def _bounds_a_scale(number: Span) -> bool:
    """"rate it on a scale of one to seven", "two stars out of a possible four": an end of the scale a rating
    is given on counts nothing; the rating is a position on it, not a count either."""
    doc, start = number.doc, number.start
    on_scale = any(head.lemma_.lower() == "scale" for head in itertools.islice(number.root.ancestors, _SCALE_REACH))
    out_of_possible = start >= 4 and [t.lower_ for t in doc[start - 4 : start]] in (
        ["out", "of", "a", "possible"], ["out", "of", "a", "maximum"])
    return on_scale or out_of_possible


#: Nouns whose value is a point on a scale, not a count of anything: a test's, a benchmark's or a chart's score, a
#: rating, a ranking, an index, a survey's reading.
_SCALE_NOUNS = frozenset({"score", "rating", "ranking", "rank", "index", "reading", "grade", "gpa"})
#: Prepositions that give such a noun its value: "a score of 17", "its ranking fell to 59", "rose from 1840".
_VALUE_PREPOSITIONS = frozenset({"of", "to", "from", "at"})


def _values_a_score(number: Span) -> bool:
    """"an exam score of 17", "air monitors hit ratings of 640", "the outage dropped the site's ranking to 73",
    "the laptop's scores rose from 1840 to 2260": a bare number that is the value of a score, a rating, a
    ranking or an index is a point on its scale, not a count; the real-news labels never count one (on
    dev..dev17: an ACT score of 17 at a local paper, optional, a site's traffic ranking at a magazine, left
    unlabelled), and a review's benchmark scores and an air-quality index's readings are the same. Not a
    number that counts a noun ("the scores of 40 students"), which is no object of the preposition."""
    root = number.root
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ not in _VALUE_PREPOSITIONS:
        return False
    holder = preposition.head
    if holder.pos_ in ("VERB", "AUX"):
        return any(child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.lemma_.lower() in _SCALE_NOUNS
                   for child in holder.children)
    return holder.lemma_.lower() in _SCALE_NOUNS


#: Idioms a number word ends, by the lemma of the word before it: "think twice before tweeting" (caution).
_IDIOMS = frozenset({("think", "twice")})


def _in_idiom(number: Span) -> bool:
    """"the governor might want to think twice before posting", "makes other officers think twice about speaking
    up": an idiom, on any outlet, that counts no occasions."""
    before = number.doc[number.start - 1] if number.start > 0 else None
    return before is not None and (before.lemma_.lower(), number.text.lower()) in _IDIOMS


def _is_measure(number: Span) -> bool:
    """"Winds WSW at 5 to 10 mph", "about 220 miles", "8 GB of RAM", "87 square miles": a number before a unit
    of measure (:data:`_MEASURE_UNITS`), or before a word that squares or cubes one, is a speed, a distance, an
    area, a weight or a specification, not a count; so is either side of a dimension (:func:`_in_dimension`)."""
    doc = number.doc
    unit = number.end + (number.end < len(doc) and doc[number.end].lower_ in _POWERS_OF_UNITS)
    return (unit < len(doc) and doc[unit].lower_ in _MEASURE_UNITS) or _in_dimension(number) \
        or _measures_a_share(number)


#: Words that make "points" a unit of a share: "3 percentage points", "30 basis points".
_SHARE_POINTS = frozenset({"percentage", "percent", "basis"})


def _measures_a_share(number: Span) -> bool:
    """"a lead cut by 3 percentage points", "a fee of 30 basis points": a change or a margin in a share is
    a measure of a percentage, which the NER leaves unmarked when "points" follows; the real-news labels take
    every one of them for optional, as they take percentages (on dev..dev16: at five outlets)."""
    unit = number.doc[number.end : number.end + 2]
    return len(unit) == 2 and unit[0].lower_ in _SHARE_POINTS and unit[1].lemma_.lower() == "point"


#: Words that make an area or a volume of the unit after them ("1,800 square feet", "a hundred thousand square
#: kilometres", "40 cubic metres"), or say which system its unit is of ("2,500 metric tons").
_POWERS_OF_UNITS = frozenset({"square", "sq", "sq.", "cubic", "metric"})


def _in_dimension(number: Span) -> bool:
    """"A screen of 1920 by 1080 pixels", "a 10 x 12 room": two numbers in digits joined by "by" or "x" are the
    sides of a size or a resolution. Not a number "by" a year or a time ("300 by 2020", "40 by 5 p.m."), which
    says when the count was reached."""
    doc = number.doc
    if number.end + 1 < len(doc) and doc[number.end].lower_ in _DIMENSION_JOINERS:
        return _is_digits(number[-1]) and _is_side(doc[number.end + 1])
    return number.start >= 2 and doc[number.start - 1].lower_ in _DIMENSION_JOINERS \
        and _is_digits(doc[number.start - 2]) and _is_side(number[0])


def _is_digits(token: Token) -> bool:
    return bool(DIGITS.match(token.text))


def _is_side(token: Token) -> bool:
    """Is ``token`` a number in digits that no year, date or time claims: the second side of a dimension?"""
    return _is_digits(token) and not _YEAR.match(token.text) and token.ent_type_ not in _NOT_COUNTS


def _ends_a_list_of_numbers(number: Span) -> bool:
    """"I heard 10, 20, 30 shots", "pitches that missed zones one, two, or three": a number after a comma
    and another bare number (a third item before them when an "or" or "and" joins it) closes a list of guesses
    or of items, and states no count of its own (the NER takes the first of them for a date as often as not).
    A year or a day of a month before the comma ("In 2019, 50 people died", "On March 5, 12 people") is no
    such list."""
    doc, start = number.doc, number.start
    if start > 4 and doc[start - 1].lower_ in ("or", "and"):
        if doc[start - 4].text != ",":  # "one, two, or three"; "killed 12, and 40 others were hurt" is two counts
            return False
        start -= 1
    if start < 2 or doc[start - 1].text != ",":
        return False
    before = doc[start - 2]
    after_month = start > 2 and doc[start - 3].lower_.rstrip(".") in MONTHS
    return _is_number_word(before) and not _YEAR.match(before.text) and not after_month


def _leading_word(token: Token) -> str:
    """The letters a token starts with: "min" of "min[ute"."""
    found = re.match(r"[a-z]+", token.lower_)
    return found.group(0) if found else ""


def _dashed_without_noun(number: Span) -> bool:
    """"30-60 per cent", "30-600 MW" are ranges of something; "6-3, 7-6" and "At 4-7," are scores."""
    if not any(t.text in _DASHES or any(d in t.text for d in "-–") for t in number):
        return False
    following = number.doc[number.end] if number.end < len(number.doc) else None
    return following is None or not following.is_alpha or following.lower_ in _RESULT_WORDS


def _is_compound_modifier(number: Span) -> bool:
    """"16-inch", "14-story", "two-thirds", "five-and-a-half": glued to a word by a hyphen, the number makes
    an adjective or a fraction, not a count. Not one glued to a word for a person ("a three-judge panel", "a
    53-member majority", "a six-person commission"): that says how many people a body holds, which the
    real-news labels count (on dev..dev16: at six outlets)."""
    doc = number.doc
    if number.end + 1 >= len(doc) or number[-1].whitespace_:
        return False
    hyphen, word = doc[number.end], doc[number.end + 1]
    return hyphen.text in _DASHES and not hyphen.whitespace_ and word.is_alpha and not _counts_people(word)


def _counts_people(word: Token) -> bool:
    """Is ``word`` a person's or a member's noun ("judge", "member", "man", "person", "justice")?"""
    lemma = word.lemma_.lower()
    return person_word(lemma) or lemma in PERSON_TITLES or lemma == "member"


def _is_multiplier(number: Span) -> bool:
    """"10 times as many cases", "three times the size", "twice as much water", "more than twice what homes go
    for", "twice its size": a factor, not a count of occasions ("met six times", "arrested twice", "arrested
    twice as an adult": an "as" before no adjective or adverb says in what role); nor is "a hundred times a
    day", a frequency."""
    doc = number.doc
    comparison = number.end if number.text.lower() in _OCCASIONS else number.end + 1
    if comparison >= len(doc) or (comparison > number.end and doc[number.end].lower_ != "times"):
        return False
    following = doc[comparison]
    after = doc[comparison + 1] if comparison + 1 < len(doc) else None
    frequency = following.lower_ in ("a", "an", "per", "each", "every") and after is not None \
        and after.lower_ in _SPAN_UNITS
    role = following.lower_ == "as" and (after is None or after.pos_ not in ("ADJ", "ADV"))
    return frequency or (following.lower_ in _COMPARING and not role) or following.tag_ in ("JJR", "RBR", "PRP$")


def _is_denominator(number: Span) -> bool:
    """The whole of a proportion: "1 in 10", "two of three requirements", "one night out of 17", "48 of the 49
    victims"."""
    doc, start = number.doc, number.start
    if start < 2:
        return False
    before, word = doc[start - 2], doc[start - 1].lower_
    if word in ("in", "of") and before.like_num:
        return not _whole_of_one(number)
    if word == "of" and before.lower_ == "out":
        return any(t.like_num for t in doc[max(number.sent.start, start - 5) : start - 2])
    return _whole_of_a_counted_part(number)


def _whole_of_a_counted_part(number: Span) -> bool:
    """"35 of the 36 victims had been named", "five of the 10 Democrats on stage", "18 of her career-high
    33 points": the whole a counted part is taken from, named after the part's "of" with a determiner or a
    possessive, is the set the part is counted in, one count with it (the real-news labels give the phrase the
    part's value, at five outlets of dev..dev9), not a claim of its own. A whole that an event of its own picks
    out ("40 of the 240 hostages seized on Oct. 7") is a count of that event, and stays; so does the whole of a
    part that is no count ("half of the 49 clubgoers", "one of the five employees")."""
    noun = number.root.head
    if number.root.dep_ != "nummod" or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    part = noun.head.head
    if not part.like_num or part.lower_ in _SINGLE_PARTS:
        return False
    return not any(names_event(word) for word in (counted(number) or "").split())


#: Words for a part of a group that count nothing themselves: "one of seven districts", "none of the three".
_SINGLE_PARTS = frozenset({"one", "none"})


def _whole_of_one(number: Span) -> bool:
    """"one of seven in the Golden State", "None of the three entered pleas", "one of the five employees who
    died": the part ("one", "none") states no count of its own, so the whole is the number the writer gives
    (and the real-news labels take it, in every tuning split), unlike "two of three requirements", whose
    part is the count. A determiner or a possessive may stand between ("one of her seven divorces")."""
    words = [t for t in number.doc[max(number.sent.start, number.start - 3) : number.start] if not t.is_space]
    if words and words[-1].pos_ in ("DET", "PRON") and words[-1].lower_ != "of":
        words.pop()
    return len(words) >= 2 and words[-1].lower_ == "of" and words[-2].lower_ in _SINGLE_PARTS


def _is_age(number: Span) -> bool:
    """"Bianca Jones, also 19, died", "Christopher Tays, 32, of Franklin", "Daniel Simmons, 74; Cynthia Hurd",
    "Kamala was 12 in 1976", "aged 9", "as young as 14", "who turns 18 in three days", "those 65 and older",
    "who, at 17, killed himself", "detaining anyone under 18"."""
    doc, start = number.doc, number.start
    previous = [t for t in doc[max(0, start - 3) : start]]
    if previous and previous[-1].lower_ in ("aged", "age"):
        return True
    if [t.lower_ for t in previous] in (["as", "young", "as"], ["as", "old", "as"]):
        return True
    bare = number.root.dep_ not in ("nummod", "quantmod")
    if bare and number.root.head.lemma_.lower() == "turn" and number.root.head.i < start:
        return True
    if bare and (_bounds_an_age(number) or _a_persons_age_at(number)):
        return True
    while previous and previous[-1].lower_ in _AGE_ADVERBS:
        previous.pop()
    closed = number.end >= len(doc) or doc[number.end].text in (",", ")", ";") or doc[number.end].is_sent_end
    if len(previous) >= 2 and previous[-1].text == "," and previous[-2].pos_ == "PROPN" and closed:
        return True
    head = number.root.head
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if not subjects and head.dep_ == "ccomp":  # "who he knew was about 10": the parser hangs "who" on "knew"
        subjects = [c for c in head.head.children if c.lower_ == "who"]
    return number.root.dep_ in ("attr", "acomp") and head.lemma_ == "be" and bool(subjects) \
        and (subjects[0].pos_ == "PROPN" or subjects[0].lower_ in _PERSON_SUBJECTS)


#: Words that open an age's open end after its number: "65 and older", "children 12 and under".
_AGE_BOUNDS = frozenset({"older", "younger", "over", "under", "up"})
#: Prepositions a person's age follows with no noun: "at 17, he left", "anyone under 18".
_AGE_PREPOSITIONS = frozenset({"at", "under", "over"})
#: Pronouns that stand for people whatever their number, whose bare number is an age ("anyone under 18").
_PERSON_PRONOUNS = _PERSON_SUBJECTS | frozenset({"anyone", "anybody", "everyone", "everybody", "someone",
                                                 "somebody", "those", "him", "her", "them"})


def _bounds_an_age(number: Span) -> bool:
    """"adults 65 and older", "those 18 or over": a bare number with an open end is a bound on an age, the
    way surveys and laws class people; a count is never "N and older"."""
    after = [t.lower_ for t in number.doc[number.end : number.end + 2]]
    return len(after) == 2 and after[0] in ("and", "or") and after[1] in _AGE_BOUNDS


def _a_persons_age_at(number: Span) -> bool:
    """"a prodigy who enrolled in college at 16", "Pulling, who, at 17, killed himself", "holding anyone under
    18": a bare number after "at", "under" or "over" that belongs to a person (it follows or qualifies a
    person's name or a pronoun for people, or the clause it sits in has one as its subject) is that person's
    age, not a count; a number a thing stands at ("the count stands at 313") is a count. A common noun for
    people ("players over 30") is not read so."""
    preposition = number.root.head
    if number.root.dep_ != "pobj" or preposition.lower_ not in _AGE_PREPOSITIONS or preposition.i == 0:
        return False
    owner = preposition.head
    subjects = [c for c in owner.children if c.dep_ in _SUBJECTS]
    return _is_person(owner) or _is_person(preposition.nbor(-1)) \
        or (owner.pos_ in ("VERB", "AUX") and bool(subjects) and _is_person(subjects[0]))


def _is_person(token: Token) -> bool:
    """Does the word stand for a person: a person's name or a pronoun for people?"""
    return token.ent_type_ == "PERSON" or token.lower_ in _PERSON_PRONOUNS


def _is_day_of_month(number: Span) -> bool:
    """"on 12 Jun 2009", "Monday, 9 March", "June 12": a day next to a month's name is a date the NER missed
    (a comment's or an update's time stamp most often), not a count. So is one written in a full date whose
    year stands beside it: a month's name in lower case before the day and the year after it ("Tuesday, may
    10, 2022": "may" alone is most often the verb), or the year and the month of a date in figures before it
    ("2025-07- 8"). On the tuning splits' scrapes, with the line rules off, webinar and byline stamps of these
    shapes were read as counts at two outlets (Fierce Pharma, Notebookcheck)."""
    doc, first = number.doc, number[0]
    if len(number) != 1 or not first.is_digit or not 1 <= int(first.text) <= 31:
        return False
    neighbours = [doc[i] for i in (number.start - 1, number.end) if 0 <= i < len(doc)]
    if any(t.text[:1].isupper() and t.lower_.rstrip(".") in MONTHS for t in neighbours):
        return True
    text = doc_text(doc)
    before, after = text[max(0, number.start_char - _DATE_REACH) : number.start_char], text[number.end_char :]
    month_before = number.start > 0 and doc[number.start - 1].lower_.rstrip(".") in MONTHS
    return (month_before and _YEAR_AFTER.match(after) is not None) or _YEAR_MONTH_BEFORE.search(before) is not None


#: A year after a day, past its comma: "may 10, 2022".
_YEAR_AFTER = re.compile(r",?\s*(1[89]|20)\d\d\b")
#: The year and the month of a date in figures, before its day: "2025-07-", "2025/7/".
_YEAR_MONTH_BEFORE = re.compile(r"\b(1[89]|20)\d\d([-/])\d{1,2}\2\s?$")
#: The most characters :data:`_YEAR_MONTH_BEFORE` can match: four of the year, two of the month, two marks, a space.
_DATE_REACH = 9


def _is_dialled(number: Span) -> bool:
    """"called 911", "dial 999", "911 calls", "a 911 dispatcher", "at (415) 389-8206": a number dialled names a
    line, and so does an emergency number before a call or a single thing (a count of 911 would count things,
    plural), and a local number after its area code in brackets, which the range reading would take for "389
    to 8206"."""
    root = number.root
    if root.dep_ == "dobj" and root.head.lemma_.lower() in _DIAL_VERBS:
        return True
    if _LOCAL_NUMBER.fullmatch(number.text) and _AREA_CODE_BEFORE.search(
            number.doc.text[max(0, number.start_char - _AREA_CODE_REACH) : number.start_char]):
        return True
    following = number.doc[number.end] if number.end < len(number.doc) else None
    return number.text in _EMERGENCY_NUMBERS and following is not None \
        and (following.lemma_.lower() == "call" or following.tag_ == "NN")


def _is_price(number: Span) -> bool:
    """"Rs 299", "176 Hong Kong dollars", "Rs 25 lakh": a price the NER did not mark as money."""
    doc = number.doc
    if number.start > 0 and doc[number.start - 1].lower_ in _CURRENCY_BEFORE:
        return True
    for token in doc[number.end : number.end + 3]:
        if token.lower_ in _CURRENCY_AFTER:
            return True
        if token.pos_ != "PROPN":
            return False
    return False


def _in_address(number: Span) -> bool:
    """"300 Slater Street", "30 Rockefeller center", and "300 Slater" once the article has named the street:
    the number of a building names a place."""
    doc = number.doc
    name = list(itertools.takewhile(lambda t: t.is_alpha and t.text[:1].isupper() and t.lower_ not in _STREET_WORDS,
                                    doc[number.end : number.end + 3]))
    if not name:
        return False
    after = doc[name[-1].i + 1] if name[-1].i + 1 < len(doc) else None
    if after is not None and after.lower_ in _STREET_WORDS:
        return True
    words = r"\s+".join(re.escape(t.text) for t in name)
    return re.search(rf"\b{words}\s+(?:{_STREET_PATTERN})(?!\w)", doc_text(doc), re.IGNORECASE) is not None


def _in_arithmetic(number: Span) -> bool:
    """"10^5 * 300 = 30,000,000 lists", "2^15 - 1": the operands of a calculation are written out to reach
    its result; only the result (after "=") may count something. A spaced plus or minus between two numbers
    is arithmetic too ("- 1"); a glued dash is a range ("30-60")."""
    doc = number.doc
    before = doc[number.start - 1] if number.start > 0 else None
    after = doc[number.end] if number.end < len(doc) else None
    if (before is not None and before.text in _OPERATORS) or (after is not None and after.text in _OPERATORS):
        return True
    spaced_before = before is not None and before.text in _SIGNS and before.i > 0 and doc[before.i - 1].like_num \
        and before.whitespace_ != ""
    spaced_after = after is not None and after.text in _SIGNS and after.i + 1 < len(doc) and doc[after.i + 1].like_num \
        and after.whitespace_ != ""
    return spaced_before or spaced_after


def _is_label(number: Span) -> bool:
    """"2) Training Scholarships", "1. Apply", "(2) you consent", "Today (19),": a number that opens a line
    before a bracket or a stop numbers a list item, and one alone in brackets is a label, a reference or a
    day of the month; neither counts anything."""
    doc = number.doc
    before = doc[number.start - 1] if number.start > 0 else None
    after = doc[number.end] if number.end < len(doc) else None
    if after is None or after.text not in (")", "."):
        return False
    text = doc_text(doc)
    opens_line = text[: number.start_char].rstrip(" \t(")[-1:] in ("", "\n")
    return opens_line or (before is not None and before.text == "(" and after.text == ")")


def _restates(number: Span) -> bool:
    """"300 kW (402 hp)", "7-6 (5)": a number in parentheses right after a number and its unit restates or
    details it (a conversion, a tie-break), and counts nothing new."""
    doc, start = number.doc, number.start
    if start < 2 or doc[start - 1].text != "(":
        return False
    return any(t.like_num for t in doc[max(0, start - 3) : start - 1])


def _set_by_determiner(number: Span) -> bool:
    """"a dozen offerings", "the initial dozen": a scale word led by a determiner or an adjective is a
    number of its own; a bare one ("hundred" of "two hundred" cut short) is not, nor one led by a vague
    word ("several million", "a few thousand"), whose value nobody states."""
    before = number.doc[number.start - 1] if number.start > 0 else None
    return before is not None and before.pos_ in ("DET", "ADJ") and before.lower_ not in _VAGUE


def _names_something(number: Span) -> bool:
    """Is the number part of a name rather than a count: glued to letters ("4K", "5G"), hyphened to a word or
    a code on either side ("Take-Two", "SB20-221", a school class "5-1A"), after a name or a capitalised noun
    ("Destiny 2", "iPhone 11", "Article 5"), a noun it labels ("type 2 diabetes": :func:`_labels_a_noun`) or a
    word of rank ("the obvious number two", "No. 3"), right after another number ("400 737 Max jets"), or a
    number word written with a capital inside a sentence ("Nine News"), inside a title (:func:`_in_a_title`),
    or before a model's name (:func:`_names_a_model`) or opening a product's (:func:`_opens_a_name`)?"""
    doc, first, last = number.doc, number[0], number[-1]
    glued_after = number.end < len(doc) and not last.whitespace_ and (
        doc[number.end].is_alpha or _hyphened_to_code(doc[number.end]))
    before = doc[number.start - 1] if number.start > 0 else None
    if before is None or before.whitespace_:
        glued_before = False
    else:
        glued_before = before.is_alpha or (before.text == "-" and before.i > 0 and _has_letters(doc[before.i - 1])
                                           and not doc[before.i - 1].whitespace_)
    # a name's number ("Destiny 2") is never a word of occasions ("the FBI investigated Mateen twice")
    after_name = first.lower_ not in _OCCASIONS and before is not None and not _in_a_stat_line(number) and (
        (before.pos_ in _NAMING_POS and before.ent_type_ not in _NOT_COUNTS and any(c.isupper() for c in before.text))
        or _is_number_word(before) or before.lower_ in _RANK_WORDS or _after_a_capitalised_word(number))
    capitalised = first.is_alpha and first.text[:1].isupper() and first.i > number.sent.start \
        and not doc[first.i - 1].is_punct
    return glued_after or glued_before or after_name or capitalised or _in_a_title(number) \
        or _labels_a_noun(number) or _names_a_model(number) or _opens_a_name(number)


#: Marks that may stand inside a player's name in a box score: "Bean-Laing", "O'Hara".
_NAME_JOINERS = frozenset({"-", "'", "’"})
#: Marks a box score's tally may follow in place of a sentence start: the team's colon, the stop of the tally
#: before it where the parser ran two tallies into one sentence.
_TALLY_OPENERS = (":", ".", ";")


def _in_a_stat_line(number: Span) -> bool:
    """Is the number a player's tally in a box score's line ("Tilda Brannock 25 points.", "Ostervale (3-0): Rook
    Amsel 3 goals, 1 assist.")? A name that opens the sentence (or follows its colon, or a tally's stop the
    parser ran on past) and a plural noun that ends it (or a comma or "and" before the next tally's number)
    make the number a count of what the player did, not the number of a named thing ("Destiny 2", "Local 90"),
    which never stands alone so between a sentence's start and its end."""
    doc, sentence = number.doc, number.sent
    at = number.start - 1
    while at >= sentence.start and (doc[at].text[:1].isupper() or doc[at].text in _NAME_JOINERS):
        at -= 1
    named = at < number.start - 1 and (at < sentence.start or doc[at].text.endswith(_TALLY_OPENERS))
    noun = doc[number.end] if number.end < sentence.end else None
    if not named or noun is None or noun.tag_ not in _PLURAL_TAGS:
        return False
    rest = [t for t in doc[noun.i + 1 : min(noun.i + 3, sentence.end)] if not t.is_space]
    return not rest or rest[0].text in (".", ";", "!") or (
        rest[0].lower_ in (",", "and") and len(rest) > 1 and rest[1].like_num)


def _after_a_capitalised_word(number: Span) -> bool:
    """"But Local 90 members", "members of Local 90" and "Local 90, based in …" where the article writes
    "Local 90" inside a sentence elsewhere: a word with a capital inside a sentence names what the number
    numbers, whatever part of speech the tagger gives it (an adjective for "Local" before a number). At the
    start of a sentence or after a mark that may open one, the capital may be the sentence's, so only the
    article's own use of the same words inside a sentence tells."""
    doc = number.doc
    before = doc[number.start - 1] if number.start > 0 else None
    if before is None or not before.is_alpha or not before.text[:1].isupper() or before.ent_type_ in _NOT_COUNTS:
        return False
    return _capitalised_inside_sentence(before) or any(
        _capitalised_inside_sentence(word) and word.text == before.text and doc[word.i + 1].text == number[0].text
        for word in doc[: len(doc) - 1] if word.i != before.i)


def _capitalised_inside_sentence(word: Token) -> bool:
    """Is ``word`` written with a capital where only a name takes one: inside its sentence, after a word, and
    not a function word (an article or a preposition capitalised there is a title's: :func:`_in_a_title`)?"""
    return word.text[:1].isupper() and word.i > word.sent.start and not word.doc[word.i - 1].is_punct \
        and word.pos_ not in _FUNCTION_POS


def _hyphened_to_code(hyphen: Token) -> bool:
    """Is ``hyphen`` glued between the number before it and a code of letters and digits after it ("5-1A",
    a school's class in a results list)? A word after the hyphen ("16-inch") is a compound modifier's
    (:func:`_is_compound_modifier`), and a tally's words go on past the code ("20-of-24 passing", "the 5-to-4
    decision")."""
    doc = hyphen.doc
    code = doc[hyphen.i + 1] if hyphen.i + 1 < len(doc) else None
    return hyphen.text == "-" and not hyphen.whitespace_ and code is not None and code.text.isalnum() \
        and _has_letters(code) and any(c.isdigit() for c in code.text)


#: Parts of speech that prose writes in lower case inside a sentence, and a title capitalises: "40 Under 40",
#: "The 7 Habits of Highly Effective People".
_FUNCTION_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ"})


def _in_a_title(number: Span) -> bool:
    """Is the number inside the title of a work, a list or an award ("named a 40 Under 40 Award recipient",
    "keeping The 4 Agreements of a Calm Mind on her desk"): next to a preposition, an
    article or a conjunction written with a capital inside its sentence, which only a title does? Not one
    that opens a sentence or follows a mark that may open one ("… said: “The 12 men …"), where a capital is
    the sentence's."""
    doc = number.doc
    neighbours = [doc[i] for i in (number.start - 1, number.end) if number.sent.start < i < len(doc)]
    return any(word.pos_ in _FUNCTION_POS and word.text[:1].isupper() and not doc[word.i - 1].is_punct
               for word in neighbours)


def _has_letters(token: Token) -> bool:
    """A word or a code of letters and digits ("Take", "SB20", "DDR4"): what a hyphen joins a name's number to
    ("Take-Two", a bill "SB20-221", a memory "DDR4-2400")."""
    return any(c.isalpha() for c in token.text)


def _names_a_model(number: Span) -> bool:
    """"comments on 737 MAX development", "the phase 3 METEOR trial": digits before a word in capitals, in a
    phrase whose noun is singular, are the number of a model or a name; a count stands before a plural ("25
    PMET employees", "32 NAND flash packages")."""
    doc, root = number.doc, number.root
    following = doc[number.end] if number.end < len(doc) else None
    capitals = following is not None and len(following.text) > 1 and following.text.isalpha() \
        and following.text.isupper()
    return capitals and number[-1].is_digit and root.dep_ == "nummod" and root.head.tag_ == "NN" \
        and root.head.i > number.end


#: Relations that hang a noun on a later one in the same phrase: the later one is what a number before both
#: counts ("50 University of Ostervale alumni", "700,000 Deferred Action recipients").
_NOUN_MODIFIERS = frozenset({"compound", "nmod", "amod"})


def _opens_a_name(number: Span) -> bool:
    """"Her new scents, 88 Noir Intense and 88 Noir Blanc": digits before a run of capitalised words that ends
    in a singular noun are the first word of a product's or an edition's name, not a count, since a count
    above one takes a plural ("41,500 National Guardsmen", "50 University of Ostervale alumni", which the
    parser hangs on "University" though it counts the alumni after it). On the tuning pages no labelled count
    stands so, and a fragrance page of dev19 read two such names as counts."""
    doc, root = number.doc, number.root
    if not number[-1].is_digit or root.dep_ != "nummod" or number.end >= len(doc) \
            or not doc[number.end].text[:1].isupper():
        return False
    noun = root.head
    while noun.dep_ in _NOUN_MODIFIERS and noun.head.i > noun.i:
        noun = noun.head
    words = [t for t in doc[number.end : noun.i + 1] if t.is_alpha]
    return noun.i >= number.end and noun.tag_ in ("NN", "NNP") and not _written_plural(noun) \
        and all(t.text[:1].isupper() for t in words)


def _written_plural(noun: Token) -> bool:
    """Does ``noun`` end as an English plural does ("Guardsmen", "Series")? The tagger reads many a plural
    inside a name as a singular proper noun; such a word is taken for a plural, so that the number stays a
    count."""
    return noun.lower_.endswith(("s", "men"))


#: Singular nouns that say what kind of count follows them rather than being labelled by it: "a record 2,000
#: people", "a total 50 victims".
_COUNT_NOUNS = frozenset({"record", "total", "maximum", "minimum", "average"})


def _labels_a_noun(number: Span) -> bool:
    """"restoring section 232 tariffs", "so-called type 2 immune responses", "cells called group 2": a number
    right after a singular common noun, modifying that noun or what that noun modifies, names one of its
    kind (a section, a type, a group), as "Article 5" does with a capital; a count stands before what it
    counts. A label is written in digits; a number word there, or one before "of", is a count the parser
    hung on the noun before it where a comma was left out ("At the trial three of her accusers gave
    testimony"), and so is a number after a noun the parser made an adjective of the same plural ("Inside the
    building 40 workers were trapped"; but "Active shooter 888 Bestgate"). A number, word or digits, after a
    step of a scale or a series labels the step, "of" after it or not ("stage four neuroblastoma", "game four of
    the final": :func:`_numbers_a_step`). Not a noun that
    qualifies the count ("a record 2,000 people": :data:`_COUNT_NOUNS`)."""
    doc = number.doc
    if number.start == 0:
        return False
    noun, root = doc[number.start - 1], number.root
    if _numbers_a_step(noun):
        return True
    if number.end < len(doc) and doc[number.end].lower_ == "of":
        return False
    if not number[0].is_digit:
        return False
    if noun.tag_ != "NN" or noun.lower_ in _COUNT_NOUNS:
        return False
    if root.head == noun:
        return True
    shared = noun.head == root.head
    return shared and (noun.dep_ in ("nmod", "compound") or (noun.dep_ == "amod" and root.head.tag_ != "NNS"))


def _numbers_a_step(noun: Token) -> bool:
    """Is ``noun`` a step of a scale that the number after it labels ("stage four", "a phase 3 trial"): one of
    :data:`_SEQUENCE_NOUNS`, singular, led by no determiner that picks one out ("At this stage 40 people had
    left", "the next phase 200 troops"), where the number counts with a comma left out?"""
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    picked = before is not None and before.pos_ == "DET" and before.lower_ not in ("a", "an")
    return noun.lower_ in _SEQUENCE_NOUNS and noun.tag_ == "NN" and not picked


def _refers_back(number: Span) -> bool:
    """"the two buildings", "the two men", "the two": "two" spelled out after a definite determiner points
    back at a pair the story named member by member ("Trump and Abe … the two leaders"), and counts nothing
    new (the real-news labels take it as optional); so does one standing for its noun after "the" and an
    adjective ("linking it to the earlier two"). Not a pair its noun's own clause or phrase picks out ("the two
    officers who pushed him", "the two center fielders on the roster": :func:`_restricted_after`), which is
    new to the reader, unless the last sentences gave that count of that noun already
    (:func:`_stated_just_before`). A larger group after "the" ("the three other officers", "the five dead",
    "the ten local authority areas") is seldom named one by one: the number is how the story counts it, and
    the real-news labels count it (on the text of dev..dev13, session 24: 25 labelled figures more at 23
    outlets, 14 more on the pages, and no unlabelled one)."""
    doc, start = number.doc, number.start
    before = doc[start - 1] if start > 0 else None
    if before is None or not number[0].is_alpha or _whole_of_one(number) or _counts_more_than_a_pair(number):
        return False
    following = doc[number.end] if number.end < len(doc) else None
    nominal = (following is None or following.is_punct or following.pos_ in ("ADP", "AUX", "CCONJ", "SCONJ")) \
        and start > 1 and before.pos_ == "ADJ"
    definite = before.lower_ in _DEFINITE or (nominal and doc[start - 2].lower_ in _DEFINITE)
    return definite and not (_restricted_after(number) and not _stated_just_before(number))


#: How a noun's own words after it pick out which of its kind are meant: a relative clause or a prepositional
#: phrase ("the two officers who pushed him", "the two center fielders on the roster").
_RESTRICTING = frozenset({"relcl", "prep"})
#: Sentences before a number's own that the reader has just read: a count they state is given already.
_JUST_BEFORE = 2


def _restricted_after(number: Span) -> bool:
    """Does the noun the number counts go on to say which of its kind it means ("the two nurses who treated
    him", "the two left-handed pitchers on the roster", "the two big studios of the
    day")? A pair pointed back at is known already, and its noun ends it ("the two leaders became
    untenable"); one the noun's own clause or phrase picks out is new to the reader, and the count is the
    story's. Not "of", which names what the noun is of ("the two sides of Venezuela"), not which pair."""
    noun = number.root.head
    if number.root.dep_ != "nummod" or noun.i < number.end:
        return False
    return any(child.dep_ in _RESTRICTING and child.i > noun.i and child.lower_ != "of" for child in noun.children)


def _stated_just_before(number: Span) -> bool:
    """Did the number's sentence, up to it, or the :data:`_JUST_BEFORE` sentences before it state the same count
    of the same noun ("two wardens who guarded the gate … appeal for the two wardens who lost their
    jobs")? Then the second points back at the first, whatever its noun's own words."""
    doc, noun = number.doc, number.root.head
    first = number.sent.start
    for _ in range(_JUST_BEFORE):
        first = doc[first - 1].sent.start if first > 0 else first
    value = number_value(number)
    return any(token.dep_ == "nummod" and token.head.lemma_ == noun.lemma_ and token.head.i != noun.i
               and number_value(doc[token.i : token.i + 1]) == value for token in doc[first : number.start])


#: The count a definite description of a pair states: "the two" stands for two people or things named before.
_PAIR = 2


def _counts_more_than_a_pair(number: Span) -> bool:
    """Is the number a small one spelled out ("three", "twenty-five") above a pair? Not a scale word ("the
    thousand or more"), which is no count of a group."""
    return SMALL_NUMBERS.get(number[0].lower_, 0) > _PAIR


def _figure(doc: Doc, number: Span, value: float, quotes: list[Quote]) -> Figure:
    sentence = number.sent
    qualifier = _qualifier(number)
    claim = _inline_claim(number)
    quote = _covering_quote(number, quotes)
    continued = quote is None and claim is None
    if continued:
        quote = _continued_quote(number, quotes)
    if claim:
        source = stated_by(claim[0], None)
    else:
        source = _unread_according_to(number, quotes) or _attributed_source(doc, number, quotes, quote, continued)
    dated_by = quote.dated_by if quote is not None else ()
    what = counted(number, claim[1] if claim else None)
    return Figure(
        article_id=doc._.article_id,
        value=value,
        text=number.text,
        span=offsets(number),
        qualifier=qualifier,
        what=what,
        source=source.name if source is not None else None,
        source_span=source.span if source is not None else None,
        sentence=offsets(trim(sentence) or sentence),
        date=stated_on(doc, dated_by),
        dated_by=dated_by,
        confidence=_shape_confidence(number, what),
        source_confidence=source.confidence if source is not None else None,
    )


def _attributed_source(doc: Doc, number: Span, quotes: list[Quote], quote: Quote | None,
                       continued: bool) -> Statement | None:
    """Who states a figure no inline claim gives, by the attributions the quotes stage found: the one whose
    content holds the number (or whose content the sentence goes on reporting: ``continued``), less sure where
    the number stands outside its quotation marks or in a relative clause; else the subject of a verb of
    counting, the speaker whose reported clause holds it, or the subject of a verb of speech no attribution
    took up."""
    source = _reported_within(number, quote) or _quoted_source(doc, quote, number)
    if source is not None and continued:
        source = source._replace(confidence=source.confidence * CONTINUED_DISCOUNT)
    if source is not None and quote is not None and _outside_its_quotation_marks(number, quote):
        source = source._replace(confidence=source.confidence * UNQUOTED_DISCOUNT)
    if source is not None and quote is not None and _in_relative_clause(number, quote):
        source = source._replace(confidence=source.confidence * RELATIVE_CLAUSE_DISCOUNT)
    if source is None:
        source = _counting_source(number, quotes)
    if source is None and (speech := _enclosing_speech(number, quotes)) is not None:
        source = _quoted_source(doc, speech, number)
        source = source._replace(confidence=source.confidence * CONTINUED_DISCOUNT) if source is not None else None
    if source is None and quote is None:
        source = _unattributed_report(number, quotes)
    return source


def _unread_according_to(number: Span, quotes: list[Quote]) -> Statement | None:
    """"…, and there are more than 25 million small firms across the country, according to the Commerce
    Department", "The ledgers reportedly name over 90 ministers …, according to ABC News":
    an "according to" phrase hanging on the number's clause, or on a clause above it, names who states the
    figure, where the quotes stage took up no attribution at that phrase (it keeps one attribution per word,
    and drops one nested in another's content: "X has estimated that …, and there are …, according to Y").
    The nearest phrase is the one the number's words are reported by; one the quotes stage did take up is
    left to it, as is one above the verb of an attribution it found ("the indictment said …, according to a
    statement": the document reports, the words are the indictment's)."""
    cues = [quote.cue for quote in quotes if quote.cue is not None]
    for head in (number.root, *number.root.ancestors):
        if any(start <= head.idx < end for start, end in cues):
            return None
        for child in head.children:
            if (objects := according_to_objects(child)) is None:
                continue
            if any(start <= child.idx < end for start, end in cues):
                return None
            return stated_by(source_phrase(objects[0], drop=frozenset({"relcl"})) if objects else None, None)
    return None


#: How sure a count of a part of a group, picked out by no event of its own, is a claim a series can follow:
#: below the line, since the part would be compared with counts of the whole.
PART_CONFIDENCE = 0.3
#: How sure a count on a paragraph the page broke off at a comma is the story's claim: below the line, kept for
#: audit, since only the comma tells the line from a headline's or a teaser's (two such counts on the tuning splits).
BROKEN_LINE_CONFIDENCE = 0.4


def _shape_confidence(number: Span, what: str | None) -> float:
    """The most a figure's confidence may be for what its words and its line allow: a count of a part
    (:data:`PART_CONFIDENCE`), a count on a paragraph broken off at a comma (:data:`BROKEN_LINE_CONFIDENCE`)."""
    if _counts_a_part(number, what):
        return PART_CONFIDENCE
    return BROKEN_LINE_CONFIDENCE if broken_off_at_comma(doc_text(number.doc), number.start_char) else 1.0


def _counts_a_part(number: Span, what: str | None) -> bool:
    """"Five of the people killed in the shooting were members of one family": a part of the group its "of"
    names, picked out by something other than what happened to it (one family, the Americans), so it counts
    the same thing as the whole ("people killed") but not all of it, and a report of the whole (12 killed)
    does not contradict it. A part picked out by an event of its own is a count of that event ("40 of the
    240 hostages are not held captive": hostages not held) and stays."""
    head = number.root
    whole = _of_object(head) if head.dep_ not in ("nummod", "quantmod") else None
    if whole is None:
        return False
    return series_key(" ".join(t.text for t in _noun_words(whole, number))) == series_key(what)


class Statement(NamedTuple):
    """Who states a figure, where the text names them (None: nowhere in the sentence), and how sure that is."""

    name: str
    span: Offsets | None
    confidence: float


#: How sure a figure's source is, by what names it: the attribution's phrase naming someone ("Dagens Nyheter
#: said", "IRCC spokesperson Jeffrey MacDonald"); a description of people naming nobody ("prosecutors said",
#: "officials said"), which is true but vague; a document or finding naming nobody ("the police report said",
#: "according to the latest figures", "the study found"), which names what states the figure, not who, and is
#: shown as unknown (the real-news labels give the body that issued it, else no one); a pronoun nothing
#: resolved ("he said"), which names nobody and is shown as unknown. A speaker the attribution resolved is as
#: sure as its resolution. A description pointing back at someone named elsewhere ("the tabloid", "her
#: campaign", "the justices") is as unsure as a document (:func:`_points_back`): on the real-news text of dev..dev10
#: (session 21) such shown sources were right 3 of 7 (each only by a shared word: "the government" for the U.S.
#: government), at seven outlets, where the rest were right 125 of 139.
NAMED_SOURCE, DESCRIBED_SOURCE, DOCUMENT_SOURCE, PRONOUN_SOURCE = 0.9, 0.7, 0.4, 0.3
#: A description pointing back at someone it does not name ("the tabloid", "her campaign") that the attribution
#: did not resolve: as unsure as a document naming nobody.
REFERRING_SOURCE = DOCUMENT_SOURCE
#: Head nouns of a source phrase that name a document or a finding rather than whoever issued it.
_DOCUMENTS = DOCUMENT_NOUNS | FINDING_NOUNS
#: How much less sure a speaker is of a figure their attribution's content stops short of, in a sentence that
#: goes on reporting them (:func:`_continued_quote`).
CONTINUED_DISCOUNT = 0.8


def stated_by(phrase: Span | None, quote: Quote | None) -> Statement | None:
    """Who states a figure, where the text names them and how sure that is: the attribution's source phrase,
    or the speaker the attribution resolved it to where that phrase names nobody (a pronoun, "the government
    spokesman": "He said … 98,700" -> "David Watt", "the Provo-based company" -> "Vivint") or names the speaker
    by part of their name or its initials ("Paganini and his team reported" -> "Lucas Paganini", "HRW" -> "Human
    Rights Watch"), so a reader of the figure sees who said it, not "he", and every
    figure a person states bears one name. An unresolved pronoun keeps the name the resolution would have
    been (or the pronoun) below the line, as does a document or finding that names nobody behind it
    ("the police report said"): a reader learns from it what states the figure, not who; and so does a
    description pointing back at someone it does not name ("the tabloid said": :func:`_points_back`). Below
    the line the candidate kept for audit is the name the quotes stage doubted for the same phrase, where it
    has one ("the statement continued" -> the body that made a statement), else the phrase: the quotes stage
    reads the story around the sentence, the figure stage only the phrase (on the tuning splits two such
    candidates at two outlets, a label's body in place of "the statement" and "the report"; no shown source
    changes)."""
    if phrase is None:
        return None
    named = _names_someone(phrase)
    speaker = _resolved_speaker(quote)
    if speaker is not None and (not named or _names_in_part(phrase, speaker.name)):
        return speaker
    if named:
        return Statement(phrase.text, offsets(phrase), NAMED_SOURCE)
    candidate = (quote.speaker_candidate if quote is not None else None) or phrase.text
    if phrase.text.lower() in PRONOUNS:
        return Statement(candidate, offsets(phrase), PRONOUN_SOURCE)
    if phrase.root.lemma_.lower() in _DOCUMENTS or not _names_people(phrase.root):
        return Statement(candidate, offsets(phrase), DOCUMENT_SOURCE)
    if _points_back(phrase):
        return Statement(candidate, offsets(phrase), REFERRING_SOURCE)
    return Statement(phrase.text, offsets(phrase), DESCRIBED_SOURCE)


def _names_people(head: Token) -> bool:
    """Does the head of a source phrase that names nobody stand for people or a body of them ("officials",
    "prosecutors", "teachers unions", "backers", :func:`~dateline.extract.events.arguments.is_party`, or an agent
    noun: :func:`~dateline.extract.lexicon.names_person`), or is it a pronoun heading its own description ("those
    familiar with the matter")? One that does not is a thing the story draws on ("excerpts
    from a list released by his office", "interviews and internal party memos", "a list printed beside
    the story", "court documents"): like a document it names what states the figure, not who, and the
    real-news labels give such a figure to the reporter (on dev..dev15 all four, at The New York Times and Reuters)."""
    return head.pos_ == "PRON" or is_party(head) or names_person(head, AGENT_ENDINGS)


#: Possessive pronouns: a phrase they determine ("her campaign", "its lawyers") stands for someone named elsewhere.
_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my"})
#: Determiners of a definite description that may stand for someone named before ("the tabloid", "the justices").
_POINTING = frozenset({"the", "this", "that", "these", "those"})


def _points_back(phrase: Span) -> bool:
    """Does a source phrase that names nobody stand for someone the story named before: a definite description
    ("the tabloid", "the indictment", "the justices") or one a possessive pronoun determines ("her campaign")?
    Its words are true but name no one (the real-news labels give the one it stands for), so it stays below the
    line unless the attribution resolved it to a name (:func:`stated_by`); a bare description ("officials",
    "health officials", "several current officials") names a class of people, and is the source as the story
    gives it, as does a pronoun heading its own description ("those familiar with the matter"). The pronoun is
    told by its part of speech as well as by heading the phrase: a phrase the parser left without one head ("the
    military" hung word by word on a misread "claims") has its first word for :attr:`Span.root`."""
    heads_own_description = phrase[0].pos_ == "PRON" and phrase[0] == phrase.root
    return phrase[0].lower_ in _POSSESSIVES | _POINTING and len(phrase) > 1 and not heads_own_description


#: Verbs whose subject states the count their object makes: "the ministry reported 40 new deaths", "officials
#: confirmed 12 deaths", "Ratliff found 16 other references", "investigators counted 40 shell casings". Not the
#: verbs that do something to what they count ("Trump added two other lawyers", "Audi is promising space for
#: five"): their object's number is the reporter's.
_COUNTING_VERBS = frozenset({"report", "confirm", "announce", "estimate", "record", "count", "tally", "register",
                             "find", "identify", "document", "log", "disclose", "reveal", "list", "cite"})
#: Verbs of counting with a second sense in which the subject does or wins what the object counts rather than
#: counting it: a market index "recorded 106 new highs", a team "registered three wins", the Senate "confirmed two
#: nominations". The parse cannot tell the senses apart, so their subject is kept below the line, for audit: on
#: the real-news texts of dev..dev21 (session 31) both such sources shown were wrong (Newsmax, The New York
#: Times), where the other verbs' were right three of three.
_TWO_SENSE_COUNTING_VERBS = frozenset({"record", "register", "confirm"})
#: How much less sure the subject of such a verb is (:data:`_TWO_SENSE_COUNTING_VERBS`): below the line.
TWO_SENSE_DISCOUNT = 0.5


def _counting_source(number: Span, quotes: list[Quote]) -> Statement | None:
    """Who states a count that is the object of a verb of counting or reporting (:data:`_COUNTING_VERBS`): its
    subject or agent (:func:`_counters`), as :func:`stated_by` names it, resolved by the attribution the verb
    cues where there is one, and below the line for a verb that may not count at all
    (:data:`_TWO_SENSE_COUNTING_VERBS`). The attribution of such a verb holds a noun, not a clause, and is read as no
    statement (:func:`_states_nothing`); but the count is what the subject found or reported. Only a count of
    the object itself: a number deeper in it ("police found a chamber where three women were chained") is the
    reporter's."""
    noun = number.root.head
    verb = noun.head
    if number.root.dep_ not in ("nummod", "quantmod") or verb.lemma_.lower() not in _COUNTING_VERBS:
        return None
    subjects = _counters(verb, noun)
    if not subjects:
        return None
    # a name's apposition describes whom it names ("Ratliff, a Republican, found …"): the name is the source
    clauses = frozenset({"relcl", "appos"}) if subjects[0].pos_ == "PROPN" else frozenset({"relcl"})
    phrase = source_phrase(subjects[0], drop=clauses)
    cued = next((q for q in quotes if q.cue is not None and q.cue[0] <= verb.idx < q.cue[1]), None)
    source = stated_by(phrase, cued)
    if source is not None and verb.lemma_.lower() in _TWO_SENSE_COUNTING_VERBS:
        source = source._replace(confidence=source.confidence * TWO_SENSE_DISCOUNT)
    return source


def _counters(verb: Token, counted: Token) -> list[Token]:
    """Who counted ``counted``, the object of ``verb``: the subject of an active verb ("the ministry reported
    40 new deaths"), the agent of a passive one ("40 new deaths were reported by the ministry")."""
    if counted.dep_ == "dobj":
        return [c for c in verb.children if c.dep_ == "nsubj"]
    if counted.dep_ == "nsubjpass":
        return [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return []


def _names_in_part(phrase: Span, speaker: str) -> bool:
    """Does the phrase's head name ``speaker`` by a part of the name only ("Paganini and his team" for Lucas
    Paganini), not the whole of it, or by its initials ("According to HRW" for Human Rights Watch, which the
    article spelled out before: the quotes stage's own test, :func:`abbreviates`)?"""
    by_word = phrase.root.pos_ == "PROPN" and phrase.root.text in speaker.split() and speaker not in phrase.text
    return by_word or (phrase.text.isupper() and abbreviates(phrase.text, speaker))


def _quoted_source(doc: Doc, quote: Quote | None, number: Span) -> Statement | None:
    """Who states a figure inside an attribution: :func:`stated_by` its source phrase, or, for a quote with no
    source phrase of its own (a direct quote whose speaker the sentences around it name), the speaker it
    was resolved to: "I believe just two people from this village got work there." is the villager's claim."""
    if quote is not None and quote.source is None and (speaker := _resolved_speaker(quote)) is not None:
        return speaker
    return stated_by(_source_of(doc, quote, number), quote)


#: Verbs of speech that pass a statement on: not those of private thought or evidence ("know", "show").
_PASSING_ON_VERBS = REPORTING_VERBS - UNSPOKEN_VERBS


def _reported_within(number: Span, quote: Quote | None) -> Statement | None:
    """"CNN reports the U.S. Central Command confirmed two civilian contractors were killed", "According to
    KTLA, Oman's army said at least four raiders were also killed": a report inside the content of
    another, which the quotes stage leaves as the outer one's words. The body or person named as the subject
    of the innermost verb of speech over the number states it; the outer source only passes it on (the
    real-news labels give the inner speaker). An unnamed inner speaker ("a witness told her the raider
    fired five times") leaves the figure to the named source passing it on."""
    if quote is None or not quote.content:
        return None
    named = next((phrase for _, phrase in _reporters(number, quote.content) if _names_someone(phrase)), None)
    return stated_by(named, None)


def _reporters(number: Span, within: Sequence[Offsets]) -> Iterator[tuple[Token, Span]]:
    """(verb, subject phrase) of each verb of speech whose reported clause (its ``ccomp``) holds the number,
    innermost first, as far up the parse as ``within`` holds the verbs."""
    below = number.root
    for verb in number.root.ancestors:
        if not any(start <= verb.idx < end for start, end in within):
            return
        # the clause a verb reports, not its object ("Canada added 50,000 jobs") nor its subject
        reports = verb.lemma_.lower() in _PASSING_ON_VERBS and below.dep_ == "ccomp"
        below = verb
        subjects = [child for child in verb.children if child.dep_ == "nsubj"]
        if reports and subjects and (phrase := source_phrase(subjects[0], drop=frozenset({"relcl"}))) is not None:
            yield verb, phrase


#: How much less sure a speaker is of a figure in the words of a direct quote's content that stand outside its
#: quotation marks (:func:`_outside_its_quotation_marks`): below the line, kept for audit.
UNQUOTED_DISCOUNT = 0.5


def _outside_its_quotation_marks(number: Span, quote: Quote) -> bool:
    """"About 300 of those workers are based in the Dayton plant, and “many of them will be offered
    new roles,” Ruskin told The Ledger", "Three clinic visits failed to explain the pain, which was "deeply
    upsetting," Taylor wrote": a direct quote's content that runs on from the writer's own words into the
    quotation marks gives the speaker only what the marks hold; the number before them is the writer's
    account, which the real-news labels give to no one. So does a report the quotes stage found opening on a
    quotation or holding one around its tag (:data:`QUOTATION_REPORTED`: "“… in places like Ohio” and the
    other four states in the suit, Garcia said", "was “very confident …” (according to the Chicago
    Tribune), but … all 57 words of them"): its words outside the marks, in any piece of its content, run on
    in the writer's voice. Only where the content holds quotation marks at all (a direct quote's, the piece
    holding the number); the number inside them stays the speaker's."""
    if quote.kind != "direct" and quote.speaker_evidence != QUOTATION_REPORTED:
        return False
    holding = [(start, end) for start, end in quote.content if start <= number.start_char < end]
    pieces = holding if quote.kind == "direct" else quote.content
    text = doc_text(number.doc)
    marks = [(start + a, start + b) for start, end in pieces for a, b in quotation_spans(text[start:end])]
    return bool(holding) and bool(marks) and not any(a <= number.start_char < b for a, b in marks)


#: How much less sure a speaker is of a figure in a relative clause inside their indirect attribution's content
#: (:func:`_in_relative_clause`): below the line, kept for audit.
RELATIVE_CLAUSE_DISCOUNT = 0.5


def _in_relative_clause(number: Span, quote: Quote) -> bool:
    """"Officials believe the brother of the man who robbed four banks has fled": a number whose own clause is
    a relative clause describing a noun of an indirect attribution's content is what the writer tells of that
    noun, not what the speaker asserts (the real-news labels give it to no one), unless a tag of saying follows
    it (:func:`_tagged_after_by_saying`). A direct quote's words inside its marks stay the speaker's whatever their
    grammar (:func:`_outside_its_quotation_marks` judges the rest), as does a relative clause that reports
    speech of its own ("the operation, which they say rescued 30 hostages")."""
    if quote.kind != "indirect" or _tagged_after_by_saying(number, quote):
        return False
    verb = governing_verb(number.root, through_subject=True)
    if verb is None or verb.dep_ != "relcl" or not any(start <= verb.idx < end for start, end in quote.content):
        return False
    return not any(token.lemma_.lower() in _PASSING_ON_VERBS for token in verb.subtree)


def _tagged_after_by_saying(number: Span, quote: Quote) -> bool:
    """Does a verb of saying proper (:data:`~dateline.extract.lexicon.SAYING_VERBS`) or an "according to" phrase
    tag the sentence after the number ("…a storm that flooded three towns on Sunday, the mayor said", "…, according
    to Tilda Brannock")? The writer set down the speaker's statement first, relative clauses and all, and named
    who made it after: on the real-news tuning splits dev..dev24 (session 34) the labels gave the three such
    figures, at two outlets, to the speaker. A tag before its content leaves a relative clause as often the
    writer's description ("farmers said that they are unsure about the rules, which changed three times", a
    figure the labels give no one), and a verb of belief or evidence tells of a noun in the writer's words
    wherever it stands ("…, which ran for six weeks, a new audit indicates")."""
    if quote.cue is None or quote.cue[0] < number.end_char:
        return False
    cue = span_at(number.doc, quote.cue)
    return cue is not None and (cue.root.lemma_.lower() in SAYING_VERBS or cue.root.lower_ == "according")


def _unattributed_report(number: Span, quotes: list[Quote]) -> Statement | None:
    """"The economy gained 98,000 new jobs in October, the government said Friday", "Macron told reporters
    that five cities were being weighed": the subject of the innermost verb of speech whose reported
    clause holds the number, where the quotes stage took up no attribution at that verb at all (a cue it
    judged, and whose content it stopped short of the number, is left to it: :func:`_continued_quote`,
    :func:`_enclosing_speech`). The parse alone ties the number to the verb, so the source is as sure as
    its phrase names someone, less :data:`CONTINUED_DISCOUNT`; a pronoun stays below the line. A negated verb
    ("the government did not say") states nothing."""
    sentence = number.sent
    for verb, phrase in _reporters(number, [(sentence.start_char, sentence.end_char)]):
        if any(q.cue is not None and q.cue[0] <= verb.idx < q.cue[1] for q in quotes):
            return None
        if any(child.dep_ == "neg" for child in verb.children):
            return None
        source = stated_by(phrase, None)
        return source._replace(confidence=source.confidence * CONTINUED_DISCOUNT) if source is not None else None
    return None


def _names_someone(phrase: Span) -> bool:
    """Does a name stand in the phrase itself, not in a clause describing it ("a report showing that Trump had
    lied": the report names nobody) nor in an adjective describing its noun ("the Provo-based company", "the
    Texas-born senator": a place says where the one described is, not who)?"""
    return any(_is_name(t) and not _in_describing_clause(t, phrase) and not _inside_an_adjective(t)
               for t in phrase)


def _is_name(token: Token) -> bool:
    """A proper noun, or a word the tagger marked as a person, body, place or group."""
    return token.pos_ == "PROPN" or token.ent_type_ in _NAMING_ENTITIES


def _inside_an_adjective(token: Token) -> bool:
    """Does the name only help build an adjective that is no name itself ("Provo" in "Provo-based")?"""
    return token.head.dep_ == "amod" and not _is_name(token.head)


#: Dependencies of a clause that describes a noun rather than naming it.
_DESCRIBING_CLAUSES = frozenset({"acl", "relcl"})


def _in_describing_clause(token: Token, phrase: Span) -> bool:
    """Is ``token`` inside a clause that hangs below the phrase's head, within the phrase?"""
    while token != phrase.root and phrase.start <= token.i < phrase.end:
        if token.dep_ in _DESCRIBING_CLAUSES:
            return True
        token = token.head
    return False


def _resolved_speaker(quote: Quote | None) -> Statement | None:
    """The speaker an attribution was resolved to, where the text names them, as a figure's source: as sure
    as the resolution."""
    if quote is None or quote.speaker is None or quote.speaker_span is None:
        return None
    return Statement(quote.speaker, quote.speaker_span, quote.speaker_confidence or NAMED_SOURCE)


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
    "105 of whom" the noun counted just before. The object of a verb saying what happened to it gets the
    verb ("killed 25 million people in Europe": "people killed in Europe"), and a past period its sentence
    names is added when the words do not say it ("deaths in Europe during the fourteenth century"): two
    counts of one thing agree or conflict only for the same period."""
    head = number.root
    noun: Token | None
    if head.dep_ in ("nummod", "quantmod"):
        noun, subject = head.head, head.head
    else:
        noun, subject = _of_object(head) or (_antecedent_count(head) if predicate is not None else None), head
    if noun is None or not (noun.pos_ in ("NOUN", "PROPN") or names_event(noun.text)):
        return None
    words = _noun_words(noun, number)
    if subject.dep_ in _SUBJECTS:
        words += _predicate(subject.head)
    elif subject.dep_ == "dobj" and names_event(subject.head.text):
        verb_words = _predicate(subject.head)
        at = words.index(noun) + 1
        words = words[:at] + verb_words[:1] + words[at:] + [t for t in verb_words[1:] if t not in words]
    extra = [t for t in predicate if not t.is_punct] if predicate is not None else []
    return " ".join([t.text for t in words + extra] + _period(number, words + extra))


def _period(number: Span, words: list[Token]) -> list[str]:
    """The year, decade or century the number's sentence sets its events in, with its preposition ("during
    the fourteenth century"), when ``words`` name none; a date that only names something ("the 2021 July
    unrest") sets nothing."""
    if names_period(" ".join(t.text for t in words)):
        return []
    for entity in number.sent.ents:
        before = number.doc[entity.start - 1] if entity.start > 0 else None
        if entity.label_ == "DATE" and before is not None and before.pos_ == "ADP" and names_period(entity.text):
            return [before.lower_] + [t.text for t in entity]
    return []


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
    """The noun with its adjectives, reduced relative clause ("hostages seized on Oct. 7") and an adjective
    after it that says what happened to them ("49 victims dead")."""
    words = [t for t in noun.lefts if t.dep_ in ("amod", "compound") and t.i >= number.end]
    words.append(noun)
    for child in noun.rights:
        if child.dep_ in ("acl", "prep") and child.lower_ != "of":
            words.extend(_until_punctuation(child))
        elif child.dep_ == "amod" and names_event(child.text):
            words.append(child)
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


#: What goes on reporting an attribution after its content stops: a colon ("testified that the shop was
#: exclusive: its clothes are made by two dozen companies") or another "that" clause of the same verb ("said
#: that …, and that the ministry was weighing five sites"), after closing quote marks and commas.
_GOES_ON = re.compile(r"[\s”’\"',]*(?::|(?:and|but|or) that\b)")


def _continued_quote(number: Span, quotes: list[Quote]) -> Quote | None:
    """The indirect attribution whose content the number's sentence goes on reporting (:data:`_GOES_ON`)
    after it stops short of the number, with no other attribution's cue between: the content the parser cut
    at a colon or a second "that" clause is the same speaker's."""
    text, sentence = doc_text(number.doc), number.sent
    for quote in quotes:
        end = quote.content[-1][1] if quote.content else -1
        if quote.kind != "indirect" or quote.cue is None or not sentence.start_char <= quote.cue[0] < end \
                or end > number.start_char:
            continue
        cues_between = any(other.cue is not None and end <= other.cue[0] < number.start_char for other in quotes)
        if _GOES_ON.match(text, end) and not cues_between:
            return quote
    return None


def _enclosing_speech(number: Span, quotes: list[Quote]) -> Quote | None:
    """The indirect speech whose reported clause holds the number in the parse, though its content stops short
    of it: the clause a verb of speech governs (its ``ccomp``, where the content starts) goes on in a clause of
    its own ("said it plans to invest $50 billion, aiming to create 50,000 jobs": "aiming" hangs on "plans"),
    which the attribution stage cuts off, or reads as an attribution of no speech. All of that clause is
    what the speaker said, as is what a verb of expecting conjoined to the verb of speech with the same
    subject states (:func:`_same_subject`: "SuperData Research estimates that 213 million people played a
    mobile game, and it anticipates players to have risen to 303 million"). A clause hanging on the verb of
    speech itself ("said …, with four more cases") is outside what it governs, and may be the reporter's."""
    chain = [number.root, *number.root.ancestors]
    for quote in quotes:
        if quote.kind != "indirect" or not quote.speech or quote.cue is None or not quote.content:
            continue
        cue = next((t for t in chain if quote.cue[0] <= t.idx < quote.cue[1]), None)
        if cue is None or cue.i == number.root.i:
            continue
        clause = chain[chain.index(cue) - 1]
        content_start = quote.content[0][0]
        if number.start_char < content_start or content_start < quote.cue[0] < number.start_char \
                or _in_parentheses(number):
            continue  # not where the content goes on, or the writer's aside ("(only three games … announced)")
        if clause.dep_ == "ccomp" and clause.left_edge.idx <= content_start <= clause.right_edge.idx:
            return quote
        if clause.dep_ == "conj" and clause.lemma_.lower() in _EXPECTING_VERBS and _same_subject(clause):
            return quote
    return None


def _in_parentheses(number: Span) -> bool:
    """Is the number inside brackets its sentence opened before it and has not closed: an aside of the writer's?"""
    before = doc_text(number.doc)[number.sent.start_char : number.start_char]
    return before.rfind("(") > before.rfind(")")


#: Verbs of expecting and estimating: conjoined to a verb of speech with the speaker as their subject, they
#: state the number in their complement too ("SuperData Research estimates that …, and it anticipates
#: yearly players to have risen to 303 million").
_EXPECTING_VERBS = frozenset({"expect", "anticipate", "forecast", "predict", "project", "estimate", "say", "add"})


def _same_subject(verb: Token) -> bool:
    """Has a conjoined verb the subject of the verb it is conjoined to: none of its own ("said … and added
    …") or a pronoun pointing back to it ("… and it anticipates …")?"""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    return not subjects or (len(subjects) == 1 and subjects[0].lower_ in PRONOUNS)


def _source_of(doc: Doc, quote: Quote | None, number: Span) -> Span | None:
    """The whole noun phrase of the attribution's source, descriptive clauses and all ("an AFP count
    based on Israeli official numbers"): for a figure, how it was counted matters; none where the
    attribution states nothing of the number (:func:`_states_nothing`)."""
    if quote is None or quote.source is None or _states_nothing(quote, number):
        return None
    span = doc.char_span(*quote.source, alignment_mode="expand")
    if span is None:
        return None
    phrase = source_phrase(span.root, drop=frozenset({"relcl"}))
    return trim(phrase) if phrase is not None else None


def _states_nothing(quote: Quote, number: Span) -> bool:
    """Is the attribution no statement of the number? A verb that is not speech states nothing ("police find
    a locked shed where three men are still tied", "Audi is promising space for five", "Trump added
    two other lawyers"): the figure in its object is the reporter's. Nor does a noun of stance or intention
    ("its decision to not test refugees despite the deaths of at least three infants", "his remarks at a
    rally about two justices"): it names what someone decided or did, not a count they gave. A finding still
    states its clause ("in a CNN poll, 31% said"), and a verb of evidence states the number it shows
    ("Hospital records show 312 patients treated"), but not one inside a noun phrase about something else,
    which it is a sign of: then the figure honestly has no source."""
    doc = number.doc
    cue = span_at(doc, quote.cue)
    if cue is None or cue.root.lemma_.lower() not in _EVIDENCE_VERBS:
        return not quote.speech and cue is not None and cue.root.pos_ in ("VERB", "NOUN")
    content = doc.char_span(*quote.content[0], alignment_mode="expand") if quote.content else None
    return content is not None and content.root.pos_ in ("NOUN", "PROPN", "PRON") and content.root != number.root.head
