"""Building each part of a split with the product's own pipeline and scoring the store it leaves.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from dateline import pipeline
from dateline.evaluation.pubdate import pubdate_report
from dateline.evaluation.real.figures import score_figures
from dateline.evaluation.real.gold import GoldArticle, load_gold, load_story_conflicts
from dateline.evaluation.real.measures import PartScores, RealReport
from dateline.evaluation.real.quotes import score_quotes
from dateline.evaluation.real.text import score_baselines, score_text
from dateline.evaluation.real.timexes import timex_pairs
from dateline.evaluation.scores import PRF
from dateline.evaluation.storylines import bcubed as storyline_bcubed
from dateline.evaluation.tempeval import score
from dateline.model import PublicationDate
from dateline.store import Store
from dateline.store.articles import load_article

#: The input kinds, each built into a store of its own: file suffix per kind.
PARTS = {"html": ".html", "text": ".txt"}


def evaluate(articles_dir: Path, labels_dir: Path, split: str, parts: Sequence[str] = tuple(PARTS),
             limit: int | None = None) -> RealReport:
    """Build each part of one split into a fresh store and score it; ``limit`` keeps the first labelled
    articles (fully labelled ones first), for a quick run."""
    gold = load_gold(labels_dir, split)
    if limit is not None:
        gold = sorted(gold, key=lambda g: (g.quotes is None, g.id))[:limit]
    conflicts = load_story_conflicts(labels_dir.parent / "stories.json")
    scored = [score_part(articles_dir, gold, kind, conflicts) for kind in parts]
    baselines = score_baselines(articles_dir, gold) if "html" in parts else None
    return RealReport(split, scored, baselines)


def score_part(articles_dir: Path, gold: list[GoldArticle], kind: str,
               conflicts: set[frozenset[tuple[str, str]]]) -> PartScores:
    """Build the part's files with the product's own pipeline into a temporary store and score it."""
    members = [g for g in gold if kind in g.files]
    paths = [articles_dir / g.files[kind] for g in members]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "real.db") as store:
        pipeline.build(paths, store)
        stored = stored_ids(store.conn, {str(p): g.id for p, g in zip(paths, members)})
        timexes = list(timex_pairs(store.conn, members, stored))
        return PartScores(
            kind=kind, articles=len(members), stored=len(stored),
            dates=pubdate_report(_dated_pairs(store.conn, members, stored)),
            text=score_text(store.conn, articles_dir, members, stored),
            quotes=score_quotes(store.conn, members, stored),
            figures=score_figures(store.conn, members, stored, conflicts),
            timexes=score([pair for pair in timexes if pair is not None]),
            timex_scopes_missing=sum(pair is None for pair in timexes),
            storylines=bcubed(store.conn, members, stored))


def stored_ids(conn: sqlite3.Connection, source_to_gold: dict[str, str]) -> dict[str, str]:
    """Gold id -> stored article id, for every input the build stored (skipped inputs are absent)."""
    return {source_to_gold[source]: article_id
            for article_id, source in conn.execute("SELECT id, source FROM articles") if source in source_to_gold}


def _dated_pairs(conn: sqlite3.Connection, gold: list[GoldArticle],
                 stored: dict[str, str]) -> Iterator[tuple[date, PublicationDate]]:
    """(true day, stored date) for every article with an unambiguous day; one not stored is undated."""
    for g in gold:
        if g.day is None or g.ambiguous:
            continue
        yield g.day, load_article(conn, stored[g.id]).published if g.id in stored else PublicationDate()


def bcubed(conn: sqlite3.Connection, gold: list[GoldArticle], stored: dict[str, str]) -> PRF:
    """B-cubed precision and recall of the stored storylines against the labelled stories (an article in
    no story is a story of its own), over the stored articles."""
    predicted = dict(conn.execute("SELECT id, storyline_id FROM articles"))
    members = [g for g in gold if g.id in stored]
    return storyline_bcubed({g.id: g.story or g.id for g in members},
                            {g.id: predicted[stored[g.id]] for g in members if predicted.get(stored[g.id])})
