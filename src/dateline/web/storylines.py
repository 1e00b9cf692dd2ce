"""Storylines and their timelines.

The whole store is always offered as one storyline, :data:`WHOLE_STORE` (every entry of every storyline);
the storylines the pipeline detected follow it, largest first. :func:`scope` is the one place that says
which rows belong to a storyline.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from dateline.store.attribution import resolve_entity
from dateline.store.storylines import outlet_count
from dateline.web.citations import ARTICLE_COLUMNS, cite
from dateline.web.entities import is_frequent
from dateline.web.models import Day, Entry, Storyline, TimelinePage

WHOLE_STORE, WHOLE_STORE_TITLE = "all", "All coverage in this store"
ENTRIES_PER_PAGE = 100
# Above this many mentions, walking the entries in page order beats starting from the mentions: on the
# 52,000-article benchmark store, starting from 20,000 mentions takes under 50 ms, while a walk that finds
# few entries takes up to 90.
FREQUENT_IN_TIMELINE = 20_000

# An entry mentions an entity when one of the entity's mentions lies inside its sentence. Two equivalent
# conditions: the first walks entries in page order (fast for a frequent entity), the second starts from
# the entity's mentions (fast for a rare one); see entities.is_frequent.
_MENTIONS_ENTITY = {
    True: """EXISTS (SELECT 1 FROM entity_mentions m WHERE m.entity_id = :entity AND m.article_id = e.article_id
                     AND m.start >= e.start AND m.end <= e.end)""",
    False: """e.id IN (SELECT hit.id FROM entity_mentions m JOIN timeline_entries hit ON hit.article_id = m.article_id
                       AND m.start >= hit.start AND m.end <= hit.end WHERE m.entity_id = :entity)""",
}


#: Whether the timeline entry ``e`` is one a user pinned.
PINNED = """EXISTS (SELECT 1 FROM corrections c WHERE c.kind = 'pin' AND c.undone_at IS NULL
                    AND c.article_id = e.article_id AND c.start = e.start AND c.end = e.end)"""


def storylines(conn: sqlite3.Connection) -> list[Storyline]:
    detected = conn.execute("""SELECT s.id FROM storylines s ORDER BY
                               (SELECT count(*) FROM articles a WHERE a.storyline_id = s.id) DESC, s.id""")
    return [storyline(conn, WHOLE_STORE), *(storyline(conn, row[0]) for row in detected.fetchall())]


def storyline(conn: sqlite3.Connection, storyline_id: str) -> Storyline:
    """The storyline with this id, with its date span and counts; KeyError when there is none."""
    title = WHOLE_STORE_TITLE if storyline_id == WHOLE_STORE else _title(conn, storyline_id)
    params = {"storyline": storyline_id}
    in_entries, in_articles = scope(storyline_id, "e"), scope(storyline_id, "a")
    # Two subqueries, not min() and max() in one: SQLite answers each alone from an index in one step.
    first, last = conn.execute(f"""SELECT (SELECT min(day) FROM timeline_entries e WHERE {in_entries}),
                                          (SELECT max(day) FROM timeline_entries e WHERE {in_entries})""",
                               params).fetchone()
    articles = conn.execute(f"SELECT count(*) FROM articles a WHERE {in_articles}", params).fetchone()[0]
    return Storyline(id=storyline_id, title=title, first_day=first, last_day=last, articles=articles,
                     outlets=outlet_count(conn, None if storyline_id == WHOLE_STORE else storyline_id))


def _title(conn: sqlite3.Connection, storyline_id: str) -> str:
    row = conn.execute("SELECT title FROM storylines WHERE id = ?", (storyline_id,)).fetchone()
    if row is None:
        raise KeyError(storyline_id)
    title: str = row[0]
    return title


def scope(storyline_id: str, table: str) -> str:
    """The SQL condition keeping the rows of ``table`` (an alias of articles or timeline_entries) that
    belong to the storyline bound as ``:storyline``."""
    return "1" if storyline_id == WHOLE_STORE else f"{table}.storyline_id = :storyline"


def timeline_page(conn: sqlite3.Connection, storyline_id: str, entity: str | None = None,
                  since: date | None = None, until: date | None = None, page: int = 1) -> TimelinePage:
    """One page of a storyline's timeline, oldest day first, optionally narrowed to an entity and dates."""
    line = storyline(conn, storyline_id)
    where = [scope(storyline_id, "e"), "e.day BETWEEN :since AND :until"]
    entity_id = resolve_entity(conn, entity) if entity else None
    if entity:
        where.append(_MENTIONS_ENTITY[is_frequent(conn, entity_id, FREQUENT_IN_TIMELINE)] if entity_id else "0")
    rows = conn.execute(f"""SELECT e.day, e.start, e.end, e.text, {PINNED} AS pinned, {ARTICLE_COLUMNS}
                            FROM timeline_entries e JOIN articles a ON a.id = e.article_id
                            WHERE {' AND '.join(where)} ORDER BY e.day, e.article_id, e.start
                            LIMIT :limit OFFSET :offset""",
                        {"storyline": storyline_id, "entity": entity_id,
                         "since": since.isoformat() if since else "0000",
                         "until": until.isoformat() if until else "9999",
                         "limit": ENTRIES_PER_PAGE + 1, "offset": (page - 1) * ENTRIES_PER_PAGE}).fetchall()
    return TimelinePage(storyline=line, entity=entity, since=since.isoformat() if since is not None else None,
                        until=until.isoformat() if until is not None else None, page=page,
                        more=len(rows) > ENTRIES_PER_PAGE,
                        days=_days(rows[:ENTRIES_PER_PAGE]))


def _days(rows: list[sqlite3.Row]) -> list[Day]:
    days: dict[str, list[Entry]] = {}
    for row in rows:
        days.setdefault(row["day"], []).append(Entry(text=row["text"], cite=cite(row, row["start"], row["end"]),
                                                     pinned=bool(row["pinned"])))
    return [Day(day=day, entries=entries) for day, entries in days.items()]
