"""Reports of one event across articles, and the days they dispute.

Two events from two articles report one event when they are of one type (and mode, where both give one),
their actors and targets are compatible (the same canonical entity wherever both name one, and at least one
role named by both), and their dates fit: both pinned to within :data:`MAX_WINDOW_DAYS` and the two windows
overlapping. A window that wide or open on one side ("no later than its publication") says nothing about
which event it is, so it links nothing. An act done once to one person (released, kidnapped, killed,
arrested...) is the same act when two reports pin it to days less than :data:`ONCE_APART_DAYS` apart: two
days claimed for it are a conflict, as two counts of one toll are. Only events reported as happened (or
claimed, or going on) are linked: a plan, a condition, a denial is no report that it happened.

Reports link transitively (one that gives a week links two that give a day in it). The link stage saves the
groups and conflicts (:func:`save_event_links`); the exports read them back with the events.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from datetime import date

from dateline.records import EventReport
from dateline.store.events import (
    events_naming,
    events_of_articles,
    load_event_reports,
    replace_event_links,
    reported_with,
)

#: The widest window (in days) that still tells one event from another of its kind.
MAX_WINDOW_DAYS = 31
#: Modes of an act that is done to one person once: two days claimed for it are a conflict.
ONCE_MODES = frozenset({"release", "abduct", "targeted", "arrest", "deport", "expel", "convict", "resign"})
#: How far apart two days claimed for one such act may be (further apart, two acts).
ONCE_APART_DAYS = 7


def save_event_links(conn: sqlite3.Connection, article_ids: Sequence[str] | None = None,
                     entity_ids: Collection[str] = ()) -> None:
    """Link the stored events as they now stand and save the groups and their conflicts; run by the link
    stage, after entities are merged. Over the whole store; or, given the articles a link took in (none linked
    before) and the entities whose mentions it changed, over the only events whose groups can have changed
    (:func:`_changed_region`), with the same result."""
    if article_ids is None:
        groups = link_events(load_event_reports(conn))
        replace_event_links(conn, groups, date_conflicts(groups))
        return
    region = _changed_region(conn, article_ids, entity_ids)
    groups = link_events(region)
    replace_event_links(conn, groups, date_conflicts(groups), {report.id for report in region})


def _changed_region(conn: sqlite3.Connection, article_ids: Sequence[str],
                    entity_ids: Collection[str]) -> list[EventReport]:
    """The reports that new ones can join: those of the new articles and those naming a changed entity (the
    only ones whose type, mode, actor, target or dates are new), every report sharing a bucket with one of them
    (:func:`_buckets`: only such pairs can link), and every report saved as of one event with any of these.
    No report outside links to one inside: an unchanged pair links as it did, so an unchanged report's links
    lie within its saved event; and every link of a changed report is to a bucket mate."""
    changed = load_event_reports(conn, events_of_articles(conn, article_ids) | events_naming(conn, entity_ids))
    buckets = {bucket for report in changed for bucket in _buckets(report)}
    named = load_event_reports(conn, events_naming(conn, {entity for *_, entity in buckets}))
    near = {report.id for report in changed} | {report.id for report in named if buckets & set(_buckets(report))}
    return load_event_reports(conn, near | reported_with(conn, near))


def link_events(reports: Sequence[EventReport]) -> list[list[EventReport]]:
    """Groups of two or more reports of one event, each in id order, by their first id."""
    parent = {report.id: report.id for report in reports}

    def root(event_id: int) -> int:
        while parent[event_id] != event_id:
            parent[event_id] = parent[parent[event_id]]
            event_id = parent[event_id]
        return event_id

    for a, b in _candidate_pairs(reports):
        if same_event(a, b):
            first, second = sorted((root(a.id), root(b.id)))
            parent[second] = first
    grouped: dict[int, list[EventReport]] = defaultdict(list)
    for report in sorted(reports, key=lambda r: r.id):
        grouped[root(report.id)].append(report)
    return [group for _, group in sorted(grouped.items()) if len(group) > 1]


def same_event(a: EventReport, b: EventReport) -> bool:
    """Do two reports from two articles tell of one event?"""
    if a.article_id == b.article_id or a.type != b.type or None not in (a.mode, b.mode) and a.mode != b.mode:
        return False
    if not _roles_agree(a, b):
        return False
    return _windows_meet(a, b) or (_done_once(a) and _done_once(b) and _days_apart(a, b) < ONCE_APART_DAYS)


def date_conflicts(groups: Iterable[list[EventReport]]) -> list[tuple[int, int]]:
    """Pairs of reports of one event that pin it to two days, in two articles: the first report of each day
    claimed against the first report of every later day claimed."""
    conflicts: list[tuple[int, int]] = []
    for group in groups:
        by_day: dict[str, list[EventReport]] = defaultdict(list)
        for report in group:
            if report.date is not None:
                by_day[report.date].append(report)
        days = sorted(by_day.items())
        for i, (_, earlier) in enumerate(days):
            for _, later in days[i + 1:]:
                if len({r.article_id for r in earlier + later}) > 1:
                    conflicts.append((earlier[0].id, later[0].id))
    return conflicts


def _candidate_pairs(reports: Sequence[EventReport]) -> set[tuple[EventReport, EventReport]]:
    """Pairs of one type sharing an actor or a target: only these can be one event."""
    buckets: dict[tuple[str, str, str], list[EventReport]] = defaultdict(list)
    for report in reports:
        for bucket in _buckets(report):
            buckets[bucket].append(report)
    return {(a, b) for bucket in buckets.values() for i, a in enumerate(bucket) for b in bucket[i + 1:]}


def _buckets(report: EventReport) -> list[tuple[str, str, str]]:
    """The report's type with its actor's and with its target's entity: two reports can be of one event only if
    they share one."""
    return [(report.type, role, entity) for role, entity in (("actor", report.actor), ("target", report.target))
            if entity is not None]


def _roles_agree(a: EventReport, b: EventReport) -> bool:
    pairs = ((a.actor, b.actor), (a.target, b.target))
    shared = [x == y for x, y in pairs if x is not None and y is not None]
    return bool(shared) and all(shared)


def _window(report: EventReport) -> tuple[date, date] | None:
    """The days a report pins its event to, when it pins it to at most :data:`MAX_WINDOW_DAYS`."""
    first, last = report.date or report.earliest, report.date or report.latest
    if first is None or last is None:
        return None
    window = date.fromisoformat(first), date.fromisoformat(last)
    return window if (window[1] - window[0]).days < MAX_WINDOW_DAYS else None


def _windows_meet(a: EventReport, b: EventReport) -> bool:
    one, other = _window(a), _window(b)
    return one is not None and other is not None and max(one[0], other[0]) <= min(one[1], other[1])


def _done_once(report: EventReport) -> bool:
    return report.mode in ONCE_MODES and report.target_is_person and report.date is not None


def _days_apart(a: EventReport, b: EventReport) -> int:
    return abs((date.fromisoformat(a.date or "") - date.fromisoformat(b.date or "")).days)
