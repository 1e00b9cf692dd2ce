"""The article and its per-article records, as they flow between Dateline's stages.

Every derived record carries the article it came from and a character span into that article's
cleaned ``text``, so any output can be traced back to the words that support it. The records the stages
derive from an article's words (quotes, figures, mentions, events), and those built across articles from
them (entities, storylines, figure series), are in :mod:`dateline.records`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from dateline.days import day_range_phrase
from dateline.records import Event, EventMention, Figure, Mention, Quote

PublishedBasis = Literal["metadata", "text", "corpus", "unknown"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True, slots=True)
class RawArticle:
    """An article as an ingester read it, before cleaning.

    ``published`` is set only when the source's own metadata states the date.
    """

    source: str
    text: str
    title: str | None = None
    url: str | None = None
    published: date | None = None


@dataclass(frozen=True, slots=True)
class DroppedLine:
    """A line the cleaner removed, kept so anyone can audit what was dropped and why."""

    line_no: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class PublicationDate:
    """An article's publication date as a range of days, with where it came from.

    A date known to the day has ``earliest == latest``; an unknown one has neither.
    ``evidence`` holds the ``(start, end)`` spans in the article text that support the range.
    """

    earliest: date | None = None
    latest: date | None = None
    basis: PublishedBasis = "unknown"
    evidence: tuple[tuple[int, int], ...] = ()

    @property
    def exact(self) -> date | None:
        """The day itself, when the range pins it down; otherwise None."""
        return self.earliest if self.earliest is not None and self.earliest == self.latest else None

    @property
    def phrase(self) -> str:
        """The range in words, for people: one side may be open (a corpus bound such as "no earlier than
        a report of a smaller toll"), and is then said as such rather than printed as a missing day."""
        return day_range_phrase(self.earliest, self.latest)

    @classmethod
    def on(cls, day: date, basis: PublishedBasis, evidence: tuple[tuple[int, int], ...] = ()) -> PublicationDate:
        return cls(day, day, basis, evidence)


@dataclass(slots=True)
class Article:
    """A cleaned article: the unit every later stage reads."""

    id: str
    source: str
    text: str
    title: str | None = None
    url: str | None = None
    published: PublicationDate = field(default_factory=PublicationDate)
    dropped: list[DroppedLine] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Span:
    """A character span in one article's text."""

    article_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A TimeML TIMEX3: a time expression with its type and normalised value.

    ``value`` follows TIMEX3 (``2023-12-20``, ``2023-W49``, ``P2D``, ``PAST_REF``…) and is None when the
    expression cannot be resolved honestly (e.g. a weekday in an article of unknown date).
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str | None
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One sentence on the timeline, reporting what happened on ``day``."""

    day: date
    article_id: str
    start: int
    end: int
    text: str
    score: float = 0.0


@dataclass(slots=True)
class ArticleAnalysis:
    """Everything the per-article NLP stage derives from one article, ready to store."""

    article_id: str
    published: PublicationDate | None
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[TimeExpression] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    event_keys: list[EventMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
