from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from dateline.model import Article, DroppedLine, PublicationDate
from dateline.store import SCHEMA_VERSION, Store
from dateline.store.articles import insert_article, load_article, update_published
from dateline.store.db import migration_scripts


def test_new_store_is_wal_and_current(tmp_path: Path) -> None:
    with Store(tmp_path / "d.db") as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_store_made_by_version_one_upgrades_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(migration_scripts()[0][1] + "\nPRAGMA user_version = 1;")
    conn.execute("INSERT INTO articles (id, source, text) VALUES ('a1', 'old.txt', 'Old text.')")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert load_article(store.conn, "a1").text == "Old text."


def test_article_round_trip_and_idempotent_insert(tmp_path: Path) -> None:
    article = Article("abc", "x.txt", "Body.", "Title", None, PublicationDate.on(date(2023, 12, 21), "metadata"),
                      [DroppedLine(3, "Most Popular", "site widget")])
    with Store(tmp_path / "d.db") as store, store.transaction() as conn:
        assert insert_article(conn, article) is True
        assert insert_article(conn, article) is False
        assert load_article(conn, "abc") == article


def test_published_range_with_evidence_is_stored(tmp_path: Path) -> None:
    article = Article("abc", "x.txt", "Body.")
    published = PublicationDate(date(2024, 3, 21), date(2024, 3, 27), "text", ((10, 24),))
    with Store(tmp_path / "d.db") as store, store.transaction() as conn:
        insert_article(conn, article)
        update_published(conn, "abc", published)
        assert load_article(conn, "abc").published == published


def test_fts_indexes_sentences(tmp_path: Path) -> None:
    with Store(tmp_path / "d.db") as store, store.transaction() as conn:
        insert_article(conn, Article("abc", "x.txt", "Blinken spoke. Biden spoke."))
        conn.execute("INSERT INTO sentences (article_id, idx, start, end, text) VALUES ('abc', 0, 0, 14, "
                     "'Blinken spoke.')")
        hits = conn.execute("SELECT text FROM sentences_fts WHERE sentences_fts MATCH 'blinken'").fetchall()
        assert [h[0] for h in hits] == ["Blinken spoke."]
