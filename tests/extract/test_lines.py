"""Which lines of a cleaned article are its story's paragraphs, whatever ends them."""

from __future__ import annotations

import pytest

from dateline.extract.lines import after_author_bio, in_story_line


@pytest.mark.parametrize("text", [
    # a dash after a quotation inside a paragraph, with more of the paragraph after it, credits nothing
    "In July, he dismissed Estonia as the “suburbs of St. Petersburg” — a remark his allies in Congress defended "
    "for weeks. He later apologized.",
    # a closing mark typed as an opening one
    "He said the real unemployment rate for young people is 51 percent.“",
    # a clause of a list set out in lines, closed by a semicolon
    "Lawmaker urges retaliation on Russia;",
    # a paragraph broken by stray line breaks goes on in lower case
    "Editor’s note: Donald Trump regularly\nincites\npolitical violence and has pledged to ban all Muslims.",
    # a word in lower case after a dash that follows a quotation goes on with the sentence: no credit
    "Benioff introduced Cook as \"someone who has redefined what it means to be a chief executive officer\"—and "
    "someone he's learned a lot from.",
    # closing marks set apart by a space close the sentence
    "He told The Sun that “I remember telling our attorneys, ‘This is a guy who is going to shoot us.’ “",
    # the next line goes on in lower case after an opening quotation mark
    "Finney says the pipeline is more of a \"drip\" for diverse founders, versus the massive\n\"drop\" of the other "
    "founders.",
])
def test_paragraphs_that_end_oddly_are_story_lines(text):
    assert in_story_line(text, 0)


def test_a_quotation_with_its_credit_after_a_dash_is_a_story_line():
    assert in_story_line("“Our country and our people are in serious trouble.” ― Edwin G. Monroy", 0)


def test_a_promo_block_of_whole_sentences_cut_by_an_ellipsis_is_no_story_line():
    """A teaser is a promotion however whole its first sentences (issue 13: promo blocks of full sentences)."""
    text = ("According to The Verge’s review, the platform does not run Destiny 2 in native 4K. Google confirmed "
            "this in a statement…")
    assert not in_story_line(text, 0)


def test_below_the_bio_of_the_bylined_author_is_no_longer_the_story():
    """Readers' comments sit below the author's bio; a bio of someone the story is about closes nothing."""
    text = ("By Daniel Bader\n\nMotorola announced the Moto Z on Thursday.\n\n"
            "Daniel Bader was a former Android Central Editor-in-Chief.\n\nOr the Moto C that people have been "
            "calling the Moto X.")
    assert not after_author_bio(text, text.index("Motorola"))
    assert after_author_bio(text, text.index("Daniel Bader was"))
    assert after_author_bio(text, text.index("Or the Moto C"))
    about = "By Ann Lee\n\nThe paper mourned him.\n\nJamal Khashoggi was a columnist for The Washington Post."
    assert not after_author_bio(about, about.index("Jamal"))


def test_on_lines_a_long_run_of_sentences_that_ends_without_a_stop_is_no_story_line():
    """Where a text has lines, a long line that ends without a stop is a caption with its credit."""
    caption = ("A cross-section through the module shows the crew quarters. " * 5) + "Credit: ESA"
    text = f"The agency studied hibernation.\n\n{caption}\n\nThe pods would be shielded."
    assert not in_story_line(text, text.index("A cross-section"))

