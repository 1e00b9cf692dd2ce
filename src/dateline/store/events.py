"""Events (``dateline_events``): saved per article with its other annotations and the evidence of their dates
(re-dated without a parse when the corpus dates their article), read back with their words and the canonical
entities their actor and target mentions were linked to; and the reports of one event across articles, with
the days they dispute, as the link stage saves them (:mod:`dateline.link.events`)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from dateline.records import Event, EventDates, EventDating, EventReport
from dateline.store.attribution import spans_from_json, spans_json

#: An event as the exports and the ``events`` command read it, in the ``dateline/1`` field order.
EVENT_FIELDS = ("id", "article_id", "type", "mode", "actor", "actor_entity_id", "target", "target_entity_id",
                "date", "earliest", "latest", "location", "status", "claimed_by", "main", "text", "start", "end",
                "sentence_start", "sentence_end")


def insert_events(conn: sqlite3.Connection, article_id: str, events: list[Event]) -> None:
    conn.executemany("""INSERT INTO events (article_id, type, mode, start, end, sentence_start, sentence_end,
                        status, claimed_by, actor_start, actor_end, actor_mention_start, actor_mention_end,
                        target_start, target_end, target_mention_start, target_mention_end, location_start,
                        location_end, day, earliest, latest, main, dated_by, said_dated_by, news_of_day)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                     [(article_id, e.type, e.mode, *e.trigger, *e.sentence, e.status, e.claimed_by,
                       *_pair(e.actor), *_pair(e.actor_mention), *_pair(e.target), *_pair(e.target_mention),
                       *_pair(e.location), e.date, e.earliest, e.latest, e.main, spans_json(e.dated_by),
                       spans_json(e.said_dated_by), e.news_of_day) for e in events])


def load_event_dating(conn: sqlite3.Connection, article_id: str) -> list[EventDating]:
    """What each of an article's events is dated by, as its analysis stored it."""
    rows = conn.execute("""SELECT id, status, dated_by, said_dated_by, news_of_day FROM events
                           WHERE article_id = ? ORDER BY id""", (article_id,))
    return [(row_id, status, spans_from_json(dated_by), spans_from_json(said_dated_by), bool(news_of_day))
            for row_id, status, dated_by, said_dated_by, news_of_day in rows]


def update_event_dates(conn: sqlite3.Connection, dates: Iterable[EventDates]) -> None:
    conn.executemany("UPDATE events SET day = ?2, earliest = ?3, latest = ?4 WHERE id = ?1", dates)


def load_event_reports(conn: sqlite3.Connection, event_ids: Collection[int] | None = None) -> list[EventReport]:
    """Every event reported as having happened (or those of ``event_ids``), with its actor's and target's
    canonical entities."""
    among = "1" if event_ids is None else "v.id IN (SELECT value FROM json_each(?))"
    rows = conn.execute(f"""
        SELECT v.id, v.article_id, v.type, v.mode, {_linked('actor')}, {_linked('target')},
               coalesce((SELECT e.type = 'PERSON' FROM entities e WHERE e.id = {_linked('target')}), 0),
               v.day, v.earliest, v.latest
        FROM events v WHERE v.status IN ('happened', 'ongoing', 'claimed') AND {among} ORDER BY v.id""",
                        () if event_ids is None else (json.dumps(sorted(event_ids)),))
    return [EventReport(id_, article_id, type_, mode, actor, target, bool(person), day, earliest, latest)
            for id_, article_id, type_, mode, actor, target, person, day, earliest, latest in rows]


def events_of_articles(conn: sqlite3.Connection, article_ids: Sequence[str]) -> set[int]:
    return {row[0] for row in conn.execute(
        "SELECT id FROM events WHERE article_id IN (SELECT value FROM json_each(?))", (json.dumps(list(article_ids)),))}


def events_naming(conn: sqlite3.Connection, entity_ids: Collection[str]) -> set[int]:
    """The events whose actor or target is a mention of one of these entities."""
    return {row[0] for row in conn.execute("""
        SELECT v.id FROM entity_mentions m JOIN events v ON v.article_id = m.article_id
        WHERE m.entity_id IN (SELECT value FROM json_each(?))
            AND (v.actor_mention_start = m.start AND v.actor_mention_end = m.end
                 OR v.target_mention_start = m.start AND v.target_mention_end = m.end)""",
        (json.dumps(sorted(entity_ids)),))}


