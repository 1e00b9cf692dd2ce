"""Build a large store for the web benchmark: the Timeline17 articles, analysed once, copied many times.

    .venv/bin/python benchmarks/web_store.py --db /tmp/web_big.db [--copies 17] [--corpus ../shared/eval/t17]

Step 1 (slow, once: a few minutes) runs the real pipeline (cleaning, spaCy, the time components, the
timeline) over the ~3,000 Timeline17 articles into ``<db>.base``, taking each article's publication date
from its folder name as metadata. It then names an entity for every PERSON, ORG or GPE mention text seen at
least 20 times and links those mentions to it, standing in for the attribution stage (not landed yet).
Step 2 bypasses the NLP: it copies every article with all its derived rows ``--copies`` times in SQL into
a fresh ``<db>``, each copy under a distinct id (the first 13 hex digits of the original id plus the copy number in 3),
so 17 copies give ~52,000 articles. Sentences are re-inserted, so FTS5 indexes every copy.
"""

from __future__ import annotations

import argparse
import re
from datetime import date
from pathlib import Path

from dateline import pipeline
from dateline.errors import SkippedInput
from dateline.model import RawArticle
from dateline.store import Store
from dateline.store.articles import insert_article

TIME_COMPONENTS = ("dateline_pubdate", "dateline_timex")
ENTITY_LABELS = ("PERSON", "ORG", "GPE")
_COPIED = {
    "dropped_lines": "article_id, line_no, text, reason",
    "sentences": "article_id, idx, start, end, text",
    "entity_mentions": "article_id, start, end, text, label, entity_id",
    "time_expressions": "article_id, start, end, text, type, value, mod",
    "timeline_entries": "day, article_id, start, end, text, score",
}


def t17_articles(corpus: Path) -> list[RawArticle]:
    """Every Timeline17 input document, dated by the folder it sits in (``InputDocs/2009-04-25/…``)."""
    return [RawArticle(source=str(path), text=path.read_text("utf-8", errors="replace"),
                       published=date.fromisoformat(path.parent.name))
            for path in sorted(corpus.glob("*/InputDocs/*/*.txt"))]


def build_base(corpus: Path, db: Path) -> None:
    with Store(db) as store:
        for raw in t17_articles(corpus):
            try:
                article = pipeline.prepare_article(raw)
            except SkippedInput:
                continue
            with store.transaction() as conn:
                insert_article(conn, article)
        pipeline.analyze(store, components=TIME_COMPONENTS)
        pipeline.link(store)
        with store.transaction() as conn:
            name_entities(conn)


def name_entities(conn) -> None:
    """One entity per frequent PERSON/ORG/GPE mention text, its mentions linked to it."""
    rows = conn.execute(f"""SELECT text, label FROM entity_mentions
                            WHERE label IN {ENTITY_LABELS} GROUP BY text, label HAVING count(*) >= 20""")
    for text, label in rows.fetchall():
        entity_id = re.sub(r"\W+", "-", text.lower()).strip("-") + "-" + label.lower()
        conn.execute("INSERT OR IGNORE INTO entities (id, name, type) VALUES (?, ?, ?)", (entity_id, text, label))
        conn.execute("UPDATE entity_mentions SET entity_id = ? WHERE text = ? AND label = ?",
                     (entity_id, text, label))


def replicate(base: Path, db: Path, copies: int) -> None:
    """Copy every base article and its derived rows ``copies`` times, each copy under distinct ids."""
    db.unlink(missing_ok=True)
    with Store(db) as store:
        store.conn.execute("ATTACH DATABASE ? AS base", (str(base),))
        for k in range(copies):
            with store.transaction() as conn:
                copy_articles(conn, k)
            print(f"copy {k + 1}/{copies} done", flush=True)


def copy_articles(conn, k: int) -> None:
    conn.execute(f"""INSERT INTO articles (id, source, url, title, text, metadata_published, published_earliest,
                         published_latest, published_basis, published_evidence)
                     SELECT printf('%.13s%03x', id, {k}), source || '#copy{k}', url, title, text,
                         metadata_published, published_earliest, published_latest, published_basis,
                         published_evidence
                     FROM base.articles""")
    conn.execute("INSERT OR IGNORE INTO entities SELECT * FROM base.entities")
    for table, columns in _COPIED.items():
        selected = columns.replace("article_id", f"printf('%.13s%03x', article_id, {k})", 1)
        conn.execute(f"INSERT INTO {table} ({columns}) SELECT {selected} FROM base.{table}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--copies", type=int, default=17)
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared/eval/t17")
    args = parser.parse_args()
    base = args.db.with_suffix(".base")
    if not base.exists():
        build_base(args.corpus, base)
    replicate(base, args.db, args.copies)


if __name__ == "__main__":
    main()
