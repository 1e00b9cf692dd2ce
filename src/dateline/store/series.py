"""Figures as points of their series, and the figure series the link stage saves (schema 8; conflicts' confidences,
schema 22).

Every figure is a point of its series, reported on its own date or its article's (:func:`load_figure_points`).
Identical reports make one claim (:func:`load_figure_claims`). When the corpus is linked, the link stage
(:func:`dateline.link.series.save_figure_series`) saves the claims of every storyline
(:func:`save_figure_claims`), then the series it groups from them (:func:`insert_series`): the series of
claims of every storyline and of the whole store (which the figures pages draw) and the whole store's series
of reports (which the exports list); :func:`saved_series` reads them back.

The store's triggers mark all of them stale when a figure, an article's dates or its storyline change
(:func:`figure_claims_stale`); until the next link the link stage's readers group them afresh from the
figures as they stand, and nothing is written on a read, so a read-only connection (the web app's) serves a
stale store too.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from itertools import groupby

from dateline.records import CountedPoint, CountedSeries, Figure, FigureSeries, SeriesPoint
from dateline.store.attribution import span_or_none

#: The ``storyline_id`` of the whole store's series.
WHOLE_STORE = ""
#: What a saved series' points are: one per claim (the pages) or one per report (the exports).
CLAIMS, REPORTS = "claims", "reports"

#: The columns :func:`_counted_point` reads, in its order, followed by the day and the article's range. ``f``
#: is a figure's row or its report's (``figure_reports``, which has no confidence, so it is read by id); a
#: figure stored before confidences were kept (NULL) is as sure as an unscored one is (:class:`Figure`'s 1.0).
_POINT_COLUMNS = """f.id, f.series_key, f.article_id, f.value, f.text, f.start, f.end, f.qualifier, f.what, f.source,
                    f.source_start, f.source_end, f.sentence_start, f.sentence_end, f.date,
                    (SELECT coalesce(c.confidence, 1.0) FROM figures c WHERE c.id = f.id)"""
#: The order of a series' points (:func:`~dateline.link.series.figure_series`): the first day a report can
#: be from, undated last, then its place in its article. Ties (copies of an article) go by article and row.
_REPORT_ORDER = "coalesce(f.day, f.earliest) IS NULL, coalesce(f.day, f.earliest), f.start, f.end, f.article_id, f.id"
_SERIES_TABLES = ("figure_series", "figure_series_points", "figure_series_conflicts")


def load_figure_points(conn: sqlite3.Connection, storyline_id: str | None = None, key: str | None = None,
                       limit: int = -1, offset: int = 0) -> list[CountedPoint]:
    """Every figure in a series (of one storyline, and one series, if given) with the day it was reported,
    keyed by the series key the store keeps; an article dated only to a range gives the range instead of a
    day, never one of its days.

    The figures come in the order :func:`~dateline.link.series.figure_series` puts a series' points in,
    so ``limit`` and ``offset`` page one series in SQL; the page is chosen by the ordering columns alone,
    which an index holds, and only its rows are read whole.
    """
    rows = conn.execute(f"""SELECT {_POINT_COLUMNS}, f.day, f.earliest, f.latest
                            FROM (SELECT f.id FROM figure_reports f WHERE {_scope(storyline_id, key)}
                                  ORDER BY {_REPORT_ORDER} LIMIT :limit OFFSET :offset) page
                            JOIN figure_reports f ON f.id = page.id ORDER BY {_REPORT_ORDER}""",
                        {"storyline": storyline_id, "key": key, "limit": limit, "offset": offset})
    return [_counted_point(row) for row in rows]


def load_figure_claims(conn: sqlite3.Connection, storyline_id: str | None = None,
                       key: str | None = None) -> list[CountedPoint]:
    """One point for each set of identical reports (the same value and qualifier from the same source,
    reported the same day or from the same range of days), with how many reports it stands for; the point
    is the first of them stored.

    Identical reports make the same claim, so series built from these points have the same conflicts as
    series of every report: a page can rank and draw a big store's series from a few hundred points
    instead of a quarter of a million. The claims are saved per storyline when the corpus is linked
    (:func:`save_figure_series`) and summed here over the storylines asked for; while they are stale,
    they are grouped from the figures as they stand (slower, never wrong).
    """
    claims = "figure_claims_grouped" if figure_claims_stale(conn) else "figure_claims"
    return _load_claims(conn, claims, storyline_id, key)


def save_figure_claims(conn: sqlite3.Connection) -> list[str | None]:
    """Save every storyline's claims as the figures, their articles' dates and storylines now stand, and clear
    the saved series; return the scopes to group series for: the whole store (None), then each storyline."""
    conn.execute("DELETE FROM figure_claims")
    conn.execute("INSERT INTO figure_claims SELECT * FROM figure_claims_grouped")
    for table in _SERIES_TABLES:
        conn.execute(f"DELETE FROM {table}")
    storylines = [row[0] for row in conn.execute("""SELECT DISTINCT storyline_id FROM figure_claims
                                                    WHERE storyline_id IS NOT NULL ORDER BY storyline_id""")]
    return [None, *storylines]


def save_storyline_claims(conn: sqlite3.Connection, storylines: Sequence[str]) -> None:
    """Save these storylines' claims as their figures now stand, and clear their saved series (an incremental
    link: the other storylines' claims are as the last link saved them)."""
    scope = json.dumps(sorted(storylines))
    conn.execute("DELETE FROM figure_claims WHERE storyline_id IN (SELECT value FROM json_each(?))", (scope,))
    conn.execute("""INSERT INTO figure_claims SELECT * FROM figure_claims_grouped
                    WHERE storyline_id IN (SELECT value FROM json_each(?))""", (scope,))
    for table in _SERIES_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE storyline_id IN (SELECT value FROM json_each(?))", (scope,))


