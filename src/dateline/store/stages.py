"""Per-article stage bookkeeping, so a killed build resumes and a re-run skips finished work."""

from __future__ import annotations

import sqlite3


def pending_articles(conn: sqlite3.Connection, stage: str, version: str) -> list[str]:
    """Ids of articles that have not finished ``stage`` at ``version`` (a new version redoes them)."""
    rows = conn.execute("""SELECT a.id FROM articles a
                           LEFT JOIN stage_runs s ON s.article_id = a.id AND s.stage = ? AND s.version = ?
                           WHERE s.article_id IS NULL ORDER BY a.source, a.id""", (stage, version))
    return [row[0] for row in rows]


def mark_done(conn: sqlite3.Connection, article_id: str, stage: str, version: str) -> None:
    conn.execute("""INSERT INTO stage_runs (article_id, stage, version) VALUES (?, ?, ?)
                    ON CONFLICT (article_id, stage) DO UPDATE SET version = excluded.version,
                    done_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')""", (article_id, stage, version))

