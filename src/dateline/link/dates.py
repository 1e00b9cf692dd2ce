"""Publication dates from the corpus: date an article by what other articles say about the events it
places relative to its own day ("its bloody attacks two weeks ago", where others date the attack), and
by the running totals it reports against dated reports of the same toll (:mod:`dateline.link.tolls`), and
by the year the corpus gives its wire date line (``PARIS , April 27 (Reuters) -``, the year never named).

Every piece of evidence gives a range, possibly open on one side (a toll larger than a dated report's
says "no earlier than", nothing about "no later than"); the article gets their intersection, and nothing
when they contradict each other: an unknown date is honest, a wrong one is a bug.

An article in a storyline with articles that date themselves is dated to the days its story-mates span, widened
by how far apart one story's reports lie (:func:`story_ranges`). Storylines are made by the link, after the
corpus dates articles: the build dates again once it has linked (:func:`dateline.pipeline.date_and_link`), and a
later build finds the storylines in the store.

Last, an article dated only to a range, by the corpus or by its own text, is pinned to the day its lead
reports inside that range, when its lead names one (:func:`dateline.time.redate.lead_day`); a corpus range
only when one day alone fits, whichever day of the range the lead is read from
(:func:`~dateline.time.corpus.only_fitting_day`); a range its metadata gives is left as it is
(:func:`self_ranged_articles`)."""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date

from dateline.extract.events.lead import stored_lead
from dateline.link.tolls import toll_ranges
from dateline.model import Article, PublicationDate
from dateline.nlp.pipeline import ANALYSIS_CHAR_LIMIT
from dateline.store.annotations import article_sentences, article_timexes, load_stored_dating
from dateline.store.articles import load_article, self_dated_articles, update_published
from dateline.time.corpus import (
    LEAD_SENTENCES,
    RelativeMention,
    corpus_publication_date,
    is_story_sentence,
    only_fitting_day,
    story_range,
    year_from_corpus,
)
from dateline.time.pubdate import header_wire_day
from dateline.time.redate import lead_day, past_days_named

#: An article is dated by its story-mates only when at least this many of them date themselves: one dated report
#: does not tell a story of a few days (the reports of one event) from one of months (a war's, whose storyline
#: holds reports of many days), nor a storyline of two reports of different years on one subject, grouped on their
#: one likeness (on the real-news dev split, a 2024 and a 2019 report on Chelsea), from one story.
STORY_DATED_MIN = 2
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


def undated_articles(conn: sqlite3.Connection) -> list[str]:
    """Articles that neither metadata nor their own text dates: the ones the corpus may date."""
    return [row[0] for row in conn.execute(
        "SELECT id FROM articles WHERE published_basis IN ('unknown', 'corpus') ORDER BY id")]


def self_ranged_articles(conn: sqlite3.Connection) -> list[str]:
    """Articles that their own text dates only to a range of days (a week after the latest day it reports):
    the ones their lead may pin. Not a range from metadata: that one is about the hour it was published (one
    day in New York, the next in UTC), which the day of its news does not settle (news of Tuesday published
    at 1 a.m. on Wednesday)."""
    return [row[0] for row in conn.execute(
        """SELECT id FROM articles WHERE published_basis = 'text'
           AND published_earliest < published_latest ORDER BY id""")]


def intersect(ranges: Iterable[PublicationDate]) -> PublicationDate | None:
    """The days every range allows, basis "corpus", with all their evidence; a None side is open. None
    when there are no ranges or they leave no day."""
    ranges = list(ranges)
    earliest = max((r.earliest for r in ranges if r.earliest is not None), default=None)
    latest = min((r.latest for r in ranges if r.latest is not None), default=None)
    if not ranges or (earliest is not None and latest is not None and earliest > latest):
        return None
    evidence = tuple(sorted({span for r in ranges for span in r.evidence}))
    return PublicationDate(earliest, latest, "corpus", evidence)


def exact_days(dated: dict[str, tuple[date, date]]) -> list[date]:
    """The days of the self-dated articles known to the day, sorted: the corpus calendar that a wire date
    line without a year is placed in."""
    return sorted(low for low, high in dated.values() if low == high)


