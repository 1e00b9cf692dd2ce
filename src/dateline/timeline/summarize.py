"""Timeline summarization: pick the days that matter, then say what happened on each, with sources.

Input is a flat list of :class:`~dateline.timeline.records.CandidateSentence` (see that module for what
the pipeline must fill in); output is :class:`~dateline.timeline.records.SummaryDay` per day, in
date order, every sentence keeping its article and span.

Two stages, as in DATEWISE (Ghalandari & Ifrim 2020), which beat clustering and whole-timeline
optimisation on the standard benchmarks:

1. rank days (:func:`dateline.timeline.dates.rank_dates`) and keep the best ``n_dates``;
2. for each day, choose sentences from those about that day — naming it, or published on it or the
   day after without naming another day — preferring sentences that name the day (they report an
   event on it rather than merely appearing then), that resemble the day's coverage as a whole
   (what most reports of the day say is what happened) and the story's (relevance), and that add
   something not already said on the timeline (if every sentence of a day repeats earlier ones, the
   day's best sentence is kept anyway: a listed day always says something).

A timeline entry is a third-person report of an event, so sentences of another kind are never
candidates: page furniture (photo credits, "place | time" bylines, reader-comment headers), quotations
opening a sentence and first-person sentences (quotes, columns, comments). The entries journalists
write are also what the coverage itself prints as chronologies ("March 17 - The U.N. Security Council
votes …"), so a sentence that opens with the day it names counts as naming it twice.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from dateline.timeline.dates import rank_dates
from dateline.timeline.records import CandidateSentence, SummaryDay
from dateline.timeline.vectors import (
    Vector,
    centroid,
    content_terms,
    cosine,
    inverse_document_frequencies,
    tfidf,
)

#: A sentence shorter or longer than this (in words) rarely makes a readable timeline entry.
MIN_WORDS, MAX_WORDS = 8, 45
#: Above this cosine a sentence says again what a chosen one said.
REDUNDANCY = 0.5
#: Score bonus for naming the day explicitly. (A bonus for lead sentences was tried and hurt: news leads
#: mix the day's event with context, and Timeline17's first lines run headline and standfirst together.)
NAMES_DAY_BONUS = 0.2

# Measured on Timeline17 (12 tasks), each exclusion against the method without it: mean AR-1 +.0018 for
# page furniture, +.0013 for an opening quotation, +.0010 for first person (AR-2 -.0002: kept because a
# "we" or "I" whose speaker is cut away misleads a reader).
_PAGE_FURNITURE = re.compile(r"\bPhotograph\b|\s\|\s")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b")
_OPENING_QUOTE = re.compile(r"^\s*(?:``|[\"“])")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# "March 17 - …", "Tuesday, 20 April 2010: …": a chronology entry, its day first, then a dash or colon.
# Timeline17's inputs hold such entries in 8 of 12 tasks; preferring them raised mean AR-2 .042 → .051
# and AR-1 .137 → .146 (on 4 tasks; no task lost more than .002 of either).
_CHRONOLOGY_ENTRY = re.compile(rf"^(?:[A-Z][a-z]+day\s*,?\s*)?(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})"
                               rf"(?:\s*,?\s*\d{{4}})?\s*(?:--?|:|–|—)\s")


@dataclass(frozen=True, slots=True)
class Settings:
    """The hand-set choices that were measured on Timeline17 itself; ``dateline eval t17 --cv topic`` picks
    them on the training topics only."""

    names_day_bonus: float = NAMES_DAY_BONUS
    chronology_entries: bool = True
    other_voice_excluded: bool = True


DEFAULT_SETTINGS = Settings()


class _Index:
    """Candidate sentences grouped by the days they may report on, with their TF-IDF vectors."""

    def __init__(self, candidates: Sequence[CandidateSentence], settings: Settings) -> None:
        usable = [c for c in candidates if _is_usable(c, settings)]
        words = [content_terms(c.text) for c in usable]
        idf = inverse_document_frequencies(words)
        self.vectors = {c: tfidf(w, idf) for c, w in zip(usable, words)}
        self.story = centroid(self.vectors.values())
        self.by_day: dict[date, list[CandidateSentence]] = defaultdict(list)
        for c in usable:
            for day in _days_reported(c):
                self.by_day[day].append(c)


def _is_usable(c: CandidateSentence, settings: Settings) -> bool:
    """A plain declarative sentence of readable length that reports rather than quotes or comments."""
    n = len(c.text.split())
    other_voice = settings.other_voice_excluded and _is_other_voice(c.text)
    return MIN_WORDS <= n <= MAX_WORDS and not c.text.rstrip().endswith("?") and not other_voice


def _is_other_voice(text: str) -> bool:
    """Page furniture, a quotation or a first-person sentence: not how a timeline entry is written."""
    return any(p.search(text) for p in (_PAGE_FURNITURE, _FIRST_PERSON, _OPENING_QUOTE))


def _days_reported(c: CandidateSentence) -> tuple[date, ...]:
    """Days a sentence may report on: those it names, else its publication day and the day before."""
    if c.referenced_dates or c.article_published is None:
        return c.referenced_dates
    return (c.article_published, c.article_published - timedelta(days=1))


def _score(c: CandidateSentence, day: date, vector: Vector, day_centre: Vector, story: Vector,
           settings: Settings) -> float:
    """Typical of the day's coverage, relevant to the story, and about this very day."""
    naming = _day_naming(c, day, settings.chronology_entries)
    return cosine(vector, day_centre) + cosine(vector, story) + settings.names_day_bonus * naming


