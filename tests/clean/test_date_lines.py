"""A plain-text scrape's date line, in the shapes news sites print it (written here for the tests): the day it
states, published before updated, an update alone as a bound; no day from a story's sentence, a caption, a
credit, a relative stamp or a list of other stories' dates or an embedded post's signature."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.clean.date_lines import is_clock_line, is_date_line, is_own_date_line, is_page_stamp, scrape_date
from dateline.model import PublicationDate, RawArticle
from dateline.pipeline import stated_or_date_line

STORY = ["The city council voted on Tuesday to close the bridge for repairs until the spring, officials said.",
         "Drivers will be sent along the river road, which the council says can carry the extra traffic.",
         "The repairs are expected to cost about $4 million and to take most of the winter, the mayor said."]
TODAY = date(2026, 12, 5)


def scrape(*head: str, after: tuple[str, ...] = ()) -> str:
    """A scrape: the page's header lines, the story, and lines after it, one per paragraph."""
    return "\n\n".join([*head, *STORY, *after])


@pytest.mark.parametrize(("head", "day"), [
    (("Bridge to close", "Author of the article:", "Jane Doe", "Published Jun 05, 2026 • 3 minute read",
      "Join the conversation"), date(2026, 6, 5)),
    (("Bridge to close", "News", "Jane Doe", "17:12, 06 Jan 2026Updated 17:50, 06 Jan 2026", "View 3 Images"),
     date(2026, 1, 6)),
    (("Bridge to close", "By Jane Doe | March 3, 2024"), date(2024, 3, 3)),
    (("Bridge to close", "by Jane Doe", "November 21, 2025", "Share0"), date(2025, 11, 21)),
    (("Bridge to close", "By Jane Doe", "Posted May 24, 2026 10:05 am", "4 min read"), date(2026, 5, 24)),
    (("Bridge to close", "Friday, 22 Nov 2024 4:55 PM MYT"), date(2024, 11, 22)),
    (("Bridge to close", "Sat 24 Feb 2024 12.42 CET"), date(2024, 2, 24)),
    (("Bridge to close", "Published on", "30/04/2024 - 16:38"), date(2024, 4, 30)),
    (("Bridge to close", "March 7, 20247:55 AM UTCUpdated ago"), date(2024, 3, 7)),
    (("Bridge to close", "Jane Doe", "2019-11-18T20:51:19Z"), date(2019, 11, 18)),
    (("Bridge to close", "By Staff Reports -", "11/20/19 6:38 AM"), date(2019, 11, 20)),
    (("Bridge to close", "by Metro Desk", "MetroHerald.comOct. 13, 2016"), date(2016, 10, 13)),
    (("Bridge to close", "Jane Doe", "Nov.November 18, 2019"), date(2019, 11, 18)),
    (("Bridge to close", "Jane Doe", "05.24.16", "5:42 AM"), date(2016, 5, 24)),
    (("Bridge to close", "Read magazine online", "14-Oct-2016"), date(2016, 10, 14)),
    (("Bridge to close", "Wednesday 8.5.15", "by Jane Doe"), date(2015, 8, 5)),  # the weekday picks 5 August
    (("Bridge to close", "By", "Jane Doe", "|Metro Herald", "| 17 Mar 15"), date(2015, 3, 17)),
    (("Bridge to close", "Jane Doe", "Published Online: April 25, 2016"), date(2016, 4, 25)),
])
def test_the_date_line_under_the_headline(head: tuple[str, ...], day: date) -> None:
    assert scrape_date(scrape(*head), TODAY).exact == day


def test_a_standfirst_above_the_date_line() -> None:
    standfirst = "Engineers might be able to protect the bridge by coating it with a new paint. Should they?"
    head = ("Bridge to close", standfirst, "By Jane Doe", "April 25, 2023")
    assert scrape_date(scrape(*head), TODAY).exact == date(2023, 4, 25)


