"""Would a learned confidence show direct-quote speakers more precisely than the hand table? Leave one outlet out.

A direct quote's speaker confidence today is a hand-set value per class of evidence
(``extract.quotes.speakers.CONFIDENCE``, lowered by ``sources.doubted``), each chosen on tuning outlets. This
fits a small logistic regression on what the resolver knows of each quote at run time (its class, its hand
confidence, whether it has a tag of its own, its layout: ``evaluation.real.layout``, how many words are
quoted) to the judged direct quotes ``speaker_calibration.py --save`` wrote, and scores every outlet's quotes
with a model trained without that outlet: the shown precision and coverage to expect on an outlet nobody
tuned on, against the hand table's on the same quotes. A found quote matching no label counts wrong, as in
the eval's "shown direct speakers right"; coverage is the share of labelled found quotes whose speaker is
shown and right. Which speaker is chosen is not the model's to change, so "speaker right, of gold" is the
same under both.

Three ways to show from the model's probability are scored: at the product's line (the probability is the
confidence), at the threshold each fold's training outlets choose for ``--target`` precision, and showing on
each outlet as many speakers as the hand table does, the model's surest first (does it rank them better?).
Run, after ``speaker_calibration.py ... --save judged.jsonl`` on the tuning splits (never the held-out ones)::

    .venv/bin/python benchmarks/speaker_confidence_cv.py judged.jsonl [--by-split]
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from dateline.records import DEFAULT_MIN_CONFIDENCE

#: The class ``speaker_calibration`` gives a quote whose source named no one: no speaker, nothing to show.
UNRESOLVED = "unresolved"
#: Hand confidences are clipped off 0 and 1 before their logit is taken (a class at 0.9 is not certainty).
_CLIP = 0.02
#: Characters of quotation before its tag from which a quotation counts as long (a paragraph or more).
_LONG_BEFORE_TAG = 200
#: The fixed seed of the fit (lbfgs is deterministic; the seed keeps it so if the solver changes).
SEED = 13


@dataclass(frozen=True, slots=True)
class Quoted:
    """One judged direct quote with a resolved speaker, as the study reads it."""

    outlet: str
    article: str
    right: bool
    labelled: bool
    shown_by_hand: bool
    features: dict[str, float]
    #: The class of evidence, with "(no tag)" for a quotation going on from the one before: its table row.
    group: str = ""
    #: The hand table's confidence.
    hand: float = 0.0


def features(row: dict[str, Any], classes: Sequence[str]) -> dict[str, float]:
    """What the resolver knows of a quote's speaker at run time, as numbers: its class (one of ``classes``,
    the common ones; a rare class speaks through its hand confidence alone), that confidence's logit, and the
    layout a reader would check it by."""
    shape = row["layout"]
    sure = min(max(row["confidence"], _CLIP), 1 - _CLIP)
    back = shape["paragraphs_to_name"]
    found = {f"class {name}": float(row["evidence"] == name) for name in classes}
    found |= {
        "hand confidence (logit)": math.log(sure / (1 - sure)),
        "no tag of its own": float(row["source"] == ""),
        "named 1 paragraph back": float(back == 1),
        "named 2 paragraphs back": float(back == 2),
        "named 3+ paragraphs back": float(back >= 3),
        "others named beside it": float(shape["others_named"] >= 1),
        "two or more others named": float(shape["others_named"] >= 2),
        "speaker named once": float(shape["name_mentions"] <= 1),
        "source is the name": float(shape["source_names"]),
        "opens its paragraph untagged": float(shape["opens_paragraph_uncued"]),
        "long quotation before its tag": float(shape["before_cue"] >= _LONG_BEFORE_TAG),
        "two words or fewer quoted": float(row["words"] <= 2),
        "four words or fewer quoted": float(row["words"] <= 4),
    }
    return found


def quoted(rows: list[dict[str, Any]], min_count: int) -> list[Quoted]:
    """The direct quotes with a speaker, with their features; classes with at least ``min_count`` of them get
    a weight of their own."""
    mine = [r for r in rows if r["kind"] == "direct" and r["evidence"] != UNRESOLVED and r["speaker"]]
    counts = Counter(r["evidence"] for r in mine)
    classes = sorted(name for name, count in counts.items() if count >= min_count)
    return [Quoted(r["outlet"], r["article"], r["right"], r["gold"] is not None, r["shown"], features(r, classes),
                   r["evidence"] + (" (no tag)" if r["source"] == "" else ""), r["confidence"]) for r in mine]


def _matrix(items: Sequence[Quoted]) -> tuple[np.ndarray, np.ndarray]:
    names = sorted(items[0].features)
    return (np.array([[i.features[n] for n in names] for i in items]), np.array([i.right for i in items]))


def fit(items: Sequence[Quoted], strength: float) -> LogisticRegression:
    """The model on ``items`` (L2-regularised with inverse strength ``strength``)."""
    rows, right = _matrix(items)
    return LogisticRegression(C=strength, max_iter=5000, random_state=SEED).fit(rows, right)


def threshold_for(probabilities: np.ndarray, right: np.ndarray, target: float) -> float:
    """The lowest probability from which the quotes at or above it are right at least ``target`` of the time
    (on the training outlets: the threshold a fold chooses without its held-out outlet)."""
    order = np.argsort(-probabilities)
    hits = np.cumsum(right[order]) / np.arange(1, len(order) + 1)
    reaching = np.nonzero(hits >= target)[0]
    return float(probabilities[order][reaching[-1]]) if len(reaching) else 1.0


@dataclass(frozen=True, slots=True)
class HeldOut:
    """Each quote's probability from the model trained without its outlet, and whether each way shows it."""

    probability: np.ndarray
    at_line: np.ndarray
    at_target: np.ndarray
    same_count: np.ndarray


