"""Embedded posts: a tweet's or an Instagram post's lines are found from its signature, dropped from a scrape and
marked in an extractor's text."""

from __future__ import annotations

import pytest

from dateline.clean import clean_text
from dateline.clean.embeds import (
    carries_post_day,
    carries_post_mark,
    embedded_post_lines,
    embedded_post_spans,
    in_embedded_post,
    is_signature,
    is_signed_post,
    scraped_post_lines,
)

# The shape of an opinion site's scrape with two embedded tweets (words changed, the layout kept).
ARTICLE = "\n".join([
    "Today reports arose that the president is weighing whether to replace the army’s top general this "
    "week.",
    "Officials say the president met senior commanders at the weekend to assess the situation at the "
    "front and to interview candidates who might take command of the army, as protests against the "
    "general spread to more cities.",
    "FT: The president is considering replacing the general as criticism of his leadership grows.",
    "No decision has been made, but he is reportedly… pic.twitter.com/PbK0B7UjJM",
    "— Some Account (@some_account) July 18, 2026",
    "The protests began after the president dismissed his defence minister, who was popular with the "
    "public.",
    '"Thousands gathered outside the presidential office in one of the largest protests in years, '
    "chanting.",
    "Ousted minister says he urged the president to fire the general",
    "The president backed the general and showed the minister the door — the fifth to go "
    "https://t.co/WcgraWqkiA",
    "— RT (@RT_com) July 16, 2026",
    "The minister told reporters that the general had blocked his efforts to reform the ministry.",
])


def test_a_signature_is_a_dash_or_shared_by_a_name_a_handle_and_a_day() -> None:
    assert is_signature("— RT (@RT_com) July 16, 2026")
    assert is_signature("— Rep. Ilhan Omar (@Ilhan) November 19, 2019")
    assert is_signature("A post shared by Mia Lane (@mialanemusic) on")
    assert not is_signature("The senator wrote on X (@senator) on July 16, 2026 that the vote would go ahead.")
    assert not is_signature("— Associated Press writer Maria Chen in Rome contributed to this report.")


def test_a_post_set_on_one_line_with_its_signature_is_a_post() -> None:
    """A scrape that drops an embed's breaks sets the post's text and its signature on one line."""
    post = ("Police arrest CNN's @OmarJimenez and his crew as they report live from Minneapolis. This is an "
            "unacceptable attack on the free press. — Trey Yingst (@TreyYingst) May 29, 2020")
    assert is_signed_post(post)
    assert not is_signature(post)
    assert is_signed_post("The looting of the mall is under way. https://t.co/lPoCunG59x — toddstarnes "
                          "(@toddstarnes) May 30, 2020")
    # an article's paragraph naming a handle and a day is no post
    assert not is_signed_post("The senator wrote on X (@senator) on July 16, 2026 that the vote would go ahead.")


def test_a_post_is_its_signature_and_the_lines_above_it_as_long_as_one_post() -> None:
    lines = ARTICLE.splitlines()
    marked = [line for line, in_post in zip(lines, embedded_post_lines(lines), strict=True) if in_post]
    assert marked == [lines[2], lines[3], lines[4], lines[7], lines[8], lines[9]]
    # lines[6] opens a quotation it does not close: the article quoting on, not the post


def test_an_instagram_post_keeps_its_day_on_the_line_below() -> None:
    lines = ["The singer, 34, took to Instagram on Friday, June 9, to share a video of her dog chasing a ball along "
             "the beach near her home. The clip drew more than a million likes within a few hours of going up.",
             "My shelter also finds homes for the dogs nobody else wants to adopt. #AdoptDontShop",
             "A post shared by Mia Lane (@mialanemusic) on", "Jun 9, 2017 at 4:22pm PDT",
             "The singer wrote that the shelter had placed more than 200 dogs this year."]
    assert embedded_post_lines(lines) == [False, True, True, True, False]


def test_what_stays_of_a_post_in_an_extractor_s_text_is_marked_there() -> None:
    text = clean_text(ARTICLE, by_context=False).text
    assert in_embedded_post(text, text.index("The president backed the general"))
    assert in_embedded_post(text, text.index("FT: The president"))
    assert in_embedded_post(text, text.index("July 16, 2026"))
    assert not in_embedded_post(text, text.index("Thousands gathered"))
    assert not in_embedded_post(text, text.index("The minister told reporters"))
    assert len(embedded_post_spans(text)) == 6


#: A scrape's own date line, which dates it apart from its posts' days.
DATE_LINE = "By Jane Doe | March 3, 2024"


