"""Sentences that report something on a known day, found through their resolved time expressions."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
# "since October 7" or "until Friday" frames a state that spans the day rather than an event on it.
_SPANNING_PREPOSITIONS = re.compile(r"\b(since|until|till|by|before|through|throughout)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DatedSentence:
    """A sentence and the day one of its time expressions points to."""

    day: date
    article_id: str
    start: int
    end: int
    text: str
    timex_text: str


def dated_sentences(conn: sqlite3.Connection) -> Iterator[DatedSentence]:
    """Each (sentence, day) pair where a day-precise DATE expression in the sentence names the day."""
    rows = conn.execute("""
        SELECT s.article_id, s.start, s.end, s.text, t.start, t.text, t.value
        FROM time_expressions t
        JOIN sentences s ON s.article_id = t.article_id AND t.start >= s.start AND t.end <= s.end
        WHERE t.type = 'DATE' AND t.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
        ORDER BY t.value, s.article_id, s.start""")
    for article_id, start, end, text, timex_start, timex_text, value in rows:
        if reports_event_on_day(text[: timex_start - start]):
            yield DatedSentence(date.fromisoformat(value), article_id, start, end, text, timex_text)


def reports_event_on_day(text_before_timex: str) -> bool:
    """False when the expression is the bound of a span ("since October 7"), not the day of an event."""
    return _SPANNING_PREPOSITIONS.search(text_before_timex) is None
