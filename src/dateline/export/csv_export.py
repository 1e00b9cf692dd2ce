"""CSV export: a zip archive of one CSV file per table, for spreadsheets and data tools.

An exporter writes one stream, and the tables are four, so ``dateline export --format csv -o tables.zip``
writes a zip holding ``timeline.csv``, ``quotes.csv``, ``figures.csv`` and ``articles.csv`` (the sources the
others cite by ``article_id``). Columns follow the ``dateline/1`` document. A text cell that a spreadsheet
would run as a formula (starting ``=``, ``+``, ``-``, ``@``) is prefixed with ``'``, as OWASP advises.
"""

from __future__ import annotations

import csv
import io
import sqlite3
import zipfile
from typing import Any, TextIO

from dateline.export.document import build_document

COLUMNS = {
    "timeline": ("date", "text", "article_id", "start", "end"),
    "quotes": ("article_id", "text", "start", "end", "kind", "speaker", "speaker_entity_id", "speaker_confidence",
               "speaker_candidate"),
    "figures": ("article_id", "value", "qualifier", "what", "source", "sentence", "confidence", "series_candidate"),
    "articles": ("id", "source", "title", "published", "published_earliest", "published_latest",
                 "published_basis", "published_confidence"),
}
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def export_csv(conn: sqlite3.Connection, out: TextIO) -> None:
    """Write the zip to the binary stream under ``out`` (a file opened by the CLI, or stdout)."""
    if not hasattr(out, "buffer"):
        raise TypeError("the csv export is a zip archive: write it to a file or stdout, not a text buffer")
    out.flush()
    with zipfile.ZipFile(out.buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in csv_files(build_document(conn)).items():
            archive.writestr(f"{name}.csv", text)
    out.buffer.flush()


def csv_files(document: dict[str, Any]) -> dict[str, str]:
    """Each table of a ``dateline/1`` document as CSV text, keyed by table name."""
    rows = {"timeline": [{"date": day["date"], **entry} for day in document["timeline"] for entry in day["entries"]],
            "quotes": document["quotes"], "figures": document["figures"], "articles": document["articles"]}
    return {name: _csv_text(rows[name], columns) for name, columns in COLUMNS.items()}


def _csv_text(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, columns, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({column: _inert(row.get(column)) for column in columns} for row in rows)
    return buffer.getvalue()


def _inert(value: object) -> object:
    """A text cell a spreadsheet would evaluate as a formula, made plain text."""
    return f"'{value}" if isinstance(value, str) and value.startswith(_FORMULA_STARTS) else value
