"""``dateline quotes PATH``: who said what in one article, as JSON, without building a store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from spacy.language import Language

from dateline.clean.boilerplate import clean_text
from dateline.confidence import shown_or_unknown
from dateline.errors import DatelineError, ErrorCode, Skipped
from dateline.ingest import read_inputs
from dateline.ingest.checks import decode_text
from dateline.nlp.pipeline import pipeline_through
from dateline.records import Quote


def quote_objects(text: str, nlp: Language, show_candidates: bool = False) -> list[dict[str, Any]]:
    """One JSON-ready object per attribution; offsets index ``text``. A speaker below the confidence line is
    null; ``show_candidates`` adds who it might be (``speaker_candidate``)."""
    return [_quote_object(quote, text, show_candidates) for quote in nlp(text)._.quotes]


def _quote_object(quote: Quote, text: str, show_candidates: bool) -> dict[str, Any]:
    speaker = shown_or_unknown(quote.speaker, quote.speaker_confidence, quote.speaker_candidate)
    candidate = {"speaker_candidate": speaker.candidate} if show_candidates else {}
    return {
        "source": list(quote.source) if quote.source else None,
        "cue": list(quote.cue) if quote.cue else None,
        "content": [list(span) for span in quote.content],
        "speaker": speaker.value,
        "speaker_confidence": quote.speaker_confidence,
        **candidate,
        "kind": quote.kind,
        "speaker_span": list(quote.speaker_span) if quote.speaker_span and speaker.value is not None else None,
        "speech": quote.speech,
        "text": " … ".join(text[start:end] for start, end in quote.content),
    }


def article_text(path: Path, raw: bool) -> str:
    """The article in the file as the pipeline stores it: read by its ingester (the main text of an HTML page,
    a JSON line's text…), boilerplate gone; or, ``raw``, the file's text as is, so offsets index the file. A
    file the build would skip (binary, not UTF-8, empty…) is an error with the skip's reason, and so is one
    holding several articles."""
    read = list(read_inputs([path]))
    if len(read) != 1:
        raise DatelineError(ErrorCode.ONE_ARTICLE, f"{path} holds {len(read)} articles; quotes reads one at a time")
    if isinstance(read[0], Skipped):
        raise DatelineError(ErrorCode.UNREADABLE, read[0].message)
    return decode_text(path.read_bytes()) if raw else clean_text(read[0].text).text


def quotes_cli(
    path: Annotated[Path, typer.Argument(help="One article: any file the ingesters read (.txt, .html, a one-line "
                                              ".jsonl).", exists=True, dir_okay=False)],
    raw: Annotated[bool, typer.Option("--raw", help="Take the file's text as is: offsets index the file.")] = False,
    output_format: Annotated[str, typer.Option("--format", help="Output format (json).")] = "json",
    show_candidates: Annotated[bool, typer.Option("--show-candidates", help="Name, as speaker_candidate, who a "
                                                  "speaker below the confidence line might be.")] = False,
) -> None:
    """Print every attribution in an article: source, cue, content spans, speaker (null below the confidence
    line) with its confidence, kind."""
    if output_format != "json":
        raise typer.BadParameter("only json is supported", param_hint="--format")
    objects = quote_objects(article_text(path, raw), pipeline_through("dateline_quotes"), show_candidates)
    typer.echo(json_lines_array(objects))


def json_lines_array(objects: list[dict[str, Any]]) -> str:
    """A JSON array with one object per line: valid JSON that still reads and diffs line by line."""
    body = ",\n".join(json.dumps(obj, ensure_ascii=False) for obj in objects)
    return f"[\n{body}\n]" if objects else "[]"
