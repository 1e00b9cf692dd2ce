"""Article rows: insert once by content id, read back as :class:`~dateline.model.Article`."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import PurePath

from dateline.model import Article, DroppedLine, PublicationDate

_INSERT = """INSERT OR IGNORE INTO articles
    (id, source, url, title, text, metadata_published,
     published_earliest, published_latest, published_basis, published_evidence, outlet)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""


def insert_article(conn: sqlite3.Connection, article: Article) -> bool:
    """Store an article and its dropped lines; False (and nothing written) if its id is already stored."""
    published = article.published
    metadata = published.exact.isoformat() if published.basis == "metadata" and published.exact else None
    cursor = conn.execute(_INSERT, (article.id, article.source, article.url, article.title, article.text,
                                    metadata, *_range_columns(published), article.outlet))
    if cursor.rowcount == 0:
        return False
    conn.executemany("INSERT INTO dropped_lines (article_id, line_no, text, reason) VALUES (?, ?, ?, ?)",
                     [(article.id, d.line_no, d.text, d.reason) for d in article.dropped])
    return True


def update_published(conn: sqlite3.Connection, article_id: str, published: PublicationDate) -> None:
    conn.execute("""UPDATE articles SET published_earliest = ?, published_latest = ?, published_basis = ?,
                    published_evidence = ? WHERE id = ?""", (*_range_columns(published), article_id))


def load_article(conn: sqlite3.Connection, article_id: str) -> Article:
    row = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        raise KeyError(article_id)
    return _article_from_row(conn, row)


def iter_articles(conn: sqlite3.Connection) -> Iterator[Article]:
    """All articles, oldest publication first, undated ones last (then by source)."""
    rows = conn.execute("""SELECT * FROM articles
                           ORDER BY published_earliest IS NULL, published_earliest, source""")
    for row in rows.fetchall():
        yield _article_from_row(conn, row)


def citation_labels(conn: sqlite3.Connection, article_ids: Iterable[str]) -> dict[str, str]:
    """How a citation names each article: its outlet (or, lacking one, its file name) and its title."""
    ids = list(article_ids)
    rows = conn.execute(f"SELECT id, outlet, source, title FROM articles WHERE id IN ({', '.join('?' * len(ids))})",
                        ids)
    return {row["id"]: citation_label(row["outlet"], row["source"], row["title"]) for row in rows}


def citation_label(outlet: str | None, source: str, title: str | None, title_chars: int = 40) -> str:
    """``Reuters, 'Gaza truce talks…'``: who published the article, then its title cut to ``title_chars``."""
    publisher = outlet_or_source(outlet, source)
    if not title:
        return publisher
    short = title if len(title) <= title_chars else title[:title_chars - 1].rstrip() + "…"
    return f"{publisher}, '{short}'"


def outlet_or_source(outlet: str | None, source: str) -> str:
    """The outlet, or for an article that names none (a file read without --outlet) its file name."""
    return outlet or PurePath(source).name or source


def article_ids(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT id FROM articles ORDER BY source, id")]


def _range_columns(published: PublicationDate) -> tuple[str | None, str | None, str, str]:
    return (iso_or_none(published.earliest), iso_or_none(published.latest), published.basis,
            json.dumps([list(span) for span in published.evidence]))


def iso_or_none(day: date | None) -> str | None:
    """A day as stored (``YYYY-MM-DD``), or None for an unknown one."""
    return day.isoformat() if day else None


def day_or_none(value: str | None) -> date | None:
    """A stored day read back, or None for an unknown one."""
    return date.fromisoformat(value) if value else None


def published_from_row(row: sqlite3.Row) -> PublicationDate:
    """An article row's publication date, whose confidence is worked out from its basis, range and evidence."""
    return PublicationDate(day_or_none(row["published_earliest"]), day_or_none(row["published_latest"]),
                           row["published_basis"], tuple(tuple(span) for span in json.loads(row["published_evidence"])))


def _article_from_row(conn: sqlite3.Connection, row: sqlite3.Row) -> Article:
    published = published_from_row(row)
    dropped = [DroppedLine(r["line_no"], r["text"], r["reason"]) for r in conn.execute(
        "SELECT line_no, text, reason FROM dropped_lines WHERE article_id = ? ORDER BY line_no", (row["id"],))]
    return Article(row["id"], row["source"], row["text"], row["title"], row["url"], published, dropped,
                   row["outlet"])


def self_dated_articles(conn: sqlite3.Connection) -> dict[str, tuple[date, date]]:
    """(earliest, latest) of every article its own metadata or text dates: only these vouch for the corpus
    (a corpus-basis date is itself inferred, and leaning on it would make results depend on the order of
    inference)."""
    rows = conn.execute("""SELECT id, published_earliest, published_latest FROM articles
                           WHERE published_basis IN ('metadata', 'text')
                           AND published_earliest IS NOT NULL AND published_latest IS NOT NULL""")
    return {article_id: (date.fromisoformat(low), date.fromisoformat(high)) for article_id, low, high in rows}
