"""Publication-date bounds from cumulative tolls (basis "corpus").

A death or injury toll counted since a fixed start by one counter ("40,223 Palestinians have been killed
in Gaza", according to the health ministry) only grows. So an undated article that reports more than a
dated one was written after that count was current, and one that reports less was written before the
larger count was. Only the clear case counts as such a toll, because a wrong bound is a wrong date:

- the verb says the count is a running total: "have been killed", "killed since";
- what is counted, where (a named place after "in") and by whom (the source) are all stated, and all
  three match exactly; the figure series key ("palestinians:killed") has no place, aspect or source,
  so it cannot tell the Gaza toll from "1,199 died in the October 7 strike" and is not enough alone;
- nothing in the sentence frames it as one event or a window ("in a strike", "in the past 24 hours");
- counts that can shrink (hostages still held) are never tolls: only killed and wounded are.

A news report quotes the latest count its writer had, which may be some days old: see
:data:`STALE_DAYS`. A bound only one side of the range is open: ``latest`` (or ``earliest``) stays None,
which the store keeps as NULL and the ``dateline/1`` export as null. Nothing is invented for it.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from dateline.counts import place_of, series_key, value_range
from dateline.model import PublicationDate
from dateline.records import Figure

#: How many days old a quoted toll may be when published: the Gaza health ministry updates its count
#: daily and reports quote the latest update, but wire copy and explainers carry a figure for days. A
#: bound is widened by this much, so a stale figure in either article cannot make it wrong.
STALE_DAYS = 7
#: Only counts of these (series events) keep growing.
GROWING = frozenset({"killed", "wounded"})

_RUNNING_TOTAL = re.compile(r"^\W*(?:[\w’'.,-]+\s+){0,3}?(?:(?:have|has)\s+(?:now\s+)?been\s+(?:killed|injured|wounded)"
                            r"|(?:killed|injured|wounded)\s+(?:in\s+[\w’'-]+\s+)?since)\b", re.IGNORECASE)
#: What was counted, if it names one of these, was a single event's toll ("killed in an Israeli strike").
_ONE_EVENT = re.compile(r"\b(?:strikes?|airstrikes?|attacks?|raids?|bombings?|blasts?|explosions?|shelling|"
                        r"shooting|ambush|incident)\b", re.IGNORECASE)
#: Words that make the count a short window's that no time expression marks ("overnight", "alone").
_WINDOW = re.compile(r"\b(?:overnight|alone|so far today)\b", re.IGNORECASE)
_SAID_ON = re.compile(r"\b(?:said|says|reported|announced|added)\s+(?:on\s+)?$", re.IGNORECASE)
_DETERMINERS = frozenset({"the", "a", "an", "its", "their"})


@dataclass(frozen=True, slots=True)
class Toll:
    """One article's report of a running total: its key (what, where, since, by whom) and value range."""

    article_id: str
    key: str
    low: float
    high: float
    span: tuple[int, int]


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time expression in the toll's sentence, with the text just before it."""

    before: str
    type: str
    value: str | None


def source_key(source: str | None) -> str | None:
    """Who counts, without the words that only describe them: "the health ministry of the Hamas-run
    enclave", "Gaza's Ministry of Health" and "The health ministry in Gaza" are all "health ministry"."""
    if not source:
        return None
    text = re.sub(r"\b(ministry|office|department) of (?!the\b)(\w+)", r"\2 \1", source.lower())
    head = re.split(r"\s+(?:of|in|for|on)\s+|,", text)[0]
    words = [w for w in head.split() if w not in _DETERMINERS and not w.endswith(("'s", "’s"))]
    return " ".join(words[-2:]) or None


def time_frame(mentions: list[TimeMention]) -> str | None:
    """"" when the sentence sets no time frame, "since=VALUE" for a fixed start ("since Oct. 7"), None
    for a window or a day that makes the count a single day's ("in the past 24 hours", "on Tuesday")."""
    starts = set()
    for mention in mentions:
        if mention.before.lower().endswith("since ") and mention.value:
            starts.add(f"since={mention.value}")
        elif not (mention.type == "DATE" and _SAID_ON.search(mention.before)):
            return None
    return starts.pop() if len(starts) == 1 else ("" if not starts else None)


def toll_key(figure: Figure, after: str, frame: str | None) -> str | None:
    """The key of a running-total figure ("palestinians:killed:gaza::health ministry"), or None when it
    is not clearly one; ``after`` is its sentence's text from the number on."""
    kind = series_key(figure.what)
    source = source_key(figure.source)
    if kind is None or source is None or frame is None or not _RUNNING_TOTAL.match(after):
        return None
    noun, event = kind.split(":", 1)
    place = place_of(figure.what)
    if event not in GROWING or place is None or _ONE_EVENT.search(figure.what or "") or _WINDOW.search(after):
        return None
    return f"{noun}:{event}:{place.lower()}:{frame}:{source}"


