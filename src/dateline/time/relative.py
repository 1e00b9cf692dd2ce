"""Readers for expressions resolved against the anchor day: weekdays, "yesterday", "last week",
"two weeks ago", durations, sets, clock times, seasons and the PRESENT/PAST/FUTURE references."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dateline.model import Direction
from dateline.time import calendar as cal
from dateline.time.lexicon import (
    FREQUENCY_ADVERBS,
    ORDINALS,
    PARTS_OF_DAY,
    QUANTITY_MODS,
    SEASONS,
    WEEKDAYS,
)
from dateline.time.rules import (
    Context,
    Reading,
    Resolver,
    anchored,
    capitalised,
    constant,
    duration_value,
    month_of,
    number_of,
    position_mod,
    unit_of,
    year_of,
)

DEICTIC_SHIFT = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
REFERENCES = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at present": "PRESENT_REF",
    "the present": "PRESENT_REF", "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF", "previously": "PAST_REF", "the future": "FUTURE_REF", "future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "a later date": "FUTURE_REF",
}


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").lower()).replace("’", "'")


def with_part_of_day(value: str, pod: str | None) -> str:
    """``2023-12-20`` + "night" -> ``2023-12-20TNI``."""
    return f"{value}T{PARTS_OF_DAY[pod.lower()]}" if value and pod else value


def read_weekday(m: re.Match[str], text: str) -> Reading | None:
    """A weekday: the past one unless the tense says future; "last"/"next" force the direction."""
    if not capitalised(m.group("wd")):
        return None
    weekday, rel, pod = WEEKDAYS[m.group("wd").lower()], _norm(m.group("rel")), m.group("pod")
    if m.group("pl"):
        return Reading("SET", constant(f"XXXX-WXX-{weekday + 1}" + (f"T{PARTS_OF_DAY[pod.lower()]}" if pod else "")))

    def resolve(anchor: date, direction: Direction) -> str:
        if rel in ("last", "the previous"):
            day = cal.weekday_near(anchor - timedelta(days=1), weekday, "past")
        elif rel in ("next", "coming"):
            day = cal.weekday_near(anchor + timedelta(days=1), weekday, "future")
        else:
            day = cal.weekday_near(anchor, weekday, direction)
        return with_part_of_day(day.isoformat(), pod)

    # "the previous Friday" is the Friday before the day the story is telling about, not before publication
    anaphor = "day" if rel == "the previous" else None
    return Reading("TIME" if pod else "DATE", anchored(resolve), position_mod(m), anaphor)


#: "today's" before people or the world they live in names the present era, not the day ("today's youth",
#: "in today's global economy"); so does "today's" under a quantifier ("many of today's computers").
ERA_HEAD = re.compile(r"['’]s\s+(?:\w+\s+)?(?:world|society|youth|young|generations?|children|kids|teenagers"
                      r"|students|parents|families|consumers|workers|economy|culture)\b", re.IGNORECASE)
QUANTIFIED = re.compile(r"\b(?:many|most|some|all|few)\s+of\s+$", re.IGNORECASE)


def generic_era(m: re.Match[str], text: str) -> bool:
    """Whether "today's" is the generic present ("today's world") or "of tomorrow" the generic future ("the
    people of tomorrow"): TimeML tags "today" and "tomorrow" only as days."""
    word = _norm(m.group("w"))
    if word == "tomorrow":
        return re.search(r"\bof\s+$", text[max(0, m.start() - 4):m.start()]) is not None
    if word != "today" or not re.match(r"['’]s\b", text[m.end():]):
        return False
    return bool(ERA_HEAD.match(text, m.end()) or QUANTIFIED.search(text[max(0, m.start() - 20):m.start()]))


def read_deictic(m: re.Match[str], text: str) -> Reading | None:
    """today / yesterday / tomorrow / tonight, with an optional part of day ("yesterday afternoon"); not the
    generic "today's" or "of tomorrow" of an era."""
    if generic_era(m, text):
        return None
    word, pod = _norm(m.group("w")), m.group("pod")
    if word == "tonight":
        pod = "night"
    shift = DEICTIC_SHIFT[word]
    resolve = anchored(lambda a, d: with_part_of_day((a + timedelta(days=shift)).isoformat(), pod))
    return Reading("TIME" if pod else "DATE", resolve, position_mod(m))


def read_this_part(m: re.Match[str], text: str) -> Reading | None:
    """"this morning", "last night": parts of the anchor day (or the night before)."""
    shift = -1 if _norm(m.group("rel")) == "last" else 0
    pod = m.group("pod")
    return Reading("TIME", anchored(lambda a, d: with_part_of_day((a + timedelta(days=shift)).isoformat(), pod)),
                   position_mod(m))


def read_the_part(m: re.Match[str], text: str) -> Reading:
    """"in the morning", "in the afternoon": that part of the day the story is telling about (the day it
    last named, else the publication day), as HeidelTime's news mode reads them."""
    pod = m.group("pod")
    return Reading("TIME", anchored(lambda a, d: with_part_of_day(a.isoformat(), pod)), anaphor="day", loose=True)


def read_mid_day(m: re.Match[str], text: str) -> Reading:
    """"mid-afternoon yesterday", "by mid afternoon", "at midday": a part of the anchor day or of the day
    named (midday is noon)."""
    shift = DEICTIC_SHIFT[_norm(m.group("w"))] if m.group("w") else 0
    pod = m.group("pod")
    clock = f"T{PARTS_OF_DAY[pod.lower()]}" if pod else "T12:00"
    return Reading("TIME", anchored(lambda a, d: (a + timedelta(days=shift)).isoformat() + clock))


def read_reference(m: re.Match[str], text: str) -> Reading | None:
    """now, currently, recently, the past, the future…: TIMEX3 reference values. "recent years", "the coming
    weeks" are spans of a vague number of units (``PXY``, ``PXW``), as "for years" is."""
    word = _norm(m.group("ref"))
    noun = m.group("noun")
    if word == "the future" and re.match(r"\s+of\b", text[m.end():]):
        return None  # "the future of our peoples" is their fate, not a time
    if qualifies_like_former(word, m, text):
        return None
    vague = word in ("recent", "coming", "the coming")
    if noun or vague:
        return Reading("DURATION", constant(duration_value(None, unit_of(noun)))) if noun and vague else None
    value = REFERENCES.get(word)
    return Reading("DATE", constant(value)) if value else None


#: What "current" may qualify as "former" does: the people who hold a role, after "and former" or a title's
#: own words ("current acting FBI Director", "current President Enrique Pena Nieto").
ROLE_HOLDER = re.compile(
    r"\s+(?:and\s+former\s+|(?:acting|deputy|interim|[A-Z][\w.]*)\s+){0,3}(?i:president|vice\s+president"
    r"|chair(?:man|woman)?|directors?|secretary|secretaries|officials?|members?|leaders?|heads?|chiefs?|ceos?"
    r"|executives?|ministers?|governors?|mayors?|senators?|lawmakers?|employees?|staff(?:ers)?|owners?"
    r"|players?|students?|commissioners?|justices?|judges?|officers?|ambassadors?)\b")


def qualifies_like_former(word: str, m: re.Match[str], text: str) -> bool:
    """Whether "current" or "now" qualifies a noun as "former" would, a time no event is at: "current and
    former officials", "our current president", "the now-former officers", "the now-indefinite policy"."""
    if word == "now":
        return text[m.end():m.end() + 1] == "-"
    return word == "current" and (ROLE_HOLDER.match(text, m.end()) or BESIDE_FORMER.match(text, m.end())) is not None


#: "current and former federal officers": coordinated with "former", "current" is the same kind of word,
#: whatever noun the two qualify.
BESIDE_FORMER = re.compile(r"\s+(?:and|or)\s+former\b", re.IGNORECASE)


def shifted_unit(anchor: date, unit: str, amount: int) -> str | None:
    """The calendar unit containing ``anchor`` moved by ``amount`` units, as a TIMEX3 value."""
    if unit == "day":
        return (anchor + timedelta(days=amount)).isoformat()
    if unit in ("week", "weekend"):
        value = cal.week_value(anchor + timedelta(weeks=amount))
        return value + "-WE" if unit == "weekend" else value
    if unit == "month":
        return cal.month_value(*cal.add_months(anchor.year, anchor.month, amount))
    if unit == "quarter":
        year, q = cal.add_quarters(anchor.year, cal.quarter_of(anchor), amount)
        return f"{year}-Q{q}"
    if unit == "year":
        return str(anchor.year + amount)
    if unit == "decade":
        return str(anchor.year // 10 + amount)
    if unit == "century":
        return f"{anchor.year // 100 + amount:02d}"
    return None


RELATIVE_SHIFT = {"this": 0, "current": 0, "the current": 0, "last": -1, "previous": -1, "the previous": -1,
                  "the past": -1, "past": -1, "the last": -1,
                  "next": 1, "coming": 1, "the coming": 1, "the next": 1, "the": 0, "the latest": -1}
#: "the past decade", "the next century": spans reckoned back or ahead from the report (the last ten years,
#: not the 1980s). "The past year" or "the next month" is, like "last year", the calendar unit before or
#: after the anchor's, as TimeBank annotates it; a counted span ("the past three years") is a duration.
DURATIVE = frozenset({"the past", "past", "the last", "the next", "the coming"})
LONG_UNITS = frozenset({"decade", "century"})
#: "in the past week", "over the past month": the days up to the report, not the calendar week or month before
#: it ("last week"), as the real-news labels read them at three outlets. Not "the past year", which TimeBank
#: labels as the calendar year before, nor "this past week" (the week just ended), nor "the last week", which
#: is as often the final week of something.
LOOKBACK = frozenset({"the past"})
SHORT_SPANS = frozenset({"week", "month"})
#: "the past week of talks" is a calendar week the text goes on to name, not a span up to the report.
OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


def approximated(m: re.Match[str]) -> str | None:
    """APPROX for an expression closed by "or so" ("the next year or so")."""
    return "APPROX" if m.groupdict().get("orso") else None


def read_relative_unit(m: re.Match[str], text: str) -> Reading | None:
    """"last week", "this year", "next month", "the past year" (the year before), "the end of the year"."""
    rel, unit, mod = _norm(m.group("rel")), unit_of(m.group("unit")), position_mod(m) or approximated(m)
    if unit == "period":
        # "the latest period" in a results story is the quarter just reported
        unit = "quarter" if rel in ("the latest", "the current", "this") else ""
        if not unit:
            return None
    if unit in SEASONS or unit == "fall" or unit == "autumn":
        return read_season_unit(rel, unit, mod)
    if rel == "the" and unit == "year" and not mod:
        return _the_year(text[m.end():])
    if not mod and (rel in DURATIVE and unit in LONG_UNITS
                    or rel in LOOKBACK and unit in SHORT_SPANS and not OF_AFTER.match(text, m.end())):
        return Reading("DURATION", constant(duration_value(1, unit)))
    if rel == "the" and not mod and unit not in ("quarter", "weekend"):
        return None
    if rel == "the latest" and unit != "quarter" or rel not in RELATIVE_SHIFT:
        return None
    if unit == "weekend" and rel in ("the", "this", "the past", "past"):
        return Reading("DATE", anchored(lambda a, d: _weekend(a, d)), mod)
    shift = RELATIVE_SHIFT.get(rel, 0)
    if unit == "quarter" and rel in ("the", "the latest"):
        shift = -1
    return Reading("DATE", anchored(lambda a, d: shifted_unit(a, unit, shift)), mod)


def read_anaphoric_unit(m: re.Match[str], text: str) -> Reading | None:
    """"that year", "later that day", "the following month", "the next day": the unit of the date the text
    last named, or the one after it (the tagger supplies that date as the anchor)."""
    rel, unit = _norm(m.group("rel")), m.group("unit").lower()
    if rel == "next" and unit != "day":
        return None  # "the next year" is the year ahead of the report (a relative unit), not an anaphor
    shift = 1 if rel in ("following", "next") else 0
    return Reading("DATE", anchored(lambda a, d: shifted_unit(a, unit, shift)), position_mod(m), unit)


def read_year_end(m: re.Match[str], text: str) -> Reading:
    """"by year-end", "by year's end": the end of the anchor's year, as "the end of the year" is."""
    return Reading("DATE", anchored(lambda a, d: shifted_unit(a, "year", 0)), "END")


def _the_year(after: str) -> Reading | None:
    """"the year" alone, as results stories use it: a year's length before "ended June 30" (the dates that
    follow place it), the anchor's year otherwise ("a high for the year", "sales for the full year");
    "the year before" counts from another expression and is left out."""
    if re.match(r"\s+(?:before|after)\b", after):
        return None
    if re.match(r"\s+end(?:ed|ing)\b", after):
        return Reading("DURATION", constant(duration_value(1, "year")))
    return Reading("DATE", anchored(lambda a, d: shifted_unit(a, "year", 0)))


def _weekend(anchor: date, direction: Direction) -> str:
    """The weekend the tense points to: the last one (or the current one, on a weekend) unless future."""
    saturday = cal.weekday_near(anchor, 5, "future" if direction == "future" else "past")
    if anchor.weekday() == 6 and direction != "future":
        saturday = anchor - timedelta(days=1)
    return cal.week_value(saturday) + "-WE"


SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def read_season_unit(rel: str, unit: str, mod: str | None) -> Reading:
    """"last summer", "next winter", "the summer"."""
    start, code = SEASON_START[SEASONS[unit]], SEASONS[unit]

    def resolve(anchor: date, direction: Direction) -> str:
        shift = _the_season_shift(start, anchor.month, direction) if rel == "the" else \
            _season_shift(rel, start, anchor.month)
        return f"{anchor.year + shift}-{code}"

    return Reading("DATE", anchored(resolve), mod)


def _the_season_shift(start: int, month: int, direction: Direction) -> int:
    """"the summer" is the one under way or past in the past tense, the coming one in the future tense, and
    the anchor year's when the tense says nothing."""
    if direction == "past":
        return -(start > month)
    if direction == "future":
        return int(month > start + 2)
    return 0


def _season_shift(rel: str, start: int, month: int) -> int:
    """Years to add to the anchor's for a season starting in month ``start`` named with ``rel``."""
    if rel in ("last", "the past", "past", "previous", "the previous"):
        return -(not start + 3 <= month)
    if rel in ("next", "coming", "the coming", "the next"):
        return int(not start > month)
    return 0


def read_season_year(m: re.Match[str], text: str) -> Reading:
    return Reading("DATE", constant(f"{year_of(m)}-{SEASONS[m.group('s').lower()]}"), position_mod(m))


def read_duration(m: re.Match[str], text: str) -> Reading | None:
    """"two weeks", "the past three years", "a 10-year", "about an hour"; with "ago" a date in the past.

    Ages ("6-year-old") are not time expressions; "a second" is an ordinal; "three-quarters" a fraction.
    """
    unit, num = unit_of(m.group("unit")), _norm(m.group("num"))
    amount = number_of(num)
    plural = m.group("unit").lower().endswith("s") or unit == "century" and m.group("unit").lower() != "century"
    if (m.group("long") or "").strip(" -") == "old" or num in ("a", "an") and (plural or unit == "second"):
        return None
    if (amount or 0) > 1000 or unit == "quarter" and "-" in m.group(0):
        return None
    if some_day(m, text):
        return Reading("DATE", constant("FUTURE_REF"))
    if amount is not None and (m.group("frac") or m.group("frac2")):
        amount += 0.5
    mod = QUANTITY_MODS.get(_norm(m.group("qmod"))) if m.group("qmod") else approximated(m)
    return _duration_or_offset(amount, unit, _norm(m.group("dir")), mod)


#: A modal just before "one day": "Islam will one day be the second religion".
MODAL_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|shall|should)\s+$", re.IGNORECASE)


def some_day(m: re.Match[str], text: str) -> bool:
    """Whether "one day" is the adverb of an unknown future day ("will one day be"), which TimeML values
    FUTURE_REF, rather than a day's length."""
    return _norm(m.group(0)) == "one day" and MODAL_BEFORE.search(text[max(0, m.start() - 8):m.start()]) is not None


def _duration_or_offset(amount: float | None, unit: str, direction: str, mod: str | None) -> Reading:
    """"ago" / "from now" make a date; "a year earlier" too (year-on-year comparisons are reckoned from the
    report); "two years later" is the year that many years after the one the text last named (the
    real-news labels of three outlets date it so); other "earlier" counts from an event we do not know, so it
    stays a duration. The rule takes "later" only after years: "three days later" is the duration."""
    if direction in ("ago", "from now", "hence") or direction == "earlier" and unit == "year":
        return read_offset(amount, unit, 1 if direction in ("from now", "hence") else -1, mod)
    if direction == "later":
        return replace(read_offset(amount, unit, 1, mod), anaphor="year")
    return Reading("DURATION", constant(duration_value(amount, unit)), mod)


def read_year_ago(m: re.Match[str], text: str) -> Reading:
    """"year-earlier", "the year-ago quarter": the year before the anchor's (the tagger narrows it to the
    quarter when the story is about one). "The year-ago third quarter" names its quarter (or half) of that
    year, one expression as TimeML tags it, not a year and a quarter of this year."""
    ordinal = m.group("ord")
    if not ordinal:
        return read_offset(1.0, "year", -1, None)
    label = ("H" if m.group("unit").lower() == "half" else "Q") + str(ORDINALS[ordinal.lower()])
    return Reading("DATE", anchored(lambda a, d: f"{a.year - 1}-{label}"))


def read_offset(amount: float | None, unit: str, sign: int, mod: str | None) -> Reading:
    """"two weeks ago" -> the week two weeks before the anchor's (``2023-W41``), at the unit's granularity."""
    if amount is None:
        return Reading("DATE", constant("PAST_REF" if sign < 0 else "FUTURE_REF"), mod)
    steps = int(amount * sign) if float(amount).is_integer() else None

    def resolve(anchor: date, direction: Direction) -> str | None:
        if steps is None:
            return None
        if unit in ("hour", "minute", "second"):
            return anchor.isoformat() if abs(steps) < 12 or unit != "hour" else None
        return shifted_unit(anchor, unit, steps)

    return Reading("DATE", anchored(resolve), mod)


def read_vague_plural(m: re.Match[str], text: str) -> Reading:
    """"for years", "within weeks": a duration of unknown length."""
    return Reading("DURATION", constant(duration_value(None, unit_of(m.group("unit")))))


def read_set(m: re.Match[str], text: str) -> Reading | None:
    """"every day", "each year", "every other week", "every Monday", "each July", "twice a week"."""
    if m.group("wd"):
        return Reading("SET", constant(f"XXXX-WXX-{WEEKDAYS[m.group('wd').lower()] + 1}"))
    if m.group("month"):
        return Reading("SET", constant(f"XXXX-{month_of(m):02d}"))
    amount = number_of(m.group("num")) if m.group("num") else 1.0
    if m.group("other"):
        amount = 2.0
    return Reading("SET", constant(duration_value(amount, unit_of(m.group("unit")))))


def read_rate(m: re.Match[str], text: str) -> Reading | None:
    """"$5 billion a year", "three times a week": a SET only after a quantity."""
    before = text[max(0, m.start() - 30):m.start()]
    if not m.group("times") and not re.search(r"(?:\d|million|billion|percent|%|cents?|dollars?)\W*\s*$", before):
        return None
    return Reading("SET", constant(duration_value(1, unit_of(m.group("unit")))))


def read_frequency(m: re.Match[str], text: str) -> Reading:
    return Reading("SET", constant(FREQUENCY_ADVERBS[m.group("f").lower()]))


def read_clock(m: re.Match[str], text: str) -> Reading | None:
    """"5 p.m.", "10:35 a.m. EST Thursday", "noon Saturday": a time on the anchor day or the named day."""
    hour, minute = _clock(m)
    if hour is None or _high_noon(m, text):
        return None
    day = _day_resolver(m)
    mod = QUANTITY_MODS.get(_norm(m.group("qmod"))) if m.group("qmod") else None
    clock = f"T{hour:02d}:{minute:02d}"

    def resolve(ctx: Context) -> str | None:
        value = day(ctx)
        return f"{value}{clock}" if value else None

    # "shot to death at 10 p.m.": a clock time naming no day is on the day the story is telling about
    dayless = not (m.group("wd") or m.group("w") or m.group("month"))
    return Reading("TIME", resolve, mod, "day" if dayless else None, loose=True)


def _high_noon(m: re.Match[str], text: str) -> bool:
    """"High noon" is the idiom for a decisive moment (after the film), not 12:00 of a day."""
    return bool(m.group("nm")) and re.search(r"\bhigh\s+$", text[max(0, m.start() - 5):m.start()],
                                             re.IGNORECASE) is not None


def _clock(m: re.Match[str]) -> tuple[int | None, int]:
    if m.group("nm"):
        return (12, 0) if m.group("nm").lower() == "noon" else (24, 0)
    hour, minute = int(m.group("h")), int(m.group("mi") or 0)
    ampm = _meridiem(m)
    if hour > 23 or minute > 59 or ampm and not 1 <= hour <= 12:
        return None, 0
    if ampm.startswith("p") and hour != 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    return hour, minute


def _meridiem(m: re.Match[str]) -> str:
    """"a.m."/"p.m." as written, else read off the part of day ("4 in the morning", "9 in the evening")."""
    if m.group("ap"):
        return m.group("ap").lower()
    pod = (m.group("pod") or "").lower()
    return "am" if pod == "morning" else "pm" if pod else ""


def _day_resolver(m: re.Match[str]) -> Resolver:
    """The day a clock time falls on: a named weekday, a deictic word, a month-day, else the anchor."""
    if m.group("wd"):
        weekday = WEEKDAYS[m.group("wd").lower()]
        return anchored(lambda a, d: cal.weekday_near(a, weekday, d).isoformat())
    if m.group("w"):
        shift = DEICTIC_SHIFT[m.group("w").lower()]
        return anchored(lambda a, d: (a + timedelta(days=shift)).isoformat())
    if m.group("month"):
        month, day = month_of(m), int(m.group("d"))

        def on_month_day(anchor: date, direction: Direction) -> str | None:
            found = cal.month_day_near(anchor, month, day, direction)
            return found.isoformat() if found else None

        return anchored(on_month_day)
    return anchored(lambda a, d: a.isoformat())
