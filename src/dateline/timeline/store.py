"""Writing each storyline's timeline to the store and reading it back grouped by day."""

from __future__ import annotations

import sqlite3
from datetime import date
from itertools import groupby

from dateline.model import TimelineEntry
from dateline.timeline.candidates import storyline_candidates
from dateline.timeline.records import CandidateSentence, SummaryDay
from dateline.timeline.summarize import summarize

#: A product timeline lists every day its sources name, up to what a reader takes in at a glance.
MAX_TIMELINE_DAYS = 40


def rebuild_timeline(conn: sqlite3.Connection) -> int:
    """Summarize every storyline into its timeline, replacing the stored one; return the entry count."""
    conn.execute("DELETE FROM timeline_entries")
    storylines = [row[0] for row in conn.execute("SELECT id FROM storylines ORDER BY id")]
    rows = [(day.date.isoformat(), c.article_id, c.start, c.end, c.text, storyline_id)
            for storyline_id in storylines
            for day in storyline_timeline(storyline_candidates(conn, storyline_id))
            for c in day.sentences]
    conn.executemany("""INSERT INTO timeline_entries (day, article_id, start, end, text, storyline_id)
                        VALUES (?, ?, ?, ?, ?, ?)""", rows)
    return len(rows)


def storyline_timeline(candidates: list[CandidateSentence]) -> list[SummaryDay]:
    """The days the storyline's sentences name (the best ones, if there are many), with their sentences."""
    named_days = {day for c in candidates for day in c.referenced_dates}
    n_dates = min(len(named_days), MAX_TIMELINE_DAYS) or None
    return summarize(candidates, n_dates=n_dates)


def timeline_by_day(conn: sqlite3.Connection, storyline_id: str | None = None) -> list[tuple[date, list[TimelineEntry]]]:
    """The stored timeline (of one storyline, or all), oldest day first; within a day, in text order."""
    rows = conn.execute("""SELECT day, article_id, start, end, text, score FROM timeline_entries
                           WHERE ?1 IS NULL OR storyline_id = ?1
                           ORDER BY day, article_id, start""", (storyline_id,)).fetchall()
    entries = [TimelineEntry(date.fromisoformat(r[0]), *r[1:]) for r in rows]
    return [(day, list(group)) for day, group in groupby(entries, key=lambda e: e.day)]