def test_published_beats_updated_on_lines_of_their_own() -> None:
    head = ("Bridge to close", "By Jane Doe", "Published:", "15:56 BST, 28 April 2024", "| Updated:",
            "09:10 BST, 27 April 2024")
    assert scrape_date(scrape(*head), TODAY).exact == date(2024, 4, 28)


def test_the_earliest_of_an_unlabelled_pair() -> None:
    pair = scrape("Bridge to close", "Aug. 2, 2018 7:22 pm", "Aug. 1, 2018 3:01 pm")
    assert scrape_date(pair, TODAY).exact == date(2018, 8, 1)


@pytest.mark.parametrize("head", [
    ("Bridge to close", "Jane Doe|Published", "4 months ago"),  # relative: no day
    ("Bridge to close", "Jane Doe5 hours ago"),
    ("Bridge to close", "Source: Metro Transit Authority, October 25, 2019"),  # a quoted source's date
    ("Bridge to close", "Photo: Jane Doe, March 3, 2024"),  # a credit
    ("Bridge to close", "Published 04/05/2024"),  # 4 May or 5 April: the page's order is unknown
    ("Bridge to close", "Published Jun 05, 2027"),  # after today: not a date line's day
    ("Bridge to close", "Jun 05 • 3 minute read"),  # no year
    ("Bridge to close", "Closures across the region this week", "— Metro Transit (@MetroTransit) July 16, 2026"),
])
def test_no_day_without_a_published_date_line(head: tuple[str, ...]) -> None:
    assert scrape_date(scrape(*head), TODAY) == PublicationDate()


@pytest.mark.parametrize(("head", "update"), [
    (("Bridge to close", "Last Updated: January 7, 2025"), date(2025, 1, 7)),
    (("Bridge to close", "Updated", "10:01 pm PST, Tuesday, November 19, 2019"), date(2019, 11, 19)),
    (("Bridge to close", "By", "Jane Doe", "last updated", "4 April 17"), date(2017, 4, 4)),
])
def test_an_update_alone_bounds_the_day_from_above(head: tuple[str, ...], update: date) -> None:
    """The article appeared on or before its update; how long before, nobody says."""
    assert scrape_date(scrape(*head), TODAY) == PublicationDate(None, update, "text")


def test_updates_days_apart_give_no_bound() -> None:
    head = ("Bridge to close", "Updated January 7, 2025", "Jane Doe", "Updated March 9, 2018")
    assert scrape_date(scrape(*head), TODAY) == PublicationDate()


def test_the_article_s_own_citation_below_the_story() -> None:
    citation = ("Citation:", "Bridge to close for the winter repairs (2019, November 18)", "retrieved 20 November 2019")
    found = scrape_date(scrape("Bridge to close for the winter repairs", after=citation), TODAY)
    assert found.exact == date(2019, 11, 18)


def test_a_cited_source_s_date_is_not_the_article_s() -> None:
    sources = ("References", "Hibernation and torpor in spaceflight (2018, March 2)")
    assert scrape_date(scrape("Bridge to close for the winter repairs", after=sources), TODAY) == PublicationDate()


def test_a_day_in_the_story_is_never_the_date_line() -> None:
    event = "The council first voted to close the bridge on March 3, 2024, after an inspection found cracks."
    assert scrape_date("\n\n".join(["Bridge to close", event, *STORY]), TODAY) == PublicationDate()


def test_a_list_of_other_stories_dates_gives_no_day() -> None:
    related = ("Recommended", "Flood closes the ring road", "Jane Doe", "Jul 17, 2014", "Snow day", "John Roe",
               "Mar 9, 2018")
    assert scrape_date(scrape("Bridge to close", "Jane Doe", *related), TODAY) == PublicationDate()


def test_the_date_line_above_the_story_beats_a_list_after_it() -> None:
    """The page prints the headline, byline and date line before the story; the list of other stories'
    dates comes after the story's first paragraph, where the article block may begin."""
    related = ("Recommended", "Flood closes the ring road", "May 17, 2016", "Snow day", "May 16, 2016")
    head = ("Bridge to close", "By", "Jane Doe", "-", "May 11, 2016", STORY[0], *related)
    assert scrape_date(scrape(*head), TODAY).exact == date(2016, 5, 11)


