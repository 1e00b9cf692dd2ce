"""The figures page: each tracked quantity as a series over time, every point citing its sentence.

A series is the figures sharing a ``series_key`` (or, before the figures stage assigns keys, the same
``what``). Two points of one series on the same day with different values are flagged as conflicting: the
page does not judge which is right, it shows both with their sources.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from dateline.web.citations import ARTICLE_COLUMNS, cite
from dateline.web.models import FigurePoint, FigureSeries, FiguresPage
from dateline.web.storylines import scope, storyline


def figures_page(conn: sqlite3.Connection, storyline_id: str) -> FiguresPage:
    line = storyline(conn, storyline_id)
    rows = conn.execute(f"""SELECT f.*, coalesce(f.series_key, lower(f.what), 'figures') AS series,
                                   coalesce(f.date, a.published_earliest) AS day, {ARTICLE_COLUMNS}
                            FROM figures f JOIN articles a ON a.id = f.article_id WHERE {scope(storyline_id, "a")}
                            ORDER BY series, day IS NULL, day, f.value""", {"storyline": storyline_id}).fetchall()
    by_series: dict[str, list[sqlite3.Row]] = defaultdict(list)
    for row in rows:
        by_series[row["series"]].append(row)
    return FiguresPage(storyline=line, series=[FigureSeries(key=key, points=_points(series))
                                               for key, series in by_series.items()])


def _points(rows: list[sqlite3.Row]) -> list[FigurePoint]:
    values_by_day: dict[str, set[float]] = defaultdict(set)
    for row in rows:
        values_by_day[row["day"]].add(row["value"])
    return [FigurePoint(value=r["value"], text=r["text"], qualifier=r["qualifier"], what=r["what"],
                        source=r["source"], date=r["day"],
                        conflict=r["day"] is not None and len(values_by_day[r["day"]]) > 1,
                        cite=cite(r, r["sentence_start"], r["sentence_end"]))
            for r in rows]
