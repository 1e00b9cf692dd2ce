"""An HTML page's publication day: the page's structured metadata first, then a guess from its markup.

htmldate reads the metadata well (JSON-LD ``datePublished`` also inside ``@graph``, ``article:published_time``,
``og:``/``itemprop`` dates, ``<time datetime>``) and keeps the timestamp's own offset, so the date part of
what it returns is the publisher's local day (21:11 −05:00 is that day, not the next UTC day). Its weakness
is the page body: with ``original_date=True`` it takes the oldest date it sees, and a sidebar or a list of
related articles holds older dates than the article. So it reads two reductions of the page:

1. the metadata: the ``<head>``, every JSON-LD block, every ``itemprop="datePublished"`` element and the
   ``<time>`` elements of the article's own header: a date found there is the page's statement, basis
   "metadata". A head element that points at a media file or an asset (``og:image``, ``twitter:image``, an
   icon, a stylesheet, a script) is left out: the date in its URL (``/Images/2019/10/27/…jpg``) is the day the
   file was uploaded, often weeks before the article, never the page's statement. So is a head script other
   than JSON-LD, or a ``<meta>`` holding JSON (a data layer, a player's settings): the page's code and analytics
   data, whose "timestamp" is when the page was served. A published date stated anywhere there beats a
   modification stamp in the head (``article:modified_time``), which htmldate would otherwise return first
   ("Last Updated: January 7, 2025" on a page whose JSON-LD says it was published in 2020); a modification
   stamp alone is no statement of the publication (a page revised years later, or stamped on the next UTC
   day), and a header ``<time>`` the page labels "updated" is no statement at all. A ``<meta>`` that keeps its
   value in ``value`` rather than ``content``, or a stamp in the Unix ``date`` shape ("Mon Aug 03 12:45:00 EDT
   2015"), is read only when the usual reading states nothing;
2. only when that finds none, the page's visible date line, else its first ``<time datetime>`` that is no
   update stamp, else a lone modification stamp where the page's witnesses of its day (below) name its day and
   no other, else the page without its furniture (asides, navigation, footers, related and recommended
   lists), its markup first and its prose last (a numeric "5/24/2016 02:05 PM" over the headline, which
   no date-line rule reads): a guess, basis "text", which the ``dateline_pubdate`` component checks
   against the article's own dateline or stamp.

The prose search takes the oldest date anywhere in the page's words (a quoted statement's day, a past event
the story recalls, a year alone padded to 1 January), so a day it finds is shown only when the page's own
witnesses of its day corroborate it and none contradicts it: the day its header prints in full (the headline
and the byline or date line under it, up to the story's first paragraph), the one day its stamps print (short
elements holding a date and a clock time, "5/24/2016 02:05 PM"), the day its own URL carries
(``…-20191115/``). Otherwise :func:`page_date` returns it as a candidate (``corroborated`` False), kept for
audit and shown as unknown. A ``<time>`` stands only when no witness names another day.

Many pages state the UTC instant (``2019-11-20T05:57:50Z``), or a UTC clock under a wrong offset, so the day
of the metadata is the next day for an American evening story. The visible date line under the headline
("March 4, 2020 at 6:40 PM HST") is printed in the publisher's own zone: where the metadata's day is the
UTC day of a UTC stamp and the date line names the day before or after, which that instant is in some zone
(UTC−12 to UTC+14), the date line's day is the publisher's local day. Where the date line names the day
before or after and no UTC stamp reconciles them, the page gives both days, a range. A page that prints no
date line may still print its zone beside a stamp's clock ("Updated 12:24 am EST"): a UTC instant is then
read on that zone's clock (:mod:`dateline.ingest.zones`).

A site's logo or masthead is often the page's first ``<h1>``, with the day's date after it: the article's
headline is the ``<h1>`` its title names (:func:`article_headline`), and the header and date line are read
after that one.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import NamedTuple
from urllib.parse import urlsplit

from htmldate import find_date
from lxml import html as lxml_html
from lxml.etree import ParserError

from dateline.days import MONTHS, UPDATE_LABEL, WEEKDAYS
from dateline.ingest.zones import printed_zone
from dateline.model import PublishedBasis

#: The timestamp with its offset; the day is its first ten characters, the publisher's local day.
_TIMESTAMP = "%Y-%m-%dT%H:%M:%S%z"
#: Elements that are page furniture around the article, never its date (a site header's date is today's).
_FURNITURE = ("//aside | //nav | //footer | //*[@role='complementary' or @role='navigation' or @role='banner']"
              " | //*[contains(concat(' ', normalize-space(@class), ' '), ' sidebar ')"
              " or contains(@class, 'related') or contains(@class, 'recommended') or contains(@class, 'most-popular')"
              " or contains(@id, 'sidebar') or contains(@id, 'related') or contains(@class, 'site-header')]")
#: A URL of a media file or an asset, by its extension: an image's upload day is in its path, not the article's.
_ASSET_URL = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg|bmp|ico|tiff?|mp4|m4v|webm|mov|mp3|m4a|ogg|wav|css|js|"
                        r"woff2?|ttf|eot|pdf)(?:[?#].*)?$", re.IGNORECASE)
#: Head elements about a media file whatever its URL looks like ("og:image" may end in a query string).
_MEDIA_PROPERTY = re.compile(r"(?:^|:)(?:image|video|audio|thumbnail)(?:$|:)", re.IGNORECASE)
#: A head element's name for a modification stamp rather than the publication.
_MODIFIED_NAME = re.compile(r"modif|updated", re.IGNORECASE)
#: Where a page states its own date outside ``<head>``.
_STATED = ("//script[@type='application/ld+json'] | //*[@itemprop='datePublished']"
           " | //article//header//time[@datetime] | //header//time[@datetime and (@pubdate or @itemprop)]")
#: A UTC timestamp, "Z" or a zero offset: its day is the UTC day, not necessarily the publisher's.
_UTC_STAMP = re.compile(r"\b(\d{4}-\d\d-\d\d)[T ](\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)\b")
#: Where a page prints its date line: a ``<time>`` element, or an element named for a date or a byline.
_DATE_LINE_NAME = re.compile(r"date|time|byline|publish|posted|stamp|meta", re.IGNORECASE)
#: A date line is short: a longer element is a paragraph or a block holding one.
_DATE_LINE_CHARS = 160
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
#: A full date in words: "Nov. 19, 2019", "Monday, November 18th, 2019", "18 November 2019".
_WORDED_DATE = re.compile(rf"\b(?:({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})"
                          rf"|(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\.?,?\s+(\d{{4}}))\b", re.IGNORECASE)
#: A stamp in the Unix ``date`` (and Java ``Date``) shape: "Mon Aug 03 12:45:00 EDT 2015", groups as
#: :data:`_WORDED_DATE`'s month-first ones.
_UNIX_STAMP = re.compile(rf"[A-Z][a-z]{{2}}\s+({_MONTH})\s+(\d{{1,2}})\s+\d\d:\d\d:\d\d\s+[A-Z]{{2,5}}\s+(\d{{4}})",
                         re.IGNORECASE)
#: A machine-readable day, as a ``<time datetime>`` gives it.
_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d(?!\d)")
#: How far before a ``<time>`` an "Updated" may stand to make it an update stamp ("Last updated on ").
_WORDS_BEFORE = 30
#: How much of the page after the headline is its header (headline, byline, date line) at most.
_HEADER_CHARS = 300
#: A paragraph this long is the story's text: the header ends before it.
_PARAGRAPH_CHARS = 100
#: A stamp is a date and a clock time alone: a longer element holds more than the stamp.
_STAMP_CHARS = 40
#: The body's short elements with a colon in their words: where a stamp's clock time may be.
_SHORT_WITH_COLON = ("//body//*[not(self::script or self::style) and string-length(normalize-space(.)) <= $most"
                     " and contains(., ':')]")
#: A numeric date, month first as htmldate reads it: "5/24/2016", "11/18/19".
_NUMERIC_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d\d)(?![\d/])")
#: A weekday and then a numeric date, either order: "Wednesday 8.5.15", "Tue, 05/12/2020".
_WEEKDAY_NUMERIC = re.compile(rf"\b({'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})\.?,?\s+"
                              r"(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d\d)(?![\d./-])", re.IGNORECASE)
#: A clock time, as a stamp prints one ("02:05 PM", "17:19", "1:15:09").
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d\d(?::\d\d)?(?!\d)")
#: Where a page names its own URL (a canonical link on another site is dropped before this is read).
_OWN_URLS = "//head/meta[@property='og:url']/@content | //head/link[@rel='canonical']/@href"
#: A day in a URL's path: year, month and day, with or without separators, not inside a longer number.
_URL_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)[/_-]?(\d\d)[/_-]?(\d\d)(?!\d)")
#: The zones a publisher may print its local day in, as offsets from UTC.
_EARLIEST_ZONE, _LATEST_ZONE = timedelta(hours=-12), timedelta(hours=14)


@dataclass(frozen=True, slots=True)
class PageDate:
    """The publication days a page gives and how: "metadata" when stated, "text" when guessed from markup.
    One day, or two (``earliest`` the day before ``latest``) when the metadata and the date line disagree
    by a day and nothing tells which is the publisher's local day: a range that holds beats a wrong day."""

    earliest: date
    latest: date
    basis: PublishedBasis
    #: False for a guess from the page's prose that nothing independent on the page confirms: a candidate
    #: below the confidence line, for audit, never the page's day.
    corroborated: bool = True

    @classmethod
    def on(cls, day: date, basis: PublishedBasis, corroborated: bool = True) -> PageDate:
        return cls(day, day, basis, corroborated)


