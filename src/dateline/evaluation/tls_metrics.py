"""Timeline-summarization metrics as the literature reports them: AR-1, AR-2 and Date-F1.

AR-N is ROUGE-N under the "align+ m:1" alignment of Martschat & Markert (2017, 2018): every predicted
date is matched to the reference date that is cheapest to confuse it with, and every reference date to
the cheapest predicted date, where the cost of a pair is its date distance ``1 - 1/(|days| + 1)`` times
its content distance (one minus an unstemmed ROUGE-1 F1 estimate). ROUGE hits of a matched pair count
``1/(|days| + 1)``; precision and recall are the summed hits over the summed n-gram totals. Date-F1
compares the sets of dates exactly. The values equal the ``tilse`` package's
``evaluate_align_date_content_costs_many_to_one`` and ``evaluate_dates`` (see
``benchmarks/tilse_crosscheck.py``), so they can sit beside published numbers.

A timeline is a mapping from a date to its summary sentences. Several reference timelines may be given
for one prediction; the Timeline17 protocol uses one per task.
"""

from __future__ import annotations

import string
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from dateline.evaluation.rouge import ngram_counts, ngrams, rouge_tokens
from dateline.evaluation.scores import PRF

Timeline = Mapping[date, Sequence[str]]


@dataclass(frozen=True, slots=True)
class TimelineScores:
    """The three reported measures for one task, or their average over tasks."""

    ar1: PRF
    ar2: PRF
    date: PRF


def date_prf(predicted: Timeline, references: Sequence[Timeline]) -> PRF:
    """Date precision and recall against the union of the references' dates."""
    pred = set(predicted)
    ref = set().union(*references)
    hit = len(pred & ref)
    return PRF(hit / len(pred) if pred else 0.0, hit / len(ref) if ref else 0.0)


def _date_weight(a: date, b: date) -> float:
    """How much a match between summaries of dates ``a`` and ``b`` counts: 1, 1/2, 1/3, …"""
    return 1 / (abs(a.toordinal() - b.toordinal()) + 1)


def _content_tokens(sentences: Sequence[str]) -> Counter[str]:
    """Whitespace tokens minus punctuation, the alignment's cheap stand-in for ROUGE's tokens.

    The test is substring membership in ``string.punctuation``, as tilse writes it, so that ties in
    the alignment break the same way.
    """
    return Counter(t for s in sentences for t in s.split() if t not in string.punctuation)


def _rouge1_estimate(pred: Counter[str], refs: Sequence[Counter[str]]) -> float:
    """Unstemmed ROUGE-1 F1 of one day's summary against the references' summaries of a day."""
    match = sum(min(count, ref[tok]) for tok, count in pred.items() for ref in refs)
    pred_total = len(refs) * sum(pred.values())
    ref_total = sum(sum(ref.values()) for ref in refs)
    precision = match / pred_total if pred_total else 0
    recall = match / ref_total if ref_total else 0
    return 0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def _alignment_costs(predicted: Timeline, references: Sequence[Timeline],
                     pred_dates: list[date], ref_dates: list[date]) -> np.ndarray:
    """Cost of aligning each predicted date (rows) with each reference date (columns)."""
    pred_tokens = [_content_tokens(predicted[d]) for d in pred_dates]
    ref_tokens = [[_content_tokens(ref.get(d, ())) for ref in references] for d in ref_dates]
    return np.array([
        [(1 - _date_weight(p, r)) * (1 - _rouge1_estimate(pt, rt)) for r, rt in zip(ref_dates, ref_tokens)]
        for p, pt in zip(pred_dates, pred_tokens)
    ])


def aligned_rouge(predicted: Timeline, references: Sequence[Timeline], n: int) -> PRF:
    """AR-``n``: ROUGE-``n`` precision and recall under the align+ m:1 date alignment."""
    pred_dates, ref_dates = sorted(predicted), sorted(set().union(*references))
    if not pred_dates or not ref_dates:
        return PRF(0.0, 0.0)
    costs = _alignment_costs(predicted, references, pred_dates, ref_dates)
    pred_grams = {d: ngrams(rouge_tokens(predicted[d]), n) for d in pred_dates}
    ref_grams = {d: [ngrams(rouge_tokens(ref.get(d, ())), n) for ref in references] for d in ref_dates}

    prec_num, prec_den = [], []
    for p, col in zip(pred_dates, costs.argmin(axis=1)):
        counts = ngram_counts(pred_grams[p], ref_grams[ref_dates[col]])
        prec_num.append(_date_weight(p, ref_dates[col]) * counts.hits)
        prec_den.append(counts.predicted)
    rec_num, rec_den = [], []
    for r, row in zip(ref_dates, costs.argmin(axis=0)):
        counts = ngram_counts(pred_grams[pred_dates[row]], ref_grams[r])
        rec_num.append(_date_weight(pred_dates[row], r) * counts.hits)
        rec_den.append(counts.reference)
    return PRF(_ratio(sum(prec_num), sum(prec_den)), _ratio(sum(rec_num), sum(rec_den)))


def _ratio(numerator: float, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def score_timeline(predicted: Timeline, references: Sequence[Timeline]) -> TimelineScores:
    """AR-1, AR-2 and Date-F1 of one predicted timeline."""
    return TimelineScores(aligned_rouge(predicted, references, 1), aligned_rouge(predicted, references, 2),
                          date_prf(predicted, references))


def average_scores(scores: Sequence[TimelineScores]) -> TimelineScores:
    """The papers' average over tasks: mean precision and mean recall, F1 computed from the means."""
    def mean(field: str, part: str) -> float:
        total: float = sum(getattr(getattr(s, field), part) for s in scores)
        return total / len(scores)

    return TimelineScores(*(PRF(mean(f, "precision"), mean(f, "recall")) for f in ("ar1", "ar2", "date")))
