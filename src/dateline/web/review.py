"""Needs review: what Dateline shows as unknown because it is below the confidence line, with the candidate it
kept for audit, so that a person can accept it with a correction.

Four kinds: speakers (a quote whose speaker is a candidate), figures (kept out of every series), publication
dates (an article's day or range), and timeline days held back. Accepting a speaker, a figure or a date is the
matching correction; accepting a held day is a pin. Each list is capped, so the page of any store stays quick.
"""

from __future__ import annotations

import sqlite3

from dateline.confidence import below_line, shown_or_unknown
from dateline.records import DEFAULT_MIN_CONFIDENCE
from dateline.store.articles import published_from_row
from dateline.web.citations import ARTICLE_COLUMNS, cite
from dateline.web.models import ReviewItem, ReviewPage
from dateline.web.storylines import PINNED, scope, storyline

#: At most this many items of each kind are listed.
REVIEW_CAP = 200


def review_page(conn: sqlite3.Connection, storyline_id: str) -> ReviewPage:
    """The storyline's (or the whole store's) values below the confidence line; KeyError for no such storyline."""
    line = storyline(conn, storyline_id)
    params = {"storyline": storyline_id, "line": DEFAULT_MIN_CONFIDENCE, "cap": REVIEW_CAP + 1}
    kinds = [_speakers(conn, storyline_id, params), _figures(conn, storyline_id, params),
             _published(conn, storyline_id, params), _held(conn, storyline_id, params)]
    return ReviewPage(storyline=line, items=[item for items in kinds for item in items[:REVIEW_CAP]],
                      more=any(len(items) > REVIEW_CAP for items in kinds),
                      min_confidence=DEFAULT_MIN_CONFIDENCE)


def _speakers(conn: sqlite3.Connection, storyline_id: str, params: dict[str, object]) -> list[ReviewItem]:
    rows = conn.execute(f"""SELECT q.text, q.start, q.end, q.speaker, q.speaker_candidate, q.speaker_confidence,
                                   {ARTICLE_COLUMNS}
                            FROM quotes q JOIN articles a ON a.id = q.article_id
                            WHERE q.speaker_confidence < :line AND coalesce(q.speaker, q.speaker_candidate) IS NOT NULL
                            AND {scope(storyline_id, 'a')} ORDER BY a.id, q.start LIMIT :cap""", params)
    return [ReviewItem(kind="speaker", text=r["text"], confidence=r["speaker_confidence"], day=None,
                       candidate=shown_or_unknown(r["speaker"], r["speaker_confidence"],
                                                  r["speaker_candidate"]).candidate,
                       cite=cite(r, r["start"], r["end"])) for r in rows]


def _figures(conn: sqlite3.Connection, storyline_id: str, params: dict[str, object]) -> list[ReviewItem]:
    rows = conn.execute(f"""SELECT f.text, f.start, f.end, f.what, f.series_key, f.series_candidate, f.confidence,
                                   {ARTICLE_COLUMNS}
                            FROM figures f JOIN articles a ON a.id = f.article_id
                            WHERE f.confidence < :line AND {scope(storyline_id, 'a')}
                            ORDER BY a.id, f.start LIMIT :cap""", params)
    return [ReviewItem(kind="figure", text=r["text"], confidence=r["confidence"], day=None,
                       candidate=r["what"] or shown_or_unknown(r["series_key"], r["confidence"],
                                                               r["series_candidate"]).candidate,
                       cite=cite(r, r["start"], r["end"])) for r in rows]


def _published(conn: sqlite3.Connection, storyline_id: str, params: dict[str, object]) -> list[ReviewItem]:
    """Articles dated to a range or one side only (a day known exactly is never below the line): those whose
    range is too wide or open to be sure of."""
    rows = conn.execute(f"""SELECT a.published_basis, a.published_evidence, {ARTICLE_COLUMNS}
                            FROM articles a WHERE {scope(storyline_id, 'a')}
                            AND coalesce(a.published_earliest, a.published_latest) IS NOT NULL
                            AND a.published_earliest IS NOT a.published_latest ORDER BY a.id""", params)
    dates = ((row, published_from_row(row)) for row in rows)
    unsure = [(row, published) for row, published in dates if below_line(published.confidence)]
    return [ReviewItem(kind="published", text=row["article_title"] or row["article_source"],
                       candidate=published.phrase, confidence=round(published.confidence, 3),
                       day=(published.earliest or published.latest).isoformat(),  # type: ignore[union-attr]
                       cite=cite(row, 0, 0)) for row, published in unsure[:REVIEW_CAP + 1]]


def _held(conn: sqlite3.Connection, storyline_id: str, params: dict[str, object]) -> list[ReviewItem]:
    """Days held back, less the sentences a user has pinned since (the pin puts them on the timeline)."""
    rows = conn.execute(f"""SELECT e.day, e.text, e.start, e.end, e.confidence, {ARTICLE_COLUMNS}
                            FROM timeline_held e JOIN articles a ON a.id = e.article_id
                            WHERE {scope(storyline_id, 'e')} AND NOT {PINNED}
                            ORDER BY e.day, a.id, e.start LIMIT :cap""", params)
    return [ReviewItem(kind="held", text=r["text"], candidate=r["day"], confidence=r["confidence"], day=r["day"],
                       cite=cite(r, r["start"], r["end"])) for r in rows]
