"""What the link stage keeps between builds (schema 18): which articles are linked, the near-duplicate index,
the storylines' representations and a log of every link. :mod:`dateline.link.incremental` reads and writes
them; everything here is a lookup by index, so linking a few articles never reads the whole store.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any

from dateline.records import StorylineArticle
from dateline.store.articles import day_or_none

LINK_STAGE = "link"
#: Tables of the link's own state that a consolidation rewrites (the summed vectors go with their storylines).
_INDEX_TABLES = ("minhash_signatures", "minhash_bands", "storyline_vocabulary", "mention_keys", "entity_forms",
                 "entity_words", "sentence_traits")


def unlinked_articles(conn: sqlite3.Connection, version: str) -> list[StorylineArticle]:
    """Articles not linked by the link code ``version`` (new, analysed again or dated anew), oldest stored first."""
    rows = conn.execute("""SELECT a.id, a.published_earliest, a.title, a.text FROM articles a
                           LEFT JOIN stage_runs s ON s.article_id = a.id AND s.stage = ? AND s.version = ?
                           WHERE s.article_id IS NULL ORDER BY a.rowid""", (LINK_STAGE, version))
    return [StorylineArticle(r[0], day_or_none(r[1]), r[2], r[3]) for r in rows]


def linked_count(conn: sqlite3.Connection, version: str) -> int:
    count: int = conn.execute("SELECT count(*) FROM stage_runs WHERE stage = ? AND version = ?",
                              (LINK_STAGE, version)).fetchone()[0]
    return count


def mark_linked(conn: sqlite3.Connection, article_ids: Iterable[str], version: str) -> None:
    conn.executemany("""INSERT INTO stage_runs (article_id, stage, version) VALUES (?, ?, ?)
                        ON CONFLICT (article_id, stage) DO UPDATE SET version = excluded.version,
                        done_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')""",
                     [(article_id, LINK_STAGE, version) for article_id in article_ids])


def clear_link_state(conn: sqlite3.Connection) -> None:
    """Forget every article's link and the link's index, before a consolidation rebuilds them."""
    conn.execute("DELETE FROM stage_runs WHERE stage = ?", (LINK_STAGE,))
    for table in _INDEX_TABLES:
        conn.execute(f"DELETE FROM {table}")


def log_link(conn: sqlite3.Connection, kind: str, articles: int, detail: Mapping[str, Any]) -> None:
    conn.execute("INSERT INTO link_log (kind, articles, detail) VALUES (?, ?, ?)",
                 (kind, articles, json.dumps(detail, sort_keys=True)))


