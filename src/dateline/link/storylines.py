"""Storylines: articles grouped by the story they tell, in the order the story unfolded.

Articles are compared by what they say and whom they name: TF-IDF over the content words the timeline
summarizer uses, joined with TF-IDF over the merged entities they mention (an entity counts once per
mention). Words tell one event from another; entities hold a story together across months, when its
reports share the actors (Blinken, Hamas, Qatar) more than the words of any one event.

Grouping is average-linkage agglomeration (UPGMA): groups merge while their articles resemble each other,
on average, at least :data:`STORY_THRESHOLD`. The mean cosine over all cross pairs does not grow with group
size, so one story does not snowball over its neighbours on the same topic, as a single pass over
accumulating centroids (Topic Detection and Tracking, Allan et al. 1998) does: on the real-news set that
single pass merged nine April 2018 Washington stories into one storyline. A cheap single pass at
:data:`SAME_REPORT_THRESHOLD` first joins the reports that are plainly one (it changes no grouping on the
real-news set, and leaves the merge fewer groups than articles).

Neither step holds an array of articles by articles, or of all groups by all groups, or any dense article or
sum: the vectors and the groups' sums stay sparse, the single pass takes the articles a block at a time
(:data:`BLOCK_CELLS`), and the merge runs within each set of groups that a chain of pairs at the threshold
joins (the only ones that can end up together; its groups by its groups is the one square array), so a store
of 50,000 articles regroups in bounded memory.
The grouping is the one the dense computation gave, merge for merge, up to the rounding of sums; the one
difference is in titles: a storyline's two articles are always equally close to its centre, and the earlier
one now names it where rounding used to pick (``tests/link/test_storylines.py`` checks both against the
dense computation on Timeline17).

Time bounds both steps: two groups whose publication ranges lie more than :data:`FAR_APART` apart (each
group's range runs from its earliest possible day to its latest; an undated article's is none, so it is
never kept apart nor joined by a guessed date) join only on the evidence that makes one report of two,
:data:`SAME_REPORT_THRESHOLD` in the merge (:data:`FAR_APART_PENALTY` off their likeness), and each further
:data:`FAR_APART` of silence between them takes as much off again. Two events on one subject years apart (two
reports on Epstein's abuse, of 2024 and 2026; a state's teachers' protest and its governor's budget four years
later) share words and actors as much as one story's reports do, or more; a story's own course keeps it
together, since a group's range grows with each report it takes in.

That grouping is the consolidation (:func:`consolidate_storylines`). Articles added later join stored storylines
by the same average linkage (:func:`best_match`): with unit vectors, an article's mean cosine to a storyline's
articles is its dot product with their sum divided by their number, so each storyline keeps that sum
(:class:`Consolidated`) and a new article joins the storyline it resembles most on average, if at least
:data:`STORY_THRESHOLD`. Its vector is weighed by the last consolidation's inverse document frequencies
(:func:`stored_vectors`), its words and entities joined as in a consolidation.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from dateline.records import Storyline, StorylineArticle
from dateline.timeline.vectors import content_words

#: Mean cosine between two groups' articles at or above which they merge. With :data:`ENTITY_WEIGHT`, chosen
#: on the real-news set's dev split (B-cubed F1 .966 at .20; .966 at .18, .957 at .22), then checked on its
#: test split (.956) and on the whole set (.937); the five seed articles stay one storyline.
STORY_THRESHOLD = 0.20
#: Cosine to a group's centroid at or above which the single pass joins an article at once.
SAME_REPORT_THRESHOLD = 0.30
#: Publication ranges more than this many days apart are far apart in time: half a year without a report ends
#: most stories, while one told by a few reports over months (the seeds: ten months, three of them silent)
#: holds together.
FAR_APART = 180
#: What is taken off the likeness of groups far apart in time, for each :data:`FAR_APART` beyond the first that
#: lies between them: just beyond it, in the merge they must be as alike as the reports the single pass joins as
#: one. On the real-news set's dev split, the most alike articles of different stories years apart are at .21
#: (the two on Epstein), and no story's own reports lie far apart; on its tuning splits together, two reports
#: four years apart are at .34 (a state's teachers' protest and its governor's budget), which one step let join.
FAR_APART_PENALTY = SAME_REPORT_THRESHOLD - STORY_THRESHOLD
#: The entities' share of an article's vector (its squared length); the words have the rest. On the dev
#: split .2 and .3 score alike (.966); without entities the seeds fall into four storylines.
ENTITY_WEIGHT = 0.2
MAX_FEATURES = 50_000
TITLE_WORDS = 14
#: A lead event longer than this (in words) is a sentence, not a title.
TITLE_WORDS_MAX = 20


#: A sparse vector or sum of vectors: weight by term; words and entity ids apart by their prefix.
TermVector = dict[str, float]
WORD, ENTITY = "w ", "e "


@dataclass(frozen=True, slots=True)
class Consolidated:
    """A grouping of the whole store and what later articles are assigned by: the inverse document frequencies
    of its words and entities (prefixed :data:`WORD`, :data:`ENTITY`), and per storyline the sum of its
    articles' unit vectors."""

    storylines: list[Storyline]
    idf: TermVector
    sums: Mapping[str, TermVector]


