"""Writing each storyline's timeline to the store and reading it back grouped by day."""

from __future__ import annotations

import sqlite3
from datetime import date
from itertools import groupby

from dateline.model import TimelineEntry
from dateline.timeline.candidates import storyline_candidates
from dateline.timeline.summarize import summarize


def rebuild_timeline(conn: sqlite3.Connection) -> int:
    """Summarize every storyline into its timeline, replacing the stored one; return the entry count."""
    conn.execute("DELETE FROM timeline_entries")
    storylines = [row[0] for row in conn.execute("SELECT id FROM storylines ORDER BY id")]
    rows = [(day.date.isoformat(), c.article_id, c.start, c.end, c.text, storyline_id)
            for storyline_id in storylines
            for day in summarize(storyline_candidates(conn, storyline_id))
            for c in day.sentences]
    conn.executemany("""INSERT INTO timeline_entries (day, article_id, start, end, text, storyline_id)
                        VALUES (?, ?, ?, ?, ?, ?)""", rows)
    return len(rows)


def summarized_timeline(conn: sqlite3.Connection, storyline_id: str, n_dates: int | None = None,
                        sentences_per_date: int | None = None, start: date | None = None,
                        end: date | None = None) -> list[tuple[date, list[TimelineEntry]]]:
    """A storyline's timeline with the reader's own settings (number of days, sentences per day, date range),
    summarized afresh from the store and not stored; None leaves a setting automatic."""
    days = summarize(storyline_candidates(conn, storyline_id), n_dates, sentences_per_date, start, end)
    return [(day.date, [TimelineEntry(day.date, c.article_id, c.start, c.end, c.text) for c in day.sentences])
            for day in days]


def timeline_by_day(conn: sqlite3.Connection,
                    storyline_id: str | None = None) -> list[tuple[date, list[TimelineEntry]]]:
    """The stored timeline (of one storyline, or all), oldest day first; within a day, in text order."""
    rows = conn.execute("""SELECT day, article_id, start, end, text, score FROM timeline_entries
                           WHERE ?1 IS NULL OR storyline_id = ?1
                           ORDER BY day, article_id, start""", (storyline_id,)).fetchall()
    entries = [TimelineEntry(date.fromisoformat(r[0]), *r[1:]) for r in rows]
    return [(day, list(group)) for day, group in groupby(entries, key=lambda e: e.day)]
