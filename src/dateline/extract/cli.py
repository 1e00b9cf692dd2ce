"""``dateline quotes PATH`` and ``dateline eval polnear DIR``: thin shells over the attribution stage.

Mount on the main app with ``app.command("quotes")(quotes_cli)`` and
``eval_app.command("polnear")(polnear_cli)``; ``quotes_app`` and ``polnear_app`` run them standalone.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from spacy.language import Language

from dateline.errors import DatelineError, ErrorCode, Skipped
from dateline.evaluation.scores import PRF
from dateline.extract.polnear import ROLES, Prediction, evaluate, load_split
from dateline.records import Quote

#: CofeNet (BERT) exact-match F1 on the PolNeAR test split, the reference the issue sets; it counts
#: per-sentence fragments, so it stands beside the ``exact-fragment`` rows.
COFENET_EXACT_F1 = {"source": 0.832, "cue": 0.753, "content": 0.729}


def quote_objects(text: str, nlp: Language) -> list[dict[str, Any]]:
    """One JSON-ready object per attribution; offsets index ``text``."""
    return [_quote_object(quote, text) for quote in nlp(text)._.quotes]


def _quote_object(quote: Quote, text: str) -> dict[str, Any]:
    return {
        "source": list(quote.source) if quote.source else None,
        "cue": list(quote.cue) if quote.cue else None,
        "content": [list(span) for span in quote.content],
        "speaker": quote.speaker,
        "kind": quote.kind,
        "speaker_span": list(quote.speaker_span) if quote.speaker_span else None,
        "speech": quote.speech,
        "text": " … ".join(text[start:end] for start, end in quote.content),
    }


def article_text(path: Path, raw: bool) -> str:
    """The article in the file as the pipeline stores it: read by its ingester (the main text of an HTML page,
    a JSON line's text…), boilerplate gone; or, ``raw``, the file's text as is, so offsets index the file. A
    file the build would skip (binary, not UTF-8, empty…) is an error with the skip's reason, and so is one
    holding several articles."""
    from dateline.clean.boilerplate import clean_text
    from dateline.ingest import read_inputs
    from dateline.ingest.checks import decode_text

    read = list(read_inputs([path]))
    if len(read) != 1:
        raise DatelineError(ErrorCode.ONE_ARTICLE, f"{path} holds {len(read)} articles; quotes reads one at a time")
    if isinstance(read[0], Skipped):
        raise DatelineError(ErrorCode.UNREADABLE, read[0].message)
    return decode_text(path.read_bytes()) if raw else clean_text(read[0].text).text


def _pipeline() -> Language:
    """The model as the build runs it, with ``dateline_quotes`` after it."""
    from dateline.nlp.pipeline import load_pipeline

    return load_pipeline(("dateline_quotes",))


def quotes_cli(
    path: Annotated[Path, typer.Argument(help="One article: any file the ingesters read (.txt, .html, a one-line "
                                              ".jsonl).", exists=True, dir_okay=False)],
    raw: Annotated[bool, typer.Option("--raw", help="Take the file's text as is: offsets index the file.")] = False,
    output_format: Annotated[str, typer.Option("--format", help="Output format (json).")] = "json",
) -> None:
    """Print every attribution in an article: source, cue, content spans, speaker, kind."""
    if output_format != "json":
        raise typer.BadParameter("only json is supported", param_hint="--format")
    objects = quote_objects(article_text(path, raw), _pipeline())
    typer.echo(json_lines_array(objects))


def json_lines_array(objects: list[dict[str, Any]]) -> str:
    """A JSON array with one object per line: valid JSON that still reads and diffs line by line."""
    body = ",\n".join(json.dumps(obj, ensure_ascii=False) for obj in objects)
    return f"[\n{body}\n]" if objects else "[]"


def polnear_scores(directory: Path, nlp: Language, limit: int | None = None) -> dict[str, dict[str, PRF]]:
    """Scores of ``dateline_quotes`` in ``nlp`` on one PolNeAR split folder (the first ``limit`` articles)."""
    articles = list(load_split(directory))[:limit]
    docs = nlp.pipe((article.text for article in articles), batch_size=16)
    return evaluate(articles, (Prediction.from_doc(doc, doc._.quotes) for doc in docs))


def format_scores(scores: dict[str, dict[str, PRF]]) -> str:
    lines = [f"{'role':<8} {'match':<14} {'P':>6} {'R':>6} {'F1':>6}   CofeNet exact F1"]
    for role in ROLES:
        for match, score in scores[role].items():
            reference = f"{COFENET_EXACT_F1[role]:.3f}" if match == "exact-fragment" else ""
            numbers = f"{score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f}"
            lines.append(f"{role:<8} {match:<14} {numbers}   {reference}")
    return "\n".join(lines)


def polnear_cli(
    directory: Annotated[Path, typer.Argument(help="A PolNeAR split: text/ and attributions/.", exists=True,
                                              file_okay=False)],
    limit: Annotated[int | None, typer.Option(help="PRF only the first N articles.")] = None,
) -> None:
    """Precision, recall and F1 of source, cue and content spans, exact and token overlap."""
    typer.echo(format_scores(polnear_scores(directory, _pipeline(), limit)))


quotes_app = typer.Typer(help="Who said what in an article.", add_completion=False)
quotes_app.command("quotes")(quotes_cli)
polnear_app = typer.Typer(help="Attribution on the PolNeAR benchmark.", add_completion=False)
polnear_app.command("polnear")(polnear_cli)
