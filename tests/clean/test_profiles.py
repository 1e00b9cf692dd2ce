"""A publisher's "About …" box below its story: the heading and the profile paragraphs that open with its name."""

from __future__ import annotations

from dateline.clean import clean_text
from dateline.clean.profiles import contact_lines, profile_lines

STORY = ["Brightmoor Labs said on Tuesday it would open a research office in Ostervale next spring, hiring 40 people.",
         "Chief executive Tilda Brannock said the office would work on water sensors for farms in the valley."]
PROFILE = ["About Brightmoor Labs",
           "Brightmoor Labs is a maker of field sensors founded in 2009, with offices in 12 countries.",
           "Brightmoor Labs is based in Calder Falls."]


def test_the_heading_and_the_paragraphs_that_open_with_its_name_are_the_profile() -> None:
    lines = [*STORY, "", *PROFILE, "Press contact: Ann Cole"]
    assert profile_lines(lines) == frozenset({3, 4, 5})


def test_a_name_spelt_in_lower_case_is_matched_as_spelt() -> None:
    assert profile_lines(["About my7lens", "my7lens offers a camera app for 30 phones."]) == frozenset({0, 1})
    assert profile_lines(["About Harvest", "harvest yields fell by 12% this year."]) == frozenset()


def test_a_heading_with_a_legal_form_and_a_colon_names_its_company_by_its_first_word() -> None:
    lines = ["About Tessaly Systems Inc.:", "Tessaly Systems, Inc. (a family-owned firm) builds cold stores."]
    assert profile_lines(lines) == frozenset({0, 1})
    assert profile_lines(["About Tessaly Systems Inc.", *lines[1:]]) == frozenset({0, 1})


def test_a_story_s_subheading_about_something_keeps_its_paragraph() -> None:
    lines = ["About the vote", "Councillors voted 7 to 2 for the plan after a three-hour debate.",
             "About the study", "Study leaders followed 300 patients for two years.",
             "About Brightmoor Labs", "The firm declined to comment on the vote.", "About 40 people came."]
    assert profile_lines(lines) == frozenset()


def test_the_cleaner_drops_the_profile_as_the_publisher_s_and_keeps_the_story() -> None:
    for by_context in (True, False):
        cleaned = clean_text("\n\n".join([*STORY, *PROFILE]), by_context=by_context)
        assert cleaned.text == "\n\n".join(STORY)
        assert [(d.text, d.reason) for d in cleaned.dropped] == [(line, "publisher profile") for line in PROFILE]


def test_a_press_release_s_contact_box_is_its_heading_and_the_short_lines_under_it() -> None:
    lines = ["Brannock Robotics will ship the arm to hospitals in Ostervale from June.", "",
             "Media Contact:", "Tilda Brannock", "Brannock Robotics", "press@brannock.example", "+1 555 0100",
             "Share this release"]
    assert contact_lines(lines) == frozenset({2, 3, 4, 5, 6, 7})
    cleaned = clean_text("\n".join(lines), by_context=False)
    assert cleaned.text == lines[0]
    assert {d.reason for d in cleaned.dropped} == {"press contact"}


def test_a_story_s_paragraph_under_a_contact_heading_and_a_menu_s_contact_link_stay() -> None:
    assert contact_lines(["Press contacts", "Reporters who called the office on Monday were told to wait.",
                          "Staff said so."]) == frozenset()
    assert contact_lines(["Contact", "Careers", "Privacy policy"]) == frozenset()
