"""Each storyline's timeline, summarized from the store's sentences: the product timeline, stored by
:func:`rebuild_timeline`, and a reader's own, summarized afresh."""

from __future__ import annotations

import sqlite3
from datetime import date

from dateline.model import TimelineEntry
from dateline.store.storylines import storyline_ids
from dateline.store.timeline import replace_timeline
from dateline.timeline.candidates import storyline_candidates
from dateline.timeline.dates import in_range
from dateline.timeline.records import CandidateSentence, SummaryDay
from dateline.timeline.summarize import summarize

#: A product timeline lists every day its sources name, up to what a reader takes in at a glance.
MAX_TIMELINE_DAYS = 40


def rebuild_timeline(conn: sqlite3.Connection) -> int:
    """Summarize every storyline into its timeline, replacing the stored one; return the entry count."""
    return replace_timeline(conn, [(storyline_id, TimelineEntry(day.date, c.article_id, c.start, c.end, c.text))
                                   for storyline_id in storyline_ids(conn)
                                   for day in storyline_timeline(storyline_candidates(conn, storyline_id))
                                   for c in day.sentences])


def storyline_timeline(candidates: list[CandidateSentence]) -> list[SummaryDay]:
    """The days the storyline's sentences name (the best ones, if there are many), with their sentences."""
    return summarize(candidates, n_dates=named_day_count(candidates))


def named_day_count(candidates: list[CandidateSentence], start: date | None = None,
                    end: date | None = None) -> int | None:
    """How many days a product timeline lists: those the sentences name within ``[start, end]``, up to
    :data:`MAX_TIMELINE_DAYS`; None (the summarizer's own choice) when they name none."""
    named = {day for c in candidates for day in c.referenced_dates if in_range(day, start, end)}
    return min(len(named), MAX_TIMELINE_DAYS) or None


def summarized_timeline(conn: sqlite3.Connection, storyline_id: str, n_dates: int | None = None,
                        sentences_per_date: int | None = None, start: date | None = None,
                        end: date | None = None) -> list[tuple[date, list[TimelineEntry]]]:
    """A storyline's timeline with the reader's own settings (number of days, sentences per day, date range),
    summarized afresh from the store and not stored; None leaves a setting automatic."""
    candidates = storyline_candidates(conn, storyline_id)
    if n_dates is None:
        n_dates = named_day_count(candidates, start, end)
    days = summarize(candidates, n_dates, sentences_per_date, start, end)
    return [(day.date, [TimelineEntry(day.date, c.article_id, c.start, c.end, c.text) for c in day.sentences])
            for day in days]