def reported_with(conn: sqlite3.Connection, event_ids: Collection[int]) -> set[int]:
    """Every report of the events these are reports of, as the last link saved them."""
    return {row[0] for row in conn.execute("""
        SELECT event_id FROM event_reports WHERE first_report IN (
            SELECT first_report FROM event_reports WHERE event_id IN (SELECT value FROM json_each(?)))""",
        (json.dumps(sorted(event_ids)),))}


def replace_event_links(conn: sqlite3.Connection, groups: Iterable[list[EventReport]],
                        conflicts: Iterable[tuple[int, int]], among: Collection[int] | None = None) -> None:
    """Save the reports of each event reported more than once, and the days they dispute, in place of the
    last link's: all of them, or those of the events ``among`` (which ``groups`` must hold whole)."""
    chosen = "1" if among is None else "{} IN (SELECT value FROM json_each(:among))"
    params = {"among": json.dumps(sorted(among or []))}
    conn.execute(f"DELETE FROM event_reports WHERE {chosen.format('event_id')}", params)
    conn.execute(f"DELETE FROM event_date_conflicts WHERE {chosen.format('first')} OR {chosen.format('second')}",
                 params)
    conn.executemany("INSERT INTO event_reports (event_id, first_report) VALUES (?, ?)",
                     [(report.id, group[0].id) for group in groups for report in group])
    conn.executemany("INSERT INTO event_date_conflicts (first, second) VALUES (?, ?)", conflicts)


def event_links(conn: sqlite3.Connection) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
    """Event id -> the ids of every report of the same event (itself included), for events reported more
    than once; and event id -> the reports that claim another day for it."""
    reports: dict[int, list[int]] = {}
    for event_id, first in conn.execute("SELECT event_id, first_report FROM event_reports ORDER BY event_id"):
        reports[event_id] = reports.setdefault(first, [])
        reports[event_id].append(event_id)
    disputed: dict[int, list[int]] = {}
    for first, second in conn.execute("SELECT first, second FROM event_date_conflicts ORDER BY first, second"):
        disputed.setdefault(first, []).append(second)
        disputed.setdefault(second, []).append(first)
    return reports, disputed


def _linked(role: str) -> str:
    """The canonical entity of an actor's or target's heading mention."""
    return f"""(SELECT m.entity_id FROM entity_mentions m WHERE m.article_id = v.article_id
                AND m.start = v.{role}_mention_start AND m.end = v.{role}_mention_end)"""


def _words(start: str, end: str) -> str:
    return f"substr(a.text, v.{start} + 1, v.{end} - v.{start})"


def event_rows(conn: sqlite3.Connection, where: str = "1", params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    """Events in article then text order, as dicts of :data:`EVENT_FIELDS`; ``where`` filters them (on
    ``v`` the events, ``a`` the articles, ``actor_entity``/``target_entity`` the entities' names)."""
    rows = conn.execute(f"""
        SELECT * FROM (
            SELECT v.id, v.article_id, v.type, v.mode, {_words('actor_start', 'actor_end')} AS actor,
                   {_linked('actor')} AS actor_entity_id, {_words('target_start', 'target_end')} AS target,
                   {_linked('target')} AS target_entity_id, v.day, v.earliest, v.latest,
                   {_words('location_start', 'location_end')} AS location, v.status, v.claimed_by, v.main,
                   {_words('start', 'end')} AS text, v.start, v.end, v.sentence_start, v.sentence_end,
                   a.storyline_id
            FROM events v JOIN articles a ON a.id = v.article_id) AS v
        LEFT JOIN entities actor_entity ON actor_entity.id = v.actor_entity_id
        LEFT JOIN entities target_entity ON target_entity.id = v.target_entity_id
        WHERE {where} ORDER BY v.article_id, v.start""", params)
    return [{**dict(zip(EVENT_FIELDS, row[:len(EVENT_FIELDS)], strict=True)), "main": bool(row[14])}
            for row in rows]


def _pair(span: tuple[int, int] | None) -> tuple[int | None, int | None]:
    return span if span is not None else (None, None)
