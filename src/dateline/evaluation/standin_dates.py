"""A stand-in day resolver for the Timeline17 evaluation, until ``dateline.time`` is ready.

Timeline summarization needs, per sentence, the days it talks about. The project's temporal tagger is
being written separately; meanwhile this module resolves the three kinds of expression that carry most
day-level references in news text, on Timeline17's tokenised lines:

- a month and day, with or without a year (``April 20 , 2010``, ``20 April``, ``Sept. 3``): the year,
  when missing, is the one putting the day nearest the publication date;
- a weekday (``on Tuesday``): the last such day up to the publication date, or the next one when the
  sentence speaks of the future (``will``, ``next``, ``scheduled``) — the usual reading in news;
- ``today`` / ``tonight`` / ``yesterday`` / ``tomorrow`` / ``last night``, from the publication date.

Month-only, year-only and duration expressions are left out: a timeline is made of days.
:func:`referenced_dates` is the only entry point, so swapping in the real tagger is a one-line change.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1}

# "May" alone is too often the verb, so a bare month name needs an adjacent day number.
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:\s*,?\s*(?P<year>(?:19|20)\d\d))?"
_MONTH_DAYS = (re.compile(rf"\b{_MONTH}\s+{_DAY}{_YEAR}\b", re.IGNORECASE),
               re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR}\b", re.IGNORECASE))
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
_RELATIVE_RE = re.compile(r"\b(today|tonight|yesterday|tomorrow|last night)\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(will|next|scheduled|plans? to|due to|expected to|set to|'ll)\b", re.IGNORECASE)


def referenced_dates(text: str, published: date) -> list[date]:
    """The days a sentence refers to, in order of appearance and without repeats."""
    found = [*_month_days(text, published), *_weekdays(text, published), *_relatives(text, published)]
    return list(dict.fromkeys(day for _, day in sorted(found, key=lambda hit: hit[0])))


def _month_days(text: str, published: date) -> list[tuple[int, date]]:
    hits = []
    for m in (m for pattern in _MONTH_DAYS for m in pattern.finditer(text)):
        month, day = _MONTHS[m["month"].lower()], int(m["day"])
        resolved = _on(int(m["year"]), month, day) if m["year"] else _nearest_year(month, day, published)
        if resolved is not None:
            hits.append((m.start(), resolved))
    return hits


def _on(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest_year(month: int, day: int, published: date) -> date | None:
    """The day with this month and day closest to ``published`` (the previous, same or next year)."""
    options = [d for y in (-1, 0, 1) if (d := _on(published.year + y, month, day)) is not None]
    return min(options, key=lambda d: abs((d - published).days), default=None)


def _weekdays(text: str, published: date) -> list[tuple[int, date]]:
    forward = _FUTURE.search(text) is not None
    hits = []
    for m in _WEEKDAY.finditer(text):
        offset = (_WEEKDAYS.index(m[1].lower()) - published.weekday()) % 7
        if forward:
            hits.append((m.start(), published + timedelta(days=offset or 7)))
        else:
            hits.append((m.start(), published - timedelta(days=(7 - offset) % 7)))
    return hits


def _relatives(text: str, published: date) -> list[tuple[int, date]]:
    return [(m.start(), published + timedelta(days=_RELATIVE[m[1].lower()])) for m in _RELATIVE_RE.finditer(text)]
