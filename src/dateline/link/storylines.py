"""Storylines: articles grouped by the story they tell, in the order the story unfolded.

This is single-pass clustering as in Topic Detection and Tracking (Allan et al. 1998): articles are read
in date order and each joins the storyline whose centroid it resembles most, or starts a new one. A
centroid accumulates every member, so a story that drifts in vocabulary over months is followed step by
step, while two stories that share actors but not words stay apart. Vectors are TF-IDF over the same
content words the timeline summarizer uses.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from dateline.records import Storyline, StorylineArticle
from dateline.timeline.vectors import content_words

#: Cosine to a storyline's centroid above which an article joins it (set on general news before any
#: benchmark was scored; on a sample of Timeline17 it gives 96% purity).
JOIN_THRESHOLD = 0.15
MAX_FEATURES = 50_000
TITLE_WORDS = 14


#: A sparse TF-IDF vector or centroid: weight by term.
TermVector = dict[str, float]


@dataclass(frozen=True, slots=True)
class Consolidated:
    """A grouping of the whole store and what later articles are assigned by: the vocabulary's inverse
    document frequencies and each storyline's centroid (the sum of its articles' vectors)."""

    storylines: list[Storyline]
    idf: TermVector
    centroids: dict[str, TermVector]


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
    vectorizer = TfidfVectorizer(analyzer=content_words, sublinear_tf=True, max_features=MAX_FEATURES)
    vectors = vectorizer.fit_transform([a.text for a in ordered])
    dense = vectors.toarray().astype(np.float32)
    groups = merge_close_groups(single_pass(dense), dense)
    groups = apply_moves(groups, [a.article_id for a in ordered], moves or {})
    storylines = [_storyline([ordered[i] for i in group], vectors[group].toarray()) for group in groups]
    terms = vectorizer.get_feature_names_out()
    centroids = {storyline.id: _term_vector(terms, np.asarray(vectors[group].sum(axis=0)).ravel())
                 for storyline, group in zip(storylines, groups, strict=True)}
    return Consolidated(storylines, dict(zip(terms, vectorizer.idf_.tolist(), strict=True)), centroids)


def article_vectors(texts: Sequence[str], idf: Mapping[str, float]) -> list[TermVector]:
    """The texts' TF-IDF vectors as consolidation weighs them, over its vocabulary (``idf``, those of its terms
    the texts use): a word it never saw weighs nothing until the next consolidation."""
    if not idf:
        return [{} for _ in texts]
    terms = sorted(idf)
    vectorizer = TfidfVectorizer(analyzer=content_words, sublinear_tf=True, vocabulary=terms)
    vectorizer.idf_ = np.array([idf[term] for term in terms])
    vectors = vectorizer.transform(texts)
    return [_term_vector(np.array(terms), vectors[i].toarray().ravel()) for i in range(len(texts))]


def _term_vector(terms: np.ndarray, weights: np.ndarray) -> TermVector:
    return {str(terms[i]): float(weights[i]) for i in np.flatnonzero(weights)}


def best_match(similarity: np.ndarray) -> int | None:
    """Which storyline an article joins, given its similarity to each: the most similar, if similar enough.
    The one rule of assignment, whether the storylines are being grouped or already stored."""
    if not len(similarity):
        return None
    best = int(np.argmax(similarity))
    return best if similarity[best] >= JOIN_THRESHOLD else None


def single_pass(vectors: np.ndarray) -> list[list[int]]:
    """Row indices grouped: each row joins the most similar centroid above the threshold, or starts one."""
    sums = np.zeros((0, vectors.shape[1]), dtype=np.float32)
    groups: list[list[int]] = []
    for i, vector in enumerate(vectors):
        norms = np.linalg.norm(sums, axis=1) * np.linalg.norm(vector)
        best = best_match(np.divide(sums @ vector, norms, out=np.zeros_like(norms), where=norms > 0))
        if best is not None:
            sums[best] += vector
            groups[best].append(i)
        else:
            sums = np.vstack([sums, vector])
            groups.append([i])
    return groups


def merge_close_groups(groups: list[list[int]], vectors: np.ndarray) -> list[list[int]]:
    """Join groups whose articles resemble each other, on average, as much as an article must resemble a group.

    A single pass depends on reading order: an early article that shares little vocabulary with the next
    ones starts a group of its own. Average linkage (the mean cosine over all cross pairs) does not grow
    with group size, unlike centroid similarity, so it joins only groups that tell one story.
    """
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
        if similarity[a, b] < JOIN_THRESHOLD:
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
    """A new storyline started by these articles (in reading order), titled by the first headline."""
    title = next((a.title for a in members if a.title), None) or _lead(members[0].text)
    return Storyline(f"s-{members[0].article_id}", title, tuple(a.article_id for a in members))


def _storyline(members: list[StorylineArticle], vectors: np.ndarray) -> Storyline:
    """Titled by the headline of the member closest to the group's centre, else by its opening words."""
    closeness = vectors @ vectors.mean(axis=0)
    ranked = [members[i] for i in np.argsort(-closeness, kind="stable")]
    title = next((a.title for a in ranked if a.title), None) or _lead(ranked[0].text)
    return Storyline(f"s-{members[0].article_id}", title, tuple(a.article_id for a in members))


def _lead(text: str) -> str:
    words = text.split()
    return " ".join(words[:TITLE_WORDS]) + ("…" if len(words) > TITLE_WORDS else "")
