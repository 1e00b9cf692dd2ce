"""Plain-text articles: UTF-8, optionally starting with ``date YYYY-MM-DD`` metadata."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from dateline.ingest import Ingester, ReadResult
from dateline.ingest.checks import decode_text
from dateline.model import RawArticle

# Scrapers in the wild prepend the date they saw as a first token (``date 2023-12-21 US President…``).
DATE_PREFIX = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*")


def split_date_prefix(text: str) -> tuple[date | None, str]:
    """The metadata date in a ``date YYYY-MM-DD`` prefix, and the text without it."""
    match = DATE_PREFIX.match(text)
    if match is None:
        return None, text
    try:
        return date.fromisoformat(match.group(1)), text[match.end():]
    except ValueError:
        return None, text


def read_text_file(path: Path) -> Iterator[ReadResult]:
    published, text = split_date_prefix(decode_text(path.read_bytes()))
    yield RawArticle(source=str(path), text=text, published=published)


def text_ingester() -> Ingester:
    return Ingester((".txt", ".text", ""), read_text_file)
