"""A user's corrections, checked when made and applied again on every link, after the entities are merged.

Analysis rewrites an article's quotes and figures, and the link stage its entities, so each correction of
those is written over them again each time (:func:`apply_corrections`, called by the link stage). Storyline
moves are read by the storyline grouping, and hidden and pinned entries when the timeline is stored; those
three need no step here. A correction is kept as the user said it (a span, an entity id, a day): when a
re-analysis leaves nothing at that span, it applies to nothing and waits, listed, until it applies again.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from dateline.counts import series_key
from dateline.model import PublicationDate
from dateline.nlp.pipeline import ANALYSIS_CHAR_LIMIT
from dateline.store.annotations import load_stored_dating, save_redated
from dateline.store.articles import iso_or_none, load_article, update_published
from dateline.store.attribution import resolve_entity
from dateline.store.corrections import (
    Correction,
    StoredCorrection,
    Via,
    add_correction,
    corrections,
    figure_claim,
    mark_undone,
    merge_entity,
    quote_speaker,
    remember_before,
    set_figure_claim,
    set_quote_speaker,
    split_entity,
)
from dateline.store.storylines import move_correction
from dateline.time.redate import redate_article

#: A user's word is taken as sure: a corrected speaker or figure has this confidence.
USER_CONFIDENCE = 1.0
_WORD = re.compile(r"\w+")


class InvalidCorrection(ValueError):
    """A correction whose value cannot be applied (a day that is not a date, a merge of an entity into itself)."""


def record_correction(conn: sqlite3.Connection, correction: Correction, author: str, via: Via) -> int:
    """Check a correction against the store, record it and apply it; return its id. Raises KeyError when what it
    names is not in the store, :class:`InvalidCorrection` when its value is not usable. The caller relinks the
    store (``pipeline.link``) so that storylines, series and the timeline follow it."""
    checked = _checked(conn, correction)
    correction_id = add_correction(conn, checked, author, via)
    apply_corrections(conn)
    return correction_id


def undo_correction(conn: sqlite3.Connection, correction_id: int, author: str) -> StoredCorrection:
    """Mark a correction undone and put back what it replaced; the caller relinks the store, which recomputes
    what the corpus-level kinds (moves, merges, splits, hidden and pinned entries) changed."""
    undone = mark_undone(conn, correction_id, author)
    c, before = undone.correction, undone.before
    if before is not None and c.article_id is not None:
        if c.kind == "date":
            _set_published(conn, c.article_id, PublicationDate(
                _day(before["earliest"]), _day(before["latest"]), before["basis"],
                tuple(tuple(span) for span in before["evidence"])))
        elif c.kind == "speaker":
            set_quote_speaker(conn, c.article_id, c.start or 0, c.end or 0, before)
        elif c.kind == "figure":
            set_figure_claim(conn, c.article_id, c.start or 0, c.end or 0, before)
    apply_corrections(conn)  # a correction made after this one, of the same thing, counts again
    return undone


def apply_corrections(conn: sqlite3.Connection) -> None:
    """Write every active correction of dates, speakers, figures and entities over what the build computed, in
    the order they were made."""
    for stored in corrections(conn):
        apply = _APPLY.get(stored.correction.kind)
        if apply is not None:
            before = apply(conn, stored.correction)
            if before is not None:
                remember_before(conn, stored.id, before)


def _apply_date(conn: sqlite3.Connection, c: Correction) -> dict[str, Any] | None:
    """The article's day as the user gave it, taken as given like a source's own metadata; its time expressions,
    quotes and figures are dated again against it."""
    article = load_article(conn, c.article_id or "")
    published = article.published
    before = {"earliest": iso_or_none(published.earliest), "latest": iso_or_none(published.latest),
              "basis": published.basis, "evidence": [list(span) for span in published.evidence]}
    corrected = PublicationDate.on(date.fromisoformat(c.value["day"]), "metadata")
    if published != corrected:
        _set_published(conn, article.id, corrected)
    return before


def _set_published(conn: sqlite3.Connection, article_id: str, published: PublicationDate) -> None:
    update_published(conn, article_id, published)
    text = load_article(conn, article_id).text[:ANALYSIS_CHAR_LIMIT]
    save_redated(conn, article_id, redate_article(text, load_stored_dating(conn, article_id), published))


def _apply_speaker(conn: sqlite3.Connection, c: Correction) -> dict[str, Any] | None:
    article_id, start, end = c.article_id or "", c.start or 0, c.end or 0
    before = quote_speaker(conn, article_id, start, end)
    if before is not None:
        name = c.value.get("speaker")
        set_quote_speaker(conn, article_id, start, end, {
            "speaker": name, "speaker_entity_id": resolve_entity(conn, name) if name else None,
            "speaker_confidence": USER_CONFIDENCE, "speaker_candidate": None})
    return before


def _apply_figure(conn: sqlite3.Connection, c: Correction) -> dict[str, Any] | None:
    article_id, start, end = c.article_id or "", c.start or 0, c.end or 0
    before = figure_claim(conn, article_id, start, end)
    if before is not None:
        claim = {**before, **{k: v for k, v in c.value.items() if k in ("value", "what", "source")}}
        set_figure_claim(conn, article_id, start, end, {
            **claim, "series_key": series_key(claim["what"]), "confidence": USER_CONFIDENCE,
            "series_candidate": None})
    return before


def _apply_merge(conn: sqlite3.Connection, c: Correction) -> None:
    merge_entity(conn, c.value["entity"], c.value["into"])


def _apply_split(conn: sqlite3.Connection, c: Correction) -> None:
    split_entity(conn, c.value["entity"], c.value["alias"], split_id(c.value["entity"], c.value["alias"]))


_APPLY: dict[str, Callable[[sqlite3.Connection, Correction], dict[str, Any] | None]] = {
    "date": _apply_date, "speaker": _apply_speaker, "figure": _apply_figure, "merge": _apply_merge,
    "split": _apply_split}


def split_id(entity_id: str, alias: str) -> str:
    """The id of the entity split off under ``alias``: its kind's prefix and the alias's words
    (``person:eric-trump``), marked when it would be the entity's own."""
    kind = entity_id.split(":", 1)[0]
    new_id = f"{kind}:{'-'.join(_WORD.findall(alias.lower()))}"
    return new_id if new_id != entity_id else f"{new_id}-split"