def test_a_scrape_without_metadata_is_dated_by_its_date_line_as_a_text_guess() -> None:
    raw = RawArticle(source="bridge.txt", text=scrape("Bridge to close", "By Jane Doe | March 3, 2024"))
    assert stated_or_date_line(raw) == PublicationDate.on(date(2024, 3, 3), "text")


def test_a_stated_date_or_an_extracted_page_is_never_read_for_a_date_line() -> None:
    text = scrape("Bridge to close", "By Jane Doe | March 3, 2024")
    stated = RawArticle(source="bridge.txt", text=text, published=date(2024, 3, 4))
    assert stated_or_date_line(stated) == PublicationDate.on(date(2024, 3, 4), "metadata")
    assert stated_or_date_line(RawArticle(source="bridge.html", text=text, extracted=True)) == PublicationDate()


@pytest.mark.parametrize(("line", "clock"), [
    ("5:50 PM", True), ("Today 5:00 am", True), ("Updated at 5:34 p.m.", True), ("2:56 PM ET", True),
    ("Monday 6:30PM", True),
    ("2:05", False),  # a video's length
    ("$3.25", False), ("The meeting starts at 5:30 p.m.", False), ("Duration 1:30", False),
])
def test_a_clock_line_is_a_time_of_day_and_a_date_line_s_words_alone(line: str, clock: bool) -> None:
    assert is_clock_line(line) is clock


@pytest.mark.parametrize(("line", "dated"), [
    ("Published Tue, Nov 19 20197:05 AM EST", True),  # a year and a clock glued by the scrape
    ("March 7, 20247:55 AM UTCUpdated ago", True),
    ("The bridge has been closed since Nov 19 2019, the council said.", False),
])
def test_a_date_line_is_read_with_its_glued_words_apart(line: str, dated: bool) -> None:
    assert is_date_line(line) is dated


def test_a_date_line_is_read_as_shown_without_invisible_format_characters() -> None:
    """A page that hyphenates its words softly sets its date line "Sep\xadtem\xadber 9, 2016": read as shown,
    it is the 9th of September; a line holding only a zero-width non-joiner is no line of the head."""
    head = ("Bridge to close", "By Jane Doe", "\u200c", "Sep\xadtem\xadber 9, 2016")
    assert scrape_date(scrape(*head), TODAY).exact == date(2016, 9, 9)


@pytest.mark.parametrize(("line", "stamp"), [
    ("Published: Tuesday, March 3rd, 2026 at 10:15 a.m.", True), ("Nov. 4, 2025 6:12 pm ET", True),
    ("Posted Online: June 9, 2023", True), ("Updated at 5:34 p.m.", True),
    ("5:45 AM PST 11/19/2019 by Jane Doe", True),
    ("Jan. 6, 2021", False),  # a chronology's subheading
    ("4:14 p.m.", False),  # a live report's update
    ("The council posted the notice at 3:15 p.m. on May 4, 2019.", False),
    ("Riverside Winery 2024 Riesling, Canada ($14.99, #551234)", False),  # a price is no clock
    ("— Jane Doe (@janedoe) May 4, 2019", False),  # an embedded post's signature
])
def test_a_page_stamp_is_a_date_line_with_its_time_of_day_or_its_label(line: str, stamp: bool) -> None:
    assert is_page_stamp(line) is stamp


@pytest.mark.parametrize(("line", "own"), [
    ("June 14, 2026", True), ("Sunday, 14 June 2026", True), ("Harbour Desk June 14, 2026", True),
    ("June 13, 2026", False), ("June 14", False), ("The ferry sailed on June 14, 2026, the operator said.", False),
])
def test_a_date_line_is_the_page_s_own_where_it_states_the_publication_day(line: str, own: bool) -> None:
    assert is_own_date_line(line, date(2026, 6, 14)) is own