def test_a_scrape_loses_its_posts_and_keeps_the_article_around_them() -> None:
    lines = ARTICLE.splitlines()
    marked = [*lines[:7], "The fifth minister to go #Ukraine", *lines[8:]]
    cleaned = clean_text("\n".join([DATE_LINE, *marked, "Share", "Most Read"]))
    assert [(d.text, d.reason) for d in cleaned.dropped if d.reason == "embedded post"] == [
        (marked[index], "embedded post") for index in (7, 8, 9)]
    for kept in (lines[0], lines[1], lines[5], lines[6], lines[10]):
        assert kept in cleaned.text
    # the first post's text goes on above its nearest line through a line without a post's marks, which may as
    # well be the article's: the post stays whole, marked
    assert "FT: The president" in cleaned.text
    assert in_embedded_post(cleaned.text, cleaned.text.index("FT: The president"))
    assert in_embedded_post(cleaned.text, cleaned.text.index("July 18, 2026"))


def test_a_post_on_one_line_with_its_signature_is_a_scrape_s_post_line() -> None:
    lines = ["Protesters gathered outside the police station on Saturday night, organisers said.", "",
             "Window just busted by masked anarchist. pic.twitter.com/U2Lvp6lgoQ — Scott (@scott) May 1, 2016",
             "", "Police said two people were arrested."]
    assert scraped_post_lines(lines) == frozenset({2})


def test_a_second_post_of_the_same_account_and_day_goes_as_a_post() -> None:
    scrape = (f"{DATE_LINE}\n"
              "The details of the session were shared on the Senate's own account, which posted each of its "
              "resolutions as the chamber passed them on Tuesday, the first sitting day after the long recess, and "
              "the motions were later read into the record by the clerk of the Senate.\n"
              "Members stand for a minute of silence for the two late senators.\n"
              "— The Senate (@TheSenate) October 9, 2018\n"
              "The Majority Leader moves that the sitting be adjourned in memory of the two former members.\n"
              "— The Senate (@TheSenate) October 9, 2018\n"
              "Lawmakers came back to the capital on Tuesday after eight weeks away.\n")
    cleaned = clean_text(scrape)
    assert [d.reason for d in cleaned.dropped if d.reason != "before the article"] == ["embedded post"] * 4
    # a signature is not a repeated line
    assert cleaned.text.startswith("The details of the session")
    assert cleaned.text.endswith("after eight weeks away.")


def test_a_scrape_without_a_date_line_loses_its_posts_too() -> None:
    """The posts' days date an undated scrape from its dropped lines (the publication-date stage reads them)."""
    lines = ARTICLE.splitlines()
    cleaned = clean_text("\n".join([*lines[:7], "The fifth minister to go #Ukraine", *lines[8:]]))
    assert "— RT (@RT_com) July 16, 2026" not in cleaned.text
    assert "The president backed the general" not in cleaned.text
    assert ("— RT (@RT_com) July 16, 2026", "embedded post") in [(d.text, d.reason) for d in cleaned.dropped]


def test_a_posts_day_is_on_its_signature_or_the_line_below_an_instagram_one() -> None:
    assert carries_post_day("— RT (@RT_com) July 16, 2026")
    assert carries_post_day("Window just busted by masked anarchist. pic.twitter.com/U2Lvp6lgoQ — Scott (@scott) "
                            "May 1, 2016")
    assert carries_post_day("Dec 5, 2016 at 9:10am PST")
    # the post's text may name a day, which is what it reports, not when it was posted
    assert not carries_post_day("The vote is on November 8, 2016. Go vote! https://t.co/WcgraWqkiA")


def test_an_extractor_s_text_loses_a_post_whose_start_is_clear() -> None:
    """An extractor keeps an embed's lines as the article's paragraphs; a post whose every line carries a post's
    marks goes, as from a scrape, and the paragraphs around it stay."""
    text = "\n".join([
        "The harbour board of Ostervale voted on Monday to close the old ferry pier for repairs until spring, "
        "after divers found that two of its timber piles had rotted through and the board's engineers warned that "
        "the deck could no longer carry the weight of the morning ferry's lorries.",
        "@tildab Ferries will run from the north quay from Monday. #Ostervale https://t.co/Qx81pZ",
        "— Ostervale Harbour (@ostervaleport) March 3, 2020",
        "Mayor Tilda Brannock said the repairs were overdue.",
    ])
    cleaned = clean_text(text, by_context=False)
    assert [d.reason for d in cleaned.dropped] == ["embedded post", "embedded post"]
    assert "March 3, 2020" not in cleaned.text
    assert cleaned.text.startswith("The harbour board of Ostervale voted")
    assert cleaned.text.endswith("the repairs were overdue.")


@pytest.mark.parametrize(("line", "marked"), [
    ("Proud of the @OstervaleFerries crews tonight.", True),
    ("The fares fell again #OstervaleFerries", True),
    ("Read the board's report at https://example.org/fares.", True),
    ("Write to fares@ostervale.example for a refund.", False),
    ("The ferry board cut fares by a third on Monday.", False),
])
def test_a_post_s_marks_are_a_handle_a_hashtag_or_a_link(line: str, marked: bool) -> None:
    assert carries_post_mark(line) is marked
