"""The publication date of an article whose metadata gives none, inferred from its own text.

Evidence, strongest first:
1. a date line at the top: ``RABAT | Sat Feb 26 , 2011`` (the day itself), or ``PARIS , April 27 (Reuters) -``
   (the day, with the year taken from the latest year the story names); or a time stamp in the header, a
   full date with a clock time beside it (``Sunday 26 April 2009 18.45 BST``, ``09:40 UK time , Friday ,
   3 July 2015``) or a label line (``Published Online: April 25, 2016``), the first one in the text, since
   later ones stamp updates and reader comments; a figure's ``Price as of May 3, 2021, 4:05 p.m.`` is
   the data's moment, not a stamp;
2. a recent reported date: the latest full date, when the story's opening reports it as past or a photo
   caption closes with it ("…, Cairo, Egypt, March 21, 2024."), *corroborated* by a bare weekday of that
   same day told in the past ("Blinken said on Thursday"): a story names a day by its weekday only within
   the week after it, so the article is dated in [L, L + 6]. An embedded post's day counts as such a date
   though the cleaner dropped the post (it is published before or on the article's day). Uncorroborated
   dates are not used: on Timeline17 half the stories also cite old dates (timelines, file photos, reader
   comments), and a lower bound from them misleads; nor are past dates deep in the story, whose weekday meets
   the lead's by chance.
Nothing else: a weekday alone fits every week, and an honest "unknown" beats a confident wrong day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import takewhile

from spacy.tokens import Doc

from dateline.days import UPDATE_LABEL
from dateline.model import PublicationDate, TimeExpression
from dateline.nlp.extensions import doc_text
from dateline.time.calendar import is_day_value, safe_date
from dateline.time.lexicon import MONTHS
from dateline.time.tagger import tag_text
from dateline.time.tense import direction_at

#: What may precede a date line's date: a place and a separator at the top, or a place and a pipe (Reuters).
PLACE_PREFIX = re.compile(r"^\s*[A-Z][A-Za-z.'’ -]{1,40}\s*(?:[|,–—-]|--)\s*$")
PIPE_PLACE = re.compile(r"\b[A-Z][A-Z.'’ -]{1,40}\s*\|\s*$")
WIRE_AFTER = re.compile(r"^\s*(?:\(|-LRB-\s*)?(?:Reuters|AP|AFP|UPI|CNN|Xinhua|dpa)\b")
CAPTION_END = re.compile(r"^\s*\.?\s*(?:$|\n|\(|-LRB-|REUTERS|AP Photo|Photo|File)")
FILE_PHOTO = re.compile(r"\b(?:file|archive)\s+(?:photo|picture|image)\b", re.IGNORECASE)


def infer_publication_date(doc: Doc, tagged_chars: int, dateline_reach: int,
                           report_window_days: int) -> PublicationDate:
    """The publication date range of ``doc`` from its text, basis "text"; basis "unknown" without evidence.

    The evidence is searched for in the first ``tagged_chars`` characters; a date line sits in the first
    ``dateline_reach``; a reported date dates the article within ``report_window_days`` after it (the
    ``dateline_pubdate`` component's settings)."""
    timexes = tag_text(doc_text(doc)[:tagged_chars], None)
    return (from_dateline(doc_text(doc), timexes, dateline_reach)
            or from_reported_dates(doc, timexes, report_window_days, dropped_line_days(doc._.dropped_dated_lines or ()))
            or PublicationDate(None, None, "unknown"))


def dropped_line_days(lines: Iterable[str]) -> list[date]:
    """The day each dropped dated line gives, a post's signature or a picture's caption: its last full date (a
    signed post's text may name another day before its signature)."""
    days = [[value for tx in tag_text(line, None) if is_day_value(value := tx.value)] for line in lines]
    return [date.fromisoformat(values[-1]) for values in days if values]


#: A clock time right before or after a date makes it a time stamp.
CLOCK_BEFORE = re.compile(r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}|UK\s+time)?\s*[,|-]?\s*"
                          r"(?:[A-Z][a-z]+\s*,?\s*)?$")
