"""Feeds (RSS, Atom, via feedparser) and sitemaps (url sets and sitemap indexes): the links they list."""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin, urlsplit

import feedparser
from lxml import etree

from dateline.ingest.warc import html_content
from dateline.sources.http import MAX_BODY_BYTES, Response

#: No entities expanded, no DTD or anything else loaded: a sitemap is data from a stranger.
_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True, slots=True)
class Listing:
    """A feed's or a sitemap's links: ``pages`` (articles, fetched once) and ``listings`` (a sitemap index's
    sitemaps, read again on every fetch, as the feed or index itself is)."""

    pages: list[str]
    listings: list[str]


def read_listing(answer: Response) -> Listing | None:
    """The links a feed or sitemap lists; None when the answer is neither (a page, say)."""
    if html_content(answer.header("Content-Type") or ""):
        return None
    body = _gunzipped(answer.body)
    return _sitemap(body, answer.url) or _feed(body, answer.url)


def _sitemap(body: bytes, base: str) -> Listing | None:
    try:
        root = etree.fromstring(body, _XML)
    except (etree.LxmlError, ValueError):
        return None
    kind = etree.QName(root).localname if isinstance(root.tag, str) else None
    if kind == "urlset":
        return Listing(web_links(base, (loc.text for loc in root.iterfind("{*}url/{*}loc"))), [])
    if kind == "sitemapindex":
        return Listing([], web_links(base, (loc.text for loc in root.iterfind("{*}sitemap/{*}loc"))))
    return None


def _feed(body: bytes, base: str) -> Listing | None:
    feed = feedparser.parse(body)
    if not feed.get("version"):
        return None
    return Listing(web_links(base, (entry.get("link") for entry in feed.entries)), [])


def web_links(base: str, links: Iterable[str | None]) -> list[str]:
    """Absolute http(s) URLs without fragments, each once, in the order listed."""
    found: dict[str, None] = {}
    for link in links:
        try:
            url = urldefrag(urljoin(base, link.strip())).url if link else ""
        except ValueError:  # an unbalanced IPv6 bracket, say
            continue
        if is_web_url(url):
            found[url] = None
    return list(found)


def is_web_url(text: str) -> bool:
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _gunzipped(body: bytes) -> bytes:
    """A gzipped sitemap (``sitemap.xml.gz``) unpacked, no larger than any answer may be."""
    if not body.startswith(_GZIP_MAGIC):
        return body
    try:
        return zlib.decompressobj(wbits=31).decompress(body, MAX_BODY_BYTES)
    except zlib.error:
        return body
