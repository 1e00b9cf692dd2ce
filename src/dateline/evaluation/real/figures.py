"""Figures matched to their labels by place, their values and sources judged, and the store's conflicts
judged against the labelled ones.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from dateline.evaluation.real.gold import GoldArticle, GoldFigure
from dateline.evaluation.real.matching import (
    NAMELESS,
    Placed,
    TextIndex,
    furniture_spans,
    labels_touched,
    overlaps,
    same_speaker,
)
from dateline.evaluation.real.measures import FigureScores
from dateline.link.series import counted_series
from dateline.store.articles import load_article
from dateline.store.series import load_figure_points
from dateline.store.storylines import list_storylines


@dataclass(frozen=True, slots=True)
class StoredFigure:
    article_id: str
    value: float
    span: tuple[int, int]
    source: str | None
    in_series: bool = False


def score_figures(conn: sqlite3.Connection, gold: list[GoldArticle], stored: dict[str, str],
                  conflicts: set[frozenset[tuple[str, str]]]) -> FigureScores:
    """Figures found with their values and sources, those sure enough to join a series (what the product
    shows as followed figures, the others kept for audit) apart, figures read off furniture, and conflicts
    flagged."""
    by_article: dict[str, list[StoredFigure]] = defaultdict(list)
    for article_id, value, start, end, source, in_series in conn.execute(
            "SELECT article_id, value, start, end, source, series_key IS NOT NULL FROM figures"
            " ORDER BY article_id, start"):
        by_article[article_id].append(StoredFigure(article_id, value, (start, end), source, bool(in_series)))
    scores = FigureScores()
    matched: dict[tuple[str | None, tuple[int, int]], tuple[str, str]] = {}
    for g in gold:
        if g.id not in stored:
            continue
        text = load_article(conn, stored[g.id]).text
        predicted = [f for f in by_article[stored[g.id]] if f.value != 1]
        furniture = furniture_spans(text, g)
        scores.off_body += sum(any(overlaps(f.span, s) for s in furniture) for f in predicted)
        if g.figures is not None:
            for figure, label in add_figures(scores, TextIndex(text), g.figures, predicted, furniture):
                matched[(figure.article_id, figure.span)] = (g.id, label.text)
    for g in gold:
        if g.id not in stored and g.figures is not None:
            add_figures(scores, TextIndex(""), g.figures, [], [])
    labelled = {g.id for g in gold if g.figures is not None}
    relevant = {c for c in conflicts if all(gold_id in labelled for gold_id, _ in c)}
    add_conflicts(scores, conn, matched, relevant, {stored[g] for g in labelled if g in stored})
    return scores


def add_figures(scores: FigureScores, index: TextIndex, gold: Sequence[GoldFigure],
                predicted: Sequence[StoredFigure],
                furniture: Sequence[tuple[int, int]]) -> list[tuple[StoredFigure, GoldFigure]]:
    """Match one article's figures to its labels by place (labels found in text order, off the headline
    and furniture lines, and at each copy repeating their passage: :func:`labels_touched`) and count them;
    returns the (figure, label) pairs matched with the right value. A source is judged only where the label
    names one: an unnamed source may be described in any words. A source shown is judged where the label
    names one (right if it is that one) or gives the figure to no one (always wrong: the reporter's own count
    shown as someone's claim)."""
    regions: list[Placed | None] = []
    cursor = 0
    for label in gold:
        span = index.find(label.text, cursor, furniture)
        regions.append(Placed(span, tuple(index.repeats(label.text, span, furniture))) if span else None)
        cursor = span[0] + 1 if span else cursor
    pairs: list[tuple[StoredFigure, GoldFigure]] = []
    found: set[int] = set()
    for figure in predicted:
        hits, _ = labels_touched(regions, partial(overlaps, figure.span))
        required = [i for i in hits if not gold[i].optional]
        if hits and not required:
            continue
        scores.tally.judged += 1
        scores.shown += figure.in_series
        if not required:
            continue
        label = gold[required[0]]
        scores.overlapping += 1
        right_value = abs(figure.value - label.value) <= 1e-6 * max(1.0, abs(label.value))
        scores.value_right += right_value
        scores.tally.right += right_value
        scores.shown_right += right_value and figure.in_series
        if right_value:
            found.add(required[0])
            pairs.append((figure, label))
            if label.source is not None and label.source not in NAMELESS:
                scores.sourced += 1
                scores.source_right += same_speaker(figure.source, label.source)
            if figure.source is not None and label.source not in NAMELESS:
                scores.sources_shown += 1
                scores.sources_shown_right += label.source is not None and same_speaker(figure.source, label.source)
    scores.tally.required += sum(not label.optional for label in gold)
    scores.tally.found += len(found)
    return pairs


def add_conflicts(scores: FigureScores, conn: sqlite3.Connection,
                  matched: dict[tuple[str | None, tuple[int, int]], tuple[str, str]],
                  gold_conflicts: set[frozenset[tuple[str, str]]], labelled: set[str]) -> None:
    """Judge the store's conflicts (every storyline's series, as the figures pages show them): right when
    both figures match the two figures of a labelled conflict; judged only when both figures are in
    articles whose figures are labelled (``labelled`` holds their stored ids)."""
    found: set[frozenset[tuple[str, str]]] = set()
    for line in list_storylines(conn):
        for series in (one.series for one in counted_series(load_figure_points(conn, line.id))):
            for i, j in series.conflicts:
                figures = (series.points[i].figure, series.points[j].figure)
                scores.conflicts += 1
                if not all(f.article_id in labelled for f in figures):
                    continue
                scores.conflicts_judged += 1
                key = frozenset(matched[(f.article_id, f.span)] for f in figures if (f.article_id, f.span) in matched)
                if len(key) == 2 and key in gold_conflicts:
                    scores.conflicts_right += 1
                    found.add(key)
    scores.gold_conflicts += len(gold_conflicts)
    scores.gold_conflicts_found += len(found)
