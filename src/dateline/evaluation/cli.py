"""``dateline eval``: every benchmark and evaluation command, each a thin shell over an importable function.

A command that parses runs the build's own spaCy pipeline (:func:`dateline.nlp.pipeline.pipeline_through`),
so it measures what ``dateline build`` ships; ``t17`` tags Timeline17's one-sentence-a-line files with the
time tagger alone (:mod:`dateline.evaluation.t17_eval`). Mount with ``app.add_typer(eval_app, name="eval")``.
"""

from __future__ import annotations

import json
import time
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from dateline.evaluation import polnear, t17_eval, tempeval
from dateline.evaluation.events import (
    fold_scores,
    format_folds,
    format_party_errors,
    gold_split,
    load_gold,
    party_error,
    score_events,
)
from dateline.evaluation.pubdate import evaluate_pubdate
from dateline.evaluation.real import PARTS, evaluate, format_report, lead_events
from dateline.evaluation.real import timexes as real_timexes
from dateline.evaluation.splits import SPLITS, TUNED_SPLITS
from dateline.evaluation.storylines import evaluate_storylines, format_scores
from dateline.evaluation.t17_eval import (
    TaskResult,
    cross_validate,
    default_cache_dir,
    load_tasks,
    overall,
)
from dateline.evaluation.timeml import annotate_dir
from dateline.evaluation.tls_metrics import TimelineScores
from dateline.evaluation.tls_train import model_trainer
from dateline.extract.events.lexicon import plover_type
from dateline.nlp.pipeline import pipeline_through

eval_app = typer.Typer(help="Measure Dateline on public benchmarks.", no_args_is_help=True)


@eval_app.command("tempeval")
def tempeval_cli(
    directory: Path,
    by: Annotated[str | None, typer.Option(help="corpus: one row per corpus (TimeBank, AQUAINT) and all.")] = None,
    real: Annotated[Path | None, typer.Option(help="With --by corpus, a row for the real-news articles' labelled "
                                                   "time expressions (e.g. ../shared/eval/real).",
                                              exists=True, file_okay=False)] = None,
    labels: Annotated[Path, typer.Option(help="The real-news label files.")] = Path("eval/real/labels"),
) -> None:
    """Strict/relaxed extraction, type and value scores on TempEval-3 gold files."""
    if by not in (None, "corpus"):
        raise typer.BadParameter("the only grouping is corpus", param_hint="--by")
    if by is None and real is None:
        typer.echo(tempeval.format_scores(tempeval.evaluate_tempeval(directory)))
        return
    nlp = pipeline_through("dateline_timex")
    results = tempeval.evaluate_by_corpus(directory, nlp)
    if real is not None:
        results["real gold"] = real_timexes.score_bodies(real, labels, nlp)
    typer.echo(tempeval.format_by_corpus(results))


@eval_app.command("timeml")
def timeml_cli(in_dir: Path, out_dir: Path) -> None:
    """Annotate TimeML files (TempEval-3 input: DCT and raw TEXT) with inline TIMEX3 tags, for the
    official scorer."""
    count = annotate_dir(in_dir, out_dir)
    typer.echo(f"annotated {count} files into {out_dir}")


@eval_app.command("pubdate")
def pubdate_cli(directory: Path,
                limit: int = typer.Option(0, help="Score a seeded random sample of this many articles (0: all)."),
                seed: int = typer.Option(17, help="Seed of the sample."),
                corpus: bool = typer.Option(False, help="Date as the build does: text, then the corpus "
                                                        "(slower: runs every analysis stage).")) -> None:
    """Publication dates inferred on Timeline17 articles (folder name = true date)."""
    typer.echo(evaluate_pubdate(directory, limit, seed, corpus=corpus).format())


@eval_app.command("polnear")
def polnear_cli(
    directory: Annotated[Path, typer.Argument(help="A PolNeAR split: text/ and attributions/.", exists=True,
                                              file_okay=False)],
    limit: Annotated[int | None, typer.Option(help="PRF only the first N articles.")] = None,
) -> None:
    """Precision, recall and F1 of source, cue and content spans, exact and token overlap."""
    typer.echo(polnear.format_scores(polnear.polnear_scores(directory, limit=limit)))


class CrossValidation(str, Enum):
    topic = "topic"


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
    for result in cross_validate(inputs, model_trainer()) if cv else t17_eval.evaluate(inputs):
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


def _known_splits(names: list[str]) -> list[str]:
    """The real-news splits asked for, each one the gold set has: a misspelt held-out split would build and
    score nothing, and read as a measure."""
    unknown = sorted(set(names) - set(SPLITS))
    if unknown:
        raise typer.BadParameter(f"unknown split {', '.join(unknown)}; choose from {', '.join(SPLITS)}",
                                 param_hint="--split")
    return names


#: The real-news splits a command scores: dev and test by default; ``dev2`` onwards (more tuning data, each first
#: measured untuned) and the held-out splits are built only when named (``splits.SPLITS`` lists them all).
RealSplits = Annotated[list[str], typer.Option(help="dev, test (both by default), a later tuning split (dev2, "
                                                    "dev3, ...) or a held-out one such as fresh (repeat the "
                                                    "option; an unknown name lists them all).",
                                               callback=_known_splits)]


