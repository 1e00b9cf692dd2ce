"""Cross-check Dateline's timeline metrics against tilse 0.2.1, the reference implementation.

Dateline computes AR-1, AR-2 and Date-F1 in pure Python (``dateline.evaluation.tls_metrics``); the
published Timeline17 numbers come from tilse, which runs the ROUGE-1.5.5 Perl script. This script scores
the same predicted timelines with both and reports the largest difference.

Predictions scored:
- for each Timeline17 reference, every other outlet's reference timeline of the same topic (real,
  independently written timelines whose dates and wording only partly agree);
- with ``--predictions FILE``, the timelines written by ``dateline eval t17 DIR --out FILE``.

tilse is a benchmark tool, never a Dateline dependency. To install it into the project's venv::

    apt-get update && apt-get install -y libxml-parser-perl   # Perl's XML::Parser, for ROUGE-1.5.5
    .venv/bin/pip install numpy scipy nltk                    # what tilse imports
    .venv/bin/pip install --no-deps tilse==0.2.1              # its pinned deps do not install on 3.11

Run::

    .venv/bin/python benchmarks/tilse_crosscheck.py ../shared/eval/t17 [--predictions FILE] [--max-pairs N]

Each tilse score starts the Perl script a few hundred times, so a pair takes seconds to a minute.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from tilse.data.timelines import GroundTruth
from tilse.data.timelines import Timeline as TilseTimeline
from tilse.evaluation import dates as tilse_dates
from tilse.evaluation import rouge as tilse_rouge

from dateline.evaluation.t17 import read_timeline, topic_of
from dateline.evaluation.tls_metrics import Timeline, score_timeline

Pair = tuple[str, Timeline, Timeline]


def tilse_scores(predicted: Timeline, reference: Timeline) -> dict[str, tuple[float, float]]:
    """tilse's (precision, recall) for align+ m:1 ROUGE-1, ROUGE-2 and dates."""
    evaluator = tilse_rouge.TimelineRougeEvaluator(measures={"rouge_1", "rouge_2"})
    pred = TilseTimeline({d: list(s) for d, s in predicted.items()})
    truth = GroundTruth([TilseTimeline({d: list(s) for d, s in reference.items()})])
    rouge = evaluator.evaluate_align_date_content_costs_many_to_one(pred, truth)
    dates = tilse_dates.evaluate_dates(pred, truth)
    pr = {m: (rouge[m]["precision"], rouge[m]["recall"]) for m in ("rouge_1", "rouge_2")}
    return {"ar1": pr["rouge_1"], "ar2": pr["rouge_2"], "date": (dates["precision"], dates["recall"])}


def dateline_scores(predicted: Timeline, reference: Timeline) -> dict[str, tuple[float, float]]:
    scores = score_timeline(predicted, [reference])
    return {name: (prf.precision, prf.recall) for name, prf in
            (("ar1", scores.ar1), ("ar2", scores.ar2), ("date", scores.date))}


def references(root: Path) -> dict[str, Timeline]:
    """Every reference timeline, named ``<Topic>_<outlet>/<file stem>`` as ``dateline eval t17`` names tasks."""
    return {f"{p.parent.parent.name}/{p.stem}": read_timeline(p) for p in sorted(root.glob("*/timelines/*.txt"))}


def cross_outlet_pairs(refs: dict[str, Timeline]) -> Iterator[Pair]:
    """(label, predicted, reference): each reference scored against the next outlet's of its topic."""
    names = list(refs)
    for ref_name in names:
        topic = topic_of(Path(ref_name).parent)
        peers = [n for n in names if topic_of(Path(n).parent) == topic]
        if len(peers) > 1:
            pred_name = peers[(peers.index(ref_name) + 1) % len(peers)]
            yield f"{pred_name} vs {ref_name}", refs[pred_name], refs[ref_name]


def prediction_pairs(refs: dict[str, Timeline], path: Path) -> Iterator[Pair]:
    """(label, predicted, reference) for each task in a ``dateline eval t17 --out`` file."""
    for task, entries in json.loads(path.read_text(encoding="utf-8")).items():
        predicted = {date.fromisoformat(d): sentences for d, sentences in entries}
        yield f"dateline on {task}", predicted, refs[task]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("t17", type=Path)
    parser.add_argument("--predictions", type=Path)
    parser.add_argument("--max-pairs", type=int, default=10, help="cross-outlet pairs to score (10 exist)")
    args = parser.parse_args()
    refs = references(args.t17)
    pairs = [p for _, p in zip(range(args.max_pairs), cross_outlet_pairs(refs))]
    if args.predictions:
        pairs += list(prediction_pairs(refs, args.predictions))
    worst = 0.0
    for label, predicted, reference in pairs:
        started = time.perf_counter()
        ours, theirs = dateline_scores(predicted, reference), tilse_scores(predicted, reference)
        diff = max(abs(a - b) for m in ours for a, b in zip(ours[m], theirs[m]))
        worst = max(worst, diff)
        cells = "  ".join(f"{m} P/R {ours[m][0]:.5f}/{ours[m][1]:.5f}" for m in ours)
        print(f"{label}: {cells}  max |dateline - tilse| = {diff:.2e}  ({time.perf_counter() - started:.0f} s)")
    print(f"{len(pairs)} timelines, largest difference in any precision or recall: {worst:.2e}")
    raise SystemExit(0 if worst < 1e-9 else 1)


if __name__ == "__main__":
    main()
