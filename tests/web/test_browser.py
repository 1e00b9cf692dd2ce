"""The app as a person uses it, in Debian's Chromium driven by Playwright: follow a timeline entry to its
highlighted sentence, and search. Screenshots go to ``test-output/``. Skipped when Chromium is absent
(``make test`` installs it)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from dateline.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-output"

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is not installed (make test installs Debian's chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def base_url(web_db: Path) -> Iterator[str]:
    """The app served on a free local port in a background thread."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(web_db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def page(base_url: str) -> Iterator[object]:
    SCREENSHOTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser.new_page(base_url=base_url, viewport={"width": 1200, "height": 900})
        browser.close()


def test_timeline_entry_leads_to_its_highlighted_sentence(page) -> None:
    page.goto("/")
    page.get_by_role("link", name="All coverage in this store").click()
    page.screenshot(path=SCREENSHOTS / "timeline.png", full_page=True)
    entry = page.locator("a.entry", has_text="Blinken, meanwhile")
    sentence = " ".join(entry.inner_text().split())
    entry.click()
    page.wait_for_url("**/articles/**#highlight")
    highlight = page.locator("mark#highlight")
    assert " ".join(highlight.inner_text().split()) == sentence
    assert highlight.is_visible() and page.evaluate("window.scrollY") > 0
    page.screenshot(path=SCREENSHOTS / "article-highlight.png")


def test_search_for_blinken_shows_his_words(page) -> None:
    page.goto("/storylines")
    page.get_by_role("searchbox").fill("Blinken")
    page.get_by_role("searchbox").press("Enter")
    page.wait_for_url("**/search?q=Blinken")
    hits = page.locator("ol.hits li")
    assert hits.count() >= 8
    assert page.locator("ol.hits mark").first.inner_text() == "Blinken"
    assert any("I continue to believe it’s possible" in text for text in hits.all_inner_texts())
    page.screenshot(path=SCREENSHOTS / "search-blinken.png", full_page=True)


def test_figures_page_draws_the_conflicting_counts(page) -> None:
    page.goto("/storylines/all/figures")
    assert page.locator("svg.chart .point.conflict").count() >= 2
    page.screenshot(path=SCREENSHOTS / "figures.png", full_page=True)


def test_a_series_links_to_every_report_of_it(page) -> None:
    page.goto("/storylines/all/figures")
    page.locator('h2[id="hostages:taken"] a').click()
    page.wait_for_url("**/storylines/all/figures/hostages:taken")
    rows = page.locator("table tr.conflict")
    assert rows.count() == 4 and page.locator("svg.chart .point.conflict").count() >= 2
    page.screenshot(path=SCREENSHOTS / "figure-series.png", full_page=True)
