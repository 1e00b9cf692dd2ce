"""The rule table: each rule is a pattern over the text and a reader that turns a match into a Reading
(TIMEX3 type, a value resolver over an anchor, a mod). Readers return None to reject a match.

A resolver takes a Context (anchor day and the tense around the expression) and returns the TIMEX3 value
or None; absolute expressions ignore the anchor, so they resolve even in an article of unknown date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from dateline.model import Direction, TimexType
from dateline.time import calendar as cal
from dateline.time.lexicon import (
    FIXED_HOLIDAYS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    POSITION_MODS,
    UNITS,
    VAGUE_NUMBERS,
)


@dataclass(frozen=True, slots=True)
class Context:
    """What a value depends on besides the words: the anchor day and the tense of the clause."""

    anchor: date | None
    direction: Direction = "nearest"


Resolver = Callable[[Context], "str | None"]


@dataclass(frozen=True, slots=True)
class Reading:
    """A matched expression's type, value resolver and mod. ``anaphor`` is set for expressions that count
    from the date the text last named, not from publication ("that year", "the following month"): it is
    the finest unit they need that date to be precise to. ``loose`` anaphors (a bare clock time) count from
    publication when the text's last date is not that precise."""

    type: TimexType
    resolve: Resolver
    mod: str | None = None
    anaphor: str | None = None
    loose: bool = False


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    read: Callable[[re.Match[str], str], Reading | None]
    priority: int = 0


def constant(value: str | None) -> Resolver:
    return lambda ctx: value


def anchored(fn: Callable[[date, Direction], str | None]) -> Resolver:
    """A resolver that needs the anchor: None when the anchor is unknown."""
    return lambda ctx: fn(ctx.anchor, ctx.direction) if ctx.anchor is not None else None


# ---------------------------------------------------------------- small parsers

def month_of(m: re.Match[str]) -> int:
    return MONTHS[m.group("month").lower().rstrip(".")]


def year_of(m: re.Match[str]) -> int:
    """The year a match names, in digits ("1997") or spelled out ("nineteen ninety-seven")."""
    return int(m.group("y")) if m.group("y") else spelled_year(m.group("sy"))


def spelled_year(words: str) -> int:
    """"nineteen ninety-six" -> 1996, "two thousand and one" -> 2001."""
    parts = re.split(r"[\s-]+", words.lower())
    base = 1900 if parts[0] == "nineteen" else 2000
    return base + int(sum(NUMBER_WORDS[w] for w in parts[1:] if w not in ("thousand", "and")))


def read_spelled_year(m: re.Match[str], text: str) -> Reading:
    """Years in transcripts: "nineteen ninety-six", "two thousand and one"."""
    return Reading("DATE", constant(str(spelled_year(m.group("sy")))))


def capitalised(word: str | None) -> bool:
    return bool(word and word[0].isupper())


def position_mod(m: re.Match[str]) -> str | None:
    pos = m.groupdict().get("pos")
    return POSITION_MODS.get(re.sub(r"\s+", " ", pos.lower())) if pos else None


def number_of(text: str) -> float | None:
    """A quantity word or numeral as a number; None for vague quantities ("several")."""
    text = re.sub(r"\s+", " ", text.lower())
    if text in VAGUE_NUMBERS or text.endswith(" of") and text not in NUMBER_WORDS:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    if text in NUMBER_WORDS:
        return float(NUMBER_WORDS[text])
    parts = re.split(r"[- ]", text)
    return float(sum(NUMBER_WORDS.get(p, 0) for p in parts)) if all(p in NUMBER_WORDS for p in parts) else None


