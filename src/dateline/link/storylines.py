"""Storylines: articles grouped by the story they tell, in the order the story unfolded.

This is single-pass clustering as in Topic Detection and Tracking (Allan et al. 1998): articles are read
in date order and each joins the storyline whose centroid it resembles most, or starts a new one. A
centroid accumulates every member, so a story that drifts in vocabulary over months is followed step by
step, while two stories that share actors but not words stay apart. Vectors are TF-IDF over the same
content words the timeline summarizer uses.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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


def group_storylines(articles: Sequence[StorylineArticle], moves: Mapping[str, str] | None = None) -> list[Storyline]:
    """Storylines over the articles, with a user's moves applied, each titled by its most typical headline.

    ``moves`` maps an article to the article whose storyline it must join (itself: a storyline of its own).
    """
    if not articles:
        return []
    ordered = sorted(articles, key=lambda a: (a.day is None, a.day or date.min))
    vectors = TfidfVectorizer(analyzer=content_words, sublinear_tf=True,
                              max_features=MAX_FEATURES).fit_transform([a.text for a in ordered])
    dense = vectors.toarray().astype(np.float32)
    groups = merge_close_groups(single_pass(dense), dense)
    groups = apply_moves(groups, [a.article_id for a in ordered], moves or {})
    return [_storyline([ordered[i] for i in group], vectors[group].toarray()) for group in groups]


def single_pass(vectors: np.ndarray) -> list[list[int]]:
    """Row indices grouped: each row joins the most similar centroid above the threshold, or starts one."""
    sums = np.zeros((0, vectors.shape[1]), dtype=np.float32)
    groups: list[list[int]] = []
    for i, vector in enumerate(vectors):
        if groups:
            norms = np.linalg.norm(sums, axis=1) * np.linalg.norm(vector)
            similarity = np.divide(sums @ vector, norms, out=np.zeros_like(norms), where=norms > 0)
            best = int(np.argmax(similarity))
            if similarity[best] >= JOIN_THRESHOLD:
                sums[best] += vector
                groups[best].append(i)
                continue
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


def _storyline(members: list[StorylineArticle], vectors: np.ndarray) -> Storyline:
    """Titled by the headline of the member closest to the group's centre, else by its opening words."""
    closeness = vectors @ vectors.mean(axis=0)
    ranked = [members[i] for i in np.argsort(-closeness, kind="stable")]
    title = next((a.title for a in ranked if a.title), None) or _lead(ranked[0].text)
    return Storyline(f"s-{members[0].article_id}", title, tuple(a.article_id for a in members))


def _lead(text: str) -> str:
    words = text.split()
    return " ".join(words[:TITLE_WORDS]) + ("…" if len(words) > TITLE_WORDS else "")
