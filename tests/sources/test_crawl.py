"""One fetch run against a local site: feeds, sitemaps and URL lists into a WARC archive, new pages only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from dateline.errors import Skipped, SkipReason
from dateline.ingest.warc import read_warc_file
from dateline.model import RawArticle
from dateline.sources.archive import WarcArchive
from dateline.sources.crawl import Crawl, crawl
from dateline.sources.http import PoliteClient, Politeness
from dateline.store import Store
from dateline.store.fetches import Answer, last_answer, remember_answers

from .conftest import Reply, Site

QUICK = Politeness(delay=0, timeout=0.3, retries=1, backoff=0.01)
ARTICLES = ("flood-rises", "flood-recedes", "flood-inquiry")
RSS = "application/rss+xml"


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "d.db") as store:
        yield store


@pytest.fixture()
def news(site: Site) -> Site:
    """The three flood articles, under /news/."""
    for name in ARTICLES:
        site.page(f"/news/{name}", f"{name}.html")
    return site


def run(sources: list[str], store: Store, warc_dir: Path) -> Crawl:
    with PoliteClient(QUICK) as client, WarcArchive(warc_dir) as archive:
        return crawl(sources, client, archive, store.conn)


def archived(crawl: Crawl) -> list[RawArticle | Skipped]:
    return list(read_warc_file(crawl.warc)) if crawl.warc else []


def test_an_rss_feed_brings_its_pages_into_the_archive(news: Site, store: Store, tmp_path: Path) -> None:
    news.page("/feed.rss", "feed.rss", RSS)
    result = run([news.url("/feed.rss")], store, tmp_path / "warc")
    assert (result.pages, result.not_modified, result.skipped) == (2, 0, [])
    assert news.paths() == ["/robots.txt", "/feed.rss", "/news/flood-rises", "/news/flood-recedes"]
    first, second = archived(result)
    assert (first.url, first.title, first.published) == (
        news.url("/news/flood-rises"), "River Alder bursts its banks in Millbrook", date(2024, 3, 4))
    assert first.source == first.url and "more than 200 homes" in first.text
    assert second.url == news.url("/news/flood-recedes")  # the feed's '#top' fragment dropped
    assert {a.url: a.status for a in result.answers} == {
        news.url(p): 200 for p in ("/feed.rss", "/news/flood-rises", "/news/flood-recedes")}


def test_an_atom_feed_with_a_relative_link(news: Site, store: Store, tmp_path: Path) -> None:
    news.page("/flood.atom", "feed.atom", "application/atom+xml")
    result = run([news.url("/flood.atom")], store, tmp_path / "warc")
    assert [a.url for a in archived(result)] == [news.url("/news/flood-inquiry"), news.url("/news/flood-rises")]


def test_a_sitemap_index_leads_to_its_sitemaps_and_their_pages(news: Site, store: Store, tmp_path: Path) -> None:
    news.page("/sitemap.xml", "sitemap-index.xml", "application/xml")
    news.page("/sitemap-2024-03.xml", "sitemap-2024-03.xml", "application/xml")
    result = run([news.url("/sitemap.xml")], store, tmp_path / "warc")
    assert result.pages == 3 and "/img/flood.jpg" not in news.paths()
    assert [a.url for a in archived(result)] == [news.url(f"/news/{name}") for name in ARTICLES]


def test_a_file_of_urls_with_comments_and_a_bad_line(news: Site, store: Store, tmp_path: Path) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# the flood, day one and the inquiry\n{news.url('/news/flood-rises')}\n\n"
                       f"ftp://example.invalid/x\n{news.url('/news/flood-inquiry')}  # a week later\n", "utf-8")
    result = run([str(listing), "no-such-file.txt"], store, tmp_path / "warc")
    assert result.pages == 2
    assert [s.message for s in result.skipped] == [
        f"skipped {listing}:4: D006 malformed: not an http(s) URL",
        "skipped no-such-file.txt: D007 unreadable: neither an http(s) URL nor a file of URLs"]


def test_a_feed_page_fetched_before_is_not_fetched_again(news: Site, store: Store, tmp_path: Path) -> None:
    news.page("/feed.rss", "feed.rss", RSS)
    with store.transaction() as conn:
        remember_answers(conn, [Answer(news.url("/news/flood-rises"), 200)])
    result = run([news.url("/feed.rss")], store, tmp_path / "warc")
    assert result.pages == 1 and "/news/flood-rises" not in news.paths()


def test_an_unchanged_feed_costs_a_304_and_brings_nothing(news: Site, store: Store, tmp_path: Path) -> None:
    news.page("/feed.rss", "feed.rss", RSS, etag='"v1"')
    with store.transaction() as conn:
        remember_answers(conn, [Answer(news.url("/feed.rss"), 200, '"v1"', "Mon, 04 Mar 2024 08:15:00 GMT")])
    result = run([news.url("/feed.rss")], store, tmp_path / "warc")
    (feed,) = news.requests_for("/feed.rss")
    assert (feed.headers["If-None-Match"], feed.headers["If-Modified-Since"]) == (
        '"v1"', "Mon, 04 Mar 2024 08:15:00 GMT")
    assert (result.pages, result.not_modified, archived(result)) == (0, 1, [])
    with store.transaction() as conn:
        remember_answers(conn, result.answers)
    assert last_answer(store.conn, news.url("/feed.rss")) == Answer(
        news.url("/feed.rss"), 304, '"v1"', "Mon, 04 Mar 2024 08:15:00 GMT")


def test_what_is_not_a_page_feed_or_sitemap_is_skipped_with_its_code(site: Site, store: Store,
                                                                   tmp_path: Path) -> None:
    site.add("/report.pdf", Reply(200, b"%PDF-1.4", {"Content-Type": "application/pdf"}))
    result = run([site.url("/report.pdf"), site.url("/gone")], store, tmp_path / "warc")
    assert [(s.source, s.reason) for s in result.skipped] == [
        (site.url("/report.pdf"), SkipReason.UNSUPPORTED), (site.url("/gone"), SkipReason.HTTP_ERROR)]
    assert result.skipped[1].message.endswith("D011 HTTP error: 404 Not Found")
    assert result.pages == 0 and archived(result) == []  # kept in the archive, but no article
