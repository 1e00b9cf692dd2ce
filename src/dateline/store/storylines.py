"""Duplicates and storylines in the store, and the user's manual moves (corrections of kind ``move``) that every
rebuild honours."""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from dateline.records import Storyline, StorylineArticle, title_apart
from dateline.store.articles import day_or_none
from dateline.store.corrections import Correction, Via, add_correction, corrections, current_user


@dataclass(frozen=True, slots=True)
class StorylineSummary:
    """What a list of storylines shows: size, outlets and the span of publication dates."""

    id: str
    title: str
    articles: int
    sources: int
    first_day: date | None
    last_day: date | None


def storyline_articles(conn: sqlite3.Connection, article_ids: Sequence[str] | None = None) -> list[StorylineArticle]:
    """Every article (or these) in ingestion order, with the merged entities it mentions: of two copies of a
    report, the first stored is the original."""
    ids = {"ids": json.dumps(list(article_ids or []))}
    mentioned: dict[str, list[str]] = defaultdict(list)
    forms: dict[str, dict[str, str]] = defaultdict(dict)
    for article_id, entity_id, form in conn.execute(f"""SELECT article_id, entity_id, text FROM entity_mentions
                                                        WHERE entity_id IS NOT NULL
                                                          AND {_among('article_id', article_ids)}
                                                        ORDER BY article_id, start""", ids):
        mentioned[article_id].append(entity_id)
        forms[article_id].setdefault(form, entity_id)
    rows = conn.execute(f"""SELECT id, published_earliest, title, text, published_latest FROM articles
                            WHERE {_among('id', article_ids)} ORDER BY rowid""", ids)
    leads = lead_events(conn, article_ids)
    return [StorylineArticle(r[0], day_or_none(r[1]), r[2], r[3],
                             (*headline_mentions(r[2], r[3], forms[r[0]]), *mentioned[r[0]]), leads.get(r[0]),
                             day_or_none(r[4])) for r in rows]


def headline_mentions(title: str | None, text: str, forms: dict[str, str]) -> list[str]:
    """The entities a headline names, found by the forms its article's text gives them (``forms``: a mention's
    words to its entity). The headline is set apart from the text, so the tagger never reads it; yet what a
    headline names is what the story is about, and leaving it out would make an article weigh its story's
    people less for having its headline set apart. A text that opens with its headline was read whole."""
    if not title or not title_apart(title, text):
        return []
    found = []
    for form, entity_id in forms.items():
        found += [entity_id] * len(re.findall(rf"(?<!\w){re.escape(form)}(?!\w)", title))
    return found


def storyline_ranges(conn: sqlite3.Connection,
                     storyline_ids: Collection[str]) -> dict[str, tuple[date | None, date | None]]:
    """Each of these storylines' publication range: the earliest day its articles may have been published and the
    latest (None where none is dated)."""
    rows = conn.execute("""SELECT storyline_id, min(published_earliest), max(published_latest) FROM articles
                           WHERE storyline_id IN (SELECT value FROM json_each(:ids)) GROUP BY storyline_id""",
                        {"ids": json.dumps(list(storyline_ids))})
    return {storyline_id: (day_or_none(first), day_or_none(last)) for storyline_id, first, last in rows}


def _among(column: str, article_ids: Sequence[str] | None) -> str:
    """A condition that ``column`` is one of the articles (bound as ``:ids``), or true for every article."""
    return "1" if article_ids is None else f"{column} IN (SELECT value FROM json_each(:ids))"


def lead_events(conn: sqlite3.Connection, article_ids: Sequence[str] | None = None) -> dict[str, str]:
    """Per article, its lead event as a title, when the events stage found one that happened, told by the
    article itself, with a named actor (not a ``doubtful`` one, below the confidence line) opening the
    sentence's main clause and a target: the words from
    the actor to the end of the sentence ("US President Joe Biden pressed Israeli Prime Minister Benjamin
    Netanyahu to strike a cease-fire agreement with Hamas"). A clause that opens mid-sentence ("… the
    Black Death pandemic that killed …") is a side detail, not what happened."""
    rows = conn.execute(f"""SELECT v.article_id, substr(a.text, v.sentence_start + 1, v.actor_start - v.sentence_start),
                                  substr(a.text, v.actor_start + 1, v.sentence_end - v.actor_start)
                           FROM events v JOIN articles a ON a.id = v.article_id
                           WHERE v.main = 1 AND v.status = 'happened' AND v.claimed_by IS NULL
                               AND v.actor_mention_start IS NOT NULL AND v.actor_evidence IS NOT 'doubtful'
                               AND v.target_start IS NOT NULL
                               AND v.actor_end <= v.start AND {_among('v.article_id', article_ids)}
                           ORDER BY v.article_id, v.start""", {"ids": json.dumps(list(article_ids or []))})
    leads: dict[str, str] = {}
    for article_id, opening, clause in rows:
        if not opening.strip() or opening.rstrip().endswith(","):
            leads.setdefault(article_id, " ".join(clause.split()).rstrip(" ."))
    return leads