def articles_since_consolidation(conn: sqlite3.Connection) -> tuple[int, int]:
    """How many articles the last consolidation took in, and how many incremental links added since."""
    row = conn.execute("SELECT id, articles FROM link_log WHERE kind = 'full' ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        return 0, 0
    added: int = conn.execute("SELECT coalesce(sum(articles), 0) FROM link_log WHERE id > ?", (row[0],)).fetchone()[0]
    return row[1], added


# The near-duplicate index.

def originals_in_buckets(conn: sqlite3.Connection, buckets: list[tuple[int, int]]) -> list[str]:
    """Originals with a band in one of the buckets, first stored first."""
    rows = conn.execute("""SELECT DISTINCT a.id, a.rowid FROM json_each(?) b
                           JOIN minhash_bands m ON m.band = b.value ->> 0 AND m.bucket = b.value ->> 1
                           JOIN articles a ON a.id = m.article_id ORDER BY a.rowid""", (json.dumps(buckets),))
    return [row[0] for row in rows]


def stored_signature(conn: sqlite3.Connection, article_id: str) -> bytes:
    signature: bytes = conn.execute("SELECT signature FROM minhash_signatures WHERE article_id = ?",
                                    (article_id,)).fetchone()[0]
    return signature


def save_original(conn: sqlite3.Connection, article_id: str, signature: bytes, buckets: list[tuple[int, int]]) -> None:
    conn.execute("INSERT OR REPLACE INTO minhash_signatures (article_id, signature) VALUES (?, ?)",
                 (article_id, signature))
    conn.executemany("INSERT OR IGNORE INTO minhash_bands (band, bucket, article_id) VALUES (?, ?, ?)",
                     [(band, bucket, article_id) for band, bucket in buckets])


def is_indexed(conn: sqlite3.Connection, article_id: str) -> bool:
    """Whether the article was linked before: an original in the index, or a duplicate of one."""
    return conn.execute("""SELECT 1 FROM articles WHERE id = ?1 AND (duplicate_of IS NOT NULL
                           OR EXISTS (SELECT 1 FROM minhash_signatures WHERE article_id = ?1))""",
                        (article_id,)).fetchone() is not None


# The storylines' representations.

def save_vocabulary(conn: sqlite3.Connection, idf: Mapping[str, float]) -> None:
    conn.executemany("INSERT INTO storyline_vocabulary (term, idf) VALUES (?, ?)", idf.items())


def vocabulary_idf(conn: sqlite3.Connection, terms: Iterable[str]) -> dict[str, float]:
    """The inverse document frequency of those of ``terms`` in the vocabulary."""
    rows = conn.execute("""SELECT v.term, v.idf FROM json_each(?) t JOIN storyline_vocabulary v ON v.term = t.value""",
                        (json.dumps(sorted(set(terms))),))
    return dict(rows.fetchall())


def add_to_sum(conn: sqlite3.Connection, storyline_id: str, vector: Mapping[str, float], members: int = 1) -> None:
    """Add ``members`` articles' unit vectors, summed as ``vector``, to a storyline's (a new one starts at zero)."""
    conn.executemany("""INSERT INTO storyline_terms (storyline_id, term, weight) VALUES (?, ?, ?)
                        ON CONFLICT (storyline_id, term) DO UPDATE SET weight = weight + excluded.weight""",
                     [(storyline_id, term, weight) for term, weight in vector.items()])
    conn.execute("""INSERT INTO storyline_sums (storyline_id, members) VALUES (?, ?)
                    ON CONFLICT (storyline_id) DO UPDATE SET members = members + excluded.members""",
                 (storyline_id, members))


def mean_similarities(conn: sqlite3.Connection, vector: Mapping[str, float], probe_terms: int,
                      candidates: int) -> dict[str, float]:
    """Mean cosine of a unit vector to the articles of the storylines most like it (its dot product with their
    summed unit vectors, over their number): those sharing its ``probe_terms`` heaviest terms, the
    ``candidates`` best by those terms, then scored on every term."""
    weights = json.dumps(vector)
    probe = json.dumps(dict(sorted(vector.items(), key=lambda item: -item[1])[:probe_terms]))
    rows = conn.execute("""
        WITH probe(term, weight) AS (SELECT key, value FROM json_each(:probe)),
             vector(term, weight) AS (SELECT key, value FROM json_each(:vector)),
             near(storyline_id) AS (SELECT t.storyline_id FROM probe p JOIN storyline_terms t ON t.term = p.term
                                    JOIN storyline_sums c ON c.storyline_id = t.storyline_id
                                    GROUP BY t.storyline_id ORDER BY sum(t.weight * p.weight) / c.members DESC,
                                    t.storyline_id LIMIT :candidates)
        SELECT n.storyline_id, sum(t.weight * v.weight) / c.members FROM near n
        JOIN storyline_sums c ON c.storyline_id = n.storyline_id
        JOIN vector v JOIN storyline_terms t ON t.storyline_id = n.storyline_id AND t.term = v.term
        WHERE c.members > 0 GROUP BY n.storyline_id""", {"probe": probe, "vector": weights, "candidates": candidates})
    return dict(rows.fetchall())


def storyline_of(conn: sqlite3.Connection, article_id: str) -> str | None:
    row = conn.execute("SELECT storyline_id FROM articles WHERE id = ?", (article_id,)).fetchone()
    return row[0] if row else None


def add_storyline(conn: sqlite3.Connection, storyline_id: str, title: str, anchor: str) -> None:
    conn.execute("INSERT INTO storylines (id, title, anchor_article) VALUES (?, ?, ?)", (storyline_id, title, anchor))


def put_in_storyline(conn: sqlite3.Connection, article_id: str, storyline_id: str | None,
                     duplicate_of: str | None = None) -> None:
    conn.execute("UPDATE articles SET storyline_id = ?, duplicate_of = ? WHERE id = ?",
                 (storyline_id, duplicate_of, article_id))


def storyline_members(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """Each storyline's original articles: what a consolidation compares before and after."""
    members: dict[str, set[str]] = {}
    for storyline_id, article_id in conn.execute("""SELECT storyline_id, id FROM articles
                                                     WHERE storyline_id IS NOT NULL AND duplicate_of IS NULL"""):
        members.setdefault(storyline_id, set()).add(article_id)
    return members
