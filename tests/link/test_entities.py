"""Entities keyed incrementally agree with a merge of the whole store: a bare surname is read across articles
only where another person named in full ties them into one story."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dateline.link.entities import merge_all_entities, merge_new_entities
from dateline.model import Article
from dateline.store import Store
from dateline.store.articles import insert_article

_PEOPLE = {
    "npr": ["Mike Lee", "Rand Paul"],
    "hill": ["Lee", "Rand Paul"],       # one story with "npr": Rand Paul names them both
    "orlando": ["Ryan Jones", "Omar Mateen"],
    "floyd": ["Jones", "Derek Chauvin"],  # another story: its "Jones" is not Orlando's Ryan Jones
}


def _add(conn: sqlite3.Connection, ids: list[str]) -> None:
    """Store the articles with their people's mentions, as the analysis stage would."""
    for article_id in ids:
        insert_article(conn, Article(article_id, "test", " ".join(_PEOPLE[article_id])))
        start = 0
        for name in _PEOPLE[article_id]:
            conn.execute("INSERT INTO entity_mentions (article_id, start, end, text, label) VALUES (?, ?, ?, ?, ?)",
                         (article_id, start, start + len(name), name, "PERSON"))
            start += len(name) + 1


def _entity_of(conn: sqlite3.Connection, article_id: str, text: str) -> str:
    return conn.execute("SELECT entity_id FROM entity_mentions WHERE article_id = ? AND text = ?",
                        (article_id, text)).fetchone()[0]


def test_a_bare_surname_joins_a_full_name_only_across_one_story(tmp_path: Path) -> None:
    with Store(tmp_path / "whole.db") as whole, Store(tmp_path / "batched.db") as batched:
        with whole.transaction() as conn:
            _add(conn, list(_PEOPLE))
            merge_all_entities(conn)
        for batch in (["hill", "floyd"], ["npr", "orlando"]):  # the full names come after the bare surnames
            with batched.transaction() as conn:
                _add(conn, batch)
                merge_new_entities(conn, batch)
        for store in (whole, batched):
            assert _entity_of(store.conn, "hill", "Lee") == "person:mike-lee"
            assert _entity_of(store.conn, "floyd", "Jones") == "person:jones"