def replace_storylines(conn: sqlite3.Connection, storylines: list[Storyline], duplicates: dict[str, str]) -> None:
    """Store the grouping; a duplicate belongs to its original's storyline."""
    conn.execute("UPDATE articles SET duplicate_of = NULL, storyline_id = NULL")
    conn.execute("DELETE FROM storylines")
    conn.executemany("INSERT INTO storylines (id, title, anchor_article) VALUES (?, ?, ?)",
                     [(s.id, s.title, s.article_ids[0]) for s in storylines])
    conn.executemany("UPDATE articles SET storyline_id = ? WHERE id = ?",
                     [(s.id, article_id) for s in storylines for article_id in s.article_ids])
    conn.executemany("""UPDATE articles SET duplicate_of = ?1,
                        storyline_id = (SELECT storyline_id FROM articles WHERE id = ?1) WHERE id = ?2""",
                     [(original, duplicate) for duplicate, original in duplicates.items()])


def storyline_ids(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT id FROM storylines ORDER BY id")]


def storyline_moves(conn: sqlite3.Connection) -> dict[str, str]:
    """The user's moves still in force: each moved article and the article whose storyline it joins (itself:
    one of its own); of two moves of one article, the later wins."""
    return {c.correction.article_id or "": c.correction.value["with_article"] for c in corrections(conn, "move")}


def move_correction(conn: sqlite3.Connection, article_id: str, storyline_id: str | None) -> Correction:
    """The correction putting an article in a storyline (None: one of its own), named by the storyline's anchor
    article, which outlives the storyline's id; raises KeyError for an unknown article or storyline."""
    if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
        raise KeyError(f"no article {article_id!r}")
    anchor = article_id
    if storyline_id is not None:
        row = conn.execute("SELECT anchor_article FROM storylines WHERE id = ?", (storyline_id,)).fetchone()
        if row is None:
            raise KeyError(f"no storyline {storyline_id!r}")
        anchor = row[0]
    return Correction("move", article_id, value={"with_article": anchor, "storyline": storyline_id})


def move_article(conn: sqlite3.Connection, article_id: str, storyline_id: str | None, author: str | None = None,
                 via: Via = "cli") -> int:
    """Record the move of an article to a storyline (None: one of its own); return the correction's id."""
    return add_correction(conn, move_correction(conn, article_id, storyline_id), author or current_user(), via)


def list_storylines(conn: sqlite3.Connection) -> list[StorylineSummary]:
    """Storylines, largest first, with their article and outlet counts and date span."""
    rows = conn.execute("""SELECT s.id, s.title, count(a.id), min(a.published_earliest), max(a.published_latest)
                           FROM storylines s JOIN articles a ON a.storyline_id = s.id
                           GROUP BY s.id ORDER BY count(a.id) DESC, min(a.published_earliest)""").fetchall()
    return [StorylineSummary(r[0], r[1], r[2], outlet_count(conn, r[0]), day_or_none(r[3]), day_or_none(r[4]))
            for r in rows]


def outlet_count(conn: sqlite3.Connection, storyline_id: str | None) -> int:
    """How many outlets published a storyline's articles (None: the whole store's). The one count the CLI
    and the web pages show; an article naming no outlet (a file read without --outlet) is not counted,
    and two copies from one outlet count once. Reads only the index on (storyline_id, outlet)."""
    if storyline_id is None:
        everywhere: int = conn.execute("SELECT count(DISTINCT outlet) FROM articles").fetchone()[0]
        return everywhere
    within: int = conn.execute("SELECT count(DISTINCT outlet) FROM articles WHERE storyline_id = ?",
                               (storyline_id,)).fetchone()[0]
    return within
