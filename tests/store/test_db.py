from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from dateline.model import Article, DroppedLine, PublicationDate
from dateline.store import SCHEMA_VERSION, Store
from dateline.store.articles import insert_article, load_article, update_published
from dateline.store.db import migration_scripts
from dateline.store.events import event_rows


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


def test_a_store_of_version_25_keeps_its_actor_evidence_and_takes_a_doubtful_one(tmp_path: Path) -> None:
    """Migration 26 widens the CHECK on ``events.actor_evidence`` (rebuilt, as SQLite cannot alter a CHECK)
    without losing what an older store holds, and has its articles analysed again."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript("".join(sql + "\n" for version, sql in migration_scripts() if version <= 25)
                       + "PRAGMA user_version = 25;")
    conn.execute("INSERT INTO articles (id, source, text) VALUES ('a1', 'old.txt', 'Heated arguments often ensue.')")
    conn.execute("""INSERT INTO events (article_id, type, start, end, sentence_start, sentence_end, status, main,
                                        actor_start, actor_end, actor_evidence)
                    VALUES ('a1', 'OCCURRENCE', 25, 30, 0, 29, 'happened', 1, 7, 16, 'thing')""")
    conn.execute("INSERT INTO stage_runs (article_id, stage, version) VALUES ('a1', 'analyze', 'old')")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.conn.execute("SELECT actor_evidence FROM events").fetchone()[0] == "thing"
        assert store.conn.execute("SELECT version FROM stage_runs").fetchone()[0].startswith("before-event-")
        store.conn.execute("UPDATE events SET actor_evidence = 'doubtful'")
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute("UPDATE events SET actor_evidence = 'unsure'")


def test_a_store_of_version_26_keeps_its_lead_types_shown_and_has_them_analysed_again(tmp_path: Path) -> None:
    """Migration 27 adds ``events.type_evidence``: an older store's leads have none, so their types are not
    scored and read as they did, until the next build analyses the articles again."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript("".join(sql + "\n" for version, sql in migration_scripts() if version <= 26)
                       + "PRAGMA user_version = 26;")
    conn.execute("INSERT INTO articles (id, source, text) VALUES ('a1', 'old.txt', 'Mayor Quell wandered home.')")
    conn.execute("""INSERT INTO events (article_id, type, start, end, sentence_start, sentence_end, status, main)
                    VALUES ('a1', 'OCCURRENCE', 12, 20, 0, 26, 'happened', 1)""")
    conn.execute("INSERT INTO stage_runs (article_id, stage, version) VALUES ('a1', 'analyze', 'old')")
    conn.commit()
    conn.close()
    with Store(path) as store:
        [lead] = event_rows(store.conn)
        assert (lead["type"], lead["type_candidate"], lead["confidence"]["type"]) == ("OCCURRENCE", None, None)
        assert store.conn.execute("SELECT version FROM stage_runs").fetchone()[0] == "before-event-type-evidence"
        store.conn.execute("UPDATE events SET type_evidence = 'default'")
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute("UPDATE events SET type_evidence = 'guessed'")
