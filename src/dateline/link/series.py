"""Figure series: the same count reported by many articles over time, and where reports disagree.

Two figures are in one series when they count the same kind of thing undergoing the same event: their
series key (:func:`dateline.extract.figures.series_key`, "hostages:taken" for "240 hostages seized on
Oct. 7" and "251 captives were taken"). A count of a one-time past event, or two counts reported the same
day, must agree; each figure's qualifier makes it a range ("more than 200" fits 240), and ranges that
cannot both be true are a conflict.

Series span articles, so they are a product of linking the corpus: computed here once per link, saved by
:func:`dateline.store.series.save_figure_series`, and read back from the store by the pages and exports.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from dateline.extract.records import Figure, FigureSeries, SeriesPoint

#: A point with the key of the series it belongs to (None: it belongs to none).
KeyedPoint = tuple[str | None, SeriesPoint]


class CountedPoint(NamedTuple):
    """A point as the store holds it: its figure's id, its series key (None: it belongs to none), and how
    many identical reports it stands for (1, but for a point standing for a claim)."""

    figure_id: int
    key: str | None
    point: SeriesPoint
    reports: int = 1


@dataclass(frozen=True, slots=True)
class CountedSeries:
    """A series with, for each of its points, the id of its figure and how many reports it stands for."""

    series: FigureSeries
    figure_ids: tuple[int, ...]
    reports: tuple[int, ...]

    @property
    def total_reports(self) -> int:
        return sum(self.reports)


#: Events that happen once: their count should never change between reports.
_ONCE = frozenset({"taken"})

_RANGES: dict[str | None, tuple[float, float]] = {
    None: (1.0, 1.0), "more than": (1.0 + 1e-9, math.inf), "over": (1.0 + 1e-9, math.inf),
    "at least": (1.0, math.inf), "less than": (0.0, 1.0 - 1e-9), "fewer than": (0.0, 1.0 - 1e-9),
    "under": (0.0, 1.0 - 1e-9), "at most": (0.0, 1.0), "up to": (0.0, 1.0), "as many as": (0.0, 1.0),
    "nearly": (0.9, 1.0), "almost": (0.9, 1.0),
}
_APPROXIMATE = (0.9, 1.1)

#: A claim: the value range stated, and the moment it is stated for (None: all time; a day; or, for an
#: undated report of a changing count, the report's own index).
Claim = tuple[tuple[float, float], str | int | None]


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
    :func:`~dateline.extract.figures.series_key` of what the figure counts, which the store keeps in
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
    claims = tuple(firsts.setdefault(_claim(point, index, once), index) for index, point in enumerate(ordered))
    return FigureSeries(key, ordered[0].figure.what or key, ordered, _conflicts(firsts), claims)


def _claim(point: SeriesPoint, index: int, once: bool) -> Claim:
    """What a point asserts: its value range, for all time (a past event) or for its day (a count that
    changes). An undated report of a changing count is its own moment, its index: no other day compares."""
    moment = None if once else (point.date or index)
    return value_range(point.figure), moment


def _conflicts(firsts: dict[Claim, int]) -> tuple[tuple[int, int], ...]:
    """Pairs of first points of claims made for the same moment whose value ranges do not overlap."""
    by_moment: dict[str | int | None, list[tuple[tuple[float, float], int]]] = defaultdict(list)
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


def value_range(figure: Figure) -> tuple[float, float]:
    """The values a figure allows, given its qualifier ("more than 200" allows anything above 200)."""
    low, high = _RANGES.get(figure.qualifier, _APPROXIMATE)
    return figure.value * low, figure.value * high


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]
