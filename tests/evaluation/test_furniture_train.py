import numpy as np
import pytest

from dateline.evaluation.furniture_train import (
    FEATURES,
    MAX_SCORED_WORDS,
    Example,
    choose_threshold,
    held_out_scores,
    line_features,
    shape,
    trade_off,
)

STORY = [
    "Mayor Tilda Brannock of Ostervale said on Tuesday that the harbour bridge would reopen next month.",
    "Ostervale Harbour Photo Archive",
    "The council voted 7-2 to spend 4 million crowns on repairs, Brannock told reporters.",
]


def feature(row: list[float], name: str) -> float:
    return row[FEATURES.index(name)]


def test_a_sentence_has_a_finite_verb_and_a_label_none() -> None:
    assert shape(STORY[0]).finite_verb
    assert not shape(STORY[1]).finite_verb and not shape(STORY[1]).any_verb
    assert shape(STORY[1]).words == 4


def test_a_long_paragraph_is_read_as_a_sentence_untagged() -> None:
    assert shape(" ".join(["ferry"] * (MAX_SCORED_WORDS + 1))).finite_verb


def test_features_read_shape_and_place() -> None:
    rows = line_features(STORY, scrape=True)
    assert len(rows) == 3 and all(len(row) == len(FEATURES) for row in rows)
    assert feature(rows[0], "sentence_end") == 1.0 and feature(rows[1], "sentence_end") == 0.0
    assert feature(rows[1], "control_words") == 1.0 and feature(rows[2], "control_words") == 0.0
    assert feature(rows[1], "capitalised") == 1.0 and feature(rows[1], "function_words") == 0.0
    assert feature(rows[1], "no_verb_no_stop") == 1.0 and feature(rows[2], "no_verb_no_stop") == 0.0
    assert feature(rows[0], "first") == 1.0 and feature(rows[2], "last") == 1.0
    assert feature(rows[1], "neighbours_verbless") == 0.0 and feature(rows[0], "neighbours_short") == 1.0
    assert feature(rows[0], "scrape") == 1.0 and feature(line_features(STORY, scrape=False)[0], "scrape") == 0.0


def example(outlet: str, line: str, furniture: bool) -> Example:
    return Example(f"{outlet}-1", "text", outlet, line, line_features([line], scrape=True)[0], furniture)


def test_lines_are_scored_by_a_model_trained_without_their_outlet() -> None:
    outlets = ("brannock-post", "ostervale-daily", "quill-herald")
    examples = [example(o, line, furniture) for o in outlets for line, furniture in (
        ("Harbour Works Gallery", True), ("Read More From Quill", True),
        ("The ferry operator said fares would rise by a fifth in spring.", False),
        ("Residents told the council they had waited two years for repairs.", False))]
    scores = held_out_scores(examples)
    furniture = np.array([e.furniture for e in examples])
    assert scores[furniture].min() > scores[~furniture].max()


def test_the_trade_off_counts_lines_caught_and_lost_and_parts_left() -> None:
    examples = [example("a", "Gallery", True), example("a", "He said so.", False), example("b", "Menu", True)]
    counts = trade_off(examples, np.array([0.9, 0.95, 0.2]), 0.8)
    assert counts == {"caught": 1, "furniture": 2, "lost": 1, "story": 1, "parts left": 1, "parts": 2}


def test_the_threshold_loses_at_most_two_story_lines() -> None:
    examples = [example("a", f"Line {n}.", False) for n in range(5)] + [example("a", "Gallery", True)]
    threshold = choose_threshold(examples, np.array([0.1, 0.99, 0.98, 0.97, 0.2, 0.995]))
    assert threshold == pytest.approx(0.97)
