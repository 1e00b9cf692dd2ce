"""A user's corrections, stored apart from what the build computes so that every rebuild can apply them again.

Each correction is one row of ``corrections`` (its kinds are described in migration 14): recorded with who made
it, when and from where, never deleted, and undone by marking it so. What the build reads back is the active
ones; the audit page and the exports read them all.
"""

from __future__ import annotations

import getpass
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

CorrectionKind = Literal["hide", "pin", "date", "speaker", "figure", "merge", "split", "move"]
CORRECTION_KINDS: tuple[str, ...] = get_args(CorrectionKind)
Via = Literal["cli", "web"]
#: Kinds that name a span of an article: a timeline sentence, a quote or a figure.
SPAN_KINDS = frozenset({"hide", "pin", "speaker", "figure"})


@dataclass(frozen=True, slots=True)
class Correction:
    """What a user asks: ``article_id``, ``start`` and ``end`` name the corrected thing where it lies in an
    article; ``value`` says what it should be (the keys of each kind are listed in migration 14)."""

    kind: CorrectionKind
    article_id: str | None = None
    start: int | None = None
    end: int | None = None
    value: dict[str, Any] = field(default_factory=dict)
    note: str | None = None


@dataclass(frozen=True, slots=True)
class StoredCorrection:
    """A correction as recorded, with its audit trail; ``before`` is what it replaced, once applied."""

    id: int
    correction: Correction
    author: str
    via: str
    made_at: str
    undone_at: str | None
    undone_by: str | None
    before: dict[str, Any] | None

    def record(self) -> dict[str, Any]:
        """The correction as the ``dateline/1`` export and ``/api/corrections`` list it."""
        c = self.correction
        return {"id": self.id, "kind": c.kind, "article_id": c.article_id, "start": c.start, "end": c.end,
                "value": c.value, "note": c.note, "author": self.author, "via": self.via, "made_at": self.made_at,
                "undone_at": self.undone_at, "undone_by": self.undone_by}


def current_user() -> str:
    """Who is running Dateline, as the audit trail names them."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return "unknown"


def add_correction(conn: sqlite3.Connection, correction: Correction, author: str, via: Via) -> int:
    """Record a correction; return its id. Raises KeyError when the article it names is not in the store."""
    if correction.article_id is not None and conn.execute(
            "SELECT 1 FROM articles WHERE id = ?", (correction.article_id,)).fetchone() is None:
        raise KeyError(f"no article {correction.article_id!r}")
    cursor = conn.execute("""INSERT INTO corrections (kind, article_id, start, end, value, author, via, note)
                             VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                          (correction.kind, correction.article_id, correction.start, correction.end,
                           json.dumps(correction.value, ensure_ascii=False), author, via, correction.note))
    return int(cursor.lastrowid or 0)


def corrections(conn: sqlite3.Connection, kind: str | None = None, active: bool = True) -> list[StoredCorrection]:
    """Corrections in the order they were made: the active ones (of one kind), or ``active=False`` every one
    ever made, undone ones included."""
    rows = conn.execute("""SELECT * FROM corrections WHERE (?1 IS NULL OR kind = ?1)
                           AND (NOT ?2 OR undone_at IS NULL) ORDER BY id""", (kind, active))
    return [_stored(row) for row in rows]


def correction(conn: sqlite3.Connection, correction_id: int) -> StoredCorrection:
    """One correction by id; KeyError when there is none."""
    row = conn.execute("SELECT * FROM corrections WHERE id = ?", (correction_id,)).fetchone()
    if row is None:
        raise KeyError(f"no correction {correction_id}")
    return _stored(row)


def remember_before(conn: sqlite3.Connection, correction_id: int, before: dict[str, Any]) -> None:
    """Keep what a correction replaced, the first time it is applied (later applications see its own work)."""
    conn.execute("UPDATE corrections SET before = ? WHERE id = ? AND before IS NULL",
                 (json.dumps(before, ensure_ascii=False), correction_id))


def mark_undone(conn: sqlite3.Connection, correction_id: int, author: str) -> StoredCorrection:
    """Mark a correction undone (it stays listed); KeyError when there is no such correction still active."""
    cursor = conn.execute("""UPDATE corrections SET undone_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),
                             undone_by = ? WHERE id = ? AND undone_at IS NULL""", (author, correction_id))
    if cursor.rowcount == 0:
        raise KeyError(f"no active correction {correction_id}")
    return correction(conn, correction_id)


def span_corrections(conn: sqlite3.Connection, kind: CorrectionKind) -> dict[tuple[str, int, int], StoredCorrection]:
    """The active corrections of a span kind by (article, start, end); of two on one span, the later wins."""
    return {(c.correction.article_id or "", c.correction.start or 0, c.correction.end or 0): c
            for c in corrections(conn, kind)}


def _stored(row: sqlite3.Row) -> StoredCorrection:
    return StoredCorrection(row["id"], Correction(row["kind"], row["article_id"], row["start"], row["end"],
                                                  json.loads(row["value"]), row["note"]),
                            row["author"], row["via"], row["made_at"], row["undone_at"], row["undone_by"],
                            json.loads(row["before"]) if row["before"] is not None else None)


