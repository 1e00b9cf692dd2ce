"""Publication dates from the corpus (basis "corpus"): an undated article that places an event relative to
its own day ("after its bloody attacks two weeks ago") is dated by what other articles say that event's
date is (2023-10-07), as the range this implies.

An undated article whose storyline holds articles that date themselves, all within a few days, gets the days its
story-mates span widened by how far apart one story's reports lie (:func:`story_range`): a range, never a day
guessed from it.

Once an article is dated to a range, by the corpus or by its own text, its lead may pin the range down: an
article is news of the day its lead reports, so the first day its lead names inside the range is its day
(:func:`news_day`); a lead whose days are relative ("on Tuesday") pins a story's range only when one day
alone fits, whichever day of the range it is read from (:func:`only_fitting_day`).

Pure functions: which event a mention refers to (event linking) is decided by the caller, who passes the
event's key with each mention and the dates other articles give each key; the caller also resolves the
lead's time expressions against the range.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from dateline.days import MONTH_PATTERN
from dateline.model import PublicationDate
from dateline.records import Offsets
from dateline.time.pubdate import WireDay
from dateline.time.rules import number_of, unit_of

#: "two weeks ago" is said loosely: it puts the event this many days either side of exactly two weeks
#: (in days: a week is 7 ± 3, a month 30 ± 10, a day exact).
SLACK_DAYS = {"day": 0, "week": 3, "month": 10, "year": 45}
UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
AGO = re.compile(r"^(?:about\s+|nearly\s+|almost\s+|some\s+)?(?P<num>[\w-]+(?:\s+[\w-]+)?)"
                 r"\s+(?P<unit>days?|weeks?|months?|years?)\s+ago$",
                 re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class RelativeMention:
    """An event the article places relative to its own day: ``amount`` ``unit``s before publication."""

    event: str
    amount: float
    unit: str
    evidence: tuple[int, int]


def ago_offset(text: str) -> tuple[float, str] | None:
    """(amount, unit) of an "N units ago" expression ("two weeks ago" -> (2.0, "week")); None otherwise."""
    found = AGO.match(text.strip())
    if not found:
        return None
    amount, unit = number_of(found.group("num")), unit_of(found.group("unit"))
    return (amount, unit) if amount is not None and unit in UNIT_DAYS else None


def implied_range(event_day: date, amount: float, unit: str) -> tuple[date, date]:
    """The publication days consistent with "``amount`` ``unit``s ago" = ``event_day``."""
    middle = event_day + timedelta(days=round(amount * UNIT_DAYS[unit]))
    slack = timedelta(days=SLACK_DAYS[unit] * (1 if amount <= 2 else 2))
    return middle - slack, middle + slack


def corpus_publication_date(mentions: Iterable[RelativeMention], event_dates: Mapping[str, date],
                            ) -> PublicationDate | None:
    """The intersection of the ranges every dated mention implies, basis "corpus"; None when no mention's
    event is dated elsewhere, or when the mentions contradict each other (no honest answer)."""
    earliest, latest, evidence = date.min, date.max, []
    for mention in mentions:
        if mention.event not in event_dates:
            continue
        low, high = implied_range(event_dates[mention.event], mention.amount, mention.unit)
        earliest, latest = max(earliest, low), min(latest, high)
        evidence.append(mention.evidence)
    if not evidence or earliest > latest:
        return None
    return PublicationDate(earliest, latest, "corpus", tuple(evidence))


#: A wire date line's year is one that puts its day this close to an article the corpus has dated: a
#: collection on one story covers it week by week, and wire copy is filed the day it is dated.
NEIGHBOUR_DAYS = 31
#: Where several years put the day near dated articles, the one with at least this many times the neighbours of
#: every other is the collection's own period: a stray article or two from another year does not outvote the
#: weeks a collection covers, and two comparable clusters leave the year undecided.
DOMINANCE = 5


def year_from_corpus(wire: WireDay, dated: Sequence[date]) -> PublicationDate | None:
    """The day of a date line whose year the story never names (a wire's, a masthead stamp's), basis
    "corpus": the year that puts it within :data:`NEIGHBOUR_DAYS` of articles dated by metadata or text
    (``dated``, sorted), on a weekday the story names if it names any, and near :data:`DOMINANCE` times as many
    of them as any other year does. None when no year, or no one year, fits."""
    years = {day.year + shift for day in dated for shift in (-1, 0, 1)}
    near = {d: count for d in wire.days_in(years)
            if (count := neighbours(d, dated)) and (not wire.weekdays or d.weekday() in wire.weekdays)}
    day = max(near, key=near.__getitem__, default=None)
    if day is None or any(DOMINANCE * count > near[day] for other, count in near.items() if other != day):
        return None
    return PublicationDate.on(day, "corpus", (wire.span,))


def neighbours(day: date, dated: Sequence[date]) -> int:
    """How many days of ``dated`` (sorted) lie within :data:`NEIGHBOUR_DAYS` of ``day``."""
    reach = timedelta(days=NEIGHBOUR_DAYS)
    return bisect_right(dated, day + reach) - bisect_left(dated, day - reach)


#: How far apart the reports of one developing story lie, measured on the labelled stories of the real-news
#: tuning splits (dev, dev2, dev3: 68 articles in 18 stories): each story's reports span at most two days, and no
#: report lies more than two days outside the days its story-mates span (57 inside, 10 a day outside, one, a
#: commentary after a state visit, two days).
STORY_SPAN_DAYS = 2
STORY_SPREAD_DAYS = 2


def story_range(mates: Iterable[tuple[date, date]]) -> PublicationDate | None:
    """The days an article was published in, from the (earliest, latest) days of its story-mates that date
    themselves: their span widened by :data:`STORY_SPREAD_DAYS` each side, basis "corpus", no evidence in its
    own text. None without such a mate, or when they span more than :data:`STORY_SPAN_DAYS` (a story told over
    weeks or months, such as a war's, says nothing measured about how far from its dated reports another lies)."""
    mates = list(mates)
    if not mates:
        return None
    first, last = min(low for low, _ in mates), max(high for _, high in mates)
    if (last - first).days > STORY_SPAN_DAYS:
        return None
    spread = timedelta(days=STORY_SPREAD_DAYS)
    return PublicationDate(first - spread, last + spread, "corpus")


#: Sentences this close to an article's start are its lead, where news reports the event itself.
LEAD_SENTENCES = 3
#: A line shorter than this (in words) is a headline, a credit or a label, not a sentence of the story.
MIN_WORDS = 8
# Page furniture: photo credits, "place | time" bylines and reader-comment headers, and photo captions,
# which end with the full date the picture was taken ("… in southern Israel, November 28, 2023."), where a
# report would say "on" (or "by", "of") that day.
_CAPTION_DATE = (rf"(?<!\bon)(?<!\bby)(?<!\bof)\s+(?:{MONTH_PATTERN}\s+\d{{1,2}}\s*,?|\d{{1,2}}\s+{MONTH_PATTERN})"
                 r"\s+\d{4}\s*\.?\s*$")
_PAGE_FURNITURE = re.compile(rf"\bPhotograph\b|\s\|\s|{_CAPTION_DATE}")
# "since October 7" or "until Friday" frames a state that spans the day rather than an event on it.
_SPANNING_PREPOSITIONS = re.compile(r"\b(since|until|till|by|before|through|throughout)\s*$", re.I)


def is_page_furniture(text: str) -> bool:
    """A photo caption, a photo credit, a byline or a reader comment's header: never the story's news (a
    photo's date is not the day of the news)."""
    return _PAGE_FURNITURE.search(text) is not None


def is_story_sentence(text: str) -> bool:
    """A sentence of the story itself: long enough to be one, and no page furniture."""
    return len(text.split()) >= MIN_WORDS and not is_page_furniture(text)


def reports_event_on_day(text_before_timex: str) -> bool:
    """False when the expression is the bound of a span ("since October 7"), not the day of an event."""
    return _SPANNING_PREPOSITIONS.search(text_before_timex) is None


def news_day(published: PublicationDate, named: Iterable[tuple[date, Offsets]]) -> PublicationDate | None:
    """The day an article dated only to a closed range (a week after the latest day its text reports, the
    corpus's bounds) is news of: the first day its lead names inside the range (``named``: the lead's days
    with the spans naming them, in text order), on the range's basis, the naming span added to its evidence.
    None when the range is open, already a day, or its lead names no day inside it: a range stays a range."""
    first, last = published.earliest, published.latest
    if first is None or last is None or first == last:
        return None
    found = next(((day, span) for day, span in named if first <= day <= last), None)
    if found is None:
        return None
    return PublicationDate.on(found[0], published.basis, tuple(sorted({*published.evidence, found[1]})))


#: The widest range :func:`only_fitting_day` reads day by day: a relative day ("on Tuesday", "yesterday") names
#: a different day in each week of a wider one, so only a date the lead states could fit once there, which
#: reading the range as a whole finds.
FITTING_DAYS_MAX = 14
#: The days a lead names, with their spans, its expressions resolved against the given date.
NamedAgainst = Callable[[PublicationDate], Iterable[tuple[date, Offsets]]]


def only_fitting_day(published: PublicationDate, lead_days: NamedAgainst,
                     reported_days: NamedAgainst) -> PublicationDate | None:
    """The day of a closed range that the article's lead pins whichever day of it the article is read as
    published on: per day, the first day the lead names inside the range (:func:`news_day`, the lead's
    expressions resolved against that day by ``lead_days``); the day when every reading that pins one pins the
    same, the spans naming it added to the evidence. None when no reading pins a day, when two readings pin
    different days ("Tuesday" in a range holding two Tuesdays), or when read from a day after it the article
    reports a later day in the past (``reported_days``: its story's past days; "Biden was asked on Saturday"
    after a lead's "on Friday"), since it may then have been written after that day: a range stays a range
    rather than a day being invented. A range wider than :data:`FITTING_DAYS_MAX` is read as a whole (a day
    only where every day of it agrees)."""
    first, last = published.earliest, published.latest
    if first is None or last is None or first == last:
        return None
    if (last - first).days >= FITTING_DAYS_MAX:
        return news_day(published, lead_days(published))
    readings = [PublicationDate.on(first + timedelta(days=offset), published.basis)
                for offset in range((last - first).days + 1)]
    pinned = [found for reading in readings if (found := news_day(published, lead_days(reading)))]
    days = {found.earliest for found in pinned}
    if len(days) != 1:
        return None
    [day] = days
    if day is None or any(reported > day for reading in readings if reading.earliest and reading.earliest > day
                          for reported, _ in reported_days(reading)):
        return None
    evidence = tuple(sorted({span for found in pinned for span in found.evidence}))
    return PublicationDate(day, day, published.basis, evidence)
