"""HTML pages: trafilatura finds the main text and title, :mod:`dateline.ingest.published` the publication date."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import trafilatura

from dateline.errors import SkippedInput, SkipReason
from dateline.ingest import Ingester, ReadResult
from dateline.ingest.checks import decode_text
from dateline.ingest.published import page_date
from dateline.model import RawArticle


def article_from_html(html: str, source: str, url: str | None = None) -> RawArticle:
    """The main text, title and publication day of one page; raises a skip when no text is found."""
    document = trafilatura.bare_extraction(html, url=url, include_comments=False, with_metadata=True)
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise SkippedInput(SkipReason.EMPTY)
    found = page_date(html)
    return RawArticle(source=source, text=text, title=getattr(document, "title", None), url=url,
                      published=found.earliest if found else None, published_latest=found.latest if found else None,
                      published_basis=found.basis if found else "metadata",
                      outlet=getattr(document, "sitename", None) or None, extracted=True)


def read_html_file(path: Path) -> Iterator[ReadResult]:
    yield article_from_html(decode_text(path.read_bytes()), source=str(path))


def html_ingester() -> Ingester:
    return Ingester((".html", ".htm", ".xhtml"), read_html_file)
