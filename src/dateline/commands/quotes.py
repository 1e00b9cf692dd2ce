"""``dateline quotes PATH``: who said what in one article, as JSON, without building a store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from spacy.language import Language

from dateline.clean.boilerplate import clean_text
from dateline.extract.records import Quote
from dateline.ingest.text import split_date_prefix
from dateline.nlp.pipeline import pipeline_through


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
    """The file's text as is (``raw``), or as the pipeline stores it: date prefix and boilerplate gone."""
    text = path.read_text(encoding="utf-8")
    return text if raw else clean_text(split_date_prefix(text)[1]).text


def quotes_cli(
    path: Annotated[Path, typer.Argument(help="A plain-text article.", exists=True, dir_okay=False)],
    raw: Annotated[bool, typer.Option("--raw", help="Take the text as is: offsets index the file.")] = False,
    output_format: Annotated[str, typer.Option("--format", help="Output format (json).")] = "json",
) -> None:
    """Print every attribution in an article: source, cue, content spans, speaker, kind."""
    if output_format != "json":
        raise typer.BadParameter("only json is supported", param_hint="--format")
    objects = quote_objects(article_text(path, raw), pipeline_through("dateline_quotes"))
    typer.echo(json_lines_array(objects))


def json_lines_array(objects: list[dict[str, Any]]) -> str:
    """A JSON array with one object per line: valid JSON that still reads and diffs line by line."""
    body = ",\n".join(json.dumps(obj, ensure_ascii=False) for obj in objects)
    return f"[\n{body}\n]" if objects else "[]"