def figure_keys(conn: sqlite3.Connection, article_ids: Sequence[str]) -> list[str]:
    """The series keys of these articles' figures, and those of the whole store's saved series that hold a
    figure no longer stored (an article analysed again may have dropped it)."""
    rows = conn.execute("""SELECT series_key FROM figures WHERE series_key IS NOT NULL
                           AND article_id IN (SELECT value FROM json_each(?))
                           UNION SELECT series_key FROM figure_series_points p WHERE storyline_id = ?
                           AND NOT EXISTS (SELECT 1 FROM figures f WHERE f.id = p.figure_id) ORDER BY series_key""",
                        (json.dumps(list(article_ids)), WHOLE_STORE))
    return [row[0] for row in rows]


def delete_store_series(conn: sqlite3.Connection, key: str) -> None:
    """Clear the whole store's saved series of one key, of claims and of reports."""
    for table in _SERIES_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE storyline_id = ? AND series_key = ?", (WHOLE_STORE, key))


def saved_claims(conn: sqlite3.Connection, storyline_id: str | None, key: str | None = None) -> list[CountedPoint]:
    """:func:`load_figure_claims` from the saved claims, stale or not: for the link stage, which has just saved
    those it reads."""
    return _load_claims(conn, "figure_claims", storyline_id, key)


def insert_series(conn: sqlite3.Connection, storyline_id: str | None, points: str,
                  series: Sequence[CountedSeries]) -> None:
    """Save the series of one scope (None: the whole store), of claims (:data:`CLAIMS`) or of every report
    (:data:`REPORTS`)."""
    _insert_series(conn, storyline_id or WHOLE_STORE, points, series)


def mark_series_current(conn: sqlite3.Connection) -> None:
    """Every saved claim and series is now what the figures as they stand give; the triggers undo it."""
    conn.execute("UPDATE figure_claims_state SET stale = 0")


def saved_series(conn: sqlite3.Connection, storyline_id: str | None, points: str,
                 key: str | None = None) -> list[CountedSeries]:
    """The series of one scope (None: the whole store) as the last link saved them, by key (only ``key``,
    if given). Only current while :func:`figure_claims_stale` says no."""
    return _saved_series(conn, storyline_id or WHOLE_STORE, points, key)


def figure_claims_stale(conn: sqlite3.Connection) -> bool:
    """Whether a figure, an article's dates or its storyline changed since the claims and series were saved
    (the store's triggers say so)."""
    return bool(conn.execute("SELECT stale FROM figure_claims_state").fetchone()[0])


