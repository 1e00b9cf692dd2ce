"""The leave-one-outlet-out study of a learned direct-quote speaker confidence."""

from __future__ import annotations

import math
from collections.abc import Callable
from types import ModuleType
from typing import Any

import numpy as np
import pytest

#: A judged quote as ``speaker_calibration.py --save`` writes it: "“zero tolerance”", credited to the New York
#: Times named in its own sentence.
ROW: dict[str, Any] = {
    "article": "d6b-heavy", "outlet": "Heavy.com", "part": "text", "kind": "direct", "evidence": "named",
    "confidence": 0.9, "shown": True, "speaker": "New York Times", "label": "ORG", "gold": None, "right": False,
    "text": "“zero tolerance”", "words": 2, "source": "the New York Times", "risks": [], "furniture": False,
    "layout": {"uncued": False, "paragraphs_to_name": 0, "others_named": 1, "before_cue": 0,
               "opens_paragraph_uncued": False, "name_mentions": 1, "source_names": True},
}


@pytest.fixture
def study(benchmark_script: Callable[[str], ModuleType]) -> ModuleType:
    return benchmark_script("speaker_confidence_cv")


def test_features_read_only_what_the_resolver_knows_at_run_time(study: ModuleType) -> None:
    found = study.features(ROW, ["named", "pronoun to speaker"])
    assert found["class named"] == 1.0 and found["class pronoun to speaker"] == 0.0
    assert found["hand confidence (logit)"] == pytest.approx(math.log(0.9 / 0.1))
    assert (found["two words or fewer quoted"], found["others named beside it"], found["speaker named once"],
            found["no tag of its own"], found["named 3+ paragraphs back"]) == (1.0, 1.0, 1.0, 0.0, 0.0)


def test_threshold_for(study: ModuleType) -> None:
    probabilities = np.array([0.99, 0.95, 0.9, 0.8, 0.6])
    right = np.array([True, True, True, False, True])
    assert study.threshold_for(probabilities, right, 0.97) == 0.9
    assert study.threshold_for(probabilities, right, 0.75) == 0.6
    assert study.threshold_for(probabilities, np.zeros(5, bool), 0.97) == 1.0


def test_each_outlet_is_scored_by_a_model_that_never_saw_it(study: ModuleType) -> None:
    """Only the third outlet quotes two words, all wrong: a model trained without it cannot know that
    two words are a risk, so its quotes score as the others' do, and are shown at the line."""
    def quote(outlet: str, right: bool, short: bool) -> Any:
        return study.Quoted(outlet, outlet + "-1", right, True, True,
                            {"two words or fewer quoted": float(short), "no tag of its own": float(not right)})
    others = ([quote("AP", True, False)] * 8 + [quote("AP", False, False)] + [quote("NPR", True, False)] * 8
              + [quote("NPR", False, False)])
    kpbs = study.Quoted("KPBS", "KPBS-1", False, True, True,
                        {"two words or fewer quoted": 1.0, "no tag of its own": 0.0})
    items = [*others, kpbs, kpbs, kpbs]
    held = study.leave_one_outlet_out(items, 1.0, 0.97)
    unseen = study.fit(others, 1.0).predict_proba(np.array([[0.0, 0.0]]))[0, 1]  # as if it quoted more words
    assert held.probability[-3:] == pytest.approx([unseen] * 3) and unseen > 0.5
    assert held.at_line[-3:].all() and held.same_count.all()
    lines = study.report(items, held, labelled_all=len(items))
    assert lines[0].startswith("hand table") and "shown right 0.762 (16/21); of labelled 0.762" in lines[0]