class StorylineSums(Mapping[str, TermVector]):
    """Each storyline's sum of unit vectors, by term, read from the sparse sums when asked for: a dictionary of
    every sum at once would hold a float object a term an article, a gigabyte or so at 50,000 articles."""

    def __init__(self, storyline_ids: Sequence[str], sums: Any, terms: Sequence[str]) -> None:
        self._row = {storyline_id: row for row, storyline_id in enumerate(storyline_ids)}
        self._sums = sums
        self._terms = terms

    def __getitem__(self, storyline_id: str) -> TermVector:
        row = self._row[storyline_id]
        start, end = self._sums.indptr[row], self._sums.indptr[row + 1]
        return {self._terms[column]: weight for column, weight in zip(self._sums.indices[start:end].tolist(),
                                                                     self._sums.data[start:end].tolist())}

    def __iter__(self) -> Iterator[str]:
        return iter(self._row)

    def __len__(self) -> int:
        return len(self._row)


def group_storylines(articles: Sequence[StorylineArticle], moves: Mapping[str, str] | None = None) -> list[Storyline]:
    """Storylines over the articles, with a user's moves applied, each titled by its most typical headline.

    ``moves`` maps an article to the article whose storyline it must join (itself: a storyline of its own).
    """
    return consolidate_storylines(articles, moves).storylines


def consolidate_storylines(articles: Sequence[StorylineArticle],
                           moves: Mapping[str, str] | None = None) -> Consolidated:
    """:func:`group_storylines`, with the representations that later articles are assigned by."""
    if not articles:
        return Consolidated([], {}, {})
    ordered = sorted(articles, key=lambda a: (a.day is None, a.day or date.min))
    unit, idf = fitted_vectors(ordered)
    spans = publication_spans(ordered)
    groups = apply_moves(merge_close_groups(single_pass(unit, spans), unit, spans), [a.article_id for a in ordered],
                         moves or {})
    group_of = _labels(groups, unit.shape[0])
    sums = _group_sums(group_of, len(groups), unit)
    closeness = _closeness(unit, group_of, sums)
    storylines = [_storyline([ordered[i] for i in group], closeness[group]) for group in groups]
    return Consolidated(storylines, idf, StorylineSums([storyline.id for storyline in storylines], sums, list(idf)))


def fitted_vectors(articles: Sequence[StorylineArticle]) -> tuple[Any, TermVector]:
    """Unit rows (sparse): an article's word TF-IDF and its entity TF-IDF, weighted by :data:`ENTITY_WEIGHT`,
    fitted to the articles; and the inverse document frequencies of their columns' terms (prefixed, in column
    order)."""
    words = TfidfVectorizer(analyzer=content_words, sublinear_tf=True, max_features=MAX_FEATURES)
    parts = [(WORD, words, words.fit_transform([a.wording for a in articles]))]
    if any(a.entities for a in articles):
        entities = TfidfVectorizer(analyzer=list, sublinear_tf=True)
        parts.append((ENTITY, entities, entities.fit_transform([a.entities for a in articles])))
    idf = {prefix + str(term): float(value) for prefix, fitted, _ in parts
           for term, value in zip(fitted.get_feature_names_out(), fitted.idf_, strict=True)}
    return _unit_rows(parts[0][2], parts[1][2] if len(parts) > 1 else None), idf


