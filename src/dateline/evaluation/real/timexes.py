"""Time expressions of the first five sentences, gold and system, for TempEval's scorer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence

from dateline.evaluation.real.gold import GoldArticle, GoldTimex
from dateline.evaluation.real.matching import TextIndex, furniture_spans, overlaps
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
        yield timex_pair(TextIndex(text), g.timex_scope, g.timexes, system, furniture_spans(text, g))


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
