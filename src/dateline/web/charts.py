"""A figure series as an inline SVG chart: no script, no external asset, every point a link to its source."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from markupsafe import Markup, escape

from dateline.web.models import FigurePoint

WIDTH, HEIGHT, MARGIN = 640, 220, 48


def series_chart(points: list[FigurePoint], href: Callable[[FigurePoint], str]) -> Markup:
    """Value over time; conflicting points are drawn as red squares. Undated points are left to the table."""
    dated = [p for p in points if p.date]
    if not dated:
        return Markup("")
    days = [date.fromisoformat(p.date[:10]).toordinal() for p in dated]
    first, span = min(days), max(days) - min(days)
    top = max(max(p.value for p in dated), 1.0)
    xy = [(MARGIN + ((day - first) / span if span else 0.5) * (WIDTH - 2 * MARGIN),
           HEIGHT - MARGIN - p.value / top * (HEIGHT - 2 * MARGIN)) for day, p in zip(days, dated)]
    marks = "".join(_point(x, y, p, href(p)) for (x, y), p in zip(xy, dated))
    return Markup(f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="values over time">'
                  f'{_axes(dated, top)}<polyline class="line" points="{_polyline(xy)}"/>{marks}</svg>')


def _axes(points: list[FigurePoint], top: float) -> str:
    bottom, right = HEIGHT - MARGIN, WIDTH - MARGIN
    return (f'<path class="axis" d="M{MARGIN},{MARGIN} V{bottom} H{right}"/>'
            f'<text x="{MARGIN - 4}" y="{MARGIN}" text-anchor="end">{top:,.0f}</text>'
            f'<text x="{MARGIN - 4}" y="{bottom}" text-anchor="end">0</text>'
            f'<text x="{MARGIN}" y="{bottom + 16}">{escape(points[0].date)}</text>'
            f'<text x="{right}" y="{bottom + 16}" text-anchor="end">{escape(points[-1].date)}</text>')


def _polyline(xy: list[tuple[float, float]]) -> str:
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in xy)


def _point(x: float, y: float, point: FigurePoint, href: str) -> str:
    tag, geometry = (("rect", f'x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8"') if point.conflict
                     else ("circle", f'cx="{x:.1f}" cy="{y:.1f}" r="4"'))
    css = "point conflict" if point.conflict else "point"
    return (f'<a href="{escape(href)}"><{tag} class="{css}" {geometry}>'
            f'<title>{escape(_label(point))}</title></{tag}></a>')


def _label(point: FigurePoint) -> str:
    """The tooltip: what was claimed, by whom, in which article."""
    source = f" ({point.source})" if point.source else ""
    conflict = " — conflicts with another figure that day" if point.conflict else ""
    return f"{point.date}: {point.text}{source} — {point.cite.article_title or point.cite.article_id}{conflict}"
