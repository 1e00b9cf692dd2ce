"""What each page shows, as typed records: the HTML pages render them and ``/api/`` returns them as JSON.

One record per page keeps the two views in step, and gives the API its OpenAPI schema for free.
Offsets index into the article's cleaned ``text``, as in the ``dateline/1`` export.
"""

from __future__ import annotations

from typing import Literal

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


class Published(BaseModel):
    earliest: str | None
    latest: str | None
    basis: str
    evidence: list[tuple[int, int]]


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
    text: str
    kind: Literal["direct", "indirect"]
    speaker: str | None
    speaker_entity_id: str | None
    date: str | None
    cite: Citation


class Dropped(BaseModel):
    line: int
    text: str
    reason: str


class ArticlePage(BaseModel):
    id: str
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


class Hit(BaseModel):
    text: str
    matches: list[tuple[int, int]]
    cite: Citation


class SearchPage(BaseModel):
    query: str
    page: int
    more: bool
    hits: list[Hit]
