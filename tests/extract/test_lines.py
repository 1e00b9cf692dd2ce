"""Which lines of a cleaned article are its story's paragraphs, whatever ends them."""

from __future__ import annotations

import pytest

from dateline.extract.lines import (
    after_author_bio,
    broken_off_at_comma,
    in_readers_thread,
    in_story_line,
    off_paragraph_reason,
    off_story_reason,
)


@pytest.mark.parametrize("text", [
    # a dash after a quotation inside a paragraph, with more of the paragraph after it, credits nothing
    "In July, he dismissed Estonia as the “suburbs of St. Petersburg” — a remark his allies in Congress defended "
    "for weeks. He later apologized.",
    # a closing mark typed as an opening one
    "He said the true jobless rate among the town's teens is 40 percent.“",
    # a clause of a list set out in lines, closed by a semicolon
    "Lawmaker urges retaliation on Russia;",
    # a paragraph broken by stray line breaks goes on in lower case
    "Editor’s note: the council regularly\nmeets\nbehind closed doors and has refused to publish its minutes.",
    # a word in lower case after a dash that follows a quotation goes on with the sentence: no credit
    "Benioff introduced Cook as \"someone who has changed what a boss can be\"—and "
    "someone he's learned a lot from.",
    # closing marks set apart by a space close the sentence
    "He told the paper that “I kept warning our lawyers, ‘This man will hurt somebody one day.’ “",
    # a page's paragraph ended with a no-break space still ends on its stop
    "The state police are looking into the crash.\xa0\nHe said the crash was a tragedy.",
    # the next line goes on in lower case after an opening quotation mark
    "Finney says funding is more of a \"trickle\" for women founders, compared with the steady\n\"flow\" to other "
    "founders.",
])
def test_paragraphs_that_end_oddly_are_story_lines(text):
    assert in_story_line(text, 0)


def test_a_quotation_with_its_credit_after_a_dash_is_a_story_line():
    assert in_story_line("“Our town and its people deserve a better road.” ― Rita K. Olmos", 0)


@pytest.mark.parametrize("text", [
    "The toll in Ostervale rose to 212 overnight from 198, the ministry said. —Brannock Wire",
    "Mayor Tilda Brannock opened the new depot at dawn, three weeks late. – Piet Osterwald",
])
def test_a_paragraph_signed_by_its_reporter_after_its_stop_is_a_story_line(text):
    """A live blog or a column signs a paragraph with a name after its last stop; the paragraph is the story's."""
    assert in_story_line(text, 0)
    assert off_paragraph_reason(text, 0) is None


_BROKEN = ("After the flood the registry counted the damage to the valley, house by house and farm by farm, and by "
           "the end of the month the county's rolls had grown by a further 3,200 households,")


@pytest.mark.parametrize(("line", "broken"), [
    (_BROKEN, True),
    # a short line ending on a comma is as likely a list's item or a heading cut short
    ("County rolls grew by 3,200 households,", False),
    # a pull quote cut at a comma ends on its closing mark
    (f"“{_BROKEN}”", False),
])
def test_a_long_paragraph_the_page_broke_off_at_a_comma_is_the_story_s_for_figures(line, broken):
    """The figure stage reads a long line ending on a bare comma as a paragraph broken off inside a sentence; the
    quote stage and the timeline, which ask :func:`in_story_line`, still do not."""
    text = f"The council met on Tuesday.\n\n{line}\n\nThe mayor said the rolls would be checked."
    position = text.index("3,200")
    assert broken_off_at_comma(text, position) is broken
    assert (off_paragraph_reason(text, position) is None) is broken
    assert not in_story_line(text, position)


def test_a_dash_after_a_stop_going_on_in_lower_case_signs_nothing():
    assert not in_story_line("The depot in Ostervale closed. — and the buses", 0)


