"""How every page cites a span of an article: one SQL fragment and one constructor, shared by all pages."""

from __future__ import annotations

import sqlite3

from dateline.days import day_range_phrase
from dateline.store.articles import outlet_or_source
from dateline.web.models import Citation

#: Select these (with the articles table aliased ``a``) to build a :class:`Citation` with :func:`cite`.
ARTICLE_COLUMNS = ("a.id AS article_id, a.title AS article_title, a.published_earliest, a.published_latest, "
                   "a.outlet AS article_outlet, a.source AS article_source")


def cite(row: sqlite3.Row, start: int, end: int) -> Citation:
    return Citation(article_id=row["article_id"], article_title=row["article_title"],
                    outlet=outlet_or_source(row["article_outlet"], row["article_source"]),
                    published=published_label(row["published_earliest"], row["published_latest"]),
                    start=start, end=end)


def published_label(earliest: str | None, latest: str | None) -> str | None:
    """``2023-12-21``, an honest range ``2023-12-01–2023-12-31`` (or one open side, "on or after …"), or
    None when unknown."""
    if earliest is None and latest is None:
        return None
    if earliest is None or latest is None:
        return day_range_phrase(earliest, latest)
    return earliest if earliest == latest else f"{earliest}–{latest}"


def article_href(citation: Citation) -> str:
    """The article page with the cited span highlighted and scrolled into view."""
    return f"/articles/{citation.article_id}?start={citation.start}&end={citation.end}#highlight"
