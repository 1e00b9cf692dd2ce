"""What each page shows, as typed records: the HTML pages render them and ``/api/`` returns them as JSON.

One record per page keeps the two views in step, and gives the API its OpenAPI schema for free.
Offsets index into the article's cleaned ``text``, as in the ``dateline/1`` export.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel


class Storyline(BaseModel):
    id: str
    title: str
    first_day: str | None
    last_day: str | None
    articles: int
    outlets: int


class Citation(BaseModel):
    """A span of one article, with what a reader needs to judge the source at a glance."""

    article_id: str
    article_title: str | None
    #: Who published the article: its outlet, or the file it was read from when it names none.
    outlet: str
    published: str | None
    start: int
    end: int


class Entry(BaseModel):
    text: str
    cite: Citation
    #: How sure the timeline model is of the entry's day (1 for a pinned entry; None in an older store).
    confidence: float | None = None
    #: A user pinned it (``dateline correct pin``): it stays whatever the summarizer chooses.
    pinned: bool = False


class Day(BaseModel):
    day: str
    entries: list[Entry]


class TimelinePage(BaseModel):
    storyline: Storyline
    entity: str | None
    since: str | None
    until: str | None
    page: int
    more: bool
    days: list[Day]


class ChartItem(BaseModel):
    """One mark on the interactive timeline: a timeline entry, a dated quote or a dated event, in its ``group``;
    ``end`` is set for what is dated only to a range of days."""

    group: Literal["timeline", "quotes", "events"]
    start: str
    end: str | None
    text: str
    #: Who said it (quotes) or what kind of event it is (events); empty for timeline entries.
    label: str
    href: str


class ChartPage(BaseModel):
    """What the interactive timeline draws for a storyline; ``truncated`` when a group had more than it shows."""

    storyline: Storyline
    items: list[ChartItem]
    truncated: bool


class Speaker(BaseModel):
    """One speaker's first quotes in a storyline, dated ones oldest first, then undated ones; ``quotes_total``
    counts all of them."""

    name: str
    entity_id: str | None
    quotes_total: int
    quotes: list[Quote]


class SpeakersPage(BaseModel):
    storyline: Storyline
    speakers: list[Speaker]


class EventItem(BaseModel):
    """An event as a page lists it: ``actor``/``target`` its primary parties, ``actors``/``targets`` every
    party (a joint act's sides all actors), each below the confidence line as "unknown"."""

    type: str
    mode: str | None
    actor: str | None
    target: str | None
    actors: list[str]
    targets: list[str]
    location: str | None
    status: str
    when: str
    main: bool
    cite: Citation


class EventsPage(BaseModel):
    """The first events of a storyline in date order, only those of ``type`` and with an actor named ``actor``
    when set; ``types`` the types its events have (the filter's choices); ``more`` when there are others."""

    storyline: Storyline
    type: str | None
    actor: str | None
    types: list[str]
    more: bool
    events: list[EventItem]


class CorrectionRecord(BaseModel):
    """A correction as the audit page lists it (``dateline correct list`` prints the same)."""

    id: int
    kind: str
    article_id: str | None
    start: int | None
    end: int | None
    value: dict[str, Any]
    note: str | None
    author: str
    via: str
    made_at: str
    undone_at: str | None
    undone_by: str | None


class CorrectionsPage(BaseModel):
    corrections: list[CorrectionRecord]


class Published(BaseModel):
    """An article's publication date; below the confidence line the page says unknown and shows ``candidate``
    (the range in words) as what it might be."""

    earliest: str | None
    latest: str | None
    basis: str
    evidence: list[tuple[int, int]]
    confidence: float
    candidate: str | None


class Timex(BaseModel):
    start: int
    end: int
    text: str
    type: str
    value: str | None


class Mention(BaseModel):
    start: int
    end: int
    text: str
    label: str
    entity_id: str | None


class Quote(BaseModel):
    """A quote; a speaker below the confidence line is None, with who it might be in ``speaker_candidate``."""

    text: str
    kind: Literal["direct", "indirect"]
    speaker: str | None
    speaker_entity_id: str | None
    date: str | None
    cite: Citation
    speaker_confidence: float | None = None
    speaker_candidate: str | None = None


class Dropped(BaseModel):
    line: int
    text: str
    reason: str


class ArticlePage(BaseModel):
    id: str
    storyline_id: str | None
    source: str
    url: str | None
    title: str | None
    text: str
    published: Published
    highlight: tuple[int, int] | None
    timexes: list[Timex]
    mentions: list[Mention]
    quotes: list[Quote]
    dropped: list[Dropped]


class Appearance(BaseModel):
    mentions: int
    cite: Citation


class EntityPage(BaseModel):
    id: str
    name: str
    type: str
    aliases: list[str]
    titles: list[str]
    quotes: list[Quote]
    appearances: list[Appearance]
    events_as_actor: list[EventItem]
    events_as_target: list[EventItem]


class FigurePoint(BaseModel):
    """A figure in a series: ``date`` is the day it was reported when known to the day; ``earliest`` and
    ``latest`` bound it otherwise (its article's publication range); ``when`` says it in words. ``reports``
    is how many reports state the same figure from the same source for the same day (1 on a series' own
    page, which lists every report), of which ``cite`` is the first stored."""

    value: float
    text: str
    qualifier: str | None
    what: str | None
    source: str | None
    date: str | None
    earliest: str | None
    latest: str | None
    when: str
    conflict: bool
    reports: int
    #: The figure itself in its article (``cite`` is its sentence): what a correction of it names.
    span: tuple[int, int]
    cite: Citation


class FigureSeries(BaseModel):
    """``key`` groups the figures ("hostages:taken"); ``what`` is how the first of them says it.

    Identical reports (the same figure from the same source for the same day) are one of the ``distinct``
    points. ``drawn`` is what the chart shows, in date order: every point, or when there are too many the
    first, the last, those in ``conflicts`` (pairs of claims that cannot both be true) and others spread
    between. ``listed`` is the conflicting claims, then the latest reports.
    """

    key: str
    what: str
    reports: int
    distinct: int
    conflicts: int
    drawn: list[FigurePoint]
    listed: list[FigurePoint]


class FiguresPage(BaseModel):
    """One page of a storyline's ``total`` series: those with conflicts first, then the most reported."""

    storyline: Storyline
    page: int
    more: bool
    total: int
    series: list[FigureSeries]


class SeriesPage(BaseModel):
    """One series, and one page of every report in it in date order."""

    storyline: Storyline
    series: FigureSeries
    page: int
    more: bool
    reports: list[FigurePoint]


class ReviewItem(BaseModel):
    """A value shown as unknown, being below the confidence line: a quote's ``speaker``, a ``figure`` kept out of
    every series, an article's ``published`` date, or a timeline day ``held`` back. ``candidate`` is what it would
    have been (a name, what the figure counts, a date range, the day), kept for audit; ``day`` is the day a
    correction accepting it names (a date's first day, a held day's own)."""

    kind: Literal["speaker", "figure", "published", "held"]
    text: str
    candidate: str | None
    confidence: float | None
    day: str | None
    cite: Citation


class ReviewPage(BaseModel):
    """What needs review in a storyline (or the whole store); ``more`` when a kind had more than is listed."""

    storyline: Storyline
    min_confidence: float
    more: bool
    items: list[ReviewItem]


class Hit(BaseModel):
    text: str
    matches: list[tuple[int, int]]
    cite: Citation


class SearchPage(BaseModel):
    query: str
    page: int
    more: bool
    hits: list[Hit]
