"""HTML pages: trafilatura finds the main text and title, :mod:`dateline.ingest.published` the publication date.

A page is parsed once: the date is read from a copy of its tree, other stories and layout tables are taken out
of the tree itself, and trafilatura (which copies a tree it is given) and the continued-story walk read it.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path

import trafilatura
from lxml import html as lxml_html
from trafilatura.settings import Document

from dateline.errors import SkippedInput, SkipReason, Warned, WarnReason
from dateline.ingest import Ingester, ReadResult
from dateline.ingest.checks import decode_text
from dateline.ingest.continued import with_story_continued
from dateline.ingest.layout import read_as_table_rows, unwrap_layout_tables
from dateline.ingest.published import PageDate, parse_page, tree_date
from dateline.ingest.stories import drop_other_stories
from dateline.model import RawArticle


def article_from_html(html: str, source: str, url: str | None = None) -> RawArticle:
    """The main text, title and publication day of one page; raises a skip when no text is found."""
    tree = parse_page(html)
    links: frozenset[str] = frozenset()
    pictures: frozenset[str] = frozenset()
    if tree is None:  # lxml cannot read it: trafilatura tries the page as it is, and nothing dates it
        document, found = _extract(html, url), None
    else:
        found = tree_date(copy.deepcopy(tree), url)
        links, pictures = link_texts(tree), picture_texts(tree)
        document = _story_document(tree, html, url)
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise SkippedInput(SkipReason.EMPTY)
    if tree is not None:
        text = with_story_continued(tree, text)
    dated = found if found is not None and found.corroborated else None
    return RawArticle(source=source, text=text, title=getattr(document, "title", None), url=url,
                      published=dated.earliest if dated else None, published_latest=dated.latest if dated else None,
                      published_basis=dated.basis if dated else "metadata", warnings=_candidate_only(found, source),
                      outlet=getattr(document, "sitename", None) or None, extracted=True, links=links,
                      authors=authors_named(getattr(document, "author", None)), pictures=pictures)


def authors_named(author: str | None) -> tuple[str, ...]:
    """The authors in the extractor's author field, which sets them apart with semicolons ("Ann Cole; Tom
    Reyes")."""
    return tuple(name for part in (author or "").split(";") if (name := " ".join(part.split())))


def picture_texts(tree: lxml_html.HtmlElement) -> frozenset[str]:
    """The description (alt text) of each picture of a page, its spacing collapsed: the cleaner knows by them the
    captions that the extractor kept between the paragraphs (:func:`dateline.clean.boilerplate.alt_captions`)."""
    return frozenset(text for image in tree.iter("img") if (text := " ".join((image.get("alt") or "").split())))


def link_texts(tree: lxml_html.HtmlElement) -> frozenset[str]:
    """The text of each link of a page, its spacing collapsed: the cleaner knows by them a box of other
    stories' titles that the extractor kept below the article (:mod:`dateline.clean.link_boxes`). A link that
    holds a teaser's title and its blurb in two elements is read both run together, as the page's markup has
    it, and with a space between the elements, as the extractor writes them."""
    texts = {text for anchor in tree.iter("a")
             for text in (" ".join(anchor.text_content().split()), " ".join(" ".join(anchor.itertext()).split()))}
    return frozenset(texts - {""})


def _story_document(tree: lxml_html.HtmlElement, html: str, url: str | None) -> Document | None:
    """trafilatura's reading of the page ``tree`` once other stories are out of it, read again with the layout
    tables as blocks when it set the story in table rows (:func:`~dateline.ingest.layout.read_as_table_rows`);
    the page ``html`` read whole when the pruned tree gives no text. Both steps change the tree, which the
    continued-story walk then reads."""
    pruned = drop_other_stories(tree)
    document = _extract(tree, url)
    if document is not None and read_as_table_rows(document.text or "") and unwrap_layout_tables(tree):
        document = _extract(tree, url) or document
    return document or (_extract(html, url) if pruned else None)


def _extract(html: str | lxml_html.HtmlElement, url: str | None) -> Document | None:
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