def summed(unit: Any, rows: Sequence[int], terms: Sequence[str]) -> TermVector:
    """The sum of these unit rows, by term (``terms`` names the columns)."""
    total = np.asarray(unit[list(rows)].sum(axis=0)).ravel()
    return {terms[int(j)]: float(total[j]) for j in np.flatnonzero(total)}


def _unit_rows(words: Any, entities: Any | None) -> Any:
    """The word and entity TF-IDF rows (each of unit length, or empty) side by side, weighted as
    :data:`ENTITY_WEIGHT` says, each row then scaled to unit length: an article naming no entity is its words
    alone."""
    parts = [np.sqrt(1 - ENTITY_WEIGHT) * words]
    if entities is not None:
        parts.append(np.sqrt(ENTITY_WEIGHT) * entities)
    return normalize(sparse.hstack(parts, format="csr"))


def stored_vectors(articles: Sequence[StorylineArticle], idf: Mapping[str, float]) -> list[TermVector]:
    """The articles' unit vectors as a consolidation weighs them, over its vocabulary (``idf``, those of its
    prefixed terms the articles use): a word or entity it never saw weighs nothing until the next one."""
    if not idf:
        return [{} for _ in articles]
    words, word_terms = _weighed([a.wording for a in articles], content_words, idf, WORD)
    entities, entity_terms = _weighed([a.entities for a in articles], list, idf, ENTITY)
    rows = _unit_rows(words, entities if entity_terms else None)
    terms = word_terms + entity_terms
    return [summed(rows, [i], terms) for i in range(rows.shape[0])]


def _weighed(documents: Sequence[Any], analyzer: Callable[[Any], Any], idf: Mapping[str, float],
             prefix: str) -> tuple[Any, list[str]]:
    """TF-IDF rows (unit length) of the documents over the terms of ``idf`` that bear ``prefix``, and those
    terms in column order."""
    terms = sorted(t[len(prefix):] for t in idf if t.startswith(prefix))
    if not terms:
        return sparse.csr_matrix((len(documents), 0)), []
    vectorizer = TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, vocabulary=terms)
    vectorizer.idf_ = np.array([idf[prefix + t] for t in terms])
    return vectorizer.transform(documents), [prefix + t for t in terms]


@dataclass(frozen=True, slots=True)
class Spans:
    """Publication ranges by row (of articles or groups): the first and last day each may have been published,
    as day ordinals, NaN for an undated one."""

    first: np.ndarray
    last: np.ndarray

    def penalties(self, first: float, last: float) -> np.ndarray:
        """What is taken off each range's likeness to ``[first, last]`` for the time between them: 0 within
        :data:`FAR_APART` days, else :data:`FAR_APART_PENALTY` for each :data:`FAR_APART` (begun) beyond the first,
        since the longer a subject lay silent, the likelier a report on it is a new story. An undated range is
        near every other."""
        return far_apart_penalty(np.fmax(np.fmax(first - self.last, self.first - last), 0))

    def widen(self, row: int, first: float, last: float) -> None:
        """Widen the range of ``row`` to cover ``[first, last]``."""
        self.first[row] = np.fmin(self.first[row], first)
        self.last[row] = np.fmax(self.last[row], last)

    def of_groups(self, groups: list[list[int]]) -> Spans:
        """Each group's range: from its members' earliest day to their latest."""
        return Spans(np.array([np.fmin.reduce(self.first[group]) for group in groups]),
                     np.array([np.fmax.reduce(self.last[group]) for group in groups]))


def far_apart_penalty(gap: np.ndarray) -> np.ndarray:
    """What :meth:`Spans.penalties` takes off for ``gap`` days between two ranges."""
    steps = np.fmax(np.ceil(gap / FAR_APART) - 1, 0)
    return np.asarray(FAR_APART_PENALTY * steps, dtype=np.float64)


def publication_spans(articles: Sequence[StorylineArticle]) -> Spans:
    """The articles' publication ranges."""
    return spans_of([(a.day, a.last_day) for a in articles])


def spans_of(ranges: Sequence[tuple[date | None, date | None]]) -> Spans:
    """Ranges of days (earliest, latest: None for the earliest's own day; undated: no earliest) as :class:`Spans`."""
    first = [earliest.toordinal() if earliest else math.nan for earliest, _ in ranges]
    last = [(latest or earliest).toordinal() if earliest else math.nan for earliest, latest in ranges]
    return Spans(np.array(first, dtype=np.float64), np.array(last, dtype=np.float64))


