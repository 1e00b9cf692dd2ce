"""The shipped timeline model and the model file format."""

import json
from pathlib import Path

import numpy as np
import pytest

from dateline.timeline.features import DAY_FEATURES, SENTENCE_FEATURES
from dateline.timeline.ranker import MODEL_ENV, LinearScorer, TimelineModel, load_model


def test_the_shipped_model_scores_this_versions_features() -> None:
    model = load_model()
    assert model.days.features == DAY_FEATURES and model.sentences.features == SENTENCE_FEATURES
    assert "12 timelines of 5 topics" in model.trained_on
    assert model.sentences_per_day >= 1
    rows = np.ones((3, len(DAY_FEATURES)))
    assert model.days.score(rows).shape == (3,)


def test_a_saved_model_loads_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    days = LinearScorer(DAY_FEATURES, np.zeros(len(DAY_FEATURES)), np.ones(len(DAY_FEATURES)),
                        np.arange(len(DAY_FEATURES), dtype=float), -1.0)
    sentences = load_model().sentences
    path = tmp_path / "mine.json"
    TimelineModel(days, sentences, 0.5, 3, "my reference timelines").save(path)
    monkeypatch.setenv(MODEL_ENV, str(path))
    mine = load_model()
    assert (mine.trained_on, mine.day_threshold, mine.sentences_per_day) == ("my reference timelines", 0.5, 3)
    assert mine.days.score(np.eye(len(DAY_FEATURES))[[2]]) == pytest.approx([1.0])


def test_a_model_of_another_format_or_feature_set_is_refused() -> None:
    data = load_model().to_json()
    with pytest.raises(ValueError, match="format"):
        TimelineModel.from_json({**data, "format": 0})
    renamed = {**data, "days": {**data["days"], "features": ["mentions", *DAY_FEATURES[1:]]}}
    with pytest.raises(ValueError, match="mentions"):
        TimelineModel.from_json(json.loads(json.dumps(renamed)))
