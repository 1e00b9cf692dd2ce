"""The entity page: who or what it is, what it said (quotes by date), and where it appears."""

from __future__ import annotations

import json
import sqlite3

from dateline.web.articles import quotes
from dateline.web.citations import ARTICLE_COLUMNS, cite
from dateline.web.models import Appearance, EntityPage

APPEARANCES_SHOWN = 200


def entity_page(conn: sqlite3.Connection, entity_id: str) -> EntityPage:
    """The entity with this id; KeyError when there is none."""
    row = conn.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        raise KeyError(entity_id)
    return EntityPage(id=row["id"], name=row["name"], type=row["type"], aliases=json.loads(row["aliases"]),
                      titles=json.loads(row["titles"]),
                      quotes=quotes(conn, "q.speaker_entity_id = ? ORDER BY q.date IS NULL, q.date, q.id",
                                    entity_id),
                      appearances=_appearances(conn, entity_id))


def _appearances(conn: sqlite3.Connection, entity_id: str) -> list[Appearance]:
    """Articles mentioning the entity, oldest first, each citing its first mention.

    SQLite takes the bare ``m.end`` from the row holding ``min(m.start)``, so the span is that mention's.
    """
    rows = conn.execute(f"""SELECT count(*) AS mentions, min(m.start) AS start, m.end AS end, {ARTICLE_COLUMNS}
                            FROM entity_mentions m JOIN articles a ON a.id = m.article_id
                            WHERE m.entity_id = ? GROUP BY m.article_id
                            ORDER BY a.published_earliest IS NULL, a.published_earliest, a.id LIMIT ?""",
                        (entity_id, APPEARANCES_SHOWN))
    return [Appearance(mentions=r["mentions"], cite=cite(r, r["start"], r["end"])) for r in rows]