def test_a_promo_block_of_whole_sentences_cut_by_an_ellipsis_is_no_story_line():
    """A teaser is a promotion however whole its first sentences (issue 13: promo blocks of full sentences)."""
    text = ("According to Wired’s review, the console does not play Halo 5 at a full 60 frames. Microsoft said "
            "as much in a statement…")
    assert not in_story_line(text, 0)


def test_below_the_bio_of_the_bylined_author_is_no_longer_the_story():
    """Readers' comments sit below the author's bio; a bio of someone the story is about closes nothing."""
    text = ("By Rhea Nolan\n\nNokia announced the Nokia 8 on Thursday.\n\n"
            "Rhea Nolan was a former Gadget Weekly Editor-in-Chief.\n\nOr the Nokia 3 that readers keep "
            "mixing up with the Nokia 6.")
    assert not after_author_bio(text, text.index("Nokia announced"))
    assert after_author_bio(text, text.index("Rhea Nolan was"))
    assert after_author_bio(text, text.index("Or the Nokia 3"))
    about = "By Ann Lee\n\nThe paper mourned him.\n\nJamal Khashoggi was a columnist for The Washington Post."
    assert not after_author_bio(about, about.index("Jamal"))


def test_a_press_release_closes_at_its_prompt_to_a_web_address():
    """The issuer's description of itself below a release's prompt for more information is no claim of the
    story (real-news dev4, dev12: Stanford Medicine's and Ascom's releases); a prompt that more of the story
    follows closes nothing."""
    release = ("Acme and Birch announce a partnership for hospital wards.\n\nThe system reads up to 20 monitors "
               "per bed.\n\nFor more information on the system, please visit: www.acme.example.com\n\n"
               "Acme is headquartered in Bern, has offices in 12 countries and employs 900 people.")
    assert off_paragraph_reason(release, release.index("20 monitors")) is None
    assert off_paragraph_reason(release, release.index("12 countries")) == "issuer's close"
    story = ("The deadline is May 1. For more information, visit theatrewing.org.\n\n"
             + "The foundation awarded 46 grants last year to schools across the state.\n\n" * 6)
    assert off_paragraph_reason(story, story.index("46 grants")) is None


def test_a_section_headed_about_the_one_its_paragraph_names_is_the_issuer_s_close():
    """The description a release prints under "About" its issuer ("Over 1,000 companies use HackerRank",
    real-news dev13: PR Newswire) is no claim of the story, up to the first line that ends no sentence; a
    heading whose paragraph names someone else opens no such section."""
    release = ("Quarry Labs will train 40 analysts for the city this year.\n\nAbout Quarry Labs\n\n"
               "Quarry Labs is a platform that ranks analysts. More than 2,000 firms use Quarry Labs to hire.\n\n"
               "http://quarrylabs.example.com\n\nThe city hired 12 analysts last year.")
    assert off_paragraph_reason(release, release.index("40 analysts")) is None
    assert off_paragraph_reason(release, release.index("2,000 firms")) == "issuer's close"
    assert off_paragraph_reason(release, release.index("12 analysts")) is None
    page = "About Us\n\nOur reporters counted 300 ballots in the county on Monday."
    assert off_paragraph_reason(page, page.index("300 ballots")) is None


def test_on_lines_a_long_run_of_sentences_that_ends_without_a_stop_is_no_story_line():
    """Where a text has lines, a long line that ends without a stop is a caption with its credit."""
    caption = ("A cross-section through the module shows the crew quarters. " * 5) + "Credit: ESA"
    text = f"The agency studied hibernation.\n\n{caption}\n\nThe pods would be shielded."
    assert not in_story_line(text, text.index("A cross-section"))



