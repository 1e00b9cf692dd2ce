"""Entities and quotes: the corpus-wide entity table, and records read back for export. Figures are read
as points of their series (:mod:`dateline.store.series`)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator

from dateline.records import Entity, EntityTable, Mention, Quote


def iter_mentions(conn: sqlite3.Connection) -> Iterator[Mention]:
    rows = conn.execute("""SELECT article_id, start, end, text, label, title, refers_to, related_to
                           FROM entity_mentions ORDER BY article_id, start""")
    for row in rows:
        yield Mention(*row)


def replace_entities(conn: sqlite3.Connection, table: EntityTable) -> None:
    """Store the merged entities and link every mention, and every quote's speaker, to its entity."""
    conn.execute("DELETE FROM entities")
    conn.executemany("INSERT INTO entities (id, name, type, aliases, titles, related) VALUES (?, ?, ?, ?, ?, ?)",
                     [(e.id, e.name, e.type, json.dumps(e.aliases), json.dumps(e.titles), json.dumps(e.related))
                      for e in table.entities])
    conn.executemany("UPDATE entity_mentions SET entity_id = ? WHERE article_id = ? AND start = ? AND end = ?",
                     [(link.entity_id, link.article_id, link.start, link.end) for link in table.links])
    conn.execute("""UPDATE quotes SET speaker_entity_id = (
                        SELECT m.entity_id FROM entity_mentions m WHERE m.article_id = quotes.article_id
                        AND m.start = quotes.speaker_start AND m.end = quotes.speaker_end)""")


def load_entities(conn: sqlite3.Connection) -> list[Entity]:
    rows = conn.execute("SELECT id, name, type, aliases, titles, related FROM entities ORDER BY type, name")
    return [Entity(r[0], r[1], r[2], *(tuple(json.loads(v)) for v in r[3:])) for r in rows]


def load_quotes(conn: sqlite3.Connection) -> list[Quote]:
    """Every quote, with its speaker given the corpus-wide entity name when it is linked to one."""
    rows = conn.execute("""SELECT q.article_id, q.kind, q.content, q.cue_start, q.cue_end, q.source_start,
                               q.source_end, coalesce(e.name, q.speaker), q.speaker_start, q.speaker_end,
                               q.speaker_label, q.speech, q.date, q.speaker_confidence, q.speaker_candidate
                           FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id
                           ORDER BY q.article_id, q.start""")
    return [Quote(r[0], r[1], tuple(tuple(c) for c in json.loads(r[2])), span_or_none(r[3], r[4]),
                  span_or_none(r[5], r[6]), r[7], span_or_none(r[8], r[9]), r[10], bool(r[11]), r[12], r[13], r[14])
            for r in rows]


def span_or_none(start: int | None, end: int | None) -> tuple[int, int] | None:
    """A stored span, or None when either end of it is unknown."""
    return None if start is None or end is None else (start, end)


def spans_json(spans: tuple[tuple[int, int], ...]) -> str:
    """Spans as a stored JSON list of ``[start, end]`` pairs; :func:`spans_from_json` reads them back."""
    return json.dumps([list(span) for span in spans])


def spans_from_json(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((start, end) for start, end in json.loads(text))


def resolve_entity(conn: sqlite3.Connection, name: str) -> str | None:
    """The id of the entity with this id, name or alias (ignoring case), so that filters and corrections accept
    what people type."""
    found = conn.execute("""SELECT id FROM entities WHERE id = :name OR name = :name COLLATE NOCASE
                                OR EXISTS (SELECT 1 FROM json_each(aliases) WHERE value = :name COLLATE NOCASE)
                            ORDER BY id = :name DESC, name = :name COLLATE NOCASE DESC LIMIT 1""",
                         {"name": name}).fetchone()
    return found[0] if found else None
