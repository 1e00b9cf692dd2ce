"""The app as a person uses it, in Debian's Chromium driven by Playwright: the interactive timeline draws and
zooms, the filters (a timeline's, a storyline's events') work with fields left empty, a timeline entry leads
to its highlighted sentence, search, the figures, and a correction made in the browser holds after a rebuild.
Screenshots go to ``test-output/``.
Skipped when Chromium is absent (``make test`` installs it)."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn

from dateline import pipeline
from dateline.store import Store
from dateline.store.lock import exclusive_writer
from dateline.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-output"

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is not installed (make test installs Debian's chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


@contextmanager
def served(db: Path) -> Iterator[str]:
    """The app serving ``db`` on a free local port in a background thread; its base URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def base_url(web_db: Path) -> Iterator[str]:
    with served(web_db) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    SCREENSHOTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def page(browser, base_url: str) -> Iterator[object]:
    context = browser.new_context(base_url=base_url, viewport={"width": 1200, "height": 900})
    yield context.new_page()
    context.close()


def minor_ticks(page) -> list[str]:
    return page.locator("#interactive-timeline .vis-time-axis .vis-text.vis-minor").all_inner_texts()


def test_the_interactive_timeline_draws_and_zooms(page, base_url: str) -> None:
    """Drawn by the app's own scripts from its own API, nothing refused by the policy, nothing from elsewhere."""
    requests: list[str] = []
    problems: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto("/storylines/all")
    chart = page.locator("#interactive-timeline[data-ready=true]")
    chart.wait_for()
    drawn = int(chart.get_attribute("data-items"))
    assert drawn == len(page.request.get(f"{base_url}/api/storylines/all/chart").json()["items"]) > 10
    assert page.locator("#interactive-timeline .vis-item").count() > 5
    assert page.locator("#interactive-timeline .vis-label").all_inner_texts() == ["Timeline", "Quotes", "Events"]
    page.screenshot(path=SCREENSHOTS / "interactive-timeline.png")
    before = minor_ticks(page)
    for _ in range(4):
        page.get_by_role("button", name="in", exact=True).click()
    page.wait_for_function("""ticks => JSON.stringify([...document.querySelectorAll(
        '#interactive-timeline .vis-time-axis .vis-text.vis-minor')].map(t => t.innerText)) !== ticks""",
                           arg=str(before).replace("'", '"'))
    page.wait_for_timeout(600)  # the zoom animation ends
    assert minor_ticks(page) != before
    page.screenshot(path=SCREENSHOTS / "interactive-timeline-zoomed.png")
    page.get_by_role("button", name="all", exact=True).click()
    assert problems == []
    assert all(url.startswith(base_url) for url in requests), [u for u in requests if not u.startswith(base_url)]
    assert {f"{base_url}/static/vis-timeline-graph2d.min.js", f"{base_url}/static/timeline.js",
            f"{base_url}/api/storylines/all/chart"} <= set(requests)


def test_the_storyline_filter_works_with_empty_fields(page) -> None:
    page.goto("/storylines/all")
    page.get_by_label("Entity").fill("Blinken")
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name="Filter").click()
    assert navigation.value.status == 200 and navigation.value.url.endswith("?entity=Blinken&since=&until=")
    entries = page.locator("a.entry").all_inner_texts()
    assert entries and all("Blinken" in entry for entry in entries)
    page.get_by_label("Entity").fill("")
    page.get_by_label("From").fill("2023-12-01")
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name="Filter").click()
    assert navigation.value.status == 200 and page.locator("h2 time").all_inner_texts() == ["2023-12-20"]
    page.screenshot(path=SCREENSHOTS / "timeline-filtered.png", full_page=True)


