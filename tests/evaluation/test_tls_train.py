"""Training the timeline model on reference timelines: labels, fitting, and the training script."""

import sys
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from dateline.evaluation.tls_train import (
    DAY_C_GRID,
    _grams,
    day_regularisation,
    fit_model,
    main,
    sentence_rouge,
    story_examples,
)
from dateline.timeline.features import Coverage
from dateline.timeline.ranker import load_model
from dateline.timeline.records import CandidateSentence

APR20, APR21, APR22 = date(2010, 4, 20), date(2010, 4, 21), date(2010, 4, 22)


def sentence(article: str, published: date, text: str, *dates: date) -> CandidateSentence:
    return CandidateSentence(article, 0, len(text), text, published, dates)


STORY = [
    sentence("a1", APR21, "An explosion ripped through the Deepwater Horizon oil rig on Tuesday night .", APR20),
    sentence("a1", APR21, "Coast Guard boats searched the waters around the burning oil rig all day ."),
    sentence("a2", APR22, "The burning Deepwater Horizon rig sank into the Gulf of Mexico on Thursday .", APR22),
]
REFERENCE = {APR20: ["An explosion on the Deepwater Horizon rig kills eleven workers ."],
             APR22: ["The rig sinks ."]}


def test_a_sentence_is_worth_its_rouge_against_the_days_summary() -> None:
    summary = _grams(("The rig sinks into the Gulf .",))
    assert sentence_rouge(summary, summary) == pytest.approx(1.0)
    assert sentence_rouge(_grams(("Coast Guard boats searched .",)), summary) == 0.0


def test_examples_label_the_reference_days_and_score_their_sentences() -> None:
    examples = story_examples("bpoil", Coverage(STORY), REFERENCE)
    assert examples.days == [APR20, APR21, APR22] and examples.reference == {APR20, APR22}
    # April 20's pool: the sentence naming it and a1's undated one (published the day after); April 22's
    explosion, search, sinking = examples.sentence_targets
    assert explosion > search and sinking > 0
    assert examples.sentences_per_day == 1.0


def test_a_model_fitted_on_three_topics_chooses_its_regularisation_by_leaving_one_out() -> None:
    stories = [story_examples(topic, Coverage(STORY), REFERENCE) for topic in ("a", "b", "c")]
    model = fit_model(stories, "three copies")
    assert model.trained_on == "three copies" and model.sentences_per_day == 1
    scores = model.days.score(stories[0].day_rows)
    assert scores[0] > scores[1] and scores[2] > scores[1]  # the reference days above the other
    assert np.isfinite(model.day_threshold)
    assert day_regularisation(stories) in DAY_C_GRID
    assert day_regularisation(stories[:2]) == DAY_C_GRID[1]  # two topics leave too little to choose on


ARTICLES = {
    "2010-04-21/1.htm.txt": "An explosion ripped through the Deepwater Horizon oil rig on Tuesday night .\n"
                            "Eleven workers are missing after the blast on the rig in the Gulf of Mexico .\n",
    "2010-04-22/2.htm.txt": "The burning Deepwater Horizon rig sank into the Gulf of Mexico on Thursday .\n"
                            "The rig exploded on Tuesday , killing eleven workers in the Gulf of Mexico .\n",
}
TIMELINE = ("2010-04-20\nAn explosion on the Deepwater Horizon rig kills eleven workers .\n" + "-" * 32 + "\n"
            "2010-04-22\nThe burning rig sinks .\n" + "-" * 32 + "\n")


def test_the_script_trains_a_model_on_timelines_in_the_timeline17_layout(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for topic in ("rig_one", "spill_two"):
        for name, text in ARTICLES.items():
            path = tmp_path / "data" / topic / "InputDocs" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        (tmp_path / "data" / topic / "timelines").mkdir()
        (tmp_path / "data" / topic / "timelines" / "tl.txt").write_text(TIMELINE, encoding="utf-8")
    out = tmp_path / "model.json"
    monkeypatch.setattr(sys, "argv", ["tls_train", str(tmp_path / "data"), "-o", str(out),
                                      "--cache-dir", str(tmp_path / "cache")])
    main()
    model = load_model(out)
    assert model.trained_on == "data: 2 timelines of 2 topics (rig, spill)"
    assert model.sentences_per_day == 1
