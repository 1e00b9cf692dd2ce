"""The figures pages on a store with more series, and longer series, than a page shows: paging, thinning
that keeps the conflicting claims, and every report of a series on its own page."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dateline.counts import series_key
from dateline.link.series import counted_series, save_figure_series
from dateline.store.series import load_figure_claims, load_figure_points
from dateline.web import create_app
from dateline.web.figures import DRAWN, LISTED, REPORTS_PER_PAGE, SERIES_PER_PAGE, drawn

EXTRA_SERIES = 25
#: A changing count reported on 150 days, twice on 2023-03-01 with values that cannot both be true (the
#: second by another article: one article's two numbers are two groups, not a dispute), and once three
#: times over: 151 distinct figures, 153 reports. It says what happened ("killed"), or it could not conflict.
LONG = "wzz:killed"


def extra_figures() -> list[tuple[str, float, str, bool]]:
    """(what, value, day, reported by another article) of every figure added: 25 one-report series, then
    the long series."""
    short = [(f"w{chr(97 + i // 26)}{chr(97 + i % 26)} counted", 1.0, "2023-01-01", False)
             for i in range(EXTRA_SERIES)]
    days = [f"2023-{month:02d}-{day:02d}" for month in range(1, 7) for day in range(1, 26)]
    long = [("wzz killed", float(10 + n), day, False) for n, day in enumerate(days)]
    return short + long + [("wzz killed", 5000.0, "2023-03-01", True)] + [("wzz killed", 10.0, "2023-01-01", False)] * 2


@pytest.fixture(scope="module")
def many_db(web_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The web store plus :func:`extra_figures`, claimed by one seed article (the disputing one by another)."""
    path = tmp_path_factory.mktemp("figures") / "many.db"
    with sqlite3.connect(web_db) as source, sqlite3.connect(path) as target:
        source.backup(target)
        article_id, other_id = (row[0] for row in target.execute("SELECT id FROM articles ORDER BY id LIMIT 2"))
        dated, day = target.execute("""SELECT id, published_earliest FROM articles
                                        WHERE published_earliest = published_latest ORDER BY id LIMIT 1""").fetchone()
        added = [(other_id if elsewhere else article_id, what, value, day)
                 for what, value, day, elsewhere in extra_figures()]
        # The same figure twice in a dated article, once with no date of its own (it takes the article's).
        added += [(dated, "wzy counted", 7.0, day), (dated, "wzy counted", 7.0, None)]
        target.executemany("""INSERT INTO figures (article_id, value, text, start, end, what, sentence_start,
                                                   sentence_end, date, series_key)
                              VALUES (?, ?, ?, 0, 5, ?, 0, 20, ?, ?)""",
                           [(article, value, f"{value:g}", what, day, series_key(what))
                            for article, what, value, day in added])
        save_figure_series(target)
    return path


@pytest.fixture(scope="module")
def many(many_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(many_db)) as client:
        yield client


def test_drawn_keeps_the_ends_and_the_conflicts_within_the_cap() -> None:
    assert drawn(5, [2], 10) == [0, 1, 2, 3, 4]
    chosen = drawn(1000, [333, 334], 10)
    assert len(chosen) == 10 and chosen == sorted(chosen)
    assert {0, 999, 333, 334} <= set(chosen)


def test_overview_pages_series_conflicts_first_then_most_reported(many: TestClient) -> None:
    first = many.get("/api/storylines/all/figures").json()
    second = many.get("/api/storylines/all/figures", params={"page": 2}).json()
    assert len(first["series"]) == SERIES_PER_PAGE and first["more"] and not second["more"]
    keys = [s["key"] for s in first["series"] + second["series"]]
    assert len(keys) == len(set(keys)) == first["total"] == second["total"] > SERIES_PER_PAGE
    assert {f"w{chr(97 + i // 26)}{chr(97 + i % 26)}:" for i in range(EXTRA_SERIES)} | {LONG} <= set(keys)
    ranks = [(not s["conflicts"], -s["reports"]) for s in first["series"] + second["series"]]
    assert ranks == sorted(ranks) and keys[:2] == [LONG, "hostages:taken"]
    html = many.get("/storylines/all/figures").text
    assert '<a rel="next" href="/storylines/all/figures?page=2">' in html and 'rel="prev"' not in html
    assert '<a rel="prev" href="/storylines/all/figures?page=1">' in many.get("/storylines/all/figures?page=2").text


