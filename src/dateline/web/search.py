"""Full-text search over sentences (SQLite FTS5), each hit with the ranges of the words that matched.

Ranking every match costs time in proportion to the matches (a name in 100,000 sentences takes a third of a
second), so hits are ranked (bm25) among the :data:`RANKED` most recently stored matching sentences:
page time stays flat however common the words are.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata

from dateline.web.citations import ARTICLE_COLUMNS, cite
from dateline.web.models import Hit, SearchPage

HITS_PER_PAGE = 20
RANKED = 1000
_WORD = re.compile(r"\w+")


def fts_query(query: str) -> str:
    """The user's words as an FTS5 query: every word must occur. Quoting each word means no input is
    parsed as FTS5 syntax, so ``AND``, ``NEAR(``, ``*`` or a stray quote are searched for, never errors."""
    return " ".join(f'"{word}"' for word in _WORD.findall(query))


def search_page(conn: sqlite3.Connection, query: str, page: int = 1) -> SearchPage:
    match = fts_query(query)
    rows = conn.execute(f"""SELECT s.text, s.start, s.end, {ARTICLE_COLUMNS}
                            FROM (SELECT rowid, rank FROM (SELECT rowid, rank FROM sentences_fts
                                                           WHERE sentences_fts MATCH ? ORDER BY rowid DESC LIMIT ?)
                                  ORDER BY rank LIMIT ? OFFSET ?) AS best
                            JOIN sentences s ON s.id = best.rowid JOIN articles a ON a.id = s.article_id
                            ORDER BY best.rank""",
                        (match, RANKED, HITS_PER_PAGE + 1, (page - 1) * HITS_PER_PAGE)).fetchall() if match else []
    words = {_fold(word) for word in _WORD.findall(query)}
    return SearchPage(query=query, page=page, more=len(rows) > HITS_PER_PAGE,
                      hits=[Hit(text=row["text"], matches=matching_words(row["text"], words),
                                cite=cite(row, row["start"], row["end"])) for row in rows[:HITS_PER_PAGE]])


def matching_words(text: str, words: set[str]) -> list[tuple[int, int]]:
    """Where the searched words occur in ``text``, compared as FTS5's default tokenizer compares them."""
    return [found.span() for found in _WORD.finditer(text) if _fold(found.group()) in words]


def _fold(word: str) -> str:
    """Case and diacritics removed, as FTS5's unicode61 tokenizer does: "Élysée" finds "elysee"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))
