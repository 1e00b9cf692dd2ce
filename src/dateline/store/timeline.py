"""The stored timeline: every storyline's entries, replaced whole by the timeline stage, read back by day."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date
from itertools import groupby

from dateline.model import TimelineEntry
from dateline.store.corrections import span_corrections


def replace_timeline(conn: sqlite3.Connection, entries: Iterable[tuple[str, TimelineEntry]]) -> int:
    """Store the timeline, ``(storyline id, entry)`` pairs, in place of the stored one, less the entries a user
    hid and with those a user pinned (each in its article's storyline, on the day it was pinned to); of a hide
    and a pin of one sentence, the later counts. Return the timeline's size."""
    conn.execute("DELETE FROM timeline_entries")
    marked = dict(sorted([*span_corrections(conn, "hide").items(), *span_corrections(conn, "pin").items()],
                         key=lambda item: item[1].id))
    rows = [(e.day.isoformat(), e.article_id, e.start, e.end, e.text, e.score, storyline_id)
            for storyline_id, e in entries if (e.article_id, e.start, e.end) not in marked]
    pins = [(pin.correction.value["day"], start, end, start, end, start, article_id)
            for (article_id, start, end), pin in marked.items() if pin.correction.kind == "pin"]
    conn.executemany("""INSERT INTO timeline_entries (day, article_id, start, end, text, score, storyline_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""", rows)
    conn.executemany("""INSERT INTO timeline_entries (day, article_id, start, end, text, storyline_id)
                        SELECT ?, id, ?, ?, substr(text, ? + 1, ? - ?), storyline_id FROM articles WHERE id = ?""",
                     pins)
    return len(rows) + len(pins)


def timeline_by_day(conn: sqlite3.Connection,
                    storyline_id: str | None = None) -> list[tuple[date, list[TimelineEntry]]]:
    """The stored timeline (of one storyline, or all), oldest day first; within a day, in text order."""
    rows = conn.execute("""SELECT day, article_id, start, end, text, score FROM timeline_entries
                           WHERE ?1 IS NULL OR storyline_id = ?1
                           ORDER BY day, article_id, start""", (storyline_id,)).fetchall()
    entries = [TimelineEntry(date.fromisoformat(r[0]), *r[1:]) for r in rows]
    return [(day, list(group)) for day, group in groupby(entries, key=lambda e: e.day)]
