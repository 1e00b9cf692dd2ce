"""Storyline grouping on real text: the seeds are one story; an unrelated story stays apart."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

from dateline.link.storylines import apply_moves, group_storylines
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
