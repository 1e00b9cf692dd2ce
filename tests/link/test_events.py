"""Reports of one event across articles, as ``dateline build`` links and the exports show them: three articles
report Hamas releasing Judith Tai and Natalie Raanan, two on Friday 20 October 2023 and one on the Saturday,
which is a conflict; their reports of Israeli strikes on Gaza on two days are two strikes, not one."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from dateline import pipeline
from dateline.export.document import build_document
from dateline.export.markdown import export_markdown
from dateline.link.events import same_event
from dateline.records import EventReport
from dateline.store import Store

ARTICLES = {
    "freed.txt": """date 2023-10-21 Hamas frees two American hostages

Hamas released Judith Tai and Natalie Raanan on Friday, citing humanitarian reasons. The two Americans, a mother
and her daughter, were handed to the Red Cross at the Gaza border.
""",
    "thanks.txt": """date 2023-10-21 US thanks Qatar for its mediation

Hamas released Judith Tai and Natalie Raanan on Friday after mediation by Qatar. Israel struck Gaza on Friday,
residents said.
""",
    "arrived.txt": """date 2023-10-22 Freed hostages reach Israel

Hamas released Judith Tai and Natalie Raanan on Saturday, Israeli officials said. Israel struck Gaza on Saturday,
the health ministry said.
""",
}


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("release")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, "utf-8")
    with Store(folder / "d.db") as store:
        pipeline.build([folder], store)
        markdown = io.StringIO()
        export_markdown(store.conn, markdown)
        return {**build_document(store.conn), "markdown": markdown.getvalue()}


def _events(document: dict[str, Any], text: str) -> list[dict[str, Any]]:
    return [e for e in document["events"] if e["text"] == text]


def test_three_reports_of_the_release_are_one_event_with_a_date_conflict(document: dict[str, Any]) -> None:
    releases = _events(document, "released")
    assert [(e["actor"], e["target"], e["date"]) for e in releases] == [
        ("Hamas", "Judith Tai and Natalie Raanan", day) for day in ("2023-10-20", "2023-10-21", "2023-10-20")]
    ids = sorted(e["id"] for e in releases)
    assert all(e["reports"] == ids for e in releases)
    friday = {e["id"] for e in releases if e["date"] == "2023-10-20"}
    [saturday] = [e for e in releases if e["date"] == "2023-10-21"]
    assert len(saturday["date_conflicts"]) == 1 and saturday["date_conflicts"][0] in friday


def test_strikes_on_two_days_are_two_events(document: dict[str, Any]) -> None:
    strikes = _events(document, "struck")
    assert sorted(e["date"] for e in strikes) == ["2023-10-20", "2023-10-21"]
    assert all(e["reports"] == [e["id"]] and e["date_conflicts"] == [] for e in strikes)


def test_what_happened_gives_the_release_once_with_its_conflict(document: dict[str, Any]) -> None:
    section = document["markdown"].split("# What happened")[1].split("# Sources")[0]
    [release] = [line for line in section.splitlines() if "“released”" in line]
    assert release.startswith("- 2023-10-20: RETREAT (release) “released” Hamas → Judith Tai and Natalie Raanan")
    assert release.count("chars") == 3
    assert sum("**Conflict:** 2023-10-20" in line and "vs 2023-10-21" in line for line in section.splitlines()) == 1


def _report(event_id: int, article_id: str, **fields: Any) -> EventReport:
    base: dict[str, Any] = {"type": "CONSULT", "mode": None, "actor": "person:antony-blinken", "target": None,
                            "target_is_person": False, "date": None, "earliest": None, "latest": None}
    return EventReport(event_id, article_id, **{**base, **fields})


def test_a_window_open_on_one_side_or_a_year_wide_links_nothing() -> None:
    met = _report(1, "a", target="place:cairo", date="2024-03-21", earliest="2024-03-21", latest="2024-03-21")
    assert same_event(met, _report(2, "b", target="place:cairo", earliest="2024-03-18", latest="2024-03-24"))
    assert not same_event(met, _report(3, "b", target="place:cairo", latest="2024-03-27"))
    assert not same_event(met, _report(4, "b", target="place:cairo", earliest="2024-01-01", latest="2024-12-31"))
    assert not same_event(met, _report(5, "b", target="place:doha", earliest="2024-03-18", latest="2024-03-24"))
    assert not same_event(met, _report(6, "a", target="place:cairo", date="2024-03-21", earliest="2024-03-21",
                                       latest="2024-03-21"))


def test_the_store_keeps_no_link_to_events_gone(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLES["freed.txt"], "utf-8")
    (tmp_path / "b.txt").write_text(ARTICLES["arrived.txt"], "utf-8")
    with Store(tmp_path / "d.db") as store:
        pipeline.build([tmp_path], store)
        conn: sqlite3.Connection = store.conn
        assert conn.execute("SELECT count(*) FROM event_date_conflicts").fetchone()[0] == 1
        with store.transaction():
            conn.execute("DELETE FROM events")  # what analysing the articles again does first
        assert conn.execute("SELECT count(*) FROM event_reports").fetchone()[0] == 0


def _saved_links(conn: sqlite3.Connection) -> tuple[set[frozenset[tuple[str, int]]], set[tuple[tuple[str, int], ...]]]:
    """The saved reports of each event and the disputed days, each event named by its article and start."""
    where = {row[0]: (row[1], row[2]) for row in conn.execute("SELECT id, article_id, start FROM events")}
    groups: dict[int, set[tuple[str, int]]] = {}
    for event_id, first in conn.execute("SELECT event_id, first_report FROM event_reports"):
        groups.setdefault(first, set()).add(where[event_id])
    conflicts = {(where[a], where[b]) for a, b in conn.execute("SELECT first, second FROM event_date_conflicts")}
    return {frozenset(group) for group in groups.values()}, conflicts


def test_a_link_adding_an_article_links_its_events_as_one_build_does(tmp_path: Path) -> None:
    """The Saturday report joins the Friday ones' event, and disputes its day, only where its link looks."""
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, "utf-8")
    with Store(tmp_path / "whole.db") as store:
        pipeline.build([tmp_path / name for name in ARTICLES], store)
        whole = _saved_links(store.conn)
    with Store(tmp_path / "parts.db") as store:
        pipeline.build([tmp_path / "freed.txt", tmp_path / "thanks.txt"], store)
        before = _saved_links(store.conn)
        pipeline.ingest([tmp_path / "arrived.txt"], store)
        pipeline.analyze(store)
        pipeline.link(store, consolidate=False)
        kinds = [row[0] for row in store.conn.execute("SELECT kind FROM link_log ORDER BY id")]
        parts = _saved_links(store.conn)
    groups, conflicts = whole
    assert kinds == ["full", "incremental"]
    assert [len(group) for group in before[0]] == [2] and not before[1]
    assert sorted(len(group) for group in groups) == [3] and len(conflicts) == 1
    assert parts == whole
