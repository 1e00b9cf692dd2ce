"""When an event took place: the time expression attached to its predicate, else what reported speech and
publication allow, as a day or an honest range, never a guess.

A TIMEX3 value gives a day ("2023-10-20") or a range (a month, an ISO week, a year). Without one, an event
that happened is no later than the day it was reported (the statement's day when it sits in an attribution,
else the publication's latest day), and a planned one no earlier; other events stay undated.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from dateline.model import PublicationDate, TimeExpression
from dateline.records import EventDates, EventDating, EventStatus, Offsets
from dateline.time.redate import day_stated

DayRange = tuple[str | None, str | None, str | None]
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_YEAR = re.compile(r"^(\d{4})$")
_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T[\w:]+)?$")


def value_range(value: str | None) -> DayRange | None:
    """``(day, earliest, latest)`` a TIMEX3 value names, or None when it names no stretch of days; a time of
    day ("Friday evening", ``2018-04-20TEV``) names its day, a weekend (``2018-W15-WE``) its Saturday and
    Sunday."""
    if value is None:
        return None
    if day := _DAY.match(value):
        return day[1], day[1], day[1]
    if month := _MONTH.match(value):
        year, number = int(month[1]), int(month[2])
        last = calendar.monthrange(year, number)[1]
        return None, f"{year:04d}-{number:02d}-01", f"{year:04d}-{number:02d}-{last:02d}"
    if week := _WEEK.match(value):
        first = date.fromisocalendar(int(week[1]), int(week[2]), 6 if week[3] else 1)
        return None, first.isoformat(), (first + timedelta(days=1 if week[3] else 6)).isoformat()
    if whole_year := _YEAR.match(value):
        return None, f"{whole_year[1]}-01-01", f"{whole_year[1]}-12-31"
    return None


def attached_timexes(doc: Doc, spans: Iterable[Offsets], triggers: set[int],
                     max_steps: int) -> dict[int, list[Offsets]]:
    """Trigger token index -> the spans of the time expressions that attach to it, in text order: climbing
    from an expression up the parse, the first trigger reached within ``max_steps`` words, before any other
    verb. Every expression the text has is attached, resolved or not, since another publication date may
    give it a value (:func:`event_dates`). One reached through the trigger's subject describes the actor
    ("Andrew Gillum, … the 2018 Democratic nominee …, was involved in an incident early Friday"), so it dates
    the trigger only where none on the trigger's own arcs does (:func:`_through_subject`)."""
    attached: dict[int, list[Offsets]] = {}
    described: dict[int, list[Offsets]] = {}
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        trigger = _trigger_above(span.root, triggers, max_steps) if span is not None else None
        if span is not None and trigger is not None:
            found = described if _through_subject(span.root, doc[trigger]) else attached
            found.setdefault(trigger, []).append((start, end))
    return {trigger: attached.get(trigger) or described[trigger] for trigger in attached.keys() | described.keys()}


def event_dates(status: EventStatus, dated_by: Iterable[Offsets], said_dated_by: Iterable[Offsets],
                timexes: list[TimeExpression], published: PublicationDate | None,
                news_of_day: bool = False, candidate_by: Iterable[Offsets] = ()) -> DayRange:
    """An event's day or range from its evidence: the first of its attached time expressions that names a
    stretch of days, narrowed by what reporting allows; else what reporting allows alone (the day it was
    said, from the time expressions on its attribution's cue, else the publication's). ``news_of_day``: the
    text tells it as news of the day it was reported, which is then its day when that is one and its own
    expressions allow it; its range stays what the rest of the evidence allows ("on or before" that day), so
    a view that holds the reading's day back as unsure still shows an honest bound. Else an event that
    happened or is going on ("are praying for a reunion", whose news the opening dates), with no stretch of
    its own, takes as its day the candidate ``candidate_by`` gives
    (:func:`candidate_day`), its range unchanged. Analysis and redating (:func:`dateline.pipeline.redate`)
    both date events here."""
    said_on = day_stated(said_dated_by, timexes, published)
    reported = reported_range(status, said_on, published)
    spans = set(dated_by)
    stated = next((found for timex in timexes
                   if (timex.start, timex.end) in spans and (found := value_range(timex.value)) is not None), None)
    dates = within_report(stated, reported) if stated is not None else reported
    if news_of_day and dates[0] is None and status in ("happened", "claimed") and said_on is not None \
            and (dates[1] is None or dates[1] <= said_on) and (dates[2] is None or said_on <= dates[2]):
        return said_on, dates[1], dates[2]
    if stated is None and status in ("happened", "claimed", "ongoing") \
            and (candidate := candidate_day(candidate_by, timexes, dates[1], dates[2])) is not None:
        return candidate, dates[1], dates[2]
    return dates


#: Words by which an expression names a day by the calendar: a weekday, a month, a numeric date.
CALENDAR_WORDS = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|"
                            r"oct|nov|dec)|\d{1,4}[/.-]\d{1,2}", re.IGNORECASE)
