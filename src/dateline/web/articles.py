"""The article page: cleaned text with its annotations, the dropped boilerplate, and the publication date."""

from __future__ import annotations

import json
import sqlite3

from dateline.web.citations import ARTICLE_COLUMNS, cite
from dateline.web.models import ArticlePage, Dropped, Mention, Published, Quote, Timex

#: Quote rows with their article's citation columns; shared by the article and entity pages.
QUOTES_SQL = f"""SELECT q.text, q.kind, q.speaker, q.speaker_entity_id, q.date, q.start, q.end, {ARTICLE_COLUMNS}
                 FROM quotes q JOIN articles a ON a.id = q.article_id"""


def article_page(conn: sqlite3.Connection, article_id: str, highlight: tuple[int, int] | None = None) -> ArticlePage:
    """The article with this id; KeyError when there is none. ``highlight`` is kept only if it fits the text."""
    row = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        raise KeyError(article_id)
    return ArticlePage(id=row["id"], storyline_id=row["storyline_id"], source=row["source"], url=row["url"],
                       title=row["title"], text=row["text"],
                       published=_published(row), highlight=_fit(highlight, len(row["text"])),
                       timexes=_timexes(conn, article_id), mentions=_mentions(conn, article_id),
                       quotes=quotes(conn, "q.article_id = ? ORDER BY q.start", article_id),
                       dropped=_dropped(conn, article_id))


def quotes(conn: sqlite3.Connection, condition: str, *params: object, **named: object) -> list[Quote]:
    """The quotes meeting ``condition``, with its parameters by position or by name."""
    rows = conn.execute(f"{QUOTES_SQL} WHERE {condition}", named or params)
    return [Quote(text=r["text"], kind=r["kind"], speaker=r["speaker"], speaker_entity_id=r["speaker_entity_id"],
                  date=r["date"], cite=cite(r, r["start"], r["end"])) for r in rows]


def _fit(span: tuple[int, int] | None, length: int) -> tuple[int, int] | None:
    return span if span is not None and 0 <= span[0] < span[1] <= length else None


def _published(row: sqlite3.Row) -> Published:
    return Published(earliest=row["published_earliest"], latest=row["published_latest"],
                     basis=row["published_basis"],
                     evidence=[tuple(span) for span in json.loads(row["published_evidence"])])


def _timexes(conn: sqlite3.Connection, article_id: str) -> list[Timex]:
    rows = conn.execute("""SELECT start, end, text, type, value FROM time_expressions
                           WHERE article_id = ? ORDER BY start""", (article_id,))
    return [Timex(**row) for row in rows]


def _mentions(conn: sqlite3.Connection, article_id: str) -> list[Mention]:
    rows = conn.execute("""SELECT start, end, text, label, entity_id FROM entity_mentions
                           WHERE article_id = ? ORDER BY start""", (article_id,))
    return [Mention(**row) for row in rows]


def _dropped(conn: sqlite3.Connection, article_id: str) -> list[Dropped]:
    rows = conn.execute("""SELECT line_no AS line, text, reason FROM dropped_lines
                           WHERE article_id = ? ORDER BY line_no""", (article_id,))
    return [Dropped(**row) for row in rows]