def test_the_events_filter_keeps_one_type_and_actor_and_works_with_empty_fields(page) -> None:
    page.goto("/storylines/all/events")
    everything = page.locator("table tr").count()
    page.get_by_label("Type").select_option("ASSAULT")
    page.get_by_label("Actor").fill("Hamas")
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name="Filter").click()
    assert navigation.value.status == 200 and navigation.value.url.endswith("/events?type=ASSAULT&actor=Hamas")
    rows = page.locator("table tr").all()[1:]
    cells = [row.locator("td").all_inner_texts() for row in rows]
    assert cells and all(what.startswith("ASSAULT") and "Hamas" in who for _, what, who, *_ in cells)
    assert ["2023-10-07", "ASSAULT", "Hamas"] in [[when, what, who] for when, what, who, *_ in cells]
    page.screenshot(path=SCREENSHOTS / "events-filtered.png", full_page=True)
    page.get_by_label("Type").select_option("")
    page.get_by_label("Actor").fill("")
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name="Filter").click()
    assert navigation.value.status == 200 and navigation.value.url.endswith("/events?type=&actor=")
    assert page.locator("table tr").count() == everything > len(rows) + 1


@contextmanager
def writable_copy(browser, web_db: Path, tmp_path: Path) -> Iterator[tuple[Path, str, object]]:
    """A copy of the store served for a browser on this machine: its path, base URL and a fresh page."""
    db = tmp_path / "dateline.db"
    shutil.copy(web_db, db)
    with served(db) as url:
        context = browser.new_context(base_url=url, viewport={"width": 1200, "height": 900})
        yield db, url, context.new_page()
        context.close()


def test_a_correction_made_in_the_browser_survives_a_rebuild(browser, web_db: Path, tmp_path: Path) -> None:
    pressure = "US Secretary of State Antony Blinken, meanwhile, said on Wednesday"
    with writable_copy(browser, web_db, tmp_path) as (db, url, page):
        page.goto("/storylines/all")
        entry = page.locator("ul.entries > li", has_text=pressure)
        with page.expect_navigation():
            entry.get_by_role("button", name="Hide").click()
        assert page.url == f"{url}/storylines/all", page.locator("main").inner_text()
        assert page.locator("a.entry", has_text=pressure).count() == 0
        with exclusive_writer(db), Store(db) as store:  # a rebuild that analyses every article again
            store.conn.execute("DELETE FROM stage_runs")
            assert pipeline.build([], store).analyzed == 6
        page.reload()
        assert page.locator("a.entry", has_text=pressure).count() == 0
        assert page.locator("a.entry", has_text="Joe Biden said on Wednesday").count() == 1
        page.screenshot(path=SCREENSHOTS / "correction-after-rebuild.png", full_page=True)
        page.get_by_role("link", name="Corrections").click()
        row = page.locator("table.corrections tr", has_text="hide")
        assert "(web)" in row.inner_text() and row.get_by_role("button", name="Undo").is_visible()
        page.screenshot(path=SCREENSHOTS / "corrections.png", full_page=True)
        with page.expect_navigation():
            row.get_by_role("button", name="Undo").click()
        page.goto("/storylines/all")
        assert page.locator("a.entry", has_text=pressure).count() == 1


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


def test_a_held_day_pinned_from_needs_review_joins_the_timeline(browser, web_db: Path, tmp_path: Path) -> None:
    ceasefire = "The US had hoped to secure a six-week ceasefire"
    with writable_copy(browser, web_db, tmp_path) as (_, _, page):
        page.goto("/storylines/all")
        page.get_by_role("link", name="Needs review").first.click()
        held = page.locator("section.review-held li", has_text=ceasefire)
        assert held.locator(".unknown").inner_text() == "held back"
        assert held.locator(".confidence").inner_text() == ".20"
        page.screenshot(path=SCREENSHOTS / "needs-review.png", full_page=True)
        with page.expect_navigation():
            held.get_by_role("button", name="Pin").click()
        assert page.locator("section.review-held li", has_text=ceasefire).count() == 0
        page.goto("/storylines/all")
        assert page.locator("li.pinned a.entry", has_text=ceasefire).count() == 1
