"""What a figure counts, and which values it allows.

Every stage that handles figures agrees on these two: the store keeps each figure's series key, the corpus
stages read death tolls by it, and a series groups its reports by it and compares their value ranges. So
they live below all stages.
"""

from __future__ import annotations

import itertools
import math
import re

from dateline.records import Figure

_WORD = re.compile(r"[a-z]+")

SMALL_NUMBERS: dict[str, int] = {
    word: value
    for value, word in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    )
} | {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
     "ninety": 90}
#: Multipliers: "two dozen" is 24, "1.5 million" is 1,500,000.
SCALES: dict[str, int] = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000,
                          "billion": 1_000_000_000}
DIGITS = re.compile(r"^\d[\d,]*(\.\d+)?$")
#: What joins the two ends of a range written as one: "30-60", "350–375 million", "20 to 25", "5 or 6",
#: "between 30 and 60".
_RANGE_SEPARATOR = re.compile(r"(?<=\w)[-–](?=\w)|\s+(?:to|and|or)\s+")

#: Words for the counted thing, mapped to one name per kind.
_NOUNS: dict[str, str] = {
    "hostage": "hostages", "hostages": "hostages", "captive": "hostages", "captives": "hostages",
    "person": "people", "persons": "people", "people": "people",
    "palestinian": "palestinians", "palestinians": "palestinians", "israeli": "israelis", "israelis": "israelis",
    "civilian": "civilians", "civilians": "civilians", "soldier": "soldiers", "soldiers": "soldiers",
    "child": "children", "children": "children",
    # a death is a person killed: "more than 50 million deaths" counts the people "25 million people killed" does
    "death": "people", "deaths": "people", "fatalities": "people",
    # "the dead" are people killed: "left at least 50 dead" and "left 49 victims dead" count who "killing 50
    # people" does
    "dead": "people",
}
#: Words for what happened to them; the last one in a description decides ("hostages seized on Oct. 7
#: not held captive" are held, not taken).
_EVENTS: dict[str, str] = {
    "killed": "killed", "killing": "killed", "kills": "killed", "died": "killed", "dead": "killed",
    "death": "killed", "deaths": "killed", "fatalities": "killed",
    "seized": "taken", "taken": "taken", "kidnapped": "taken", "abducted": "taken", "captured": "taken",
    "held": "held", "still": "held", "remain": "held", "remaining": "held",
    "released": "released", "freed": "released", "wounded": "wounded", "injured": "wounded",
}
#: The values each qualifier allows, as multiples of the number stated; any other qualifier is approximate.
_RANGES: dict[str | None, tuple[float, float]] = {
    None: (1.0, 1.0), "more than": (1.0 + 1e-9, math.inf), "over": (1.0 + 1e-9, math.inf),
    "at least": (1.0, math.inf), "less than": (0.0, 1.0 - 1e-9), "fewer than": (0.0, 1.0 - 1e-9),
    "under": (0.0, 1.0 - 1e-9), "at most": (0.0, 1.0), "up to": (0.0, 1.0), "as many as": (0.0, 1.0),
    "nearly": (0.9, 1.0), "almost": (0.9, 1.0),
}
_APPROXIMATE = (0.9, 1.1)


def words_value(words: list[str]) -> float | None:
    """The number some number words state: ["two", "dozen"] -> 24, ["1.5", "million"] -> 1500000,
    ["40,223"] -> 40223; None when none of them is a number."""
    total: float = 0.0
    current: float | None = None
    for word in (w.lower().replace(",", "") for w in words):
        if word in SCALES:
            current = (1 if current is None else current) * SCALES[word]  # "0 million" (a "$60" cut) is 0
        elif word in SMALL_NUMBERS or DIGITS.match(word):
            value = float(SMALL_NUMBERS[word] if word in SMALL_NUMBERS else word)
            if current is not None and current >= 100 and value < current:
                total += current
                current = value
            else:
                current = (current or 0) + value
    return None if current is None else total + current


def stated_bounds(text: str) -> tuple[float, float] | None:
    """The lowest and highest value a number phrase states: one value for "40,223" or "two dozen", both
    ends of a range ("20 to 50 million" -> 20 million to 50 million: the low end borrows the high end's
    scale); None when it states no number, or two whose first is not the lower (a score, "24-17", or a
    code, "787-9"), or more than two ("1-800-843-0008")."""
    sides = _RANGE_SEPARATOR.split(text.strip().removeprefix("between ").strip())
    values = [words_value(side.split()) for side in sides]
    if len(values) > 2 or any(value is None for value in values):
        return None
    low, high = values[0], values[-1]
    assert low is not None and high is not None
    scale = sides[-1].split()[-1].lower()
    if len(sides) == 2 and scale in SCALES and not any(w.lower() in SCALES for w in sides[0].split()):
        low *= SCALES[scale]
    return (low, high) if len(sides) == 1 or low < high else None


