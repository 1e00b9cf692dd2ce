from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dateline import pipeline
from dateline.store import Store
from dateline.store.storylines import list_storylines, move_article


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
