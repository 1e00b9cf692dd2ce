"""HTML pages: trafilatura finds the main text and title, :mod:`dateline.ingest.published` the publication date."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import trafilatura
from trafilatura.settings import Document

from dateline.errors import SkippedInput, SkipReason, Warned, WarnReason
from dateline.ingest import Ingester, ReadResult
from dateline.ingest.checks import decode_text
from dateline.ingest.continued import with_story_continued
from dateline.ingest.layout import without_layout_tables
from dateline.ingest.published import PageDate, page_date, parse_page
from dateline.ingest.stories import without_other_stories
from dateline.model import RawArticle


def article_from_html(html: str, source: str, url: str | None = None) -> RawArticle:
    """The main text, title and publication day of one page; raises a skip when no text is found."""
    pruned = without_layout_tables(without_other_stories(html))
    document = _extract(pruned, url) or (_extract(html, url) if pruned is not html else None)
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise SkippedInput(SkipReason.EMPTY)
    tree = parse_page(pruned)
    if tree is not None:
        text = with_story_continued(tree, text)
    found = page_date(html, url)
    dated = found if found is not None and found.corroborated else None
    return RawArticle(source=source, text=text, title=getattr(document, "title", None), url=url,
                      published=dated.earliest if dated else None, published_latest=dated.latest if dated else None,
                      published_basis=dated.basis if dated else "metadata", warnings=_candidate_only(found, source),
                      outlet=getattr(document, "sitename", None) or None, extracted=True)


def _extract(html: str, url: str | None) -> Document | None:
    """trafilatura's main text and metadata of a page; None when it finds no text (a page whose other stories
    were taken out is then read whole, as it always was)."""
    document = trafilatura.bare_extraction(html, url=url, include_comments=False, with_metadata=True)
    return document if isinstance(document, Document) and (getattr(document, "text", None) or "").strip() else None


def _candidate_only(found: PageDate | None, source: str) -> tuple[Warned, ...]:
    """A warning naming the page's uncorroborated prose guess: below the confidence line it is no date of
    the article's, but the user hears of it, for audit (the article is dated from its text instead)."""
    if found is None or found.corroborated:
        return ()
    return (Warned(source, WarnReason.UNCORROBORATED_PUBLISHED,
                   f"{found.earliest.isoformat()} from the page's prose, kept as a candidate"),)


def read_html_file(path: Path) -> Iterator[ReadResult]:
    yield article_from_html(decode_text(path.read_bytes()), source=str(path))


def html_ingester() -> Ingester:
    return Ingester((".html", ".htm", ".xhtml"), read_html_file)
