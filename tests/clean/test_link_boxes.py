"""A box of other stories' linked titles that an extractor left in or below the article."""

from __future__ import annotations

from dateline.clean import clean_text
from dateline.clean.link_boxes import is_linked_title, is_story_list, link_box_lines

STORY = ["Mayor Tilda Brannock of Ostervale said on Monday that the harbour bridge would close for four months.",
         "The council will pay for the repairs out of a reserve fund set aside in 2021, she told reporters."]
TEASERS = ["Ostervale ferry fares to rise by a third in spring",
           "- Seven Hidden Beaches Along the Calder Coast",
           "Opinion3 hours ago Why the valley needs a second hospital"]
LINKS = frozenset({"Ostervale ferry fares to rise by a third in spring", "Seven Hidden Beaches Along the Calder Coast",
                   "Why the valley needs a second hospital", "Opinion", "Home", "Calder Falls"})


def test_a_line_mostly_of_a_link_s_text_is_a_linked_title() -> None:
    assert all(is_linked_title(line, LINKS) for line in TEASERS)
    assert not is_linked_title("Calder Falls turns 100", LINKS)  # a link's words, but few of the line's
    assert not is_linked_title(STORY[0], LINKS)


def test_a_run_of_linked_titles_below_the_story_is_a_link_box() -> None:
    lines = [*STORY, "", *TEASERS]
    assert link_box_lines(lines, LINKS) == frozenset({3, 4, 5})


def test_a_run_in_the_story_between_its_paragraphs_is_a_link_box_too() -> None:
    lines = [STORY[0], "Don't miss", *TEASERS[:2], STORY[1]]
    assert link_box_lines(lines, LINKS) == frozenset({2, 3})


def test_one_linked_title_alone_stays_and_so_does_text_without_its_page() -> None:
    assert link_box_lines([*STORY, TEASERS[0], STORY[1]], LINKS) == frozenset()
    assert link_box_lines([*STORY, *TEASERS], frozenset()) == frozenset()


def test_links_of_one_word_cover_nothing() -> None:
    """A menu's or a button's word may be any line's: "Opinion" and "Home" make no box of "Opinion Home"."""
    assert link_box_lines([*STORY, "Opinion Home", "Home Opinion"], LINKS) == frozenset()


def test_a_run_above_the_story_s_first_paragraph_is_left_to_the_head_s_rules() -> None:
    assert link_box_lines([*TEASERS, *STORY], LINKS) == frozenset()


def test_a_list_the_story_introduces_or_numbers_is_its_own() -> None:
    assert is_story_list(TEASERS[:2], "The three courses the college offers:")
    assert is_story_list(["1. Seven Hidden Beaches", "2. Why the valley needs a second hospital"], "Our picks")
    assert not is_story_list(TEASERS[:2], "Don't miss")
    lines = [*STORY, "The council named the projects it will fund:", *TEASERS[:2]]
    assert link_box_lines(lines, LINKS) == frozenset()


def test_the_cleaner_drops_the_box_only_with_the_page_s_links() -> None:
    raw = "\n\n".join([*STORY, *TEASERS])
    cleaned = clean_text(raw, by_context=False, links=LINKS)
    assert cleaned.text == "\n\n".join(STORY)
    assert [(d.text, d.reason) for d in cleaned.dropped] == [(line, "link box") for line in TEASERS]
    assert "Seven Hidden Beaches" in clean_text(raw, by_context=False).text
