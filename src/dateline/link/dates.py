"""Publication dates from the corpus: date an article by what other articles say about the events it
places relative to its own day ("its bloody attacks two weeks ago", where others date the attack)."""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from datetime import date

from dateline.model import PublicationDate
from dateline.store.articles import load_article, update_published
from dateline.time.corpus import RelativeMention, corpus_publication_date

#: A day is an event's date when more than this share of the articles that date the event agree on it.
MAJORITY = 0.5


def event_days(conn: sqlite3.Connection) -> dict[str, date]:
    """Each event key's day, when the articles that date it to the day agree by a clear majority."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for event, day, _ in conn.execute("SELECT DISTINCT event, day, article_id FROM event_mentions "
                                      "WHERE day IS NOT NULL"):
        votes[event][day] += 1
    days = {}
    for event, counter in votes.items():
        day, support = counter.most_common(1)[0]
        if support > MAJORITY * sum(counter.values()):
            days[event] = date.fromisoformat(day)
    return days


def relative_mentions(conn: sqlite3.Connection) -> dict[str, list[RelativeMention]]:
    """Per article not dated by metadata or text, its "N units ago" event mentions."""
    rows = conn.execute("""SELECT m.article_id, m.event, m.amount, m.unit, m.start, m.end FROM event_mentions m
                           JOIN articles a ON a.id = m.article_id
                           WHERE m.amount IS NOT NULL AND a.published_basis IN ('unknown', 'corpus')""")
    mentions: dict[str, list[RelativeMention]] = defaultdict(list)
    for article_id, event, amount, unit, start, end in rows:
        mentions[article_id].append(RelativeMention(event, amount, unit, (start, end)))
    return mentions


def date_from_corpus(conn: sqlite3.Connection) -> list[str]:
    """Give corpus-basis dates to the articles the corpus can date; return those whose date changed."""
    days = event_days(conn)
    changed = []
    for article_id, mentions in relative_mentions(conn).items():
        found = corpus_publication_date(mentions, days) or PublicationDate()
        if found != load_article(conn, article_id).published:
            update_published(conn, article_id, found)
            changed.append(article_id)
    return changed
