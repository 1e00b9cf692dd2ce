"""What the timeline models see: features of a candidate day, and of a sentence as the report of a day.

Both are computed from a storyline's (or a benchmark task's) candidate sentences alone, the same way at
training and at run time, so a model learned on reference timelines applies to any story.

Day features (after DATEWISE, Ghalandari & Ifrim 2020: a small regression over such counts beats
unsupervised date ranking) count how the coverage treats the day — articles naming it, before, on and
after it, long after it, in their opening sentences, as a chronology entry; articles published on it
and the day after — each relative to the story's average day, so that a big story and a small one compare.

Sentence features say whether a sentence reports what happened on the day rather than merely mentions
it: it names the day (first, or among others), it was published on the day or the day after, or much
later; its place in its article (news puts the event first); its likeness to the day's coverage, to the
story's and to each other article of the day (support: other outlets report the same thing); its
length, an event verb, a reporting verb, a quotation, a figure.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from dateline.days import MONTH_PATTERN
from dateline.time.corpus import LEAD_SENTENCES, is_story_sentence
from dateline.time.lexicon import MONTHS, WEEKDAYS
from dateline.timeline.body import ends_as_sentence
from dateline.timeline.records import CandidateSentence
from dateline.timeline.vectors import content_terms

#: A sentence longer than this (in words) rarely makes a readable timeline entry (nor one shorter than
#: :data:`~dateline.time.corpus.MIN_WORDS`).
MAX_WORDS = 45
#: A mention this many days after the day looks back on it from the story's later course.
LATER_COURSE = timedelta(days=7)
#: A day's sentences compared with all of its coverage at once, at most (:func:`_support`).
SUPPORT_BLOCK = 512
# "March 17 - …", "Tuesday, 20 April 2010: …": a chronology entry, its day first, then a dash or colon.
_CHRONOLOGY_ENTRY = re.compile(rf"^(?:[A-Z][a-z]+day\s*,?\s*)?"
                               rf"(?:{MONTH_PATTERN}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_PATTERN})"
                               rf"(?:\s*,?\s*\d{{4}})?\s*(?:--?|:|–|—)\s")
_DAY_WORD = "|".join(sorted((w for w in (*WEEKDAYS, *MONTHS) if len(w) > 3), key=len, reverse=True))
# "on Tuesday", "on April 20", "yesterday": the sentence dates its own event; "Tuesday's vote" or "the
# April 20 explosion" names the day of another.
_ON_DAY = re.compile(rf"\b(?:on\s+(?:{_DAY_WORD})\b|yesterday|today|tonight|last\s+night)", re.I)
_DAY_AS_MODIFIER = re.compile(rf"\b(?:{_DAY_WORD})(?:'s|\s+'s|\s+\d{{1,2}}\s+[a-z]+)", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b")
_OPENING_QUOTE = re.compile(r"^\s*(?:``|[\"“])")
_QUOTATION = re.compile(r"``|''|[\"“”]")
_REPORTING = re.compile(r"\b(?:said|says|told|tells|according\s+to|added|stated)\b")
# "said Tuesday", "reported on Sunday": the day a source spoke or published, which a story's recent course does not
# make a day of its own (:func:`recent_days`); wider than :data:`_REPORTING`, a feature the sentence model learned.
_SOURCE_DATED = re.compile(r"\b(?:said|says|told|tells|according\s+to|added|stated|reported|announced|wrote)\b")
# Past-tense verbs, and the present tense of headlines and timelines ("BP pumps cement"), of acting rather
# than saying: the predicate of an event.
_EVENT_VERB = re.compile(r"\b(?:[a-z]{3,}ed|began|won|lost|fell|rose|took|made|came|went|left|died|killed|"
                         r"hit|struck|shot|sank|sold|bought|broke|led|met|ran|chose|gave|held|sent|spent|"
                         r"announce[sd]?|approve[sd]?|vote[sd]?|arrest(?:s|ed)|launch(?:es|ed))\b")
_FIGURE = re.compile(r"\d")

DAY_FEATURES = (
    "named", "named_log", "named_sentences", "named_after", "named_later_course", "named_before",
    "named_in_lead", "chronology_entries", "published", "published_next_day",
)
SENTENCE_FEATURES = (
    "names_day", "names_day_first", "other_days", "chronology_entry", "published_on_day",
    "published_next_day", "published_before", "lag_log", "position_log", "lead", "first", "length", "on_day",
    "day_as_modifier", "event_verb", "reporting_verb", "quotation", "figure",
    "day_similarity", "day_similarity_relative", "story_similarity", "support",
)

#: The sentence features a sentence's words alone decide, whatever its story and day (:class:`SentenceTraits`).
TEXT_FEATURES = SENTENCE_FEATURES[11:18]


@dataclass(frozen=True, slots=True)
class SentenceTraits:
    """What a sentence's words alone say of it as a timeline entry, in any story and on any day: whether it is
    usable (:func:`is_usable`) and, if so, its :data:`TEXT_FEATURES`. The stored timeline keeps them
    (:func:`dateline.timeline.store.rebuild_timeline`), so that a storyline summarized again as articles join it
    reads the words of the new sentences only."""

    usable: bool
    text_features: tuple[float, ...] = ()


def sentence_traits(c: CandidateSentence) -> SentenceTraits:
    if not is_usable(c):
        return SentenceTraits(False)
    text = c.text
    return SentenceTraits(True, (
        len(text.split()) / MAX_WORDS, *(float(p.search(text) is not None) for p in (
            _ON_DAY, _DAY_AS_MODIFIER, _EVENT_VERB, _REPORTING, _QUOTATION, _FIGURE)),
    ))


def is_usable(c: CandidateSentence) -> bool:
    """A timeline entry is a third-person report of readable length: never a question, page furniture, a
    quotation opening the sentence or a first-person sentence (quotes, columns, comments: a "we" whose
    speaker is cut away misleads a reader)."""
    text = c.text
    return (is_story_sentence(text) and len(text.split()) <= MAX_WORDS and not text.rstrip().endswith("?")
            and not any(p.search(text) for p in (_FIRST_PERSON, _OPENING_QUOTE)))


def days_reported(c: CandidateSentence) -> tuple[date, ...]:
    """Days a sentence may report on: those it names, else the day of the lead event it tells (which the event
    stage dated, so that the guess below would only add a day it does not report), else its publication day
    and the day before, unless it names only a period long past (``earlier_period``: background, no news of
    its article's day)."""
    if c.referenced_dates:
        return c.referenced_dates
    if c.lead_event_day is not None:
        return (c.lead_event_day,)
    if c.article_published is None or c.earlier_period is not None:
        return ()
    return (c.article_published, c.article_published - timedelta(days=1))


def news_days(candidates: Sequence[CandidateSentence], positions: Sequence[int]) -> dict[str, date]:
    """Per article with an exact date, the day its lead reports: the first day its opening sentences name
    that is its publication day or the day before."""
    found: dict[str, tuple[int, date]] = {}
    for c, position in zip(candidates, positions):
        published = c.article_published
        if published is None or position >= LEAD_SENTENCES:
            continue
        day = next((d for d in c.referenced_dates if published - timedelta(days=1) <= d <= published), None)
        if day is not None and position < found.get(c.article_id, (LEAD_SENTENCES, day))[0]:
            found[c.article_id] = (position, day)
    return {article_id: day for article_id, (_, day) in found.items()}


def recent_days(candidates: Sequence[CandidateSentence]) -> set[date]:
    """The days before its publication, within :data:`LATER_COURSE`, that a sentence of an article's story
    names: the story's current course, told by a dated article once and deep in its body ("the mass shooting
    on Wednesday", "Flynn pleaded guilty on Friday" in Monday's report of what followed), not background as
    a birthday, the year a law was passed or a holiday is. Captions and credits (``in_story`` False) date their
    photo, not the story; a sentence citing a source (:data:`_SOURCE_DATED`: "another paper reported on Sunday",
    "a spokeswoman said Tuesday") may date only the saying, a side detail of the report; nor does a line that
    stops short of a sentence's end (a related headline, :func:`~dateline.timeline.body.ends_as_sentence`)."""
    return {day for c in candidates if c.in_story and (published := c.article_published) is not None
            and _SOURCE_DATED.search(c.text) is None and ends_as_sentence(c.text)
            for day in c.referenced_dates if published - LATER_COURSE < day < published}


def is_chronology_entry(c: CandidateSentence, day: date) -> bool:
    """The sentence opens with ``day`` and a dash or colon, as a printed chronology's entries do."""
    return c.referenced_dates[:1] == (day,) and _CHRONOLOGY_ENTRY.match(c.text) is not None


def _positions(candidates: Sequence[CandidateSentence]) -> list[int]:
    """Each sentence's index in its article (sentences ordered by their start offset)."""
    members: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(candidates):
        members[c.article_id].append(i)
    positions = [0] * len(candidates)
    for indices in members.values():
        for rank, i in enumerate(sorted(indices, key=lambda i: candidates[i].start)):
            positions[i] = rank
    return positions


def _relative_to_average(counts: np.ndarray) -> np.ndarray:
    """Counts divided by their mean over the story's days (column by column): how many times the average
    day a day is named or written on, on the same scale whatever the story's size, so that a listing
    threshold learned on long stories holds for a five-article one. (Division by the largest count lets one
    outlier day, the explosion everyone names, squash all the others.)"""
    mean = counts.mean(axis=0) if len(counts) else np.zeros(counts.shape[1])
    return counts / np.where(mean > 0, mean, 1.0)


def _unit(vector: np.ndarray) -> np.ndarray:
    return vector / (np.linalg.norm(vector) or 1.0)


class Coverage:
    """One story's candidate sentences within ``[start, end]``, indexed for the day and sentence features.

    Only usable sentences (:func:`is_usable`) are vectorised and pooled by the days they may report on;
    the day counts see every sentence, as a reader of the coverage would.
    """

    def __init__(self, candidates: Sequence[CandidateSentence], start: date | None = None,
                 end: date | None = None, traits: Sequence[SentenceTraits] | None = None) -> None:
        self.start, self.end = start, end
        self.candidates = list(candidates)
        self.positions = _positions(self.candidates)
        traits = [sentence_traits(c) for c in self.candidates] if traits is None else traits
        usable = [i for i, t in enumerate(traits) if t.usable]
        #: The usable sentences, which :attr:`vectors` rows and :attr:`pools` indices refer to.
        self.usable = [self.candidates[i] for i in usable]
        self.usable_positions = [self.positions[i] for i in usable]
        self.vectors = _tfidf([c.text for c in self.usable])
        self.story = _unit(np.asarray(self.vectors.sum(axis=0)).ravel())
        pools: dict[date, list[int]] = defaultdict(list)
        for row, c in enumerate(self.usable):
            for day in days_reported(c):
                if self.in_range(day):
                    pools[day].append(row)
        #: Per day, in order, the usable sentences that may report on it (rows of :attr:`vectors`).
        self.pools = {day: np.array(rows) for day, rows in sorted(pools.items())}
        positions = np.array(self.usable_positions, dtype=float)
        #: Per usable sentence, the features of :data:`SENTENCE_FEATURES` that its place in its article and its
        #: words decide, whatever day it may report on.
        self.place_and_text = np.column_stack([
            np.log1p(positions), positions < LEAD_SENTENCES, positions == 0,
            np.array([traits[i].text_features for i in usable], dtype=float).reshape(len(usable), len(TEXT_FEATURES)),
        ])

    def in_range(self, day: date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    @property
    def days(self) -> list[date]:
        """The days some usable sentence may report on, in order: the only days a timeline can list."""
        return list(self.pools)

    def day_features(self) -> np.ndarray:
        """One row of :data:`DAY_FEATURES` per day of :attr:`days`."""
        index = {day: i for i, day in enumerate(self.days)}
        col = {name: i for i, name in enumerate(DAY_FEATURES)}
        counts = np.zeros((len(index), len(DAY_FEATURES)))
        first_naming: dict[tuple[date, str], int] = {}
        published: dict[str, date | None] = {}
        for c, position in zip(self.candidates, self.positions):
            published[c.article_id] = c.article_published
            for day in c.referenced_dates:
                if day in index:
                    counts[index[day], col["named_sentences"]] += 1
                    counts[index[day], col["chronology_entries"]] += is_chronology_entry(c, day)
                    key = (day, c.article_id)
                    first_naming[key] = min(position, first_naming.get(key, position))
        for (day, article_id), position in first_naming.items():
            row, when = counts[index[day]], published[article_id]
            row[col["named"]] += 1
            row[col["named_after"]] += when is not None and when > day
            row[col["named_later_course"]] += when is not None and when >= day + LATER_COURSE
            row[col["named_before"]] += when is not None and when < day
            row[col["named_in_lead"]] += position < LEAD_SENTENCES
        for when in published.values():
            if when in index:
                counts[index[when], col["published"]] += 1
            if when is not None and when - timedelta(days=1) in index:
                counts[index[when - timedelta(days=1)], col["published_next_day"]] += 1
        counts[:, col["named_log"]] = np.log1p(counts[:, col["named"]])
        return _relative_to_average(counts)

    def corroborated_days(self) -> set[date]:
        """Days that two sentences name, that a sentence of an article's lead names first (news puts its
        event first), that an article names in the week before its publication (:func:`recent_days`), or that
        an article was published on with news of that day: more than a passing mention. An article whose lead
        reports the day before (written on Thursday of what was said "on Wednesday", :func:`news_days`) does
        not make its publication day a day of its own, which would list Thursday as a repeat of Wednesday's
        report."""
        named = Counter(day for c in self.candidates for day in c.referenced_dates)
        led = {c.referenced_dates[0] for c, position in zip(self.candidates, self.positions)
               if position < LEAD_SENTENCES and c.referenced_dates}
        news = news_days(self.candidates, self.positions)
        published = {day for c in self.candidates if (day := c.article_published) is not None
                     and news.get(c.article_id, day) == day}
        recent = recent_days(self.candidates)
        return {day for day in self.pools if named[day] >= 2 or day in led or day in recent} | published

    def sentence_features(self, day: date) -> tuple[np.ndarray, np.ndarray]:
        """The rows (of :attr:`usable`) of the sentences that may report on ``day``, and one row of
        :data:`SENTENCE_FEATURES` for each."""
        rows = self.pools.get(day, np.zeros(0, dtype=int))
        if not len(rows):
            return rows, np.zeros((0, len(SENTENCE_FEATURES)))
        vectors = self.vectors[rows]
        day_similarity = vectors @ _unit(np.asarray(vectors.sum(axis=0)).ravel())
        own = np.hstack([np.array([_day_features(self.usable[r], day) for r in rows], dtype=float),
                         self.place_and_text[rows]])
        similarities = np.column_stack([day_similarity, day_similarity / (day_similarity.max() or 1.0),
                                        vectors @ self.story, _support([self.usable[r] for r in rows], vectors)])
        return rows, np.hstack([own, similarities])

    def similarities(self, rows: Sequence[int], others: Sequence[int]) -> np.ndarray:
        """Cosines of usable sentences (a row each) with others (a column each)."""
        if not rows or not others:
            return np.zeros((len(rows), len(others)))
        cosines: np.ndarray = (self.vectors[list(rows)] @ self.vectors[list(others)].T).toarray()
        return cosines


def _tfidf(texts: list[str]) -> sparse.csr_matrix:
    """Unit-length TF-IDF rows over content words and their adjacent pairs (smoothed IDF)."""
    if not texts:
        return sparse.csr_matrix((0, 1))
    return TfidfVectorizer(analyzer=content_terms).fit_transform(texts).tocsr()


def _day_features(c: CandidateSentence, day: date) -> list[float]:
    """The features of :data:`SENTENCE_FEATURES` that relate the sentence to ``day``: the days it names and the
    day it was published."""
    published = c.article_published
    lag = (published - day).days if published is not None else 0
    return [
        day in c.referenced_dates, c.referenced_dates[:1] == (day,),
        min(len(set(c.referenced_dates) - {day}), 3), is_chronology_entry(c, day),
        published == day, published == day + timedelta(days=1), lag < 0, np.log1p(max(lag, 0)),
    ]


def _support(pool: list[CandidateSentence], vectors: sparse.csr_matrix) -> np.ndarray:
    """Per sentence, the mean over the day's other articles of its best likeness to one of their
    sentences: how far the rest of the coverage reports the same thing. The similarities are computed
    :data:`SUPPORT_BLOCK` sentences at a time, so that a day reported by thousands of sentences never holds
    all their pairs in memory at once."""
    articles = {article: i for i, article in enumerate(sorted({c.article_id for c in pool}))}
    if len(articles) < 2:
        return np.zeros(len(pool))
    article_of = np.array([articles[c.article_id] for c in pool])
    order = np.argsort(article_of, kind="stable")
    by_article = vectors[order].T.tocsr()
    starts = np.searchsorted(article_of[order], np.arange(len(articles)))
    best = np.vstack([np.maximum.reduceat((vectors[first:first + SUPPORT_BLOCK] @ by_article).toarray(), starts, axis=1)
                      for first in range(0, len(pool), SUPPORT_BLOCK)])
    best[np.arange(len(pool)), article_of] = 0.0
    support: np.ndarray = best.sum(axis=1) / (len(articles) - 1)
    return support