def _checked(conn: sqlite3.Connection, c: Correction) -> Correction:
    """The correction with its value checked and completed (a pin's day, a move's anchor article)."""
    if c.kind == "move":
        return replace(move_correction(conn, c.article_id or "", c.value.get("storyline")), note=c.note)
    if c.kind in ("merge", "split"):
        return _checked_entities(conn, c)
    if c.article_id is None:
        raise InvalidCorrection(f"a {c.kind} correction names an article")
    if c.kind == "date":
        _valid_day(c.value.get("day"))
        return c
    if c.start is None or c.end is None:
        raise InvalidCorrection(f"a {c.kind} correction names a span of the article: start and end")
    table = {"hide": "sentences", "pin": "sentences", "speaker": "quotes", "figure": "figures"}[c.kind]
    _require_span(conn, table, c.article_id, c.start, c.end)
    if c.kind == "pin":
        day = c.value.get("day") or _entry_day(conn, c)
        return Correction(c.kind, c.article_id, c.start, c.end, {**c.value, "day": _valid_day(day)}, c.note)
    if c.kind == "figure":
        _checked_figure(c.value)
    return c


def _checked_entities(conn: sqlite3.Connection, c: Correction) -> Correction:
    ids = [c.value.get("entity"), c.value.get("into")] if c.kind == "merge" else [c.value.get("entity")]
    for entity_id in ids:
        if not entity_id or conn.execute("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone() is None:
            raise KeyError(f"no entity {entity_id!r}")
    if c.kind == "merge" and ids[0] == ids[1]:
        raise InvalidCorrection("an entity cannot be merged into itself")
    alias = c.value.get("alias")
    if c.kind == "split" and not (alias and conn.execute(
            "SELECT 1 FROM entity_mentions WHERE entity_id = ? AND lower(text) = lower(?)",
            (ids[0], alias)).fetchone()):
        raise InvalidCorrection(f"no mention of {ids[0]} reads {alias!r}")
    return c


def _checked_figure(value: dict[str, Any]) -> None:
    if not value.keys() & {"value", "what", "source"}:
        raise InvalidCorrection("a figure correction gives a value, what it counts or its source")
    if "value" in value and not isinstance(value["value"], int | float):
        raise InvalidCorrection(f"a figure's value is a number, not {value['value']!r}")


def _require_span(conn: sqlite3.Connection, table: str, article_id: str, start: int, end: int) -> None:
    if conn.execute(f"SELECT 1 FROM {table} WHERE article_id = ? AND start = ? AND end = ?",
                    (article_id, start, end)).fetchone() is None:
        raise KeyError(f"no {table[:-1]} at {article_id} {start}–{end}")


def _entry_day(conn: sqlite3.Connection, c: Correction) -> str | None:
    """The day a sentence is pinned to when the user names none: its day on the timeline now, else its
    article's publication day when known to the day."""
    row = conn.execute("""SELECT coalesce((SELECT day FROM timeline_entries WHERE article_id = ?1 AND start = ?2
                                           AND end = ?3 LIMIT 1),
                                          (SELECT published_earliest FROM articles WHERE id = ?1
                                           AND published_earliest = published_latest))""",
                       (c.article_id, c.start, c.end)).fetchone()
    return row[0] if row else None


def _valid_day(day: Any) -> str:
    try:
        return date.fromisoformat(day).isoformat()
    except (TypeError, ValueError):
        raise InvalidCorrection(f"a day is written YYYY-MM-DD, not {day!r}") from None


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
