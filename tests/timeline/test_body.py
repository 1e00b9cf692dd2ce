"""A candidate states something: a finite verb in each of its parts (real lines the cleaner kept)."""

from __future__ import annotations

import pytest

from dateline.timeline.body import (
    addresses_reader,
    closes_on_credit,
    ends_as_sentence,
    is_byline,
    is_page_note,
    opens_as_caption,
    opens_with_bio,
    speaks_to_reader,
    states_something,
)


@pytest.mark.parametrize("line", [
    # reader comments below a phone review
    "6\" mid range Pixel... No frills no tricks. A sturdy phone with that Pixel look from 2016.",
    "Please make this a real successor to the Pixel range.",
    # a caption and credit a page leaves in its text
    "Enlarge this image toggle caption Ann Cole/AP via Getty Images Ann Cole/AP via Getty Images",
    # a prompt of a page
    "Update: To watch the rover’s landing on Mars live, go here.",
])
def test_a_line_that_states_nothing_is_no_body_sentence(line: str) -> None:
    assert not states_something(line)


@pytest.mark.parametrize("line", [
    "The Senate passed a measure that would require the governor to get approval from "
    "lawmakers before spending the state's rainy day fund.",
    "Nokia stock is down 12% in 2017 so far.",
    "The 6-to-3 ruling striking down the state’s voting map did, in short, two things.",
    # an abbreviation's full stop ("Oct.", "J.") parts nothing
    "The obstacle: Qatar, which has served as a mediator between the warring parties, says more than 40 of the "
    "240 hostages seized on Oct. 7 are not held captive by Hamas.",
    "“Mary J. Blake is calling for a full and immediate halt to new drilling on public land.”",
])
def test_a_sentence_of_a_report_states_something(line: str) -> None:
    assert states_something(line)


@pytest.mark.parametrize("line", [
    # a related link, a promotion and a list's label on news pages
    "SEE MORE: Lima floods: 300 families stranded on rooftops",
    "GET THE WEATHER APP ON YOUR PHONE BY TAPPING HERE",
    "The gunman's employer, the courier firm DHL, issued a statement:",
    # a sentence a page cut across lines
    "European Film Award for Best Supporting Actor in a Drama, has taken",
])
def test_a_line_that_stops_short_of_a_sentence_s_end_is_none(line: str) -> None:
    assert not ends_as_sentence(line)


@pytest.mark.parametrize("line", [
    "Nokia stock is down 12% in 2017 so far.",
    "Wells was charged in May over an April 3 email he is said to have sent to the mayor’s office.",
    "“Mary J. Blake is calling for a full and immediate halt to new drilling on public land.”",
    "The company said it would cut jobs (about 2,400 of them).",
    # a quotation the writer cut short closes on its quotation mark
    "The mayor of Ostervale answered: “Not now. It is a complete waste of the harbour fund...”",
])
def test_a_sentence_of_prose_ends_as_one(line: str) -> None:
    assert ends_as_sentence(line)


@pytest.mark.parametrize("line", [
    # a lead-in to a list, and a standfirst's promise of what the article shows
    "Here's what to bring to the Ostervale fair:",
    "Here’s how the new tram timetable in Brannock Heights works.",
    "Here is why the Ostervale ferry stopped running.",
    # a pointer to a link, however long the sentence before it
    "To read the 40-page audit of the Ostervale harbour fund, which lists every grant the board approved "
    "since the flood and who signed it, click here.",
    "For the full list of winners, tap on this link.",
])
def test_a_sentence_that_speaks_to_the_reader_about_the_page_is_furniture(line: str) -> None:
    assert speaks_to_reader(line)


@pytest.mark.parametrize("line", [
    # a quotation opening so is its speaker's, and a report may say where something is
    "“Here's what we will build next,” Mayor Tilda Brannock said on Tuesday.",
    "The clinic is here to stay, its director said.",
    "Here, the council voted 7-2 to close the Ostervale depot.",
    "Visitors clicked through the archive more than 40,000 times in May.",
])
def test_a_report_does_not_speak_to_the_reader(line: str) -> None:
    assert not speaks_to_reader(line)


@pytest.mark.parametrize("line", [
    "If you missed the Ostervale council meeting, the depot vote was 7-2.",
    "Sign in and your saved articles about Brannock Heights will appear here.",
    "Tilda Brannock says the new tram line will cut your commute by ten minutes.",
])
def test_a_sentence_that_turns_to_the_reader_addresses_them(line: str) -> None:
    assert addresses_reader(line)


@pytest.mark.parametrize("line", [
    # a speaker's "you", in a closed quotation, one the splitter cut off, and the rest of one begun before
    "“You will not see these fares again,” the ferry board's chair said.",
    "The mayor told the crews: “You kept Ostervale moving through the storm",
    "you kept the city moving,” the mayor said.",
    "Young voters in Ostervale turned out in record numbers.",
])
def test_a_report_quoting_a_you_does_not_address_the_reader(line: str) -> None:
    assert not addresses_reader(line)


