"""Turning page records into HTML: one Jinja2 environment (autoescaping everything) for the app and the
static HTML report, and the marks that show an article's annotations.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from dateline.days import day_range_phrase
from dateline.web.charts import series_chart
from dateline.web.citations import article_href
from dateline.web.markup import Mark, mark_up
from dateline.web.models import ArticlePage, FigurePoint, FigureSeries, Hit

#: Scripts only from the app itself (its vendored vis-timeline and its own timeline.js, never inline, never from
#: another host), data only from its own /api, no frame, plugin or remote resource; inline CSS, which
#: vis-timeline's build injects. A second line of defence behind escaping, sent as a header by the app and as a
#: <meta> in the static report, which holds no script at all.
CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; "
                           "form-action 'self'; base-uri 'none'")


def article_marks(page: ArticlePage) -> list[Mark]:
    """The highlighted span, quotes, date evidence, time expressions and entity mentions, outermost first."""
    marks = [Mark(*page.highlight, "mark", (("id", "highlight"),))] if page.highlight else []
    marks += [Mark(q.cite.start, q.cite.end, "span", (("class", f"quote {q.kind}"),
                                                      ("title", f"{q.kind} quote: {q.speaker or 'unattributed'}")), 1)
              for q in page.quotes]
    marks += [Mark(start, end, "span", (("class", "evidence"), ("title", "evidence for the publication date")), 2)
              for start, end in page.published.evidence]
    marks += [Mark(t.start, t.end, "time", (("class", "timex"), ("title", f"{t.type} {t.value or 'unresolved'}")), 3)
              for t in page.timexes]
    return marks + [_mention_mark(m.start, m.end, m.label, m.entity_id) for m in page.mentions]


def _mention_mark(start: int, end: int, label: str, entity_id: str | None) -> Mark:
    """A link to the entity's page when the mention is resolved to one; a labelled span otherwise."""
    attrs = (("class", f"entity {label}"), ("title", label))
    if entity_id is None:
        return Mark(start, end, "span", attrs, 4)
    return Mark(start, end, "a", (*attrs, ("href", entity_href(entity_id))), 4)


def entity_href(entity_id: str) -> str:
    return f"/entities/{quote(entity_id, safe=':')}"  # ids read like "person:antony-blinken"


def marked_article(page: ArticlePage) -> Markup:
    return mark_up(page.text, article_marks(page))


def marked_hit(hit: Hit) -> Markup:
    return mark_up(hit.text, [Mark(start, end, "mark") for start, end in hit.matches])


def figure_href(point: FigurePoint) -> str:
    return article_href(point.cite)


def chart(series: FigureSeries) -> Markup:
    return series_chart(series.drawn, figure_href)


def series_href(storyline_id: str, key: str, page: int = 1) -> str:
    """The page listing every report of one series of a storyline."""
    path = f"/storylines/{quote(storyline_id, safe='')}/figures/{quote(key, safe=':')}"
    return with_query(path, page=page if page > 1 else None)


def web_url(url: str | None) -> str | None:
    """The URL if it is an http(s) address, so a stored ``javascript:`` URL can never become a link."""
    return url if url and urlsplit(url).scheme in ("http", "https") else None


def with_query(path: str, **params: Any) -> str:
    """``path`` with the given query parameters, leaving out the empty ones."""
    kept = {name: value for name, value in params.items() if value not in (None, "")}
    return f"{path}?{urlencode(kept)}" if kept else path


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("dateline.web", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(article_href=article_href, entity_href=entity_href, marked_article=marked_article,
                       marked_hit=marked_hit, chart=chart, series_href=series_href, web_url=web_url,
                       with_query=with_query, csp=CONTENT_SECURITY_POLICY, day_range=day_range_phrase,
                       editing=None)  # pages that may offer correction forms pass their Editing
    return env


ENVIRONMENT = _environment()


def render(template: str, **context: Any) -> str:
    return ENVIRONMENT.get_template(template).render(**context)
