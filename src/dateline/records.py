"""The records Dateline's stages derive from articles and hand on: quotes, figures, entity mentions, event
mentions, entities, storylines and figure series.

They live below every stage because they cross stage boundaries: a spaCy component makes them, the store
keeps them, the corpus stages and the pages read them back. Spans are ``(start, end)`` character offsets
into the article text the Doc was made from, so every record can be traced back to the words that
support it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Literal, NamedTuple

from dateline.days import day_range_phrase

Offsets = tuple[int, int]
QuoteKind = Literal["direct", "indirect"]

#: Below this confidence a speaker, a figure's series, a publication date or a timeline entry is shown as
#: unknown (the candidate is kept in the store for audit). Every stage that sets one has it as a setting.
DEFAULT_MIN_CONFIDENCE = 0.5


@dataclass(frozen=True, slots=True)
class Quote:
    """One attribution: a source said (or wrote, claimed...) some content.

    ``content`` may hold several fragments (a quote interrupted by "he said"). ``source`` is the span
    naming the speaker in this sentence ("he", "the US official", "one person familiar with..."),
    ``speaker`` the person or body it resolves to within the article, and ``speaker_span`` the mention
    that names it. Both are None for anonymous sources and for pronouns that cannot be resolved.
    ``speech`` is False for attributions of a stance or intention ("Sanders criticized the deal",
    "Trump wants to build a wall"): PolNeAR counts them, a "who said what" list leaves them out.
    ``date`` (YYYY-MM-DD) is the day the cue's time expression names, else the article's date;
    ``dated_by`` holds the spans of the time expressions on the cue, so another publication date re-dates it.
    ``speaker_confidence`` says how sure the resolution is (None: nothing was resolved); when it is below
    the threshold, ``speaker`` is None and ``speaker_candidate`` keeps the name it would have been.
    """

    article_id: str | None
    kind: QuoteKind
    content: tuple[Offsets, ...]
    cue: Offsets | None
    source: Offsets | None
    speaker: str | None = None
    speaker_span: Offsets | None = None
    speaker_label: str | None = None
    speech: bool = True
    date: str | None = None
    dated_by: tuple[Offsets, ...] = ()
    speaker_confidence: float | None = None
    speaker_candidate: str | None = None
    #: The class of evidence the speaker rests on ("named", "pronoun across", …; see ``extract.quotes.speakers``).
    speaker_evidence: str | None = None

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]


@dataclass(frozen=True, slots=True)
class Figure:
    """A numeric claim: ``value`` of ``what``, as stated by ``source`` in ``sentence``.

    ``value`` is the number itself (``24`` for "two dozen"); ``text`` the words that state it; ``date``
    the day of the attribution that states it, else the article's date; ``dated_by`` that attribution's.
    ``confidence`` says how sure it is a claim a series can follow; ``in_series`` is False below the
    threshold: the figure is kept, but joins no series and no conflict. ``source_confidence`` says how sure
    ``source`` is the one who states it (None: no source was found); below the threshold ``source`` is None
    and ``source_candidate`` keeps the name it would have been, for audit.
    """

    article_id: str | None
    value: float
    text: str
    span: Offsets
    qualifier: str | None
    what: str | None
    source: str | None
    source_span: Offsets | None
    sentence: Offsets
    date: str | None = None
    dated_by: tuple[Offsets, ...] = ()
    confidence: float = 1.0
    in_series: bool = True
    source_confidence: float | None = None
    source_candidate: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of a named entity in one article, as input to cross-article merging.

    ``title`` is the role words in front of a person's name ("US President" in "US President Joe Biden");
    ``refers_to`` the fullest name the article gives the same person ("Blinken" -> "Antony Blinken"), or
    for a resolved description ("the US president") the person it stands for. ``related_to`` names an
    entity an apposition ties it to ("the Al-Qassam Brigades, the military wing of the Hamas movement").
    """

    article_id: str
    start: int
    end: int
    text: str
    label: str
    title: str | None = None
    refers_to: str | None = None
    related_to: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical entity across the corpus; ``related`` lists ids of distinct but linked entities."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    titles: tuple[str, ...] = ()
    related: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EntityLink:
    """A mention tied to its canonical entity: one row of the mention -> entity table."""

    article_id: str
    start: int
    end: int
    entity_id: str


@dataclass(frozen=True)
class EntityTable:
    """The merged entities and the mention -> entity links: the rows of two store tables."""

    entities: tuple[Entity, ...]
    links: tuple[EntityLink, ...]

    def entity_for(self, article_id: str, start: int, end: int) -> Entity | None:
        """The entity a mention was linked to, by its article and span."""
        return self._by_mention.get((article_id, start, end))

    @cached_property
    def _by_mention(self) -> dict[tuple[str, int, int], Entity]:
        by_id = {entity.id: entity for entity in self.entities}
        return {(link.article_id, link.start, link.end): by_id[link.entity_id] for link in self.links}


