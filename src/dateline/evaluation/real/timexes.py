"""Time expressions of the first five sentences, gold and system, for TempEval's scorer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path

from spacy.language import Language

from dateline.evaluation.real.gold import GoldArticle, GoldTimex, load_gold
from dateline.evaluation.real.matching import TextIndex, furniture_spans, overlaps
from dateline.evaluation.splits import TUNED_SPLITS
from dateline.evaluation.tempeval import TempEvalScores, score
from dateline.evaluation.timeml import TimeMLDoc, tag_timeml
from dateline.model import TimeExpression
from dateline.store.annotations import article_timexes
from dateline.store.articles import load_article


def timex_pairs(conn: sqlite3.Connection, gold: list[GoldArticle],
                 stored: dict[str, str]) -> Iterator[tuple[list[TimeExpression], list[TimeExpression]] | None]:
    """(gold, system) time expressions of each labelled article's first five sentences, with optional
    labels and the predictions on them left out; None where the scope cannot be found in the stored text."""
    for g in gold:
        if g.timexes is None or g.timex_scope is None:
            continue
        text = load_article(conn, stored[g.id]).text if g.id in stored else ""
        system = article_timexes(conn, stored[g.id]) if g.id in stored else []
        yield timex_pair(TextIndex(text), g.timex_scope, g.timexes, system,
                         furniture_spans(text, g, carrying=True))


def timex_pair(index: TextIndex, scope: tuple[str, str], labels: Sequence[GoldTimex],
               system: Sequence[TimeExpression], furniture: Sequence[tuple[int, int]] = (),
               ) -> tuple[list[TimeExpression], list[TimeExpression]] | None:
    """The gold and system time expressions between the scope's first and last words (the first five
    sentences), found off the headline and furniture lines; None when the scope is not in the text."""
    first = index.find(scope[0], avoid=furniture)
    last = index.find(scope[1], first[0]) if first else None
    if first is None or last is None:
        return None
    region = (first[0], last[1])
    inside = [t for t in system if region[0] <= t.start and t.end <= region[1]]
    located: list[tuple[GoldTimex, tuple[int, int] | None]] = []
    cursor = region[0]
    for label in labels:
        span = index.find(label.text, cursor)
        if span is None or span[1] > region[1]:
            located.append((label, None))
            continue
        located.append((label, span))
        cursor = span[1]
    optional = [span for label, span in located if label.optional and span is not None]
    # a label not found in the stored text still counts as gold; its empty span before the text matches nothing
    gold = [TimeExpression(*(span or (-1, -1)), label.text, label.type, label.value)
            for label, span in located if not label.optional]
    kept = [t for t in inside if not any(overlaps((t.start, t.end), span) for span in optional)]
    return gold, kept



def labelled_bodies(articles_dir: Path, labels_dir: Path) -> list[tuple[GoldArticle, TimeMLDoc]]:
    """The articles of dev and test whose time expressions are labelled, each with its clean body
    (``gold/*.body.txt``) as a TimeML document dated on its labelled publication day. Only these splits, so
    the number stays comparable as ``dev2`` grows (and no held-out split has a gold body)."""
    return [(g, TimeMLDoc(g.id, g.day, (articles_dir / g.files["gold"]).read_text(encoding="utf-8")))
            for g in load_gold(labels_dir)
            if g.timexes is not None and "gold" in g.files and g.split in TUNED_SPLITS]


def body_pair(gold: GoldArticle, body: str, system: Sequence[TimeExpression],
              ) -> tuple[list[TimeExpression], list[TimeExpression]] | None:
    """(gold, system) time expressions inside the label scope of an article's clean body."""
    if gold.timexes is None or gold.timex_scope is None:
        return None
    return timex_pair(TextIndex(body), gold.timex_scope, gold.timexes, system)


def score_bodies(articles_dir: Path, labels_dir: Path, nlp: Language) -> TempEvalScores:
    """The time expressions labelled in real-news articles against the tagger's on their clean bodies: the
    time tagger measured apart from page cleaning, beside TempEval-3 (``dateline eval tempeval --by corpus
    --real``)."""
    articles = labelled_bodies(articles_dir, labels_dir)
    tagged = tag_timeml(nlp, [body for _, body in articles])
    pairs = (body_pair(g, body.text, system) for (g, body), system in zip(articles, tagged))
    return score(pair for pair in pairs if pair is not None)
