"""The summarizer's input from the store: every sentence of a storyline with the days it names."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from itertools import groupby
from typing import Any

from dateline.time.calendar import is_day_value
from dateline.timeline.features import LEAD_SENTENCES, is_usable
from dateline.timeline.records import CandidateSentence

# "since October 7" or "until Friday" frames a state that spans the day rather than an event on it.
_SPANNING_PREPOSITIONS = re.compile(r"\b(since|until|till|by|before|through|throughout)\s*$", re.I)

_QUERY = """
    SELECT s.article_id, s.start, s.end, s.text, a.published_earliest, a.published_latest, t.start, t.value
    FROM sentences s JOIN articles a ON a.id = s.article_id
    LEFT JOIN time_expressions t ON t.article_id = s.article_id AND t.start >= s.start AND t.end <= s.end
        AND t.type = 'DATE' AND t.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
    WHERE a.storyline_id = ? AND a.duplicate_of IS NULL
    ORDER BY s.article_id, s.start, t.start"""


def storyline_candidates(conn: sqlite3.Connection, storyline_id: str) -> list[CandidateSentence]:
    """One record per sentence of the storyline's original articles (duplicates are not counted twice)."""
    rows = conn.execute(_QUERY, (storyline_id,)).fetchall()
    candidates: list[CandidateSentence] = []
    for _, grouped in groupby(rows, key=lambda r: r[0]):
        article_rows = list(grouped)
        sentences = [_candidate(list(group)) for _, group in groupby(article_rows, key=lambda r: r[1])]
        earliest, latest = article_rows[0][4:6]
        bounded = earliest and latest and earliest != latest  # not exact, not open-ended ("on or after")
        candidates += _dated_by_lead(sentences, earliest, latest) if bounded else sentences
    return candidates


def _candidate(rows: list[tuple[Any, ...]]) -> CandidateSentence:
    article_id, start, end, text, earliest, latest = rows[0][:6]
    timexes = [(timex_start - start, value) for *_, timex_start, value in rows if value]
    published = date.fromisoformat(earliest) if earliest and earliest == latest else None
    return CandidateSentence(article_id, start, end, text, published, named_days(text, timexes))


def _dated_by_lead(sentences: Sequence[CandidateSentence], earliest: str, latest: str) -> list[CandidateSentence]:
    """An article dated only to a range (a week from a photo caption) is news of the day its lead reports,
    when that day lies within the range: the first day its opening readable sentences name ("Burns, who was
    in Qatar on Tuesday"). Its sentences then count as published on that day, as an exactly dated report of
    it would; with no such day they stay undated. (Captions and credits are not read: a photo's date is not
    the news.)"""
    first, last = date.fromisoformat(earliest), date.fromisoformat(latest)
    lead = [c for c in sentences if is_usable(c)][:LEAD_SENTENCES]
    day = next((d for c in lead for d in c.referenced_dates if first <= d <= last), None)
    return [replace(c, article_published=day) for c in sentences] if day else list(sentences)


def named_days(sentence: str, timexes: list[tuple[int, str]]) -> tuple[date, ...]:
    """The days a sentence reports events on: its day-precise DATE values (given with their offset in the
    sentence), in order, without those that only bound a span."""
    days = (date.fromisoformat(value) for offset, value in timexes
            if is_day_value(value) and reports_event_on_day(sentence[:offset]))
    return tuple(dict.fromkeys(days))


def reports_event_on_day(text_before_timex: str) -> bool:
    """False when the expression is the bound of a span ("since October 7"), not the day of an event."""
    return _SPANNING_PREPOSITIONS.search(text_before_timex) is None
