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
real-news set, and keeps the merge's matrix at the number of groups rather than articles).

That grouping is the consolidation (:func:`consolidate_storylines`). Articles added later join stored storylines
by the same average linkage (:func:`best_match`): with unit vectors, an article's mean cosine to a storyline's
articles is its dot product with their sum divided by their number, so each storyline keeps that sum
(:class:`Consolidated`) and a new article joins the storyline it resembles most on average, if at least
:data:`STORY_THRESHOLD`. Its vector is weighed by the last consolidation's inverse document frequencies
(:func:`stored_vectors`), its words and entities joined as in a consolidation.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
from scipy import sparse
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
    sums: dict[str, TermVector]


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
    dense = unit.toarray().astype(np.float32)
    groups = merge_close_groups(single_pass(dense), dense)
    groups = apply_moves(groups, [a.article_id for a in ordered], moves or {})
    storylines = [_storyline([ordered[i] for i in group], dense[group]) for group in groups]
    terms = list(idf)
    return Consolidated(storylines, idf, {storyline.id: summed(unit, group, terms)
                                          for storyline, group in zip(storylines, groups, strict=True)})


def article_vectors(articles: Sequence[StorylineArticle]) -> np.ndarray:
    """Unit rows: an article's word TF-IDF and its entity TF-IDF, weighted by :data:`ENTITY_WEIGHT`."""
    dense: np.ndarray = fitted_vectors(articles)[0].toarray().astype(np.float32)
    return dense


def fitted_vectors(articles: Sequence[StorylineArticle]) -> tuple[Any, TermVector]:
    """:func:`article_vectors` (sparse), fitted to the articles, and the inverse document frequencies of their
    columns' terms (prefixed, in column order)."""
    words = TfidfVectorizer(analyzer=content_words, sublinear_tf=True, max_features=MAX_FEATURES)
    parts = [(WORD, words, words.fit_transform([a.text for a in articles]))]
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
    words, word_terms = _weighed([a.text for a in articles], content_words, idf, WORD)
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


def best_match(mean_similarity: Mapping[str, float]) -> str | None:
    """The storyline an article joins, given its mean cosine to each one's articles: the most similar on
    average, if at least :data:`STORY_THRESHOLD` (the test :func:`merge_close_groups` puts to two groups);
    of two as similar, the first by id."""
    if not mean_similarity:
        return None
    best = min(mean_similarity, key=lambda storyline_id: (-mean_similarity[storyline_id], storyline_id))
    return best if mean_similarity[best] >= STORY_THRESHOLD else None


def single_pass(vectors: np.ndarray) -> list[list[int]]:
    """Row indices grouped: each row joins the most similar centroid at or above
    :data:`SAME_REPORT_THRESHOLD`, or starts one."""
    sums = np.zeros((0, vectors.shape[1]), dtype=np.float32)
    groups: list[list[int]] = []
    for i, vector in enumerate(vectors):
        if groups:
            norms = np.linalg.norm(sums, axis=1) * np.linalg.norm(vector)
            similarity = np.divide(sums @ vector, norms, out=np.zeros_like(norms), where=norms > 0)
            best = int(np.argmax(similarity))
            if similarity[best] >= SAME_REPORT_THRESHOLD:
                sums[best] += vector
                groups[best].append(i)
                continue
        sums = np.vstack([sums, vector])
        groups.append([i])
    return groups


def merge_close_groups(groups: list[list[int]], vectors: np.ndarray) -> list[list[int]]:
    """Join groups whose articles resemble each other, on average, at least :data:`STORY_THRESHOLD`
    (average linkage: the mean cosine over all cross pairs)."""
    unit = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    groups = [list(group) for group in groups]
    sums = np.array([unit[group].sum(axis=0) for group in groups], dtype=np.float64)
    dots = sums @ sums.T  # kept up to date on each merge, so a merge costs O(groups), not O(groups² x words)
    sizes = np.array([len(group) for group in groups], dtype=np.float64)
    alive = np.ones(len(groups), dtype=bool)
    while alive.sum() > 1:
        similarity = dots / np.outer(sizes, sizes)
        similarity[~alive, :] = similarity[:, ~alive] = -1.0
        np.fill_diagonal(similarity, -1.0)
        a, b = sorted(np.unravel_index(int(np.argmax(similarity)), similarity.shape))
        if similarity[a, b] < STORY_THRESHOLD:
            break
        dots[a, :] += dots[b, :]
        dots[:, a] += dots[:, b]
        sizes[a] += sizes[b]
        alive[b] = False
        groups[a] += groups[b]
    return [sorted(group) for group, keep in zip(groups, alive) if keep]


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


def _storyline(members: list[StorylineArticle], vectors: np.ndarray) -> Storyline:
    """Titled by what happened, told by the member closest to the group's centre (:func:`_title`)."""
    closeness = vectors @ vectors.mean(axis=0)
    ranked = [members[i] for i in np.argsort(-closeness, kind="stable")]
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
