"""The summarizer's input from the store: every sentence of a storyline with the days it names.

A sentence too long to be a timeline entry (a reader's glance takes in :data:`~dateline.timeline.features.MAX_WORDS`
words) is read as its clauses when the clauses that name days are readable on their own: "…, and the truce
was extended by two days on Monday – there are serious doubts…" reports 27 November in its middle clause,
which an entry then cites by its own characters, rather than the day going unreported.

A sentence that names no day but only a month or a year long past ("after he shot an unarmed man in April", "the
firm, founded in 2008, …") tells background of that time: read as news of its article's day for want of a day of
its own, it would stand on the timeline in place of the day's report (:func:`earlier_period`).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from datetime import date, timedelta
from itertools import groupby
from typing import Any

from dateline.clean.date_lines import is_page_stamp
from dateline.extract.events.dates import value_range
from dateline.extract.lines import in_issuers_close, line_bounds, off_story_reason, post_spans
from dateline.time.calendar import is_day_value
from dateline.time.corpus import MIN_WORDS, reports_event_on_day
from dateline.timeline.body import closes_on_credit, opens_as_caption, opens_with_bio
from dateline.timeline.features import MAX_WORDS
from dateline.timeline.records import CandidateSentence

#: A month or a year that ended this long before an article was published is past news: a sentence naming only it
#: tells background (:func:`earlier_period`).
BACKGROUND_AGE = timedelta(days=31)
#: Where a sentence's clauses part, coarsest first: an aside between dashes, a semicolon or a parenthesis;
#: then a comma and a conjunction that joins two clauses.
_CLAUSE_BREAKS = (re.compile(r"\s+(?:[–—]|--?)\s+|;\s+|\s*[()]\s*"),
                  re.compile(r",\s+(?:and|but|while|whereas|yet)\s+"))
#: A part opening with one of these hangs on the rest of its sentence ("with “space” perhaps defined as…",
#: "which was contracted by…"): no entry a reader could take alone.
_DEPENDENT_OPENING = re.compile(r"(?:with|which|who|whom|whose|that|where|when|whether|to|of|for|in|on|at|by|as|"
                                r"from|including|after|before|although|though|because|if|unless|since|until|"
                                r"according)\b")

_QUERY = """
    SELECT s.article_id, s.start, s.end, s.text, a.published_earliest, a.published_latest, t.start, t.value
    FROM sentences s JOIN articles a ON a.id = s.article_id
    LEFT JOIN time_expressions t ON t.article_id = s.article_id AND t.start >= s.start AND t.end <= s.end
        AND t.type = 'DATE' AND (t.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
            OR t.value GLOB '[0-9][0-9][0-9][0-9]' OR t.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]')
    WHERE a.storyline_id = ? AND a.duplicate_of IS NULL
    ORDER BY s.article_id, s.start, t.start"""
#: Each article's lead event (``main``), where the event stage pinned it to a day and the article tells it as
#: having happened (or someone's saying so), not as a plan, a condition or a denial: its predicate's offset.
_LEAD_EVENTS = """
    SELECT e.article_id, e.start, e.day FROM events e JOIN articles a ON a.id = e.article_id
    WHERE a.storyline_id = ? AND a.duplicate_of IS NULL AND e.main = 1
        AND e.day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
        AND e.status IN ('happened', 'ongoing', 'claimed')"""


def storyline_candidates(conn: sqlite3.Connection, storyline_id: str) -> list[CandidateSentence]:
    """One record per sentence of the storyline's original articles (duplicates are not counted twice), or
    per dated clause of a sentence too long to be an entry (:func:`dated_clauses`). A sentence that touches
    a post the article embeds is none: the post's words and days are its author's, not the report's. One that
    is no claim of the story (:func:`in_story`: a caption, a credit, a reader's comment, a writer's bio) is marked
    so, and is no entry; whether its line ends as a paragraph does is not asked, since a
    paragraph a page cut may be a day's only report. The one telling its article's lead event carries that
    event's day (:func:`lead_events`); one naming no day but a month or a year long past, that period's end
    (:func:`earlier_period`)."""
    rows = conn.execute(_QUERY, (storyline_id,)).fetchall()
    texts = dict(conn.execute("SELECT id, text FROM articles WHERE storyline_id = ? AND duplicate_of IS NULL",
                              (storyline_id,)))
    leads = lead_events(conn, storyline_id)
    sentences = [list(group) for _, group in groupby(rows, key=lambda r: (r[0], r[1]))]
    candidates: list[CandidateSentence] = []
    for group in sentences:
        article_id, start, end = group[0][:3]
        if not _touches(post_spans(texts[article_id]), start, end):
            candidates += _candidates(group, leads.get(article_id), in_story(texts[article_id], start))
    return candidates


def in_story(text: str, position: int) -> bool:
    """Whether the line of ``text`` holding ``position`` may be a claim of the story: not furniture by
    :func:`~dateline.extract.lines.off_story_reason`, nor a caption closing on its picture's credit
    (:func:`~dateline.timeline.body.closes_on_credit`), whose sentences the splitter parts from the credit, or
    opening as a caption does (:func:`~dateline.timeline.body.opens_as_caption`: "Photo shows …"), nor a
    writer's bio (:func:`~dateline.timeline.body.opens_with_bio`), whose later sentences go on about the writer,
    nor a press release's close (:func:`~dateline.extract.lines.in_issuers_close`: below its prompt to a web
    address, or under "About" its issuer), whose description of the issuer ("Acme designs …", "Acme is headquartered
    in …") is the same below every release and, read as news of the article's day, would stand in for its report;
    nor the page's stamp of when it published or updated the article (:func:`~dateline.clean.date_lines.is_page_stamp`:
    "Posted on May 2, 2016 at 9:10 AM", "Published Mar 9, 2021 • 4 minute read"), which the cleaner drops where its
    line stands alone but an unseen layout may leave, and whose day, named in full, would date it as an entry.
    :func:`~dateline.extract.lines.off_story_reason` also turns away the readers' thread and a run of other stories'
    teasers that the cleaner left, whose comments and blurbs read as reports of their own days."""
    line = text[slice(*line_bounds(text, position))]
    return (off_story_reason(text, position) is None and not closes_on_credit(line) and not opens_as_caption(line)
            and not opens_with_bio(line) and not in_issuers_close(text, position) and not is_page_stamp(line))


def _touches(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(low < end and start < high for low, high in spans)


def lead_events(conn: sqlite3.Connection, storyline_id: str) -> dict[str, tuple[int, date]]:
    """Per article of the storyline, the offset of its lead event's predicate and the day the event stage
    pinned it to (:data:`_LEAD_EVENTS`); an article whose lead is undated, planned or denied has none."""
    return {article_id: (start, date.fromisoformat(day))
            for article_id, start, day in conn.execute(_LEAD_EVENTS, (storyline_id,))}


def _candidates(rows: list[tuple[Any, ...]], lead: tuple[int, date] | None, in_story: bool) -> list[CandidateSentence]:
    article_id, start, end, text, earliest, latest = rows[0][:6]
    timexes = [(timex_start - start, value) for *_, timex_start, value in rows if value]
    published = date.fromisoformat(earliest) if earliest and earliest == latest else None
    candidates = []
    for low, high in dated_clauses(text, [offset for offset, value in timexes if is_day_value(value)]):
        own = [(offset - low, value) for offset, value in timexes if low <= offset < high]
        candidates.append(CandidateSentence(
            article_id, start + low, start + high, text[low:high], published, named_days(text[low:high], own),
            lead[1] if lead is not None and start + low <= lead[0] < start + high else None,
            in_story, earlier_period([value for _, value in own], published)))
    return candidates


def earlier_period(values: Sequence[str], published: date | None) -> date | None:
    """The last day of the latest month or year among a sentence's DATE ``values`` when they name no day and it
    ended more than :data:`BACKGROUND_AGE` before ``published``: what the sentence tells is of that time. A
    period just ended ("the jobless rate fell in May", reported on 5 June) is the news of the day."""
    if published is None or not values or any(is_day_value(v) for v in values):
        return None
    ends = [date.fromisoformat(latest) for value in values
            if (period := value_range(value)) is not None and (latest := period[2]) is not None]
    last = max(ends, default=None)
    return last if last is not None and last < published - BACKGROUND_AGE else None


def dated_clauses(sentence: str, day_offsets: Sequence[int]) -> list[tuple[int, int]]:
    """The spans of ``sentence`` to read as candidates: the whole sentence, unless it is longer than an entry
    may be and names days (at ``day_offsets``); then each of its clauses that names a day, the finest that is
    a readable entry (:data:`~dateline.time.corpus.MIN_WORDS` to :data:`~dateline.timeline.features.MAX_WORDS`
    words). Words outside them name no day, so the story's days are counted as before; if a day's clause is
    not readable on its own, the sentence stays whole."""
    whole = [(0, len(sentence))]
    if not day_offsets or len(sentence.split()) <= MAX_WORDS:
        return whole
    clauses = [_readable_clause(sentence, offset) for offset in day_offsets]
    return sorted({c for c in clauses if c is not None}) if all(clauses) else whole


def _readable_clause(sentence: str, offset: int) -> tuple[int, int] | None:
    """The finest clause around ``offset`` that is a readable entry, parting at :data:`_CLAUSE_BREAKS` in turn,
    and not one that hangs on the rest (:data:`_DEPENDENT_OPENING`); None if there is none."""
    low, high, found = 0, len(sentence), None
    for breaks in _CLAUSE_BREAKS:
        cuts = [(m.start(), m.end()) for m in breaks.finditer(sentence, low, high)]
        low = max([end for _, end in cuts if end <= offset], default=low)
        high = min([start for start, _ in cuts if start > offset], default=high)
        low, high = _trimmed(sentence, low, high)
        if MIN_WORDS <= len(sentence[low:high].split()) <= MAX_WORDS and not _DEPENDENT_OPENING.match(sentence, low):
            found = (low, high)
    return found


def _trimmed(sentence: str, low: int, high: int) -> tuple[int, int]:
    """``[low, high)`` without the spaces, commas and dashes at its ends."""
    while low < high and sentence[low] in " ,-–—\n":
        low += 1
    while high > low and sentence[high - 1] in " ,-–—\n":
        high -= 1
    return low, high


def named_days(sentence: str, timexes: list[tuple[int, str]]) -> tuple[date, ...]:
    """The days a sentence reports events on: its day-precise DATE values (given with their offset in the
    sentence), in order, without those that only bound a span."""
    days = (date.fromisoformat(value) for offset, value in timexes
            if is_day_value(value) and reports_event_on_day(sentence[:offset]))
    return tuple(dict.fromkeys(days))

