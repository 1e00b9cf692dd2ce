"""``dateline eval t17 DIR [--out FILE]``: the Timeline17 benchmark from the command line.

A thin shell over :mod:`dateline.evaluation.t17_eval`; mount ``eval_app`` on the main app with
``app.add_typer(eval_app, name="eval")``.
"""

from __future__ import annotations

import json
import time
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from dateline.evaluation.t17_eval import (
    TaskResult,
    cross_validate,
    default_cache_dir,
    evaluate,
    load_tasks,
    overall,
)
from dateline.evaluation.tls_metrics import TimelineScores
from dateline.evaluation.tls_train import model_trainer

eval_app = typer.Typer(no_args_is_help=True)


class CrossValidation(str, Enum):
    topic = "topic"


@eval_app.callback()
def eval_cli() -> None:
    """Measure Dateline on published benchmarks."""

#: Ghalandari & Ifrim (2020), Table 4, all 19 Timeline17 timelines: AR-1, AR-2, Date-F1.
PUBLISHED = {"DATEWISE": (0.120, 0.035, 0.544), "CLUST": (0.082, 0.020, 0.407),
             "MARTSCHAT2018": (0.105, 0.030, 0.544)}


def _row(name: str, scores: TimelineScores) -> str:
    return f"{name:<58} {scores.ar1.f1:6.4f} {scores.ar2.f1:6.4f} {scores.date.f1:7.4f}"


def write_predictions(results: list[TaskResult], out: Path) -> None:
    """``{task: [[date, [sentence, …]], …]}``, dates in order, for any scorer to check."""
    data = {r.task: [[d.isoformat(), list(r.predicted[d])] for d in sorted(r.predicted)] for r in results}
    out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


@eval_app.command("t17")
def t17_cli(
    data_dir: Annotated[Path, typer.Argument(help="Timeline17 root: <Topic>_<outlet>/InputDocs, timelines/.",
                                             exists=True, file_okay=False)],
    out: Annotated[Path | None, typer.Option(help="Write the predicted timelines here as JSON.")] = None,
    cache_dir: Annotated[Path | None, typer.Option(help="Where tagged sentences are cached "
                                                        f"[default: {default_cache_dir()}].")] = None,
    cv: Annotated[CrossValidation | None, typer.Option(help="topic: leave one topic out, every choice made "
                                                             "on the other topics only.")] = None,
) -> None:
    """Timeline17, standard protocol: AR-1, AR-2 (align+ m:1 ROUGE F1) and Date-F1 per task and averaged."""
    started = time.perf_counter()
    inputs = load_tasks(data_dir, cache_dir)
    if not inputs:
        raise typer.BadParameter(f"no Timeline17 task under {data_dir}", param_hint="DATA_DIR")
    typer.echo(f"{'task':<58} {'AR-1':>6} {'AR-2':>6} {'Date-F1':>7}")
    results = []
    for result in cross_validate(inputs, model_trainer()) if cv else evaluate(inputs):
        results.append(result)
        typer.echo(_row(result.task, result.scores))
    for topic in sorted({r.topic for r in results}):
        typer.echo(_row(f"topic {topic} (mean P and R, then F1)", overall([r for r in results if r.topic == topic])))
    typer.echo(_row(f"average over {len(results)} tasks (mean P and R, then F1)", overall(results)))
    if not cv:
        typer.echo("(the shipped timeline model was trained on Timeline17: --cv topic gives held-out scores)")
    for name, (ar1, ar2, d) in PUBLISHED.items():
        typer.echo(f"{'published ' + name + ' (all 19 timelines)':<58} {ar1:6.3f} {ar2:6.3f} {d:7.3f}")
    if out is not None:
        write_predictions(results, out)
    typer.echo(f"{time.perf_counter() - started:.0f} s")