@dataclass(frozen=True, slots=True)
class Reference:
    """A toll in an article dated by metadata or text: its value range and its publication range."""

    low: float
    high: float
    earliest: date
    latest: date


def toll_bound(toll: Toll, references: list[Reference]) -> PublicationDate | None:
    """The range ``toll`` implies against the dated reports of its series: no earlier than (a week
    before) the first day of one it exceeds, no later than (a week after) the last day of one it falls
    short of; None when it neither exceeds nor falls short of any."""
    stale = timedelta(days=STALE_DAYS)
    exceeded = [r.earliest for r in references if toll.low > r.high]
    short_of = [r.latest for r in references if toll.high < r.low]
    if not exceeded and not short_of:
        return None
    earliest = max(exceeded) - stale if exceeded else None
    latest = min(short_of) + stale if short_of else None
    return PublicationDate(earliest, latest, "corpus", (toll.span,))


def grows(references: list[Reference]) -> bool:
    """False when a report clearly earlier than another gives a clearly larger value: then the series
    does not behave as a running total (a revision, or two counts under one key) and dates nothing."""
    stale = timedelta(days=STALE_DAYS)
    return not any(a.latest + stale < b.earliest and a.low > b.high for a in references for b in references)


def toll_ranges(conn: sqlite3.Connection, dated: dict[str, tuple[date, date]]) -> dict[str, list[PublicationDate]]:
    """Per article not in ``dated`` (the self-dated articles' ranges), the ranges its running totals
    imply, one per toll."""
    references: dict[str, list[Reference]] = defaultdict(list)
    undated: list[Toll] = []
    for toll in read_tolls(conn):
        if toll.article_id in dated:
            references[toll.key].append(Reference(toll.low, toll.high, *dated[toll.article_id]))
        else:
            undated.append(toll)
    growing = {key for key, group in references.items() if grows(group)}
    ranges: dict[str, list[PublicationDate]] = defaultdict(list)
    for toll in undated:
        found = toll_bound(toll, references[toll.key]) if toll.key in growing else None
        if found is not None:
            ranges[toll.article_id].append(found)
    return ranges


#: Figures that could be tolls: a growing series, a source, a place ("in") in what they count.
_CANDIDATES = """SELECT f.article_id, f.value, f.text, f.start, f.end, f.qualifier, f.what, f.source,
                        f.sentence_start, f.sentence_end, substr(a.text, f.start + 1, f.sentence_end - f.start)
                 FROM figures f JOIN articles a ON a.id = f.article_id
                 WHERE f.source IS NOT NULL AND f.what LIKE '% in %'
                 AND (f.series_key LIKE '%:killed' OR f.series_key LIKE '%:wounded')"""


def read_tolls(conn: sqlite3.Connection) -> list[Toll]:
    """Every running-total figure in the store, leaving out an article's series whose own figures
    disagree (two different totals in one report cannot both be current)."""
    groups: dict[tuple[str, str], list[Toll]] = defaultdict(list)
    for row in conn.execute(_CANDIDATES).fetchall():
        toll = _toll(conn, row)
        if toll is not None:
            groups[toll.article_id, toll.key].append(toll)
    return [toll for group in groups.values() if _agree(group) for toll in group]


def _toll(conn: sqlite3.Connection, row: tuple[Any, ...]) -> Toll | None:
    article_id, value, text, start, end, qualifier, what, source, sentence_start, sentence_end, after = row
    figure = Figure(article_id, value, text, (start, end), qualifier, what, source, None,
                    (sentence_start, sentence_end))
    key = toll_key(figure, after, time_frame(_time_mentions(conn, article_id, sentence_start, sentence_end)))
    return None if key is None else Toll(article_id, key, *value_range(figure), (start, end))


def _time_mentions(conn: sqlite3.Connection, article_id: str, start: int, end: int) -> list[TimeMention]:
    rows = conn.execute("""SELECT substr(a.text, max(?, t.start - 30) + 1, t.start - max(?, t.start - 30)),
                                  t.type, t.value
                           FROM time_expressions t JOIN articles a ON a.id = t.article_id
                           WHERE t.article_id = ? AND t.start >= ? AND t.end <= ?""",
                        (start, start, article_id, start, end))
    return [TimeMention(*row) for row in rows]


def _agree(tolls: list[Toll]) -> bool:
    return max(t.low for t in tolls) <= min(t.high for t in tolls)
