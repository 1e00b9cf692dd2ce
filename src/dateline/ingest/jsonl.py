"""JSON Lines: one article per line with ``id``, ``url``, ``title``, ``published`` and ``text`` or ``html``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from dateline.errors import Skipped, SkippedInput, SkipReason, Warned, WarnReason
from dateline.ingest import Ingester, ReadResult
from dateline.ingest.checks import MAX_TEXT_BYTES, decode_text
from dateline.ingest.html import article_from_html
from dateline.model import RawArticle


def read_jsonl_file(path: Path) -> Iterator[ReadResult]:
    """Each line is read on its own: a bad line is skipped with its number, the rest go on."""
    with path.open("rb") as lines:
        for line_no, line in enumerate(lines, start=1):
            if line.strip():
                yield _read_line(line, f"{path}:{line_no}")


#: How a user who wrote the JSON would name what a field holds.
_JSON_TYPES = {dict: "an object", list: "an array", bool: "true or false", int: "a number", float: "a number"}


def _read_line(line: bytes, where: str) -> ReadResult:
    try:
        record = json.loads(decode_text(line[: MAX_TEXT_BYTES + 1]))
        if not isinstance(record, dict):
            raise SkippedInput(SkipReason.MALFORMED, "a line must hold a JSON object")
        return article_from_record(record, where)
    except json.JSONDecodeError as error:
        return Skipped(where, SkipReason.MALFORMED, f"invalid JSON ({error.msg})")
    except RecursionError:
        return Skipped(where, SkipReason.MALFORMED, "JSON nested too deeply")
    except SkippedInput as skip:
        return skip.for_source(where)


def article_from_record(record: dict[str, Any], where: str) -> RawArticle:
    """One article from a JSON object; its source is its URL when it has one, else file and line."""
    url = string_field(record, "url") or None
    title = string_field(record, "title")
    source = url or where
    published = parse_published(record.get("published"))
    warnings = unparsed_published(record.get("published"), published, source)
    if (text := string_field(record, "text")) is not None:
        return RawArticle(source=source, text=text, title=title, url=url, published=published, warnings=warnings)
    if (html := string_field(record, "html")) is not None:
        page = article_from_html(html, source=source, url=url)
        if published is None:  # the page's own date, its range and what its reading set aside
            return replace(page, title=title or page.title, warnings=warnings + page.warnings)
        return replace(page, title=title or page.title, published=published, published_latest=None,
                       published_basis="metadata", warnings=warnings)
    raise SkippedInput(SkipReason.MALFORMED, "no 'text' or 'html' field")


def string_field(record: dict[str, Any], name: str) -> str | None:
    """A field that must be text: None when absent or null; a skip when it holds another JSON type, or text
    that UTF-8 cannot carry (an unpaired surrogate escape such as ``\\ud83d``, left by a cut emoji)."""
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise SkippedInput(SkipReason.MALFORMED, f"'{name}' is {_JSON_TYPES[type(value)]}, not a string")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise SkippedInput(SkipReason.MALFORMED, f"'{name}' holds an unpaired surrogate at {error.start}") from None
    return value


def parse_published(value: object) -> date | None:
    """A ``YYYY-MM-DD`` date (or the date part of an ISO timestamp, which is the publisher's local day, since
    the timestamp carries the publisher's offset); anything else is no date."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def unparsed_published(value: object, parsed: date | None, source: str) -> tuple[Warned, ...]:
    """A warning when the record gives a ``published`` value that is not a date: the user meant to date the
    article, and must hear that it was dated otherwise. A missing or empty field is no warning."""
    if parsed is not None or value is None or value == "":
        return ()
    return (Warned(source, WarnReason.UNPARSED_PUBLISHED, repr(value)[:80]),)


def jsonl_ingester() -> Ingester:
    return Ingester((".jsonl", ".ndjson"), read_jsonl_file)