def leave_one_outlet_out(items: Sequence[Quoted], strength: float, target: float) -> HeldOut:
    """Score each outlet's quotes with a model, and a threshold, fitted on the other outlets' alone."""
    outlets = np.array([i.outlet for i in items])
    rows, right = _matrix(items)
    probability, at_target, same_count = (np.zeros(len(items)), np.zeros(len(items), bool),
                                          np.zeros(len(items), bool))
    for outlet in sorted(set(outlets)):
        out, kept = outlets == outlet, outlets != outlet
        model = fit([i for i, k in zip(items, kept) if k], strength)
        probability[out] = model.predict_proba(rows[out])[:, 1]
        line = threshold_for(model.predict_proba(rows[kept])[:, 1], right[kept], target)
        at_target[out] = probability[out] >= line
        shown_by_hand = sum(i.shown_by_hand for i, o in zip(items, out) if o)
        surest = np.nonzero(out)[0][np.argsort(-probability[out], kind="stable")[:shown_by_hand]]
        same_count[surest] = True
    return HeldOut(probability, probability >= DEFAULT_MIN_CONFIDENCE, at_target, same_count)


def shown_line(title: str, items: Sequence[Quoted], shown: Sequence[bool], labelled_all: int) -> str:
    """Shown precision (a found quote with no label counts wrong), of labelled ones, and coverage."""
    chosen = [i for i, s in zip(items, shown) if s]
    right, labelled = sum(i.right for i in chosen), sum(i.labelled for i in chosen)
    return (f"{title:44} shown right {_rate(right, len(chosen))} ({right}/{len(chosen)}); of labelled "
            f"{_rate(right, labelled)}; coverage {_rate(right, labelled_all)} ({right}/{labelled_all}); "
            f"wrong at {len({i.outlet for i in chosen if not i.right})} outlets")


