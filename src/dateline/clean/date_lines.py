"""A plain-text scrape's publication day, read from its date line: a guess from the page's furniture, basis
"text" (never "metadata"; :func:`dateline.pipeline.stated_or_date_line`), which the ``dateline_pubdate``
component checks against the article's own dateline, stamp and reported days
(:func:`dateline.time.components.settled_date`), as it checks an HTML page's markup guess.

A scrape keeps the page's header as lines: the headline, a byline, and a line made only of a date and its
furniture ("Published Jun 05, 2026 • 3 minute read", "09:12, 14 Feb 2025Updated 09:40, 14 Feb 2025",
"By Jane Doe | March 3, 2024", or a "Published:" line and then "15:56 BST, 27 April 2024"). The cleaner drops
those lines as banners (they are not the story), so they are read here, from the raw scrape.

1. Where: the lines above the article block (:func:`dateline.clean.context.article_block`, the cluster of
   prose lines) and the few right after its first line (a standfirst may open the block above the byline).
2. What: a line whose words are all a date line's: a date with a year, a clock time and zone, the labels
   ("Published", "Posted", "Updated", "Last modified"), a reading time, a relative stamp ("1 hour ago"),
   separators, and at most a byline of a few names. A sentence, a caption or a credit ("Source: …",
   "Photo: …") has other words and is not a date line, so a day the story or a caption names is never taken.
3. Which: a day labelled "Published"/"Posted" beats one labelled "Updated"/"Modified"; unlabelled days count
   as published; the earliest is the day (of a published/updated pair, the first). Date lines stating only an
   update give no day but a bound: the article appeared on or before its update, by how much nobody says, so
   its date is the open range ending on the update's day (none when the updates are more than a day apart).
   A relative stamp ("4 months ago") gives nothing. Published days more than a day apart give none either: the head then
   holds a list of other stories' dates, or a masthead's today, and which day is the article's nobody says;
   unless the date lines above the scrape's first line of prose agree: a page prints its headline, byline and
   date line first and lists other stories after the story begins (the article block may be a later cluster
   of prose, whose head then holds those lists' dates: "May 11, 2016" under the headline, "May 17, 2016"
   under each teaser further down).
4. Else, anywhere: the article's own citation, its headline and a date in parentheses ("Sleeping crews
   could shrink the ships that carry them (2019, November 18)"), which some publishers print below the
   story; the headline tells it from a cited source's date.

The date itself is parsed by htmldate's helpers (``try_date_expr``, its regular expressions first, dateparser
only for a plausible expression; ``regex_parse`` for day-month-year text its discard rules refuse, such as a
time before the date). What is written here is the shape of the line around the date, which no library knows.
A numeric date that reads both ways ("04/05/2024") gives no day: the page's order is unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal

from htmldate.extractors import regex_parse, try_date_expr

from dateline.clean.characters import as_shown
from dateline.clean.context import MIN_HEADLINE_WORDS, article_block, is_body_line
from dateline.clean.embeds import is_signature
from dateline.days import MONTH_PATTERN, MONTHS, WEEKDAYS
from dateline.model import PublicationDate

#: A date line sits above the article block or at most this many lines into it (under a standfirst).
LINES_INTO_ARTICLE = 6
#: A date line is short: a longer line is a sentence or a caption.
MAX_TOKENS = 24
#: A byline beside the date has at most this many names' words ("By Samya Kullab and Vasilisa Stepanenko").
MAX_NAME_WORDS = 5
#: The earliest day a news scrape is taken to state (htmldate's own floor is 1995).
EARLIEST = datetime(1990, 1, 1)

Label = Literal["published", "updated", "none"]
#: The labels a date line puts before its date, and which stamp each names.
_LABEL = re.compile(r"\b(?:(?P<updated>(?:last\s+)?(?:updated|modified|edited))|(?P<published>(?:first\s+)?"
                    r"(?:published|posted)))\b(?:\s+on)?\s*:?", re.IGNORECASE)
#: Words a date line is made of besides the date and the byline's names (matched in lower case).
_LINE_WORDS = frozenset({
    "published", "posted", "updated", "modified", "edited", "first", "last", "online", "on", "at", "by", "and",
    "date",
    "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "read", "reading", "time", "min", "mins", "minute", "minutes", "hour",
    "hours", "day", "days", "week", "weeks", "month", "months", "ago", "today", "yesterday", "st", "nd", "rd",
    "th", "of", "local", "uk", "us", "et", "pt", "ct", "mt", *MONTHS, *WEEKDAYS,
})
#: Words of a caption or a credit, whose date is the picture's or the source's, not the article's.
_CREDIT_WORDS = frozenset({"source", "photo", "photograph", "photos", "image", "images", "picture", "file",
                           "credit", "caption", "copyright", "video", "getty", "courtesy", "filed", "archive"})
_WORD = re.compile(r"[^\W\d_][\w.'’-]*:?")
_TOKEN = re.compile(rf"{_WORD.pattern}|\d[\d:./-]*|[^\w\s]")
#: A clock time ("15:56", "12:20pm", "8:22AM", "12.42", "@17:19") and a zone or meridiem after it; not a piece of
#: a dotted numeric date ("05.24.16").
_CLOCK = re.compile(r"@?(?<!\d[./])\b\d{1,2}[:.]\d\d(?::\d\d)?(?![./]\d)\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,5}\b)*")
#: ... written unmistakably as a time of day, with a meridiem ("2:05" alone is a video's length, "3.25" a price).
_TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.]\d\d\s*[AaPp]\.?[Mm]\b")
#: Words a scrape glued together: "28 Jan 2025Updated", "20247:55 AM" (a year and a clock), "UTCUpdated",
#: "BroadwayWorld.comOct. 13, 2016" (a site or a name and the date); and an ISO stamp's "T" between its day
#: and its time.
_GLUED = re.compile(rf"(?<=\d)(?=[A-Za-z]{{3}})|(?<=\b(?:19|20)\d\d)(?=\d{{1,2}}:\d\d)"
                    rf"|(?<=\w)(?=(?:Updated|Published|Posted|Modified)\b)|(?<=[a-z.])(?={MONTH_PATTERN}\s*\d)")
_ISO_TIME = re.compile(r"(?<=\d{4}-\d\d-\d\d)T(?=\d)")
#: A day, month and year joined by hyphens ("14-Oct-2016"), which the tokens would cut into "14-" and a
#: word "Oct-2016" that is no date line's word.
_HYPHENATED = re.compile(rf"\b(\d{{1,2}})-({MONTH_PATTERN})-((?:19|20)\d\d)\b")
#: A day, a month in words and a two-digit year, as British pages print a date line ("17 Mar 15", "4 April 17"):
#: the day first, so the number after the month is no day of it; not an hour ("4 April 17:30").
_SHORT_YEAR = re.compile(rf"\b(\d{{1,2}}\s+{MONTH_PATTERN}\s+)(\d\d)\b(?![:.]\d)")
#: A year the date line must state: a relative stamp or a day without a year ("Jun 05") gives no day.
_YEAR = re.compile(rf"\b(?:19|20)\d\d\b|\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d\d\b|{_SHORT_YEAR.pattern}")
#: What follows the headline in the article's own citation: a date in parentheses, "(2019, November 18)".
_CITED = re.compile(r"\s*\(([^()]{6,40})\)\s*\.?")
#: A numeric date ("30/04/2024", "11/20/19"): day and month in an order the page does not say.
_NUMERIC = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d\d)\b")


@dataclass(frozen=True, slots=True)
class StampedDay:
    """A day a date line states, and which stamp its label says it is."""

    day: date
    label: Label


def scrape_date(text: str, today: date | None = None) -> PublicationDate:
    """The publication date a scrape's date lines state (see the module's notes), basis "text" with no
    evidence (the lines are not in the cleaned text): the day, or for an update alone the open range ending
    on it; unknown when they state neither, or when their days are more than a day apart (a list of other
    stories' dates, or a masthead's today beside the article's day: which is the article's, nothing says).
    ``today`` bounds the days taken (a date line is never in the future): the current day by default."""
    lines = [_unglued(shown) for shown in map(as_shown, text.splitlines()) if shown]
    latest = datetime.combine(today or date.today(), datetime.min.time()) + timedelta(days=1)
    body = [is_body_line(line) for line in lines]
    block = article_block(body)
    stamped = head_stamps(lines[:(block[0] if block else len(lines)) + LINES_INTO_ARTICLE], latest)
    if _published_apart(stamped):
        stamped = head_stamps(lines[:body.index(True) if True in body else 0], latest)
        if not stamped or _published_apart(stamped):
            return PublicationDate()
    day = published_day(stamped) or cited_day(lines, latest)
    if day is not None:
        return PublicationDate.on(day, "text")
    updates = [s.day for s in stamped if s.label == "updated"]
    if not updates or _days_apart(updates):
        return PublicationDate()
    return PublicationDate(None, min(updates), "text")


def _published_apart(stamped: list[StampedDay]) -> bool:
    """Do the stamps that are no update name published days more than a day apart?"""
    return _days_apart([s.day for s in stamped if s.label != "updated"])


def _days_apart(days: list[date]) -> bool:
    """Whether the days a head's stamps state lie more than a day apart: other stories' dates, or a masthead's
    today beside the article's, of which nothing says which is the article's."""
    return bool(days) and (max(days) - min(days)).days > 1


def cited_day(lines: list[str], latest: datetime) -> date | None:
    """The day in the article's own citation, a line made of its headline (the scrape's first line) and a
    date in parentheses: "Sleeping crews could shrink the ships that carry them (2019, November 18)", which
    a science news network prints under each article as how to cite it. The headline makes it the article's
    own, not a cited source's; the citation usually sits below the story, so it is read only when the head
    holds no published date line."""
    headline = lines[0] if lines else ""
    for line in lines[1:]:
        own = len(headline.split()) >= MIN_HEADLINE_WORDS and line.startswith(headline)  # not "News (2019)"
        cited = _CITED.fullmatch(line[len(headline):]) if own else None
        day = segment_day(cited[1], latest) if cited else None
        if day is not None:
            return day
    return None


def head_stamps(lines: list[str], latest: datetime) -> list[StampedDay]:
    """The days the date lines among ``lines`` state, each with its label (a label alone on the line above,
    as in "Published:" / "15:56 BST, 27 April 2024", counts)."""
    stamped: list[StampedDay] = []
    pending: Label = "none"
    for line in lines:
        stamped.extend(line_days(line, pending, latest))
        pending = _label_only(line) or "none"
    return stamped


def published_day(stamped: list[StampedDay]) -> date | None:
    """The earliest day labelled published, else the earliest unlabelled day; None for an update alone."""
    for label in ("published", "none"):
        days = [s.day for s in stamped if s.label == label]
        if days:
            return min(days)
    return None


def line_days(line: str, label: Label, latest: datetime) -> list[StampedDay]:
    """The days a date line states, each labelled by the label before it in the line (else ``label``, the
    label on the line above); none when the line is not a date line."""
    if not is_date_line(line):
        return []
    found: list[StampedDay] = []
    start = 0
    for match in [*_LABEL.finditer(line), None]:
        end = match.start() if match else len(line)
        day = segment_day(line[start:end], latest)
        if day is not None:
            found.append(StampedDay(day, label))
        if match:
            label, start = ("updated" if match["updated"] else "published"), match.end()
    return found


def is_date_line(line: str) -> bool:
    """Whether a line is made of a date line's words: a year, and besides the date's own words, labels,
    clock times and separators only a few capitalised names (a byline), no caption's or credit's word. An
    embedded post's signature ("— RT (@RT_com) July 16, 2026") has that shape, but its day is the post's. The
    words a scrape glued together ("Published Wed, Mar 4 20208:15 AM EST") are read apart, as the date is."""
    line = _unglued(line)
    tokens = _TOKEN.findall(line)
    if not _YEAR.search(line) or len(tokens) > MAX_TOKENS or is_signature(line):
        return False
    names = [token for token in tokens if token[0].isalpha() and not _is_line_word(token)]
    return len(names) <= MAX_NAME_WORDS and all(
        token[0].isupper() and not token.endswith(":") and token.lower().rstrip(".,") not in _CREDIT_WORDS
        for token in names)


def is_clock_line(line: str) -> bool:
    """Whether a line is a stamp of the time of day alone ("5:50 PM", "Today 5:00 am", "Updated at 5:34 p.m.",
    "2:56 PM ET"): a clock time and besides it only a date line's words and separators. It states no day (a
    day's date line is :func:`is_date_line`), and a story's sentence has other words."""
    unclocked = _CLOCK.sub(" ", line)
    return bool(_TIME_OF_DAY.search(line)) and all(_is_line_word(token) or not token[0].isalnum()
                                     for token in _TOKEN.findall(unclocked))


def is_page_stamp(line: str) -> bool:
    """Whether a line is the page's stamp of when it published or updated the article, wherever the scrape or
    the extractor left it: a date line with a time of day ("Nov. 18, 2019 7:04 pm ET", "by Ann Cole on May
    3, 2016 8:30 AM EST") or with its label ("Published Online: April 25, 2016", and a labelled clock time
    alone: "Updated at 1:23 p.m."). No story sentence has that shape, and a timeline or a figure read off it
    would be the page's. A story's chronology sets a bare date as a subheading ("Jan. 6, 2021") and a live
    report a bare time above each update ("4:14 p.m."): those are its own, and stay."""
    labelled = _LABEL.search(line) is not None
    return (labelled and is_clock_line(line)) or (
        is_date_line(line) and (labelled or _TIME_OF_DAY.search(line) is not None))


def is_own_date_line(line: str, published: date) -> bool:
    """Whether a line is a date line that states the article's own publication day and no other ("June 14, 2026",
    "The White House June 14, 2026" on a page its metadata dates that day): the page's stamp, which an extractor
    keeps above the story or under a release's heading without the time or label :func:`is_page_stamp` knows it
    by. A bare date of a story's chronology names the days it tells of, which come before the report; and its
    teasers' date lines name theirs."""
    return {stamped.day for stamped in line_days(line, "none", datetime.combine(published, time.max))} == {published}


