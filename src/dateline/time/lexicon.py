"""Word lists the time rules are written in: months, weekdays, number words, units, holidays.

Kept apart from the rules so a reader can check coverage at a glance and a later language can swap them.
"""

from __future__ import annotations

from dateline.days import MONTHS as MONTHS  # one table for every reader of dates in words
from dateline.days import WEEKDAYS as WEEKDAYS

NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2,
    "a dozen": 12, "dozen": 12, "half a": 0.5, "a half": 0.5,
}

#: Quantities too vague for a number: TimeML writes X (``PXY``).
VAGUE_NUMBERS: frozenset[str] = frozenset(
    {"several", "a few", "few", "many", "some", "numerous", "dozens of", "the next few", "a number of"}
)

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}

#: unit word -> (TIMEX3 duration letter, is a time-of-day unit, multiplier)
UNITS: dict[str, tuple[str, bool, int]] = {
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1), "day": ("D", False, 1),
    "night": ("D", False, 1), "week": ("W", False, 1), "fortnight": ("W", False, 2),
    "month": ("M", False, 1), "quarter": ("Q", False, 1), "year": ("Y", False, 1),
    "decade": ("Y", False, 10), "century": ("Y", False, 100), "weekend": ("WE", False, 1),
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

#: SET adverbs -> TIMEX3 period
FREQUENCY_ADVERBS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
    "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "annual": "P1Y",
}

#: Fixed-date holidays -> (month, day)
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas eve": (12, 24), "christmas day": (12, 25),
    "christmas": (12, 25), "valentine's day": (2, 14), "halloween": (10, 31), "independence day": (7, 4),
    "veterans day": (11, 11), "boxing day": (12, 26), "bastille day": (7, 14),
}

#: Approximators and comparators before a quantity -> TIMEX3 mod
QUANTITY_MODS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "more than": "MORE_THAN",
    "over": "MORE_THAN", "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS",
}

#: Position words before a period -> TIMEX3 mod
POSITION_MODS: dict[str, str] = {
    "early": "START", "earlier": "START", "the beginning of": "START", "the start of": "START",
    "beginning of": "START", "start of": "START", "late": "END", "later": "END", "the end of": "END",
    "end of": "END", "mid": "MID", "the middle of": "MID", "middle of": "MID", "pre": "BEFORE",
    "post": "AFTER",
}