def _day_naming(c: CandidateSentence, day: date, chronology_entries: bool) -> int:
    """2 for a chronology entry of ``day`` (if they count double), 1 for another sentence naming it, 0 for
    one that does not."""
    if day not in c.referenced_dates:
        return 0
    chronology = chronology_entries and c.referenced_dates[0] == day and _CHRONOLOGY_ENTRY.match(c.text)
    return 2 if chronology else 1


def _select(index: _Index, day: date, k: int, chosen: list[Vector], settings: Settings) -> list[CandidateSentence]:
    """Up to ``k`` best sentences for ``day``, none too close to one already on the timeline."""
    pool = index.by_day.get(day, [])
    day_centre = centroid(index.vectors[c] for c in pool)
    ranked = sorted(pool, key=lambda c: -_score(c, day, index.vectors[c], day_centre, index.story, settings))
    picked: list[CandidateSentence] = []
    for c in ranked:
        if len(picked) == k:
            break
        if all(cosine(index.vectors[c], v) <= REDUNDANCY for v in chosen):
            picked.append(c)
            chosen.append(index.vectors[c])
    return picked or ranked[:1]


def automatic_date_count(scores: Sequence[float]) -> int:
    """Days standing out from the rest: scores above the mean by one standard deviation (at least one)."""
    if len(scores) < 2:
        return len(scores)
    threshold = statistics.fmean(scores) + statistics.pstdev(scores)
    return max(1, sum(s > threshold for s in scores))


def summarize(candidates: Sequence[CandidateSentence], n_dates: int | None = None,
              sentences_per_date: int | None = None, start: date | None = None,
              end: date | None = None, settings: Settings = DEFAULT_SETTINGS) -> list[SummaryDay]:
    """A timeline of ``n_dates`` days within ``[start, end]``, ``sentences_per_date`` sentences each.

    ``None`` for a count means automatic: the days that stand out (:func:`automatic_date_count`), and
    two sentences for a day with at least median coverage among them, one otherwise.
    """
    index = _Index(candidates, settings)
    ranked = [(d, s) for d, s in rank_dates(candidates, start, end) if index.by_day.get(d)]
    count = n_dates if n_dates is not None else automatic_date_count([s for _, s in ranked])
    days = sorted(d for d, _ in ranked[:count])
    coverage = statistics.median(len(index.by_day[d]) for d in days) if days else 0
    chosen: list[Vector] = []
    entries = []
    for day in days:
        k = sentences_per_date or (2 if len(index.by_day[day]) >= coverage else 1)
        entries.append(SummaryDay(day, tuple(_select(index, day, k, chosen, settings))))
    return entries
