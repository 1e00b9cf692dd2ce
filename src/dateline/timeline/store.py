"""Writing the timeline to the store and reading it back grouped by day."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date
from itertools import groupby

from dateline.model import TimelineEntry
from dateline.timeline.candidates import dated_sentences


def rebuild_timeline(conn: sqlite3.Connection) -> int:
    """Replace the stored timeline with one entry per (day, sentence); return the number of entries.

    A day's entries are scored by how many articles point to that day, so well-attested days stand out.
    """
    candidates = list({(c.day, c.article_id, c.start): c for c in dated_sentences(conn)}.values())
    support = Counter(day for day, _ in {(c.day, c.article_id) for c in candidates})
    conn.execute("DELETE FROM timeline_entries")
    conn.executemany("""INSERT INTO timeline_entries (day, article_id, start, end, text, score)
                        VALUES (?, ?, ?, ?, ?, ?)""",
                     [(c.day.isoformat(), c.article_id, c.start, c.end, c.text, support[c.day])
                      for c in candidates])
    return len(candidates)


def timeline_by_day(conn: sqlite3.Connection) -> list[tuple[date, list[TimelineEntry]]]:
    """The stored timeline, oldest day first; within a day, in article then text order."""
    rows = conn.execute("""SELECT day, article_id, start, end, text, score FROM timeline_entries
                           ORDER BY day, article_id, start""").fetchall()
    entries = [TimelineEntry(date.fromisoformat(r[0]), *r[1:]) for r in rows]
    return [(day, list(group)) for day, group in groupby(entries, key=lambda e: e.day)]