def unit_of(word: str) -> str:
    word = word.lower()
    if word in ("centuries", "century"):
        return "century"
    return word[:-1] if word.endswith("s") and word[:-1] in UNITS else word


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration (``P2D``, ``PT3H``, ``PXY``) for an amount of a unit."""
    letter, clock, factor = UNITS[unit]
    if unit == "weekend":
        return "P2D" if amount == 1 else f"P{_fmt(amount)}WE"
    if unit == "quarter":
        return f"P{_fmt(amount * 3)}M" if amount is not None else "PXM"
    if amount is None:
        return f"P{'T' if clock else ''}X{ {'decade': 'DE', 'century': 'CE'}.get(unit, letter) }"
    if not float(amount * factor).is_integer():
        return _split_fraction(amount * factor, letter, clock)
    return f"P{'T' if clock else ''}{_fmt(amount * factor)}{letter}"


#: A fractional amount keeps its whole units and writes the rest in the next smaller unit, as ISO 8601
#: mixes them ("2 1/2 years" = P2Y6M, "5 1/2 hours" = PT5H30M, "half a year" = P6M).
SMALLER = {"Y": ("M", 12, False), "M": ("D", 30, False), "W": ("D", 7, False), "D": ("H", 24, True)}
SMALLER_CLOCK = {"H": ("M", 60), "M": ("S", 60)}


def _split_fraction(amount: float, letter: str, clock: bool) -> str:
    head = f"{int(amount)}{letter}" if amount >= 1 else ""
    if clock and letter in SMALLER_CLOCK:
        small, factor = SMALLER_CLOCK[letter]
        return f"PT{head}{round(amount % 1 * factor)}{small}"
    small, factor, small_clock = SMALLER.get(letter, (letter, 1, clock))
    return f"P{head}{'T' if small_clock else ''}{round(amount % 1 * factor)}{small}"


def _fmt(amount: float | None) -> str:
    if amount is None:
        return "X"
    return str(int(amount)) if float(amount).is_integer() else str(amount)


# ---------------------------------------------------------------- absolute and calendar dates

def read_full_date(m: re.Match[str], text: str) -> Reading | None:
    if not capitalised(m.group("month")):
        return None
    day = cal.safe_date(int(m.group("y")), month_of(m), int(m.group("d")))
    return Reading("DATE", constant(day.isoformat())) if day else None


def read_iso_date(m: re.Match[str], text: str) -> Reading | None:
    day = cal.safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return Reading("DATE", constant(day.isoformat())) if day else None


def read_slash_date(m: re.Match[str], text: str) -> Reading | None:
    year = int(m.group("y"))
    year = year + (1900 if year >= 50 else 2000) if year < 100 else year
    day = cal.safe_date(year, int(m.group("m")), int(m.group("d")))
    return Reading("DATE", constant(day.isoformat())) if day else None


def read_month_day(m: re.Match[str], text: str) -> Reading | None:
    """"Oct. 7", "7 October": the year comes from the anchor and the tense."""
    if not capitalised(m.group("month")) or (m.group("month").lower() in ("may", "march", "mar") and
                                             m.group("month")[1:].isupper()):
        return None
    if m.groupdict().get("y"):
        return read_full_date(m, text)
    month, day = month_of(m), int(m.group("d"))

    def resolve(anchor: date, direction: Direction) -> str | None:
        found = cal.month_day_near(anchor, month, day, direction)
        return found.isoformat() if found else None

    return Reading("DATE", anchored(resolve))


def read_month_year(m: re.Match[str], text: str) -> Reading | None:
    if not capitalised(m.group("month")):
        return None
    return Reading("DATE", constant(cal.month_value(year_of(m), month_of(m))), position_mod(m))


MONTH_CUES = re.compile(
    r"(?:\b(?:in|since|until|till|by|of|from|through|before|after|during|early|late|mid|last|next|this|"
    r"end|beginning|start|middle|and|or|to|between)\s*-?\s*)$", re.IGNORECASE)


#: "June last year", "in April next year": a month of the year before or after the anchor's.
YEAR_SHIFT = {"this": 0, "last": -1, "next": 1}


def read_month(m: re.Match[str], text: str) -> Reading | None:
    """A month name alone or in a year named relatively ("June last year"); "May" and "March" only after a
    cue word, since they are also a verb and a noun."""
    word = m.group("month")
    if not capitalised(word) or word.isupper() and len(word) > 3:
        return None
    rel = (m.group("rel") or "").lower()
    if word.lower() in ("may", "march") and not (rel or m.group("pos") or MONTH_CUES.search(text[:m.start()])):
        return None
    month = month_of(m)
    year_shift = YEAR_SHIFT.get((m.group("yrel") or "").lower())

    def resolve(anchor: date, direction: Direction) -> str:
        if year_shift is not None:
            return cal.month_value(anchor.year + year_shift, month)
        if rel in ("last", "next"):
            return cal.month_value(cal.year_beyond(anchor, month, 1 if rel == "next" else -1), month)
        if rel == "this":
            return cal.month_value(anchor.year, month)
        return cal.month_value(*cal.month_near(anchor, month, direction))

    return Reading("DATE", anchored(resolve), position_mod(m))


#: A word capitalised in mid-sentence (after a word, not a sentence's end) right before a year: the year
#: closes a name ("Blade Runner 2049", "at MWC 2017", "a venture called Orion 1980"), which TimeML does not
#: tag. Months, seasons, holidays and quarters before a year are read by longer rules; "FY" opens a fiscal year.
NAME_BEFORE_YEAR = re.compile(r"[^\W_][ \t]+(?!FY\b)[A-Z][\w-]*[ \t]+$")


def read_year(m: re.Match[str], text: str) -> Reading | None:
    """A four-digit year, unless it reads as a quantity ("$1990", "1,990", "2000 people") or ends a name."""
    before, after = text[max(0, m.start() - 2):m.start()], text[m.end():m.end() + 12]
    if not m.group("pos") and NAME_BEFORE_YEAR.search(text, max(0, m.start() - 40), m.start()):
        return None
    if re.search(r"(?:[$£€#]|\d[,.]?)\s?$", before) or re.match(r"\s?(?:%|,\d|\.\d|[-–]\d|\s*(?:percent|people|"
                                                       r"troops|soldiers|dollars|pounds|euros)\b)", after):
        return None
    year = int(m.group("y"))
    if m.group("pos") is None and not m.groupdict().get("fiscal") and not 1800 <= year <= 2099:
        return None
    return Reading("DATE", constant(str(year)), position_mod(m))


def read_decade(m: re.Match[str], text: str) -> Reading | None:
    if m.group("c"):
        return Reading("DATE", constant(m.group("c") + m.group("d")), position_mod(m))
    digit = m.group("d2")

    def resolve(anchor: date, direction: Direction) -> str:
        century = anchor.year // 100
        return f"{century if int(digit) * 10 <= anchor.year % 100 else century - 1}{digit}"

    return Reading("DATE", anchored(resolve), position_mod(m))


def read_century(m: re.Match[str], text: str) -> Reading | None:
    return Reading("DATE", constant(f"{int(m.group('n')) - 1:02d}"), position_mod(m))


def read_quarter(m: re.Match[str], text: str) -> Reading | None:
    """"the third quarter", "third-quarter", "the first half of 2023": the year is the latest such period.
    "The last half of 1989" is the second; a "last" period of no year is left to the relative rules ("the
    last quarter" is the one before)."""
    half = (m.group("unit") or "quarter").lower() == "half"
    ordinal = (m.group("ord") or "").lower()
    if ordinal == "last":
        number = 2 if half and m.group("y") else 0
    else:
        number = ORDINALS.get(ordinal) or int(m.group("q") or 0)
    if not number or half and number > 2:
        return None
    label = f"H{number}" if half else f"Q{number}"
    if m.group("y"):
        return Reading("DATE", constant(f"{m.group('y')}-{label}"), position_mod(m))

    def resolve(anchor: date, direction: Direction) -> str:
        return f"{cal.period_near(anchor, number, 2 if half else 4, direction)[0]}-{label}"

    return Reading("DATE", anchored(resolve), position_mod(m))


def read_year_period(m: re.Match[str], text: str) -> Reading | None:
    """"the 1988 second quarter", "this year's third quarter", "last year's quarter": a quarter of a named
    year; without its number, the year (the tagger narrows it to the quarter the story is about)."""
    rel = (m.group("rel") or "").lower()
    number = ORDINALS.get((m.group("ord") or "").lower())
    label = ("H" if m.group("unit").lower() == "half" else "Q") + str(number) if number else ""

    def value(year: int) -> str:
        return f"{year}-{label}" if label else str(year)

    if m.group("y"):
        return Reading("DATE", constant(value(int(m.group("y")))))
    shift = {"this": 0, "last": -1, "next": 1}[rel]
    return Reading("DATE", anchored(lambda a, d: value(a.year + shift)))


def holiday_in(name: str, year: int) -> date:
    """The day of a named holiday in a year."""
    if name.startswith("thanksgiving"):
        return cal.nth_weekday(year, 11, 3, 4)
    if name.startswith("easter"):
        return cal.easter(year)
    if name == "labor day":
        return cal.nth_weekday(year, 9, 0, 1)
    if name == "memorial day":
        return cal.nth_weekday(year, 5, 0, -1)
    if name == "election day":  # US: the Tuesday after the first Monday in November
        return cal.nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    return date(year, *FIXED_HOLIDAYS[name])


def read_holiday(m: re.Match[str], text: str) -> Reading | None:
    """"Christmas", "Thanksgiving 2023", "Easter week": the holiday's day, or the ISO week holding it. A
    holiday week has begun once its Monday is past ("as Easter week began" on that Monday is this one)."""
    name = re.sub(r"\s+", " ", m.group("h").lower()).replace("’", "'")
    if not capitalised(m.group("h")):
        return None
    week = m.group("hw") is not None

    def start(day: date) -> date:
        return day - timedelta(days=day.weekday()) if week else day

    weekend = week and m.group("hwe") is not None

    def value(day: date) -> str:
        if weekend:
            saturday = day + timedelta(days=min(5 - day.weekday(), -2 - day.weekday(), key=abs))
            return cal.week_value(saturday) + "-WE"
        return cal.week_value(day) if week else day.isoformat()

    if m.group("y"):
        return Reading("DATE", constant(value(holiday_in(name, int(m.group("y"))))))

    def resolve(anchor: date, direction: Direction) -> str:
        days = [holiday_in(name, anchor.year + k) for k in (-1, 0, 1)]
        if direction != "nearest":
            days = [d for d in days if (start(d) <= anchor) == (direction == "past") or start(d) == anchor]
        return value(min(days, key=lambda d: abs((start(d) - anchor).days)))

    return Reading("DATE", anchored(resolve))


def read_week_of(m: re.Match[str], text: str) -> Reading | None:
    """"the week of March 6": the ISO week holding that day (the year from the anchor when not named)."""
    day = read_month_day(m, text)
    if day is None:
        return None
    return Reading("DATE", lambda ctx: _week_holding(day.resolve(ctx)))


def _week_holding(value: str | None) -> str | None:
    return cal.week_value(date.fromisoformat(value)) if value else None
