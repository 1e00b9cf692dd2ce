"""The saved claims and figure series: equal to grouping every figure directly, per storyline and for the
whole store, kept so through storyline moves and redating, never served stale (the readers group afresh
until the next link), and made for stores built before they were saved."""

from __future__ import annotations

import shutil
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from dateline import pipeline
from dateline.link.series import claim_series, counted_series, report_series, save_figure_series
from dateline.model import PublicationDate
from dateline.records import CountedPoint
from dateline.store import Store
from dateline.store.articles import update_published
from dateline.store.db import apply_migration, migration_scripts
from dateline.store.series import figure_claims_stale, load_figure_claims, load_figure_points
from dateline.store.storylines import move_article

#: What identical reports share: series key, value, qualifier, source, day, range.
ClaimKey = tuple[object, ...]


def claim_key(counted: CountedPoint) -> ClaimKey:
    figure, point = counted.point.figure, counted.point
    return counted.key, figure.value, figure.qualifier, figure.source, point.date, point.earliest, point.latest


def grouped_directly(conn: sqlite3.Connection, storyline_id: str | None = None) -> dict[ClaimKey, tuple]:
    """Every report of the storyline grouped in Python: each claim's first stored report and its count."""
    groups: dict[ClaimKey, list[CountedPoint]] = defaultdict(list)
    for counted in load_figure_points(conn, storyline_id):
        groups[claim_key(counted)].append(counted)
    first = {claim: min(points, key=lambda p: p.figure_id) for claim, points in groups.items()}
    return {claim: (first[claim].figure_id, first[claim].point, len(points)) for claim, points in groups.items()}


def saved(conn: sqlite3.Connection, storyline_id: str | None = None) -> dict[ClaimKey, tuple]:
    return {claim_key(counted): (counted.figure_id, counted.point, counted.reports)
            for counted in load_figure_claims(conn, storyline_id)}


def scopes(conn: sqlite3.Connection) -> list[str | None]:
    """The whole store (None) and every storyline."""
    return [None, *(row[0] for row in conn.execute("SELECT id FROM storylines"))]


def assert_claims_match(conn: sqlite3.Connection) -> None:
    """The claims of the whole store and of every storyline are those grouping the figures gives."""
    for storyline_id in scopes(conn):
        assert saved(conn, storyline_id) == grouped_directly(conn, storyline_id), storyline_id


def assert_series_saved(conn: sqlite3.Connection) -> None:
    """The series the readers give are the saved ones, and those grouping the figures as they stand gives: of
    claims for the whole store, every storyline and every series alone, and of reports for the whole store."""
    assert not figure_claims_stale(conn)
    for storyline_id in scopes(conn):
        grouped = counted_series(load_figure_claims(conn, storyline_id))
        assert grouped and claim_series(conn, storyline_id) == grouped, storyline_id
        for one in grouped:
            assert claim_series(conn, storyline_id, one.series.key) == [one]
    assert report_series(conn) == [one.series for one in counted_series(load_figure_points(conn))]
    saved_scopes = {(*row,) for row in conn.execute("SELECT DISTINCT storyline_id, points FROM figure_series")}
    counted = {row[0] for row in conn.execute("""SELECT DISTINCT a.storyline_id FROM figures f JOIN articles a
                                                 ON a.id = f.article_id WHERE f.series_key IS NOT NULL""")}
    assert saved_scopes == {("", "claims"), ("", "reports")} | {(s, "claims") for s in counted}


@pytest.fixture()
def store(seed_db: Path, tmp_path: Path) -> Iterator[Store]:
    """The seed store with one article in a storyline of its own, and one of its figures reported again in
    another storyline (so a claim spans two storylines) and again with no date (taking its article's)."""
    shutil.copy(seed_db, tmp_path / "d.db")
    opened = Store(tmp_path / "d.db")
    conn = opened.conn
    alone = conn.execute("SELECT id FROM articles WHERE source LIKE '%004_%'").fetchone()[0]
    with opened.transaction():
        move_article(conn, alone, None)
        copied = "value, text, start, end, qualifier, what, source, sentence_start, sentence_end, series_key"
        figure = conn.execute("SELECT id FROM figures WHERE series_key = 'hostages:taken' ORDER BY id").fetchone()[0]
        conn.execute(f"INSERT INTO figures (article_id, {copied}, date) SELECT ?, {copied}, date FROM figures "
                     "WHERE id = ?", (alone, figure))
        conn.execute(f"INSERT INTO figures (article_id, {copied}, date) SELECT article_id, {copied}, NULL "
                     "FROM figures WHERE id = ?", (figure,))
    pipeline.link(opened)
    yield opened
    opened.close()


def test_saved_claims_are_the_figures_grouped(store: Store) -> None:
    conn = store.conn
    assert not figure_claims_stale(conn)
    assert [s[0] for s in conn.execute("SELECT count(DISTINCT storyline_id) FROM figure_claims")] == [2]
    whole = saved(conn)
    assert max(count for *_, count in whole.values()) >= 2
    assert sum(count for *_, count in whole.values()) == conn.execute(
        "SELECT count(*) FROM figures WHERE series_key IS NOT NULL").fetchone()[0]
    assert_claims_match(conn)
    assert_series_saved(conn)


