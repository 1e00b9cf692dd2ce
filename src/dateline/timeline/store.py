"""Each storyline's timeline, summarized from the store's sentences: the product timeline, stored by
:func:`rebuild_timeline`, and a reader's own, summarized afresh."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from datetime import date
from itertools import groupby

from dateline.clean.embeds import carries_post_mark
from dateline.model import TimelineEntry
from dateline.store.storylines import storyline_ids, storyline_ranges
from dateline.store.timeline import (
    StoredTraits,
    corrected_entries,
    replace_timeline,
    save_traits,
    storyline_traits,
)
from dateline.timeline.body import (
    addresses_reader,
    ends_as_sentence,
    is_byline,
    is_page_note,
    speaks_to_reader,
    states_something,
)
from dateline.timeline.candidates import storyline_candidates
from dateline.timeline.features import SentenceTraits, sentence_traits
from dateline.timeline.records import CandidateSentence, SummaryDay
from dateline.timeline.summarize import summarize

#: A timeline by day, oldest first.
Days = list[tuple[date, list[TimelineEntry]]]


def rebuild_timeline(conn: sqlite3.Connection, storylines: Sequence[str] | None = None) -> int:
    """Summarize every storyline (or only these) into its timeline, replacing the stored one and the days held
    back below the line; return the size of the whole stored timeline."""
    chosen = storyline_ids(conn) if storylines is None else sorted(storylines)
    days = [(storyline_id, day) for storyline_id in chosen for day in _summarized(conn, storyline_id)]
    listed, held = ([(storyline_id, entry) for storyline_id, day in days if day.listed == shown
                     for entry in _entries(day)] for shown in (True, False))
    return replace_timeline(conn, listed, held, storylines)


def _summarized(conn: sqlite3.Connection, storyline_id: str) -> list[SummaryDay]:
    """A storyline's timeline, the words of only the sentences no summary read before searched (their traits
    kept for the next); the same as summarized afresh."""
    candidates = storyline_candidates(conn, storyline_id)
    kept = storyline_traits(conn, storyline_id)
    traits = _traits(candidates, kept)
    save_traits(conn, [(c.article_id, c.start, c.end, (t.usable, t.text_features))
                       for c, t in zip(candidates, traits, strict=True) if (c.article_id, c.start, c.end) not in kept])
    return summarize(candidates, traits=traits, story_dated=is_dated(conn, storyline_id))


def is_dated(conn: sqlite3.Connection, storyline_id: str) -> bool:
    """Whether some article of the storyline is dated, if only to a range of days or on one side: where none is,
    its weekdays name no day and the days its texts name in full are the background of its news
    (:func:`~dateline.timeline.summarize.summarize`'s ``story_dated``)."""
    return storyline_ranges(conn, [storyline_id]).get(storyline_id, (None, None)) != (None, None)


def _traits(candidates: Sequence[CandidateSentence], kept: Mapping[tuple[str, int, int], StoredTraits]
            ) -> list[SentenceTraits]:
    """Each candidate's traits, as kept or read afresh (:func:`entry_traits`)."""
    return [SentenceTraits(*kept[span]) if (span := (c.article_id, c.start, c.end)) in kept else entry_traits(c)
            for c in candidates]


def entry_traits(c: CandidateSentence) -> SentenceTraits:
    """A sentence's traits as a timeline entry of an article's body: unusable as well when it is no claim of the
    story (``in_story``: a caption, a credit, a reader's comment, whatever day it names), or when it names no day and
    it stops short of a sentence's end (:func:`~dateline.timeline.body.ends_as_sentence`: a headline, a related
    link, a promotion, a line the page cut) or a part of it states nothing
    (:func:`~dateline.timeline.body.states_something`: a comment, a plea, a teaser, a credit the cleaner kept),
    read as news of its article's day for want of a day of its own. A sentence
    that names a day is dated by its own words, and the tagger's slips (a verb read as a noun) cost no key day;
    but one that reads as the page's furniture (:func:`is_furniture_like`: "Here's what to know:", "… click
    here.", a prompt to "you", a post's handle) is furniture whatever day it names.
    Benchmarks of plain article text (Timeline17) are summarized without this check, which would tag every
    sentence of their thousands of articles."""
    traits = sentence_traits(c) if c.in_story and not is_furniture_like(c.text) else SentenceTraits(False)
    if not traits.usable or c.referenced_dates or (ends_as_sentence(c.text) and states_something(c.text)):
        return traits
    return SentenceTraits(False)


def is_furniture_like(text: str) -> bool:
    """Whether a sentence reads as the page's furniture whatever day it names: it speaks to the reader about the page
    (:func:`~dateline.timeline.body.speaks_to_reader`), turns to the reader in the second person
    (:func:`~dateline.timeline.body.addresses_reader`: a column's aside, a prompt), or carries a handle, a hashtag
    or a link (:func:`~dateline.clean.embeds.carries_post_mark`: a post the cleaner kept, a "follow us" line), or is
    a note about the article or its writer (:func:`~dateline.timeline.body.is_page_note`: where it ran first, a bio),
    or a byline (:func:`~dateline.timeline.body.is_byline`), which a page dates to the minute."""
    return (speaks_to_reader(text) or addresses_reader(text) or carries_post_mark(text) or is_page_note(text)
            or is_byline(text))


def _entries(day: SummaryDay) -> list[TimelineEntry]:
    return [TimelineEntry(day.date, c.article_id, c.start, c.end, c.text, confidence=round(day.confidence, 3))
            for c in day.sentences]


def summarized_timeline(conn: sqlite3.Connection, storyline_id: str, n_dates: int | None = None,
                        sentences_per_date: int | None = None, start: date | None = None,
                        end: date | None = None) -> tuple[Days, Days]:
    """A storyline's timeline with the reader's own settings (number of days, sentences per day, date range),
    summarized afresh from the store and not stored, with the user's hides and pins applied as on the stored
    one, and the days held back below the confidence line; None leaves a setting automatic."""
    candidates = storyline_candidates(conn, storyline_id)
    days = summarize(candidates, n_dates, sentences_per_date, start, end,
                     traits=_traits(candidates, storyline_traits(conn, storyline_id)),
                     story_dated=is_dated(conn, storyline_id))
    listed = [(storyline_id, entry) for day in days if day.listed for entry in _entries(day)]
    entries = sorted((entry for _, entry in corrected_entries(conn, listed, [storyline_id])
                      if (start is None or entry.day >= start) and (end is None or entry.day <= end)),
                     key=lambda e: (e.day, e.article_id, e.start))
    held = [(day.date, _entries(day)) for day in days if not day.listed]
    return [(day, list(group)) for day, group in groupby(entries, key=lambda e: e.day)], held
