"""Full-text search over sentences (SQLite FTS5), each hit with the ranges of the words that matched."""

from __future__ import annotations

import re
import sqlite3

from dateline.web.citations import ARTICLE_COLUMNS, cite
from dateline.web.models import Hit, SearchPage

HITS_PER_PAGE = 20
# FTS5's highlight() wraps matches in these private-use characters, which article text never contains
# (the cleaner keeps printable text); they become ranges so the page can escape the text and mark them.
_OPEN, _CLOSE = "\ue000", "\ue001"
_MARKERS = re.compile(f"[{_OPEN}{_CLOSE}]")


def fts_query(query: str) -> str:
    """The user's words as an FTS5 query: every word must occur. Quoting each word means no input is
    parsed as FTS5 syntax, so ``AND``, ``NEAR(``, ``*`` or a stray quote are searched for, never errors."""
    return " ".join(f'"{word}"' for word in re.findall(r"\w+", query))


def search_page(conn: sqlite3.Connection, query: str, page: int = 1) -> SearchPage:
    match = fts_query(query)
    rows = conn.execute(f"""SELECT highlight(sentences_fts, 0, '{_OPEN}', '{_CLOSE}') AS marked,
                                   s.start, s.end, {ARTICLE_COLUMNS}
                            FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid
                            JOIN articles a ON a.id = s.article_id
                            WHERE sentences_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?""",
                        (match, HITS_PER_PAGE + 1, (page - 1) * HITS_PER_PAGE)).fetchall() if match else []
    return SearchPage(query=query, page=page, more=len(rows) > HITS_PER_PAGE,
                      hits=[_hit(row) for row in rows[:HITS_PER_PAGE]])


def _hit(row: sqlite3.Row) -> Hit:
    text, matches = unmark(row["marked"])
    return Hit(text=text, matches=matches, cite=cite(row, row["start"], row["end"]))


def unmark(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """The text without highlight markers, and where the marked parts are in it.

    Markers come in pairs, so splitting on either leaves unmarked and marked parts alternating.
    """
    text, matches = "", []
    for i, part in enumerate(_MARKERS.split(marked)):
        if i % 2:
            matches.append((len(text), len(text) + len(part)))
        text += part
    return text, matches