# What each correction writes over the build's own rows. Each returns what it replaced (None when the thing it
# names is gone, after a re-analysis moved a sentence, say), so that undoing it can put that back.

_QUOTE_SPEAKER = ("speaker", "speaker_entity_id", "speaker_confidence", "speaker_candidate")
_FIGURE_CLAIM = ("value", "what", "source", "series_key", "confidence", "series_candidate")


def _span_row(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], article_id: str, start: int,
              end: int) -> dict[str, Any] | None:
    row = conn.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE article_id = ? AND start = ? AND end = ?",
                       (article_id, start, end)).fetchone()
    return dict(zip(columns, row)) if row is not None else None


def _set_span_row(conn: sqlite3.Connection, table: str, values: dict[str, Any], article_id: str, start: int,
                  end: int) -> None:
    assignments = ", ".join(f"{column} = :{column}" for column in values)
    conn.execute(f"UPDATE {table} SET {assignments} WHERE article_id = :a AND start = :s AND end = :e",
                 {**values, "a": article_id, "s": start, "e": end})


def quote_speaker(conn: sqlite3.Connection, article_id: str, start: int, end: int) -> dict[str, Any] | None:
    """The speaker columns of the quote at this span; None when there is no such quote."""
    return _span_row(conn, "quotes", _QUOTE_SPEAKER, article_id, start, end)


def set_quote_speaker(conn: sqlite3.Connection, article_id: str, start: int, end: int, values: dict[str, Any]) -> None:
    _set_span_row(conn, "quotes", values, article_id, start, end)


def figure_claim(conn: sqlite3.Connection, article_id: str, start: int, end: int) -> dict[str, Any] | None:
    """What the figure at this span claims, and its series; None when there is no such figure."""
    return _span_row(conn, "figures", _FIGURE_CLAIM, article_id, start, end)


def set_figure_claim(conn: sqlite3.Connection, article_id: str, start: int, end: int, values: dict[str, Any]) -> None:
    _set_span_row(conn, "figures", values, article_id, start, end)


def merge_entity(conn: sqlite3.Connection, entity_id: str, into: str) -> bool:
    """Make ``entity_id`` part of ``into``: its mentions, quotes and names join it; False when either is gone."""
    rows = {r["id"]: r for r in conn.execute("SELECT * FROM entities WHERE id IN (?, ?)", (entity_id, into))}
    if entity_id == into or len(rows) < 2:
        return False
    merged, kept = rows[entity_id], rows[into]
    names = {*json.loads(kept["aliases"]), merged["name"], *json.loads(merged["aliases"])} - {kept["name"]}
    titles = {*json.loads(kept["titles"]), *json.loads(merged["titles"])}
    related = [r for r in {*json.loads(kept["related"]), *json.loads(merged["related"])} if r not in rows]
    conn.execute("UPDATE entities SET aliases = ?, titles = ?, related = ? WHERE id = ?",
                 (json.dumps(sorted(names)), json.dumps(sorted(titles)), json.dumps(sorted(related)), into))
    conn.execute("UPDATE entity_mentions SET entity_id = ? WHERE entity_id = ?", (into, entity_id))
    conn.execute("UPDATE quotes SET speaker_entity_id = ? WHERE speaker_entity_id = ?", (into, entity_id))
    conn.execute("DELETE FROM entities WHERE id = ?", (entity_id,))
    return True


def split_entity(conn: sqlite3.Connection, entity_id: str, alias: str, new_id: str) -> bool:
    """Give the mentions of ``entity_id`` that read ``alias`` (any case) an entity of their own, ``new_id``,
    named so; their quotes follow them. False when the entity or such mentions are gone, or ``new_id`` is taken."""
    row = conn.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
    taken = conn.execute("SELECT 1 FROM entities WHERE id = ?", (new_id,)).fetchone()
    moving = "entity_id = ? AND lower(text) = lower(?)"
    if row is None or taken or not conn.execute(f"SELECT 1 FROM entity_mentions WHERE {moving}",
                                                (entity_id, alias)).fetchone():
        return False
    conn.execute("INSERT INTO entities (id, name, type) VALUES (?, ?, ?)", (new_id, alias, row["type"]))
    conn.execute(f"UPDATE entity_mentions SET entity_id = ? WHERE {moving}", (new_id, entity_id, alias))
    aliases = [name for name in json.loads(row["aliases"]) if name.lower() != alias.lower()]
    conn.execute("UPDATE entities SET aliases = ? WHERE id = ?", (json.dumps(aliases), entity_id))
    conn.execute("""UPDATE quotes SET speaker_entity_id = ? WHERE speaker_entity_id = ? AND EXISTS (
                        SELECT 1 FROM entity_mentions m WHERE m.entity_id = ? AND m.article_id = quotes.article_id
                        AND m.start = quotes.speaker_start AND m.end = quotes.speaker_end)""",
                 (new_id, entity_id, new_id))
    return True
