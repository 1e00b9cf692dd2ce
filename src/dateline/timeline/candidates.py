"""The summarizer's input from the store: every sentence of a storyline with the days it names.

A sentence too long to be a timeline entry (a reader's glance takes in :data:`~dateline.timeline.features.MAX_WORDS`
words) is read as its clauses when the clauses that name days are readable on their own: "…, and the truce
was extended by two days on Monday – there are serious doubts…" reports 27 November in its middle clause,
which an entry then cites by its own characters, rather than the day going unreported.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from datetime import date
from itertools import groupby
from typing import Any

from dateline.clean.boilerplate import boilerplate_reason
from dateline.clean.embeds import embedded_post_spans
from dateline.extract.lines import after_author_bio, line_bounds
from dateline.time.calendar import is_day_value
from dateline.time.corpus import MIN_WORDS, reports_event_on_day
from dateline.timeline.features import MAX_WORDS
from dateline.timeline.records import CandidateSentence

#: Where a sentence's clauses part, coarsest first: an aside between dashes, a semicolon or a parenthesis;
#: then a comma and a conjunction that joins two clauses.
_CLAUSE_BREAKS = (re.compile(r"\s+(?:[–—]|--?)\s+|;\s+|\s*[()]\s*"),
                  re.compile(r",\s+(?:and|but|while|whereas|yet)\s+"))
#: A part opening with one of these hangs on the rest of its sentence ("with “space” perhaps defined as…",
#: "which was contracted by…"): no entry a reader could take alone.
_DEPENDENT_OPENING = re.compile(r"(?:with|which|who|whom|whose|that|where|when|whether|to|of|for|in|on|at|by|as|"
                                r"from|including|after|before|although|though|because|if|unless|since|until|"
                                r"according)\b")

#: A photographer's credit closing a caption's line: a name, a slash and the agency ("(Noam Galai/Getty Images)",
#: "(AP Photo/Evan Vucci)", "(Saul Loeb/AFP via Getty Images)"); a story's paragraph closes on no such credit.
_PHOTO_CREDIT = re.compile(r"\([A-Z][^()/]{1,40}/[^()/]{1,60}\)$")

_QUERY = """
    SELECT s.article_id, s.start, s.end, s.text, a.published_earliest, a.published_latest, t.start, t.value
    FROM sentences s JOIN articles a ON a.id = s.article_id
    LEFT JOIN time_expressions t ON t.article_id = s.article_id AND t.start >= s.start AND t.end <= s.end
        AND t.type = 'DATE' AND t.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
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
    is no claim of the story (:func:`tells_the_story`: a caption, a credit, a reader's comment) is marked so,
    and is no entry. The one telling its article's lead event carries that event's day (:func:`lead_events`)."""
    rows = conn.execute(_QUERY, (storyline_id,)).fetchall()
    texts = dict(conn.execute("SELECT id, text FROM articles WHERE storyline_id = ? AND duplicate_of IS NULL",
                              (storyline_id,)))
    posts = {article_id: embedded_post_spans(text) for article_id, text in texts.items()}
    leads = lead_events(conn, storyline_id)
    sentences = [list(group) for _, group in groupby(rows, key=lambda r: (r[0], r[1]))]
    return [c for group in sentences
            if not _touches(posts[group[0][0]], group[0][1], group[0][2])
            for c in _candidates(group, leads.get(group[0][0]), tells_the_story(texts[group[0][0]], group[0][1]))]


def tells_the_story(text: str, position: int) -> bool:
    """Whether the sentence at ``position`` of an article's ``text`` may be a claim of its story, as the figure
    stage asks of a position: not on a line shaped like furniture the cleaner kept
    (:func:`~dateline.clean.boilerplate.boilerplate_reason`), not on a photo's caption (a line closing on its
    photographer's credit, :data:`_PHOTO_CREDIT`), and not at or below an author's bio closing the story, where
    readers' comments follow (:func:`~dateline.extract.lines.after_author_bio`). A sentence's words alone
    cannot tell these: a caption or a comment reads as a report ("Or the Moto C that people have been calling
    the Moto X."). The figure stage's other line question, whether the line ends as a paragraph does
    (:func:`~dateline.extract.lines.in_story_line`), is not asked: it also turns away paragraphs of a story
    that a page cut or that close on a quotation and a dash ("… officer"—and someone he's learned from."),
    whose sentences may be the only report of a day."""
    line = " ".join(text[slice(*line_bounds(text, position))].split())
    return boilerplate_reason(line) is None and _PHOTO_CREDIT.search(line) is None \
        and not after_author_bio(text, position)


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
    return [CandidateSentence(article_id, start + low, start + high, text[low:high], published,
                              named_days(text[low:high], [(offset - low, value) for offset, value in timexes
                                                          if low <= offset < high]),
                              lead[1] if lead is not None and start + low <= lead[0] < start + high else None,
                              in_story)
            for low, high in dated_clauses(text, [offset for offset, value in timexes if is_day_value(value)])]


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

