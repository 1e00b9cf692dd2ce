"""Markdown export: the timeline as a reader would want it, every line citing its article."""

from __future__ import annotations

import sqlite3
from typing import TextIO

from dateline.export.escape import markdown_text
from dateline.export.markdown_sections import render_figures_markdown, render_quotes_markdown
from dateline.link.series import report_series
from dateline.model import Article
from dateline.store.articles import iter_articles
from dateline.store.attribution import load_quotes
from dateline.store.timeline import timeline_by_day


def export_markdown(conn: sqlite3.Connection, out: TextIO) -> None:
    articles = {a.id: a for a in iter_articles(conn)}
    numbers = {article_id: n for n, article_id in enumerate(articles, start=1)}
    out.write("# Timeline\n")
    for day, entries in timeline_by_day(conn):
        out.write(f"\n## {day:%A %-d %B %Y}\n\n")
        for entry in entries:
            out.write(f"- {markdown_text(entry.text)} [{numbers[entry.article_id]}, chars {entry.start}–{entry.end}]\n")
    labels = {article_id: str(n) for article_id, n in numbers.items()}
    texts = {article_id: article.text for article_id, article in articles.items()}
    out.write("\n" + render_quotes_markdown(load_quotes(conn), texts, labels))
    out.write("\n" + render_figures_markdown(report_series(conn), labels))
    out.write("\n# Sources\n\n")
    for article_id, article in articles.items():
        out.write(f"{numbers[article_id]}. {source_line(article)}\n")


def source_line(article: Article) -> str:
    """How a source is cited: title, where it came from, and its publication date with the basis for it."""
    title = f"*{markdown_text(article.title)}* — " if article.title else ""
    return f"{title}{markdown_text(article.source)} ({published_phrase(article)}; id {article.id})"


def published_phrase(article: Article) -> str:
    published = article.published
    if published.earliest is None and published.latest is None:
        return "publication date unknown"
    return f"published {published.phrase}, from {published.basis}"
