"""The TimelineJS, CSV and HTML exports on the seed store (they live here to share its fixture)."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from dateline.export import get_exporter
from dateline.export.document import build_document
from dateline.web.db import connect_readonly

ExportFile = Callable[[str], Path]


@pytest.fixture(scope="module")
def document(web_db: Path) -> dict:
    conn = connect_readonly(web_db)
    yield build_document(conn)
    conn.close()



def event_article(event: dict) -> str:
    return event["unique_id"].rsplit("-", 1)[0]


def test_timelinejs_has_one_event_per_entry_dated_and_grouped(export_file: ExportFile, document: dict) -> None:
    timeline = json.loads(export_file("timelinejs").read_text("utf-8"))
    assert len(timeline["events"]) == sum(len(day["entries"]) for day in document["timeline"])
    event = next(e for e in timeline["events"] if "meanwhile" in e["text"]["text"])
    assert event["start_date"] == {"year": 2023, "month": 12, "day": 20}
    [storyline] = [s for s in document["storylines"] if event_article(event) in s["article_ids"]]
    assert event["group"] == storyline["title"]
    assert event["text"]["text"].startswith("<p>US Secretary of State Antony Blinken, meanwhile, said on Wednesday")
    assert event["text"]["text"].endswith(", 2023-12-21 · confidence .52</cite></p>")
    assert len({e["unique_id"] for e in timeline["events"]}) == len(timeline["events"])


def test_csv_is_a_zip_of_one_file_per_table(export_file: ExportFile, document: dict) -> None:
    with zipfile.ZipFile(export_file("csv")) as archive:
        tables = {name: list(csv.DictReader(io.TextIOWrapper(archive.open(name), encoding="utf-8")))
                  for name in archive.namelist()}
    assert sorted(tables) == ["articles.csv", "corrections.csv", "events.csv", "figure_conflicts.csv", "figures.csv",
                              "quotes.csv", "timeline.csv"]
    expected = [(day["date"], entry["text"], entry["article_id"], str(entry["start"]), str(held))
                for held in (False, True) for day in document["held" if held else "timeline"]
                for entry in day["entries"]]
    assert [(r["date"], r["text"], r["article_id"], r["start"], r["held"]) for r in tables["timeline.csv"]] == expected
    assert any(r["held"] == "True" for r in tables["timeline.csv"])
    assert {r["id"] for r in tables["articles.csv"]} == {a["id"] for a in document["articles"]}


def test_csv_refuses_a_stream_that_cannot_hold_a_zip(web_db: Path) -> None:
    with pytest.raises(TypeError, match="zip archive"):
        get_exporter("csv")(connect_readonly(web_db), io.StringIO())


def test_html_report_is_self_contained_and_cites_its_sources(export_file: ExportFile,
                                                             document: dict) -> None:
    html = export_file("html").read_text("utf-8")
    assert not re.search(r'(src|href)="(?!#)', html) and "<link" not in html and "<style>" in html
    assert "US Secretary of State Antony Blinken, meanwhile, said on Wednesday" in html
    cited = set(re.findall(r'href="#(source-\d+)"', html))
    assert cited and cited <= set(re.findall(r'id="(source-\d+)"', html))
    assert len(re.findall(r'<li id="source-', html)) == len(document["articles"])
