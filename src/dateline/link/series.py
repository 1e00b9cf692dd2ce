"""Figure series: the same count reported by many articles over time, and where reports disagree.

Two figures are in one series when they count the same kind of thing undergoing the same event: their
series key (:func:`dateline.counts.series_key`, "hostages:taken" for "240 hostages seized on
Oct. 7" and "251 captives were taken"). A count of a one-time past event, or two counts reported the same
day, must agree; so must two counts for one named past period ("killed in Europe in the 14th Century", "deaths
in Europe during the fourteenth century"), whatever day they were reported: a closed period's count does not
grow. Two reports whose days are both unknown are compared too, but only as unconfirmed: they may be two
days' counts. Each figure's qualifier and range make it a range of values ("more than 200" fits 240, "20 to 25"
fits 22), and ranges that cannot both be true are a conflict, but only between two articles, for the same named
place (or none), and for a count that says what happened (killed, taken, held…): "25 million people" and "28
people" share a noun, not a frame, and two numbers of one thing in one article are the writer's two groups
("83 wounded … 42 other people wounded"), not a dispute. Each conflict carries how sure it is a dispute
(:func:`conflict_confidence`); views flag only those at or above the confidence line
(:func:`confirmed`) and mark the rest unconfirmed, which stay in the store and the JSON export.

Series span articles, so they are a product of linking the corpus: computed here once per link
(:func:`save_figure_series`), saved in the store, and read back by the pages and exports through
:func:`claim_series` and :func:`report_series`, which group them afresh only while the store's triggers say
the saved ones are stale (slower, never wrong).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from dateline.confidence import CONFLICT_COMPARABILITY, ConflictEvidence, below_line
from dateline.counts import period_of, place_of, value_range
from dateline.records import CountedPoint, CountedSeries, FigureSeries, KeyedPoint, SeriesPoint
from dateline.store.series import (
    CLAIMS,
    REPORTS,
    delete_store_series,
    figure_claims_stale,
    figure_keys,
    insert_series,
    load_figure_claims,
    load_figure_points,
    mark_series_current,
    save_figure_claims,
    save_storyline_claims,
    saved_claims,
    saved_series,
)

#: Events that happen once: their count should never change between reports.
_ONCE = frozenset({"taken"})

#: The moment of a report of a changing count whose day is unknown: every such report shares it, so two
#: undated scrapes of one toll that disagree are a conflict, compared as ``undated`` (kept below the line).
UNDATED = "undated"
#: What a claim is about besides its key: None for a one-time event (all time), else the named place (or None)
#: with the past period it names, or else the day it is reported on (:data:`UNDATED` when that is unknown).
Moment = tuple[str | None, str] | None
#: A claim: the value range stated, and the moment it is stated for.
Claim = tuple[tuple[float, float], Moment]


def save_figure_series(conn: sqlite3.Connection, storylines: Sequence[str] | None = None,
                       article_ids: Sequence[str] = ()) -> None:
    """Group the figures, as they, their articles' dates and storylines now stand, into every storyline's
    claims, the series of claims of the whole store and of each storyline, and the whole store's series of
    reports; save them all and mark them current. Run by the link stage, in its transaction, once storylines
    are assigned. The series of claims are grouped from the claims just saved, which is what
    :func:`~dateline.store.series.load_figure_claims` gives while they are current.

    An incremental link names the ``storylines`` it touched and the articles it took in: only those
    storylines' claims and series are grouped again, and the whole store's series of the keys those articles'
    figures have; the rest stand as the last link saved them."""
    if storylines is None:
        for storyline_id in save_figure_claims(conn):
            insert_series(conn, storyline_id, CLAIMS, counted_series(load_figure_claims(conn, storyline_id)))
        insert_series(conn, None, REPORTS, counted_series(load_figure_points(conn)))
    else:
        save_storyline_claims(conn, storylines)
        for storyline_id in storylines:
            insert_series(conn, storyline_id, CLAIMS, counted_series(saved_claims(conn, storyline_id)))
        for key in figure_keys(conn, article_ids):
            delete_store_series(conn, key)
            insert_series(conn, None, CLAIMS, counted_series(saved_claims(conn, None, key)))
            insert_series(conn, None, REPORTS, counted_series(load_figure_points(conn, None, key)))
    mark_series_current(conn)


def claim_series(conn: sqlite3.Connection, storyline_id: str | None = None,
                 key: str | None = None) -> list[CountedSeries]:
    """The series of a storyline's claims (None: the whole store's; and only the series ``key``, if given),
    by key, as the last link saved them; grouped afresh while they are stale."""
    if figure_claims_stale(conn):
        return counted_series(load_figure_claims(conn, storyline_id, key))
    return saved_series(conn, storyline_id, CLAIMS, key)


def report_series(conn: sqlite3.Connection) -> list[FigureSeries]:
    """The whole store's series of every report, by key, as the last link saved them; grouped afresh while
    they are stale."""
    if figure_claims_stale(conn):
        counted = counted_series(load_figure_points(conn))
    else:
        counted = saved_series(conn, None, REPORTS)
    return [one.series for one in counted]


def counted_series(points: Sequence[CountedPoint]) -> list[CountedSeries]:
    """:func:`figure_series` of the points, each series with its points' figure ids and report counts.

    A series holds the very point objects it was given, so each is traced back to its figure by identity:
    two identical reports are equal points, yet each keeps its own id."""
    given = {id(counted.point): counted for counted in points}
    return [CountedSeries(one, tuple(given[id(point)].figure_id for point in one.points),
                          tuple(given[id(point)].reports for point in one.points))
            for one in figure_series((counted.key, counted.point) for counted in points)]


def figure_series(points: Iterable[KeyedPoint]) -> list[FigureSeries]:
    """Group figures from many articles into series by their key, each ordered by report date, with its
    conflicts; series with one figure are kept so every figure has a home. The key is
    :func:`~dateline.counts.series_key` of what the figure counts, which the store keeps in
    ``figures.series_key``, so points read from a store come keyed and no key is computed twice."""
    groups: dict[str, list[SeriesPoint]] = defaultdict(list)
    for key, point in points:
        if key is not None:
            groups[key].append(point)
    return [_series(key, group) for key, group in sorted(groups.items())]


def _series(key: str, group: list[SeriesPoint]) -> FigureSeries:
    ordered = tuple(sorted(group, key=lambda p: (p.first_day is None, p.first_day or "", p.figure.span)))
    once = key.split(":", 1)[1] in _ONCE
    firsts: dict[Claim, int] = {}
    claims = tuple(firsts.setdefault(_claim(point, once), index) for index, point in enumerate(ordered))
    framed = bool(key.split(":", 1)[1])
    conflicts = tuple((i, j) for i, j in _conflicts(firsts)
                      if framed and ordered[i].figure.article_id != ordered[j].figure.article_id)
    surest: dict[int, float] = defaultdict(float)
    for point, claim in zip(ordered, claims, strict=True):
        surest[claim] = max(surest[claim], point.figure.confidence)
    sure = tuple(conflict_confidence(ordered[i], ordered[j], min(surest[i], surest[j]), once) for i, j in conflicts)
    return FigureSeries(key, ordered[0].figure.what or key, ordered, conflicts, claims, sure)


def conflict_confidence(first: SeriesPoint, second: SeriesPoint, claims_sure: float, once: bool) -> float:
    """How sure it is that the claims of two points (each the first to state its claim), which cannot both be
    true, are a dispute: a conflict is no surer than the less sure claim (``claims_sure``; a claim is as sure
    as the surest figure stating it: an unsourced "251" is sourced by the next report saying the same),
    times how comparable the two claims are (:func:`conflict_evidence`). Their being of one counted thing,
    place and moment, from two articles, is what made them a conflict at all; ``once``: the series counts a
    one-time event."""
    return round(claims_sure * CONFLICT_COMPARABILITY[conflict_evidence(first, second, once)], 2)


def conflict_evidence(first: SeriesPoint, second: SeriesPoint, once: bool) -> ConflictEvidence:
    """What two conflicting claims were compared as: the same source's two counts, else a one-time event's,
    a named past period's, or a changing count's on one day, known or not."""
    if _same_source(first.figure.source, second.figure.source):
        return "same_source"
    if once:
        return "once"
    if period_of(first.figure.what, first.date) is not None:
        return "period"
    return "day" if first.date is not None else "undated"


def confirmed(series: FigureSeries) -> FigureSeries:
    """The series as the pages flag it: with only its conflicts not below the confidence line (the rest stay
    in the store and the JSON export)."""
    kept = [(pair, sure) for pair, sure in zip(series.conflicts, series.conflict_confidence, strict=True)
            if not below_line(sure)]
    return replace(series, conflicts=tuple(pair for pair, _ in kept), conflict_confidence=tuple(s for _, s in kept))


def _same_source(a: str | None, b: str | None) -> bool:
    """Whether two sources name the same one, as written, but for case and a leading "the"."""
    return a is not None and b is not None and _source_name(a) == _source_name(b)


def _source_name(source: str) -> str:
    return " ".join(source.split()).casefold().removeprefix("the ")


def _claim(point: SeriesPoint, once: bool) -> Claim:
    """What a point asserts: its value range, for all time (a one-time event), for the past period and place
    it names, or for its day and place (a count that changes; :data:`UNDATED` when the day is unknown)."""
    what = point.figure.what
    moment = None if once else (place_of(what), period_of(what, point.date) or point.date or UNDATED)
    return value_range(point.figure), moment


def _conflicts(firsts: dict[Claim, int]) -> tuple[tuple[int, int], ...]:
    """Pairs of first points of claims made for the same moment whose value ranges do not overlap."""
    by_moment: dict[Moment, list[tuple[tuple[float, float], int]]] = defaultdict(list)
    for (bounds, moment), index in firsts.items():
        by_moment[moment].append((bounds, index))
    pairs = (
        (i, j)
        for claims in by_moment.values()
        for a, (bounds_a, i) in enumerate(claims)
        for bounds_b, j in claims[a + 1 :]
        if not _overlap(bounds_a, bounds_b)
    )
    return tuple(sorted(pairs))


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]
