"""The stored timeline: every storyline's entries, replaced whole by the timeline stage, read back by day."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date
from itertools import groupby

from dateline.model import TimelineEntry


def replace_timeline(conn: sqlite3.Connection, entries: Iterable[tuple[str, TimelineEntry]],
                     storylines: Sequence[str] | None = None) -> int:
    """Store the timeline, ``(storyline id, entry)`` pairs, in place of the stored one (or of these storylines'
    only); return how many entries were stored."""
    if storylines is None:
        conn.execute("DELETE FROM timeline_entries")
    else:
        conn.execute("DELETE FROM timeline_entries WHERE storyline_id IN (SELECT value FROM json_each(?))",
                     (json.dumps(list(storylines)),))
    rows = [(e.day.isoformat(), e.article_id, e.start, e.end, e.text, e.score, storyline_id)
            for storyline_id, e in entries]
    conn.executemany("""INSERT INTO timeline_entries (day, article_id, start, end, text, score, storyline_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""", rows)
    return len(rows)


def timeline_size(conn: sqlite3.Connection) -> int:
    size: int = conn.execute("SELECT count(*) FROM timeline_entries").fetchone()[0]
    return size


def timeline_by_day(conn: sqlite3.Connection,
                    storyline_id: str | None = None) -> list[tuple[date, list[TimelineEntry]]]:
    """The stored timeline (of one storyline, or all), oldest day first; within a day, in text order."""
    rows = conn.execute("""SELECT day, article_id, start, end, text, score FROM timeline_entries
                           WHERE ?1 IS NULL OR storyline_id = ?1
                           ORDER BY day, article_id, start""", (storyline_id,)).fetchall()
    entries = [TimelineEntry(date.fromisoformat(r[0]), *r[1:]) for r in rows]
    return [(day, list(group)) for day, group in groupby(entries, key=lambda e: e.day)]
