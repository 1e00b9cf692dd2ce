"""A candidate states something: a finite verb in each of its parts (real lines the cleaner kept)."""

from __future__ import annotations

import pytest

from dateline.timeline.body import ends_as_sentence, states_something


@pytest.mark.parametrize("line", [
    # reader comments below an Android Central report (2017)
    "5\" high end Moto X... No mods no gimmicks. A solid phone with that Moto X design from 2014.",
    "Please be a proper update to the Moto X line.",
    # a caption and credit an NPR page (2020) leaves in its text
    "Enlarge this image toggle caption Saul Loeb/AFP via Getty Images Saul Loeb/AFP via Getty Images",
    # a prompt of a Rivard Report page (2016)
    "Update: To watch Juno’s insertion into Jupiter’s orbit, go here.",
])
def test_a_line_that_states_nothing_is_no_body_sentence(line: str) -> None:
    assert not states_something(line)


@pytest.mark.parametrize("line", [
    "The House of Representatives approved a resolution that would force President Trump to seek consent from "
    "Congress before taking new military action against Iran.",
    "BlackBerry stock is down 19% in 2016 so far.",
    "The 5-to-4 decision upholding President Trump’s travel ban basically did two things.",
    # an abbreviation's full stop ("Oct.", "J.") parts nothing
    "The obstacle: Qatar, which has served as a mediator between the warring parties, says more than 40 of the "
    "240 hostages seized on Oct. 7 are not held captive by Hamas.",
    "“Donald J. Trump is calling for a total and complete shutdown of Muslims entering the United States.”",
])
def test_a_sentence_of_a_report_states_something(line: str) -> None:
    assert states_something(line)


@pytest.mark.parametrize("line", [
    # a related link, a promotion and a list's label on news pages
    "SEE MORE: Hong Kong protests: 800 students under siege in university",
    "GET FOX BUSINESS ON THE GO BY CLICKING HERE",
    "Mateen's employer, the security company G4S, issued a statement:",
    # a sentence a page cut across lines
    "Africa Movie Academy Award for Best Actress in a Leading Role, has taken",
])
def test_a_line_that_stops_short_of_a_sentence_s_end_is_none(line: str) -> None:
    assert not ends_as_sentence(line)


@pytest.mark.parametrize("line", [
    "BlackBerry stock is down 19% in 2016 so far.",
    "Carlineo was arrested in April for a March 21 phone call he reportedly made to Omar’s office.",
    "“Donald J. Trump is calling for a total and complete shutdown of Muslims entering the United States.”",
    "The company said it would cut jobs (about 2,400 of them).",
])
def test_a_sentence_of_prose_ends_as_one(line: str) -> None:
    assert ends_as_sentence(line)
