"""``dateline fetch`` and ``dateline watch`` end to end: a local site into an analysed store, through WARC."""

from __future__ import annotations

from collections.abc import Callable
from email.message import Message
from pathlib import Path

from typer.testing import CliRunner

from dateline.cli import EXIT_BUSY, EXIT_SKIPPED, app
from dateline.store import Store
from dateline.store.lock import exclusive_writer

from ..pause_at import kill_hard, start_paused, wait_until_paused
from .conftest import Reply, Site, conditional

runner = CliRunner(env={"COLUMNS": "200"})
RSS = "application/rss+xml"
Document = Callable[[Path], dict]


def invoke(*args: str | Path) -> tuple[int, str]:
    result = runner.invoke(app, [str(arg) for arg in args])
    return result.exit_code, result.output


def serve_news(site: Site) -> None:
    for name in ("flood-rises", "flood-recedes", "flood-inquiry"):
        site.page(f"/news/{name}", f"{name}.html")


def test_fetch_builds_the_store_and_the_archive_rebuilds_it_with_no_network(site: Site, tmp_path: Path,
                                                                           store_document: Document) -> None:
    serve_news(site)
    site.page("/sitemap.xml", "sitemap-index.xml", "application/xml")
    site.page("/sitemap-2024-03.xml", "sitemap-2024-03.xml", "application/xml")
    code, output = invoke("fetch", site.url("/sitemap.xml"), "--db", tmp_path / "live.db", "--delay", "0")
    assert code == 0, output
    (warc,) = (tmp_path / "live-warc").iterdir()
    assert f"fetched 3 new pages, 0 not modified, 0 skipped; archived in {warc}" in output
    assert "stored 3 new, 0 already stored, 0 skipped" in output
    live = store_document(tmp_path / "live.db")
    assert [a["source"] for a in live["articles"]] == [site.url(f"/news/flood-{n}") for n in
                                                        ("rises", "recedes", "inquiry")]
    assert live["timeline"] and live["storylines"]
    site.stop()
    code, output = invoke("build", warc.parent, "--db", tmp_path / "rebuilt.db")
    assert code == 0, output
    assert store_document(tmp_path / "rebuilt.db") == live


def test_watch_asks_a_feed_again_each_round_and_fetches_only_its_new_items(site: Site, tmp_path: Path,
                                                                           store_document: Document) -> None:
    """Round 1 reads the feed; round 2 is told it has not changed (304); round 3 finds one new item."""
    serve_news(site)
    asked: list[Message] = []

    def feed(headers: Message) -> Reply:
        asked.append(headers)
        later = len(asked) > 2
        return conditional(site.file("feed-later.rss" if later else "feed.rss"), RSS,
                           '"v2"' if later else '"v1"', headers)

    site.routes["/feed.rss"] = feed
    code, output = invoke("watch", site.url("/feed.rss"), "--every", "0s", "--rounds", "3", "--db",
                          tmp_path / "d.db", "--warc-dir", tmp_path / "warc", "--delay", "0")
    assert code == 0, output
    assert [h["If-None-Match"] for h in asked] == [None, '"v1"', '"v1"']
    assert output.count("fetched 2 new pages, 0 not modified") == 1
    assert output.count("fetched 0 new pages, 1 not modified, 0 skipped\n") == 1
    assert output.count("fetched 1 new pages, 0 not modified") == 1
    assert [p for p in site.paths() if p.startswith("/news/")] == [
        "/news/flood-rises", "/news/flood-recedes", "/news/flood-inquiry"]  # each page asked once
    assert site.paths().count("/robots.txt") == 1  # kept for the watch's lifetime
    assert len(store_document(tmp_path / "d.db")["articles"]) == 3
    assert len(list((tmp_path / "warc").iterdir())) == 2  # the 304 round received nothing to keep


def test_a_fetch_killed_before_it_remembers_its_answers_is_made_whole_by_the_next(site: Site,
                                                                                 tmp_path: Path) -> None:
    """Killed (SIGKILL) after its build, before the fetch log is written: the next fetch asks for the pages
    again, and the store holds each once."""
    serve_news(site)
    site.page("/feed.rss", "feed.rss", RSS)
    db, marker = tmp_path / "d.db", tmp_path / "paused"
    child = start_paused("dateline.pipeline:build", 1, marker, "fetch", site.url("/feed.rss"), "--db", str(db),
                         "--delay", "0")
    wait_until_paused(child, marker)
    kill_hard(child)
    code, output = invoke("fetch", site.url("/feed.rss"), "--db", db, "--delay", "0")
    assert code == 0, output
    assert "fetched 2 new pages" in output and "stored 0 new, 2 already stored, 0 skipped" in output
    assert site.paths().count("/news/flood-rises") == 2
    with Store(db) as store:
        assert store.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
        assert store.conn.execute("SELECT count(*) FROM fetches").fetchone()[0] == 3


def test_a_page_robots_txt_forbids_sets_the_exit_code_and_builds_nothing(site: Site, tmp_path: Path) -> None:
    site.add("/robots.txt", Reply(200, b"User-agent: *\nDisallow: /\n"))
    serve_news(site)
    code, output = invoke("fetch", site.url("/news/flood-rises"), "--db", tmp_path / "d.db", "--delay", "0")
    assert code == EXIT_SKIPPED
    assert (f"skipped {site.url('/news/flood-rises')}: D010 disallowed by robots.txt: Dateline may not fetch "
            "/news/flood-rises") in output
    assert "analysed" not in output and "/news/flood-rises" not in site.paths()


def test_a_busy_store_is_left_alone(site: Site, tmp_path: Path) -> None:
    serve_news(site)
    db = tmp_path / "d.db"
    with exclusive_writer(db):
        code, output = invoke("fetch", site.url("/news/flood-rises"), "--db", db, "--delay", "0")
        assert code == EXIT_BUSY and f"D013 store busy: another Dateline process is writing to {db}" in output
        code, output = invoke("watch", site.url("/news/flood-rises"), "--rounds", "1", "--db", db)
        assert code == 0 and "round 1 passed over" in output
    assert site.paths() == [] and not db.exists()