def far_apart(article: StorylineArticle, ranges: Mapping[str, tuple[date | None, date | None]]) -> dict[str, float]:
    """The storylines whose publication ranges (``ranges``: earliest day, latest day) lie far apart in time
    from the article's, with what :meth:`Spans.penalties` takes off their likeness to it."""
    ids = list(ranges)
    own = spans_of([(article.day, article.last_day)])
    penalties = spans_of([ranges[storyline_id] for storyline_id in ids]).penalties(own.first[0], own.last[0])
    return {storyline_id: penalty for storyline_id, penalty in zip(ids, penalties.tolist()) if penalty}


def best_match(mean_similarity: Mapping[str, float], distant: Mapping[str, float] | None = None) -> str | None:
    """The storyline an article joins, given its mean cosine to each one's articles, less the penalty of those
    ``distant`` in time (:func:`far_apart`): the most similar on average, if at least :data:`STORY_THRESHOLD`
    (the test :func:`merge_close_groups` puts to two groups); of two as similar, the first by id."""
    if not mean_similarity:
        return None
    penalty = distant or {}
    score = {storyline_id: similarity - penalty.get(storyline_id, 0.0)
             for storyline_id, similarity in mean_similarity.items()}
    best = min(score, key=lambda storyline_id: (-score[storyline_id], storyline_id))
    return best if score[best] >= STORY_THRESHOLD else None


def single_pass(unit: Any, spans: Spans) -> list[list[int]]:
    """Row indices grouped: each unit row in turn joins the group whose centroid it is most similar to (cosine
    to the sum of the group's rows, less the penalty for the time between the group's publication range and
    the row's, ``spans``, :meth:`Spans.penalties`; of two as similar, the group started first), if at least
    :data:`SAME_REPORT_THRESHOLD`, or starts one.

    The rows are taken a block at a time (:func:`_block_rows`): one sparse product gives the block's dot
    products with every group's sum as it stood before the block, and the block's own products with itself add
    what the rows before it in the block joined. A group's squared length grows by twice the joining row's dot
    product with its sum, plus the row's own: no sum is ever dense."""
    group_of = np.empty(unit.shape[0], dtype=np.int64)
    squared_lengths = np.zeros(unit.shape[0])
    group_spans = Spans(np.full(unit.shape[0], math.nan), np.full(unit.shape[0], math.nan))
    groups = 0
    start = 0
    while start < unit.shape[0]:
        block = unit[start:start + _block_rows(groups)]
        before = (_group_sums(group_of[:start], groups, unit) @ block.T).toarray()
        within = (block @ block.T).toarray()
        known = groups
        for row in range(block.shape[0]):
            dots = np.zeros(groups)
            dots[:known] = before[:, row]
            dots += np.bincount(group_of[start:start + row], weights=within[:row, row], minlength=groups)
            lengths = np.sqrt(squared_lengths[:groups] * within[row, row])
            similarity = np.divide(dots, lengths, out=np.zeros_like(dots), where=lengths > 0)
            first, last = spans.first[start + row], spans.last[start + row]
            similarity -= group_spans.penalties(first, last)[:groups]
            best = int(np.argmax(similarity)) if groups else 0
            if groups and similarity[best] >= SAME_REPORT_THRESHOLD:
                squared_lengths[best] += 2 * dots[best] + within[row, row]
            else:
                best, groups = groups, groups + 1
                squared_lengths[best] = within[row, row]
            group_spans.widen(best, first, last)
            group_of[start + row] = best
        start += block.shape[0]
    return _members(group_of, groups)


