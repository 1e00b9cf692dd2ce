"""A store for the web tests: the seed corpus plus one hostile article, analysed by the real pipeline, with
the entity, quotes and figures that the attribution stage would add, taken from the seeds' own words.

Built once per session; tests only read it (the app cannot write it anyway).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dateline import pipeline
from dateline.store import Store
from dateline.web import create_app

TIME_COMPONENTS = ("dateline_pubdate", "dateline_timex")
HOSTILE_TITLE = """=HYPERLINK("http://evil.example")<script>alert('title')</script>"><img src=x onerror=alert(1)>"""
HOSTILE_TEXT = (
    """Officials said on Wednesday that <script>alert('xss')</script> talks with Antony Blinken would resume.\n\n"""
    """Read it at <a href="javascript:alert(2)">this link</a> or javascript:alert(3) before Thursday, """
    """a spokesman said: "it is '><svg onload=alert(4)> not over".\n\n"""
    """He added that <img src=x onerror="alert(5)"> 240 hostages are still held, as of December 20, 2023.\n""")
HOSTILE_URL = "javascript:alert(document.cookie)"


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps({"url": HOSTILE_URL, "title": HOSTILE_TITLE, "published": "2023-12-21",
                                   "text": HOSTILE_TEXT}) + "\n", encoding="utf-8")
    path = folder / "dateline.db"
    with Store(path) as store:
        pipeline.ingest([seeds_dir, hostile], store)
        pipeline.analyze(store, components=TIME_COMPONENTS)
        pipeline.link(store)
        with store.transaction() as conn:
            add_attribution(conn)
    return path


def span(conn: sqlite3.Connection, phrase: str) -> tuple[str, int, int]:
    """(article id, start, end) of the one article passage that reads ``phrase``."""
    rows = conn.execute("SELECT id, instr(text, ?) - 1 FROM articles WHERE instr(text, ?) > 0",
                        (phrase, phrase)).fetchall()
    assert len(rows) == 1, f"{phrase!r} occurs in {len(rows)} articles"
    article_id, start = rows[0]
    return article_id, start, start + len(phrase)


def sentence_around(conn: sqlite3.Connection, article_id: str, start: int) -> tuple[int, int]:
    return conn.execute("SELECT start, end FROM sentences WHERE article_id = ? AND start <= ? AND end > ?",
                        (article_id, start, start)).fetchone()


def add_attribution(conn: sqlite3.Connection) -> None:
    """Blinken as an entity with two real quotes, a hostile entity and quote, and the seeds' conflicting
    counts of the hostages taken on October 7 (240 per Qatar, 251 per an AFP count, "more than 200")."""
    conn.execute("""INSERT INTO entities (id, name, type, aliases, titles) VALUES
                    ('antony-blinken', 'Antony Blinken', 'PERSON', '["Blinken"]', '["US Secretary of State"]'),
                    ('hostile', ?, ?, ?, '[]')""", (HOSTILE_TITLE, HOSTILE_TITLE, json.dumps([HOSTILE_TITLE])))
    conn.execute("UPDATE entity_mentions SET entity_id = 'antony-blinken' WHERE text IN ('Antony Blinken', 'Blinken')")
    article_id, start, _ = span(conn, "Antony Blinken would resume")
    conn.execute("UPDATE entity_mentions SET entity_id = 'hostile' WHERE article_id = ? AND start = ?",
                 (article_id, start))
    add_quote(conn, "But I continue to believe it’s possible", "antony-blinken", "Antony Blinken", "2024-03-21")
    add_quote(conn, "very much doable, and it’s very much necessary", "antony-blinken", "Antony Blinken", None)
    add_quote(conn, "it is '><svg onload=alert(4)> not over", "hostile", HOSTILE_TITLE, "2023-12-20")
    add_figure(conn, "the 240 hostages", 240, "Qatar")
    add_figure(conn, "251 captives", 251, None)
    add_figure(conn, "more than 200 people", 200, None, qualifier="more than")
    add_figure(conn, "onerror=\"alert(5)\"> 240 hostages", 240, HOSTILE_TITLE, day="2023-12-20")


def add_quote(conn: sqlite3.Connection, phrase: str, entity_id: str, speaker: str, day: str | None) -> None:
    article_id, start, end = span(conn, phrase)
    conn.execute("""INSERT INTO quotes (article_id, kind, start, end, content, text, speaker, speaker_entity_id, date)
                    VALUES (?, 'direct', ?, ?, ?, ?, ?, ?, ?)""",
                 (article_id, start, end, json.dumps([[start, end]]), phrase, speaker, entity_id, day))


def add_figure(conn: sqlite3.Connection, phrase: str, value: float, source: str | None,
               qualifier: str | None = None, day: str = "2023-10-07") -> None:
    article_id, start, end = span(conn, phrase)
    sentence = sentence_around(conn, article_id, start)
    conn.execute("""INSERT INTO figures (article_id, value, text, start, end, qualifier, what, source,
                                         sentence_start, sentence_end, date, series_key)
                    VALUES (?, ?, ?, ?, ?, ?, 'hostages', ?, ?, ?, ?, 'hostages')""",
                 (article_id, value, phrase, start, end, qualifier, source, *sentence, day))


@pytest.fixture(scope="session")
def client(web_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(web_db)) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def article_ids(web_db: Path) -> dict[str, str]:
    """Article ids by seed number ('000'…'004') and 'hostile'."""
    with sqlite3.connect(web_db) as conn:
        rows = conn.execute("SELECT id, source FROM articles").fetchall()
    return {("hostile" if source.startswith("javascript:") else Path(source).name[:3]): id_ for id_, source in rows}


class ExecutableMarkup(HTMLParser):
    """Collects everything in an HTML document that a browser could run."""

    RUNNABLE_TAGS = {"script", "iframe", "object", "embed", "img", "base", "frame", "applet"}
    URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.RUNNABLE_TAGS:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{tag} {name}=")
            if name in self.URL_ATTRIBUTES and "".join((value or "").split()).lower().startswith("javascript:"):
                self.found.append(f"{tag} {name}={value}")


@pytest.fixture(scope="session")
def executable_markup() -> Callable[[str], list[str]]:
    """A function listing what a browser could run in an HTML document (empty when it is inert)."""
    def find(html: str) -> list[str]:
        parser = ExecutableMarkup()
        parser.feed(html)
        parser.close()
        return parser.found

    return find
