"""Corpus-basis dates: seed 004 ("its bloody attacks two weeks ago") against the Oct 7 attack; seed 003, dated
to a week, pinned to the day its lead reports."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from dateline.model import PublicationDate
from dateline.records import Offsets
from dateline.time.corpus import (
    RelativeMention,
    ago_offset,
    corpus_publication_date,
    is_page_furniture,
    news_day,
    only_fitting_day,
    reports_event_on_day,
    story_range,
    year_from_corpus,
)
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



def test_a_collections_own_period_outweighs_a_stray_year() -> None:
    """A stamp "Nov 18" in a collection scraped over a week of November 2019, beside one article of November
    2016: the collection's year; two comparable clusters leave it undecided."""
    stamp = WireDay(11, 18, (0, 6), frozenset())
    collection = [date(2016, 11, 20)] + [date(2019, 11, 18)] * 6 + [date(2019, 11, 19)] * 4
    assert year_from_corpus(stamp, collection) == PublicationDate.on(date(2019, 11, 18), "corpus", ((0, 6),))
    assert year_from_corpus(stamp, [date(2016, 11, 20)] * 3 + [date(2019, 11, 18)] * 4) is None

#: Seed 003's date from its text: the week after the latest day it reports.
WEEK = PublicationDate(date(2023, 11, 28), date(2023, 12, 4), "text", ((183, 200), (428, 435)))


def test_a_caption_or_credit_is_page_furniture_not_a_story_sentence() -> None:
    caption = ("Israeli soldiers stand on an Israeli tank near the Israel-Gaza border, amid the temporary truce "
               "between Hamas and Israel, in southern Israel, November 28, 2023.")
    assert is_page_furniture(caption)  # the caption's date is the photo's, not the news
    assert not is_page_furniture("The hostages seized on October 7, 2023 were held in tunnels.")


def test_a_range_is_pinned_to_the_first_day_its_lead_names_inside_it() -> None:
    tuesday = (date(2023, 11, 28), (537, 544))
    pinned = news_day(WEEK, [(date(2023, 10, 7), (10, 15)), tuesday, (date(2023, 12, 1), (600, 606))])
    assert pinned == PublicationDate.on(date(2023, 11, 28), "text", ((183, 200), (428, 435), (537, 544)))
    corpus_week = PublicationDate(date(2023, 10, 18), date(2023, 10, 24), "corpus", ((241, 254),))
    assert news_day(corpus_week, [(date(2023, 10, 20), (300, 306))]) == PublicationDate.on(
        date(2023, 10, 20), "corpus", ((241, 254), (300, 306)))


def test_a_range_stays_a_range_when_its_lead_names_no_day_inside_it() -> None:
    assert news_day(WEEK, [(date(2023, 10, 7), (10, 15))]) is None  # the attack, weeks before: background
    assert news_day(WEEK, []) is None
    assert news_day(PublicationDate.on(date(2023, 11, 28), "metadata"), [(date(2023, 11, 28), (1, 2))]) is None
    open_ended = PublicationDate(date(2023, 11, 28), None, "corpus", ((5, 9),))  # "no earlier than": no range
    assert news_day(open_ended, [(date(2023, 11, 29), (1, 2))]) is None


def test_a_span_bound_is_no_day_of_an_event() -> None:
    assert not reports_event_on_day("The war has raged since ")
    assert not reports_event_on_day("The truce holds until")
    assert reports_event_on_day("Hostages were seized on ")


def test_story_mates_give_their_span_widened_by_how_far_one_storys_reports_lie() -> None:
    """Capital Gazette shooting, Thursday 28 June 2018: reports of that day and the next."""
    mates = [(date(2018, 6, 28), date(2018, 6, 28)), (date(2018, 6, 29), date(2018, 6, 29))]
    assert story_range(mates) == PublicationDate(date(2018, 6, 26), date(2018, 7, 1), "corpus")
    assert story_range([]) is None
    # a story told over months (the seeds' war, 28 Nov 2023 to a March 2024 week): no measured range
    assert story_range([(date(2023, 11, 28), date(2023, 11, 28)), (date(2024, 3, 21), date(2024, 3, 27))]) is None
    assert story_range([(date(2018, 6, 28), date(2018, 7, 4))]) is None  # one dated only to a week


def _thursday_before(against: PublicationDate) -> Iterator[tuple[date, Offsets]]:
    """"opened fire on the newsroom on Thursday": the last Thursday on or before the day it is read from."""
    assert against.earliest is not None
    yield against.earliest - timedelta(days=(against.earliest.weekday() - 3) % 7), (91, 99)


def test_a_weekday_pins_a_story_range_only_where_one_day_fits() -> None:
    story = PublicationDate(date(2018, 6, 26), date(2018, 6, 30), "corpus")
    # read from 26 or 27 June, Thursday is the 21st, outside; from 28-30 June it is the 28th
    assert only_fitting_day(story, _thursday_before, _thursday_before) == PublicationDate.on(
        date(2018, 6, 28), "corpus", ((91, 99),))
    two_thursdays = PublicationDate(date(2018, 6, 20), date(2018, 6, 30), "corpus")
    assert only_fitting_day(two_thursdays, _thursday_before, _thursday_before) is None  # the 21st or the 28th
    assert only_fitting_day(PublicationDate.on(date(2018, 6, 28), "corpus"), _thursday_before, _thursday_before) is None
    # a month is read as a whole: read from its first day (a Friday), Thursday is the day before it
    month = PublicationDate(date(2018, 6, 1), date(2018, 6, 30), "corpus")
    assert only_fitting_day(month, _thursday_before, _thursday_before) is None


def _friday_before(against: PublicationDate) -> Iterator[tuple[date, Offsets]]:
    """"The gunman was charged on Friday", further down the story."""
    assert against.earliest is not None
    yield against.earliest - timedelta(days=(against.earliest.weekday() - 4) % 7), (700, 706)


def test_a_lead_day_before_a_later_day_the_story_reports_pins_nothing() -> None:
    """Read from 29 June on, the story reports Friday the 29th, after the lead's Thursday: written after it."""
    story = PublicationDate(date(2018, 6, 26), date(2018, 6, 30), "corpus")
    assert only_fitting_day(story, _thursday_before, _friday_before) is None
