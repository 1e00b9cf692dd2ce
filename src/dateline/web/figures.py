"""The figures page: each tracked quantity as a series over time, every point citing its sentence.

Series and conflicts come from the library (:func:`dateline.extract.series.figure_series`), so the page,
the Markdown export and the JSON export agree on which figures count the same thing and which disagree.
A point dated only by its article's publication range shows that range; the page never picks a day.
"""

from __future__ import annotations

import json
import sqlite3

from dateline.extract.records import FigureSeries as LibrarySeries
from dateline.extract.records import SeriesPoint
from dateline.extract.series import figure_series
from dateline.store.attribution import load_figure_points
from dateline.web.citations import ARTICLE_COLUMNS, cite
from dateline.web.models import FigurePoint, FigureSeries, FiguresPage
from dateline.web.storylines import WHOLE_STORE, storyline


def figures_page(conn: sqlite3.Connection, storyline_id: str) -> FiguresPage:
    line = storyline(conn, storyline_id)
    series = figure_series(load_figure_points(conn, None if storyline_id == WHOLE_STORE else storyline_id))
    articles = _citation_rows(conn, {point.figure.article_id for one in series for point in one.points})
    return FiguresPage(storyline=line, series=[_web_series(one, articles) for one in series])


def _citation_rows(conn: sqlite3.Connection, article_ids: set[str | None]) -> dict[str, sqlite3.Row]:
    """The citation columns of each article a figure comes from, by id. The ids go in as one JSON list, as
    the entity page passes them: a whole store's figures can name more articles than SQLite takes parameters."""
    rows = conn.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))",
                        (json.dumps(sorted(i for i in article_ids if i is not None)),))
    return {row["article_id"]: row for row in rows}


def _web_series(series: LibrarySeries, articles: dict[str, sqlite3.Row]) -> FigureSeries:
    conflicting = series.conflicting()
    return FigureSeries(key=series.key, what=series.what, points=[_web_point(point, index in conflicting, articles)
                                                for index, point in enumerate(series.points)])


def _web_point(point: SeriesPoint, conflict: bool, articles: dict[str, sqlite3.Row]) -> FigurePoint:
    figure = point.figure
    return FigurePoint(value=figure.value, text=figure.text, qualifier=figure.qualifier, what=figure.what,
                       source=figure.source, date=point.date, earliest=point.first_day,
                       latest=point.last_day, when=point.when, conflict=conflict,
                       cite=cite(articles[figure.article_id or ""], *figure.sentence))
