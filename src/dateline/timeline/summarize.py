"""Timeline summarization: pick the days that matter, then say what happened on each, with sources.

Input is a flat list of :class:`~dateline.timeline.records.CandidateSentence` (see that module for what
the pipeline must fill in); output is :class:`~dateline.timeline.records.SummaryDay` per day, in
date order, every sentence keeping its article and span.

Two stages, as in DATEWISE (Ghalandari & Ifrim 2020), which beat clustering and whole-timeline
optimisation on the standard benchmarks, both scored by the learned model of
:mod:`dateline.timeline.ranker` over the features of :mod:`dateline.timeline.features`:

1. rank the days by the day scorer and keep the best ``n_dates`` — or, with no length asked for, those
   scoring above the model's listing threshold that the coverage corroborates (the best corroborated day
   always: a story's key day is never left out; but no day of a story none of whose days is corroborated,
   whose best day would be a guess among passing mentions). A day only one sentence names, with nothing published on
   it, is a side detail (a victim's birthday, the start of a holiday, the year a law was passed) however a
   small story's scores rank it: in a one-article story such a day is named where nothing else is, and
   outscores the day the article reports; unless it falls in the week before the naming article's publication,
   the story's current course (the shooting on Wednesday that Thursday's report of the arrest goes back to);
2. for each day, rank the sentences that may report on it — naming it, or published on it or the day
   after without naming another day — by the sentence scorer, those telling their article's lead event of
   the day first (the report of the day, not a detail of its body), and take the best that add something not
   already said on the timeline (if every sentence of a day repeats earlier ones, the day's best sentence
   not already listed is kept anyway: a listed day always says something; a day whose every sentence is listed
   on another is held back, since no sentence is told on two days).

Every day carries a confidence: the day scorer's logistic probability, shifted so that the model's listing
threshold is 0.5 (the line below which Dateline says "unknown", :data:`dateline.records.DEFAULT_MIN_CONFIDENCE`);
where the corroboration rule overrides the scorer, the share of such days measured right instead
(:func:`day_confidence`), so that a listed day never shows a confidence below the line, nor a held one above it.
A story none of whose articles is dated, even to a range of days, lists no day the scorer puts below its line: its
texts' weekdays, which tell its news, resolve to no day, so its best day is one its bodies name in full, background.
With no length asked for, the best days left off (up to :data:`MAX_TIMELINE_DAYS`) come back too, each with
its sentences and ``listed`` False: held back below the line, kept for audit.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

import numpy as np

from dateline.records import DEFAULT_MIN_CONFIDENCE
from dateline.timeline.features import Coverage, SentenceTraits
from dateline.timeline.ranker import TimelineModel, load_model
from dateline.timeline.records import CandidateSentence, SummaryDay

#: Above this cosine a sentence says again what a chosen one said.
REDUNDANCY = 0.5
#: A timeline with no length asked for lists at most this many days: what a reader takes in at a glance.
MAX_TIMELINE_DAYS = 40
#: A day's candidate sentences checked for repeats at once (:func:`_pick`).
PICK_BLOCK = 16
#: The confidence of a story's best corroborated day that the scorer puts below its line, listed all the same:
#: measured on the real-news tuning splits (dev, dev2..dev16, session 27), 19 of 23 such days were a labelled key
#: day of the story or its one article's labelled lead-event day (the 4 others its publication day).
BEST_DAY_CONFIDENCE = 0.8
#: The confidence, at most, of a day the scorer puts above its line that nothing corroborates (a passing mention,
#: held back): measured the same way, 5 of 23 such days were a key day or a lead-event day.
UNCORROBORATED_CONFIDENCE = 0.2


def summarize(candidates: Sequence[CandidateSentence], n_dates: int | None = None,
              sentences_per_date: int | None = None, start: date | None = None,
              end: date | None = None, model: TimelineModel | None = None,
              traits: Sequence[SentenceTraits] | None = None, story_dated: bool = True) -> list[SummaryDay]:
    """A timeline of ``n_dates`` days within ``[start, end]``, ``sentences_per_date`` sentences each.

    ``None`` for a count means automatic: the days the model lists (up to :data:`MAX_TIMELINE_DAYS`), and
    the model's number of sentences a day, followed by the days held back below the line (``listed`` False).
    ``model`` defaults to :func:`~dateline.timeline.ranker.load_model`'s; ``traits``, one per candidate, are
    those kept from an earlier summary (computed here if None); ``story_dated`` is False when none of the story's
    articles is dated, even to a range of days.
    """
    return timeline(Coverage(candidates, start, end, traits), n_dates, sentences_per_date, model, story_dated)


def timeline(coverage: Coverage, n_dates: int | None = None, sentences_per_date: int | None = None,
             model: TimelineModel | None = None, story_dated: bool = True) -> list[SummaryDay]:
    """:func:`summarize` on a story's :class:`~dateline.timeline.features.Coverage`, built once by a caller
    that also learns from it."""
    model = model or load_model()
    if not coverage.days:
        return []
    scores = model.days.score(coverage.day_features())
    corroborated = coverage.corroborated_days()
    ranked = [day for day, _ in sorted(zip(coverage.days, scores), key=lambda item: (-item[1], item[0]))]
    best = next((day for day in ranked if day in corroborated), None) if story_dated else None
    confidence = {day: day_confidence(float(probability), day in corroborated, day == best) for day, probability
                  in zip(coverage.days, 1 / (1 + np.exp(model.day_threshold - scores)))}
    held: list[date] = []
    if n_dates is None:
        days = listed_days(ranked, sorted(scores, reverse=True), model.day_threshold, corroborated, story_dated)
        held = [day for day in ranked if day not in days][:MAX_TIMELINE_DAYS]
    else:
        days = ranked[:n_dates]
    per_day = sentences_per_date or model.sentences_per_day
    chosen: list[int] = []
    reports = {day: _report(coverage, model, day, per_day, chosen) for day in sorted(days)}
    # A day every sentence of which is already listed on another (an article's publication day, whose one report
    # tells the day before) says nothing of its own: held back, not listed with a sentence told twice.
    held = sorted({*held, *(day for day, report in reports.items() if not report)})
    entries = [SummaryDay(day, report, float(confidence[day])) for day, report in reports.items() if report]
    return entries + [SummaryDay(day, _report(coverage, model, day, per_day, list(chosen))
                                 or _report(coverage, model, day, per_day, []), float(confidence[day]), listed=False)
                      for day in held]


def _report(coverage: Coverage, model: TimelineModel, day: date, k: int,
            chosen: list[int]) -> tuple[CandidateSentence, ...]:
    """The best ``k`` sentences reporting on ``day``, none repeating ``chosen``: first those telling their
    article's lead event of that day (what the article was written to report; a sentence of its body that the
    scorer likes for its words may be a side detail), then the rest, each group by the sentence scorer."""
    rows, features = coverage.sentence_features(day)
    leads = np.array([coverage.usable[r].lead_event_day == day for r in rows], dtype=bool)
    order = rows[np.lexsort((-model.sentences.score(features), ~leads))]
    return tuple(coverage.usable[r] for r in _pick(coverage, order, k, chosen))


def listed_days(ranked: Sequence[date], scores: Sequence[float], threshold: float,
                corroborated: Collection[date], keep_best: bool = True) -> list[date]:
    """Of the days ``ranked`` best first (with their ``scores``), the best corroborated one (unless not
    ``keep_best``) and the other corroborated ones scoring at least ``threshold``, at most
    :data:`MAX_TIMELINE_DAYS`. None if no day is corroborated: articles with no day of publication that name each
    day once, in their body ("a Feb. 8, 2017, encounter", "a lawsuit filed in July 2016"), name only the background
    of what they report, and the best of those days is a confident guess at a side detail."""
    first = next((day for day in ranked if day in corroborated), None) if keep_best else None
    listed = [day for day, score in zip(ranked, scores) if day == first or (score >= threshold and day in corroborated)]
    return listed[:MAX_TIMELINE_DAYS]


def day_confidence(probability: float, corroborated: bool, best: bool) -> float:
    """A day's confidence: the scorer's ``probability``, except where the corroboration rule decides against it.
    The story's ``best`` corroborated day is listed even below the scorer's line, and is then as often right as
    :data:`BEST_DAY_CONFIDENCE` says; a day nothing corroborates is held back however the scorer rates it, and is
    right at most as often as :data:`UNCORROBORATED_CONFIDENCE` says."""
    if best and probability < DEFAULT_MIN_CONFIDENCE:
        return BEST_DAY_CONFIDENCE
    return probability if corroborated else min(probability, UNCORROBORATED_CONFIDENCE)


def _pick(coverage: Coverage, order: np.ndarray, k: int, chosen: list[int]) -> list[int]:
    """Up to ``k`` sentences in ``order``, none too close to one already on the timeline (``chosen``,
    extended with the picks). The candidates are compared :data:`PICK_BLOCK` at a time, with every chosen
    sentence in one product and then with each pick: most days are told by their first few."""
    picked: list[int] = []
    for first in range(0, len(order), PICK_BLOCK):
        if len(picked) == k:
            break
        block = [int(row) for row in order[first:first + PICK_BLOCK]]
        repeats = np.any(coverage.similarities(chosen, block) > REDUNDANCY, axis=0)
        for n, row in enumerate(block):
            if len(picked) == k:
                break
            if not repeats[n]:
                picked.append(row)
                chosen.append(row)
                repeats |= coverage.similarities([row], block)[0] > REDUNDANCY
    if picked:
        return picked
    # Every candidate repeats the timeline: the day's best sentence not already on it, if there is one.
    fresh = [int(row) for row in order if int(row) not in chosen]
    chosen.extend(fresh[:1])
    return fresh[:1]