@pytest.mark.parametrize(("line", "note"), [
    # where the article ran first, its series, its writer's bio (a title's capitals too)
    ("This story, “Ferries are back,” was originally published by the Ostervale Post.", True),
    ("The post Brannock Heights tram opens appeared first on Ostervale Daily.", True),
    ("This feature is one of our weekly series on the Ostervale harbour.", True),
    ("Tilda Brannock is a Senior Fellow with the Harbour Policy team at the Ostervale Institute.", True),
    ("Tilda Brannock is based in Ostervale and covers the city's ferries.", True),
    # a report of a journalist, or of what ran first
    ("Tilda Brannock was a reporter at the Ostervale Post for thirty years.", False),
    ("The harbour photo first appeared in a local paper in 2014.", False),
    ("Ostervale is a city of ferries and bridges.", False),
    # the site's note about itself: its terms, its rights, its affiliate links
    ("Nothing on this site may be copied without the written consent of Ostervale Media.", True),
    ("© 2021 Brannock Press. All Rights Reserved.", True),
    ("Harbour Gadgets may earn a commission through affiliate links on our website.", True),
    # a report of someone's site, and a speaker's "this site" in a quotation
    ("The ferry company posted its new timetable on its website on Monday.", False),
    ("“This site will hold 300 homes by 2027,” the mayor said.", False),
])
def test_a_note_about_the_article_or_its_writer_is_a_page_note(line: str, note: bool) -> None:
    assert is_page_note(line) is note


@pytest.mark.parametrize("line", [
    # a teaser's headline or summary the page cut short, and a comment trailing off
    "Ostervale Ferries Launch Night Crossings To Brannock In 11...",
    "Harbour shares hit their highest level since October at...",
    "Great ferry, but the timetable..",
])
def test_a_line_cut_off_at_an_ellipsis_does_not_end_as_a_sentence(line: str) -> None:
    assert not ends_as_sentence(line)


@pytest.mark.parametrize(("line", "credit"), [
    ("The new tram comes in two colours. (Image source: Ostervale Transit)", True),
    ("Crowds filled the Brannock square (Image: GETTY )", True),
    ("Tilda Brannock leads a rally of ferry crews in Ostervale. (Courtesy of Tilda Brannock)", True),
    ("Ferry fans cheered their crew on with great passionImage: Ann Cole/AGENCY", True),
    ("The mayor opened the depot. [Photo: Ostervale Post]", True),
    # the source alone in brackets after the caption's full stop: an agency, a photographer, a picture library
    ("Ferry crews leave the Ostervale harbour at dawn. (OPX)", True),
    ("The old tram depot stood empty for a decade. (Tilda Brannock/Harbour Pictures)", True),
    ("“We are ready,” the captain said. (Stockfile)", True),
    # a report's own brackets
    ("The council approved the budget (source: city hall).", False),
    ("The plan was approved by the Ostervale Port Authority (OPA).", False),
    ("The council voted 7-2 on the depot (see the map below).", False),
])
def test_a_line_closing_on_a_picture_credit_is_a_caption(line: str, credit: bool) -> None:
    assert closes_on_credit(line) is credit


@pytest.mark.parametrize(("line", "note"), [
    ("Tilda is an Ostervale Entertainment Reporter for the Harbour Post.", True),
    ("Tilda Brannock is Opinion Editor of the Ostervale Post.", True),
    ("It is a fellow traveller of the ferry board.", False),
])
def test_a_bio_needs_no_article_nor_a_full_name(line: str, note: bool) -> None:
    assert is_page_note(line) is note


@pytest.mark.parametrize(("line", "byline"), [
    ("By Tilda Brannock on June 29, 2017 9:00 AM EST", True),
    ("Published By: Tilda Brannock on April 5, 2016 08:21 am EST", True),
    ("by Tilda Brannock | Ostervale Post", True),
    # "by" and a day, or a name a sentence goes on from
    ("By Monday, the Ostervale council had voted 7-2.", False),
    ("By March 2020, the Brannock ferry was gone.", False),
    ("By Election Day, turnout in Ostervale was high.", False),
])
def test_a_byline_is_told_from_a_sentence_opening_with_by(line: str, byline: bool) -> None:
    assert is_byline(line) is byline


@pytest.mark.parametrize(("line", "bio"), [
    ("Tilda is an associate editor for the Ostervale Post. She most recently reported on ferries.", True),
    ("Ann Cole is based in Ostervale and covers the harbour. Before joining the Post in 2012, she edited maps.", True),
    ("The Ostervale Post named Ann Cole its editor. She starts in May.", False),
])
def test_a_line_opening_with_a_bio_is_one(line: str, bio: bool) -> None:
    assert opens_with_bio(line) is bio


@pytest.mark.parametrize(("line", "caption"), [
    ("Photo shows a lynx in the Ostervale Forest Park. (Harbour Daily/courtesy of Ostervale Forestry)", True),
    ("Photo taken on May 2 shows ferry crews at the Brannock quay.", True),
    ("This photo, taken from a drone, shows the flooded depot in Ostervale.", True),
    ("In this March 3, 2019, file photo, Mayor Tilda Brannock waves at the Ostervale quay.", True),
    # a report about a photo
    ("A photo shared online shows the mayor at the quay, the council said.", False),
    ("Photos of the depot drew 2,000 comments on Tuesday.", False),
])
def test_a_line_opening_as_a_caption_is_one(line: str, caption: bool) -> None:
    assert opens_as_caption(line) is caption
