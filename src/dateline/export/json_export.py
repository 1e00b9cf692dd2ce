"""JSON export: the ``dateline/1`` document as one JSON object."""

from __future__ import annotations

import json
import sqlite3
from typing import TextIO

from dateline.export.document import build_document


def export_json(conn: sqlite3.Connection, out: TextIO) -> None:
    json.dump(build_document(conn), out, ensure_ascii=False, indent=2)
    out.write("\n")