#: Control characters lxml parses but will not write back into a text node (as dropping an element re-sets
#: its neighbour's tail): a page ending in a vertical tab made dropping its footer raise.
_XML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


#: Pages are read without their comments and processing instructions, as trafilatura reads them: the one tree
#: the ingest steps share is then the one it would have parsed itself (a comment left in it changes what it
#: extracts, as an element among a paragraph's children).
_PAGE_PARSER = lxml_html.HTMLParser(remove_comments=True, remove_pis=True)


def parse_page(html: str) -> lxml_html.HtmlElement | None:
    """The page's element tree; None when lxml cannot read it."""
    try:
        return lxml_html.document_fromstring(_XML_UNSAFE.sub(" ", html), parser=_PAGE_PARSER)
    except (ParserError, ValueError):
        return None


def page_date(html: str, url: str | None = None) -> PageDate | None:
    """The page's publication day, from its metadata when stated, else guessed from the markup without its
    furniture (a guess from its prose marked uncorroborated unless the page's header, a stamp or its URL
    ``url`` prints the same day); None when neither gives one."""
    tree = parse_page(html)
    return None if tree is None else tree_date(tree, url)


def tree_date(tree: lxml_html.HtmlElement, url: str | None = None) -> PageDate | None:
    """:func:`page_date` of a page already parsed, ``tree``, which it takes the furniture out of."""
    _drop(tree, _FURNITURE)
    for link in tree.xpath("//head/link[@rel='canonical']"):
        if _canonical_elsewhere(link, tree):
            link.drop_tree()
    metadata = _metadata_only(tree)
    stated = _published_time(metadata)
    if stated is None:
        metadata = _read_unusual_stamps(metadata)
        stated = _published_time(metadata)
    line = date_line(tree)
    if stated is not None:
        return _stated_days(stated, line, tree, lxml_html.tostring(metadata, encoding="unicode"))
    if line is not None:
        return PageDate.on(line.day, "text")
    witnessed = _witnesses(tree, url)
    stamped = _time_stamp_day(tree)
    if stamped is not None and witnessed <= {stamped}:
        return PageDate.on(stamped, "text")
    modified = _htmldate_day(metadata)
    if modified is not None and witnessed == {modified}:
        return PageDate.on(modified, "text")
    guessed = _htmldate_day(tree, in_prose=True) or modified
    if guessed is not None and witnessed != {guessed} and witnessed == {_swapped(guessed)}:
        guessed = _swapped(guessed)  # a numeric date read the other way round: the witnesses' order is the page's
    return PageDate.on(guessed, "text", witnessed == {guessed}) if guessed is not None else None