def test_a_long_series_is_thinned_but_keeps_its_conflict(many: TestClient) -> None:
    page = many.get("/api/storylines/all/figures").json()
    [long] = [s for s in page["series"] if s["key"] == LONG]
    assert (long["reports"], long["distinct"], long["conflicts"]) == (153, 151, 1)
    points = long["drawn"]
    assert len(points) == DRAWN and [p["date"] for p in points] == sorted(p["date"] for p in points)
    assert (points[0]["value"], points[-1]["value"]) == (10, 159)
    assert {(p["value"], p["date"]) for p in points if p["conflict"]} == {(60, "2023-03-01"), (5000, "2023-03-01")}
    assert points[0]["reports"] == 3
    listed = [(p["value"], p["conflict"]) for p in long["listed"]]
    assert listed == [(60, True), (5000, True), (159, False), (158, False), (157, False)][:LISTED]
    html = many.get("/storylines/all/figures").text
    section = html.split(f'<h2 id="{LONG}">')[1].split("</section>")[0]
    assert f"{DRAWN} of 151 distinct figures drawn" in section and section.count('class="point conflict"') == 2
    assert "and 2 more reports</title>" in section
    assert f'href="/storylines/all/figures/{LONG}">All 153 reports' in section


def test_a_series_page_lists_every_report_in_pages(many: TestClient, many_db: Path) -> None:
    """Read a page at a time, the reports are the series' points in order, each flagged as its claim is."""
    pages = [many.get(f"/api/storylines/all/figures/{LONG}", params={"page": n}).json() for n in (1, 2, 3, 4)]
    assert [len(p["reports"]) for p in pages] == [REPORTS_PER_PAGE] * 3 + [3]
    assert [p["more"] for p in pages] == [True, True, True, False]
    reports = [r for p in pages for r in p["reports"]]
    assert [r["date"] for r in reports] == sorted(r["date"] for r in reports)
    assert {r["value"] for r in reports if r["conflict"]} == {60, 5000}
    assert all(r["reports"] == 1 for r in reports) and pages[0]["series"]["distinct"] == 151
    [every] = counted_series(load_figure_points(sqlite3.connect(many_db), key=LONG))
    conflicting = every.series.conflicting()
    assert [(r["value"], r["date"], r["conflict"]) for r in reports] == [
        (p.figure.value, p.date, i in conflicting) for i, p in enumerate(every.series.points)]
    html = many.get(f"/storylines/all/figures/{LONG}?page=2").text
    assert f'<a rel="prev" href="/storylines/all/figures/{LONG}">' in html
    assert f'<a rel="next" href="/storylines/all/figures/{LONG}?page=3">' in html


def test_one_point_per_identical_claim_keeps_every_conflict(many_db: Path) -> None:
    """The overview's series, built from one point per set of identical reports, have the conflicts and
    report counts of the series of every report."""
    conn = sqlite3.connect(many_db)
    claims = {one.series.key: one for one in counted_series(load_figure_claims(conn))}
    for every in counted_series(load_figure_points(conn)):
        full, summary = every.series, claims[every.series.key].series
        assert claims[full.key].total_reports == len(full.points), full.key
        conflicts = {(full.points[i].figure.value, full.points[j].figure.value) for i, j in full.conflicts}
        assert conflicts == {(summary.points[i].figure.value, summary.points[j].figure.value)
                             for i, j in summary.conflicts}, full.key


def test_a_report_without_its_own_date_joins_those_of_its_articles_day(many: TestClient) -> None:
    page = many.get("/api/storylines/all/figures/wzy:").json()
    [point] = page["series"]["drawn"]
    assert (point["value"], point["reports"], page["series"]["reports"]) == (7, 2, 2)
    assert point["date"] == point["earliest"] == point["latest"] is not None
    assert [r["date"] for r in page["reports"]] == [point["date"]] * 2


def test_a_storylines_series_count_the_figures_of_its_articles(client: TestClient, web_db: Path) -> None:
    lines = [line["id"] for line in client.get("/api/storylines").json()[1:]]
    with sqlite3.connect(web_db) as conn:
        expected = dict(conn.execute("""SELECT a.storyline_id, count(*) FROM figures f JOIN articles a
                                        ON a.id = f.article_id WHERE f.series_key IS NOT NULL
                                        GROUP BY a.storyline_id"""))
    assert lines and any(expected.get(line) for line in lines)
    for line in lines:
        page = client.get(f"/api/storylines/{line}/figures").json()
        assert not page["more"] and sum(s["reports"] for s in page["series"]) == expected.get(line, 0), line
