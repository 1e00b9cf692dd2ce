"""Storyline grouping on real text: the seeds are one story; an unrelated story stays apart."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dateline.link.storylines import apply_moves, group_storylines
from dateline.records import StorylineArticle

OIL_SPILL = [
    "BP said on Tuesday that oil was still leaking from the Deepwater Horizon well in the Gulf of Mexico, "
    "and the coast guard widened the spill response along the Louisiana coast as crude reached the marshes.",
    "The coast guard said the Gulf of Mexico oil spill from BP's Deepwater Horizon well had reached the "
    "Louisiana marshes, and BP engineers tried again to cap the leaking well with a containment dome.",
]


def _seeds(seeds_dir: Path) -> list[StorylineArticle]:
    return [StorylineArticle(p.name[:3], None, None, p.read_text("utf-8")) for p in sorted(seeds_dir.glob("*.txt"))]


def test_seed_corpus_is_one_storyline(seeds_dir: Path) -> None:
    (storyline,) = group_storylines(_seeds(seeds_dir))
    assert sorted(storyline.article_ids) == ["000", "001", "002", "003", "004"]


def test_unrelated_story_is_its_own_storyline(seeds_dir: Path) -> None:
    oil = [StorylineArticle(f"oil{i}", date(2010, 5, 4 + i), "BP fights Gulf oil spill", text)
           for i, text in enumerate(OIL_SPILL)]
    storylines = group_storylines(_seeds(seeds_dir) + oil)
    assert sorted(sorted(s.article_ids) for s in storylines) == [["000", "001", "002", "003", "004"],
                                                                ["oil0", "oil1"]]
    oil_line = next(s for s in storylines if "oil0" in s.article_ids)
    assert (oil_line.id, oil_line.title) == ("s-oil0", "BP fights Gulf oil spill")


def test_moves_join_an_anchor_or_stand_alone() -> None:
    groups = [[0, 1, 2], [3]]
    ids = ["a", "b", "c", "d"]
    assert apply_moves(groups, ids, {"b": "d"}) == [[0, 2], [1, 3]]
    assert apply_moves(groups, ids, {"c": "c"}) == [[0, 1], [3], [2]]
