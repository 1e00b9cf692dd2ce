"""The figures pages' saved claims: equal to grouping every figure directly, per storyline and for the whole
store, kept so through storyline moves and redating, never served stale, and made for stores built before
they were saved."""

from __future__ import annotations

import shutil
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from dateline import pipeline
from dateline.model import PublicationDate
from dateline.records import SeriesPoint
from dateline.store import Store
from dateline.store.articles import update_published
from dateline.store.attribution import figure_claims_stale, load_figure_claims, load_figure_points
from dateline.store.db import apply_migration, migration_scripts
from dateline.store.storylines import move_article

#: What identical reports share: series key, value, qualifier, source, day, range.
ClaimKey = tuple[object, ...]


def claim_key(key: str | None, point: SeriesPoint) -> ClaimKey:
    figure = point.figure
    return key, figure.value, figure.qualifier, figure.source, point.date, point.earliest, point.latest


def grouped_directly(conn: sqlite3.Connection, storyline_id: str | None = None) -> dict[ClaimKey, tuple]:
    """Every report of the storyline grouped in Python: each claim's first stored report and its count."""
    ids = {(*r[1:],): r[0] for r in conn.execute("SELECT id, article_id, start, end, value FROM figures")}
    groups: dict[ClaimKey, list[SeriesPoint]] = defaultdict(list)
    for key, point in load_figure_points(conn, storyline_id):
        groups[claim_key(key, point)].append(point)
    first = {claim: min(points, key=lambda p: ids[p.figure.article_id, *p.figure.span, p.figure.value])
             for claim, points in groups.items()}
    return {claim: (first[claim], len(points)) for claim, points in groups.items()}


def saved(conn: sqlite3.Connection, storyline_id: str | None = None) -> dict[ClaimKey, tuple]:
    return {claim_key(key, point): (point, count) for (key, point), count in load_figure_claims(conn, storyline_id)}


def assert_claims_match(conn: sqlite3.Connection) -> None:
    """The claims of the whole store and of every storyline are those grouping the figures gives."""
    storylines = [row[0] for row in conn.execute("SELECT id FROM storylines")]
    for storyline_id in [None, *storylines]:
        assert saved(conn, storyline_id) == grouped_directly(conn, storyline_id), storyline_id


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
    assert max(count for _, count in whole.values()) >= 2
    assert sum(count for _, count in whole.values()) == conn.execute(
        "SELECT count(*) FROM figures WHERE series_key IS NOT NULL").fetchone()[0]
    assert_claims_match(conn)


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
    pipeline.link(store)
    assert not figure_claims_stale(conn)
    assert_claims_match(conn)


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
    alone = conn.execute("SELECT article_id FROM storyline_moves").fetchone()[0]
    rest = conn.execute("SELECT storyline_id FROM articles WHERE id != ? LIMIT 1", (alone,)).fetchone()[0]
    with store.transaction():
        move_article(conn, alone, rest)
    pipeline.link(store)
    assert [s[0] for s in conn.execute("SELECT count(DISTINCT storyline_id) FROM figure_claims")] == [1]
    assert_claims_match(conn)


def test_a_store_made_before_the_claims_were_saved_gets_them_on_upgrade(store: Store, tmp_path: Path) -> None:
    """A version 6 store (no claims table) holding the same articles and figures is given its claims by the
    migration, ready to serve without a rebuild."""
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
        assert not figure_claims_stale(upgraded.conn)
        assert upgraded.conn.execute("SELECT count(*) FROM figure_claims").fetchone()[0] > 0
        assert_claims_match(upgraded.conn)
        assert saved(upgraded.conn) == saved(store.conn)
