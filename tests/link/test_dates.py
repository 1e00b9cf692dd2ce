"""Corpus-basis publication dates in the store, and ranges pinned to the day their lead reports."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from dateline import pipeline
from dateline.link.dates import date_from_corpus, event_days
from dateline.model import Article, PublicationDate
from dateline.store import Store
from dateline.store.articles import insert_article, load_article, update_published
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


def _seed(conn: sqlite3.Connection, prefix: str) -> Article:
    [article_id] = [row[0] for row in conn.execute("SELECT id FROM articles WHERE source LIKE ?", (f"%/{prefix}_%",))]
    return load_article(conn, article_id)


def test_a_week_dated_article_is_pinned_to_the_day_its_lead_reports(seed_db, tmp_path) -> None:
    """Seed 003 is dated to 28 Nov - 4 Dec 2023 by its text (a photo caption's date and a past "Tuesday"); its
    lead's "Burns, who was in Qatar on Tuesday" names 28 Nov inside that week, so the build stores that day,
    the naming span with the week's evidence, and resolves its other expressions against it: "the truce was
    extended by two days on Monday" is 27 Nov (against the whole week, Monday was no one day)."""
    copy = tmp_path / "seeds.db"
    copy.write_bytes(seed_db.read_bytes())
    with Store(copy) as store:
        conn = store.conn
        article = _seed(conn, "003")
        tuesday = article.text.index("Tuesday")
        assert article.published == PublicationDate.on(date(2023, 11, 28), "text", ((142, 159), (tuesday, tuesday + 7)))
        monday = article.text.index("Monday")
        assert tuple(conn.execute("SELECT value FROM time_expressions WHERE article_id = ? AND start = ?",
                                  (article.id, monday)).fetchone()) == ("2023-11-27",)
        # 21-27 March 2024: its lead names no day inside the week ("later today" is none, a vote "on Friday"
        # is still to come), so the week stays a week; the undated article stays undated
        assert _seed(conn, "001").published == PublicationDate(date(2024, 3, 21), date(2024, 3, 27), "text",
                                                               ((148, 162), (949, 957)))
        assert _seed(conn, "002").published == PublicationDate()
        assert date_from_corpus(conn) == []  # dating again changes nothing


#: A story paragraph stands on one line, as in every cleaned page: the parser ends a sentence at a line break.
HEARING = ("Key moments from the impeachment hearing\n\n"
           "Kurt Volker and Tim Morrison testified together to House investigators on Tuesday about the July "
           "call that started the inquiry.\n")


def _analysed(tmp_path: Path, texts: dict[str, str]) -> Store:
    """A store of ``texts`` (file name -> text) as plain-text files, ingested and analysed."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, "utf-8")
    store = Store(tmp_path / "d.db")
    pipeline.ingest([folder], store)
    pipeline.analyze(store)
    return store


def _ids_by_name(conn: sqlite3.Connection) -> dict[str, str]:
    """Each stored article's id by its file's name."""
    return {Path(source).stem: article_id for article_id, source in conn.execute("SELECT id, source FROM articles")}


def test_a_range_from_metadata_or_a_lead_day_still_to_come_pins_nothing(tmp_path) -> None:
    """Copies of one story whose lead names Tuesday 19 November 2019: the one its text dates to a week is
    pinned to that day; the one its metadata dates to 19-20 November (an hour after midnight UTC) stays so,
    since the day of its news does not say on which side of midnight it was published; and a preview, which
    says they "will testify" on Tuesday, is not news of Tuesday."""
    texts = {"week": HEARING, "utc": HEARING.replace("Key moments", "Key moments, in UTC,"),
             "preview": HEARING.replace("testified", "will testify")}
    with _analysed(tmp_path, texts) as store:
        with store.transaction() as conn:
            ids = _ids_by_name(conn)
            week = PublicationDate(date(2019, 11, 19), date(2019, 11, 25), "text", ((0, 3),))
            utc = PublicationDate(date(2019, 11, 19), date(2019, 11, 20), "metadata")
            update_published(conn, ids["week"], week)
            update_published(conn, ids["utc"], utc)
            update_published(conn, ids["preview"], week)
            assert date_from_corpus(conn) == [ids["week"]]
            tuesday = load_article(conn, ids["week"]).text.index("Tuesday")
            assert load_article(conn, ids["week"]).published == PublicationDate.on(
                date(2019, 11, 19), "text", ((0, 3), (tuesday, tuesday + 7)))
            assert load_article(conn, ids["utc"]).published == utc
            assert load_article(conn, ids["preview"]).published == week


SHOOTING = {
    "wire": "Gunman kills five at Maryland newspaper\n\nA gunman opened fire at the Capital Gazette newspaper "
            "in Annapolis, Maryland, killing five people, police said.\n",
    "vigil": "Annapolis mourns its reporters\n\nHundreds gathered in Annapolis for a vigil for the five Capital "
             "Gazette employees killed in the newsroom shooting.\n",
    "report": "Gunman had a grudge against the paper\n\nArmed with a shotgun and years of anger at the paper "
              "that had covered his case, a man walked into the Capital Gazette building in Annapolis on "
              "Thursday and began shooting.\n",
    "profile": "Reporters at the Capital Gazette\n\nStaff at the Capital Gazette looked up from their desks as "
               "the glass front door of the newsroom burst apart.\n",
    "match": "Chelsea roar back\n\nChelsea have delivered a message of intent after beating Tottenham in the "
             "London derby at Stamford Bridge.\n",
    "rematch": "Chelsea stay in the race\n\nChelsea beat Tottenham at Stamford Bridge and stay in the race for "
               "a European place this season.\n",
}


def test_story_mates_date_an_undated_article_to_a_range_its_weekday_may_pin(tmp_path) -> None:
    """Four reports of the Capital Gazette shooting, two dated by their text to Thursday 28 June 2018 and the
    day after: the others get 26 June - 1 July, and the one whose lead says "on Thursday" the 28th (read from
    any day of the range, Thursday inside it is the 28th). One dated report dates nothing: it does not say
    whether its story is one of days."""
    with _analysed(tmp_path, SHOOTING) as store:
        with store.transaction() as conn:
            ids = _ids_by_name(conn)
            update_published(conn, ids["wire"], PublicationDate.on(date(2018, 6, 28), "text"))
            update_published(conn, ids["vigil"], PublicationDate.on(date(2018, 6, 29), "text"))
            update_published(conn, ids["match"], PublicationDate.on(date(2019, 11, 20), "text"))
            for anchor, members in (("wire", ("wire", "vigil", "report", "profile")), ("match", ("match", "rematch"))):
                conn.execute("INSERT INTO storylines (id, title, anchor_article) VALUES (?, ?, ?)",
                             (f"s-{anchor}", anchor, ids[anchor]))
                conn.executemany("UPDATE articles SET storyline_id = ? WHERE id = ?",
                                 [(f"s-{anchor}", ids[member]) for member in members])
            assert sorted(date_from_corpus(conn)) == sorted([ids["report"], ids["profile"]])
            thursday = load_article(conn, ids["report"]).text.index("Thursday")
            assert load_article(conn, ids["report"]).published == PublicationDate.on(
                date(2018, 6, 28), "corpus", ((thursday, thursday + 8),))
            assert load_article(conn, ids["profile"]).published == PublicationDate(
                date(2018, 6, 26), date(2018, 7, 1), "corpus")
            assert load_article(conn, ids["rematch"]).published == PublicationDate()
            assert date_from_corpus(conn) == []  # dating again changes nothing
