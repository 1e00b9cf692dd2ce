"""Events as the pages list them, in the storyline's "What happened" and on an entity's page: every party,
and each party, actor, target or day below the confidence line as unknown."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from dateline.store.events import event_type, event_when, rows_of_events
from dateline.web.citations import ARTICLE_COLUMNS, cite
from dateline.web.models import EventItem


@dataclass(frozen=True, slots=True)
class DatedEvent:
    """An event as a page lists it, with the days the interactive timeline places it on."""

    item: EventItem
    date_start: str | None
    date_end: str | None


def dated_events(conn: sqlite3.Connection, ids: list[int]) -> list[DatedEvent]:
    """The events with these ids, in this order."""
    rows = rows_of_events(conn, ids)
    articles = {r["article_id"]: r for r in conn.execute(
        f"SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted({r["article_id"] for r in rows})),))}
    by_id = {r["id"]: r for r in rows}
    found = []
    for r in (by_id[i] for i in ids):
        start = r["date"] or r["earliest"] or r["latest"]
        item = EventItem(type=event_type(r), mode=r["mode"], actor=r["actor"], target=r["target"],
                         actors=_party_names(r["actors"]), targets=_party_names(r["targets"]),
                         location=r["location"], status=r["status"], main=r["main"],
                         when=event_when(r),
                         cite=cite(articles[r["article_id"]], r["sentence_start"], r["sentence_end"]))
        end = r["latest"] if r["date"] is None and r["earliest"] and r["latest"] != r["earliest"] else None
        found.append(DatedEvent(item, start, end))
    return found


def _party_names(parties: list[dict[str, Any]]) -> list[str]:
    return [party["text"] or "unknown" for party in parties]
