"""HTML export: one self-contained static report (inline CSS, no script, no external asset).

It renders the ``dateline/1`` document with the web app's templates and styles, so the report and the app
look alike and escape alike; a Content-Security-Policy ``<meta>`` forbids scripts should anything slip.
"""

from __future__ import annotations

import sqlite3
from typing import TextIO

from dateline.export.document import build_document
from dateline.web.render import render


def export_html(conn: sqlite3.Connection, out: TextIO) -> None:
    document = build_document(conn)
    numbers = {article["id"]: n for n, article in enumerate(document["articles"], start=1)}
    out.write(render("report.html", document=document, numbers=numbers))