CLOCK_AFTER = re.compile(r"^\s*[,;|-]?\s*(?:at\s+|(?:last\s+)?updated\s+(?:at\s+)?)?\d{1,2}[:.]\d\d\b", re.IGNORECASE)
POSTED = re.compile(r"\b(?:posted|published)(?:\s+on)?\s*:?\s*$", re.IGNORECASE)
#: A line made of a publication label and then the date: "Published Online: April 25, 2016", "Filed on
#: October 1, 2017". Only as the line's opening words: in a sentence "filed on" dates a lawsuit and "published
#: online" a cited study, both often before the story.
LABEL_LINE = re.compile(r"\s*(?:posted|published|filed)(?:\s+online)?(?:\s+on)?\s*:?\s*", re.IGNORECASE)
#: "Price as of May 3, 2021, 4:05 p.m. ET": the moment a figure holds for (a quote, a count), stamped
#: with a clock time like a page's stamp but told about the data, and refreshed long after publication.
AS_OF = re.compile(r"\bas\s+of\s*$", re.IGNORECASE)
#: A print edition's page reference after the date: ``Friday , February 20 , 2009 ; Page D01``.
PRINT_PAGE = re.compile(r"^\s*;\s*Page\s+[A-Z]?\d+\b")
#: A byline stamp opening the text: ``May 14 , 2011 | From Ivan Watson , CNN``.
BYLINE_PIPE = re.compile(r"^\s*\|")
#: ``ROME , April 29 -LRB- Reuters -RRB- -``: an upper-case place and a comma before a wire date line.
WIRE_PLACE = re.compile(r"\b[A-Z][A-Z.'’ -]{1,40}\s*,\s*$")
#: A header time stamp sits in the first characters of the text.
STAMP_REACH = 600


def from_dateline(text: str, timexes: list[TimeExpression], reach: int) -> PublicationDate | None:
    """A date line (within ``reach`` characters of the top) or time stamp at the top of the article: the
    publication day itself."""
    return from_place_dateline(text, timexes, reach) or from_time_stamp(text, timexes)


def from_time_stamp(text: str, timexes: list[TimeExpression]) -> PublicationDate | None:
    """The first full date in the header that is stamped (a clock time, "posted", a print page), passing
    over photo captions; any other date there ends the search, since the story has begun.

    A "last updated" stamp counts: on news pages it is the only stamp shown, and on Timeline17 it is the
    publication day (``dateline eval pubdate`` counts any miss as wrong); but where its line prints the posting
    after it, the posting is the day (:func:`posting_after_update`)."""
    for tx in header(timexes):
        if not is_day_value(tx.value):
            continue
        if is_stamped(text, tx):
            return posting_after_update(text, tx, timexes) or PublicationDate.on(
                date.fromisoformat(tx.value), "text", ((tx.start, tx.end),))
        if not CAPTION_END.match(text[tx.end:tx.end + 20]):
            return None
    return None


def is_stamped(text: str, tx: TimeExpression) -> bool:
    """A date the page prints as its own stamp rather than as news: a clock time beside it, "posted on",
    a publication label opening its line, a print page after it, or a byline pipe after it at the very top;
    never a figure's "as of" moment."""
    before, after = text[max(0, tx.start - 40):tx.start], text[tx.end:tx.end + 40]
    line_before = text[text.rfind("\n", 0, tx.start) + 1:tx.start]
    return not AS_OF.search(before) and bool(
        CLOCK_BEFORE.search(before) or CLOCK_AFTER.match(after) or POSTED.search(before)
        or LABEL_LINE.fullmatch(line_before) or PRINT_PAGE.match(after)
        or (not text[:tx.start].strip() and BYLINE_PIPE.match(after)))


def posting_after_update(text: str, tx: TimeExpression, timexes: list[TimeExpression]) -> PublicationDate | None:
    """The day of the posting that an update stamp's line prints after it ("Updated: 9:12 a.m. Monday,
    May 9, 2016 | Posted: 8:00 a.m. Tuesday, May 3, 2016"): the first later stamped day on the line with no
    update label since the one before it. The update's day is a later edit's, and a page that prints both
    says which is the publication. None where ``tx`` is no update or its line prints no other day."""
    line_start, line_end = text.rfind("\n", 0, tx.start) + 1, text.find("\n", tx.end)
    if not UPDATE_LABEL.search(text[line_start:tx.start]):
        return None
    since = tx.end
    for later in (later for later in timexes if later.start >= tx.end):
        if 0 <= line_end < later.start:
            return None
        if is_day_value(later.value) and is_stamped(text, later) and not UPDATE_LABEL.search(text[since:later.start]):
            return PublicationDate.on(date.fromisoformat(later.value), "text", ((later.start, later.end),))
        since = later.end if is_day_value(later.value) else since
    return None


