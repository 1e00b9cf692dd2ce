"""Storyline grouping on real text: the seeds are one story; an unrelated story stays apart; the blocked, sparse
grouping is the dense one's on Timeline17, and never holds an articles-by-articles array."""

from __future__ import annotations

import re
import sqlite3
import tracemalloc
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from dateline.link import storylines
from dateline.link.storylines import (
    SAME_REPORT_THRESHOLD,
    STORY_THRESHOLD,
    apply_moves,
    average_linkage,
    best_match,
    consolidate_storylines,
    fitted_vectors,
    group_storylines,
    merge_close_groups,
    single_pass,
    stored_vectors,
    summed,
)
from dateline.records import StorylineArticle
from dateline.store.storylines import storyline_articles

OIL_SPILL = [
    "BP said on Tuesday that oil was still leaking from the Deepwater Horizon well in the Gulf of Mexico, "
    "and the coast guard widened the spill response along the Louisiana coast as crude reached the marshes.",
    "The coast guard said the Gulf of Mexico oil spill from BP's Deepwater Horizon well had reached the "
    "Louisiana marshes, and BP engineers tried again to cap the leaking well with a containment dome.",
]


def _seeds(seed_db: Path) -> list[StorylineArticle]:
    """The seed articles as the build's storyline stage reads them: text, and the entities merged across them."""
    with sqlite3.connect(seed_db) as conn:
        return storyline_articles(conn)


def test_seed_corpus_is_one_storyline(seed_db: Path) -> None:
    seeds = _seeds(seed_db)
    (storyline,) = group_storylines(seeds)
    assert sorted(storyline.article_ids) == sorted(a.article_id for a in seeds)


def test_words_alone_split_the_seeds_and_shared_actors_hold_them_together(seed_db: Path) -> None:
    """Ten months of talks share few words from one report to the next; Blinken, Hamas and Qatar join them."""
    seeds = _seeds(seed_db)
    assert len(group_storylines([replace(a, entities=()) for a in seeds])) > 1
    assert len(group_storylines(seeds)) == 1


def test_unrelated_story_is_its_own_storyline(seed_db: Path) -> None:
    oil = [StorylineArticle(f"oil{i}", date(2010, 5, 4 + i), "BP fights Gulf oil spill", text)
           for i, text in enumerate(OIL_SPILL)]
    seeds = _seeds(seed_db)
    storylines = group_storylines(seeds + oil)
    assert sorted(sorted(s.article_ids) for s in storylines) == [sorted(a.article_id for a in seeds),
                                                                ["oil0", "oil1"]]
    oil_line = next(s for s in storylines if "oil0" in s.article_ids)
    assert (oil_line.id, oil_line.title) == ("s-oil0", "BP fights Gulf oil spill")


def test_moves_join_an_anchor_or_stand_alone() -> None:
    groups = [[0, 1, 2], [3]]
    ids = ["a", "b", "c", "d"]
    assert apply_moves(groups, ids, {"b": "d"}) == [[0, 2], [1, 3]]
    assert apply_moves(groups, ids, {"c": "c"}) == [[0, 1], [3], [2]]


def test_seed_storyline_is_titled_by_what_happened(seed_db: Path) -> None:
    """The lead event of the most central article with one (actor, deed, target, told by the article
    itself), not a headline that only says who travelled where."""
    (storyline,) = group_storylines(_seeds(seed_db))
    assert storyline.title == ("US President Joe Biden pressed Israeli Prime Minister Benjamin Netanyahu to strike "
                               "a cease-fire agreement with Hamas")


def test_new_articles_are_weighed_and_joined_as_the_consolidation_groups(seed_db: Path) -> None:
    """A stored storyline's summed unit vectors give an article's mean cosine to its articles (average
    linkage), the stored vocabulary weighs an article as the consolidation did, and a word it never saw
    weighs nothing."""
    seeds = _seeds(seed_db)
    unit, idf = fitted_vectors(seeds)
    dense, terms = unit.toarray(), list(idf)
    for i, vector in enumerate(stored_vectors(seeds, idf)):
        assert vector == pytest.approx(summed(unit, [i], terms))
    first, rest = dense[0], summed(unit, range(1, len(seeds)), terms)
    mean_cosine = float(np.mean(dense[1:] @ first))
    assert sum(rest[t] * first[terms.index(t)] for t in rest) / (len(seeds) - 1) == pytest.approx(mean_cosine)
    assert mean_cosine >= STORY_THRESHOLD
    assert stored_vectors([StorylineArticle("new", None, None, "Zebras quokkas axolotls")], idf) == [{}]


def test_an_article_joins_the_storyline_most_like_it_on_average_if_enough() -> None:
    assert best_match({"s-a": STORY_THRESHOLD - 0.01, "s-b": STORY_THRESHOLD + 0.01}) == "s-b"
    assert best_match({"s-a": 0.5, "s-b": 0.5}) == "s-a"
    assert best_match({"s-a": STORY_THRESHOLD - 0.01}) is None
    assert best_match({}) is None


_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*")


