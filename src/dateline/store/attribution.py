"""Entities, quotes and figures: the corpus-wide entity table, and records read back for export."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator

from dateline.records import Entity, EntityTable, Figure, KeyedPoint, Mention, Quote, SeriesPoint


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
                               q.speaker_label, q.speech, q.date
                           FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id
                           ORDER BY q.article_id, q.start""")
    return [Quote(r[0], r[1], tuple(tuple(c) for c in json.loads(r[2])), _pair(r[3], r[4]), _pair(r[5], r[6]),
                  r[7], _pair(r[8], r[9]), r[10], bool(r[11]), r[12]) for r in rows]


#: The columns :func:`_keyed_point` reads, in its order, followed by the day and the article's range.
_POINT_COLUMNS = """f.series_key, f.article_id, f.value, f.text, f.start, f.end, f.qualifier, f.what, f.source,
                    f.source_start, f.source_end, f.sentence_start, f.sentence_end, f.date"""
#: The order of a series' points (:func:`~dateline.extract.series.figure_series`): the first day a report can
#: be from, undated last, then its place in its article. Ties (copies of an article) go by article and row.
_REPORT_ORDER = "coalesce(f.day, f.earliest) IS NULL, coalesce(f.day, f.earliest), f.start, f.end, f.article_id, f.id"


def load_figure_points(conn: sqlite3.Connection, storyline_id: str | None = None, key: str | None = None,
                       limit: int = -1, offset: int = 0) -> list[KeyedPoint]:
    """Every figure in a series (of one storyline, and one series, if given) with the day it was reported,
    keyed by the series key the store keeps; an article dated only to a range gives the range instead of a
    day, never one of its days.

    The figures come in the order :func:`~dateline.extract.series.figure_series` puts a series' points in,
    so ``limit`` and ``offset`` page one series in SQL; the page is chosen by the ordering columns alone,
    which an index holds, and only its rows are read whole.
    """
    rows = conn.execute(f"""SELECT {_POINT_COLUMNS}, f.day, f.earliest, f.latest
                            FROM (SELECT f.id FROM figure_reports f WHERE {_scope(storyline_id, key)}
                                  ORDER BY {_REPORT_ORDER} LIMIT :limit OFFSET :offset) page
                            JOIN figure_reports f ON f.id = page.id ORDER BY {_REPORT_ORDER}""",
                        {"storyline": storyline_id, "key": key, "limit": limit, "offset": offset})
    return [_keyed_point(row) for row in rows]


def load_figure_claims(conn: sqlite3.Connection, storyline_id: str | None = None,
                       key: str | None = None) -> list[tuple[KeyedPoint, int]]:
    """One point for each set of identical reports (the same value and qualifier from the same source,
    reported the same day or from the same range of days), with how many reports it stands for; the point
    is the first of them stored.

    Identical reports make the same claim, so series built from these points have the same conflicts as
    series of every report: a page can rank and draw a big store's series from a few hundred points
    instead of a quarter of a million. The claims are saved per storyline when the corpus is linked
    (:func:`save_figure_claims`) and summed here over the storylines asked for; while they are stale,
    they are grouped from the figures as they stand (slower, never wrong).
    """
    claims = "figure_claims_grouped" if figure_claims_stale(conn) else "figure_claims"
    rows = conn.execute(f"""SELECT {_POINT_COLUMNS}, g.day, g.earliest, g.latest, g.reports
                            FROM (SELECT min(figure_id) AS id, sum(reports) AS reports, day, earliest, latest
                                  FROM {claims} f WHERE {_scope(storyline_id, key)}
                                  GROUP BY series_key, value, qualifier, source, day, earliest, latest) g
                            JOIN figures f ON f.id = g.id ORDER BY f.id""",
                        {"storyline": storyline_id, "key": key})
    return [(_keyed_point(row), row[-1]) for row in rows]


def save_figure_claims(conn: sqlite3.Connection) -> None:
    """Save every storyline's claims as the figures, dates and storylines now stand; run by ``link`` after
    storylines are assigned, as the timeline is."""
    conn.execute("DELETE FROM figure_claims")
    conn.execute("INSERT INTO figure_claims SELECT * FROM figure_claims_grouped")
    conn.execute("UPDATE figure_claims_state SET stale = 0")


def figure_claims_stale(conn: sqlite3.Connection) -> bool:
    """Whether a figure, an article's dates or its storyline changed since the claims were saved (the
    store's triggers say so)."""
    return bool(conn.execute("SELECT stale FROM figure_claims_state").fetchone()[0])


def _scope(storyline_id: str | None, key: str | None) -> str:
    """The SQL condition keeping the rows (``f``, with ``storyline_id`` and ``series_key``) of the storyline
    bound as ``:storyline`` and the series bound as ``:key``, each only when given."""
    series = "f.series_key = :key" if key is not None else "f.series_key IS NOT NULL"
    return series if storyline_id is None else f"{series} AND f.storyline_id = :storyline"


def _keyed_point(row: sqlite3.Row) -> KeyedPoint:
    """A row of :data:`_POINT_COLUMNS`, day, earliest, latest as a keyed point."""
    figure = Figure(row[1], row[2], row[3], (row[4], row[5]), row[6], row[7], row[8], _pair(row[9], row[10]),
                    (row[11], row[12]), row[13])
    return row[0], SeriesPoint(figure, row[14], row[15], row[16])


def _pair(start: int | None, end: int | None) -> tuple[int, int] | None:
    return None if start is None or end is None else (start, end)
