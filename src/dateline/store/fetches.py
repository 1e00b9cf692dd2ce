"""The fetch log: each URL's last answer and its validators (ETag, Last-Modified) for conditional requests."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Answer:
    """What one URL answered: its status and the validators that let the next request be conditional."""

    url: str
    status: int
    etag: str | None = None
    last_modified: str | None = None


def last_answer(conn: sqlite3.Connection, url: str) -> Answer | None:
    row = conn.execute("SELECT url, status, etag, last_modified FROM fetches WHERE url = ?", (url,)).fetchone()
    return Answer(*row) if row else None


def remember_answers(conn: sqlite3.Connection, answers: Iterable[Answer]) -> None:
    """Record the answers; a 304 that repeats no validator keeps those the page came with."""
    conn.executemany("""INSERT INTO fetches (url, status, etag, last_modified) VALUES (?, ?, ?, ?)
                        ON CONFLICT (url) DO UPDATE SET status = excluded.status,
                        etag = CASE excluded.status WHEN 304 THEN coalesce(excluded.etag, etag)
                                    ELSE excluded.etag END,
                        last_modified = CASE excluded.status WHEN 304 THEN coalesce(excluded.last_modified,
                                             last_modified) ELSE excluded.last_modified END,
                        fetched_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')""",
                     [(a.url, a.status, a.etag, a.last_modified) for a in answers])
