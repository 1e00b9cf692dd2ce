"""HTML pages: trafilatura finds the main text and title, htmldate the publication date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import trafilatura
from htmldate import find_date

from dateline.errors import SkippedInput, SkipReason
from dateline.ingest import Ingester, ReadResult
from dateline.ingest.checks import decode_text
from dateline.model import RawArticle


def article_from_html(html: str, source: str, url: str | None = None) -> RawArticle:
    """The main text, title and metadata date of one page; raises a skip when no text is found."""
    document = trafilatura.bare_extraction(html, url=url, include_comments=False, with_metadata=True)
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise SkippedInput(SkipReason.EMPTY)
    return RawArticle(source=source, text=text, title=getattr(document, "title", None), url=url,
                      published=metadata_date(html), outlet=getattr(document, "sitename", None) or None)


def metadata_date(html: str) -> date | None:
    """The date the page's markup states (meta tags, JSON-LD, time elements), never a guess from prose."""
    found = find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    return date.fromisoformat(found) if found else None


def read_html_file(path: Path) -> Iterator[ReadResult]:
    yield article_from_html(decode_text(path.read_bytes()), source=str(path))


def html_ingester() -> Ingester:
    return Ingester((".html", ".htm", ".xhtml"), read_html_file)
