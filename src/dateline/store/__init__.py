"""The embedded store: one SQLite file (WAL, versioned schema, FTS5 over sentences)."""

from dateline.store.db import SCHEMA_VERSION, Store

__all__ = ["SCHEMA_VERSION", "Store"]
