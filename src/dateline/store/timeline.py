"""The stored timeline: every storyline's entries, replaced whole by the timeline stage, read back by day."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date
from itertools import groupby

from dateline.model import TimelineEntry
from dateline.store.corrections import span_corrections


def replace_timeline(conn: sqlite3.Connection, entries: Iterable[tuple[str, TimelineEntry]],
                     held: Iterable[tuple[str, TimelineEntry]] = (), storylines: Sequence[str] | None = None) -> int:
    """Store the timeline, ``(storyline id, entry)`` pairs, in place of the stored one (or of these storylines'
    only), with the user's hides and pins applied (:func:`corrected_entries`). The entries ``held`` back below the
    confidence line replace those held before. Return the whole stored timeline's size."""
    chosen = "1" if storylines is None else "storyline_id IN (SELECT value FROM json_each(:chosen))"
    for table in ("timeline_entries", "timeline_held"):
        conn.execute(f"DELETE FROM {table} WHERE {chosen}", {"chosen": json.dumps(list(storylines or []))})
    rows = [(e.day.isoformat(), e.article_id, e.start, e.end, e.text, e.score, e.confidence, storyline_id)
            for storyline_id, e in corrected_entries(conn, entries, storylines)]
    conn.executemany("""INSERT INTO timeline_entries (day, article_id, start, end, text, score, confidence,
                                                      storyline_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows)
    conn.executemany("""INSERT INTO timeline_held (day, article_id, start, end, text, confidence, storyline_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""",
                     [(e.day.isoformat(), e.article_id, e.start, e.end, e.text, e.confidence, storyline_id)
                      for storyline_id, e in held])
    return timeline_size(conn)


#: A sentence's traits as kept: whether it is usable, and its text features (:class:`~dateline.timeline.features.
#: SentenceTraits`).
StoredTraits = tuple[bool, tuple[float, ...]]


def storyline_traits(conn: sqlite3.Connection, storyline_id: str) -> dict[tuple[str, int, int], StoredTraits]:
    """The kept traits of the sentences of a storyline's original articles, by article and sentence span."""
    rows = conn.execute("""SELECT s.article_id, s.start, s.end, t.usable, t.text_features
                           FROM sentence_traits t JOIN sentences s ON s.id = t.sentence_id
                           JOIN articles a ON a.id = s.article_id
                           WHERE a.storyline_id = ? AND a.duplicate_of IS NULL""", (storyline_id,))
    return {(article_id, start, end): (bool(usable), tuple(json.loads(features)))
            for article_id, start, end, usable, features in rows}


def save_traits(conn: sqlite3.Connection, traits: Iterable[tuple[str, int, int, StoredTraits]]) -> None:
    """Keep the traits of sentences, given by article and sentence span; a span that is only part of a
    sentence (a dated clause read as its own candidate) matches no sentence and is not kept."""
    conn.executemany("""INSERT INTO sentence_traits (sentence_id, usable, text_features)
                        SELECT id, ?, ? FROM sentences WHERE article_id = ? AND start = ? AND end = ?""",
                     [(usable, json.dumps(features), article_id, start, end)
                      for article_id, start, end, (usable, features) in traits])


def timeline_size(conn: sqlite3.Connection) -> int:
    size: int = conn.execute("SELECT count(*) FROM timeline_entries").fetchone()[0]
    return size


def corrected_entries(conn: sqlite3.Connection, entries: Iterable[tuple[str, TimelineEntry]],
                      storylines: Sequence[str] | None = None) -> list[tuple[str, TimelineEntry]]:
    """``(storyline id, entry)`` pairs less the entries a user hid and with those a user pinned (each in its
    article's storyline, or only those in ``storylines``, on the day it was pinned to, confidence 1: a person
    chose it); of a hide and a pin of one sentence, the later counts. The stored timeline and a reader's own
    (:func:`dateline.timeline.store.summarized_timeline`) both come through here, so both follow corrections."""
    marked = dict(sorted([*span_corrections(conn, "hide").items(), *span_corrections(conn, "pin").items()],
                         key=lambda item: item[1].id))
    kept = [(line, e) for line, e in entries if (e.article_id, e.start, e.end) not in marked]
    pinned = []
    for (article_id, start, end), pin in marked.items():
        row = conn.execute("SELECT storyline_id, substr(text, ? + 1, ? - ?) FROM articles WHERE id = ?",
                           (start, end, start, article_id)).fetchone()
        if pin.correction.kind == "pin" and row is not None and (storylines is None or row[0] in storylines):
            day = date.fromisoformat(pin.correction.value["day"])
            pinned.append((row[0], TimelineEntry(day, article_id, start, end, row[1], confidence=1.0)))
    return kept + pinned


def timeline_by_day(conn: sqlite3.Connection,
                    storyline_id: str | None = None) -> list[tuple[date, list[TimelineEntry]]]:
    """The stored timeline (of one storyline, or all), oldest day first; within a day, in text order."""
    return _by_day(conn, "timeline_entries", "score", storyline_id)


def held_by_day(conn: sqlite3.Connection,
                storyline_id: str | None = None) -> list[tuple[date, list[TimelineEntry]]]:
    """The days held back below the confidence line (of one storyline, or all), as :func:`timeline_by_day`."""
    return _by_day(conn, "timeline_held", "0.0", storyline_id)


def _by_day(conn: sqlite3.Connection, table: str, score: str,
            storyline_id: str | None) -> list[tuple[date, list[TimelineEntry]]]:
    rows = conn.execute(f"""SELECT day, article_id, start, end, text, {score}, confidence FROM {table}
                            WHERE ?1 IS NULL OR storyline_id = ?1
                            ORDER BY day, article_id, start""", (storyline_id,)).fetchall()
    entries = [TimelineEntry(date.fromisoformat(r[0]), *r[1:]) for r in rows]
    return [(day, list(group)) for day, group in groupby(entries, key=lambda e: e.day)]
