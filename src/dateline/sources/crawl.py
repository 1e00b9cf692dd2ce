"""One fetch run: start URLs (given, or listed in files) fetched into a WARC archive, with the feeds' and
sitemaps' new pages.

A feed or sitemap is asked again on every run, conditionally (ETag, Last-Modified), and only the pages it
lists that no earlier run fetched are fetched; a URL given by hand is asked again, conditionally, each time.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dateline.errors import Skipped, SkippedInput, SkipReason
from dateline.ingest.checks import decode_text
from dateline.ingest.warc import html_content
from dateline.sources.archive import WarcArchive
from dateline.sources.http import PoliteClient, Response
from dateline.sources.listings import is_web_url, read_listing
from dateline.store.fetches import Answer, last_answer

#: A sitemap index (0) lists sitemaps (1) that list pages (2); nothing deeper is read as a listing.
MAX_LISTING_DEPTH = 1


@dataclass(slots=True)
class Crawl:
    """What one run fetched: the archive it wrote, how many pages it holds, and each URL's answer."""

    warc: Path | None = None
    pages: int = 0
    not_modified: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    #: Every URL that answered (200, 304 or a redirect), for the fetch log.
    answers: list[Answer] = field(default_factory=list)


def crawl(sources: Iterable[str], client: PoliteClient, archive: WarcArchive, conn: sqlite3.Connection,
          on_skip: Callable[[Skipped], None] | None = None) -> Crawl:
    """Fetch every source into ``archive``; ``conn`` is read for what earlier runs were answered."""
    crawler = _Crawler(client, archive, conn, on_skip)
    for start in start_urls(sources):
        if isinstance(start, Skipped):
            crawler.skip(start)
        else:
            crawler.visit(start, depth=0)
    crawler.report.warc = archive.path
    return crawler.report


def start_urls(sources: Iterable[str]) -> Iterator[str | Skipped]:
    """Each source that is an http(s) URL, and the URLs listed in each that is a file (one a line, ``#``
    starting a comment)."""
    for source in sources:
        if is_web_url(source):
            yield source
        elif Path(source).is_file():
            yield from _url_list(Path(source))
        else:
            yield Skipped(source, SkipReason.UNREADABLE, "neither an http(s) URL nor a file of URLs")


def _url_list(path: Path) -> Iterator[str | Skipped]:
    try:
        lines = decode_text(path.read_bytes()).splitlines()
    except SkippedInput as skip:
        yield skip.for_source(str(path))
        return
    for line_no, line in enumerate(lines, start=1):
        url = line.split("#", 1)[0].strip()
        if url:
            yield url if is_web_url(url) else Skipped(f"{path}:{line_no}", SkipReason.MALFORMED,
                                                      "not an http(s) URL")


class _Crawler:
    def __init__(self, client: PoliteClient, archive: WarcArchive, conn: sqlite3.Connection,
                 on_skip: Callable[[Skipped], None] | None) -> None:
        self.report = Crawl()
        self._client = client
        self._archive = archive
        self._conn = conn
        self._on_skip = on_skip
        self._visited: set[str] = set()

    def skip(self, skipped: Skipped) -> None:
        self.report.skipped.append(skipped)
        if self._on_skip:
            self._on_skip(skipped)

    def visit(self, url: str, depth: int) -> None:
        """Fetch ``url``; a feed's or sitemap's pages are fetched in turn, a page is counted for the build."""
        if url in self._visited:
            return
        self._visited.add(url)
        try:
            chain = self._client.get(url, self._conditions, self._archive.record)
        except SkippedInput as skip:
            self.skip(skip.for_source(url))
            return
        self.report.answers.extend(Answer(a.url, a.status, a.header("ETag"), a.header("Last-Modified"))
                                   for a in chain if a.status < 400)
        final = chain[-1]
        if final.status == 304:
            self.report.not_modified += 1
        elif final.status != 200:
            self.skip(Skipped(url, SkipReason.HTTP_ERROR, f"{final.status} {final.reason}"))
        else:
            self._read(url, final, depth)

    def _read(self, url: str, final: Response, depth: int) -> None:
        listing = read_listing(final) if depth <= MAX_LISTING_DEPTH else None
        if listing is not None:
            for sitemap in listing.listings:
                self.visit(sitemap, depth + 1)
            for page in listing.pages:
                if last_answer(self._conn, page) is None:
                    self.visit(page, depth + 1)
        elif html_content(final.header("Content-Type") or ""):
            self.report.pages += 1
        else:
            self.skip(Skipped(url, SkipReason.UNSUPPORTED,
                              f"{final.header('Content-Type') or 'no content type'}: not a page, feed or sitemap"))

    def _conditions(self, url: str) -> dict[str, str]:
        """If-None-Match and If-Modified-Since from the URL's last answer, so an unchanged one costs a 304."""
        answer = last_answer(self._conn, url)
        if answer is None:
            return {}
        conditions = {"If-None-Match": answer.etag, "If-Modified-Since": answer.last_modified}
        return {name: value for name, value in conditions.items() if value}
