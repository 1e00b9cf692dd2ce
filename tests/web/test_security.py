"""A hostile article (script tags, event handlers, ``javascript:`` links and URL, quotes that break out of
attributes, in its title, text, entity, quote and figure) leaves nothing a browser could run, in any page,
in the API, or in any export."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient

ExportFile = Callable[[str], Path]

Finder = Callable[[str], list[str]]


def hostile_pages(ids: dict[str, str]) -> list[str]:
    hostile = ids["hostile"]
    return ["/storylines", "/storylines/all", "/storylines/all?entity=hostile", "/storylines/all/figures",
            "/storylines/all/figures/hostages:taken", f"/articles/{hostile}", f"/articles/{hostile}?start=0&end=60",
            "/entities/hostile",
            "/search?q=script+alert", "/search?q=%3Cscript%3Ealert(1)%3C/script%3E",
            "/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/storylines/all?since=%22%3E%3Cscript%3E"]


def test_hostile_article_is_shown_as_text_never_as_markup(client: TestClient, article_ids: dict[str, str],
                                                          executable_markup: Finder) -> None:
    for path in hostile_pages(article_ids):
        html = client.get(path).text
        assert executable_markup(html) == [], path
    article = client.get(f"/articles/{article_ids['hostile']}").text
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in article  # shown, escaped
    assert "javascript:alert(document.cookie)" in article  # the URL is text, not a link


def test_the_checker_would_catch_each_attack(executable_markup: Finder) -> None:
    attacks = ["<script>alert(1)</script>", '<img src=x onerror="alert(1)">', '<a href=" JaVaScRiPt:alert(1)">x</a>',
               "<svg onload=alert(1)>", '<p title=""><iframe src=x></iframe>', '<script src="//evil.example/x.js">',
               '<script src="/static/timeline.js">alert(1)</script>']
    assert all(executable_markup(attack) for attack in attacks)


def test_api_answers_are_json_that_browsers_will_not_sniff_as_html(client: TestClient,
                                                                   article_ids: dict[str, str]) -> None:
    response = client.get(f"/api/articles/{article_ids['hostile']}")
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.json()["url"] == "javascript:alert(document.cookie)"  # data kept exactly, for programs



def test_html_report_is_inert(export_file: ExportFile, executable_markup: Finder) -> None:
    html = export_file("html").read_text("utf-8")
    assert executable_markup(html) == []
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in html


def test_timelinejs_slides_are_inert(export_file: ExportFile, executable_markup: Finder) -> None:
    document = json.loads(export_file("timelinejs").read_text("utf-8"))
    slides = [event["text"] for event in document["events"]]
    assert any("&lt;script&gt;" in slide["text"] for slide in slides)
    for slide in slides:
        assert executable_markup(slide["headline"]) == executable_markup(slide["text"]) == []


def test_csv_cells_never_start_a_formula(export_file: ExportFile) -> None:
    with zipfile.ZipFile(export_file("csv")) as archive:
        cells = [cell for name in archive.namelist()
                 for row in csv.reader(io.TextIOWrapper(archive.open(name), encoding="utf-8")) for cell in row]
    assert any(cell.startswith("'=HYPERLINK(") for cell in cells)  # the hostile title, made text
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)


def test_markdown_export_is_inert(export_file: ExportFile, executable_markup: Finder) -> None:
    assert executable_markup(export_file("markdown").read_text("utf-8")) == []