#: How far before its report a day may lie to be a candidate for news with no day of its own: a bare weekday
#: names a day of the week up to the report; an older day an opening names dates what led up to the news.
CANDIDATE_REACH = timedelta(days=7)


def candidate_day(spans: Iterable[Offsets], timexes: list[TimeExpression], earliest: str | None,
                  latest: str | None) -> str | None:
    """The latest of the days the expressions at ``spans`` name that lies in the range (``earliest`` to
    ``latest``) and within :data:`CANDIDATE_REACH` before its end, the report's day: a story that tells its
    lead with no day ("authorities flew him back to Charleston") most often tells its day in the sentences
    after ("… stopped outside the church on Thursday"). An expression that names the report's day only by
    pointing at the day of writing ("said today", "this morning": no weekday, month or date among its
    :data:`CALENDAR_WORDS`) is no candidate, since it gives that day whatever the news's day. None when the
    range has no end, or no such day is named. On the real-news tuning sets, 4 of 7 such candidates were the
    lead's day (:data:`~dateline.confidence.DAY_CONFIDENCE`)."""
    if latest is None:
        return None
    reach = (date.fromisoformat(latest) - CANDIDATE_REACH).isoformat()
    wanted = set(spans)
    days = [found[0] for timex in timexes
            if (timex.start, timex.end) in wanted and (found := value_range(timex.value)) is not None
            and not (found[0] == latest and not CALENDAR_WORDS.search(timex.text))]
    return max((day for day in days if day is not None and reach <= day <= latest
                and (earliest is None or earliest <= day)), default=None)


def redated_events(dating: Iterable[EventDating], timexes: list[TimeExpression],
                   published: PublicationDate | None) -> list[EventDates]:
    """Stored events' dates against a new publication date and the time expressions it resolves to."""
    return [(row_id, *event_dates(status, dated_by, said_dated_by, timexes, published, news_of_day, candidate_by))
            for row_id, status, dated_by, said_dated_by, news_of_day, candidate_by in dating]


def reported_range(status: EventStatus, said_on: str | None, published: PublicationDate | None) -> DayRange:
    """The range the rules of reporting give an event with no date of its own."""
    latest = said_on or (published.latest.isoformat() if published and published.latest else None)
    earliest = said_on or (published.earliest.isoformat() if published and published.earliest else None)
    if status in ("happened", "claimed", "ongoing"):
        return None, None, latest
    if status == "planned":
        return None, earliest, None
    return None, None, None


def within_report(stated: DayRange, reported: DayRange) -> DayRange:
    """A stated range narrowed by what reporting allows: "on Monday" in an article of some day between 28
    November and 4 December 2023 is no later than 4 December (the tagger leaves such a weekday at its year)."""
    day, earliest, latest = stated
    if day is not None:
        return stated
    _, not_before, not_after = reported
    if not_after is not None and latest is not None and not_after < latest:
        latest = not_after
    if not_before is not None and earliest is not None and not_before > earliest:
        earliest = not_before
    return (earliest, earliest, latest) if earliest == latest else (None, earliest, latest)


#: Auxiliaries of the present perfect ("has dropped", "have been killed").
_PERFECT = frozenset({"has", "have", "'s", "'ve"})


def is_news_tense(verb: Token) -> bool:
    """Is a lead predicate told as news of the day: the present perfect ("Prosecutors have dropped an
    investigation", "have been killed") or the present ("Trump extends exemptions")? A news lead in the
    simple past with no time expression ("reported earnings that topped estimates") may be days old."""
    if is_present_perfect(verb):
        return True
    return verb.tag_ in ("VBZ", "VBP") and not any(child.dep_ in ("aux", "auxpass") for child in verb.children)


def is_present_perfect(verb: Token) -> bool:
    """Is a verb in the present perfect ("have tested positive", "has been captured")? It tells an act done
    by the day of writing, not on it: a lead told so with no day may be the news of days before."""
    return verb.tag_ == "VBN" and any(child.dep_ in ("aux", "auxpass") and child.lower_ in _PERFECT
                                      for child in verb.children)


#: Arcs by which a phrase is its verb's subject.
_SUBJECT_ARCS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})


def _through_subject(token: Token, trigger: Token) -> bool:
    """Does the path from ``token`` up to ``trigger`` enter it by a subject arc: is the expression part of
    the phrase that names who acts rather than a modifier of the act?"""
    while token.head != trigger and token.head != token:
        token = token.head
    return token.dep_ in _SUBJECT_ARCS


def _trigger_above(token: Token, triggers: set[int], max_steps: int) -> int | None:
    for _ in range(max_steps):
        if token.head == token:
            return None
        token = token.head
        if token.i in triggers:
            return token.i
        if token.pos_ in ("VERB", "AUX"):
            return None
    return None
