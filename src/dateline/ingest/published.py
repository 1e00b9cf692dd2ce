"""An HTML page's publication day: the page's structured metadata first, then a guess from its markup.

htmldate reads the metadata well (JSON-LD ``datePublished`` also inside ``@graph``, ``article:published_time``,
``og:``/``itemprop`` dates, ``<time datetime>``) and keeps the timestamp's own offset, so the date part of
what it returns is the publisher's local day (21:11 −05:00 is that day, not the next UTC day). Its weakness
is the page body: with ``original_date=True`` it takes the oldest date it sees, and a sidebar or a list of
related articles holds older dates than the article. So it reads two reductions of the page:

1. the metadata: the ``<head>``, every JSON-LD block, every ``itemprop="datePublished"`` element and the
   ``<time>`` elements of the article's own header: a date found there is the page's statement, basis
   "metadata". A head element that points at a media file or an asset (``og:image``, ``twitter:image``, an
   icon, a stylesheet, a script) is left out: the date in its URL (``/Images/2019/10/27/…jpg``) is the day
   the file was uploaded, often weeks before the article, never the page's statement;
2. only when that finds none, the page without its furniture (asides, navigation, footers, related and
   recommended lists): a guess from the markup, basis "text", which the ``dateline_pubdate`` component
   checks against the article's own dateline or stamp.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from datetime import date

from htmldate import find_date
from lxml import html as lxml_html
from lxml.etree import ParserError

from dateline.model import PublishedBasis

#: The timestamp with its offset; the day is its first ten characters, the publisher's local day.
_TIMESTAMP = "%Y-%m-%dT%H:%M:%S%z"
#: Elements that are page furniture around the article, never its date.
_FURNITURE = ("//aside | //nav | //footer | //*[@role='complementary' or @role='navigation']"
              " | //*[contains(concat(' ', normalize-space(@class), ' '), ' sidebar ')"
              " or contains(@class, 'related') or contains(@class, 'recommended') or contains(@class, 'most-popular')"
              " or contains(@id, 'sidebar') or contains(@id, 'related')]")
#: A URL of a media file or an asset, by its extension: an image's upload day is in its path, not the article's.
_ASSET_URL = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg|bmp|ico|tiff?|mp4|m4v|webm|mov|mp3|m4a|ogg|wav|css|js|"
                        r"woff2?|ttf|eot|pdf)(?:[?#].*)?$", re.IGNORECASE)
#: Head elements about a media file whatever its URL looks like ("og:image" may end in a query string).
_MEDIA_PROPERTY = re.compile(r"(?:^|:)(?:image|video|audio|thumbnail)(?:$|:)", re.IGNORECASE)
#: Where a page states its own date outside ``<head>``.
_STATED = ("//script[@type='application/ld+json'] | //*[@itemprop='datePublished']"
           " | //article//header//time[@datetime] | //header//time[@datetime and (@pubdate or @itemprop)]")


@dataclass(frozen=True, slots=True)
class PageDate:
    """The publication day a page gives and how: "metadata" when stated, "text" when guessed from markup."""

    day: date
    basis: PublishedBasis


def page_date(html: str) -> PageDate | None:
    """The page's publication day, from its metadata when stated, else guessed from the markup without its
    furniture; None when neither gives one."""
    try:
        tree = lxml_html.document_fromstring(html)
    except (ParserError, ValueError):
        return None
    _drop(tree, _FURNITURE)
    stated = _htmldate_day(_metadata_only(tree))
    if stated is not None:
        return PageDate(stated, "metadata")
    guessed = _htmldate_day(tree)
    return PageDate(guessed, "text") if guessed is not None else None


def _metadata_only(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """A page holding only the places a publisher states the date: the head, and the stated elements."""
    reduced = lxml_html.document_fromstring("<html><head></head><body></body></html>")
    head, body = reduced.find("head"), reduced.find("body")
    for element in tree.xpath("//head/*"):
        if not _points_at_media(element):
            head.append(copy.deepcopy(element))
    for element in tree.xpath(_STATED):
        if element.getparent() is not None and element.getparent().tag != "head":
            body.append(copy.deepcopy(element))
    return reduced


def _points_at_media(element: lxml_html.HtmlElement) -> bool:
    """Is a head element about a media file or an asset: an ``og:image``/``twitter:image``/``itemprop=image``
    meta, or a link or script whose URL is a file such as ``….jpg``, ``….css``?"""
    names = " ".join(element.get(attribute, "") for attribute in ("property", "name", "itemprop", "rel"))
    if element.tag == "meta" and any(_MEDIA_PROPERTY.search(name) for name in names.split()):
        return True
    return any(_ASSET_URL.search(element.get(attribute, "").strip()) for attribute in ("content", "href", "src"))


def _htmldate_day(tree: lxml_html.HtmlElement) -> date | None:
    """The day htmldate finds in ``tree`` without searching the prose, in the timestamp's own offset."""
    found = find_date(tree, extensive_search=False, original_date=True, outputformat=_TIMESTAMP)
    return date.fromisoformat(found[:10]) if found else None


def _drop(tree: lxml_html.HtmlElement, xpath: str) -> None:
    for element in tree.xpath(xpath):
        if element.getparent() is not None:
            element.drop_tree()
