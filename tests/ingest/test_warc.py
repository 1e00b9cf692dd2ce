"""WARC archives as input: the HTML pages a crawl received, every other record passed over, damage reported."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.errors import Skipped, SkipReason
from dateline.ingest import read_inputs
from dateline.ingest.warc import declared_charset
from dateline.model import RawArticle

PAGE = """<html><head><title>Ferry service resumes after storm | Harbour Gazette</title>
<meta property="article:published_time" content="2024-01-15"></head><body><nav>Home | Ports</nav>
<article><h1>Ferry service resumes after storm</h1><p>The ferry between Port Ellen and Kennacraig resumed
on Monday after three days of cancellations caused by the storm, the operator said.</p>
<p>"We are running extra sailings to clear the backlog of freight," a spokeswoman said.</p></article>
<footer>© Harbour Gazette</footer></body></html>"""
CAFE = PAGE.replace("Ferry service resumes after storm", "Café on the pier reopens after storm")


def response(writer: WARCWriter, url: str, body: bytes, status: str = "200 OK",
             content_type: str = "text/html; charset=utf-8", record_type: str = "response") -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type), ("Content-Length", str(len(body)))],
                               protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, record_type, payload=BytesIO(body), http_headers=headers))


def write_crawl(path: Path, gzip: bool = True) -> bytes:
    """A small crawl: two articles among the records that are not articles; returns the file's bytes."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        response(writer, "https://news.example/robots.txt", b"User-agent: *\n", content_type="text/plain")
        response(writer, "https://news.example/ferry", PAGE.encode("utf-8"))
        response(writer, "https://news.example/old-ferry", b"", status="301 Moved Permanently")
        response(writer, "https://news.example/feed.rss", b"<rss version='2.0'/>", content_type="application/rss+xml")
        response(writer, "https://news.example/missing", b"<html><p>Not found</p></html>", status="404 Not Found")
        response(writer, "https://news.example/cafe", CAFE.encode("cp1252"),
                 content_type="text/html; charset=windows-1252")
    return path.read_bytes()


@pytest.mark.parametrize("name, gzip", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_the_html_pages_of_a_crawl_are_its_articles(tmp_path: Path, name: str, gzip: bool) -> None:
    write_crawl(tmp_path / name, gzip)
    ferry, cafe = read_inputs([tmp_path])
    assert isinstance(ferry, RawArticle) and isinstance(cafe, RawArticle)
    assert (ferry.source, ferry.url, ferry.title, ferry.published) == (
        "https://news.example/ferry", "https://news.example/ferry", "Ferry service resumes after storm",
        date(2024, 1, 15))
    assert "Port Ellen and Kennacraig" in ferry.text and "Home | Ports" not in ferry.text
    assert cafe.title == "Café on the pier reopens after storm"  # decoded as the header declared


def test_a_truncated_archive_keeps_the_pages_before_the_break(tmp_path: Path) -> None:
    data = write_crawl(tmp_path / "whole.warc.gz")
    (tmp_path / "whole.warc.gz").unlink()
    (tmp_path / "cut.warc.gz").write_bytes(data[: len(data) - 300])  # a fetch killed while writing the last page
    ferry, skipped = read_inputs([tmp_path / "cut.warc.gz"])
    assert isinstance(ferry, RawArticle) and ferry.url == "https://news.example/ferry"
    assert isinstance(skipped, Skipped) and skipped.reason is SkipReason.MALFORMED
    assert skipped.message.startswith(f"skipped {tmp_path / 'cut.warc.gz'}: D006 malformed: broken WARC record")


def test_a_file_that_is_no_archive_is_one_skip(tmp_path: Path) -> None:
    (tmp_path / "notes.warc").write_text('{"title": "Ferry service resumes after storm"}\n', "utf-8")
    (skipped,) = read_inputs([tmp_path / "notes.warc"])
    assert isinstance(skipped, Skipped) and skipped.reason is SkipReason.MALFORMED


def test_a_page_that_breaks_its_declared_charset_is_skipped_with_its_url(tmp_path: Path) -> None:
    with (tmp_path / "bad.warc.gz").open("wb") as out:
        response(WARCWriter(out, gzip=True), "https://news.example/ferry", PAGE.encode("utf-8") + b"\xff",
                 content_type="text/html; charset=utf-8")
    (skipped,) = read_inputs([tmp_path / "bad.warc.gz"])
    assert skipped.message.startswith("skipped https://news.example/ferry: D003 not UTF-8: cannot decode as UTF-8")


def test_a_charset_no_codec_could_be_named_is_no_charset() -> None:
    assert declared_charset("text/html; charset=utf\x00-8") is None
    assert declared_charset("text/html; charset=latin-1") == "iso8859-1"
