"""Events (``dateline_events``): saved per article with its other annotations and the evidence of their dates
(re-dated without a parse when the corpus dates their article), read back with their words and the canonical
entities their actor and target mentions were linked to; and the reports of one event across articles, with
the days they dispute, as the link stage saves them (:mod:`dateline.link.events`)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from dateline.confidence import day_confidence, day_evidence, party_confidence, shown_or_unknown, type_confidence
from dateline.days import day_range_phrase
from dateline.records import Event, EventDates, EventDating, EventReport, Offsets
from dateline.store.attribution import spans_from_json, spans_json

#: An event as the exports and the ``events`` command read it, in the ``dateline/1`` field order.
EVENT_FIELDS = ("id", "article_id", "type", "mode", "actor", "actor_entity_id", "target", "target_entity_id",
                "date", "earliest", "latest", "location", "status", "claimed_by", "main", "text", "start", "end",
                "sentence_start", "sentence_end", "actors", "targets", "confidence")

#: The ids of events one of whose actors (any party in the actor role) has words, or a canonical entity whose
#: name, is LIKE the pattern ``:actor``.
_ACTOR_NAMED = r"""SELECT p.event_id FROM event_parties p JOIN events e ON e.id = p.event_id
                   LEFT JOIN entity_mentions m ON m.article_id = e.article_id AND m.start = p.mention_start
                                                  AND m.end = p.mention_end
                   LEFT JOIN entities n ON n.id = m.entity_id
                   WHERE p.role = 'actor' AND (p.text LIKE :actor ESCAPE '\' OR n.name LIKE :actor ESCAPE '\')"""

#: Events oldest first, undated last: the expression the ``events_by_date`` index keeps (migration 0015).
_OLDEST_FIRST = "coalesce(v.day, v.earliest, v.latest, '9999-12-31'), v.id"


def insert_events(conn: sqlite3.Connection, article_id: str, events: list[Event],
                  mentions: Sequence[Offsets] = ()) -> None:
    """An article's events, each with every party (:func:`insert_parties`); ``mentions``: the spans of the
    article's entity mentions as stored, among which each party's name is found."""
    for e in events:
        event_id = conn.execute("""
            INSERT INTO events (article_id, type, mode, start, end, sentence_start, sentence_end, status, claimed_by,
                                actor_start, actor_end, actor_mention_start, actor_mention_end, target_start,
                                target_end, target_mention_start, target_mention_end, location_start, location_end,
                                day, earliest, latest, main, dated_by, said_dated_by, news_of_day, actor_evidence,
                                candidate_dated_by, type_evidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (article_id, e.type, e.mode, *e.trigger, *e.sentence, e.status, e.claimed_by, *_pair(e.actor),
             *_pair(e.actor_mention), *_pair(e.target), *_pair(e.target_mention), *_pair(e.location), e.date,
             e.earliest, e.latest, e.main, spans_json(e.dated_by), spans_json(e.said_dated_by),
             e.news_of_day, e.actor_evidence, spans_json(e.candidate_dated_by), e.type_evidence)).lastrowid
        insert_parties(conn, article_id, event_id, e, mentions)


def insert_parties(conn: sqlite3.Connection, article_id: str, event_id: int | None, event: Event,
                   mentions: Sequence[Offsets]) -> None:
    """Every party of one event, in each role in text order, with its words and the mention that names it
    (:func:`party_mention`)."""
    heads = tuple(span for span in (event.actor_mention, event.target_mention) if span is not None)
    conn.executemany("""INSERT INTO event_parties (event_id, role, position, start, end, text, mention_start,
                        mention_end)
                        SELECT ?1, ?2, ?3, ?4, ?5, substr(a.text, ?4 + 1, ?5 - ?4), ?6, ?7
                        FROM articles a WHERE a.id = ?8""",
                     [(event_id, role, position, *span, *_pair(party_mention(span, mentions, heads)),
                       article_id)
                      for role, spans in (("actor", event.actors), ("target", event.targets))
                      for position, span in enumerate(spans)])


def party_mention(span: Offsets, mentions: Sequence[Offsets], heads: Sequence[Offsets]) -> Offsets | None:
    """The entity mention that names a party, among those within its words: the one the event's actor or
    target was headed by (the parse chose it), else one that ends the phrase (English names its head
    last), else the first; None when the party names no entity ("police", "he")."""
    inside = [m for m in mentions if span[0] <= m[0] and m[1] <= span[1]]
    return next((m for m in inside if any(m[0] < head[1] and head[0] < m[1] for head in heads)), None) \
        or next((m for m in inside if m[1] == span[1]), None) or next(iter(inside), None)


def load_event_dating(conn: sqlite3.Connection, article_id: str) -> list[EventDating]:
    """What each of an article's events is dated by, as its analysis stored it."""
    rows = conn.execute("""SELECT id, status, dated_by, said_dated_by, news_of_day, candidate_dated_by FROM events
                           WHERE article_id = ? ORDER BY id""", (article_id,))
    return [(row_id, status, spans_from_json(dated_by), spans_from_json(said_dated_by), bool(news_of_day),
             spans_from_json(candidate_by))
            for row_id, status, dated_by, said_dated_by, news_of_day, candidate_by in rows]


def update_event_dates(conn: sqlite3.Connection, dates: Iterable[EventDates]) -> None:
    conn.executemany("UPDATE events SET day = ?2, earliest = ?3, latest = ?4 WHERE id = ?1", dates)


def load_event_reports(conn: sqlite3.Connection, event_ids: Collection[int] | None = None) -> list[EventReport]:
    """Every event reported as having happened (or those of ``event_ids``), with its actor's and target's
    canonical entities; a ``doubtful`` actor's entity is kept for audit, not to link reports by, so it counts as
    none."""
    among = "1" if event_ids is None else "v.id IN (SELECT value FROM json_each(?))"
    rows = conn.execute(f"""
        SELECT v.id, v.article_id, v.type, v.mode,
               CASE WHEN v.actor_evidence IS NOT 'doubtful' THEN {_linked('actor')} END, {_linked('target')},
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


def _names_a_day(spans: str) -> str:
    """Whether one of the time expressions an event stores in the column ``spans`` names a day."""
    return f"""EXISTS (SELECT 1 FROM json_each(v.{spans}) j JOIN time_expressions t
                       ON t.article_id = v.article_id AND t.start = j.value ->> 0 AND t.end = j.value ->> 1
                       WHERE t.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*')"""


def event_rows(conn: sqlite3.Connection, where: str = "1", params: tuple[Any, ...] = (),
               show: bool = True) -> list[dict[str, Any]]:
    """Events in article then text order, as dicts of :data:`EVENT_FIELDS`; ``where`` filters them (on
    ``v`` the events, ``a`` the articles, ``actor_entity``/``target_entity`` the entities' names).

    Each has its ``actors`` and ``targets`` (:func:`event_parties`) and the ``confidence`` of its actor,
    target and day (:mod:`dateline.confidence`, from the evidence stored with it, so a redate never leaves a
    stale one). As every view shows them (``show``), a party, actor, target or day below the confidence line
    is unknown (None), kept in its ``*_candidate``, and so is a lead's type typed by a rule too unsure to show
    (:data:`dateline.confidence.TYPE_CONFIDENCE`); ``show=False`` gives them as found, for evaluation, with
    what the day rests on (``day_evidence``, :func:`dateline.confidence.day_evidence`) and which rule typed
    the event (``type_evidence``)."""
    cursor = conn.execute(f"""
        SELECT v.* FROM (
            SELECT v.id, v.article_id, v.type, v.mode, {_words('actor_start', 'actor_end')} AS actor,
                   {_linked('actor')} AS actor_entity_id, {_words('target_start', 'target_end')} AS target,
                   {_linked('target')} AS target_entity_id, v.day AS date, v.earliest, v.latest,
                   {_words('location_start', 'location_end')} AS location, v.status, v.claimed_by, v.main,
                   {_words('start', 'end')} AS text, v.start, v.end, v.sentence_start, v.sentence_end,
                   a.storyline_id, v.actor_start, v.actor_end, v.actor_mention_start, v.actor_mention_end,
                   v.target_start, v.target_end, v.target_mention_start, v.target_mention_end, v.news_of_day,
                   v.actor_evidence, v.type_evidence,
                   {_names_a_day('dated_by')} AS stated_day, {_names_a_day('said_dated_by')} AS said_day,
                   {_names_a_day('candidate_dated_by')} AS candidate_named
            FROM events v JOIN articles a ON a.id = v.article_id) AS v
        LEFT JOIN entities actor_entity ON actor_entity.id = v.actor_entity_id
        LEFT JOIN entities target_entity ON target_entity.id = v.target_entity_id
        WHERE {where} ORDER BY v.article_id, v.start""", params)
    names = [column[0] for column in cursor.description]
    found = [dict(zip(names, row, strict=True)) for row in cursor]
    parties = event_parties(conn, [row["id"] for row in found])
    rows = []
    for row in found:
        sentence = (row["sentence_start"], row["sentence_end"])
        sure = {role: party_confidence(row[role], _span(row, f"{role}_mention"), _span(row, role), sentence,
                                       lead_actor=bool(row["main"]) and role == "actor",
                                       stored=row["actor_evidence"] if role == "actor" else None)
                for role in ("actor", "target")}
        evidence = day_evidence(row["date"], bool(row["stated_day"]), bool(row["news_of_day"]), bool(row["said_day"]),
                                bool(row["candidate_named"]))
        sure["date"] = day_confidence(evidence)
        sure["type"] = type_confidence(row["type_evidence"])
        event = {**{name: row[name] for name in EVENT_FIELDS[:-3]}, "main": bool(row["main"]),
                 **parties.get(row["id"], {"actors": [], "targets": []}), "confidence": sure}
        rows.append(shown_event(event) if show
                    else {**event, "day_evidence": evidence, "type_evidence": row["type_evidence"]})
    return rows


def rows_of_events(conn: sqlite3.Connection, ids: Sequence[int]) -> list[dict[str, Any]]:
    """The shown rows (:func:`event_rows`) of the events with these ids, in article then text order."""
    return event_rows(conn, "v.id IN (SELECT value FROM json_each(?))", (json.dumps(list(ids)),))


def shown_event(event: dict[str, Any]) -> dict[str, Any]:
    """An event as the views show it: its type, actor, target and day, and each party, unknown below the
    confidence line (an unknown actor or target has no entity; an unknown day keeps only a range wider than
    itself, the bounds its report allows), the value kept as candidate. An unknown type drops its mode, which
    only refines it."""
    shown = dict(event)
    sure = event["confidence"]
    shown["type"], shown["type_candidate"] = shown_or_unknown(event["type"], sure.get("type"))
    if shown["type"] is None:
        shown["mode"] = None
    for role in ("actor", "target"):
        shown[role], shown[f"{role}_candidate"] = shown_or_unknown(event[role], sure[role])
        if shown[role] is None:
            shown[f"{role}_entity_id"] = None
    shown["date"], shown["date_candidate"] = shown_or_unknown(event["date"], sure["date"])
    if shown["date_candidate"] is not None and event["earliest"] == event["latest"]:
        shown["earliest"] = shown["latest"] = None
    for role in ("actors", "targets"):
        shown[role] = [_shown_party(party) for party in event[role]]
    return shown


def event_when(event: dict[str, Any]) -> str:
    """A shown event's day or range in words; a day below the confidence line is unknown, with its candidate
    and the range its report allows: "on or before 2019-11-20 (day unknown; candidate 2019-11-20)"."""
    if event["date_candidate"] is not None:
        bounds = day_range_phrase(event["earliest"], event["latest"])
        candidate = f"candidate {event['date_candidate']}"
        return f"unknown ({candidate})" if bounds == "unknown" else f"{bounds} (day unknown; {candidate})"
    return event["date"] or day_range_phrase(event["earliest"], event["latest"])


def event_type(event: dict[str, Any]) -> str:
    """A shown event's type; one below the confidence line is unknown, with its candidate: "unknown (candidate
    OCCURRENCE)"."""
    return event["type"] or f"unknown (candidate {event['type_candidate']})"


def event_kind(event: dict[str, Any]) -> str:
    """A shown event's type (:func:`event_type`) with its mode: "ASSAULT (attack)"."""
    return f"{event['type']} ({event['mode']})" if event["mode"] else event_type(event)


def _shown_party(party: dict[str, Any]) -> dict[str, Any]:
    text, candidate = shown_or_unknown(party["text"], party["confidence"])
    return {**party, "text": text, "entity_id": party["entity_id"] if text is not None else None,
            "candidate": candidate}


def events_with_party(conn: sqlite3.Connection, entity_id: str, role: str, limit: int) -> list[int]:
    """The first ``limit`` events, oldest first (undated last), one of whose parties in ``role`` (``actor`` or
    ``target``) is named by a mention of this entity."""
    return [row[0] for row in conn.execute(f"""
        SELECT v.id FROM events v WHERE v.id IN (
            SELECT p.event_id FROM entity_mentions m JOIN events e ON e.article_id = m.article_id
            JOIN event_parties p ON p.event_id = e.id AND p.mention_start = m.start AND p.mention_end = m.end
            WHERE m.entity_id = ? AND p.role = ?)
        ORDER BY {_OLDEST_FIRST} LIMIT ?""", (entity_id, role, limit))]


def events_matching(conn: sqlite3.Connection, storyline: str | None = None, type_: str | None = None,
                    actor: str | None = None, listed: str = "1", limit: int = -1) -> list[int]:
    """The ids of the events, oldest first (undated last), of one storyline's articles (None: every article),
    of one type (in any case), one of whose actors names ``actor`` (its words or its entity's name contain it),
    and meeting ``listed`` (SQL on ``v``, the events); at most ``limit`` (-1: all). The ``events`` command's
    options and the web's filters of a storyline's events, so both always find the same events."""
    chosen = [listed, *(condition for condition, value in (("a.storyline_id = :storyline", storyline),
                                                          ("v.type = :type", type_),
                                                          (f"v.id IN ({_ACTOR_NAMED})", actor)) if value)]
    return [row[0] for row in conn.execute(f"""
        SELECT v.id FROM events v JOIN articles a ON a.id = v.article_id WHERE {' AND '.join(chosen)}
        ORDER BY {_OLDEST_FIRST} LIMIT :limit""",
        {"storyline": storyline, "type": type_ and type_.upper(), "actor": actor and f"%{_literal(actor)}%",
         "limit": limit})]


def _literal(text: str) -> str:
    """``text`` matched as itself by LIKE ... ESCAPE '\\': its ``%`` and ``_`` are no wildcards."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def event_parties(conn: sqlite3.Connection, event_ids: Sequence[int]) -> dict[int, dict[str, list[dict[str, Any]]]]:
    """Event id -> its ``actors`` and ``targets``, each in text order as ``{"text", "entity_id", "start",
    "end", "confidence"}``: the entity is the canonical one its naming mention is linked to, as for the
    primary actor; a lead event's actors are as sure as a lead actor of their kind is, the primary actor's
    party of the kind the extractor stored for it."""
    rows = conn.execute("""
        SELECT p.event_id, p.role, p.text, m.entity_id, p.start, p.end, p.mention_start, p.mention_end,
               v.sentence_start, v.sentence_end, v.main,
               CASE WHEN p.role = 'actor' AND p.start = v.actor_start AND p.end = v.actor_end
                    THEN v.actor_evidence END
        FROM event_parties p JOIN events v ON v.id = p.event_id
        LEFT JOIN entity_mentions m ON m.article_id = v.article_id AND m.start = p.mention_start
                                       AND m.end = p.mention_end
        WHERE p.event_id IN (SELECT value FROM json_each(?)) ORDER BY p.event_id, p.role, p.position""",
                        (json.dumps(list(event_ids)),))
    parties: dict[int, dict[str, list[dict[str, Any]]]] = {}
    for event_id, role, text, entity_id, start, end, mention_start, mention_end, *sentence, main, stored in rows:
        mention = (mention_start, mention_end) if mention_start is not None else None
        party = {"text": text, "entity_id": entity_id, "start": start, "end": end,
                 "confidence": party_confidence(text, mention, (start, end), (sentence[0], sentence[1]),
                                                lead_actor=bool(main) and role == "actor", stored=stored)}
        parties.setdefault(event_id, {"actors": [], "targets": []})[f"{role}s"].append(party)
    return parties


def _span(row: dict[str, Any], name: str) -> Offsets | None:
    start, end = row[f"{name}_start"], row[f"{name}_end"]
    return (start, end) if start is not None else None


def _pair(span: tuple[int, int] | None) -> tuple[int | None, int | None]:
    return span if span is not None else (None, None)
