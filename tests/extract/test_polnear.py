"""The PolNeAR reader and scorer, and a pinned accuracy floor on a small slice of the training split."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.extract.polnear import evaluate, exact_score, load_split, overlap_score, parse_ann
from dateline.extract.quotes import find_quotes

POLNEAR = Path(__file__).resolve().parents[3] / "shared" / "eval" / "polnear"

ANN = (
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T1\tSource 0 5\tSmith\n"
    "T2\tCue 6 10\tsaid\n"
    "T3\tContent 11 20;25 30\tit rained ... again\n"
    "T4\tAttribution 6 10\tsaid\n"
    "T5\tDiscard 40 50\tEditor note\n"
)


def test_parse_ann_ties_spans_even_when_the_event_comes_first():
    assert list(parse_ann(ANN)) == [{"source": ((0, 5),), "cue": ((6, 10),), "content": ((11, 20), (25, 30))}]


def test_exact_match_ignores_surrounding_white_space():
    text = "Smith said  it rained."
    assert exact_score(text, [((10, 21),)], [((12, 21),)]) == (1, 1, 1)


def test_token_overlap_credits_the_shared_share():
    text = "Smith said it rained all day"
    precision, recall, n_pred, n_gold = overlap_score(text, [((11, 20),)], [((11, 28),)])
    assert (precision, recall, n_pred, n_gold) == (1.0, 0.5, 1, 1)


@pytest.mark.skipif(not (POLNEAR / "train").is_dir(), reason="PolNeAR is not beside the repository")
def test_exact_f1_floor_on_a_training_slice(nlp):
    """Pinned floors, a little under what was measured on these 8 articles (source .577, cue .510, content
    .373): a change that drops below them is a regression. The full measure is ``dateline eval polnear``."""
    articles = list(load_split(POLNEAR / "train"))[:8]
    scores = evaluate(articles, (find_quotes(doc) for doc in nlp.pipe(a.text for a in articles)))
    assert scores["source"]["exact"].f1 >= 0.55
    assert scores["cue"]["exact"].f1 >= 0.48
    assert scores["content"]["exact"].f1 >= 0.35
