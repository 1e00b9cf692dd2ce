"""Read-only access to a Dateline store for the web app.

The app never writes: each request gets its own connection opened with SQLite's ``mode=ro`` URI and
``query_only`` on, so neither a bug nor a crafted URL can change the store, and readers never block the
writer (the store is in WAL mode).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dateline.store import SCHEMA_VERSION


class StoreNotReady(RuntimeError):
    """The store is missing or older than this Dateline; ``dateline build`` (or any write) migrates it."""


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection whose rows can be read by column name."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA query_only = ON")
    return conn


def check_store(path: Path) -> None:
    """Fail at start-up, not on the first page, when the store cannot be served."""
    if not path.is_file():
        raise StoreNotReady(f"no Dateline store at {path}")
    conn = connect_readonly(path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()
    if version != SCHEMA_VERSION:
        raise StoreNotReady(f"{path} has schema version {version}; this Dateline serves version "
                            f"{SCHEMA_VERSION} (run any `dateline` write command on it to migrate)")

