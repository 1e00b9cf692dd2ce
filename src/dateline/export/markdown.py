"""Markdown export: the timeline as a reader would want it, every line citing its article."""

from __future__ import annotations

import sqlite3
from typing import Any, TextIO

from dateline.confidence import confidence_label, shown_or_unknown
from dateline.export.escape import markdown_text
from dateline.export.markdown_sections import render_figures_markdown, render_quotes_markdown
from dateline.link.series import report_series
from dateline.model import Article
from dateline.store.articles import iter_articles
from dateline.store.attribution import load_quotes
from dateline.store.events import event_kind, event_links, event_rows, event_when
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
    out.write("\n" + render_events_markdown(conn, labels))
    out.write("\n# Sources\n\n")
    for article_id, article in articles.items():
        out.write(f"{numbers[article_id]}. {source_line(article)}\n")


def render_events_markdown(conn: sqlite3.Connection, labels: dict[str, str]) -> str:
    """"What happened": each article's lead event and every other event that names its actor and is dated,
    in date order, with its status when it is not plainly reported as done, and every party (a joint act's
    sides all as actors: "Biden and Netanyahu"), each below the confidence line as unknown. An event several
    articles report is one line citing every report, and days the reports dispute are flagged as figure
    conflicts are."""
    events = {r["id"]: r for r in event_rows(conn)}
    reports, disputed = event_links(conn)
    rows = [r for r in events.values() if r["main"] or (r["actor"] and (r["date"] or r["earliest"] or r["latest"])
                                                        and r["type"] != "OCCURRENCE")]
    rows.sort(key=lambda r: (r["date"] or r["date_candidate"] or r["earliest"] or r["latest"] or "", r["article_id"],
                             r["start"]))
    lines = ["# What happened", ""]
    told: set[int] = set()
    for r in rows:
        if r["id"] in told:
            continue
        group = [events[i] for i in reports.get(r["id"], [r["id"]])]
        told.update(one["id"] for one in group)
        when = event_when(r)
        kind = event_kind(r)
        who = " → ".join(parties for parties in (party_list(r["actors"]), party_list(r["targets"])) if parties)
        where = f" in {markdown_text(r['location'])}" if r["location"] else ""
        status = "" if r["status"] == "happened" else f", {r['status']}"
        claim = f", says {markdown_text(r['claimed_by'])}" if r["claimed_by"] else ""
        lead = " **lead**" if r["main"] else ""
        cites = "; ".join(f"{labels[one['article_id']]}, chars {one['sentence_start']}–{one['sentence_end']}"
                          for one in group)
        lines.append(f"- {when}: {kind} “{markdown_text(r['text'])}” {who}{where}{status}{claim}{lead} [{cites}]")
        for one in group:
            for other in (events[i] for i in disputed.get(one["id"], []) if i > one["id"]):
                first, second = sorted((one, other), key=lambda e: e["date"])
                lines.append(f"  - **Conflict:** {first['date']} [{labels[first['article_id']]}] vs "
                             f"{second['date']} [{labels[second['article_id']]}]")
    return "\n".join(lines) + "\n"


def party_list(parties: list[dict[str, Any]]) -> str:
    """An event's parties in one role ("Biden and Netanyahu"), each below the confidence line as unknown."""
    return " and ".join(markdown_text(party["text"]) if party["text"] else "unknown" for party in parties)


def source_line(article: Article) -> str:
    """How a source is cited: title, where it came from, and its publication date with the basis for it."""
    title = f"*{markdown_text(article.title)}* — " if article.title else ""
    return f"{title}{markdown_text(article.source)} ({published_phrase(article)}; id {article.id})"


def published_phrase(article: Article) -> str:
    """The publication date in words with its basis; below the confidence line, unknown with the candidate."""
    published = article.published
    if published.earliest is None and published.latest is None:
        return "publication date unknown"
    sure = confidence_label(published.confidence)
    if shown_or_unknown(published.phrase, published.confidence).value is None:
        return f"publication date unknown (candidate {published.phrase}, from {published.basis}, confidence {sure})"
    return f"published {published.phrase}, from {published.basis}, confidence {sure}"
