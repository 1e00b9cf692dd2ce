"""The entity page: who or what it is, what it said (quotes by date), what it did and what was done to it
(events as actor and as target), and where it appears."""

from __future__ import annotations

import json
import sqlite3

from dateline.store.events import events_with_party
from dateline.web.articles import quotes
from dateline.web.citations import ARTICLE_COLUMNS, cite
from dateline.web.events import dated_events
from dateline.web.models import Appearance, EntityPage, EventItem, Quote

#: A page lists at most this many quotes and articles; the API says the same (it mirrors the page).
SHOWN = 200
# The mention count above which walking the articles by date beats starting from the mentions (measured on
# the 52,000-article benchmark store; storylines.FREQUENT_IN_TIMELINE is its twin for timeline entries).
FREQUENT_IN_ARTICLES = 2_000
# Articles by publication date, undated last: the order of the articles_by_date index (migration 0004).
_BY_DATE = "coalesce(a.published_earliest, '9999-12-31'), a.id"
_APPEARING = {
    True: f"""SELECT a.id FROM articles a WHERE EXISTS (SELECT 1 FROM entity_mentions m
              WHERE m.entity_id = ? AND m.article_id = a.id) ORDER BY {_BY_DATE} LIMIT ?""",
    False: f"""SELECT a.id FROM articles a WHERE a.id IN (SELECT article_id FROM entity_mentions WHERE entity_id = ?)
               ORDER BY {_BY_DATE} LIMIT ?""",
}


def entity_page(conn: sqlite3.Connection, entity_id: str) -> EntityPage:
    """The entity with this id; KeyError when there is none."""
    row = conn.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        raise KeyError(entity_id)
    return EntityPage(id=row["id"], name=row["name"], type=row["type"], aliases=json.loads(row["aliases"]),
                      titles=json.loads(row["titles"]),
                      quotes=_quotes_by_date(conn, entity_id),
                      appearances=_appearances(conn, entity_id),
                      events_as_actor=_events_as(conn, entity_id, "actor"),
                      events_as_target=_events_as(conn, entity_id, "target"))


def _events_as(conn: sqlite3.Connection, entity_id: str, role: str) -> list[EventItem]:
    """The events, oldest first, in which the entity is one of the parties in ``role``: any of several actors
    (a joint act's sides, a compound party's members) or targets, not only the primary one."""
    return [event.item for event in dated_events(conn, events_with_party(conn, entity_id, role, SHOWN))]


def _quotes_by_date(conn: sqlite3.Connection, entity_id: str) -> list[Quote]:
    """Dated quotes oldest first, then undated ones; two queries so each reads the index in order."""
    dated = quotes(conn, "q.speaker_entity_id = ? AND q.date IS NOT NULL ORDER BY q.date, q.id LIMIT ?",
                   entity_id, SHOWN)
    return dated + quotes(conn, "q.speaker_entity_id = ? AND q.date IS NULL ORDER BY q.id LIMIT ?",
                          entity_id, SHOWN - len(dated))


def is_frequent(conn: sqlite3.Connection, entity_id: str, threshold: int) -> bool:
    """Whether the entity has at least ``threshold`` mentions. Queries for a frequent entity walk the store in
    page order and stop at a page's worth; for a rare one they start from its few mentions: each is fast only
    in its case. Counting stops at the threshold, so the probe itself is cheap."""
    probe = "SELECT count(*) FROM (SELECT 1 FROM entity_mentions WHERE entity_id = ? LIMIT ?)"
    count: int = conn.execute(probe, (entity_id, threshold)).fetchone()[0]
    return count >= threshold


def _appearances(conn: sqlite3.Connection, entity_id: str) -> list[Appearance]:
    """The first articles by date that mention the entity, each citing its first mention.

    SQLite takes the bare ``m.end`` from the row holding ``min(m.start)``, so the span is that mention's.
    """
    frequent = is_frequent(conn, entity_id, FREQUENT_IN_ARTICLES)
    shown = [row[0] for row in conn.execute(_APPEARING[frequent], (entity_id, SHOWN))]
    rows = conn.execute(f"""SELECT count(*) AS mentions, min(m.start) AS start, m.end AS end, {ARTICLE_COLUMNS}
                            FROM entity_mentions m JOIN articles a ON a.id = m.article_id
                            WHERE m.entity_id = ? AND m.article_id IN (SELECT value FROM json_each(?))
                            GROUP BY m.article_id ORDER BY {_BY_DATE}""", (entity_id, json.dumps(shown)))
    return [Appearance(mentions=r["mentions"], cite=cite(r, r["start"], r["end"])) for r in rows]
