"""WARC archives (``.warc``, ``.warc.gz``): the HTML pages a crawl received, read as the HTML reader reads a file.

``dateline fetch`` keeps every response it receives in WARC files, so a store can be rebuilt from them with
no network; an archive from another crawler reads the same way (warcio undoes chunking and compression). Only
successful HTML responses are articles: requests, redirects, errors, feeds, sitemaps and robots.txt are
passed over in silence. A broken record ends the file with one skip; the pages before it are kept.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from dateline.errors import Skipped, SkippedInput, SkipReason
from dateline.ingest import Ingester, ReadResult
from dateline.ingest.checks import MAX_TEXT_BYTES, decode_text
from dateline.ingest.html import article_from_html


@dataclass(frozen=True, slots=True)
class _Page:
    url: str
    content_type: str
    body: bytes


def read_warc_file(path: Path) -> Iterator[ReadResult]:
    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        while True:
            try:
                page = _next_page(records)
            except Exception as error:  # noqa: BLE001 - warcio raises whatever damaged bytes lead its parser to
                yield Skipped(str(path), SkipReason.MALFORMED,
                              f"broken WARC record after byte {records.offset} ({type(error).__name__}: {error})")
                return
            if page is None:
                return
            yield _read_page(page)


def _next_page(records: ArchiveIterator) -> _Page | None:
    """The next HTML page in the archive, read whole; None at its end. Only warcio's work is done here."""
    for record in records:
        if record.format != "warc":  # warcio reads a line of any five words as an old ARC header
            raise ArchiveLoadFailed("not a WARC record")
        if is_html_page(record):
            url = record.rec_headers.get_header("WARC-Target-URI") or "unknown URL"
            body = record.content_stream().read(MAX_TEXT_BYTES + 1)
            if len(body) <= MAX_TEXT_BYTES and record.raw_stream.limit > 0:  # a crawl killed while writing it
                raise EOFError(f"the record of {url} ends before its length")
            return _Page(url, record.http_headers.get_header("Content-Type") or "", body)
    return None


def is_html_page(record: ArcWarcRecord) -> bool:
    """A ``200 OK`` response whose body is HTML."""
    headers = record.http_headers
    return (record.rec_type == "response" and headers is not None and headers.get_statuscode() == "200"
            and html_content(headers.get_header("Content-Type") or ""))


def html_content(content_type: str) -> bool:
    """``text/html``, ``application/xhtml+xml`` and their kin: what a crawl keeps as a page."""
    return "html" in content_type.lower()


def _read_page(page: _Page) -> ReadResult:
    try:
        html = decode_text(page.body, declared_charset(page.content_type))
        return article_from_html(html, source=page.url, url=page.url)
    except SkippedInput as skip:
        return skip.for_source(page.url)


def declared_charset(content_type: str) -> str | None:
    """The character set a ``Content-Type`` header names, if Python knows it (a page's header wins over
    guessing; an unknown name, or one no codec name could be, such as one with a NUL, is as good as none)."""
    message = Message()
    message["Content-Type"] = content_type
    charset = message.get_content_charset()
    try:
        return codecs.lookup(charset).name if charset else None
    except (LookupError, ValueError):
        return None


def warc_ingester() -> Ingester:
    return Ingester((".warc", ".warc.gz"), read_warc_file)
