"""Rows the per-article NLP stage derives: sentences (indexed by FTS5), entity mentions, time expressions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from dateline.model import ArticleAnalysis, Sentence, TimeExpression

_DERIVED_TABLES = ("sentences", "entity_mentions", "time_expressions")


def replace_analysis(conn: sqlite3.Connection, analysis: ArticleAnalysis) -> None:
    """Store one article's analysis, replacing any earlier one so re-runs never duplicate rows."""
    article_id = analysis.article_id
    for table in _DERIVED_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
    conn.executemany("INSERT INTO sentences (article_id, idx, start, end, text) VALUES (?, ?, ?, ?, ?)",
                     [(article_id, i, s.start, s.end, s.text) for i, s in enumerate(analysis.sentences)])
    conn.executemany("INSERT INTO entity_mentions (article_id, start, end, text, label) VALUES (?, ?, ?, ?, ?)",
                     [(article_id, m.start, m.end, m.text, m.label) for m in analysis.mentions])
    conn.executemany("""INSERT INTO time_expressions (article_id, start, end, text, type, value, mod)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""",
                     [(article_id, t.start, t.end, t.text, t.type, t.value, t.mod) for t in analysis.timexes])


def article_sentences(conn: sqlite3.Connection, article_id: str) -> list[Sentence]:
    rows = conn.execute("SELECT start, end, text FROM sentences WHERE article_id = ? ORDER BY idx", (article_id,))
    return [Sentence(*row) for row in rows]


def article_timexes(conn: sqlite3.Connection, article_id: str) -> list[TimeExpression]:
    rows = conn.execute("""SELECT start, end, text, type, value, mod FROM time_expressions
                           WHERE article_id = ? ORDER BY start""", (article_id,))
    return [TimeExpression(*row) for row in rows]


def iter_time_expressions(conn: sqlite3.Connection) -> Iterator[tuple[str, TimeExpression]]:
    """(article_id, expression) for every stored time expression, by article then position."""
    rows = conn.execute("""SELECT article_id, start, end, text, type, value, mod FROM time_expressions
                           ORDER BY article_id, start""")
    for row in rows:
        yield row[0], TimeExpression(*row[1:])
