from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dateline import pipeline
from dateline.store import Store
from dateline.store.storylines import headline_mentions, list_storylines, move_article


def test_manual_move_survives_a_rebuild(tmp_path: Path, seed_db: Path) -> None:
    db = tmp_path / "d.db"
    shutil.copy(seed_db, db)
    with Store(db) as store:
        assert len(list_storylines(store.conn)) == 1
        article = store.conn.execute("SELECT id FROM articles WHERE source LIKE '%004_%'").fetchone()[0]
        with store.transaction() as conn:
            move_article(conn, article, None)
        pipeline.link(store)
        pipeline.link(store)
        assert [s.articles for s in list_storylines(store.conn)] == [4, 1]
        rest = list_storylines(store.conn)[0]
        with store.transaction() as conn:
            move_article(conn, article, rest.id)
        pipeline.link(store)
        assert [s.articles for s in list_storylines(store.conn)] == [5]


def test_moving_to_an_unknown_storyline_is_refused(seed_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    shutil.copy(seed_db, db)
    with Store(db) as store, store.transaction() as conn, pytest.raises(KeyError, match="no storyline"):
        move_article(conn, conn.execute("SELECT id FROM articles").fetchone()[0], "s-nope")


def test_a_headline_set_apart_names_the_entities_its_text_names() -> None:
    forms = {"Blinken": "person:antony-blinken", "Israel": "place:israel", "Gaza": "place:gaza"}
    title = "Blinken heads to Israel on next leg of regional tour amid truce efforts in Gaza war"
    assert sorted(headline_mentions(title, "The top US diplomat arrived in Tel Aviv.", forms)) == [
        "person:antony-blinken", "place:gaza", "place:israel"]
    assert headline_mentions("Israeli strikes go on", "Strikes went on.", {"Israel": "place:israel"}) == []


def test_a_headline_the_text_opens_with_was_read_with_it() -> None:
    forms = {"Blinken": "person:antony-blinken"}
    assert headline_mentions("Blinken heads to Israel", "Blinken heads to Israel\nHe landed.", forms) == []