def _rate(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "-"


def report(items: Sequence[Quoted], held: HeldOut, labelled_all: int, title: str = "") -> list[str]:
    """The hand table against the held-out model, shown three ways, over ``items``."""
    lines = [title] if title else []
    lines.append(shown_line("hand table (confidences in the code)", items, [i.shown_by_hand for i in items],
                            labelled_all))
    for name, shown in (("model, probability at the line", held.at_line),
                        ("model, threshold for the target in the fold", held.at_target),
                        ("model, as many shown per outlet as the table", held.same_count)):
        lines.append(shown_line(name, items, list(shown), labelled_all))
    return lines


def calibration(items: Sequence[Quoted], held: HeldOut, min_count: int) -> list[str]:
    """Per class (with at least ``min_count`` quotes): the hand table's confidence, how often its speakers are
    right, the held-out model's mean probability, and over how many outlets its wrong ones fall: whether a
    class is as sure as its value says on outlets it was not measured on."""
    groups: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        groups[item.group].append(index)
    lines = [f"  {'class':30} {'quotes':>6} {'hand':>5} {'right':>6} {'model':>6} {'outlets':>8} {'wrong at':>8}"]
    for group, indices in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        if len(indices) < min_count:
            continue
        chosen = [items[i] for i in indices]
        hand = sorted({round(i.hand, 2) for i in chosen})
        lines.append(f"  {group:30} {len(chosen):6d} {'/'.join(f'{h:.2f}' for h in hand[:2]):>5} "
                     f"{sum(i.right for i in chosen) / len(chosen):6.3f} {held.probability[indices].mean():6.3f} "
                     f"{len({i.outlet for i in chosen}):8d} {len({i.outlet for i in chosen if not i.right}):8d}")
    return lines


def weights(items: Sequence[Quoted], strength: float) -> list[str]:
    """The weights of the model fitted on every outlet, largest first: what it learned."""
    model = fit(items, strength)
    names = sorted(items[0].features)
    lines = [f"  {'intercept':34} {model.intercept_[0]:+.2f}"]
    ranked = sorted(zip(names, model.coef_[0]), key=lambda nw: -abs(nw[1]))
    return lines + [f"  {name:34} {weight:+.2f}" for name, weight in ranked]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("judged", type=Path, help="speaker_calibration.py --save output")
    parser.add_argument("--labels", type=Path, default=Path("eval/real/labels"))
    parser.add_argument("--target", type=float, default=0.97, help="the shown precision a fold's threshold aims at")
    parser.add_argument("--strength", type=float, default=1.0, help="the inverse L2 strength (C)")
    parser.add_argument("--min-count", type=int, default=10, help="the fewest quotes a class gets its own weight on")
    parser.add_argument("--by-split", action="store_true", help="also score each split's quotes apart")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.judged.read_text(encoding="utf-8").splitlines()]
    labelled = Counter(r["article"] for r in rows if r["kind"] == "direct" and r["gold"] is not None)
    items = quoted(rows, args.min_count)
    held = leave_one_outlet_out(items, args.strength, args.target)
    print(f"{len(items)} direct quotes with a speaker, {len({i.outlet for i in items})} outlets, each scored "
          f"by a model fitted without its outlet ({len(items[0].features)} weights and an intercept)")
    print("\n".join(report(items, held, sum(labelled.values()))))
    if args.by_split:
        manifest = json.loads((args.labels.parent / "manifest.json").read_text(encoding="utf-8"))
        split = {entry["id"]: entry["split"] for entry in manifest}
        groups: dict[str, list[int]] = defaultdict(list)
        for index, item in enumerate(items):
            groups[split[item.article]].append(index)
        for name, indices in sorted(groups.items()):
            part = HeldOut(*(getattr(held, f)[indices] for f in HeldOut.__slots__))
            articles = {items[i].article for i in indices}
            print("\n".join(report([items[i] for i in indices], part, sum(labelled[a] for a in articles), name)))
    print(f"per class of at least {args.min_count} quotes (hand confidence, right, mean held-out probability):")
    print("\n".join(calibration(items, held, args.min_count)))
    print("weights fitted on every outlet (features scaled 0..1, the logit as it is):")
    print("\n".join(weights(items, args.strength)))


if __name__ == "__main__":
    main()
