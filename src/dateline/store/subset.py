"""One storyline's part of a store, as a store of its own: what a storyline's export is made from.

The copy lives in memory and is made with SQLite's backup, then cut down by deleting the other articles, whose
analysis, timeline entries and corrections go with them (every derived row cascades from its article). Any
exporter reads it as it reads a whole store, so a storyline's export is the same format, only smaller.
"""

from __future__ import annotations

import sqlite3


def storyline_store(conn: sqlite3.Connection, storyline_id: str) -> sqlite3.Connection:
    """An in-memory store holding only the articles of one storyline; KeyError when there is no such storyline."""
    if conn.execute("SELECT 1 FROM storylines WHERE id = ?", (storyline_id,)).fetchone() is None:
        raise KeyError(f"no storyline {storyline_id!r}")
    copy = sqlite3.connect(":memory:", check_same_thread=False)
    conn.backup(copy)
    copy.row_factory = sqlite3.Row
    copy.execute("PRAGMA foreign_keys = ON")
    with copy:
        copy.execute("DELETE FROM articles WHERE storyline_id IS NOT ?", (storyline_id,))
        copy.execute("DELETE FROM storylines WHERE id != ?", (storyline_id,))
        copy.execute("""DELETE FROM entities WHERE id NOT IN (
                            SELECT entity_id FROM entity_mentions WHERE entity_id IS NOT NULL)""")
    return copy