def from_place_dateline(text: str, timexes: list[TimeExpression], reach: int) -> PublicationDate | None:
    """``RABAT | Sat Feb 26 , 2011`` or ``PARIS , April 27 (Reuters) -`` at the top of the article (a full
    date within ``reach`` characters of the top, a wire day anywhere in the header)."""
    for tx in header(timexes):
        if is_placed(text[:tx.start]) and tx.start <= reach and is_day_value(tx.value):
            return PublicationDate.on(date.fromisoformat(tx.value), "text", ((tx.start, tx.end),))
        wire = placed_wire_day(text, tx, timexes)
        if wire is None:
            continue
        day = wire.on_named_weekday(wire.days_in(story_years(timexes)))
        if day:
            return PublicationDate.on(day, "text", (wire.span,))
    return None


def is_placed(prefix: str) -> bool:
    """Whether a date follows a place at the top (``RABAT |``, ``PARIS ,``): a date line, not news."""
    return bool(PLACE_PREFIX.match(prefix) or PIPE_PLACE.search(prefix))


def placed_wire_day(text: str, tx: TimeExpression, timexes: list[TimeExpression]) -> WireDay | None:
    """``tx`` as the day of a date line that leaves out its year: a wire date line's, when a place precedes it
    and a wire name follows it, or a masthead stamp's, when it stands alone on its line (:func:`is_stamp_line`)."""
    prefix = text[:tx.start]
    wired = (is_placed(prefix) or WIRE_PLACE.search(prefix)) and WIRE_AFTER.match(text[tx.end:])
    return month_day(tx, timexes) if wired or is_stamp_line(text, tx) else None


#: What may follow a masthead stamp's day on its line: a clock time and its zone ("Nov 18 6:30PM ET").
STAMP_LINE_END = re.compile(r"^\s*[,|•·-]?\s*(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?\s*$",
                            re.IGNORECASE)


def is_stamp_line(text: str, tx: TimeExpression) -> bool:
    """Whether ``tx`` is a line of its own, a clock time at most beside it: a site's stamp under the byline
    ("By Nathan Birch" / "Nov 18"), which many sites print without the current year. A sentence or a caption
    has words around its date; a date line a scrape keeps is the page's stamp, not news."""
    line_start, line_end = text.rfind("\n", 0, tx.start) + 1, text.find("\n", tx.end)
    before, after = text[line_start:tx.start], text[tx.end:line_end if line_end >= 0 else len(text)]
    return not before.strip() and STAMP_LINE_END.match(after) is not None


def header(timexes: list[TimeExpression]) -> Iterator[TimeExpression]:
    """The time expressions in the first :data:`STAMP_REACH` characters, where date lines and stamps sit."""
    return takewhile(lambda tx: tx.start <= STAMP_REACH, timexes)


@dataclass(frozen=True, slots=True)
class WireDay:
    """A wire date line's day without a year (``PARIS , April 27 (Reuters) -``), with the weekdays the
    story names: the year must come from elsewhere (the story, or the corpus), and a named weekday can
    tell the candidate years apart."""

    month: int
    day: int
    span: tuple[int, int]
    weekdays: frozenset[int]

    def days_in(self, years: Iterable[int]) -> set[date]:
        """The line's day in each of ``years`` where it exists (no February 29 in a common year)."""
        return {d for year in years if (d := safe_date(year, self.month, self.day)) is not None}

    def on_named_weekday(self, days: Iterable[date]) -> date | None:
        """The one day of ``days`` that falls on a weekday the story names; none if several or none do
        (a story that names no weekday settles nothing)."""
        fitting = [d for d in days if d.weekday() in self.weekdays]
        return fitting[0] if len(fitting) == 1 else None


#: A day without a year, a weekday before it at most: "April 27", "Monday, Nov. 18", "18 November".
MONTH_DAY = re.compile(r"(?:(?P<weekday>[A-Z][a-z]+day)\s*,?\s*)?"
                       r"(?:(?P<month>[A-Z][a-z]+)\.?\s*(?P<day>\d{1,2})|(?P<day_first>\d{1,2})\s+(?P<month_after>[A-Z][a-z]+)\.?)")


