"""Corpus-basis publication dates in the store."""

from __future__ import annotations

import sqlite3
from datetime import date

from dateline.link.dates import date_from_corpus, event_days
from dateline.model import Article, PublicationDate
from dateline.store import Store
from dateline.store.articles import insert_article, load_article
from dateline.time.tagger import tag_text


def _event(conn: sqlite3.Connection, article: str, event: str, day: str | None = None,
           amount: float | None = None, unit: str | None = None) -> None:
    conn.execute("INSERT INTO event_mentions (article_id, event, start, end, day, amount, unit) "
                 "VALUES (?, ?, 0, 5, ?, ?, ?)", (article, event, day, amount, unit))


def test_majority_day_dates_an_event_and_a_split_vote_does_not(tmp_path) -> None:
    with Store(tmp_path / "d.db") as store, store.transaction() as conn:
        for article in ("a", "b", "c"):
            insert_article(conn, Article(article, f"{article}.txt", "Text."))
        _event(conn, "a", "attack", "2023-10-07")
        _event(conn, "b", "attack", "2023-10-07")
        _event(conn, "c", "attack", "2023-10-08")
        _event(conn, "a", "vote", "2023-12-08")
        _event(conn, "b", "vote", "2023-12-22")
        assert event_days(conn) == {"attack": date(2023, 10, 7)}


def test_undated_article_gets_the_range_its_relative_mention_implies(tmp_path) -> None:
    with Store(tmp_path / "d.db") as store, store.transaction() as conn:
        insert_article(conn, Article("dated", "a.txt", "Text.", published=PublicationDate.on(date(2023, 12, 21),
                                                                                            "metadata")))
        insert_article(conn, Article("undated", "b.txt", "Text."))
        _event(conn, "dated", "attack", "2023-10-07")
        _event(conn, "undated", "attack", amount=2.0, unit="week")
        assert date_from_corpus(conn) == ["undated"]
        assert load_article(conn, "undated").published == PublicationDate(
            date(2023, 10, 18), date(2023, 10, 24), "corpus", ((0, 5),))
        assert date_from_corpus(conn) == []  # idempotent


WIRE = "GENEVA , June 12 (Reuters) - Trade ministers met on Friday to discuss pork import bans ."


def _wire_article(conn: sqlite3.Connection) -> None:
    """The wire story, stored with its time expressions as the analysis stage stores them."""
    insert_article(conn, Article("wire", "w.txt", WIRE))
    conn.executemany("INSERT INTO time_expressions (article_id, start, end, text, type, value, mod) "
                     "VALUES ('wire', ?, ?, ?, ?, ?, ?)",
                     [(t.start, t.end, t.text, t.type, t.value, t.mod) for t in tag_text(WIRE, None)])


def _dated(conn: sqlite3.Connection, article: str, day: date) -> None:
    insert_article(conn, Article(article, f"{article}.txt", "Text.", published=PublicationDate.on(day, "text")))


def test_a_wire_date_line_takes_its_year_from_the_corpus(tmp_path) -> None:
    with Store(tmp_path / "d.db") as store, store.transaction() as conn:
        _dated(conn, "dated", date(2009, 6, 2))
        _wire_article(conn)
        assert date_from_corpus(conn) == ["wire"]
        assert load_article(conn, "wire").published == PublicationDate.on(date(2009, 6, 12), "corpus", ((9, 16),))


def test_a_wire_date_line_stays_unknown_when_two_years_fit(tmp_path) -> None:
    with Store(tmp_path / "d.db") as store, store.transaction() as conn:
        _dated(conn, "first", date(2009, 6, 2))
        _dated(conn, "second", date(2015, 6, 20))  # June 12, 2015 was a Friday too
        _wire_article(conn)
        assert date_from_corpus(conn) == []
