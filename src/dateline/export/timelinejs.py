"""TimelineJS export: the timeline as Knight Lab TimelineJS3 JSON, one event per timeline entry.

TimelineJS renders ``headline`` and ``text`` as HTML, so every string from an article is escaped here;
a hostile article shows its markup as text in the slide, never runs it. ``group`` is the title of the
storyline holding the entry's article (the whole store's, for an article in none).
"""

from __future__ import annotations

import json
import sqlite3
from html import escape
from typing import Any, TextIO

from dateline.confidence import confidence_label
from dateline.export.document import build_document
from dateline.web.storylines import WHOLE_STORE_TITLE


def export_timelinejs(conn: sqlite3.Connection, out: TextIO) -> None:
    json.dump(timelinejs_document(build_document(conn)), out, ensure_ascii=False, indent=2)
    out.write("\n")


def timelinejs_document(document: dict[str, Any]) -> dict[str, Any]:
    """The TimelineJS document for a ``dateline/1`` document."""
    articles = {article["id"]: article for article in document["articles"]}
    groups = {article_id: storyline["title"] for storyline in document.get("storylines", [])
              for article_id in storyline["article_ids"]}
    events = [_event(day["date"], entry, articles[entry["article_id"]],
                     groups.get(entry["article_id"], WHOLE_STORE_TITLE))
              for day in document["timeline"] for entry in day["entries"]]
    summary = f"{len(events)} dated sentences from {len(articles)} articles"
    return {"title": {"text": {"headline": "Timeline", "text": f"<p>{summary}</p>"}}, "events": events}


def _event(day: str, entry: dict[str, Any], article: dict[str, Any], group: str) -> dict[str, Any]:
    """One slide; its citation ends with how sure the timeline is of the day (TimelineJS has no field for it)."""
    year, month, day_of_month = (int(part) for part in day.split("-"))
    published = f", {article['published']}" if article["published"] else ""
    sure = f" · confidence {confidence_label(entry['confidence'])}" if entry["confidence"] is not None else ""
    citation = f"{article['title'] or article['source']}{published}{sure}"
    return {"start_date": {"year": year, "month": month, "day": day_of_month},
            "text": {"headline": escape(article["title"] or article["source"]),
                     "text": f"<p>{escape(entry['text'])}</p><p><cite>{escape(citation)}</cite></p>"},
            "group": group,
            "unique_id": f"{entry['article_id']}-{entry['start']}"}