def wire_date(conn: sqlite3.Connection, article: Article, calendar: list[date]) -> list[PublicationDate]:
    """The day of the article's wire date line, its year from the corpus calendar, if both are there."""
    wire = header_wire_day(article.text, article_timexes(conn, article.id))
    found = year_from_corpus(wire, calendar) if wire else None
    return [found] if found else []


def story_ranges(conn: sqlite3.Connection, dated: dict[str, tuple[date, date]]) -> dict[str, list[PublicationDate]]:
    """Per article not dated by metadata or text, the range its storyline's self-dated articles (``dated``)
    give it (:func:`~dateline.time.corpus.story_range`), when at least :data:`STORY_DATED_MIN` of them do;
    none for an article in no storyline yet."""
    mates: dict[str, list[tuple[date, date]]] = defaultdict(list)
    for article_id, mate in conn.execute("""SELECT a.id, m.id FROM articles a
                                            JOIN articles m ON m.storyline_id = a.storyline_id AND m.id != a.id
                                            WHERE a.published_basis IN ('unknown', 'corpus')"""):
        if mate in dated:
            mates[article_id].append(dated[mate])
    return {article_id: [found] for article_id, days in mates.items()
            if len(days) >= STORY_DATED_MIN and (found := story_range(days))}


def _corpus_date(mentions: list[RelativeMention], days: dict[str, date],
                 bounds: list[PublicationDate]) -> PublicationDate | None:
    """One article's corpus date from its relative mentions and its other bounds (tolls, a wire date
    line); None when the mentions contradict themselves (dated mentions that give no range) or the
    evidence contradicts itself."""
    from_events = corpus_publication_date(mentions, days)
    if from_events is None and any(mention.event in days for mention in mentions):
        return None
    return intersect(([from_events] if from_events else []) + bounds)


def date_from_corpus(conn: sqlite3.Connection) -> list[str]:
    """Pin the ranges articles' text gave to their lead's day, then give corpus-basis dates to the
    articles the corpus can date (pinned to their lead's day too); return the articles whose date changed.
    The pinned days join the calendar a wire date line's year is taken from."""
    changed = []
    for article_id in self_ranged_articles(conn):
        article = load_article(conn, article_id)
        if _update(conn, article, pinned_by_lead(conn, article, article.published)):
            changed.append(article_id)
    days, mentions, dated = event_days(conn), relative_mentions(conn), self_dated_articles(conn)
    tolls, calendar, stories = toll_ranges(conn, dated), exact_days(dated), story_ranges(conn, dated)
    for article_id in undated_articles(conn):
        article = load_article(conn, article_id)
        bounds = tolls.get(article_id, []) + wire_date(conn, article, calendar) + stories.get(article_id, [])
        found = _corpus_date(mentions.get(article_id, []), days, bounds) or PublicationDate()
        if _update(conn, article, pinned_by_lead(conn, article, found)):
            changed.append(article_id)
    return changed


def pinned_by_lead(conn: sqlite3.Connection, article: Article, published: PublicationDate) -> PublicationDate:
    """``published``, pinned to the day the article's lead reports when it is a range its lead names a day in;
    a corpus range only to the one day that fits whichever day of it the lead is read from."""
    if published.earliest is None or published.latest is None or published.exact is not None:
        return published
    text = article.text[:ANALYSIS_CHAR_LIMIT]
    sentences = article_sentences(conn, article.id)
    lead = stored_lead(text, sentences, LEAD_SENTENCES)
    stored = load_stored_dating(conn, article.id)
    if published.basis == "corpus":
        story = [sentence for sentence in sentences if is_story_sentence(sentence.text)]
        return only_fitting_day(published, lambda against: past_days_named(text, stored, lead, against),
                                lambda against: past_days_named(text, stored, story, against)) or published
    return lead_day(text, stored, lead, published)


def _update(conn: sqlite3.Connection, article: Article, published: PublicationDate) -> bool:
    """Store ``published`` as the article's date if it differs; whether it did."""
    if published == article.published:
        return False
    update_published(conn, article.id, published)
    return True