def month_day(tx: TimeExpression, timexes: list[TimeExpression]) -> WireDay | None:
    """``tx`` as a date line's month and day, with the weekdays the story names (the line's own weekday, if it
    prints one, alone: it is the day's)."""
    found = MONTH_DAY.fullmatch(tx.text)
    month = MONTHS.get((found["month"] or found["month_after"]).lower()) if found else None
    if not found or not month:
        return None
    weekday = WEEKDAY_INDEX.get(found["weekday"] or "")
    named = frozenset(WEEKDAY_INDEX[w.text] for w in timexes if w.text in WEEKDAY_INDEX)
    return WireDay(month, int(found["day"] or found["day_first"]), (tx.start, tx.end),
                   named if weekday is None else frozenset({weekday}))


def story_years(timexes: list[TimeExpression]) -> tuple[int, ...]:
    """The latest year the story names and the year after: a wire story's own year is one of them."""
    years = [int(t.value[:4]) for t in timexes if t.value and re.match(r"^\d{4}(?:-|$)", t.value)]
    return (max(years), max(years) + 1) if years else ()


def header_wire_day(text: str, timexes: list[TimeExpression]) -> WireDay | None:
    """The wire date line at the top of an article its own text could not date (its year unknown), for the
    corpus to give a year (:func:`dateline.time.corpus.year_from_corpus`); ``timexes`` are the article's
    stored time expressions, so nothing is tagged twice."""
    return next((w for tx in header(timexes) if (w := placed_wire_day(text, tx, timexes))), None)


def from_reported_dates(doc: Doc, timexes: list[TimeExpression], window_days: int,
                        post_days: Sequence[date] = ()) -> PublicationDate | None:
    """The range [L, L + window_days - 1] after the latest full date L (a week: [L, L + 6]), when it is
    reported as past and a past-tense bare weekday names the same day.

    ``post_days`` are the days of the embedded posts the cleaner dropped from the text: each is a reported
    date like any other (a post is published before or on the article's day), and none dates the article
    by itself, without the weekday."""
    full = [tx for tx in timexes if is_day_value(tx.value)]
    latest = max(full, key=lambda tx: tx.value or "", default=None)
    posted = max(post_days, default=None)
    if posted is not None and (latest is None or posted.isoformat() >= (latest.value or "")):
        start = posted
    elif latest is not None and is_reported(doc, latest):
        start = date.fromisoformat(latest.value or "")
    else:
        return None
    weekday = same_weekday_mention(doc, timexes, start)
    if weekday is None:
        return None
    evidence = tuple((tx.start, tx.end) for tx in full if tx.value == start.isoformat()) + ((weekday.start,
                                                                                             weekday.end),)
    return PublicationDate(start, start + timedelta(days=window_days - 1), "text", evidence)


WEEKDAY_ONLY = re.compile(r"^(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")
WEEKDAY_INDEX = {"Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6}


def same_weekday_mention(doc: Doc, timexes: list[TimeExpression], day: date) -> TimeExpression | None:
    """A bare weekday naming ``day``'s weekday in a past-tense clause, if the story has one."""
    for tx in timexes:
        found = WEEKDAY_ONLY.match(tx.text)
        if found and WEEKDAY_INDEX[found.group(1)] == day.weekday() and direction_at(doc, tx.start, tx.end) == "past":
            return tx
    return None


#: How far into the text a sentence may report the news day: deeper, a full date is background (an earlier
#: event the story recalls, a quoted post's stamp), and a weekday of the lead that happens to fall on it
#: (one story in seven) would date the article to that old week.
REPORT_REACH = 1500
#: A preposition right before a date: a sentence's "… emails on July 22 , 2016 .", where a photo caption
#: writes the place or the weekday and then the date ("in Tokyo , Thursday , Oct. 16 , 2008 .").
PREPOSITION_BEFORE = re.compile(r"\b(?:on|since|until|by|before|after|from)\s*$", re.IGNORECASE)


def is_reported(doc: Doc, tx: TimeExpression) -> bool:
    """A date the story tells as news: a caption's closing date (not a file photo), or a date told in the
    past; beyond the story's opening (:data:`REPORT_REACH`), only a date shaped as a caption's, with no
    preposition before it."""
    text = doc_text(doc)
    sentence = text[max(0, tx.start - 300):tx.start]
    in_opening = tx.start <= REPORT_REACH
    if CAPTION_END.match(text[tx.end:tx.end + 20]) and not FILE_PHOTO.search(sentence):
        return in_opening or not PREPOSITION_BEFORE.search(sentence)
    return in_opening and direction_at(doc, tx.start, tx.end) == "past"
