"""``dateline eval storylines``: B-cubed on hand-made clusterings, and the gate on the real-news set.

The gate builds the real-news articles (``../shared/eval/real``, beside the repository) and skips without
them. Its floor sits just under the score measured when it was set (dev .966, test .956, all .937 with the
storyline stage of this commit); raise it when a fix raises the measure. The same build's timelines are
gated on the stories' key days.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.evaluation.splits import TUNED_SPLITS
from dateline.evaluation.storylines import bcubed, evaluate_storylines, load_manifest

REPO = Path(__file__).resolve().parents[2]
MANIFEST = REPO / "eval" / "real" / "manifest.json"
ARTICLES = REPO.parent / "shared" / "eval" / "real"


def test_bcubed_averages_over_items() -> None:
    truth = {"a": "x", "b": "x", "c": "y"}
    assert (bcubed(truth, truth).precision, bcubed(truth, truth).recall) == (1.0, 1.0)
    lumped = bcubed(truth, {"a": 1, "b": 1, "c": 1})
    assert (lumped.precision, lumped.recall) == pytest.approx((5 / 9, 1.0))
    split = bcubed(truth, {"a": 1, "b": 2})  # c not placed: a storyline of its own
    assert (split.precision, split.recall) == pytest.approx((1.0, 2 / 3))


def test_manifest_gives_every_article_a_story_and_one_file() -> None:
    labelled = [a for a in load_manifest(MANIFEST, ARTICLES) if a.split in TUNED_SPLITS]
    assert len(labelled) == 204
    assert sum(a.path.suffix == ".html" for a in labelled) == 154
    assert len({a.story for a in labelled}) == 133
    fresh = [a for a in load_manifest(MANIFEST, ARTICLES) if a.split == "fresh"]
    assert (len(fresh), sum(a.path.suffix == ".html" for a in fresh), len({a.story for a in fresh})) == (45, 45, 44)
    fresh2 = [a for a in load_manifest(MANIFEST, ARTICLES) if a.split == "fresh2"]
    assert (len(fresh2), sum(a.path.suffix == ".html" for a in fresh2), len({a.story for a in fresh2})) == (35, 35, 34)


def test_gate_storylines_on_the_real_news_set() -> None:
    if not (ARTICLES / "html").is_dir():
        pytest.skip("the real-news articles are not at ../shared/eval/real (see eval/real/README.md)")
    results = {r.split: r for r in evaluate_storylines(ARTICLES, MANIFEST)}
    scores = {split: r.scores.f1 for split, r in results.items()}
    assert scores["dev"] >= 0.95 and scores["test"] >= 0.94 and scores["all"] >= 0.92
    # key days on the stories' timelines (measured: 21 of 39 found, 5 of 31 listed days no key day; most of the
    # 18 missed are NewsWCL50 days that no article's date or text gives; a storyline no article dates lists no day
    # below the scorer's line since session 27, which took off two side days and one key day), no entry from
    # boilerplate or on two days
    timelines = results["all"].timelines
    assert timelines.key_days == 39 and timelines.key_days_found >= 21
    assert timelines.story_days_not_key <= 0.25 * timelines.story_days
    # the embedded tweet in fu-gatewaypundit-fedorov (a dismissed minister telling what he had asked of his president)
    # is no candidate since its posts are marked (dateline.clean.embeds)
    assert (timelines.boilerplate_entries, timelines.repeated_entries) == (0, 0)