def test_a_new_figure_makes_the_claims_stale_yet_never_wrong(store: Store) -> None:
    conn = store.conn
    with store.transaction():
        conn.execute("""INSERT INTO figures (article_id, value, text, start, end, what, sentence_start, sentence_end,
                                             date, series_key)
                        SELECT article_id, 999, '999', start, end, what, sentence_start, sentence_end, date,
                               series_key FROM figures WHERE series_key IS NOT NULL LIMIT 1""")
    assert figure_claims_stale(conn)
    assert 999 in {key[1] for key in saved(conn)}
    assert_claims_match(conn)
    saved_values = {row[0] for row in conn.execute(
        "SELECT f.value FROM figure_series_points p JOIN figures f ON f.id = p.figure_id")}
    assert 999 not in saved_values  # the saved series are as the last link left them, and not what is read:
    assert 999 in {p.figure.value for one in report_series(conn) for p in one.points}
    assert 999 in {p.figure.value for one in claim_series(conn) for p in one.series.points}
    pipeline.link(store)
    assert_claims_match(conn)
    assert_series_saved(conn)


def test_redating_an_article_makes_its_undated_figures_claims_stale(store: Store) -> None:
    conn = store.conn
    article_id = conn.execute("SELECT article_id FROM figures WHERE date IS NULL").fetchone()[0]
    with store.transaction():
        update_published(conn, article_id, PublicationDate.on(date(2020, 1, 2), "metadata"))
    assert figure_claims_stale(conn)
    assert "2020-01-02" in {key[4] for key in saved(conn)}
    assert_claims_match(conn)


def test_a_storyline_move_is_followed_by_the_claims(store: Store) -> None:
    conn = store.conn
    alone = conn.execute("SELECT article_id FROM corrections WHERE kind = 'move'").fetchone()[0]
    rest = conn.execute("SELECT storyline_id FROM articles WHERE id != ? LIMIT 1", (alone,)).fetchone()[0]
    with store.transaction():
        move_article(conn, alone, rest)
    pipeline.link(store)
    assert [s[0] for s in conn.execute("SELECT count(DISTINCT storyline_id) FROM figure_claims")] == [1]
    assert_claims_match(conn)
    assert_series_saved(conn)


def test_a_store_made_before_the_claims_were_saved_serves_them_on_upgrade(store: Store, tmp_path: Path) -> None:
    """A version 6 store (no claims table) holding the same articles and figures is given its claims by one
    migration; the series, which SQL cannot group, are stale until the next link, and grouped afresh till then:
    the store serves what a linked one does without a rebuild."""
    old = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    for version, sql in migration_scripts():
        if version <= 6:
            apply_migration(old, version, sql)
    old.execute("ATTACH DATABASE ? AS new", (str(store.path),))
    for table in ("articles", "storylines", "figures"):
        columns = ", ".join(row[1] for row in old.execute(f"PRAGMA main.table_info({table})"))
        old.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM new.{table}")
    old.close()
    with Store(tmp_path / "old.db") as upgraded:
        conn = upgraded.conn
        # A version 6 store scored no figure (schema 9 did): give each the score its analysis gives today, which
        # a series' conflicts are as sure as.
        conn.execute("ATTACH DATABASE ? AS new", (str(store.path),))
        conn.execute("""UPDATE main.figures
                        SET confidence = (SELECT n.confidence FROM new.figures n WHERE n.id = figures.id)""")
        conn.execute("DETACH DATABASE new")
        assert figure_claims_stale(conn)
        assert conn.execute("SELECT count(*) FROM figure_claims").fetchone()[0] > 0
        assert conn.execute("SELECT count(*) FROM figure_series").fetchone()[0] == 0
        assert_claims_match(conn)
        assert saved(conn) == saved(store.conn)
        for storyline_id in scopes(conn):
            assert claim_series(conn, storyline_id) == claim_series(store.conn, storyline_id)
        assert report_series(conn) == report_series(store.conn)
        with upgraded.transaction():
            save_figure_series(conn)
        assert_series_saved(conn)


def test_a_new_store_has_no_stale_series(tmp_path: Path) -> None:
    with Store(tmp_path / "new.db") as new:
        assert not figure_claims_stale(new.conn)
        assert claim_series(new.conn) == [] and report_series(new.conn) == []


def test_the_seed_hostages_taken_series_reads_back_with_its_conflict(seed_db: Path) -> None:
    """The exports' series and the seed storyline's page read the saved 240 (Qatar, in an article dated to 28
    Nov - 4 Dec and pinned to 28 Nov, the day its lead reports) against 251 (undated, no source): one
    conflict, both reports flagged."""
    conn = sqlite3.connect(seed_db)
    [taken] = [one for one in report_series(conn) if one.key == "hostages:taken"]
    assert [(p.figure.value, p.figure.source, p.date, p.earliest, p.latest) for p in taken.points] == [
        (240, "Qatar", "2023-11-28", None, None), (251, None, None, None, None)]
    assert taken.conflicts == ((0, 1),) and taken.conflicting() == {0, 1}
    (storyline_id,) = conn.execute("SELECT id FROM storylines").fetchone()
    [claims] = claim_series(conn, storyline_id, "hostages:taken")
    assert claims.series == taken and claims.reports == (1, 1)
