"""What the app serves besides pages: its own scripts, and the store's exports as downloads.

The scripts are package files read once at start-up into memory and served by name from that fixed set, so
no URL reaches the disk: the vendored vis-timeline build (``make vendor`` fetches it from npm; its licence
ships beside it) and Dateline's own ``timeline.js``. Exports are the registered exporters, the whole store's
or one storyline's (:func:`dateline.store.subset.storyline_store`), named as the CLI would name the file.
"""

from __future__ import annotations

import io
import sqlite3
import tempfile
from importlib.resources import files
from pathlib import Path
from typing import Annotated

from fastapi import FastAPI, HTTPException, Query, Request, Response

from dateline.registry import exporters
from dateline.store.subset import storyline_store
from dateline.web.db import connect_readonly
from dateline.web.storylines import WHOLE_STORE

#: The scripts the app serves, by name, with their media types.
SCRIPTS = {"vis-timeline-graph2d.min.js": "text/javascript", "timeline.js": "text/javascript",
           "vis-timeline.LICENSE.txt": "text/plain; charset=utf-8"}
#: Each export format's media type and file extension (csv: a zip of CSV files, as ``-o FILE.zip`` writes).
EXPORTS = {"json": ("application/json", "json"), "markdown": ("text/markdown; charset=utf-8", "md"),
           "timelinejs": ("application/json", "timelinejs.json"), "html": ("text/html; charset=utf-8", "html"),
           "csv": ("application/zip", "zip")}


def add_file_routes(app: FastAPI) -> None:
    folder = files("dateline.web") / "static"
    app.state.scripts = {name: (folder / name).read_bytes() for name in SCRIPTS}
    app.add_api_route("/static/{name}", static_file, include_in_schema=False)
    app.add_api_route("/export/{format_name}", export_file, include_in_schema=False)


def static_file(request: Request, name: str) -> Response:
    if name not in SCRIPTS:
        raise HTTPException(404, "No such file.")
    return Response(request.app.state.scripts[name], media_type=SCRIPTS[name],
                    headers={"Cache-Control": "max-age=3600"})


def export_file(request: Request, format_name: str,
                storyline: Annotated[str, Query(max_length=200)] = WHOLE_STORE) -> Response:
    """The store, or one storyline of it, in an export format, as a file to save."""
    if format_name not in EXPORTS or format_name not in exporters.get_all():
        raise HTTPException(404, f"No export format {format_name!r}.")
    media_type, extension = EXPORTS[format_name]
    conn = connect_readonly(request.app.state.db_path)
    try:
        source = conn if storyline == WHOLE_STORE else storyline_store(conn, storyline)
    except KeyError:
        conn.close()
        raise HTTPException(404, "Nothing with this id in the store.") from None
    try:
        body = _exported(source, format_name)
    finally:
        source.close()
        conn.close()
    filename = f"dateline-{'store' if storyline == WHOLE_STORE else storyline}.{extension}"
    return Response(body, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _exported(conn: sqlite3.Connection, format_name: str) -> bytes:
    exporter = exporters.get(format_name)
    to_path = getattr(exporter, "to_path", None)
    if to_path is not None:  # several files: written as one zip archive
        with tempfile.TemporaryDirectory() as folder:
            archive = Path(folder) / "export.zip"
            to_path(conn, archive)
            return archive.read_bytes()
    out = io.StringIO()
    exporter(conn, out)
    return out.getvalue().encode("utf-8")
