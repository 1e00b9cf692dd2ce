"""Corpus-basis dates: seed 004 ("its bloody attacks two weeks ago") against the Oct 7 attack."""

from __future__ import annotations

from datetime import date

from dateline.model import PublicationDate
from dateline.time.corpus import RelativeMention, ago_offset, corpus_publication_date, year_from_corpus
from dateline.time.pubdate import WireDay


def test_ago_offset() -> None:
    assert ago_offset("two weeks ago") == (2.0, "week")
    assert ago_offset("about 10 days ago") == (10.0, "day")
    assert ago_offset("several years ago") is None


def test_seed_004_two_weeks_after_the_attack() -> None:
    mentions = [RelativeMention("hamas attack on israel", 2.0, "week", (241, 254)),
                RelativeMention("hamas attack on israel", 2.0, "week", (1214, 1227))]
    found = corpus_publication_date(mentions, {"hamas attack on israel": date(2023, 10, 7)})
    assert found == PublicationDate(date(2023, 10, 18), date(2023, 10, 24), "corpus", ((241, 254), (1214, 1227)))
    assert found.earliest <= date(2023, 10, 21) <= found.latest  # Oct 20 release "on Friday", Oct 21 "on Saturday"


def test_undated_or_contradictory_events_give_nothing() -> None:
    assert corpus_publication_date([RelativeMention("x", 2.0, "week", (0, 1))], {}) is None
    clash = [RelativeMention("a", 1.0, "day", (0, 1)), RelativeMention("b", 1.0, "day", (2, 3))]
    assert corpus_publication_date(clash, {"a": date(2023, 1, 1), "b": date(2023, 6, 1)}) is None


def test_year_from_corpus_needs_a_dated_neighbour_and_the_named_weekday() -> None:
    wire = WireDay(4, 27, (8, 16), frozenset({1}))  # "PARIS , April 27 (Reuters) - ... said on Tuesday"
    assert year_from_corpus(wire, [date(2010, 4, 20)]) == PublicationDate.on(date(2010, 4, 27), "corpus", ((8, 16),))
    assert year_from_corpus(wire, [date(2010, 1, 5)]) is None  # no article within a month of April 27
    assert year_from_corpus(WireDay(4, 27, (8, 16), frozenset({3})), [date(2010, 4, 20)]) is None  # not a Thursday
    assert year_from_corpus(WireDay(4, 27, (8, 16), frozenset()), [date(2010, 4, 20)]).exact == date(2010, 4, 27)
