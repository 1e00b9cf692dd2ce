"""Entities keyed incrementally agree with a merge of the whole store: a bare surname is read across articles
only where another person named in full ties them into one story, and a full name printed under a nickname is
its formal form's person whichever article came first."""

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


#: Invented: one mayor printed under a nickname in one article and his formal name in another; a father and son
#: whom one article prints as "Tom" and "Thomas"; a bare surname in the mayor's story.
_NICKNAMED = {
    "gazette": ["Jim Holloway", "Vera Sandoval"],
    "courier": ["James Holloway", "Vera Sandoval"],
    "ledger": ["Holloway", "Vera Sandoval"],
    "farm": ["Tom Ashgrove", "Thomas Ashgrove"],
    "fair": ["Tom Ashgrove"],
}


def _add(conn: sqlite3.Connection, ids: list[str], people: dict[str, list[str]] = _PEOPLE) -> None:
    """Store the articles with their people's mentions, as the analysis stage would."""
    for article_id in ids:
        insert_article(conn, Article(article_id, "test", " ".join(people[article_id])))
        start = 0
        for name in people[article_id]:
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


def test_a_nickname_is_its_formal_names_person_whichever_article_came_first(tmp_path: Path) -> None:
    with Store(tmp_path / "whole.db") as whole, Store(tmp_path / "batched.db") as batched:
        with whole.transaction() as conn:
            _add(conn, list(_NICKNAMED), _NICKNAMED)
            merge_all_entities(conn)
        for batch in (["gazette", "ledger", "fair"], ["courier", "farm"]):  # the formal name comes last
            with batched.transaction() as conn:
                _add(conn, batch, _NICKNAMED)
                merge_new_entities(conn, batch)
        for store in (whole, batched):
            assert _entity_of(store.conn, "gazette", "Jim Holloway") == "person:james-holloway"
            assert _entity_of(store.conn, "ledger", "Holloway") == "person:james-holloway"
            # one article prints both: father and son, two people, so no nickname is merged
            assert _entity_of(store.conn, "fair", "Tom Ashgrove") == "person:tom-ashgrove"
