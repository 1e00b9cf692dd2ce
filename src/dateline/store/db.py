"""Opening the store and keeping its schema current.

Migrations are numbered SQL files in ``migrations/``; ``PRAGMA user_version`` records the last one applied,
so any older store (and a user's copy opened in Datasette meanwhile) upgrades in place on open.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path

from dateline.errors import DatelineError, ErrorCode

DEFAULT_DB = Path("dateline.db")


def migration_scripts() -> list[tuple[int, str]]:
    """(version, sql) for every shipped migration, in order."""
    folder = files("dateline.store") / "migrations"
    scripts = [(int(f.name.split("_", 1)[0]), f.read_text("utf-8")) for f in folder.iterdir()
               if f.name.endswith(".sql")]
    return sorted(scripts)


SCHEMA_VERSION = migration_scripts()[-1][0]


class Store:
    """A connection to one Dateline database, migrated to the current schema on open.

    ``create=False`` is for commands that only read: a mistyped path is then an error, never a new empty
    store that answers as if the story had no coverage.
    """

    def __init__(self, path: Path | str = DEFAULT_DB, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.is_file():
            raise DatelineError(ErrorCode.NO_STORE, f"no Dateline store at {self.path}; build one with "
                                                    f"`dateline build PATH --db {self.path}`")
        self.conn = sqlite3.connect(self.path, isolation_level=None)
        self.conn.row_factory = sqlite3.Row
        try:
            for pragma in ("journal_mode = WAL", "foreign_keys = ON", "synchronous = NORMAL"):
                self.conn.execute(f"PRAGMA {pragma}")
            migrate(self.conn)
        except sqlite3.DatabaseError as error:
            self.conn.close()
            raise DatelineError(ErrorCode.NOT_A_STORE, f"{self.path} is not a Dateline store ({error})") from None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing writes: a crash mid-batch leaves the store as it was before the batch."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")


def schema_version(conn: sqlite3.Connection) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every migration newer than the store in one transaction; return the new version.

    The version is read again under SQLite's write lock (``BEGIN IMMEDIATE``): two processes opening a
    new store at once would otherwise both see version 0 and the second would fail on tables the first
    had just made. A store already current is only read, so readers never wait on a writer here.
    """
    if _check_version(conn) == SCHEMA_VERSION:
        return SCHEMA_VERSION
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = _check_version(conn)
        for version, sql in migration_scripts():
            if version > current:
                apply_migration(conn, version, sql)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return schema_version(conn)


def _check_version(conn: sqlite3.Connection) -> int:
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise DatelineError(ErrorCode.NOT_A_STORE,
                            f"the store has schema version {current}, newer than this Dateline ({SCHEMA_VERSION})")
    return current


def apply_migration(conn: sqlite3.Connection, version: int, sql: str) -> None:
    """One migration's statements and its version number, in the caller's transaction."""
    for statement in _statements(sql):
        conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")


def _statements(sql: str) -> Iterator[str]:
    """A script's statements one by one (``executescript`` would commit the transaction they belong in);
    SQLite's own ``complete_statement`` tells where one ends, triggers' inner semicolons included."""
    statement = ""
    for line in sql.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            yield statement
            statement = ""