#: Prepositions that end the counted thing's own words in a description: a noun after one says where, why or
#: whose ("officers charged in George Floyd's death"), not what is counted.
_PREPOSITIONS = frozenset({"in", "at", "on", "of", "for", "from", "by", "with", "during", "after", "before", "over",
                           "near", "inside", "outside", "across", "into", "since", "to"})


def series_key(what: str | None) -> str | None:
    """"hostages:taken" for "hostages seized on Oct. 7"; None when the counted thing is unknown. The counted
    noun is one named before any preposition ("Minneapolis officers charged in George Floyd's death" counts
    officers, not deaths); the event may be named anywhere ("people killed in Gaza")."""
    words = _WORD.findall((what or "").lower())
    if not words:
        return None
    own = list(itertools.takewhile(lambda w: w not in _PREPOSITIONS, words))
    nouns = [_NOUNS.get(w, w) for w in own if w in _NOUNS] or words[:1]
    events = [_EVENTS[w] for w in words if w in _EVENTS]
    event = events[-1] if events else ""
    negated = "not-" if "not" in words and event else ""
    return f"{nouns[0]}:{negated}{event}"


#: A named place the count is for: "killed in Gaza", "deaths in Europe".
_PLACE = re.compile(r"\bin\s+(?:the\s+)?((?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*)*)")
_ORDINALS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fifth": 5, "eighth": 8, "ninth": 9, "twelfth": 12,
                             "twentieth": 20} | {word + "th": value for word, value in SMALL_NUMBERS.items()
                                                 if value in (4, 6, 7, 10, 11, *range(13, 20))}
#: A closed past period a count can be for: a year or decade ("in 2015", "the 1300s") or a century ("the
#: 14th Century", "the fourteenth century").
_PERIOD = re.compile(r"(?<![\d,.])\b(?:((?:1\d|20)\d\ds?)\b(?![,.]\d)|(\d{1,2})(?:st|nd|rd|th)\s+century|("
                     + "|".join(_ORDINALS) + r")\s+century)", re.IGNORECASE)


def place_of(what: str | None) -> str | None:
    """The named place a description of a count puts it in ("Europe" of "deaths in Europe"), if any."""
    found = _PLACE.search(what or "")
    return found.group(1) if found else None


def names_event(word: str) -> bool:
    """Does the word say what happened to what is counted ("killed", "seized")?"""
    return word.lower() in _EVENTS


def names_period(text: str) -> bool:
    """Does the text name a year, decade or century a count can be for?"""
    return _PERIOD.search(text) is not None


def period_of(what: str | None, reported: str | None) -> str | None:
    """The closed past periods a description of a count names, written one way: "century 14" for "the 14th
    Century" and "the fourteenth century" alike, "2010 2015" for "between 2010 and 2015"; None if it names
    none, or a year not over by the day it was ``reported`` (YYYY-MM-DD; an undated report's years are not
    known to be over): "killed in 2023", written in 2023, is a count still growing."""
    periods = []
    for year, century, ordinal in _PERIOD.findall(what or ""):
        if year and not (year.endswith("s") or (reported is not None and int(year) < int(reported[:4]))):
            return None
        periods.append(year or f"century {century or _ORDINALS[ordinal.lower()]}")
    return " ".join(periods) or None


#: How sure a figure counts something a series can follow: a stated source and a counted noun named above
#: (hostages, people killed...) make a claim; a bare number of an unnamed thing ("1 of 30", "768
#: resolution") is most often page furniture.
SOURCED_AND_COUNTED, COUNTED, SOURCED, BARE = 0.9, 0.6, 0.4, 0.2


def figure_confidence(figure: Figure) -> float:
    """The figure's confidence from its evidence: a source that states it, and a counted noun Dateline knows."""
    words = _WORD.findall((figure.what or "").lower())
    counted = any(word in _NOUNS for word in words)
    if figure.source is not None:
        return SOURCED_AND_COUNTED if counted else SOURCED
    return COUNTED if counted else BARE


def value_range(figure: Figure) -> tuple[float, float]:
    """The values a figure allows, given the range it states ("20 to 25") and its qualifier ("more than 200"
    allows anything above 200)."""
    low, high = stated_bounds(figure.text) or (figure.value, figure.value)
    below, above = _RANGES.get(figure.qualifier, _APPROXIMATE)
    return low * below, high * above
