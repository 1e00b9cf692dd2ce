"""Build a large store for the web benchmark: the Timeline17 articles, analysed once, copied many times.

    .venv/bin/python benchmarks/web_store.py --db /tmp/web_big.db [--every 25] [--copies 425]
        [--corpus ../shared/eval/t17]

Step 1 (slow, once) runs the real pipeline (cleaning, spaCy, time, quotes, figures, entities, timeline) over
every ``--every``-th of the ~3,000 Timeline17 articles, so every topic is sampled, into ``<db>.base``, taking
each article's publication date from its folder name as metadata. Step 2 bypasses the NLP: it copies every
base article with all its derived rows ``--copies`` times in SQL into a fresh ``<db>``, each copy under a
distinct id (the original's first 13 hex digits plus the copy number in 3). 425 copies of every 25th
article (123 articles, every topic) give ~52,000 articles; ``--every 5 --copies 85`` gives as many from a
wider sample, at five times the analysis cost (the full pipeline runs ~1 article/s on a busy core).
Sentences are re-inserted, so FTS5 indexes every copy. Copied figures leave the figures pages' saved
claims and series stale, so they are saved again at the end, as linking the corpus saves them in a build.
"""

from __future__ import annotations

import argparse
import sqlite3
from datetime import date
from pathlib import Path

from dateline import pipeline
from dateline.errors import SkippedInput
from dateline.link.series import save_figure_series
from dateline.model import RawArticle
from dateline.nlp.pipeline import DEFAULT_COMPONENTS
from dateline.store import Store
from dateline.store.articles import insert_article

_COPIED = {
    "dropped_lines": "article_id, line_no, text, reason",
    "sentences": "article_id, idx, start, end, text",
    "entity_mentions": "article_id, start, end, text, label, entity_id",
    "time_expressions": "article_id, start, end, text, type, value, mod",
    "timeline_entries": "day, article_id, start, end, text, score",
    "quotes": "article_id, kind, start, end, content, text, cue_start, cue_end, source_start, source_end, speaker, "
              "speaker_start, speaker_end, speaker_entity_id, date",
    "figures": "article_id, value, text, start, end, qualifier, what, source, source_start, source_end, "
               "sentence_start, sentence_end, date, series_key",
}


def t17_articles(corpus: Path, every: int) -> list[RawArticle]:
    """Every ``every``-th Timeline17 input document (so all topics are sampled), dated by the folder it sits
    in (``InputDocs/2009-04-25/…``)."""
    return [RawArticle(source=str(path), text=path.read_text("utf-8", errors="replace"),
                       published=date.fromisoformat(path.parent.name))
            for path in sorted(corpus.glob("*/InputDocs/*/*.txt"))[::every]]


def build_base(corpus: Path, every: int, db: Path) -> None:
    with Store(db) as store:
        for raw in t17_articles(corpus, every):
            try:
                article = pipeline.prepare_article(raw)
            except SkippedInput:
                continue
            with store.transaction() as conn:
                insert_article(conn, article)
        pipeline.analyze(store, components=DEFAULT_COMPONENTS,
                         on_progress=lambda done, total: print(f"analysed {done} more of {total}", flush=True))
        pipeline.link(store)


def replicate(base: Path, db: Path, copies: int) -> None:
    """Copy every base article and its derived rows ``copies`` times, each copy under distinct ids."""
    db.unlink(missing_ok=True)
    with Store(db) as store:
        store.conn.execute("ATTACH DATABASE ? AS base", (str(base),))
        for k in range(copies):
            with store.transaction() as conn:
                copy_articles(conn, k)
            print(f"copy {k + 1}/{copies} done", flush=True)
        with store.transaction() as conn:
            save_figure_series(conn)


def copy_articles(conn: sqlite3.Connection, k: int) -> None:
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
    parser.add_argument("--every", type=int, default=25)
    parser.add_argument("--copies", type=int, default=425)
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared/eval/t17")
    args = parser.parse_args()
    base = args.db.with_suffix(".base")
    if not base.exists():
        build_base(args.corpus, args.every, base)
    replicate(base, args.db, args.copies)


if __name__ == "__main__":
    main()