def segment_day(segment: str, latest: datetime) -> date | None:
    """The day a piece of a date line states, parsed by htmldate once the byline's names and the clock time
    are set aside; None without a year, or for a numeric date that reads both ways."""
    dated = _WORD.sub(lambda word: word[0] if _is_line_word(word[0]) else " ", segment)
    bare = " ".join(_CLOCK.sub(" ", dated).split()).strip(" |•·-–—,")
    if not _YEAR.search(bare):
        return None
    numeric = _NUMERIC.search(bare)
    if numeric and numeric[1] != numeric[3] and int(numeric[1]) <= 12 and int(numeric[3]) <= 12:
        return _weekday_reading(bare, numeric, latest)
    if numeric and len(numeric[4]) == 2:  # htmldate reads no two-digit year: "11/20/19" as "11/20/2019"
        bare = bare.replace(numeric[0], numeric[0][:-2] + str(_full_year(numeric[4], latest)), 1)
    bare = _SHORT_YEAR.sub(lambda short: short[1] + str(_full_year(short[2], latest)), bare, count=1)
    found = try_date_expr(bare, "%Y-%m-%d", True, EARLIEST, latest)
    if found:
        return date.fromisoformat(found)
    parsed = regex_parse(bare)
    return parsed.date() if parsed and EARLIEST <= parsed <= latest else None