def merge_close_groups(groups: list[list[int]], unit: Any, spans: Spans) -> list[list[int]]:
    """Join groups whose articles resemble each other, on average, at least :data:`STORY_THRESHOLD`
    (average linkage: the mean cosine over all cross pairs, less the penalty for groups whose publication
    ranges, from their rows' ``spans``, are far apart, :meth:`Spans.penalties`), the most alike pair first.

    A merged group's mean cosine to any other is the size-weighted mean of its parts', never above the larger,
    so two groups can only end up together if a chain of pairs already at the threshold joins them: the groups
    are split into the connected components of those pairs (found block by block, :func:`_close_pairs`), and
    each component is merged on its own (:func:`average_linkage`), at a cost of its size squared rather than
    the number of groups squared. Merges in one component change no similarity in another, so this is the
    merging of all groups at once, merge for merge. (The penalty only parts pairs: a merged group's range covers
    its parts', so it lies no farther from any group than they do, yet its mean cosine to one is still never above its
    parts'; the components are those of the pairs at the threshold before any penalty.)"""
    group_spans = spans.of_groups(groups)
    sums = _group_sums(_labels(groups, unit.shape[0]), len(groups), unit)
    sizes = np.array([len(group) for group in groups], dtype=np.float64)
    _, component = connected_components(_close_pairs(sums, sizes), directed=False)
    merged = []
    for parts in _members(component, int(component.max()) + 1):
        if len(parts) == 1:
            merged.append(groups[parts[0]])
            continue
        rows = sums[parts]
        local_spans = Spans(group_spans.first[parts], group_spans.last[parts])
        for local in average_linkage((rows @ rows.T).toarray(), sizes[parts], local_spans):
            merged.append(sorted(i for part in local for i in groups[parts[part]]))
    return sorted(merged)


def average_linkage(dots: np.ndarray, sizes: np.ndarray, spans: Spans) -> list[list[int]]:
    """Groups (by position) merged while the most alike pair's mean cosine, its sums' dot product over the
    product of their sizes, less the penalty for the time between their publication ranges (``spans``,
    :meth:`Spans.penalties`), is at least :data:`STORY_THRESHOLD`; of pairs as alike, the first by row, then by
    column. ``dots`` (the sums' dot products) and ``spans`` are updated in place as groups merge.

    Each group keeps its most alike other (its first, of several as alike): a merge recomputes the rows that
    pointed to either merged group, and sets the others' to the merged group if it is now as alike and first.
    So a merge costs the number of groups, not its square."""
    sizes = sizes.astype(np.float64)
    alive = np.ones(len(sizes), dtype=bool)
    members = [[position] for position in range(len(sizes))]
    nearest = np.zeros(len(sizes), dtype=np.int64)
    closest = np.full(len(sizes), -np.inf)

    def refresh(row: int) -> None:
        similarity = dots[row] / (sizes[row] * sizes) - spans.penalties(spans.first[row], spans.last[row])
        similarity[~alive] = -np.inf
        similarity[row] = -np.inf
        nearest[row] = int(np.argmax(similarity))
        closest[row] = similarity[nearest[row]]

    for row in range(len(sizes)):
        refresh(row)
    while True:
        a = int(np.argmax(closest))
        if closest[a] < STORY_THRESHOLD:
            break
        a, b = sorted((a, int(nearest[a])))
        dots[a, :] += dots[b, :]
        dots[:, a] += dots[:, b]
        sizes[a] += sizes[b]
        spans.widen(a, spans.first[b], spans.last[b])
        alive[b], closest[b] = False, -np.inf
        members[a] += members[b]
        to_a = dots[:, a] / (sizes * sizes[a]) - spans.penalties(spans.first[a], spans.last[a])
        stale = alive & ((nearest == a) | (nearest == b))
        stale[a] = True
        better = alive & ~stale & ((to_a > closest) | ((to_a == closest) & (a < nearest)))
        nearest[better], closest[better] = a, to_a[better]
        for row in np.flatnonzero(stale).tolist():
            refresh(row)
    return [sorted(group) for group, keep in zip(members, alive) if keep]


#: The most cells of a dense block the grouping computes at once (rows against groups, or groups against
#: groups): 2²² float64, 32 MiB.
BLOCK_CELLS = 1 << 22


