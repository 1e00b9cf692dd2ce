"""CSV export: one CSV file per table, for spreadsheets and data tools.

The tables are seven: ``timeline.csv`` (with the days held back below the confidence line, ``held`` True),
``quotes.csv``, ``figures.csv``, ``figure_conflicts.csv`` (every conflict with its confidence), ``events.csv``,
``articles.csv`` (the
sources the others cite by ``article_id``) and ``corrections.csv`` (each value a JSON object). ``dateline export
--format csv -o tables`` writes them into the folder
``tables``, and ``-o tables.zip`` into a zip archive (:func:`write_csv_tables`, the exporter's ``to_path``);
as a stream (a download), the export is the zip archive. Columns follow the ``dateline/1`` document. A text
cell that a spreadsheet would run as a formula (starting ``=``, ``+``, ``-``, ``@``) is prefixed with ``'``,
as OWASP advises.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from dateline.export.document import build_document

COLUMNS = {
    "timeline": ("date", "text", "article_id", "start", "end", "confidence", "held"),
    "quotes": ("article_id", "text", "start", "end", "kind", "speaker", "speaker_entity_id", "speaker_confidence",
               "speaker_candidate"),
    "figures": ("article_id", "value", "qualifier", "what", "source", "source_confidence", "source_candidate",
                "sentence", "series", "confidence", "series_candidate"),
    "events": ("id", "article_id", "date", "earliest", "latest", "type", "mode", "actor", "actor_entity_id", "text",
               "target", "target_entity_id", "location", "status", "claimed_by", "main", "start", "end", "reports",
               "date_conflicts", "actors", "targets", "actor_confidence", "target_confidence", "date_confidence",
               "actor_candidate", "target_candidate", "date_candidate", "type_confidence", "type_candidate"),
    "figure_conflicts": ("series", "first_article_id", "first_start", "first_end", "first_value",
                         "second_article_id", "second_start", "second_end", "second_value", "confidence"),
    "articles": ("id", "source", "title", "published", "published_earliest", "published_latest",
                 "published_basis", "published_confidence", "published_candidate"),
    "corrections": ("id", "kind", "article_id", "start", "end", "value", "note", "author", "via", "made_at",
                    "undone_at", "undone_by"),
}
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def export_csv(conn: sqlite3.Connection, out: TextIO) -> None:
    """Write the zip to the binary stream under ``out`` (a file opened in text mode)."""
    if not hasattr(out, "buffer"):
        raise TypeError("the csv export is a zip archive: write it to a file, not a text buffer")
    out.flush()
    _write_zip(conn, out.buffer)
    out.buffer.flush()


def write_csv_tables(conn: sqlite3.Connection, target: Path) -> None:
    """The tables as a zip archive when ``target`` ends in ``.zip``, else as files in the folder ``target``
    (made if missing; only its seven CSV files are replaced)."""
    if target.suffix.lower() == ".zip":
        with target.open("wb") as out:
            _write_zip(conn, out)
        return
    target.mkdir(exist_ok=True)
    for name, text in csv_files(build_document(conn)).items():
        (target / f"{name}.csv").write_text(text, encoding="utf-8", newline="")


def _write_zip(conn: sqlite3.Connection, out: BinaryIO) -> None:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in csv_files(build_document(conn)).items():
            archive.writestr(f"{name}.csv", text)


#: The CLI writes to a path with this, never a zip to the terminal.
export_csv.to_path = write_csv_tables  # type: ignore[attr-defined]


def csv_files(document: dict[str, Any]) -> dict[str, str]:
    """Each table of a ``dateline/1`` document as CSV text, keyed by table name."""
    rows = {"timeline": [{"date": day["date"], **entry, "held": held}
                         for held in (False, True) for day in document["held" if held else "timeline"]
                         for entry in day["entries"]],
            "quotes": document["quotes"], "figures": document["figures"], "articles": document["articles"],
            "figure_conflicts": [_conflict_row(series, pair, sure) for series in document["figure_series"]
                                 for pair, sure in zip(series["conflicts"], series["conflict_confidence"],
                                                       strict=True)],
            "events": [{**event, "reports": _ids(event["reports"]), "date_conflicts": _ids(event["date_conflicts"]),
                        "actors": _parties(event["actors"]), "targets": _parties(event["targets"]),
                        **{f"{part}_confidence": sure for part, sure in event["confidence"].items()}}
                       for event in document["events"]],
            "corrections": [{**c, "value": json.dumps(c["value"], ensure_ascii=False)}
                            for c in document["corrections"]]}
    return {name: _csv_text(rows[name], columns) for name, columns in COLUMNS.items()}


def _conflict_row(series: dict[str, Any], pair: list[int], confidence: float) -> dict[str, Any]:
    """One figure conflict of a series: its two claims' figures, by article and span, and its confidence (every
    conflict, one below the line too, as the JSON export keeps it)."""
    row: dict[str, Any] = {"series": series["series"], "confidence": confidence}
    for side, index in zip(("first", "second"), pair, strict=True):
        point = series["points"][index]
        row |= {f"{side}_{column}": point[column] for column in ("article_id", "start", "end", "value")}
    return row


def _ids(ids: list[int]) -> str:
    """A list of row ids in one cell: space-separated."""
    return " ".join(map(str, ids))


def _parties(parties: list[dict[str, Any]]) -> str:
    """An event's parties in one cell, "; "-separated, one below the confidence line as ``unknown``."""
    return "; ".join(party["text"] or "unknown" for party in parties)


def _csv_text(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, columns, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({column: _inert(row.get(column)) for column in columns} for row in rows)
    return buffer.getvalue()


def _inert(value: object) -> object:
    """A text cell a spreadsheet would evaluate as a formula, made plain text."""
    return f"'{value}" if isinstance(value, str) and value.startswith(_FORMULA_STARTS) else value
