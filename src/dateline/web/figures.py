"""The figures pages: each tracked quantity as a series over time, every point citing its sentence.

Series and conflicts are the link stage's (:mod:`dateline.link.series`), read from the store
(:func:`dateline.link.series.claim_series`), so the pages, the Markdown export and the JSON export agree on
which figures count the same thing and which disagree.
A point dated only by its article's publication range shows that range; the page never picks a day.

A big store holds hundreds of thousands of figures, so the overview ranks and draws series from one point
per set of identical reports (:func:`dateline.store.series.load_figure_claims`), shows a page of
series, each with at most :data:`DRAWN` points on its chart and :data:`LISTED` rows, and links to a page
per series that lists all its reports, :data:`REPORTS_PER_PAGE` at a time, read a page at a time.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import chain, islice

from dateline.link.series import claim_series, confirmed
from dateline.records import CountedSeries, SeriesPoint
from dateline.store.series import load_figure_points
from dateline.web.citations import ARTICLE_COLUMNS, cite
from dateline.web.models import FigurePoint, FigureSeries, FiguresPage, SeriesPage
from dateline.web.storylines import WHOLE_STORE, storyline

SERIES_PER_PAGE = 20
#: Points on one chart: beyond ~60 the 640-pixel chart is a smear, and each point costs ~250 bytes of HTML.
DRAWN = 60
#: Rows under each series on the overview: its conflicting claims, then its latest reports.
LISTED = 5
REPORTS_PER_PAGE = 50


def figures_page(conn: sqlite3.Connection, storyline_id: str, page: int = 1) -> FiguresPage:
    """One page of a storyline's series: those with conflicts first, then the most reported."""
    line = storyline(conn, storyline_id)
    ranked = sorted(_confirmed_series(conn, storyline_id),
                    key=lambda one: (not one.series.conflicts, -one.total_reports, one.series.key))
    start = (page - 1) * SERIES_PER_PAGE
    return FiguresPage(storyline=line, page=page, more=len(ranked) > start + SERIES_PER_PAGE, total=len(ranked),
                       series=[_web_series(conn, one) for one in ranked[start : start + SERIES_PER_PAGE]])


def series_page(conn: sqlite3.Connection, storyline_id: str, key: str, page: int = 1) -> SeriesPage:
    """One series' chart and one page of all its reports in date order; KeyError for a series with no
    figure in this storyline.

    Only the page's reports are read whole: a report is in conflict exactly when its claim is (identical
    reports make one claim), so the flags come from the series of claims, not from every report."""
    line = storyline(conn, storyline_id)
    summaries = _confirmed_series(conn, storyline_id, key)
    if not summaries:
        raise KeyError(key)
    [counted] = summaries
    disputed = {_claim(counted.series.points[i]) for i in counted.series.conflicting()}
    start = (page - 1) * REPORTS_PER_PAGE
    found = load_figure_points(conn, _scoped(storyline_id), key, REPORTS_PER_PAGE + 1, start)
    shown = [report.point for report in found[:REPORTS_PER_PAGE]]
    articles = _citation_rows(conn, {point.figure.article_id or "" for point in shown})
    return SeriesPage(storyline=line, series=_web_series(conn, counted), page=page,
                      more=len(found) > REPORTS_PER_PAGE,
                      reports=[_web_point(point, _claim(point) in disputed, 1, articles) for point in shown])


def _confirmed_series(conn: sqlite3.Connection, storyline_id: str, key: str | None = None) -> list[CountedSeries]:
    """The storyline's series of claims (only ``key``'s, if given), each flagging only the conflicts not below
    the confidence line: an unconfirmed one is not shown as a conflict."""
    return [replace(one, series=confirmed(one.series)) for one in claim_series(conn, _scoped(storyline_id), key)]


def _claim(point: SeriesPoint) -> tuple[object, ...]:
    """What makes reports identical, as :func:`~dateline.store.series.load_figure_claims` groups them."""
    figure = point.figure
    return figure.value, figure.qualifier, figure.source, point.date, point.earliest, point.latest


def _scoped(storyline_id: str) -> str | None:
    """The storyline id as the store's loaders take it: None for the whole store."""
    return None if storyline_id == WHOLE_STORE else storyline_id


def _web_series(conn: sqlite3.Connection, counted: CountedSeries) -> FigureSeries:
    """The series' counts, the points its chart draws and the rows listed under it."""
    series = counted.series
    disputed = sorted({index for pair in series.conflicts for index in pair})
    drawn_at = drawn(len(series.points), disputed, DRAWN)
    listed_at = list(islice(dict.fromkeys(chain(disputed, _latest_first(series.points))), LISTED))
    points = _web_points(conn, counted, [*drawn_at, *listed_at])
    return FigureSeries(key=series.key, what=series.what, reports=counted.total_reports,
                        distinct=len(series.points), conflicts=len(series.conflicts),
                        drawn=[points[i] for i in drawn_at], listed=[points[i] for i in listed_at])


def _web_points(conn: sqlite3.Connection, counted: CountedSeries, indices: Sequence[int]) -> dict[int, FigurePoint]:
    """The series' points at ``indices``, by index, each citing its sentence."""
    conflicting, points = counted.series.conflicting(), counted.series.points
    articles = _citation_rows(conn, {points[i].figure.article_id or "" for i in indices})
    return {i: _web_point(points[i], i in conflicting, counted.reports[i], articles) for i in indices}


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
                       span=figure.span, cite=cite(articles[figure.article_id or ""], *figure.sentence))