def test_why_a_position_is_off_the_story_s_lines_is_answered_once_for_figures_and_the_timeline():
    """A caption closing on a photographer's credit, an editor's note, an author's
    bio naming the byline above it and the comments below it are no lines of the story; a paragraph closing on
    a quotation and a dash is one, though it does not end as a paragraph does, which only the figure stage asks."""
    text = ("By Rhea Nolan\n\n"
            "The former aide visits a Fox News studio on March 26, 2019. She signed the papers on Tuesday. "
            "(Noam Galai/Getty Images)\n\n"
            "Editor's note: An earlier version of this story misstated the number of phones sold.\n\n"
            "Benioff introduced Cook as \"someone who has redefined the job\"—and someone he's learned a lot from\n\n"
            "Nokia plans to unveil a new phone in Helsinki next month, the company said on Tuesday.\n\n"
            "Rhea Nolan was a former Gadget Weekly Editor-in-Chief.\n\n"
            "Or the Nokia 3 that readers keep mixing up with the Nokia 6.")
    reasons = {line[:20]: (off_story_reason(text, text.index(line)), off_paragraph_reason(text, text.index(line)))
               for line in text.split("\n") if line and not line.startswith("By ")}
    assert reasons == {"The former aide visi": ("photo caption", "photo caption"),
                       "Editor's note: An ea": ("editor's note", "editor's note"),
                       "Benioff introduced C": (None, "not a paragraph"),
                       "Nokia plans to unvei": (None, None),
                       "Rhea Nolan was a for": ("below the author's bio", "below the author's bio"),
                       "Or the Nokia 3 that ": ("below the author's bio", "below the author's bio")}


@pytest.mark.parametrize(("text", "post", "story"), [
    ("The singer, 31, went on Instagram on Tuesday, December 6, to post a picture of the actor standing with her "
     "father. The pair grinned as they put cards into a red postbox to cheer up nurses abroad.\n"
     "At the shelter my charity also has a desk where you can write to strangers. #WriteKind\n"
     "A post shared by Stef (@stef.sings) on\nDec 4, 2016 at 6:42pm PST\n"
     "The actress wrote that the letters were sent to soldiers fighting overseas.",
     "At the shelter", ("The singer", "The actress")),
    # a scrape that drops an embed's breaks sets the post and its signature on one line
    ("Hosts at both networks spoke against the arrest of the reporter on Friday morning.\n"
     "Police arrest CNN's @OmarJimenez and his crew as they report live from Minneapolis. This is an "
     "unacceptable attack on the free press. — Trey Yingst (@TreyYingst) May 29, 2020\n"
     "The reporter was released about an hour later, the network said.",
     "Police arrest", ("Hosts at", "The reporter")),
])
def test_a_post_the_article_embeds_is_off_the_story_s_lines(text: str, post: str, story: tuple[str, ...]):
    """The post's words are its author's (the cleaner's mark, or its signature on its line); the paragraphs
    around it are the story's."""
    assert off_story_reason(text, text.index(post)) == "embedded post"
    assert all(off_story_reason(text, text.index(line)) is None for line in story)


@pytest.mark.parametrize(("line", "reason"), [
    # a slash credit run on after the caption's stop: the cleaner's caption rule knows it
    ("Deputies lead the suspect, 34, into the courthouse in Dayton, Ohio, May 2, 2016. "
     "REUTERS/Ann Cole", "caption"),
    ("Nurses march south on State Street during the Care Rally in Hyde Park on June 9, 2021. "
     "Ann Cole/City Daily", "caption"),
    ("She signed the papers to run for a Senate seat on Monday. (Noam Galai/Getty Images)", "photo caption"),
    ("Supreme Court Chief Justice John Roberts speaks during the impeachment trial in the Senate at the U.S. Capitol "
     "in Washington on Jan. 21, 2020. (Senate Television via AP)", "photo caption"),
    ("FILE PHOTO: Governor Dana Hill speaks in the east hall of the state house in Albany, U.S. "
     "on May 9, 2018. REUTERS/Lee Gant/File Photo", "photo caption"),
    # a word in brackets that says how something was done, in lower case, credits nothing
    ("The group said it would sue the city (reported via Twitter).", None),
    # a slash inside a paragraph, or one whose line ends on a stop, credits nothing
    ("The hotline is staffed 24/7 by volunteers, the group said. Calls rose by a third/quarter.", None),
    ("Officials said the fund covers about 3/4 of the costs. Donations are up.", None),
])
def test_a_caption_closing_on_its_photographer_s_credit_is_off_the_story_s_lines(line: str, reason: str | None):
    """The credit may close the caption in parentheses or after its last stop, as wire captions set it."""
    text = f"The city council met on Monday to discuss the budget.\n\n{line}\n\nThe vote is due next week."
    assert off_story_reason(text, text.index(line)) == reason