@eval_app.command("real")
def real_cli(
    articles_dir: Annotated[Path, typer.Argument(help="The articles: html/, text/ and gold/ "
                                                      "(e.g. ../shared/eval/real).", exists=True, file_okay=False)],
    labels: Annotated[Path, typer.Option(help="The label files.", exists=True, file_okay=False)] = Path(
        "eval/real/labels"),
    split: RealSplits = ["dev", "test"],  # noqa: B006
    part: Annotated[list[str], typer.Option(help="html, text, or both (repeat the option).")] = list(PARTS),  # noqa: B006
    limit: Annotated[int | None, typer.Option(min=1, help="Only the first N articles of each split (fully "
                                                          "labelled first).")] = None,
) -> None:
    """The real-news gold set: each part built by Dateline's pipeline and scored, dev and test apart."""
    unknown = sorted(set(part) - set(PARTS))
    if unknown:
        raise typer.BadParameter(f"unknown part {', '.join(unknown)}; choose from {', '.join(PARTS)}",
                                 param_hint="--part")
    started = time.perf_counter()
    for name in split:
        typer.echo(format_report(evaluate(articles_dir, labels, name, part, limit)))
        typer.echo("")
    typer.echo(f"{time.perf_counter() - started:.0f} s")


@eval_app.command("storylines")
def storylines_cli(
    articles_dir: Annotated[Path, typer.Argument(help="The articles the manifest names (e.g. ../shared/eval/real).",
                                                 exists=True, file_okay=False)],
    manifest: Annotated[Path, typer.Option(help="id, split, story and files of each article.", exists=True,
                                           dir_okay=False)] = Path("eval/real/manifest.json"),
    split: RealSplits = ["dev", "test"],  # noqa: B006
) -> None:
    """Storylines against story labels: the splits' articles built into one store, B-cubed P/R/F1 per split
    and in all."""
    started = time.perf_counter()
    typer.echo(format_scores(evaluate_storylines(articles_dir, manifest, split)))
    typer.echo(f"{time.perf_counter() - started:.0f} s")


@eval_app.command("events")
def events_cli(
    data_dir: Annotated[Path | None, typer.Argument(help="A folder holding PLOVER_GSR_CAMEO.txt "
                                                         "(github openeventdata/PLOVER).", exists=True,
                                                    file_okay=False)] = None,
    errors: Annotated[bool, typer.Option(help="List the sentences (articles) answered wrong.")] = False,
    split: Annotated[list[str], typer.Option(help="all, or dev or test: the half of the records (by id) to "
                                                  "tune on, and the held-out half; with --real, the articles' "
                                                  "splits (all: dev and test; dev2, dev3, ...: later tuning "
                                                  "splits; fresh: a held-out split; repeat the option, and "
                                                  "with --real the splits are also scored pooled).")] = ["all"],  # noqa: B006
    real: Annotated[Path | None, typer.Option(help="Instead, each real-news article's lead event against "
                                                   "eval/real/lead_events.json: the articles' folder (e.g. "
                                                   "../shared/eval/real).", exists=True, file_okay=False)] = None,
    leads: Annotated[Path, typer.Option(help="With --real, the labelled lead events.")] = Path(
        "eval/real/lead_events.json"),
    manifest: Annotated[Path, typer.Option(help="With --real, the real-news manifest.")] = Path(
        "eval/real/manifest.json"),
    folds: Annotated[int, typer.Option(help="PLOVER only: also the scores of this many fixed folds of the "
                                            "records (by id), and their spread; 0 for none.")] = 0,
) -> None:
    """PLOVER gold records: event type accuracy, actor and target word F1 (targets .70, .75, .75); with
    --real, real-news lead events: exact day (and the publication-day baseline), actor and type, per split."""
    if real is not None:
        named = split != ["all"]
        pooled: list[lead_events.LeadAnswer] = []
        for name in _known_splits(split) if named else TUNED_SPLITS:
            built = lead_events.build_answers(real, lead_events.load_leads(leads, manifest, name))
            pooled += built
            typer.echo(lead_events.format_scores(lead_events.score_answers(name, built)))
            if errors:
                typer.echo(lead_events.format_errors(built))
        if named and len(split) > 1:  # the tuning splits pooled, so a route or outlet is counted over all of them
            typer.echo(lead_events.format_scores(lead_events.score_answers("+".join(split), pooled)))
            typer.echo(lead_events.format_fallback(pooled))
        return
    if data_dir is None:
        raise typer.BadParameter("give the PLOVER folder, or --real", param_hint="DATA_DIR")
    if len(split) != 1:
        raise typer.BadParameter("PLOVER's records have one half at a time: all, dev or test", param_hint="--split")
    scores, answers = score_events(gold_split(load_gold(data_dir), split[0]))
    typer.echo(f"sentences {scores.sentences}  type accuracy {scores.type_accuracy:.3f}")
    for role, prf in (("actor", scores.actor), ("target", scores.target)):
        typer.echo(f"{role:<7} P {prf.precision:.3f}  R {prf.recall:.3f}  F1 {prf.f1:.3f}")
    for role, prf, share in (("actor", scores.actor_shown, scores.actor_share),
                             ("target", scores.target_shown, scores.target_share)):
        typer.echo(f"{role:<7} shown right {prf.precision:.3f}  parties shown {share:.3f}")
    if folds:
        typer.echo(format_folds(fold_scores(answers, folds)))
    for answer in answers if errors else ():
        gold, event = answer.gold, answer.event
        if event is None or plover_type(event.type, event.status) != gold.type:
            typer.echo(f"{gold.id}\t{gold.type}\t{event.type if event else '-'}\t{gold.text}")
    for role in ("actors", "targets") if errors else ():
        typer.echo(format_party_errors(answers, role))
        for answer in answers:
            if (wrong := party_error(answer, role)) is not None:
                found = [answer.gold.text[start:end] for start, end in getattr(answer.event, role, ())]
                typer.echo(f"{answer.gold.id}\t{role} {wrong}\t{list(getattr(answer.gold, role))}\t{found}")
