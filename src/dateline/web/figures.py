"""The figures pages: each tracked quantity as a series over time, every point citing its sentence.

Series and conflicts come from the library (:func:`dateline.extract.series.figure_series`), so the pages,
the Markdown export and the JSON export agree on which figures count the same thing and which disagree.
A point dated only by its article's publication range shows that range; the page never picks a day.

A big store holds hundreds of thousands of figures, so the overview ranks and draws series from one point
per set of identical reports (:func:`dateline.store.attribution.load_figure_claims`), shows a page of
series, each with at most :data:`DRAWN` points on its chart and :data:`LISTED` rows, and links to a page
per series that lists all its reports, :data:`REPORTS_PER_PAGE` at a time, read a page at a time.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from itertools import chain, islice

from dateline.extract.series import figure_series
from dateline.records import FigureSeries as LibrarySeries
from dateline.records import SeriesPoint
from dateline.store.attribution import load_figure_claims, load_figure_points
from dateline.web.citations import ARTICLE_COLUMNS, cite
from dateline.web.models import FigurePoint, FigureSeries, FiguresPage, SeriesPage
from dateline.web.storylines import WHOLE_STORE, storyline

SERIES_PER_PAGE = 20
#: Points on one chart: beyond ~60 the 640-pixel chart is a smear, and each point costs ~250 bytes of HTML.
DRAWN = 60
#: Rows under each series on the overview: its conflicting claims, then its latest reports.
LISTED = 5
REPORTS_PER_PAGE = 50

#: How many reports each point stands for.
Reports = Mapping[SeriesPoint, int]


def figures_page(conn: sqlite3.Connection, storyline_id: str, page: int = 1) -> FiguresPage:
    """One page of a storyline's series: those with conflicts first, then the most reported."""
    line = storyline(conn, storyline_id)
    series, reports = _claim_series(conn, storyline_id)
    ranked = sorted(series, key=lambda one: (not one.conflicts, -_reports(one, reports), one.key))
    start = (page - 1) * SERIES_PER_PAGE
    return FiguresPage(storyline=line, page=page, more=len(ranked) > start + SERIES_PER_PAGE, total=len(ranked),
                       series=[_web_series(conn, one, reports) for one in ranked[start : start + SERIES_PER_PAGE]])


def series_page(conn: sqlite3.Connection, storyline_id: str, key: str, page: int = 1) -> SeriesPage:
    """One series' chart and one page of all its reports in date order; KeyError for a series with no
    figure in this storyline.

    Only the page's reports are read whole: a report is in conflict exactly when its claim is (identical
    reports make one claim), so the flags come from the series of claims, not from every report."""
    line = storyline(conn, storyline_id)
    summaries, reports = _claim_series(conn, storyline_id, key)
    if not summaries:
        raise KeyError(key)
    [series] = summaries
    disputed = {_claim(series.points[i]) for i in series.conflicting()}
    start = (page - 1) * REPORTS_PER_PAGE
    points = [point for _, point in load_figure_points(conn, _scoped(storyline_id), key, REPORTS_PER_PAGE + 1,
                                                       start)]
    shown = points[:REPORTS_PER_PAGE]
    articles = _citation_rows(conn, {point.figure.article_id or "" for point in shown})
    return SeriesPage(storyline=line, series=_web_series(conn, series, reports), page=page,
                      more=len(points) > REPORTS_PER_PAGE,
                      reports=[_web_point(point, _claim(point) in disputed, 1, articles) for point in shown])


def _claim(point: SeriesPoint) -> tuple[object, ...]:
    """What makes reports identical, as :func:`~dateline.store.attribution.load_figure_claims` groups them."""
    figure = point.figure
    return figure.value, figure.qualifier, figure.source, point.date, point.earliest, point.latest


def _scoped(storyline_id: str) -> str | None:
    """The storyline id as the store's loaders take it: None for the whole store."""
    return None if storyline_id == WHOLE_STORE else storyline_id


def _claim_series(conn: sqlite3.Connection, storyline_id: str,
                  key: str | None = None) -> tuple[list[LibrarySeries], dict[SeriesPoint, int]]:
    """The storyline's series (or the one with ``key``) built from one point per set of identical reports,
    and how many reports each point stands for."""
    claims = load_figure_claims(conn, _scoped(storyline_id), key)
    return figure_series(keyed for keyed, _ in claims), {point: count for (_, point), count in claims}


def _reports(series: LibrarySeries, reports: Reports) -> int:
    return sum(reports[point] for point in series.points)


def _web_series(conn: sqlite3.Connection, series: LibrarySeries, reports: Reports) -> FigureSeries:
    """The series' counts, the points its chart draws and the rows listed under it."""
    disputed = sorted({index for pair in series.conflicts for index in pair})
    drawn_at = drawn(len(series.points), disputed, DRAWN)
    listed_at = list(islice(dict.fromkeys(chain(disputed, _latest_first(series.points))), LISTED))
    points = _web_points(conn, series, [*drawn_at, *listed_at], reports)
    return FigureSeries(key=series.key, what=series.what, reports=_reports(series, reports),
                        distinct=len(series.points), conflicts=len(series.conflicts),
                        drawn=[points[i] for i in drawn_at], listed=[points[i] for i in listed_at])


def _web_points(conn: sqlite3.Connection, series: LibrarySeries, indices: Sequence[int],
                reports: Reports) -> dict[int, FigurePoint]:
    """The series' points at ``indices``, by index, each citing its sentence."""
    conflicting, points = series.conflicting(), series.points
    articles = _citation_rows(conn, {points[i].figure.article_id or "" for i in indices})
    return {i: _web_point(points[i], i in conflicting, reports[points[i]], articles) for i in indices}


def _citation_rows(conn: sqlite3.Connection, article_ids: set[str]) -> dict[str, sqlite3.Row]:
    """The citation columns of each article, by id. The ids go in as one JSON list, as the entity page
    passes them, so no number of points can exceed SQLite's parameter limit."""
    rows = conn.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))",
                        (json.dumps(sorted(article_ids)),))
    return {row["article_id"]: row for row in rows}


def drawn(count: int, kept: Iterable[int], cap: int) -> list[int]:
    """The indices of at most ``cap`` of ``count`` points to draw, in order: all when they fit; else the
    first and the last, then ``kept`` (the conflicting claims), then points spread evenly between."""
    if count <= cap:
        return list(range(count))
    spread = (round(i * (count - 1) / (cap - 1)) for i in range(cap))
    return sorted(islice(dict.fromkeys(chain((0, count - 1), kept, spread)), cap))


def _latest_first(points: tuple[SeriesPoint, ...]) -> list[int]:
    """Indices of the dated points, latest first, then of the undated ones."""
    dated = [i for i, point in enumerate(points) if point.first_day is not None]
    return [*reversed(dated), *(i for i, point in enumerate(points) if point.first_day is None)]


def _web_point(point: SeriesPoint, conflict: bool, reports: int, articles: dict[str, sqlite3.Row]) -> FigurePoint:
    figure = point.figure
    return FigurePoint(value=figure.value, text=figure.text, qualifier=figure.qualifier, what=figure.what,
                       source=figure.source, date=point.date, earliest=point.first_day,
                       latest=point.last_day, when=point.when, conflict=conflict, reports=reports,
                       cite=cite(articles[figure.article_id or ""], *figure.sentence))