@dataclass(frozen=True, slots=True)
class EventMention:
    """An event key with either the day the article gives it or how long before publication it was."""

    event: str
    start: int
    end: int
    day: str | None = None
    amount: float | None = None
    unit: str | None = None


EventStatus = Literal["happened", "ongoing", "planned", "conditional", "hypothetical", "denied", "claimed"]


#: Which rule typed a lead event, for how sure its type is (:data:`dateline.confidence.TYPE_CONFIDENCE`): ``verb``,
#: the word table's rule for its verb ("vetoed"); ``noun``, the table's rule for a noun that leads a verbless
#: sentence ("talks in Doha"); ``happening``, a rule that reads its verb as a happening outside PLOVER (a crash, a
#: vote, a game's result); ``carried``, the act an untyped verb's clause goes on to tell, whose type the lead takes
#: (:func:`dateline.extract.events.lead.carried_event`); ``default``, no rule at all, so ``OCCURRENCE``.
TypeEvidence = Literal["verb", "noun", "happening", "carried", "default"]


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, when and where, as one sentence of one article reports it.

    ``type`` is a PLOVER event type (``AGREE``, ``ASSAULT``...) or ``OCCURRENCE`` for an event outside PLOVER,
    ``mode`` its PLOVER mode where the words give one. ``trigger`` is the predicate ("vetoed", "release");
    ``actor``/``target`` the spans of who acted and on whom, each with the entity mention heading it
    (``actor_mention``), through which the corpus's canonical entity is found. ``date`` (YYYY-MM-DD) is set
    only when the text pins the day; otherwise ``earliest``/``latest`` bound it (either may be open).
    ``status`` says whether it happened, is going on, is planned, conditional, hypothetical or denied, or is
    only claimed; ``claimed_by`` names whose attribution it sits in. ``main``: the article's lead event.
    ``actors``/``targets`` list the parties one by one as PLOVER codes them: each member of a compound party
    apart ("Jordan", "Britain"), and every side of a joint act (a meeting, a call, cooperation with a
    partner) among the actors, with no target; ``actor``/``target`` stay the spans of who acted and on whom.
    The date's evidence is kept so another publication date re-dates it without a parse: ``dated_by``, the
    spans of the time expressions attached to the predicate, ``said_dated_by``, those on the cue of the
    attribution it sits in (the day it was said bounds it when nothing else does; for a lead event, those of
    the story's dateline), ``news_of_day``: the text tells it as news of the day it was reported, and
    ``candidate_dated_by``: for a lead left with a range, the days its story's opening names, from which a
    below-line candidate day is taken (:func:`dateline.extract.events.dates.event_dates`).
    ``actor_evidence`` says how the actor was found where its words cannot: ``thing``, a lead's subject that
    is a thing and acts for no one, or one the lead only classes ("X has become the 11th state to ..."
    says what X is, not what it did), kept as a candidate below the confidence line, ``proper``, a lead's
    actor headed by a proper noun no entity mention covers, or ``doubtful``, a lead's actor read off a parse
    that misread its clause, kept with its mention (so its entity link) as a candidate below the line (None:
    read from its words and mention, :func:`dateline.confidence.party_evidence`). ``type_evidence`` says which
    rule typed a lead event (:data:`TypeEvidence`; None for any other event, whose type is not scored).
    """

    article_id: str | None
    type: str
    mode: str | None
    trigger: Offsets
    sentence: Offsets
    status: EventStatus
    actor: Offsets | None = None
    actor_mention: Offsets | None = None
    target: Offsets | None = None
    target_mention: Offsets | None = None
    location: Offsets | None = None
    date: str | None = None
    earliest: str | None = None
    latest: str | None = None
    claimed_by: str | None = None
    main: bool = False
    dated_by: tuple[Offsets, ...] = ()
    said_dated_by: tuple[Offsets, ...] = ()
    news_of_day: bool = False
    candidate_dated_by: tuple[Offsets, ...] = ()
    actors: tuple[Offsets, ...] = ()
    targets: tuple[Offsets, ...] = ()
    actor_evidence: Literal["thing", "proper", "doubtful"] | None = None
    type_evidence: TypeEvidence | None = None


#: What a stored event's date rests on: (row id, status, spans of its own time expressions, spans of those on
#: its attribution's cue, whether it is news of the day, spans of the days that give it a candidate); and its
#: dates resolved again: (row id, day, earliest, latest).
EventDating = tuple[int, EventStatus, tuple[Offsets, ...], tuple[Offsets, ...], bool, tuple[Offsets, ...]]
EventDates = tuple[int, str | None, str | None, str | None]


@dataclass(frozen=True, slots=True)
class EventReport:
    """What linking reads of a stored event to tell whether two articles report one event: its kind, the
    canonical entities of its actor and target (and whether the target is a person), and its date."""

    id: int
    article_id: str
    type: str
    mode: str | None
    actor: str | None
    target: str | None
    target_is_person: bool
    date: str | None
    earliest: str | None
    latest: str | None


def title_apart(title: str | None, text: str) -> bool:
    """Whether an article's headline stands apart from its text (the text does not open with it), so what
    reads the text never reads the headline."""
    return bool(title) and not text.lstrip().startswith(title or "")


@dataclass(frozen=True, slots=True)
class StorylineArticle:
    """What storyline grouping reads of an article: its day orders the reading, its text and the ids of the
    entities it mentions (once per mention) say what the story is about, and its lead event (who did what
    to whom, in the article's words) or else its title may name the story. ``day`` is the earliest day it
    may have been published and ``last_day`` the latest (its publication range; None for an exact day):
    articles far apart in time join one storyline only on strong evidence."""

    article_id: str
    day: date | None
    title: str | None
    text: str
    entities: tuple[str, ...] = ()
    lead_event: str | None = None
    last_day: date | None = None

    @property
    def wording(self) -> str:
        """The words that say what the article is about: its headline and its text. Where a cleaner sets
        the headline apart as the title (every HTML page, and a scrape whose head line is headline-shaped),
        reading the text alone would weigh the same story's articles differently by how they came in. A
        text that opens with its title already holds it once."""
        return f"{self.title}\n{self.text}" if title_apart(self.title, self.text) else self.text


@dataclass(frozen=True, slots=True)
class Storyline:
    """A group of articles; its id comes from its first article, so it is stable across rebuilds."""

    id: str
    title: str
    article_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SeriesPoint:
    """One figure in a series, with the day it was reported (YYYY-MM-DD), or None when that day is not
    known; then ``earliest``/``latest`` bound it by its article's publication range (either may be open),
    so a reader sees "between 2023-11-28 and 2023-12-04" rather than a bare "undated"."""

    figure: Figure
    date: str | None
    earliest: str | None = None
    latest: str | None = None

    @property
    def first_day(self) -> str | None:
        """The earliest day the report can be from: what orders range-dated points among dated ones."""
        return self.date or self.earliest

    @property
    def last_day(self) -> str | None:
        """The latest day the report can be from."""
        return self.date or self.latest

    @property
    def when(self) -> str:
        """The report date in words: a day, a range, one open side, or "date unknown"."""
        if self.date is None and self.earliest is None and self.latest is None:
            return "date unknown"
        return self.date or day_range_phrase(self.earliest, self.latest)


#: A point with the key of the series it belongs to (None: it belongs to none).
KeyedPoint = tuple[str | None, SeriesPoint]


class CountedPoint(NamedTuple):
    """A point as the store holds it: its figure's id, its series key (None: it belongs to none), and how
    many identical reports it stands for (1, but for a point standing for a claim)."""

    figure_id: int
    key: str | None
    point: SeriesPoint
    reports: int = 1


@dataclass(frozen=True, slots=True)
class CountedSeries:
    """A series with, for each of its points, the id of its figure and how many reports it stands for."""

    series: FigureSeries
    figure_ids: tuple[int, ...]
    reports: tuple[int, ...]

    @property
    def total_reports(self) -> int:
        return sum(self.reports)


@dataclass(frozen=True, slots=True)
class FigureSeries:
    """Figures from many articles that count the same thing, ordered by date.

    Points stating the same claim (the same value range, and for a changing count the same day) share one
    claim: ``claims[i]`` is the index of the first point stating point ``i``'s claim. ``conflicts`` pairs
    those first points for every two claims that cannot both be true (240 and 251 hostages taken on
    Oct. 7: a count of a past event should not change between reports), so a thousand reports of two
    numbers give one conflict, not half a million. ``conflict_confidence[k]`` is how sure conflict ``k`` is a
    dispute (:func:`dateline.link.series.conflict_confidence`); below the confidence line it is kept, but views
    mark it unconfirmed.
    """

    key: str
    what: str
    points: tuple[SeriesPoint, ...]
    conflicts: tuple[tuple[int, int], ...] = ()
    claims: tuple[int, ...] = ()
    conflict_confidence: tuple[float, ...] = ()

    def conflicting(self) -> frozenset[int]:
        """The indices of every point whose claim is in a conflict."""
        disputed = {index for pair in self.conflicts for index in pair}
        return frozenset(i for i, claim in enumerate(self.claims) if claim in disputed)