def test_a_bio_an_author_box_sets_is_no_claim_of_the_story():
    """A bio under its author's name set alone, or under an "About the author" heading, with no byline to match
    (real-news dev, dev3: The Nation, Phoronix, with the cleaner off), is no claim of the story: "has written over
    300 stories" is the writer's tally. A line about a journalist the story is about, with no name set alone
    above it, stays a paragraph."""
    boxed = ("The council approved 14 new bus lines on Tuesday.\n\nOrla Quennell\n\n"
             "Orla Quennell is a staff reporter for the Ostervale Ledger. She has written over 300 stories.")
    assert off_paragraph_reason(boxed, boxed.index("14 new")) is None
    assert off_paragraph_reason(boxed, boxed.index("300 stories")) == "author box"
    headed = ("The council approved 14 new bus lines on Tuesday.\n\nAbout the Author\n\n"
              "Pim Varlo founded the Ostervale Ledger in 2004 and has written more than 9,000 columns.")
    assert off_paragraph_reason(headed, headed.index("9,000 columns")) == "author box"
    story = ("The court heard from his colleagues on Monday.\n\n"
             "Dario Menk was a columnist for the Harwick Courier who wrote 40 columns on the port.")
    assert off_paragraph_reason(story, story.index("40 columns")) is None


def test_the_readers_thread_starts_at_its_header_below_the_story() -> None:
    """From a comment box's header below the story's paragraphs down, every position is in the thread; a counter
    above the story's paragraphs (a share bar's) opens none."""
    story = ("The Ostervale council voted on Monday to close the harbour ferry for repairs.\n\n"
             "Mayor Tilda Brannock said the repairs would take until the spring.\n\n"
             "Crews from Kelmar Docks began pulling the old pontoons out on Tuesday morning.\n\n")
    text = "12 Comments\n\n" + story + "Leave a Reply\n\nThe ferry was late every day in June.\n"
    assert not in_readers_thread(text, text.index("Crews from"))
    assert in_readers_thread(text, text.index("Leave a Reply"))
    assert in_readers_thread(text, text.index("The ferry was late"))
    assert off_story_reason(text, text.index("The ferry was late")) == "readers' comments"
    assert off_paragraph_reason(text, text.index("Crews from")) is None


def test_a_run_of_other_stories_teasers_is_off_the_story_s_lines_for_figures_and_the_timeline() -> None:
    """A blurb under another story's title and stamp counts its own story's numbers; the story's own stay."""
    story = ("The Ostervale council voted on Monday to close the harbour ferry for repairs.\n\n"
             "Mayor Tilda Brannock said the repairs would cost 4 million crowns.\n\n"
             "Crews from Kelmar Docks began pulling the old pontoons out on Tuesday morning.\n\n")
    teasers = ("Kelmar Docks Hires Forty New Welders\n\nMay 16, 2016\n\n"
               "The shipyard said it would hire 40 welders before the summer season.\n\n"
               "Ferry Fares to Rise in Ostervale Next Year\n\nMay 15, 2016\n\n"
               "The harbour board approved a rise of 12 percent in ferry fares.\n")
    text = story + teasers
    assert off_paragraph_reason(text, text.index("4 million")) is None
    assert off_paragraph_reason(text, text.index("40 welders")) == "teaser run"
    assert off_paragraph_reason(text, text.index("12 percent")) == "teaser run"
