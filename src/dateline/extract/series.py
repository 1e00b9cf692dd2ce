"""Figure series: the same count reported by many articles over time, and where reports disagree.

Two figures are in one series when they count the same kind of thing undergoing the same event
("hostages" + "taken": "240 hostages seized on Oct. 7", "251 captives were taken"). A count of a
one-time past event, or two counts reported the same day, must agree; each figure's qualifier makes it
a range ("more than 200" fits 240), and ranges that cannot both be true are a conflict.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from dateline.counts import value_range
from dateline.records import FigureSeries, KeyedPoint, SeriesPoint

#: Events that happen once: their count should never change between reports.
_ONCE = frozenset({"taken"})

#: A claim: the value range stated, and the moment it is stated for (None: all time; a day; or, for an
#: undated report of a changing count, the report's own index).
Claim = tuple[tuple[float, float], str | int | None]


def figure_series(points: Iterable[KeyedPoint]) -> list[FigureSeries]:
    """Group figures from many articles into series by their key, each ordered by report date, with its
    conflicts; series with one figure are kept so every figure has a home. The key is
    :func:`~dateline.counts.series_key` of what the figure counts, which the store keeps in ``figures.series_key``, so
    points read from a store come keyed and no key is computed twice."""
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


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]