def _weekday_reading(bare: str, numeric: re.Match[str], latest: datetime) -> date | None:
    """The one reading of a numeric date that reads both ways ("8.5.15": 5 August or 8 May) that falls on the
    weekday its line names ("Wednesday 8.5.15"): the calendar then says the page's order. None without a
    weekday, or when both readings or neither fall on it."""
    named = {WEEKDAYS[word.lower()] for word in re.findall(r"[A-Za-z]+", bare) if word.lower() in WEEKDAYS}
    if len(named) != 1:
        return None
    year = _full_year(numeric[4], latest)
    readings = []
    for month, day in ((numeric[1], numeric[3]), (numeric[3], numeric[1])):
        try:
            readings.append(date(year, int(month), int(day)))
        except ValueError:  # a month 13 or more cannot happen here, a 31 April can
            continue
    fitting = [day for day in readings if day.weekday() in named and EARLIEST.date() <= day <= latest.date()]
    return fitting[0] if len(fitting) == 1 else None


def _full_year(year: str, latest: datetime) -> int:
    """A numeric date's year in full, a two-digit one ("19") in the century of the latest day taken."""
    return int(year) if len(year) == 4 else int(str(latest.year)[:2] + year)


def _is_line_word(token: str) -> bool:
    """A date line's own word (a label, a month, a weekday, a zone), not a name."""
    return token.lower().rstrip(":.,") in _LINE_WORDS or re.fullmatch(r"[A-Z]{2,5}", token) is not None


def _unglued(line: str) -> str:
    return _HYPHENATED.sub(r"\1 \2 \3", _ISO_TIME.sub(" ", _GLUED.sub(" ", line)))


def _label_only(line: str) -> Label | None:
    """The label of a line that is only a label ("Published:", "| Updated:"), for the date on the next line."""
    match = _LABEL.search(line)
    if match is None or line[:match.start()].strip(" |•·-") or line[match.end():].strip(" |•·-:"):
        return None
    return "updated" if match["updated"] else "published"
