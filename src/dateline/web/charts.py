"""A figure series as an inline SVG chart: no script, no external asset, every point a link to its source."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from markupsafe import Markup, escape

from dateline.web.models import FigurePoint

WIDTH, HEIGHT, MARGIN = 640, 220, 48


def series_chart(points: list[FigurePoint], href: Callable[[FigurePoint], str]) -> Markup:
    """Value over time; conflicting points are drawn as red squares. A point known only to a closed range
    of days is drawn at the range's middle with a bar across it; points with an open or no range are
    left to the table."""
    placed = [p for p in points if p.earliest and p.latest]
    if not placed:
        return Markup("")
    ranges = [(_ordinal(p.earliest), _ordinal(p.latest)) for p in placed]
    first, last = min(low for low, _ in ranges), max(high for _, high in ranges)
    top = max(max(p.value for p in placed), 1.0)

    def x(day: float) -> float:
        return MARGIN + ((day - first) / (last - first) if last > first else 0.5) * (WIDTH - 2 * MARGIN)

    def y(value: float) -> float:
        return HEIGHT - MARGIN - value / top * (HEIGHT - 2 * MARGIN)

    xy = [(x((low + high) / 2), y(p.value)) for (low, high), p in zip(ranges, placed)]
    bars = "".join(_range_bar(x(low), x(high), y(p.value)) for (low, high), p in zip(ranges, placed) if high > low)
    marks = "".join(_point(px, py, p, href(p)) for (px, py), p in zip(xy, placed))
    return Markup(f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="values over time">'
                  f'{_axes(date.fromordinal(first), date.fromordinal(last), top)}'
                  f'<polyline class="line" points="{_polyline(xy)}"/>{bars}{marks}</svg>')


def _ordinal(day: str | None) -> int:
    return date.fromisoformat((day or "")[:10]).toordinal()


def _range_bar(left: float, right: float, y: float) -> str:
    return f'<path class="range" d="M{left:.1f},{y:.1f} H{right:.1f}"/>'


def _axes(first: date, last: date, top: float) -> str:
    bottom, right = HEIGHT - MARGIN, WIDTH - MARGIN
    return (f'<path class="axis" d="M{MARGIN},{MARGIN} V{bottom} H{right}"/>'
            f'<text x="{MARGIN - 4}" y="{MARGIN}" text-anchor="end">{top:,.0f}</text>'
            f'<text x="{MARGIN - 4}" y="{bottom}" text-anchor="end">0</text>'
            f'<text x="{MARGIN}" y="{bottom + 16}">{first.isoformat()}</text>'
            f'<text x="{right}" y="{bottom + 16}" text-anchor="end">{last.isoformat()}</text>')


def _polyline(xy: list[tuple[float, float]]) -> str:
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in xy)


def _point(x: float, y: float, point: FigurePoint, href: str) -> str:
    tag, geometry = (("rect", f'x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8"') if point.conflict
                     else ("circle", f'cx="{x:.1f}" cy="{y:.1f}" r="4"'))
    css = "point conflict" if point.conflict else "point"
    return (f'<a href="{escape(href)}"><{tag} class="{css}" {geometry}>'
            f'<title>{escape(_label(point))}</title></{tag}></a>')


def _label(point: FigurePoint) -> str:
    """The tooltip: what was claimed, by whom, in which article (and in how many reports, when several)."""
    source = f" ({point.source})" if point.source else ""
    reports = f" and {point.reports - 1:,} more reports" if point.reports > 1 else ""
    conflict = " — conflicts with another figure" if point.conflict else ""
    article = point.cite.article_title or point.cite.article_id
    return f"{point.when}: {point.text}{source} — {article}{reports}{conflict}"
