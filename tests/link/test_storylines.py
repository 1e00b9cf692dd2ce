"""Storyline grouping on real text: the seeds are one story; an unrelated story stays apart."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from dateline.link.storylines import (
    STORY_THRESHOLD,
    apply_moves,
    best_match,
    fitted_vectors,
    group_storylines,
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
