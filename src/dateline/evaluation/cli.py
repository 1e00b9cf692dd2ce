"""``dateline eval t17 DIR [--out FILE]``: the Timeline17 benchmark from the command line.

A thin shell over :mod:`dateline.evaluation.t17_eval`; mount ``eval_app`` on the main app with
``app.add_typer(eval_app, name="eval")``.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated

import typer

from dateline.evaluation.events import load_gold, score_events
from dateline.evaluation.t17_eval import TaskResult, default_cache_dir, overall, run_tasks
from dateline.evaluation.tls_metrics import TimelineScores
from dateline.extract.events.lexicon import plover_type

eval_app = typer.Typer(no_args_is_help=True)


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
) -> None:
    """Timeline17, standard protocol: AR-1, AR-2 (align+ m:1 ROUGE F1) and Date-F1 per task and averaged."""
    started = time.perf_counter()
    typer.echo(f"{'task':<58} {'AR-1':>6} {'AR-2':>6} {'Date-F1':>7}")
    results = []
    for result in run_tasks(data_dir, cache_dir):
        results.append(result)
        typer.echo(_row(result.task, result.scores))
    if not results:
        raise typer.BadParameter(f"no Timeline17 task under {data_dir}", param_hint="DATA_DIR")
    typer.echo(_row(f"average over {len(results)} tasks (mean P and R, then F1)", overall(results)))
    for name, (ar1, ar2, d) in PUBLISHED.items():
        typer.echo(f"{'published ' + name + ' (all 19 timelines)':<58} {ar1:6.3f} {ar2:6.3f} {d:7.3f}")
    if out is not None:
        write_predictions(results, out)
    typer.echo(f"{time.perf_counter() - started:.0f} s")


@eval_app.command("events")
def events_cli(
    data_dir: Annotated[Path, typer.Argument(help="A folder holding PLOVER_GSR_CAMEO.txt "
                                                  "(github openeventdata/PLOVER).", exists=True, file_okay=False)],
    errors: Annotated[bool, typer.Option(help="List the sentences whose type is wrong.")] = False,
) -> None:
    """PLOVER gold records: event type accuracy, actor and target word F1 (targets .70, .75, .75)."""
    scores, answers = score_events(load_gold(data_dir))
    typer.echo(f"sentences {scores.sentences}  type accuracy {scores.type_accuracy:.3f}")
    for role, prf in (("actor", scores.actor), ("target", scores.target)):
        typer.echo(f"{role:<7} P {prf.precision:.3f}  R {prf.recall:.3f}  F1 {prf.f1:.3f}")
    for gold, event in answers if errors else ():
        if event is None or plover_type(event.type, event.status) != gold.type:
            typer.echo(f"{gold.id}\t{gold.type}\t{event.type if event else '-'}\t{gold.text}")
