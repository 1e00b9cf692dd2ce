"""Rows the per-article NLP stage derives: sentences (indexed by FTS5), entity mentions, time expressions,
quotes, figures and events; and what their dates are relative to, so a new publication date re-dates them."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator

from dateline.counts import series_key
from dateline.model import ArticleAnalysis, DatedRows, Redated, Sentence, StoredDating, TimeExpression, TimexForm
from dateline.records import EventMention, Figure, Quote
from dateline.store.attribution import spans_from_json, spans_json
from dateline.store.events import insert_events

_DERIVED_TABLES = ("sentences", "entity_mentions", "time_expressions", "quotes", "figures", "event_mentions",
                   "timex_forms", "events")


def replace_analysis(conn: sqlite3.Connection, analysis: ArticleAnalysis) -> None:
    """Store one article's analysis, replacing any earlier one so re-runs never duplicate rows."""
    article_id = analysis.article_id
    for table in _DERIVED_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
    conn.executemany("INSERT INTO sentences (article_id, idx, start, end, text) VALUES (?, ?, ?, ?, ?)",
                     [(article_id, i, s.start, s.end, s.text) for i, s in enumerate(analysis.sentences)])
    conn.executemany("""INSERT INTO entity_mentions (article_id, start, end, text, label, title, refers_to,
                        related_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                     [(article_id, m.start, m.end, m.text, m.label, m.title, m.refers_to, m.related_to)
                      for m in analysis.mentions])
    insert_timexes(conn, article_id, analysis.timexes)
    insert_quotes(conn, article_id, analysis.quotes)
    insert_figures(conn, article_id, analysis.figures)
    insert_event_keys(conn, article_id, analysis.event_keys)
    insert_events(conn, article_id, analysis.events, [(m.start, m.end) for m in analysis.mentions])
    conn.executemany("""INSERT INTO timex_forms (article_id, start, end, rule, match_start, direction, event)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""",
                     [(article_id, f.start, f.end, f.rule, f.match_start, f.direction,
                       analysis.form_events.get((f.start, f.end))) for f in analysis.timex_forms])


def insert_timexes(conn: sqlite3.Connection, article_id: str, timexes: list[TimeExpression]) -> None:
    conn.executemany("""INSERT INTO time_expressions (article_id, start, end, text, type, value, mod)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""",
                     [(article_id, t.start, t.end, t.text, t.type, t.value, t.mod) for t in timexes])


def insert_event_keys(conn: sqlite3.Connection, article_id: str, events: list[EventMention]) -> None:
    conn.executemany("""INSERT INTO event_mentions (article_id, event, start, end, day, amount, unit)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""",
                     [(article_id, e.event, e.start, e.end, e.day, e.amount, e.unit) for e in events])


def insert_quotes(conn: sqlite3.Connection, article_id: str, quotes: list[Quote]) -> None:
    rows = [(article_id, q.kind, q.start, q.end, json.dumps([list(c) for c in q.content]),
             *(q.cue or (None, None)), *(q.source or (None, None)), q.speaker, q.speaker_label,
             *(q.speaker_span or (None, None)), q.speech, q.date, spans_json(q.dated_by), q.speaker_confidence,
             q.speaker_candidate) for q in quotes]
    conn.executemany("""INSERT INTO quotes (article_id, kind, start, end, content, text, cue_start, cue_end,
                        source_start, source_end, speaker, speaker_label, speaker_start, speaker_end, speech, date,
                        dated_by, speaker_confidence, speaker_candidate)
                        SELECT ?1, ?2, ?3, ?4, ?5, substr(a.text, ?3 + 1, ?4 - ?3), ?6, ?7, ?8, ?9, ?10, ?11,
                               ?12, ?13, ?14, ?15, ?16, ?17, ?18 FROM articles a WHERE a.id = ?1""", rows)


def insert_figures(conn: sqlite3.Connection, article_id: str, figures: list[Figure]) -> None:
    """A figure outside every series (below its threshold) keeps its key as ``series_candidate``, for audit."""
    conn.executemany("""INSERT INTO figures (article_id, value, text, start, end, qualifier, what, source,
                        source_start, source_end, sentence_start, sentence_end, date, series_key, dated_by,
                        confidence, series_candidate, source_confidence, source_candidate)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                     [(article_id, f.value, f.text, *f.span, f.qualifier, f.what, f.source,
                       *(f.source_span or (None, None)), *f.sentence, f.date,
                       series_key(f.what) if f.in_series else None, spans_json(f.dated_by), f.confidence,
                       None if f.in_series else series_key(f.what), f.source_confidence, f.source_candidate)
                      for f in figures])


def load_stored_dating(conn: sqlite3.Connection, article_id: str) -> StoredDating:
    """What an article's dates are relative to, as its analysis stored it."""
    forms = conn.execute("""SELECT start, end, rule, match_start, direction, event FROM timex_forms
                            WHERE article_id = ? ORDER BY id""", (article_id,)).fetchall()

    def dated_rows(table: str) -> DatedRows:
        rows = conn.execute(f"SELECT id, dated_by FROM {table} WHERE article_id = ? ORDER BY id", (article_id,))
        return [(row_id, spans_from_json(spans)) for row_id, spans in rows]

    return StoredDating([TimexForm(*row[:5]) for row in forms],
                        {(row[0], row[1]): row[5] for row in forms if row[5] is not None},
                        dated_rows("quotes"), dated_rows("figures"))


def save_redated(conn: sqlite3.Connection, article_id: str, redated: Redated) -> None:
    """Store an article's dates against its new publication date in place of the old ones."""
    conn.execute("DELETE FROM time_expressions WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM event_mentions WHERE article_id = ?", (article_id,))
    insert_timexes(conn, article_id, redated.timexes)
    insert_event_keys(conn, article_id, redated.event_keys)
    conn.executemany("UPDATE quotes SET date = ?2 WHERE id = ?1 AND date IS NOT ?2", redated.quote_dates)
    conn.executemany("UPDATE figures SET date = ?2 WHERE id = ?1 AND date IS NOT ?2", redated.figure_dates)


def article_sentences(conn: sqlite3.Connection, article_id: str) -> list[Sentence]:
    rows = conn.execute("SELECT start, end, text FROM sentences WHERE article_id = ? ORDER BY idx", (article_id,))
    return [Sentence(*row) for row in rows]


def article_timexes(conn: sqlite3.Connection, article_id: str) -> list[TimeExpression]:
    rows = conn.execute("""SELECT start, end, text, type, value, mod FROM time_expressions
                           WHERE article_id = ? ORDER BY start""", (article_id,))
    return [TimeExpression(*row) for row in rows]


def iter_time_expressions(conn: sqlite3.Connection) -> Iterator[tuple[str, TimeExpression]]:
    """(article_id, expression) for every stored time expression, by article then position."""
    rows = conn.execute("""SELECT article_id, start, end, text, type, value, mod FROM time_expressions
                           ORDER BY article_id, start""")
    for row in rows:
        yield row[0], TimeExpression(*row[1:])
