"""A storyline beyond its timeline: who said what (by speaker), what happened (events), and the marks the
interactive timeline draws from all three. Each list is capped, so a page of a store of any size stays quick."""

from __future__ import annotations

import sqlite3

from dateline.store.events import events_matching
from dateline.web.articles import quotes
from dateline.web.citations import ARTICLE_COLUMNS, article_href, cite
from dateline.web.events import DatedEvent, dated_events
from dateline.web.models import ChartItem, ChartPage, EventItem, EventsPage, Speaker, SpeakersPage
from dateline.web.storylines import WHOLE_STORE, scope, storyline

#: The interactive timeline draws at most this many marks of each group.
CHART_CAP = 1000
SPEAKERS_SHOWN, QUOTES_PER_SPEAKER, EVENTS_SHOWN = 30, 10, 200
#: The events a storyline's page lists: each article's lead event, and those naming who acted.
_LISTED = "(v.main OR v.actor_start IS NOT NULL)"


def chart_page(conn: sqlite3.Connection, storyline_id: str) -> ChartPage:
    """The storyline's timeline entries, dated quotes and dated lead events, as marks on a zoomable time axis."""
    line = storyline(conn, storyline_id)
    params = {"storyline": storyline_id, "cap": CHART_CAP + 1}
    entries = conn.execute(f"""SELECT e.day, e.start, e.end, e.text, {ARTICLE_COLUMNS}
                               FROM timeline_entries e JOIN articles a ON a.id = e.article_id
                               WHERE {scope(storyline_id, 'e')} ORDER BY e.day LIMIT :cap""", params).fetchall()
    said = conn.execute(f"""SELECT q.date, q.start, q.end, q.text, coalesce(s.name, q.speaker) AS speaker,
                                   {ARTICLE_COLUMNS}
                            FROM quotes q JOIN articles a ON a.id = q.article_id
                            LEFT JOIN entities s ON s.id = q.speaker_entity_id
                            WHERE q.date IS NOT NULL AND {scope(storyline_id, 'a')} ORDER BY q.date LIMIT :cap""",
                        params).fetchall()
    happened = _events(conn, storyline_id, "v.main AND coalesce(v.day, v.earliest) IS NOT NULL", CHART_CAP + 1)
    items = [ChartItem(group="timeline", start=r["day"], end=None, text=r["text"], label="",
                       href=article_href(cite(r, r["start"], r["end"]))) for r in entries[:CHART_CAP]]
    items += [ChartItem(group="quotes", start=r["date"], end=None, text=r["text"], label=r["speaker"] or "unknown",
                        href=article_href(cite(r, r["start"], r["end"]))) for r in said[:CHART_CAP]]
    items += [ChartItem(group="events", start=e.date_start, end=e.date_end, text=_event_text(e.item),
                        label=e.item.type, href=article_href(e.item.cite))
              for e in happened[:CHART_CAP] if e.date_start]
    return ChartPage(storyline=line, items=items,
                     truncated=any(len(rows) > CHART_CAP for rows in (entries, said, happened)))


def _event_text(event: EventItem) -> str:
    """"Israel → Hamas (ASSAULT) in Gaza": who did it to whom, and where."""
    who = " → ".join(" and ".join(parties) for parties in (event.actors, event.targets) if parties)
    where = f" in {event.location}" if event.location else ""
    return f"{who or event.type.lower()}{where}"


def speakers_page(conn: sqlite3.Connection, storyline_id: str) -> SpeakersPage:
    """Who said what: the storyline's most quoted speakers (those linked to an entity), each with their quotes
    oldest first."""
    line = storyline(conn, storyline_id)
    # The whole store's counts come from the speaker index alone; a storyline's from its articles' quotes.
    quoted = "quotes q" if storyline_id == WHOLE_STORE else \
        "articles a JOIN quotes q ON q.article_id = a.id AND a.storyline_id = :storyline"
    top = conn.execute(f"""SELECT e.name, counted.speaker_entity_id, counted.total FROM (
                               SELECT q.speaker_entity_id, count(*) AS total FROM {quoted}
                               WHERE q.speaker_entity_id IS NOT NULL GROUP BY q.speaker_entity_id) AS counted
                           JOIN entities e ON e.id = counted.speaker_entity_id
                           ORDER BY counted.total DESC, e.name LIMIT :limit""",
                       {"storyline": storyline_id, "limit": SPEAKERS_SHOWN}).fetchall()
    # Dated quotes in date order, then undated ones: two queries, so that each reads the index in order.
    said = "q.speaker_entity_id = :who AND {} AND {} ORDER BY {} LIMIT :limit"
    speakers = []
    for name, entity_id, total in top:
        params = {"who": entity_id, "storyline": storyline_id, "limit": QUOTES_PER_SPEAKER}
        dated = quotes(conn, said.format("q.date IS NOT NULL", scope(storyline_id, "a"), "q.date, q.id"), **params)
        undated = quotes(conn, said.format("q.date IS NULL", scope(storyline_id, "a"), "q.id"),
                         **{**params, "limit": QUOTES_PER_SPEAKER - len(dated)}) if len(dated) < QUOTES_PER_SPEAKER \
            else []
        speakers.append(Speaker(name=name, entity_id=entity_id, quotes_total=total, quotes=dated + undated))
    return SpeakersPage(storyline=line, speakers=speakers)


def events_page(conn: sqlite3.Connection, storyline_id: str, type_: str | None = None,
                actor: str | None = None) -> EventsPage:
    """What happened: the storyline's lead events and those that name their actor, oldest first; only those
    of ``type_`` and with an actor named ``actor`` when given, as ``dateline events --type --actor`` finds them."""
    line = storyline(conn, storyline_id)
    shown = _events(conn, storyline_id, _LISTED, EVENTS_SHOWN + 1, type_, actor)
    return EventsPage(storyline=line, type=type_ and type_.upper(), actor=actor, types=_types(conn, storyline_id),
                      more=len(shown) > EVENTS_SHOWN, events=[e.item for e in shown[:EVENTS_SHOWN]])


def _types(conn: sqlite3.Connection, storyline_id: str) -> list[str]:
    """The types of the events the storyline's page lists, the choices of its type filter."""
    return [row[0] for row in conn.execute(f"""
        SELECT DISTINCT v.type FROM events v JOIN articles a ON a.id = v.article_id
        WHERE {_LISTED} AND {scope(storyline_id, 'a')} ORDER BY v.type""", {"storyline": storyline_id})]


def _events(conn: sqlite3.Connection, storyline_id: str, listed: str, limit: int, type_: str | None = None,
            actor: str | None = None) -> list[DatedEvent]:
    """At most ``limit`` events of the storyline meeting ``listed`` (on ``v``, the events), oldest first,
    undated last."""
    ids = events_matching(conn, None if storyline_id == WHOLE_STORE else storyline_id, type_, actor, listed, limit)
    return dated_events(conn, ids)
