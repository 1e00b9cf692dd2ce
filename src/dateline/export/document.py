"""The ``dateline/1`` document: the public interchange format, built from the store.

Lists a stage has not filled are empty, never invented. Offsets index into each article's ``text``.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from dateline.confidence import shown_or_unknown
from dateline.link.series import report_series
from dateline.model import Article
from dateline.store.annotations import iter_time_expressions
from dateline.store.articles import iso_or_none, iter_articles
from dateline.store.attribution import load_entities
from dateline.store.corrections import corrections
from dateline.store.events import event_links, event_rows
from dateline.store.storylines import list_storylines
from dateline.store.timeline import held_by_day, timeline_by_day

SCHEMA = "dateline/1"


def build_document(conn: sqlite3.Connection) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "articles": [article_record(a) for a in iter_articles(conn)],
        "time_expressions": [{"article_id": article_id, "text": t.text, "start": t.start, "end": t.end,
                              "type": t.type, "value": t.value, "mod": t.mod}
                             for article_id, t in iter_time_expressions(conn)],
        "entities": [{"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases),
                      "titles": list(e.titles), "related": list(e.related)} for e in load_entities(conn)],
        "quotes": quote_records(conn),
        "figures": figure_records(conn),
        "figure_series": figure_series_records(conn),
        "events": event_records(conn),
        "storylines": storyline_records(conn),
        "timeline": timeline_records(conn),
        "held": timeline_records(conn, held=True),
        "corrections": [c.record() for c in corrections(conn, active=False)],
    }


def event_records(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """The events, each with ``reports``, the ids of every event (itself included) that reports the same
    event in the corpus, and ``date_conflicts``, those of the reports that pin it to another day
    (:mod:`dateline.link.events`)."""
    reports, disputed = event_links(conn)
    return [{**row, "reports": reports.get(row["id"], [row["id"]]), "date_conflicts": disputed.get(row["id"], [])}
            for row in event_rows(conn)]


def storyline_records(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    members = conn.execute("SELECT storyline_id, id FROM articles WHERE storyline_id IS NOT NULL "
                           "ORDER BY published_earliest IS NULL, published_earliest, rowid").fetchall()
    return [{"id": s.id, "title": s.title,
             "article_ids": [article_id for storyline_id, article_id in members if storyline_id == s.id]}
            for s in list_storylines(conn)]


def quote_records(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute("""SELECT article_id, text, start, end, kind, speaker, speaker_entity_id, content,
                               cue_start, cue_end, source_start, source_end, speech, date, speaker_confidence,
                               speaker_candidate
                           FROM quotes ORDER BY article_id, start""")
    records = []
    for r in rows:
        speaker = shown_or_unknown(r[5], r[14], r[15])
        records.append({"article_id": r[0], "text": r[1], "start": r[2], "end": r[3], "kind": r[4],
                        "speaker": speaker.value, "speaker_entity_id": r[6] if speaker.value is not None else None,
                        "content": json.loads(r[7]), "cue": _span(r[8], r[9]), "source_span": _span(r[10], r[11]),
                        "speech": bool(r[12]), "date": r[13], "speaker_confidence": r[14],
                        "speaker_candidate": speaker.candidate})
    return records


def figure_records(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute("""SELECT f.article_id, f.value, f.qualifier, f.what, f.source, f.text, f.start, f.end,
                               substr(a.text, f.sentence_start + 1, f.sentence_end - f.sentence_start),
                               f.sentence_start, f.sentence_end, f.date, f.series_key, f.confidence, f.series_candidate,
                               f.source_confidence, f.source_candidate
                           FROM figures f JOIN articles a ON a.id = f.article_id
                           ORDER BY f.series_key, f.date, f.article_id, f.start""")
    keys = ("article_id", "value", "qualifier", "what", "source", "text", "start", "end", "sentence",
            "sentence_start", "sentence_end", "date", "series", "confidence", "series_candidate",
            "source_confidence", "source_candidate")
    records = [dict(zip(keys, row, strict=True)) for row in rows]
    for record in records:
        record["series"], record["series_candidate"] = shown_or_unknown(
            record["series"], record["confidence"], record["series_candidate"])
    return records


def figure_series_records(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Figures counting the same thing, in report order, each point naming its figure by article and span;
    ``conflicts`` pairs indices into ``points`` whose counts cannot both be true, every one kept, each with its
    ``conflict_confidence`` (:func:`~dateline.link.series.conflict_confidence`: views mark those below the line
    unconfirmed). The series are the link stage's (:func:`~dateline.link.series.report_series`)."""
    return [{"series": one.key, "what": one.what,
             "points": [{"article_id": p.figure.article_id, "start": p.figure.span[0], "end": p.figure.span[1],
                         "value": p.figure.value, "source": p.figure.source, "date": p.date,
                         "earliest": p.first_day, "latest": p.last_day, "confidence": p.figure.confidence}
                        for p in one.points],
             "conflicts": [list(pair) for pair in one.conflicts],
             "conflict_confidence": list(one.conflict_confidence)}
            for one in report_series(conn)]


def article_record(article: Article) -> dict[str, Any]:
    """An article; a publication day below the confidence line is null, kept in ``published_candidate``."""
    published = article.published
    day = shown_or_unknown(iso_or_none(published.exact), published.confidence)
    return {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "published": day.value,
        "published_candidate": day.candidate,
        "published_earliest": iso_or_none(published.earliest),
        "published_latest": iso_or_none(published.latest),
        "published_basis": published.basis,
        "published_evidence": [list(span) for span in published.evidence],
        "published_confidence": round(published.confidence, 3),
        "text": article.text,
        "dropped": [{"line": d.line_no, "text": d.text, "reason": d.reason} for d in article.dropped],
    }


def timeline_records(conn: sqlite3.Connection, held: bool = False) -> list[dict[str, Any]]:
    """The timeline by day, each entry with its day's confidence; ``held``: the days held back below the
    confidence line instead, kept for audit (a reader's timeline leaves them out)."""
    storyline_of = dict(conn.execute("SELECT id, storyline_id FROM articles"))
    by_day = held_by_day if held else timeline_by_day
    return [{"date": day.isoformat(),
             "entries": [{"text": e.text, "article_id": e.article_id, "start": e.start, "end": e.end,
                          "storyline_id": storyline_of[e.article_id], "confidence": e.confidence}
                         for e in entries]}
            for day, entries in by_day(conn)]


def _span(start: int | None, end: int | None) -> list[int | None] | None:
    return None if start is None else [start, end]
