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
    ``latest`` bound it otherwise (its article's publication range); ``when`` says it in words."""

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
    cite: Citation


class FigureSeries(BaseModel):
    """``key`` groups the figures ("hostages:taken"); ``what`` is how the first of them says it."""

    key: str
    what: str
    points: list[FigurePoint]


class FiguresPage(BaseModel):
    storyline: Storyline
    series: list[FigureSeries]


class Hit(BaseModel):
    text: str
    matches: list[tuple[int, int]]
    cite: Citation


class SearchPage(BaseModel):
    query: str
    page: int
    more: bool
    hits: list[Hit]