def _block_rows(width: int) -> int:
    """How many rows a block of :data:`BLOCK_CELLS` holds against ``width`` columns, and against itself."""
    return max(1, min(math.isqrt(BLOCK_CELLS), BLOCK_CELLS // max(width, 1)))


def _group_sums(group_of: np.ndarray, groups: int, unit: Any) -> Any:
    """The sparse sum of each group's rows (``group_of`` gives the group of each of the first rows; the rest are
    in none yet)."""
    membership = sparse.csr_matrix((np.ones(len(group_of)), (group_of, np.arange(len(group_of)))),
                                   shape=(groups, unit.shape[0]))
    return (membership @ unit).tocsr()


def _close_pairs(sums: Any, sizes: np.ndarray) -> Any:
    """The pairs of groups whose mean cosine is at least :data:`STORY_THRESHOLD`, as a sparse adjacency
    matrix, computed a block of groups at a time. Rounding may put a pair a hair under the threshold in, which
    only makes a component larger."""
    rows, columns = [], []
    step = _block_rows(sums.shape[0])
    for start in range(0, sums.shape[0], step):
        dots = (sums[start:start + step] @ sums.T).tocoo()
        row = dots.row + start
        mean = dots.data / (sizes[row] * sizes[dots.col])
        close = (mean >= STORY_THRESHOLD - 1e-9) & (row < dots.col)
        rows.append(row[close])
        columns.append(dots.col[close])
    pairs = np.concatenate(rows)
    return sparse.coo_matrix((np.ones(len(pairs)), (pairs, np.concatenate(columns))),
                             shape=(sums.shape[0], sums.shape[0]))


def _labels(groups: list[list[int]], rows: int) -> np.ndarray:
    """Each row's group, by number (every row is in one)."""
    group_of = np.empty(rows, dtype=np.int64)
    for number, group in enumerate(groups):
        group_of[group] = number
    return group_of


def _closeness(unit: Any, group_of: np.ndarray, sums: Any) -> np.ndarray:
    """Each row's dot product with its group's mean row: its own terms' weights times their sums in its group."""
    rows = np.repeat(np.arange(unit.shape[0]), np.diff(unit.indptr))
    group_weights = np.asarray(sums[group_of[rows], unit.indices]).ravel()
    group_sizes = np.bincount(group_of, minlength=sums.shape[0])[group_of]
    closeness: np.ndarray = np.bincount(rows, weights=unit.data * group_weights, minlength=unit.shape[0]) / group_sizes
    return closeness


def _members(group_of: np.ndarray, groups: int) -> list[list[int]]:
    """Each group's rows, in order, the groups by number."""
    members: list[list[int]] = [[] for _ in range(groups)]
    for row, group in enumerate(group_of.tolist()):
        members[group].append(row)
    return members


def apply_moves(groups: list[list[int]], ids: list[str], moves: Mapping[str, str]) -> list[list[int]]:
    """Move each named article into the group of its anchor article (or a group of its own)."""
    position = {article_id: i for i, article_id in enumerate(ids)}
    moving = {position[a]: position[w] for a, w in moves.items() if a in position and w in position}
    kept = [[i for i in group if i not in moving] for group in groups]
    group_of = {i: n for n, group in enumerate(kept) for i in group}
    for i, anchor in moving.items():
        if anchor in group_of:
            kept[group_of[anchor]].append(i)
        else:
            kept.append([i])
    return [sorted(group) for group in kept if group]


def storyline_for(members: list[StorylineArticle]) -> Storyline:
    """A new storyline started by these articles (in reading order), titled as :func:`_storyline` titles, the
    first article taken as the most central."""
    return Storyline(f"s-{members[0].article_id}", _title(members), tuple(a.article_id for a in members))


def _storyline(members: list[StorylineArticle], closeness: np.ndarray) -> Storyline:
    """Titled by what happened, told by the member closest to the group's centre (``closeness``: each one's dot
    product with the group's mean vector; :func:`_title`); of members as close (to nine places), the first in
    reading order. The two members of a pair are always as close: rounding alone used to choose between them."""
    ranked = [members[i] for i in np.argsort(-np.round(closeness, 9), kind="stable")]
    return Storyline(f"s-{members[0].article_id}", _title(ranked), tuple(a.article_id for a in members))


def _title(ranked: list[StorylineArticle]) -> str:
    """The lead event of the first article that has one of a title's length, else the first headline, else the
    first article's opening words."""
    return (next((a.lead_event for a in ranked if a.lead_event and len(a.lead_event.split()) <= TITLE_WORDS_MAX),
                 None)
            or next((a.title for a in ranked if a.title), None) or _lead(ranked[0].text))


def _lead(text: str) -> str:
    words = text.split()
    return " ".join(words[:TITLE_WORDS]) + ("…" if len(words) > TITLE_WORDS else "")