def _load_claims(conn: sqlite3.Connection, claims: str, storyline_id: str | None,
                 key: str | None) -> list[CountedPoint]:
    """:func:`load_figure_claims` from ``claims``: the saved claims (``figure_claims``) or those grouped from
    the figures as they stand (``figure_claims_grouped``)."""
    rows = conn.execute(f"""SELECT {_POINT_COLUMNS}, g.day, g.earliest, g.latest, g.reports
                            FROM (SELECT min(figure_id) AS id, sum(reports) AS reports, day, earliest, latest
                                  FROM {claims} f WHERE {_scope(storyline_id, key)}
                                  GROUP BY series_key, value, qualifier, source, day, earliest, latest) g
                            JOIN figures f ON f.id = g.id ORDER BY f.id""",
                        {"storyline": storyline_id, "key": key})
    return [_counted_point(row, row[-1]) for row in rows]


def _insert_series(conn: sqlite3.Connection, storyline_id: str, points: str, series: Sequence[CountedSeries]) -> None:
    scope = (storyline_id, points)
    conn.executemany("INSERT INTO figure_series (storyline_id, points, series_key, what) VALUES (?, ?, ?, ?)",
                     [(*scope, one.series.key, one.series.what) for one in series])
    conn.executemany("""INSERT INTO figure_series_points (storyline_id, points, series_key, position, figure_id,
                        reports, day, earliest, latest, claim) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                     [(*scope, one.series.key, position, figure_id, reports, point.date, point.earliest,
                       point.latest, claim) for one in series
                      for position, (figure_id, reports, point, claim)
                      in enumerate(zip(one.figure_ids, one.reports, one.series.points, one.series.claims,
                                       strict=True))])
    conn.executemany("""INSERT INTO figure_series_conflicts (storyline_id, points, series_key, first, second,
                        confidence) VALUES (?, ?, ?, ?, ?, ?)""",
                     [(*scope, one.series.key, *pair, confidence) for one in series
                      for pair, confidence in zip(one.series.conflicts, one.series.conflict_confidence, strict=True)])


def _saved_series(conn: sqlite3.Connection, storyline_id: str, points: str, key: str | None) -> list[CountedSeries]:
    """The saved series of one scope (only the series ``key``, if given), by key."""
    params = {"storyline": storyline_id, "points": points, "key": key}
    one = " AND s.series_key = :key" if key is not None else ""
    scope = f"s.storyline_id = :storyline AND s.points = :points{one}"
    what = dict(conn.execute(f"SELECT series_key, what FROM figure_series s WHERE {scope}", params))
    pairs = conn.execute(f"""SELECT series_key, first, second, confidence FROM figure_series_conflicts s
                             WHERE {scope} ORDER BY series_key, first, second""", params)
    conflicts = {series_key: list(group) for series_key, group in groupby(pairs, key=lambda row: row[0])}
    rows = conn.execute(f"""SELECT {_POINT_COLUMNS}, s.day, s.earliest, s.latest, s.reports, s.claim
                            FROM figure_series_points s JOIN figures f ON f.id = s.figure_id
                            WHERE {scope} ORDER BY s.series_key, s.position""", params)
    saved = []
    for series_key, group in groupby(rows, key=lambda row: row[1]):
        members = list(group)
        counted = [_counted_point(row, row[-2]) for row in members]
        disputes = conflicts.get(series_key, [])
        series = FigureSeries(series_key, what[series_key], tuple(c.point for c in counted),
                              tuple((row[1], row[2]) for row in disputes), tuple(row[-1] for row in members),
                              tuple(row[3] for row in disputes))
        saved.append(CountedSeries(series, tuple(c.figure_id for c in counted), tuple(c.reports for c in counted)))
    return saved


def _scope(storyline_id: str | None, key: str | None) -> str:
    """The SQL condition keeping the rows (``f``, with ``storyline_id`` and ``series_key``) of the storyline
    bound as ``:storyline`` and the series bound as ``:key``, each only when given."""
    series = "f.series_key = :key" if key is not None else "f.series_key IS NOT NULL"
    return series if storyline_id is None else f"{series} AND f.storyline_id = :storyline"


def _counted_point(row: sqlite3.Row, reports: int = 1) -> CountedPoint:
    """A row of :data:`_POINT_COLUMNS`, day, earliest, latest as a counted point."""
    figure = Figure(row[2], row[3], row[4], (row[5], row[6]), row[7], row[8], row[9], span_or_none(row[10], row[11]),
                    (row[12], row[13]), row[14], confidence=row[15])
    return CountedPoint(row[0], row[1], SeriesPoint(figure, row[16], row[17], row[18]), reports)
