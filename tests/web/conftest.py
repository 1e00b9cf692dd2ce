"""A store for the web tests: the seed corpus plus one hostile article, built by the real pipeline, with a
hostile entity, quote and figure added so that every field a page shows has carried an attack.

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
from dateline.export import get_exporter
from dateline.link.series import save_figure_series
from dateline.store import Store
from dateline.web import create_app
from dateline.web.db import connect_readonly

HOSTILE = """=HYPERLINK("http://evil.example")<script>alert('title')</script>"><img src=x onerror=alert(1)>"""
HOSTILE_TEXT = (
    """Officials said on Wednesday that <script>alert('xss')</script> talks with Antony Blinken would resume.\n\n"""
    """Read it at <a href="javascript:alert(2)">this link</a> or javascript:alert(3) before Thursday, """
    """a spokesman said: "it is '><svg onload=alert(4)> not over".\n\n"""
    """He added that <img src=x onerror="alert(5)"> 250 hostages were taken, as of December 20, 2023.\n""")
HOSTILE_URL = "javascript:alert(document.cookie)"


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps({"url": HOSTILE_URL, "title": HOSTILE, "published": "2023-11-28",
                                   "text": HOSTILE_TEXT}) + "\n", encoding="utf-8")
    path = folder / "dateline.db"
    with Store(path) as store:
        pipeline.build([seeds_dir, hostile], store)
        with store.transaction() as conn:
            add_hostile_rows(conn)
            save_figure_series(conn)  # as the next build's link would: the pages read the saved series
    return path


def span(conn: sqlite3.Connection, phrase: str) -> tuple[str, int, int]:
    """(article id, start, end) of the one article passage that reads ``phrase``."""
    rows = conn.execute("SELECT id, instr(text, ?) - 1 FROM articles WHERE instr(text, ?) > 0",
                        (phrase, phrase)).fetchall()
    assert len(rows) == 1, f"{phrase!r} occurs in {len(rows)} articles"
    article_id, start = rows[0]
    return article_id, start, start + len(phrase)


def add_hostile_rows(conn: sqlite3.Connection) -> None:
    """An entity named like an attack (linked from the hostile article's "Antony Blinken"), a quote by it,
    and a figure it claims: 250 hostages taken, the day the Qatar-sourced seed says 240, so a conflict."""
    conn.execute("INSERT INTO entities (id, name, type, aliases, titles) VALUES ('hostile', ?, ?, ?, ?)",
                 (HOSTILE, HOSTILE, json.dumps([HOSTILE]), json.dumps([HOSTILE])))
    article_id, start, _ = span(conn, "Antony Blinken would resume")
    conn.execute("UPDATE entity_mentions SET entity_id = 'hostile' WHERE article_id = ? AND start = ?",
                 (article_id, start))
    said = "it is '><svg onload=alert(4)> not over"
    article_id, start, end = span(conn, said)
    conn.execute("""INSERT INTO quotes (article_id, kind, start, end, content, text, speaker, speaker_entity_id, date)
                    VALUES (?, 'direct', ?, ?, ?, ?, ?, 'hostile', '2023-12-20')""",
                 (article_id, start, end, json.dumps([[start, end]]), said, HOSTILE))
    claim = 'onerror="alert(5)"> 250 hostages'
    article_id, start, end = span(conn, claim)
    conn.execute("""INSERT INTO figures (article_id, value, text, start, end, what, source, sentence_start,
                                         sentence_end, date, series_key)
                    VALUES (?, 250, ?, ?, ?, ?, ?, ?, ?, '2023-11-28', 'hostages:taken')""",
                 (article_id, claim, start, end, f"hostages taken {HOSTILE}", HOSTILE, start, end))


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

    RUNNABLE_TAGS = frozenset({"script", "iframe", "object", "embed", "img", "base", "frame", "applet"})
    URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "data"})

    #: The app's own scripts, served by the app itself (the Content-Security-Policy allows no others).
    OWN_SCRIPTS = frozenset({"/static/vis-timeline-graph2d.min.js", "/static/timeline.js"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.in_script = False

    def own_script(self, tag: str, attrs: dict[str, str | None]) -> bool:
        """A <script> loading one of the app's own files, and nothing inline (its body is checked below)."""
        self.in_script = tag == "script"
        return tag == "script" and attrs.get("src") in self.OWN_SCRIPTS

    def handle_endtag(self, tag: str) -> None:
        self.in_script = False if tag == "script" else self.in_script

    def handle_data(self, data: str) -> None:
        if self.in_script and data.strip():
            self.found.append("inline script")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.RUNNABLE_TAGS and not self.own_script(tag, dict(attrs)):
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


@pytest.fixture()
def export_file(web_db: Path, tmp_path: Path) -> Callable[[str], Path]:
    """A function writing the seed store in one export format to a file, and returning its path."""
    def export(name: str) -> Path:
        target = tmp_path / f"export.{name}"
        conn = connect_readonly(web_db)
        with target.open("w", encoding="utf-8") as out:
            get_exporter(name)(conn, out)
        conn.close()
        return target

    return export
