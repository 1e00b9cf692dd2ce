"""AR-1, AR-2 and Date-F1 on a two-day timeline pair small enough to check by hand.

ROUGE tokens (stopwords out, Porter stems): predicted 20 Apr = rig explod kill 11 worker (5);
predicted 22 Apr = deepwat horizon rig sink (4); reference 20 Apr = deepwat horizon oil rig explod kill
11 worker (8); reference 21 Apr = oil leak gulf mexico (4).
Alignment: 20 Apr <-> 20 Apr costs 0. Predicted 22 Apr costs (1 - 1/3) * (1 - 4/7) = 0.286 against
reference 20 Apr (4 shared raw words of 5 and 9, F = 4/7) and (1 - 1/2) * 1 = 0.5 against 21 Apr, so it
goes to 20 Apr with weight 1/3. Reference 21 Apr shares nothing with either day; the tie (0.5 both) goes
to the earlier predicted day.
"""

from datetime import date

import pytest

from dateline.evaluation.tls_metrics import PRF, TimelineScores, average_scores, date_prf, score_timeline

PREDICTED = {
    date(2010, 4, 20): ["The rig exploded , killing 11 workers ."],
    date(2010, 4, 22): ["The Deepwater Horizon rig sinks ."],
}
REFERENCE = {
    date(2010, 4, 20): ["The Deepwater Horizon oil rig explodes , killing 11 workers ."],
    date(2010, 4, 21): ["Oil leaks into the Gulf of Mexico ."],
}


def test_align_plus_many_to_one_rouge_1() -> None:
    # precision (5 + 3/3) / (5 + 4); recall (5 + 0) / (8 + 4)
    scores = score_timeline(PREDICTED, [REFERENCE])
    assert scores.ar1.precision == pytest.approx(6 / 9)
    assert scores.ar1.recall == pytest.approx(5 / 12)
    assert scores.ar1.f1 == pytest.approx(0.5128205128205129)  # tilse 0.2.1 gives the same


def test_align_plus_many_to_one_rouge_2() -> None:
    # bigrams: predicted 4 + 3, reference 7 + 3; hits 4 on 20 Apr, and "deepwat horizon" at 1/3
    scores = score_timeline(PREDICTED, [REFERENCE])
    assert scores.ar2 == PRF(pytest.approx((4 + 1 / 3) / 7), pytest.approx(4 / 10))
    assert scores.ar2.f1 == pytest.approx(0.48598130841121495)  # tilse 0.2.1 gives the same


def test_date_f1_compares_exact_days() -> None:
    assert date_prf(PREDICTED, [REFERENCE]) == PRF(0.5, 0.5)


def test_empty_prediction_scores_zero() -> None:
    assert score_timeline({}, [REFERENCE]) == TimelineScores(PRF(0.0, 0.0), PRF(0.0, 0.0), PRF(0.0, 0.0))


def test_average_takes_mean_precision_and_recall_then_f1() -> None:
    a = TimelineScores(PRF(1.0, 0.0), PRF(0.2, 0.2), PRF(0.5, 0.5))
    b = TimelineScores(PRF(0.0, 1.0), PRF(0.4, 0.0), PRF(0.5, 0.5))
    mean = average_scores([a, b])
    assert mean.ar1 == PRF(0.5, 0.5) and mean.ar1.f1 == 0.5  # the mean of the two F1s would be 0
    assert mean.ar2.f1 == pytest.approx(2 * 0.3 * 0.1 / 0.4)