def _t17_articles(documents: list[Path], lines: int | None = None) -> list[StorylineArticle]:
    """Timeline17 input documents (their first ``lines`` lines), runs of capitalised words standing in for
    merged entities."""
    articles = []
    for path in documents:
        kept = [line.strip() for line in path.read_text("utf-8", errors="replace").splitlines() if line.strip()]
        text = " ".join(kept[:lines])
        articles.append(StorylineArticle(f"{path.parts[-4]}/{path.parent.name}/{path.name}",
                                         date.fromisoformat(path.parent.name), kept[0] if kept else None, text,
                                         tuple(m.group() for m in _NAME.finditer(text))))
    return articles


def _dense_grouping(unit: Any) -> list[list[int]]:
    """The grouping as it was computed before it was blocked: a single pass over dense rows and centroids, then
    average linkage over a groups-by-groups matrix, the best pair (first by row, then column) merged each round."""
    rows = unit.toarray()
    sums = np.zeros((0, rows.shape[1]))
    groups: list[list[int]] = []
    for i, row in enumerate(rows):
        lengths = np.linalg.norm(sums, axis=1) * np.linalg.norm(row)
        similarity = np.divide(sums @ row, lengths, out=np.zeros_like(lengths), where=lengths > 0)
        if groups and similarity.max() >= SAME_REPORT_THRESHOLD:
            sums[int(np.argmax(similarity))] += row
            groups[int(np.argmax(similarity))].append(i)
        else:
            sums = np.vstack([sums, row])
            groups.append([i])
    dots, sizes = sums @ sums.T, np.array([len(group) for group in groups], dtype=float)
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
    return sorted(sorted(group) for group, keep in zip(groups, alive) if keep)


@pytest.fixture(scope="module")
def t17_mix(t17_dir: Path) -> list[StorylineArticle]:
    """Three Timeline17 topics in one store: the oil spill, the flu, the war in Libya."""
    return [a for topic in ("bpoil_bbc", "H1N1_reuters", "LibyaWar_cnn")
            for a in _t17_articles(sorted((t17_dir / topic / "InputDocs").glob("*/*"))[:60])]


def test_the_blocked_grouping_is_the_dense_one_on_timeline17(t17_mix: list[StorylineArticle]) -> None:
    ordered = sorted(t17_mix, key=lambda a: a.day or date.min)
    unit, _ = fitted_vectors(ordered)
    dense = _dense_grouping(unit)
    assert merge_close_groups(single_pass(unit), unit) == dense
    assert (len(ordered), len(dense), max(len(group) for group in dense)) == (180, 85, 23)


def test_blocks_of_any_size_group_alike(t17_mix: list[StorylineArticle], monkeypatch: pytest.MonkeyPatch) -> None:
    """A block of a few cells takes one row at a time against the groups: every path through the blocks."""
    grouped = consolidate_storylines(t17_mix).storylines
    monkeypatch.setattr(storylines, "BLOCK_CELLS", 40)
    assert consolidate_storylines(t17_mix).storylines == grouped


def test_the_grouping_never_holds_an_articles_by_articles_array(t17_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every Timeline17 input document, by its first three lines (3,083 articles), in blocks of 2¹⁶ cells: what
    the grouping allocates at its peak, its rows given, is a fraction of one float64 array of articles by
    articles (73 MiB) and a sliver of the dense rows (articles by words); most of it is the largest group of
    groups that may merge (:func:`average_linkage` over their dot products)."""
    articles = _t17_articles(sorted(t17_dir.glob("*/InputDocs/*/*")), lines=3)
    unit, _ = fitted_vectors(articles)
    monkeypatch.setattr(storylines, "BLOCK_CELLS", 1 << 16)
    tracemalloc.start()
    groups = merge_close_groups(single_pass(unit), unit)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert sum(len(group) for group in groups) == len(articles) == 3083
    assert peak < len(articles) ** 2 * 8 / 5
    assert peak < unit.shape[0] * unit.shape[1] * 8 / 25


def test_average_linkage_merges_the_most_alike_pair_first_and_the_first_of_ties() -> None:
    """Groups 0, 1, 2 of one article each: 0-1 and 1-2 alike at .5, 0-2 at .1. The first tie (0-1) merges;
    {0, 1} is then .3 like 2 (the mean of .5 and .1), so it merges too; a threshold above that keeps 2 apart."""
    dots = np.array([[1.0, 0.5, 0.1], [0.5, 1.0, 0.5], [0.1, 0.5, 1.0]])
    assert average_linkage(dots.copy(), np.ones(3)) == [[0, 1, 2]]
    dots[0, 2] = dots[2, 0] = -0.15
    assert average_linkage(dots.copy(), np.ones(3)) == [[0, 1], [2]]


def test_a_pair_is_titled_by_its_earlier_article() -> None:
    """Both articles of a pair are as close to its centre: the earlier one tells the story."""
    oil = [StorylineArticle(f"oil{i}", date(2010, 5, 4 + i), title, text)
           for i, (title, text) in enumerate(zip(("BP fights Gulf oil spill", "Oil reaches Louisiana marshes"),
                                                 OIL_SPILL, strict=True))]
    for articles in (oil, oil[::-1]):
        (storyline,) = group_storylines(articles)
        assert storyline.title == "BP fights Gulf oil spill"