def _day_or_none(year: int, month: int, day: int) -> date | None:
    """The day these numbers name, or None where they name none (a 31 November, a month 13 from a day-first date
    read month first, a URL's 2019-13-45): every reader of a page's numbers asks it."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_year(year: int) -> int:
    """A year printed with two digits in full ("8.5.15": 2015, "3/4/98": 1998); one printed in full as it is."""
    return year if year >= 100 else year + (2000 if year < 50 else 1900)


def _swapped(day: date) -> date | None:
    """``day`` with its month and day of the month swapped: what htmldate reads in "06/10/2017" when the page
    printed it the other way round (it reads month first where both are months; the pubdate ablation, every
    statement taken away: its guesses of four outlets' pages were the swapped day). None where that is no day."""
    return _day_or_none(day.year, day.day, day.month)


def _witnesses(tree: lxml_html.HtmlElement, url: str | None) -> set[date]:
    """The days the page's own witnesses of its day name, besides its ``<time>`` markup and its prose: its
    header printing a day in full, the one day its stamps print (a page whose stamps print several is a
    list), the day its own URL carries. Each is where a publisher puts the article's own day, which an old
    date quoted in the story or listed beside it is not. A guess from the prose is shown only when they
    name it and no other day, and a ``<time>`` stands only when none names another day (its ``datetime``
    a UTC instant while the stamp prints the local day, an embedded post's stamp, a teaser list's)."""
    own_urls = [url or "", *tree.xpath(_OWN_URLS)]
    stamped = _stamps_day(tree)
    witnessed = {_printed_day(header_zone(tree)), *(_url_day(own) for own in own_urls),
                 *(stamped if len(stamped) == 1 else ()), _weekday_checked_day(header_zone(tree))}
    return {day for day in witnessed if day is not None}


def _weekday_checked_day(text: str) -> date | None:
    """The day a numeric date printed after its weekday names ("Wednesday 8.5.15"), in the one order, month first
    or day first, that falls on that weekday; None where both orders or neither do. A numeric date alone is
    ambiguous (:func:`_numeric_day` reads none where both orders are days), and its weekday settles it."""
    found = _WEEKDAY_NUMERIC.search(text)
    if found is None:
        return None
    first, second, year = int(found[2]), int(found[3]), _full_year(int(found[4]))
    fitting = {day for day in (_day_or_none(year, first, second), _day_or_none(year, second, first))
               if day is not None and day.weekday() == WEEKDAYS[found[1].lower()]}
    return fitting.pop() if len(fitting) == 1 else None


def header_zone(tree: lxml_html.HtmlElement) -> str:
    """The words after the headline up to the story's first paragraph (at most :data:`_HEADER_CHARS`): the
    byline and the date line under the headline, where a page prints its article's day; empty without
    a headline."""
    headline = article_headline(tree)
    if headline is None:
        return ""
    words: list[str] = []
    for node in headline.xpath("following::text()[not(ancestor::script or ancestor::style)]"):
        holder = node.getparent()
        holder = holder.getparent() if node.is_tail and holder is not None else holder
        if holder is not None and any(len(p.text_content()) >= _PARAGRAPH_CHARS
                                      for p in holder.xpath("ancestor-or-self::p")):
            break
        words.append(str(node))
        if sum(map(len, words)) >= _HEADER_CHARS:
            break
    return " ".join(" ".join(words).split())[:_HEADER_CHARS]


def _stamps_day(tree: lxml_html.HtmlElement) -> set[date]:
    """The days the page's own stamps print: short elements holding a date and a clock time and nothing
    else ("5/24/2016 02:05 PM"). A page of one article prints one such day; a list prints several, and then
    none of them is the article's."""
    days: set[date] = set()
    for element in tree.xpath(_SHORT_WITH_COLON, most=_STAMP_CHARS):  # the length test in C: pages are large
        shown = " ".join(" ".join(element.itertext()).split())
        if len(shown) <= _STAMP_CHARS and _CLOCK.search(shown) and (day := _printed_day(shown)) is not None:
            days.add(day)
    return days


def _printed_day(text: str) -> date | None:
    """The first day ``text`` prints in full (one not labelled an update, where it prints one): a date in words
    ("Apr. 28, 2023", which htmldate's prose search pads to 1 January) or in digits ("11/19/2019", which it reads as
    1 January after a clock time), else the day htmldate reads in it ("2019-11-19"), when its year, month and day of
    the month are all among the numbers besides clock times (htmldate pads a date it reads in part, and a padded day
    corroborates nothing)."""
    if (worded := _first_published(text) or _WORDED_DATE.search(text)) is not None:
        return _worded_day(worded)
    if (numeric := _NUMERIC_DATE.search(text)) is not None:
        return _numeric_day(numeric)
    page = lxml_html.document_fromstring("<html><body><p></p></body></html>")
    page.find(".//p").text = text
    day = _htmldate_day(page, in_prose=True) if text else None
    if day is None:
        return None
    numbers = {int(found) for found in re.findall(r"\d+", _CLOCK.sub(" ", text))}
    return day if {day.year, day.month, day.day} <= numbers else None


def _first_published(text: str) -> re.Match[str] | None:
    """The first full date in words in ``text`` that no "Updated" labels: one with no "Updated" among the words
    since the date before it. A stamp line may print the update first and the publication after it
    ("Updated: 9:12 a.m. Monday, May 9, 2016 | Posted: 8:00 a.m. Tuesday, May 3, 2016"), and the
    update's day is a later edit's, as an update ``<time>``'s is (:func:`_stamps_update`)."""
    since = 0
    for found in _WORDED_DATE.finditer(text):
        if not UPDATE_LABEL.search(text[since:found.start()]):
            return found
        since = found.end()
    return None


def _numeric_day(found: re.Match[str]) -> date | None:
    """A numeric date month first, as American pages print it and htmldate reads it ("11/18/19"); None where
    the day-first reading is another valid day (4/2/2016 may be 2 April or 4 February), and for a day-first
    date ("15/08/24", a market quote's stamp as often as the article's): no witness then."""
    month, day, year = int(found[1]), int(found[2]), _full_year(int(found[3]))
    if month != day and month <= 12 and day <= 12:
        return None
    return _day_or_none(year, month, day)  # None for 24/5/2016 read month first


def _url_day(url: str) -> date | None:
    """The day a URL's path carries, with or without separators (``/2019/11/15/``, ``-20191115/``): by hand,
    since htmldate's URL reader wants the separators."""
    found = _URL_DAY.search(urlsplit(url.strip()).path)
    return _day_or_none(int(found[1]), int(found[2]), int(found[3])) if found else None


class DateLine(NamedTuple):
    """A visible date line's day, and whether the page labels it an update ("Updated 12:24 am EST, …")."""

    day: date
    updated: bool


def date_line(tree: lxml_html.HtmlElement) -> DateLine | None:
    """The page's visible date line: the first short ``<time>`` or date/byline element after the headline
    that names a full date in words before any "Updated" of its own (a date before the headline is the
    masthead's, today's date); None when there is none. One whose "Updated" stands just before it is
    kept, marked: an update is most often the publication's own day, and the publisher's zone tells when
    it is not (:func:`page_date`)."""
    headline = article_headline(tree)
    after_headline = headline is None
    for element in tree.iter():
        after_headline = after_headline or element is headline
        if after_headline and isinstance(element.tag, str) and _names_a_date_line(element):
            text = " ".join(element.text_content().split())
            found = _first_published(text) if len(text) <= _DATE_LINE_CHARS else None
            day = _worded_day(found) if found else None
            if day is not None:
                return DateLine(day, bool(UPDATE_LABEL.search(_words_before(element))))
    return None


def article_headline(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The article's ``<h1>``: the one whose words the page's title (``og:title``, else ``<title>``) holds,
    since a site's logo or masthead may be an earlier ``<h1>``; else the first with words, else the first. None
    where the page has several ``<h1>`` with words and its title names none: a list of teasers' headlines, whose
    dates under them are other stories'."""
    headlines = tree.findall(".//h1")
    title = page_title(tree)
    worded = [h for h in headlines if " ".join(h.text_content().split())]
    if not worded and title:
        lower = _lower_headline(tree, title)
        return lower if lower is not None else next(iter(headlines), None)
    named = [h for h in worded if names_heading(title, h)]
    if named or not title or len(worded) <= 1:
        return next(iter(named or worded or headlines), None)
    return None  # several headlines, none the title's: a list of teasers, whose dates are other stories'


def _lower_headline(tree: lxml_html.HtmlElement, title: str) -> lxml_html.HtmlElement | None:
    """On a page with no ``<h1>`` that has words, the longest ``<h2>`` or ``<h3>`` that the page's ``title``
    names: the article's headline set a level lower, under a masthead that prints the day's date ("Friday, May
    27, 2016", the crawl's day, read as the date line when nothing marks where the article begins; the pubdate
    ablation, every statement taken away: a press-release site's page). The title holds the site's name as well,
    which a masthead may set as a heading too: the headline is the longer."""
    named = [h for h in tree.iter("h2", "h3") if " ".join(h.text_content().split()) and names_heading(title, h)]
    return max(named, key=lambda h: len(" ".join(h.text_content().split())), default=None)


def page_title(tree: lxml_html.HtmlElement) -> str:
    """The page's titles (``og:title`` and ``<title>``), run together and case-folded, for
    :func:`names_heading`."""
    titles = [*tree.xpath("//head/meta[@property='og:title']/@content"), *tree.xpath("//head/title//text()")]
    return " ".join(" ".join(titles).split()).casefold()


def names_heading(title: str, heading: lxml_html.HtmlElement) -> bool:
    """Whether the page's title (:func:`page_title`) holds a heading's words: the article's headline, which a
    site's title repeats (perhaps with its own name after it), not a masthead's or a teaser's."""
    return " ".join(heading.text_content().split()).casefold() in title


def _stamp_texts(tree: lxml_html.HtmlElement, header: str) -> list[str]:
    """Where the page prints its stamps' clocks: its ``header`` under the headline (:func:`header_zone`) and its
    short date-line elements (bylines, ``<time>``, "timestamp" blocks), the masthead's included: the zone is the
    site's."""
    lines = (" ".join(element.text_content().split()) for element in tree.iter()
             if isinstance(element.tag, str) and _names_a_date_line(element))
    return [header, *(line for line in lines if len(line) <= _DATE_LINE_CHARS)]


def _publishers_day(stated: datetime, zone: tzinfo | None) -> date:
    """The day of a stated instant on the publisher's clock: a UTC instant read in the zone the page prints,
    else the stamp's own day. Midnight UTC exactly is how a bare date is often padded, no instant: its day
    stands."""
    is_utc_instant = stated.utcoffset() == timedelta(0) and stated.time() != datetime.min.time()
    return stated.astimezone(zone).date() if zone is not None and is_utc_instant else stated.date()


def _time_stamp_day(tree: lxml_html.HtmlElement) -> date | None:
    """The day in the ``datetime`` of the page's first ``<time>`` that is not an update stamp: a page that
    shows "1 day ago" still stamps the day for machines."""
    for element in tree.xpath("//body//time[@datetime]"):
        if _ISO_DAY.match(element.get("datetime")) and not _stamps_update(element):
            return date.fromisoformat(element.get("datetime")[:10])
    return None


def _stamps_update(element: lxml_html.HtmlElement) -> bool:
    """Is a ``<time>`` an update stamp: "Updated" in its text or in the words just before it (``last updated
    <time datetime="2017-04-04">4 April 17</time>``, ``<span>Updated:</span> <time …>``)? Its day is a later
    edit's, never the publication."""
    return bool(UPDATE_LABEL.search(element.text_content()) or UPDATE_LABEL.search(_words_before(element)))


def _words_before(element: lxml_html.HtmlElement) -> str:
    """The last :data:`_WORDS_BEFORE` characters shown before ``element`` in its parent (a comment shows none),
    back to the ``<time>`` before it: that stamp's own words ("Updated 20 hours ago") label that stamp, not
    the next one ("Posted yesterday")."""
    before = ""
    for sibling in element.itersiblings(preceding=True):  # the nearest first
        if sibling.tag == "time":
            return ((sibling.tail or "") + before)[-_WORDS_BEFORE:]
        shown = sibling.text_content() if isinstance(sibling.tag, str) else ""
        before = shown + (sibling.tail or "") + before
        if len(before) >= _WORDS_BEFORE:
            return before[-_WORDS_BEFORE:]
    parent = element.getparent()
    opening = (parent.text or "") if parent is not None else ""
    return (opening + before)[-_WORDS_BEFORE:]


def _names_a_date_line(element: lxml_html.HtmlElement) -> bool:
    names = " ".join(element.get(attribute, "") for attribute in ("class", "id", "itemprop"))
    return element.tag == "time" or bool(_DATE_LINE_NAME.search(names))


def _worded_day(found: re.Match[str]) -> date | None:
    month, day, year = (found[1], found[2], found[3]) if found[1] else (found[5], found[4], found[6])
    return _day_or_none(int(year), MONTHS[month.lower()], int(day))


def _stated_days(stated: datetime, line: DateLine | None, tree: lxml_html.HtmlElement, metadata: str) -> PageDate:
    """The metadata's day on the publisher's clock where the page prints its zone; else the date line's when
    the metadata's day is the UTC day of a UTC stamp whose instant falls on the date line's day in some zone
    (the day the publisher printed is its local day); both days when the date line names the day before or
    after and no stamp settles it. A page with no date line element may still print its day in its header
    under the headline ("By Laura E. Adkins December 28, 2016"): that day settles a UTC stamp the same way,
    but never makes a range, since the header may hold other dates."""
    header = header_zone(tree)
    zone = printed_zone(_stamp_texts(tree, header))
    local = _publishers_day(stated, zone)
    if line is not None and line.updated and zone is not None and line.day > local:
        line = None  # the day of a later update, on the publisher's clock: no witness of the publication's
    if line is None:
        header_day = _header_day(header)
        settled = header_day is not None and _utc_day_settled(local, header_day, metadata)
        return PageDate.on(header_day if header_day is not None and settled else local, "metadata")
    if abs((line.day - local).days) != 1:
        return PageDate.on(local, "metadata")
    if _utc_day_settled(local, line.day, metadata):
        return PageDate.on(line.day, "metadata")
    return PageDate(min(local, line.day), max(local, line.day), "metadata")


def _header_day(header: str) -> date | None:
    """The day the header under the headline (:func:`header_zone`) prints, unless it labels an update there (its
    day is a later edit's)."""
    return None if UPDATE_LABEL.search(header) else _printed_day(header)


def _utc_day_settled(stated: date, shown: date, metadata: str) -> bool:
    """Is ``shown``, a day before or after the ``stated`` one, that day's UTC stamp's instant in some zone?"""
    if abs((shown - stated).days) != 1:
        return False
    for found in _UTC_STAMP.finditer(metadata):
        instant = datetime.fromisoformat(f"{found[1]}T{found[2]}:{found[3]}")
        if instant.date() == stated and (instant + _EARLIEST_ZONE).date() <= shown <= (instant + _LATEST_ZONE).date():
            return True
    return False


def _metadata_only(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """A page holding only the places a publisher states the date: the head (less its media, assets and scripts
    other than JSON-LD), and the stated elements."""
    reduced = lxml_html.document_fromstring("<html><head></head><body></body></html>")
    head, body = reduced.find("head"), reduced.find("body")
    for element in tree.xpath("//head/*"):
        if not _points_at_media(element) and not _is_page_script(element):
            head.append(copy.deepcopy(element))
    for element in tree.xpath(_STATED):
        if element.getparent() is not None and element.getparent().tag != "head" \
                and not (element.tag == "time" and _stamps_update(element)):
            body.append(copy.deepcopy(element))
    return reduced


def _is_page_script(element: lxml_html.HtmlElement) -> bool:
    """Is a head element a script other than JSON-LD: the page's code and its analytics' data, whose dates are
    when the server built or served the page ("timestamp":"2017-05-10 03:17:30" on a story of 2016, "tmstamp"
    a week after the story), never a statement of the publication? htmldate reads any date in it."""
    kind: str = element.get("type", "")
    if element.tag == "meta":  # a data layer's or a player's settings as JSON in a <meta>: page data likewise
        return (element.get("content") or element.get("value") or "").lstrip().startswith(("{", "["))
    return element.tag == "script" and kind.strip().lower() != "application/ld+json"


def _without_modified(metadata: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """The metadata without its head elements that stamp a modification (``article:modified_time``,
    ``dateModified``, ``last-modified``): htmldate falls back on such a stamp before it reads the JSON-LD
    ``datePublished`` further down, and a modified day never overrides a published one."""
    published = copy.deepcopy(metadata)
    for element in published.xpath("//head/meta"):
        names = " ".join(element.get(attribute, "") for attribute in ("property", "name", "itemprop", "http-equiv"))
        if _MODIFIED_NAME.search(names):
            element.drop_tree()
    return published


def _points_at_media(element: lxml_html.HtmlElement) -> bool:
    """Is a head element about a media file or an asset: an ``og:image``/``twitter:image``/``itemprop=image``
    meta, or a link or script whose URL is a file such as ``….jpg``, ``….css``?"""
    names = " ".join(element.get(attribute, "") for attribute in ("property", "name", "itemprop", "rel"))
    if element.tag == "meta" and any(_MEDIA_PROPERTY.search(name) for name in names.split()):
        return True
    return any(_ASSET_URL.search(element.get(attribute, "").strip()) for attribute in ("content", "href", "src"))


def _canonical_elsewhere(link: lxml_html.HtmlElement, tree: lxml_html.HtmlElement) -> bool:
    """Is a canonical link on another site than the page's own ``og:url``: a syndicated copy (MSN, Yahoo)
    pointing at the original, whose URL date is the original's day, not the copy's?"""
    own = tree.xpath("//head/meta[@property='og:url']/@content")
    return bool(own) and _host(own[0]) != _host(link.get("href", ""))


def _host(url: str) -> str:
    return urlsplit(url.strip()).netloc.lower().removeprefix("www.")


def _published_time(metadata: lxml_html.HtmlElement) -> datetime | None:
    """The published time the metadata states. A modification stamp alone is no statement of the publication
    (a page revised years later stamps that day, or the next UTC day): :func:`tree_date` reads it as a guess,
    shown only where the page's own witnesses of its day name it."""
    return _htmldate_time(_without_modified(metadata))


def _read_unusual_stamps(metadata: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """The metadata as htmldate can read it where a page writes its stamps unusually: a ``<meta>`` that holds
    its value in ``value`` instead of ``content`` (``<meta name="article:published_time" value="…">``, as some
    page stores and rewriting parsers save a page), a stamp in the Unix ``date`` shape ("Mon Aug 03 12:45:00
    EDT 2015", whose day is the named zone's, the publisher's local day) given as that ISO day. Read only
    when the usual reading states nothing: a page whose JSON-LD says 11 May may keep an older draft's 10 May
    in a ``value``."""
    read = copy.deepcopy(metadata)
    for element in read.xpath("//meta[@value and not(@content)]"):
        element.set("content", element.get("value"))
    for element in read.xpath("//meta[@content]"):
        found = _UNIX_STAMP.fullmatch(element.get("content").strip())
        day = _worded_day(found) if found else None
        if day is not None:
            element.set("content", day.isoformat())
    return read


def _htmldate_day(tree: lxml_html.HtmlElement, in_prose: bool = False) -> date | None:
    """The day htmldate finds in ``tree``, in the timestamp's own offset: in the markup only, or also in
    the prose (its extensive search, a numeric "5/24/2016 02:05 PM" over the headline) when ``in_prose``."""
    found = _htmldate_time(tree, in_prose)
    return found.date() if found else None


def _htmldate_time(tree: lxml_html.HtmlElement, in_prose: bool = False) -> datetime | None:
    """The time htmldate finds in ``tree`` (see :func:`_htmldate_day`), with its offset where the stamp has one
    (a bare date has none)."""
    found = find_date(tree, extensive_search=in_prose, original_date=True, outputformat=_TIMESTAMP)
    return datetime.fromisoformat(found) if found else None


def _drop(tree: lxml_html.HtmlElement, xpath: str) -> None:
    for element in tree.xpath(xpath):
        if element.getparent() is not None:
            element.drop_tree()
