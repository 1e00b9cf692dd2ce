"""WARC archives (``.warc``, ``.warc.gz``): the HTML pages a crawl received, read as the HTML reader reads a file.

``dateline fetch`` keeps every response it receives in WARC files, so a store can be rebuilt from them with
no network; archives from other crawlers (Common Crawl, wget, Browsertrix) read the same way. Only
successful HTML responses are articles: requests, redirects, errors, feeds, sitemaps and robots.txt are
passed over in silence. A broken record ends the file with one skip; the pages before it are kept.
"""

from __future__ import annotations

import codecs
import zlib
from collections.abc import Iterator
from email.message import Message
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeadersParserException

from dateline.errors import Skipped, SkippedInput, SkipReason
from dateline.ingest import Ingester, ReadResult
from dateline.ingest.checks import MAX_TEXT_BYTES, decode_text
from dateline.ingest.html import article_from_html

#: What warcio raises on a damaged archive: a bad header, a truncated or corrupt gzip member, a bad length.
_BROKEN_ARCHIVE = (ArchiveLoadFailed, StatusAndHeadersParserException, zlib.error, EOFError, ValueError)


def read_warc_file(path: Path) -> Iterator[ReadResult]:
    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        try:
            for record in records:
                if record.format != "warc":  # warcio reads a line of any five words as an old ARC header
                    raise ArchiveLoadFailed("not a WARC record")
                if is_html_page(record):
                    yield _read_page(record)
        except _BROKEN_ARCHIVE as error:
            yield Skipped(str(path), SkipReason.MALFORMED,
                          f"broken WARC record after byte {records.offset} ({type(error).__name__}: {error})")


def is_html_page(record: ArcWarcRecord) -> bool:
    """A ``200 OK`` response whose body is HTML."""
    headers = record.http_headers
    return (record.rec_type == "response" and headers is not None and headers.get_statuscode() == "200"
            and html_content(headers.get_header("Content-Type") or ""))


def html_content(content_type: str) -> bool:
    """``text/html``, ``application/xhtml+xml`` and their kin: what a crawl keeps as a page."""
    return "html" in content_type.lower()


def _read_page(record: ArcWarcRecord) -> ReadResult:
    url = record.rec_headers.get_header("WARC-Target-URI") or "unknown URL"
    body = record.content_stream().read(MAX_TEXT_BYTES + 1)
    if len(body) <= MAX_TEXT_BYTES and record.raw_stream.limit > 0:
        raise EOFError(f"the record of {url} ends before its length")  # a crawl killed while writing it
    try:
        html = decode_text(body, declared_charset(record.http_headers.get_header("Content-Type") or ""))
        return article_from_html(html, source=url, url=url)
    except SkippedInput as skip:
        return skip.for_source(url)


def declared_charset(content_type: str) -> str | None:
    """The character set a ``Content-Type`` header names, if Python knows it (a page's header wins over
    guessing; an unknown name is as good as none)."""
    message = Message()
    message["Content-Type"] = content_type
    charset = message.get_content_charset()
    try:
        return codecs.lookup(charset).name if charset else None
    except LookupError:
        return None


def warc_ingester() -> Ingester:
    return Ingester((".warc", ".warc.gz"), read_warc_file)
