"""The ``dateline/1`` document: the public interchange format, built from the store.

Lists a stage has not filled are empty, never invented. Offsets index into each article's ``text``.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from dateline.model import Article
from dateline.store.annotations import iter_time_expressions
from dateline.store.articles import iter_articles
from dateline.timeline import timeline_by_day

SCHEMA = "dateline/1"


def build_document(conn: sqlite3.Connection) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "articles": [article_record(a) for a in iter_articles(conn)],
        "time_expressions": [{"article_id": article_id, "text": t.text, "start": t.start, "end": t.end,
                              "type": t.type, "value": t.value, "mod": t.mod}
                             for article_id, t in iter_time_expressions(conn)],
        "entities": [],
        "quotes": [],
        "figures": [],
        "timeline": timeline_records(conn),
    }


def article_record(article: Article) -> dict[str, Any]:
    published = article.published
    return {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "published": _iso(published.exact),
        "published_earliest": _iso(published.earliest),
        "published_latest": _iso(published.latest),
        "published_basis": published.basis,
        "published_evidence": [list(span) for span in published.evidence],
        "text": article.text,
        "dropped": [{"line": d.line_no, "text": d.text, "reason": d.reason} for d in article.dropped],
    }


def timeline_records(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [{"date": day.isoformat(),
             "entries": [{"text": e.text, "article_id": e.article_id, "start": e.start, "end": e.end}
                         for e in entries]}
            for day, entries in timeline_by_day(conn)]


def _iso(day: object) -> str | None:
    return day.isoformat() if day is not None else None  # type: ignore[attr-defined]
