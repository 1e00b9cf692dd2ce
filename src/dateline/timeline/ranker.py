"""The learned timeline model: which days a timeline lists, and which sentence says what happened on each.

Two linear scorers over :mod:`dateline.timeline.features`, fitted with scikit-learn on reference timelines
by :mod:`dateline.evaluation.tls_train` and stored as plain JSON (feature names, scaling, weights), so a
model file is small, readable, diffable and loads without pickle or a matching scikit-learn version:

- the day scorer's logit says how likely a journalist's timeline of the story lists the day;
- the sentence scorer predicts a sentence's ROUGE against the reference summary of its day;
- ``day_threshold`` is the day score above which a day is listed when no length is asked for, chosen on
  the training timelines for the best date F1, and ``sentences_per_day`` the training timelines' median
  number of sentences a day.

The package ships one model (``timeline/data/timeline-model.json``, trained on Timeline17); set
``DATELINE_TIMELINE_MODEL`` to a file written by ``python -m dateline.evaluation.tls_train`` to use one
trained on your own reference timelines.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import numpy as np

from dateline.timeline.features import DAY_FEATURES, SENTENCE_FEATURES

#: The model file format; a file of another version is refused rather than misread.
MODEL_FORMAT = 1
MODEL_ENV = "DATELINE_TIMELINE_MODEL"


@dataclass(frozen=True)
class LinearScorer:
    """``((x - mean) / scale) · weights + bias`` over named features."""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float

    def score(self, rows: np.ndarray) -> np.ndarray:
        scores: np.ndarray = ((rows - self.mean) / self.scale) @ self.weights + self.bias
        return scores

    def to_json(self) -> dict[str, Any]:
        return {"features": list(self.features), "mean": self.mean.tolist(), "scale": self.scale.tolist(),
                "weights": self.weights.tolist(), "bias": self.bias}

    @classmethod
    def from_json(cls, data: dict[str, Any], expected: tuple[str, ...]) -> LinearScorer:
        if tuple(data["features"]) != expected:
            raise ValueError(f"model features {data['features']} are not this version's {list(expected)}")
        mean, scale, weights = (np.array(data[k], dtype=float) for k in ("mean", "scale", "weights"))
        return cls(expected, mean, scale, weights, float(data["bias"]))


@dataclass(frozen=True)
class TimelineModel:
    days: LinearScorer
    sentences: LinearScorer
    day_threshold: float
    sentences_per_day: int
    trained_on: str

    def to_json(self) -> dict[str, Any]:
        return {"format": MODEL_FORMAT, "trained_on": self.trained_on, "day_threshold": self.day_threshold,
                "sentences_per_day": self.sentences_per_day, "days": self.days.to_json(),
                "sentences": self.sentences.to_json()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TimelineModel:
        if data.get("format") != MODEL_FORMAT:
            raise ValueError(f"timeline model format {data.get('format')!r}, expected {MODEL_FORMAT}")
        return cls(LinearScorer.from_json(data["days"], DAY_FEATURES),
                   LinearScorer.from_json(data["sentences"], SENTENCE_FEATURES),
                   float(data["day_threshold"]), int(data["sentences_per_day"]), data["trained_on"])

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), indent=1) + "\n", encoding="utf-8")


def load_model(path: Path | None = None) -> TimelineModel:
    """The model at ``path``, else at ``$DATELINE_TIMELINE_MODEL``, else the shipped one."""
    chosen = path or os.environ.get(MODEL_ENV)
    return _read(str(chosen)) if chosen else _shipped()


@cache
def _shipped() -> TimelineModel:
    return TimelineModel.from_json(json.loads(
        (files("dateline.timeline") / "data" / "timeline-model.json").read_text(encoding="utf-8")))


@cache
def _read(path: str) -> TimelineModel:
    return TimelineModel.from_json(json.loads(Path(path).read_text(encoding="utf-8")))
