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
from dateline.errors import Warned
from dateline.records import Event, EventMention, Figure, Mention, Quote

PublishedBasis = Literal["metadata", "text", "corpus", "unknown"]
#: A range open on one side (a corpus bound, "on or after") bounds the day but does not place it.
OPEN_RANGE_CONFIDENCE = 0.3
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
#: Which way a time expression told without a year or week looks from the publication date.
Direction = Literal["past", "future", "nearest"]


@dataclass(frozen=True, slots=True)
class RawArticle:
    """An article as an ingester read it, before cleaning.

    ``published`` is set when the source's own metadata states the date (``published_basis`` "metadata"), or
    when an HTML page's markup suggests one (basis "text": a guess the text's own stamp is checked against).
    ``warnings`` say what of the input was set aside (a ``published`` field that is not a date).
    """

    source: str
    text: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    published_basis: PublishedBasis = "metadata"
    #: The last day when the source gives two or more days (a page whose metadata and date line disagree).
    published_latest: date | None = None
    warnings: tuple[Warned, ...] = ()
    #: The publisher the source itself names (an HTML page's site name), if any.
    outlet: str | None = None
    #: Whether an extractor (trafilatura, on an HTML page) already set the main text apart from the page's
    #: furniture, so the cleaner keeps to its line rules and does not judge lines by their place.
    extracted: bool = False
    #: The text of each link of an HTML page, its spacing collapsed: what a box of other stories' titles below
    #: the article is made of (:mod:`dateline.clean.link_boxes`). Empty for text that comes without its page.
    links: frozenset[str] = frozenset()
    #: The authors an HTML page's metadata names (its byline, as the extractor reads it): the cleaner knows the
    #: author's bio that the extractor kept below the article by them. Empty for text without its page.
    authors: tuple[str, ...] = ()
    #: The descriptions (alt texts) of an HTML page's pictures, their spacing collapsed: a caption the extractor kept
    #: between the paragraphs repeats its picture's (:func:`dateline.clean.boilerplate.alt_captions`).
    pictures: frozenset[str] = frozenset()


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
    def confidence(self) -> float:
        """How sure the range is, from its evidence: stated metadata, then the article's own dateline or
        stamp (an exact day from its text), then a page's markup guess (a day with no evidence in the
        text), then an inference over days (the text's reported dates, the corpus), less sure the wider
        the range and least when a side is open."""
        if self.earliest is None or self.latest is None:
            return 0.0 if self.earliest is None and self.latest is None else OPEN_RANGE_CONFIDENCE
        if self.exact is not None:
            return {"metadata": 0.95, "text": 0.8 if self.evidence else 0.6}.get(self.basis, 0.5)
        width = (self.latest - self.earliest).days + 1
        return (0.7 if self.basis == "text" else 0.6) * min(1.0, 7 / width)

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
    #: Who published it, as citations name it: the page's publisher, the URL's host or the user's --outlet.
    outlet: str | None = None


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
    #: How sure the timeline model is that the day belongs on the timeline (0.5: its listing line); None in a
    #: store written before confidences were kept.
    confidence: float | None = None


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
    #: What the dates above are relative to: each time expression's form, and the event its span dates.
    timex_forms: list[TimexForm] = field(default_factory=list)
    form_events: dict[tuple[int, int], str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class TimexForm:
    """A time expression as its words and its clause give it, before any publication date: the rule that
    read it, where the rule's pattern matched (the span leaves out spaces the pattern took), and the tense
    around it. The rule's reading of that match says what the value is relative to: nothing ("March 21,
    2024"), the publication day ("Wednesday" told in the past, "two weeks ago"), or the last date the text
    named ("that day"). The analysis stores the forms, so a new publication date needs no parse."""

    start: int
    end: int
    rule: str
    match_start: int
    direction: Direction


#: The time expressions (spans) a quote or figure, by its row id, takes its date from.
DatedRows = list[tuple[int, tuple[tuple[int, int], ...]]]


@dataclass(frozen=True, slots=True)
class StoredDating:
    """What an article's dates are relative to, as its analysis stored it."""

    forms: list[TimexForm]
    #: The event each time expression's span dates (:func:`dateline.time.events.event_keys`).
    form_events: dict[tuple[int, int], str]
    quotes: DatedRows
    figures: DatedRows


@dataclass(frozen=True, slots=True)
class Redated:
    """An article's dates against its new publication date: what its analysis would store now."""

    timexes: list[TimeExpression]
    event_keys: list[EventMention]
    #: (row id, YYYY-MM-DD or None) per quote and per figure.
    quote_dates: list[tuple[int, str | None]]
    figure_dates: list[tuple[int, str | None]]
