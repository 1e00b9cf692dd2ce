"""Exports of the store: the ``dateline/1`` interchange document and renderings of it.

Exporters are looked up by format name in :data:`dateline.registry.exporters` (entry point group
``dateline_exporters``); each is a function ``(conn, out) -> None`` writing one format to a text stream.
A format made of several files (csv) gives its function a ``to_path(conn, path)`` attribute as well, which
the CLI calls instead, so that it writes a folder or an archive and never binary to a terminal.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TextIO

from dateline.registry import exporters

Exporter = Callable[[sqlite3.Connection, TextIO], None]


def export_formats() -> list[str]:
    return sorted(exporters.get_all())


def get_exporter(name: str) -> Exporter:
    """The exporter registered for ``name``; raises KeyError naming the formats that exist."""
    available = exporters.get_all()
    if name not in available:
        raise KeyError(f"unknown export format {name!r}; available: {', '.join(sorted(available))}")
    exporter: Exporter = available[name]
    return exporter
