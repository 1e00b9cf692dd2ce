"""The summarizer's input and output records.

The summarizer sees no articles, parses or storage: only candidate sentences, each with the days it
refers to. Any pipeline can feed it — the project's store after the time stage, or the Timeline17 loader
with a stand-in tagger — and every output sentence keeps the article and character span it came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class CandidateSentence:
    """One sentence of one article, with the days its time expressions resolve to.

    ``start``/``end`` are character offsets into the article's cleaned text. ``referenced_dates`` holds
    only the days named by the sentence's own time expressions (DATE timexes resolved to a single day),
    in order; leave it empty when there are none — the summarizer then reads the sentence as reporting
    on its article's publication day (or, news being a day late, the day before). ``article_published``
    is None when the article's day is not known exactly: its sentences then count only for the days
    they name, so an unknown date is never turned into a guessed one. ``lead_event_day`` is set on the
    sentence telling its article's lead event (what the article reports, found by the event stage) when the
    text pins that event to a day: the sentence is then the report of that day before any other of its article.
    ``in_story`` is False for a sentence on a line that is no claim of the story (a caption, a credit, a
    reader's comment: :func:`dateline.extract.lines.off_story_reason`): the days it names still count as
    the coverage a reader sees, and its place in its article as before, but it is no timeline entry.
    ``earlier_period`` is the last day of the latest month or year the sentence names when that period ended
    well before its article's publication (``None`` if it names none, or a recent one): with no day of its own,
    such a sentence tells background of that time ("after he shot an unarmed man in April"), not news of its
    article's day.
    """

    article_id: str
    start: int
    end: int
    text: str
    article_published: date | None
    referenced_dates: tuple[date, ...] = ()
    lead_event_day: date | None = None
    in_story: bool = True
    earlier_period: date | None = None


@dataclass(frozen=True, slots=True)
class SummaryDay:
    """One day of a timeline and the sentences chosen to say what happened on it.

    ``confidence`` is the timeline model's that the day belongs on the story's timeline, 0.5 at the model's
    listing line; ``listed`` is False for a day held back below the line, kept for audit but not shown."""

    date: date
    sentences: tuple[CandidateSentence, ...]
    confidence: float = 1.0
    listed: bool = True
