"""Calendar arithmetic and TIMEX3 value formatting, with no language in it.

Every function is pure and works on ``datetime.date``, so the rules can be tested against any anchor day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TypeGuard

from dateline.model import Direction

_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


def day_value(day: date) -> str:
    return day.isoformat()


def is_day_value(value: str | None) -> TypeGuard[str]:
    """Whether a TIMEX3 value names one whole day (``2023-10-07``), as against a week, month or time."""
    return value is not None and _DAY_VALUE.fullmatch(value) is not None


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(day: date) -> str:
    """ISO week of ``day`` as TIMEX3 writes it (``2023-W50``)."""
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) shifted by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def add_quarters(year: int, quarter: int, delta: int) -> tuple[int, int]:
    index = year * 4 + (quarter - 1) + delta
    return index // 4, index % 4 + 1


#: With no tense to go by, a weekday one or two days ahead ("talks resume Tuesday" in a Monday paper) is
#: the coming one; any other is the past one.
NEAREST_WEEKDAY_AHEAD = 2


def weekday_near(anchor: date, weekday: int, direction: Direction) -> date:
    """The day with ``weekday`` (0 = Monday) nearest ``anchor`` in ``direction``; the anchor's own weekday is
    the anchor itself (news convention: "said on Thursday" in a Thursday paper is that day)."""
    back, ahead = (anchor.weekday() - weekday) % 7, (weekday - anchor.weekday()) % 7
    if direction == "future" or direction == "nearest" and 0 < ahead <= NEAREST_WEEKDAY_AHEAD:
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back)


#: A month (or month-day) without a year is in the anchor's year unless that puts it more than this many
#: months against the tense ("said on Nov. 20" in early November is last year's), or, with no tense, more
#: than six months away (a January story's "Oct. 7" is last October).
AGAINST_TENSE_MONTHS = 2
NEAREST_MONTHS = 6


def year_for(anchor: date, month: int, day: int, direction: Direction) -> int:
    """The year of an expression naming only a month (and day), read as news does."""
    offset = (month - anchor.month) + (day - anchor.day) / 31
    if direction == "past" and offset > AGAINST_TENSE_MONTHS:
        return anchor.year - 1
    if direction == "future" and offset < -AGAINST_TENSE_MONTHS:
        return anchor.year + 1
    if direction == "nearest" and abs(offset) > NEAREST_MONTHS:
        return anchor.year - 1 if offset > 0 else anchor.year + 1
    return anchor.year


def year_beyond(anchor: date, month: int, step: int) -> int:
    """The year of "next <month>" (``step`` 1) or "last <month>" (-1): the first such month strictly after
    (before) the anchor's own, with no tolerance for the tense, since the word itself says which way
    ("next January" in a January paper is the coming year's)."""
    if step > 0:
        return anchor.year if month > anchor.month else anchor.year + 1
    return anchor.year if month < anchor.month else anchor.year - 1


def month_day_near(anchor: date, month: int, day: int, direction: Direction) -> date | None:
    """The date with this month and day that ``anchor`` and ``direction`` point to (None if it never exists)."""
    return _safe_date(year_for(anchor, month, day, direction), month, day)


def month_near(anchor: date, month: int, direction: Direction) -> tuple[int, int]:
    """(year, month) of the month ``month`` that ``anchor`` and ``direction`` point to."""
    return year_for(anchor, month, 15, direction), month


def period_near(anchor: date, number: int, per_year: int, direction: Direction) -> tuple[int, int]:
    """(year, number) of the quarter (``per_year`` 4) or half (2) called ``number`` that the tense points to:
    the latest one so far, else the next one; but a period that has just ended still counts under the
    future tense, since its results are announced after it ("third-quarter earnings will be lower" in
    October is this year's third quarter)."""
    current = (anchor.month - 1) * per_year // 12 + 1
    back = (current - number) % per_year
    if direction == "future" and back > 1:
        back -= per_year
    index = anchor.year * per_year + current - 1 - back
    return index // per_year, index % per_year + 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def safe_date(year: int, month: int, day: int) -> date | None:
    """``date(year, month, day)`` or None when no such day exists (Feb 30)."""
    return _safe_date(year, month, day)


def shared_value(values: list[str | None]) -> str | None:
    """The most specific TIMEX3 value all ``values`` agree on: the value itself, else their common leading
    components (``2024-03-21`` and ``2024-03-22`` share ``2024-03``), else None."""
    if not values or any(v is None for v in values):
        return None
    first = values[0]
    if all(v == first for v in values):
        return first
    parts = [v.replace("T", "-T").split("-") for v in values if v]
    common: list[str] = []
    for column in zip(*parts):
        if len(set(column)) != 1:
            break
        common.append(column[0])
    return "-".join(common).replace("-T", "T") if common and not common[-1].startswith("W") else _year_only(common)


def _year_only(common: list[str]) -> str | None:
    """A week or time component left dangling is not a value; fall back to the year."""
    return common[0] if common and common[0].isdigit() else None


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` of a month (n = -1: the last), e.g. Thanksgiving = 4th Thursday of November."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    y, m = add_months(year, month, 1)
    last = date(y, m, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)
