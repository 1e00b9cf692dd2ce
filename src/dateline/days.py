"""Days in words: the one way every output (Markdown, web pages, figure series) says a range of days, and the
one table of month and weekday names every reader of dates in words (the time rules, a page's printed date
line, a scrape's) parses.

A module of its own, with no imports from the package, so both the core records (:mod:`dateline.model`)
and the derived records (:mod:`dateline.records`) can use it without an import cycle.
"""

from __future__ import annotations

import re
from datetime import date

#: English month names and their abbreviations ("sept" too) to their numbers, whatever the locale.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
#: English weekday names and their abbreviations to their numbers (Monday 0), as dates print them.
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}
#: A month in a date written in words, full or abbreviated ("Nov.", "November"), capitalised as dates print it.
MONTH_PATTERN = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
#: A stamp's label saying its date is an edit's, not the publication's ("Updated:", "Last modified"), as a
#: page's date line and a text's header stamp both print it.
UPDATE_LABEL = re.compile(r"\b(?:updated|modified|edited)\b", re.IGNORECASE)


def day_range_phrase(earliest: date | str | None, latest: date | str | None) -> str:
    """``2023-12-21``, ``between A and B``, ``on or after A``, ``on or before B`` or ``unknown``."""
    if earliest and earliest == latest:
        return str(earliest)
    if earliest and latest:
        return f"between {earliest} and {latest}"
    if earliest or latest:
        return f"on or after {earliest}" if earliest else f"on or before {latest}"
    return "unknown"
