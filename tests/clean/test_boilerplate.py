"""Boilerplate removal on the seed corpus: every listed kind of boilerplate goes, every story line stays."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.clean import clean_text
from dateline.clean.boilerplate import (
    boilerplate_reason,
    is_cut_off_title,
    is_dated_caption,
    is_headline,
    is_name_line,
    is_verbless_caption,
    lone_names,
    readers_thread,
    single_paragraph_ended,
    story_heads,
    teaser_runs,
)
from dateline.extract.lines import in_prose_line
from dateline.ingest.text import split_date_prefix

#: A story's paragraphs (written here for the tests), for the furniture set between them.
STAMPED_STORY = ["The city council voted on Tuesday to close the bridge for repairs until the spring, officials said.",
                 "Drivers will be sent along the river road, which the council says can carry the extra traffic.",
                 "The repairs are expected to cost about $4 million and to take most of the winter, the mayor said."]


def _clean(seeds_dir: Path, prefix: str):
    (path,) = seeds_dir.glob(f"{prefix}_*.txt")
    return clean_text(split_date_prefix(path.read_text("utf-8"))[1])


@pytest.mark.parametrize(("prefix", "expected"), [
    ("000", [(9, "section teaser"), (19, "section teaser")]),
    ("001", [(1, "headline"), (4, "repeated line"), (22, "site widget")]),
    ("002", []),
    ("003", [(1, "site banner"), (2, "navigation"), (4, "headline"), (8, "photo credit"), (10, "photo credit"),
             (27, "newsletter prompt")]),
    ("004", [(1, "headline"), (19, "section teaser"), (27, "comment form"), (29, "comment form")]),
])
def test_seed_boilerplate_is_dropped_with_reasons(seeds_dir: Path, prefix: str, expected: list) -> None:
    assert [(d.line_no, d.reason) for d in _clean(seeds_dir, prefix).dropped] == expected


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_story_line_is_kept(seeds_dir: Path, prefix: str) -> None:
    (path,) = seeds_dir.glob(f"{prefix}_*.txt")
    raw = split_date_prefix(path.read_text("utf-8"))[1]
    cleaned = _clean(seeds_dir, prefix)
    dropped = {d.line_no for d in cleaned.dropped}
    for line_no, line in enumerate(raw.splitlines(), start=1):
        if line.strip() and line_no not in dropped:
            assert " ".join(line.split()) in cleaned.text


def test_headlines_are_detected(seeds_dir: Path) -> None:
    assert _clean(seeds_dir, "003").title == "US pushes for longer Israel-Hamas truce"
    assert _clean(seeds_dir, "001").title.startswith("Blinken heads to Israel on next leg")
    assert _clean(seeds_dir, "000").title is None
    assert _clean(seeds_dir, "002").title is None
    assert _clean(seeds_dir, "004").title.startswith("The war between Israel and Hamas intensifies")


def test_quoted_story_line_and_tldr_are_not_boilerplate() -> None:
    text = "Readers wrote in.\n\n“I read the newsletter every day,” she said.\n\nTL;DR: The conflict is paused."
    assert clean_text(text).dropped == []


def test_photo_credit_needs_the_agency_slash_name_shape() -> None:
    cleaned = clean_text("AFP/Getty Images\nThe U.N./Red Cross convoy arrived on Monday.")
    assert [d.text for d in cleaned.dropped] == ["AFP/Getty Images"]


def test_a_photographer_s_name_before_the_slash_is_a_credit_and_takes_its_caption_along() -> None:
    cleaned = clean_text("\n".join(["The story opens here today. It goes on in the next sentence.",
                                     "Then-candidate Joe Biden greets supporters on Oct. 12 in Scranton, Pennsylvania.",
                                     "Spencer Platt/Getty Images",
                                     "The Russia/Ukraine talks resumed on Monday in Geneva, officials said."]))
    assert [(d.text, d.reason) for d in cleaned.dropped] == [
        ("Then-candidate Joe Biden greets supporters on Oct. 12 in Scranton, Pennsylvania.", "caption"),
        ("Spencer Platt/Getty Images", "photo credit")]


@pytest.mark.parametrize(("line", "reason"), [
    ("By signing up you agree to get the weekly newsletter above from Torstar Media Ltd.", "site prompt"),
    ("Your welcome message should arrive shortly. Nothing yet? Look in your junk folder.", "site prompt"),
    ("The advertisement hasn't loaded, and the rest of the story continues below it.", "site prompt"),
    ("Copyright © 2023 The Washington Times, LLC.", "site prompt"),
    ("Only members may post here, so you must be logged in with a paid plan. Use the button above to join.",
     "site prompt"),
    ("Follow Daily Mirror:", "site prompt"),
    ("Something went wrong; please try a different email address.", "site prompt"),
    ("Have the morning's Alberta headlines sent to your inbox before breakfast, every weekday.", "site prompt"),
    ("This notice appears because ad or script blocking tools are stopping the page from working for you.",
     "site prompt"),
    ("Switch off the blocker for this site and then reload the page.", "site prompt"),
    ("Turn on JavaScript in your browser to see what readers have written.", "site prompt"),
    # a web form's fields and answers, a player's notice (The Island Now, Computer Weekly, CIO, Daily Star, TODAY)
    ("Save my name, email and site address on this device for my next reply.", "site prompt"),
    ("Please enter your comment!", "site prompt"),
    ("This e-mail address does not appear to be valid.", "site prompt"),
    ("You have exceeded the maximum character limit.", "site prompt"),
    ("There was an error emailing this page.", "site prompt"),
    ("Your message has been sent.", "site prompt"),
    ("Story Saved", "site prompt"),
    ("We apologize, this video has expired.", "site prompt"),
    # an appeal to join or give to the outlet (The Colorado Sun, OpenSecrets)
    ("Become a member of The Valley Ledger today! $7/month $15/month $60/year Give once", "site prompt"),
    ("Keep our newsroom independent by making a donation this week.", "site prompt"),
    # the site's disclosure of the commission its links earn (Postmedia's papers, VG247)
    ("Our staff pick every product here. The site may earn an affiliate commission on purchases made through links "
     "in this guide.", "site prompt"),
    ("We may earn a small commission when you make a purchase from a store we link to.", "site prompt"),
    ("Shopping through us may earn us a commission at no cost to you.", "site prompt"),
    ("Disclosure: We use paid affiliate links in our gadget guides. More.", "site prompt"),
    # the page's disclaimer that the views it printed are not its own (Sputnik, Toronto Star, Forbes, Space Review)
    ("The views and opinions expressed in this article do not necessarily reflect those of the Valley Ledger.",
     "site prompt"),
    ("The column does not necessarily represent the views of the Harbor Tribune.", "site prompt"),
    ("Ann Cole writes about ferries. Any views expressed here are solely those of the author.", "site prompt"),
    ("Copyright 2019 KXLT-FM. To hear more, visit the station's site.", "site prompt"),
    # the page's note that the article changed, naming nothing it reports (Daily Beast, Dallas News, Daily Wire)
    ("Update: this story has been updated with the ferry company's response.", "update note"),
    ("Updated on Monday, May 4 at 7:15 p.m. with additional comments.", "update note"),
    ("The article has been updated to include more details.", "update note"),
    ("Article content", "site widget"),
    ("The moment a 16-year-old cyclist is struck by a van in Leeds, England(Image: SWNS)", "caption"),
    ("A drone view of the tarp-covered glacier, at right, and the open snow.Photograph by Kara Lind", "caption"),
    ("FILE - Ana and Luis Ortega walk with their daughter, Sofia, near their Boise, Idaho, farm.", "caption"),
    ("Sen. Maria Lopez, right, listens to Sen. Tom Baker in the Capitol, Monday.", "caption"),
    ("Flood victims from left: Ana Diaz, Ben Howell, Carla Nunes, Dev Patel", "caption"),
    ("Bethany Funke (R)", "caption"),
    ("Newly elected Chilean President Gabriel Boric (C) waves to supporters in Santiago, on Dec. 19, 2021.",
     "caption"),
    ("Nurse Amira Saleh had to flee her flat in Omdurman when the fighting reached her street.Credit: Amira "
     "Saleh", "caption"),
    ("The seaside villa outside Naples, Italy, that the state bought last spring.Ciro Fusco / Reuters file", "caption"),
    ("CLOSE Mayor Jane Hollis's personal phone was seized by investigators. Wochit", "caption"),
    ("If elected, the senator will succeed another Galway teacher. | Jane Roe/PA Images via Getty Images", "caption"),
    # a button or line asking the reader to follow or like the page or its writer (Chicago YIMBY, Modern Healthcare)
    ("Like Ledger Daily on Facebook", "site prompt"),
    ("Follow on Instagram", "site prompt"),
    ("Follow Ledger Daily’s Instagram for the latest harbour photos", "site prompt"),
    ("Follow Tom Reyes, our ferries reporter, on X at @tomreyes.", "site prompt"),
    ("Like Ledger Daily on Facebook and follow @ledgerdaily on Threads to join the talk.", "site prompt"),
    # who edited the story (DW, PolitiFact)
    ("Edited by: Mia Grant", "editor credit"),
    # an address alone on its line: a contact box's or a link list's (Apple, PR Newswire, UVA Today)
    ("press@ledger-daily.example", "address line"),
    ("Email: ann.cole@ledger-daily.example", "address line"),
    ("https://ledger-daily.example/harbour/ferries", "address line"),
    ("www.ledger-daily.example", "address line"),
    ("(555) 010-2030", "address line"),
    ("555-010-2030", "address line"),
])
def test_site_prompts_and_captions_are_dropped(line: str, reason: str) -> None:
    assert [(d.text, d.reason) for d in clean_text(f"The story opens here today.\n{line}").dropped] == [(line, reason)]


@pytest.mark.parametrize("line", ["© Aaron Schwartz", "Courtesy Google", "(Walt Disney Co.)",
                                  "(Dana Reyes / Associated Press)", "(Tom Hale/CQ Roll Call)",
                                  # a credit after its label (Motorsport.com, The Motley Fool, Geektime)
                                  "Photo by: Ann Cole Studio", "Image source: Ledger Archive.",
                                  "Featured Image Credit: Ledger"])
def test_a_line_naming_only_whose_picture_it_is_is_a_credit(line: str) -> None:
    story = "The story opens here today. It goes on in the next sentence."
    assert [(d.text, d.reason) for d in clean_text(f"{story}\n{line}").dropped] == [(line, "photo credit")]


@pytest.mark.parametrize("line", [
    "Netflix’s engineers found the fault within an hour, Peters said, as the service kept signing up new members.",
    "To read the 48-page inquiry report, which sets out how the panel in Geneva traced the route of the convoy "
    "and matched the satellite images to the witness accounts, click here, opens new tab.",
    "He left, and she followed him to the car a minute later.",
    "“I read the newsletter every day,” she said.",
    "Meta changed its privacy policy and its terms and conditions on Monday, the company said.",
    "CLOSE TO 500 PEOPLE ATTENDED THE RALLY ON SATURDAY.",
    "Prosecutors said the email address does not appear to be valid.",
    "The post exceeded the maximum character limit, so he split it in two.",
    "She said she would become a member of the club today if it let her in.",
    "On purchases over $50, sellers earn a commission, the retailer said in its filing.",
    "Amazon said publishers earn a commission of up to 10% on purchases made through its app.",
    "He said he was making a donation to the hospital in his mother's name.",
    "The ferry board said the views expressed in the memo do not necessarily reflect its own.",
    "The views expressed in the memo do not necessarily reflect the agency's, the harbor master told reporters.",
    "The article was updated to add that the harbor master resigned on Tuesday.",
    "The council updated the plan with new ferry times after the storm, the harbor master said.",
    "Indiana Gov. Mike Braun (R) put his name to a reworked school voucher bill on Friday, two days after he "
    "vetoed an earlier version of the measure.",
    "Like many fans on Twitter, the mayor cheered the ferry's return.",
    "Like Tom Reyes on Facebook, the harbour master posts a photo every morning.",
    "Follow the money on Twitter, the auditor told the council.",
    "Edited by Ann Cole, the harbour anthology sold 4,000 copies in its first week.",
    "Residents can write to ferries@ledger-daily.example until Friday, the harbour office said.",
    "Call 555-010-2030 for the timetable, the harbour office said.",
])
def test_story_lines_that_mention_the_site_words_stay(line: str) -> None:
    assert clean_text(f"The story opens here today.\n{line}").dropped == []


def test_a_gallery_repeated_loses_every_copy_of_its_captions_but_a_repeated_standfirst_keeps_one() -> None:
    captions = ["Office buildings await future tenants in the special economic zone.",
                "Beach hotels are part of the region’s push into trade and travel."]
    gallery = clean_text("\n".join(["The story opens here today.", *captions, *captions]))
    assert [d.reason for d in gallery.dropped] == ["repeated line"] * 4
    standfirst = clean_text("\n".join(["The story opens here today.", captions[0], "It goes on.", captions[0]]))
    assert [d.line_no for d in standfirst.dropped] == [4]



def test_a_short_sentence_right_above_a_credit_is_its_caption() -> None:
    story = ["The story opens here today, in the desert south of the port city.",
             "Few countries have the political stability and the geography a good spaceport needs.",
             "The knowledge gap extends across the nascent space industry, and firms work with partners."]
    cleaned = clean_text("\n".join([*story[:2], "The SatMena offices in Muscat.", "© Eman Ali", story[2]]))
    assert [(d.text, d.reason) for d in cleaned.dropped] == [("The SatMena offices in Muscat.", "caption"),
                                                             ("© Eman Ali", "photo credit")]


def test_a_caption_above_a_photographer_and_agency_credit_goes_with_it() -> None:
    """The caption a page sets under its headline, its credit in brackets below it: neither is the story."""
    caption, credit = "The transit agency is adding trains to its busiest line in the spring.", "(Dana Reyes / AP)"
    cleaned = clean_text("\n\n".join(["Transit agency adds trains to busiest line", caption, credit, *STAMPED_STORY]))
    assert {(d.text, d.reason) for d in cleaned.dropped} >= {(caption, "caption"), (credit, "photo credit")}
    assert cleaned.text == "\n\n".join(STAMPED_STORY)


def test_a_story_line_above_a_credit_label_or_quoting_someone_stays() -> None:
    label = clean_text("\n".join(["The story opens here today.", "His first match in charge is on Saturday.",
                                   "Image:", "A caption that sits below its label, with no stop"]))
    assert "His first match in charge is on Saturday." in label.text
    quote = clean_text("\n".join(["The story opens here today.", "“We are ready,” she said.", "© Amazon"]))
    assert "“We are ready,” she said." in quote.text


def test_a_short_line_the_page_repeats_goes_in_every_copy_inside_and_after_the_article() -> None:
    paragraphs = ["Heavy rain flooded the coast on Tuesday, and thousands of residents were told to leave.",
                  "The mayor said the water rose faster than it had in any storm since the town was founded.",
                  "Many of them spent the night in a school gym, where volunteers handed out blankets."]
    scrape = ["Storm floods the coast", paragraphs[0], "Story continues", paragraphs[1], "Story continues",
              paragraphs[2], "Related stories", "Story continues"]
    cleaned = clean_text("\n".join(scrape))
    assert cleaned.text == "\n\n".join(paragraphs)
    assert cleaned.title == "Storm floods the coast"
    assert [d.reason for d in cleaned.dropped if d.text == "Story continues"] == ["repeated label",
                                                                                  "repeated line",
                                                                                  "repeated line"]


@pytest.mark.parametrize("last", ["Email link", "By David Jeans", "4"])
def test_a_widget_or_byline_as_the_head_s_last_line_goes_from_the_text(last: str) -> None:
    paragraphs = ["Heavy rain flooded the coast on Tuesday, and thousands of residents were told to leave.",
                  "The mayor said the water rose faster than it had in any storm since the town was founded."]
    cleaned = clean_text("\n".join(["Storm floods the coast as thousands flee", last, *paragraphs]))
    assert cleaned.text == "\n\n".join(paragraphs)
    dated = clean_text("\n".join(["Storm floods the coast as thousands flee", "Nov. 19, 2019", *paragraphs]))
    assert dated.title == "Storm floods the coast as thousands flee"  # a date line is never the headline
    assert dated.text == "\n\n".join(paragraphs)  # nor the text: the date check reads the raw scrape


def test_the_headline_is_the_first_headline_shaped_line_below_the_masthead() -> None:
    paragraphs = ["Heavy rain flooded the coast on Tuesday, and thousands of residents were told to leave.",
                  "The mayor said the water rose faster than it had in any storm since the town was founded."]
    head = ["Weather: Storms of the year", "Menu", "Storm floods the coast as thousands flee",
            "Residents of the north shore are told to leave their homes", "Nick Purewal2 minutes ago",
            "Published Jun 05, 2026 • 3 minute read", "Mayor inspects the flooded pier on Monday"]
    cleaned = clean_text("\n".join([*head, *paragraphs]))
    assert cleaned.title == "Storm floods the coast as thousands flee"
    assert [(d.text, d.reason) for d in cleaned.dropped][:3] == [
        ("Weather: Storms of the year", "site banner"), ("Menu", "navigation"),
        ("Storm floods the coast as thousands flee", "headline")]
    assert cleaned.text == "\n\n".join(paragraphs)  # the stamp below the headline goes too


def test_a_question_may_be_the_headline_but_a_paragraph_is_not() -> None:
    paragraphs = ["Heavy rain flooded the coast on Tuesday, and thousands of residents were told to leave.",
                  "The mayor said the water rose faster than it had in any storm since the town was founded."]
    asked = clean_text("\n".join(["How many migrants cross the southern border in a month?", "By",
                                  "Lena Ortiz", *paragraphs]))
    assert asked.title == "How many migrants cross the southern border in a month?"
    assert asked.text == "\n\n".join(paragraphs)
    assert clean_text("\n".join(paragraphs)).title is None


@pytest.mark.parametrize("line", ["By David Jeans", "4 months ago", "Friday, 22 Nov 2024 4:55 PM MYT",
                                  "Author of the article:", "Fouzia Van Der Fort|Published", "Related Articles",
                                  "Today 5:00 am", "Share"])
def test_bylines_stamps_labels_and_widgets_are_not_headline_shaped(line: str) -> None:
    assert not is_headline(line)


@pytest.mark.parametrize("line", ["Mining blasts shatter homes",
                                  "'We were caught off guard,' CEO says of Netflix outage",
                                  "3 US sailors hurt in Red Sea drone attack",
                                  "Voters Say Prices, Not Crime, Will Decide Their Ballots In The U.S.",
                                  "Court says city can be sued over flooded subway stations in D.C."])
def test_headlines_are_headline_shaped(line: str) -> None:
    assert is_headline(line)


def test_a_headline_ending_on_an_initialism_is_the_headline_and_a_paragraph_ending_so_is_body() -> None:
    paragraphs = ["MILWAUKEE ― Voters care more about prices than about anything else this year, a poll released at "
                  "the Republican National Convention showed Wednesday.",
                  "The survey was paid for by a group of business owners from across the Midwest.",
                  "Two grocers are merging to create the largest supermarket chain in the U.S."]
    cleaned = clean_text("\n".join(["Voters Say Prices, Not Crime, Will Decide Their Ballots In The U.S.",
                                    *paragraphs]))
    assert cleaned.title == "Voters Say Prices, Not Crime, Will Decide Their Ballots In The U.S."
    assert cleaned.text == "\n\n".join(paragraphs)


def test_a_sentence_without_a_verb_between_paragraphs_is_a_caption() -> None:
    scrape = ("Kenya's hope for a launch site rests on a strip of coast near Malindi, a long drive from the capital.\n"
              "A sign for the launch site on a coastal road north of Malindi.\n"
              "The launch would be only the second in the company's short history, and crowds had gathered.\n"
              "A preventable crisis.\n"
              "Trump Signals Openness to a New Deal With Iran.\n"
              "Officials said the next launch was planned for the end of the year, weather permitting.\n")
    cleaned = clean_text(scrape)
    assert [(d.line_no, d.reason) for d in cleaned.dropped] == [(2, "caption")]
    assert is_verbless_caption("The SatMena offices in Muscat.")
    assert not is_verbless_caption("The Grand Hotel on Mackinac Island is now open after a restoration.")


@pytest.mark.parametrize("line", [
    "Rescuers carry a man across the flooded road Tuesday, Oct. 8, 2024, in Fort Myers, Fla.",
    "Maria Lopez reads to her daughter at home March 2, 2023, in El Paso, Texas.",
    "Volunteers hand out coats at a church hall in Dayton, Dec. 12, 2022.",
    "Senator Jane Doe speaks to reporters outside the Capitol on Thursday, June 6, 2019",
])
def test_a_wire_caption_in_the_present_tense_closing_on_its_dated_picture_is_a_caption(line: str) -> None:
    story = "The storm moved inland overnight, officials said.\nSchools stayed closed on Wednesday, the district said."
    assert is_dated_caption(line)
    assert [(d.text, d.reason) for d in clean_text(f"{story}\n{line}\nThe rain stopped by noon.").dropped] == [
        (line, "caption")]


@pytest.mark.parametrize("line", [
    "The trial begins Monday, March 3, 2025, in Boston.",  # a plan, about a thing
    "The law takes effect on Jan. 1, 2026.",
    "The senator said she would run again on Friday, Oct. 4, 2019, in Denver.",  # the past tense
    "Officials say the vote is set for March 3, 2025.",  # no weekday, no place
    "“We are ready,” Mayor Ann Lee says of the vote Tuesday, Nov. 5, 2024, in Dayton.",  # a quotation
    "Samsung ships its new drive to cloud firms, updated 10:12 am EST, Mon May 2, 2016",  # a page's stamp
])
def test_a_story_sentence_closing_on_a_date_is_no_dated_caption(line: str) -> None:
    assert not is_dated_caption(line)


@pytest.mark.parametrize("line", ["FireEye Updates Server Email Security Platform for...",
                                  "Android Studio 4.2 Adds Support for Wear OS Tiles...",
                                  "DAILY VIDEO: GitLab opens free security scans to every project and adds a paid "
                                  "tier,...",
                                  "Solar spending in Saudi Arabia to reach SR40 billion by..."])
def test_a_linked_title_cut_short_to_fit_its_box_is_a_cut_off_title(line: str) -> None:
    assert is_cut_off_title(line)


@pytest.mark.parametrize("line", ["And today, as The Telegraph reports…", "He said: “We will...",
                                  "Uruguay is a tiny, stubborn team that keeps beating the odds, the way a boxer "
                                  "gets up again, and again, and again…",
                                  "The mayor waited. And waited..."])
def test_a_story_line_that_trails_off_is_no_cut_off_title(line: str) -> None:
    assert not is_cut_off_title(line)


def test_cut_off_titles_and_tags_after_the_article_go_and_its_paragraphs_stay() -> None:
    scrape = "\n".join([  # eWeek (dev7): the publisher's list of other stories, each title cut to fit
        "Google and Kaggle have added a search tool that lets data scientists quickly find notebooks that solve "
        "problems like theirs.",
        "First shown at the I/O conference, the new widget and its software development kit give developers a "
        "way to put live charts into their apps.",
        "Tags: Mayor Ada OkaforLagosFintech",
        "Node.js Foundation Survey Shows Strong Enterprise Developer...",
        "FireEye Updates Server Email Security Platform for..."])
    cleaned = clean_text(scrape)
    assert [(d.line_no, d.reason) for d in cleaned.dropped] == [
        (3, "tag list"), (4, "cut-off title"), (5, "cut-off title")]
    assert cleaned.text.split("\n\n") == scrape.split("\n")[:2]
    assert boilerplate_reason("Tags:") == "tag list"
    assert boilerplate_reason("Filed under: Politics, Courts") == "tag list"
    assert boilerplate_reason("Tags: the police said it was over.") is None


@pytest.mark.parametrize("line", ["James Strommer", "Michael Conroy, AP", "Andrew Friedson (Handout)",
                                  "Advanced Rocket Technologies"])
def test_a_name_alone_without_a_stop_is_a_name_line(line: str) -> None:
    assert is_name_line(line)


@pytest.mark.parametrize("line", ["The Suspect", "Via WaPo:", "Green Good Neighbor?", "GIFT OF A GUN",
                                  "New AMD Security Technologies", "Obama speaks of hope", "Reactions"])
def test_subheadings_and_lead_ins_are_no_name_lines(line: str) -> None:
    assert not is_name_line(line)


def test_a_credit_under_a_caption_goes_and_the_paragraphs_around_it_stay() -> None:
    scrape = "\n".join([  # The Detroit News (dev2): a picture's caption and its photographer's credit
        "The march, called by the union, was the largest protest by nurses in Ohio’s history, part of a wider "
        "push by health workers nationwide.",
        "Ohio nurses in blue scrubs carry signs as they march to the Statehouse in Columbus.",
        "Michael Conroy, AP",
        "Organizers said more than 40 hospitals had called in extra staff so that nurses could attend."])
    cleaned = clean_text(scrape)
    assert (3, "name line") in [(d.line_no, d.reason) for d in cleaned.dropped]
    assert cleaned.text.split("\n\n")[0] == scrape.split("\n")[0]
    assert cleaned.text.split("\n\n")[-1] == scrape.split("\n")[-1]


def test_names_listed_under_a_colon_or_beside_each_other_are_no_lone_names() -> None:
    lines = ["Shelters are open at:", "North High School", "Civic Center Arena",
             "Heavy rain flooded the coast on Tuesday, and the river is expected to crest on Wednesday.",
             "James Strommer",
             "Officials said the river was expected to crest on Wednesday before the water began to recede."]
    assert lone_names(lines) == frozenset({4})


def test_the_titles_below_a_related_label_go_and_the_article_around_them_stays() -> None:
    scrape = "\n".join([  # Fierce Pharma (dev2): a related story's link set between two paragraphs
        "Valneva pitches its shot to the people who said no to mRNA",
        "“A share of adults are still holding out on the mRNA shots; those are the people we think will choose an "
        "older kind of vaccine,” the company's sales chief said.",
        "Related",
        "JPM 2023: Why Valneva thinks its shot can win over the holdouts this year",
        "She said people have written to the company to say that an inactivated shot “would finally get them to the "
        "clinic. So they are the first group we are going after.”",
        "That group takes in adults who have never had a shot as well as those who skipped their boosters over side "
        "effects they feared.",
        # USA Today (dev2): the label of a list of linked titles after the article
        "More coverage of the Nashville flood:",
        "Nashville police: 'At least 10 missing' after river floods homes",
        "The water 'came in like a wall': Residents describe escape from Nashville flood",
        "Worst floods in Tennessee history"])
    cleaned = clean_text(scrape)
    reasons = {d.text: d.reason for d in cleaned.dropped}
    assert reasons["JPM 2023: Why Valneva thinks its shot can win over the holdouts this year"] == "related link"
    assert reasons["Worst floods in Tennessee history"] == "related link"
    assert "More coverage of the Nashville flood:" in reasons
    assert cleaned.text.split("\n\n")[1:] == [scrape.split("\n")[4], scrape.split("\n")[5]]
    assert cleaned.title == "Valneva pitches its shot to the people who said no to mRNA"


@pytest.mark.parametrize("line", ["Video Player is loading.", "This is a modal window.",
                                  "Beginning of dialog window. Press Escape to cancel and close it.",
                                  "End of dialog window."])
def test_a_video_player_s_screen_reader_lines_are_site_prompts(line: str) -> None:
    assert clean_text(line, by_context=False).dropped[0].reason == "site prompt"


@pytest.mark.parametrize("line", [
    "— Staff Writers Dana Reyes and Tom Hale contributed to this report.",
    "Associated Press reporters in four states contributed to this report.",
    "(Reporting by Ana Ruiz, Tom Hale, Li Wei, with reporting by Sara Cole and Ben Ode, editing by Mark Tan.)",
    "Reporting by Lina Haddad in Amman and Peter Voss in Berlin; Writing by Peter Voss; Editing by Ana Ruiz",
    "Contributing: Maria Chen and Paul Ortiz in Fort Myers; Keller reported from Tallahassee.",
    "With reports from Reforma and El Economista",
    # where each helper reported from, whose material the story used (WTOP, ESPN)
    "WTOP’s Dana Reyes contributed to this report from Bethesda. WTOP’s Tom Hale contributed to this report "
    "from Laurel.",
    "Material from Reuters and the BBC was used in this report.",
])
def test_the_reporters_credits_below_a_story_are_contributor_credits(line: str) -> None:
    assert clean_text(line, by_context=False).dropped[0].reason == "contributor credit"


@pytest.mark.parametrize("line", [
    "Reporting by the Times showed that the mayor knew about the contract.",
    "The mayor resigned on Monday. Smith contributed to this report.",
    "With reports from the front suggesting heavy losses, the ministry said it would send more troops.",
    "Reporters from Reuters contributed to this report from Kyiv, where 12 people died.",
    "Information from the police was used in this report, the judge said.",
])
def test_story_sentences_about_reporting_stay(line: str) -> None:
    assert clean_text(line, by_context=False).dropped == []


def test_an_editor_s_note_goes_with_the_toll_it_revises() -> None:
    note = ("EDITOR'S NOTE: The county on Friday lowered the number of dead in the warehouse fire to 11, from "
            "12. One of the bodies had been counted twice.")  # Fox News (dev2)
    assert [d.reason for d in clean_text(note, by_context=False).dropped] == ["editor's note"]
    story = "The editor's note on the first page said nothing about the toll."
    assert clean_text(story, by_context=False).dropped == []


@pytest.mark.parametrize(("line", "reason"), [
    ("Chike UkaegbuPhoto: via Twitter", "caption"),  # Fast Company: a caption with its credit glued on
    ("Apple launched iPhoto: it sold well.", None),
])
def test_a_caption_glued_to_its_credit_is_dropped(line: str, reason: str | None) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    # a caption's credit run on after its stop, shaped as a credit alone on its line is (Reuters, Us Weekly, Block
    # Club Chicago, Postmedia, Herald Sun), or a copyright credit run on (Financial Times, Human Rights Watch)
    ("Officers walk the suspect into the county court in Dayton, Ohio, May 3, 2016. REUTERS/Maria Lopez", "caption"),
    ("The singer arrives at the awards gala in Nashville, Tenn. Jane Roe/WireImage", "caption"),
    ("Marchers head south on Halsted Street on Aug. 2, 2021. Tom Reyes/Block Club Chicago", "caption"),
    ("Most of the inn's 120 rooms were rebuilt after the flood. Supplied", "caption"),
    ("Supplied", "photo credit"),
    ("The fund fell 9.1% in March, its worst month since 2008 © Ana Ruiz/Alamy", "caption"),
    ("The minister greets envoys in Oslo, June 4, 2020. © 2020 NTB via AP Images", "caption"),
    ("The council said the plan was supplied by the city.", None),
    ("The mayor said the budget would pass. The council agreed on Friday.", None),
])
def test_a_caption_with_its_credit_run_on_is_dropped(line: str, reason: str | None) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    # a credit with initials or a final stop still closes its caption (Rivard Report, National Geographic, Variety)
    ("Artist's rendering of the Europa Clipper. Photo courtesy of NASA.", "caption"),
    ("Photo courtesy of NASA/JPL.", "caption"),
    ("Photograph by H. Armstrong Roberts, ClassicStock/Corbis", "caption"),
    ("The park’s duck pond is a favorite place for morning runs. Courtesy Riverside Parks", "caption"),
    ("She won the prize for a photo by Annie Leibovitz.", None),
    ("The show opens Friday. Photos by Annie Leibovitz are on view until May.", None),
    # share and follow buttons, a credit via a source (Addicting Info, UPI, Space.com)
    ("Share this Article!", "site widget"), ("Share on Facebook", "site widget"), ("Shares", "site widget"),
    ("Follow @upi", "site widget"), ("Image via screen capture.", "photo credit"),
    # a gallery's button and its count of pictures (Reuters, The Salt Lake Tribune, InformationWeek)
    ("Slideshow (13 Images)", "site widget"), ("ARTICLE PHOTO GALLERY (3)", "site widget"),
    ("(Click image for larger view and slideshow.)", "site widget"),
    ("The gallery reopened on Monday with 13 new images.", None),
    ("Shares of Apple rose 3% on Monday.", None), ("Share prices fell sharply on Monday.", None),
    ("Images via Getty show the crowd gathering outside the court.", None),
    # the credits under a chart (Nature)
    ("Source: India Power Ministry, Central Electricity Authority & Natl Solar Energy Federation", "graphic credit"),
    ("Source: Natl Inst. of Meteorology (INMET), Brazil", "graphic credit"),
    ("Sources: the ministry did not say how many troops would stay.", None),
    ("Source: “We will not leave,” the minister said.", None),
    # an ad slot's numbered label, a link's button, a widget still loading
    ("Advertisement 4", "placeholder"), ("Read more", "placeholder"), ("Read now", "placeholder"),
    ("Loading...", "placeholder"), ("Loading…", "placeholder"), ("Explore charts >>", "placeholder"),
    ("More on this story »", "placeholder"), ("Prices rose 3% >> the central bank said.", None),
    ("Read more about the plan in Monday's paper.", None), ("Loading the trucks took four hours.", None),
    # a rule or a table's border: no letter or digit
    ("___", "separator"), ("* * *", "separator"), ("|---|---|", "separator"), ("1.", None),
    # a box of links' label alone on its line; "Read more" is a button, "More from …:" leads into an embed
    ("Related:", "link box label"), ("Further reading", "link box label"), ("For more:", "link box label"),
    ("Popular on Ledger Daily", "link box label"), ("More from Tilda Brannock", "link box label"),
    ("More on Ledgerdaily.com", "link box label"), ("Read more:", "link box label"), ("Read more", "placeholder"),
    ("More from Ostervale Radio:", None), ("More from the mayor", None), ("Popular support grew.", None),
])
def test_credits_and_buttons_are_told_from_the_story_sentences_that_share_their_words(line: str,
                                                                                      reason: str | None) -> None:
    assert boilerplate_reason(line) == reason


def test_a_stamp_of_the_time_of_day_alone_goes_with_the_head() -> None:
    head = ["Bridge to close for the winter", "Sarah Archer", "1:39 PM ET"]
    story = ["The city council voted on Tuesday to close the bridge for repairs until the spring, officials said.",
             "Drivers will be sent along the river road, which the council says can carry the extra traffic.",
             "The repairs will start at 9:30 a.m. on Monday and take most of the winter, the mayor said."]
    cleaned = clean_text("\n\n".join([*head, *story, "Updated at 5:34 p.m."]))
    reasons = {d.text: d.reason for d in cleaned.dropped}
    assert reasons["1:39 PM ET"] == "before the article"
    assert reasons["Updated at 5:34 p.m."] == "date line"  # labelled: the page's stamp wherever it stands
    assert cleaned.text == "\n\n".join(story)


@pytest.mark.parametrize("stamp", [
    "Published: Tuesday, March 3rd, 2026 at 10:15 a.m.", "Nov. 4, 2025 6:12 pm ET",
    "by Jane Doe on May 2, 2024 8:00 AM EST", "Posted Online: June 9, 2023",
    "By Metro Staff | March 3, 2026 at 1:26 PM HST - Updated March 3 at 3:40 PM",
])
def test_a_page_s_stamp_inside_the_story_goes_as_a_date_line_on_pages_and_scrapes(stamp: str) -> None:
    """A stamp the page set between the story's paragraphs (under a standfirst, below a picture), which no
    head rule reaches: an extractor's text keeps it too."""
    text = "\n\n".join([STAMPED_STORY[0], stamp, *STAMPED_STORY[1:]])
    for by_context in (True, False):
        cleaned = clean_text(text, by_context=by_context)
        assert [(d.text, d.reason) for d in cleaned.dropped] == [(stamp, "date line")]
        assert cleaned.text == "\n\n".join(STAMPED_STORY)


def test_an_extracted_page_s_title_above_its_stamp_still_goes_as_a_banner() -> None:
    """The head's rules read the stamp where it stands: the title above it goes as before, and the stamp too."""
    cleaned = clean_text("\n\n".join(["Bridge to Close for the Winter", "Nov. 4, 2025 6:12 pm ET", *STAMPED_STORY]),
                         by_context=False)
    assert [(d.text, d.reason) for d in cleaned.dropped] == [("Bridge to Close for the Winter", "site banner"),
                                                             ("Nov. 4, 2025 6:12 pm ET", "date line")]



def test_a_placeholder_goes_and_the_subheading_below_it_stays() -> None:
    story = ["The city council voted on Tuesday to close the bridge for repairs until the spring, officials said.",
             "Drivers will be sent along the river road, which the council says can carry the extra traffic."]
    more = ["The repairs will start on Monday and take most of the winter, the mayor told reporters.",
            "Shops near the bridge said they expected to lose many of their customers until it reopens."]
    cleaned = clean_text("\n\n".join([*story, "Advertisement 4", "What the closure means", *more]))
    assert [(d.text, d.reason) for d in cleaned.dropped] == [("Advertisement 4", "placeholder")]
    assert cleaned.text == "\n\n".join([*story, "What the closure means", *more])


def test_a_link_box_s_label_goes_and_its_place_still_ends_the_article() -> None:
    story = ["The city council voted on Tuesday to close the bridge for repairs until the spring, officials said.",
             "Drivers will be sent along the river road, which the council says can carry the extra traffic."]
    cleaned = clean_text("\n\n".join([*story, "Further reading"]))
    assert [(d.text, d.reason) for d in cleaned.dropped] == [("Further reading", "link box label")]
    assert cleaned.text == "\n\n".join(story)


def test_a_rule_after_the_story_goes_and_the_story_stays() -> None:
    story = ["The city council voted on Tuesday to close the bridge for repairs until the spring, officials said.",
             "Drivers will be sent along the river road, which the council says can carry the extra traffic."]
    cleaned = clean_text("\n\n".join([*story, "___"]), by_context=False)
    assert [(d.text, d.reason) for d in cleaned.dropped] == [("___", "separator")]
    assert cleaned.text == "\n\n".join(story)


def test_a_portrait_s_caption_naming_someone_the_story_is_about_goes_and_a_greeting_stays() -> None:
    story = ["Gretchen Carlson filed a lawsuit against Roger Ailes on Wednesday, her lawyers said.",
             "Murdoch knew the risks of hiring Ailes and still asked him to build the new channel from scratch.",
             "The network's staff sent its viewers a card that closed with two words, as it did every year."]
    last = "Ailes left the network that summer, and the channel's ratings held up in the fall."
    cleaned = clean_text("\n\n".join([story[0], "Gretchen Carlson.", story[1], story[2], "Happy Holidays.", last]))
    assert [(d.text, d.reason) for d in cleaned.dropped] == [("Gretchen Carlson.", "caption")]
    assert "Happy Holidays." in cleaned.text.split("\n\n")


@pytest.mark.parametrize(("line", "reason"), [
    ("Originally published on Live Science.", "republication note"),  # Live Science (dev, dev4)
    ("View the original story at npr.org.", "republication note"),  # WAMU (dev3)
    ("*This article appears in the spring 2021 issue of Harper's Magazine.", "republication note"),
    ("• This article was written partly from news agency copy.", "republication note"),  # The Washington Times
    ("(This post was last changed at 4:07 p.m. ET.)", "republication note"),  # NPR (dev2)
    ("This story also appears in E&E Daily.", "republication note"),  # Scientific American (dev9)
    # an update note that says what changed reports, and stays; so does a story's sentence about an article
    ("This story has been updated to add that the mayor confirmed her resignation in a statement on Friday night.",
     None),
    ("The article was published on Monday by the Times.", None),
    ("He said this article was wrong about the vote.", None),
])
def test_a_note_on_where_the_article_ran_is_dropped(line: str, reason: str | None) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("Correction added April 2, 2021: The chart in this article first gave the wrong year for the survey.",
     "editor's note"),  # Quanta Magazine (dev2)
    ("*An earlier version of the article wrongly said the senator chaired the finance committee.",
     "editor's note"),  # New York Magazine (dev)
    ("*This sentence has been updated to reflect Shine's presence at the meeting.", "editor's note"),
    ("Clarification: An earlier caption misidentified the mayor of Orlando.", "editor's note"),
    ("Correction, June 3, 2021: This story about the city's water bills first gave the wrong rate.",
     "editor's note"),  # ProPublica (dev8)
    ("Correction officers, who asked not to be named: the inmate was moved.", None),
    # the corrections service and a story's earlier version are the story's own words
    ("Corrections officials said: the inmate was moved on Friday.", None),
    ("An earlier version of the bill had failed in the Senate.", None),
])
def test_a_correction_goes_with_the_editors_notes(line: str, reason: str | None) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ("Send tips to kevin@dailycallernewsfoundation.org.", "author contact"),  # The Daily Caller (dev3)
    ("Follow Kevin on Twitter", "author contact"),
    ("Reach the reporters on Twitter at http://twitter.com/MegKinnardAP", "author contact"),  # Connecticut Post (dev4)
    ("Lena Ortiz is a science writer in the university's news office. Email her at lortiz@example.edu.",
     "author contact"),  # Stanford Medicine (dev4)
    ("Sam Okafor is a summer intern with the Boston Globe. Reach him at sokafor@globe.com or on "
     "Twitter @samokafor.", "author contact"),  # Detroit Free Press (dev6)
    ("Grace Liang is Xconomy's Boston Editor. You can reach her at gliang@xconomy.com.",
     "author contact"),  # Xconomy (dev7)
    # an appeal of the police is the story's, and so is a person the story says may be reached
    ("Her lawyer said she would be glad to contact them at the hearing.", None),
    ("Anyone with information is asked to contact Crime Stoppers at 555-0100.", None),
    ("Contact Crime Stoppers at 555-0100.", None),
])
def test_a_line_on_how_to_reach_the_author_is_dropped(line: str, reason: str | None) -> None:
    assert boilerplate_reason(line) == reason


def test_an_author_s_bio_ending_in_a_contact_line_still_ends_the_article() -> None:
    lines = ["Rescuers searched the flooded streets of the town for survivors on Tuesday night.",
             "The river rose three metres in an hour, faster than in any storm on record.",
             "Officials have promised a review of the warning system before the winter ends.", "Marta Vidal",
             "Marta Vidal is a Portuguese poet and editor, a contributor since 2021. Follow her on X | Truth Social",
             "EXCLUSIVE: Old Rivalries Flare in Glasgow as Scotland Braces for a Tense Summer"]
    kept = clean_text("\n\n".join(lines)).text.split("\n\n")
    assert kept == lines[:3]  # The Gateway Pundit (dev)



@pytest.mark.parametrize(("line", "reason"), [
    ("42 Responses to “Why weekend buses are losing riders, and what could bring them back”",
     "comment form"),
    ("12 thoughts on “Stack Overflow survey finds fewer WordPress developers”", "comment form"),
    ("There are 13 comments", "comment form"),
    ("32 responses to the survey were negative, the agency said.", None),
])
def test_a_comment_box_header_names_the_article_by_its_quoted_title(line: str, reason: str | None) -> None:
    assert boilerplate_reason(line) == reason


def test_a_date_line_glued_to_its_clock_below_the_headline_is_furniture() -> None:
    scrape = "\n".join(["Google Stadia launches with a handful of games and a subscription", "By Jane Doe",
                         "Published Tue, Nov 19 20197:05 AM EST",
                         "Google's game streaming service launched on Tuesday with a dozen titles for players.",
                         "The company said more games would arrive before the end of the year, without naming them.",
                         "Players need a fast internet connection and a controller the company sells separately."])
    assert ("Published Tue, Nov 19 20197:05 AM EST", "date line") in \
        [(d.text, d.reason) for d in clean_text(scrape).dropped]


def test_a_story_on_ad_blocking_keeps_its_words() -> None:
    """Ad blocking is a story's subject too: only a line addressing the reader about the page is the site's."""
    lines = ["Ad blocking software was installed on 615 million devices last year, a report by PageFair found.",
             "Police said they had blocked our reporters from the building, a spokesman told us."]
    assert clean_text("\n".join(["The story opens here today.", *lines])).dropped == []


#: A JSON Lines record's whole text, one line cut off before its last stop.
ONE_LINE_RECORD = ("The city council voted on Tuesday to close the Main Street bridge for repairs. \"We have no "
                   "choice,\" Mayor Jane Doe said. Drivers will be sent along Oak Avenue instead")


def test_a_one_line_story_cut_before_its_stop_keeps_its_finished_sentences_as_prose() -> None:
    text = clean_text(ONE_LINE_RECORD).text
    assert text.split("\n\n") == [
        "The city council voted on Tuesday to close the Main Street bridge for repairs. \"We have no choice,\" "
        "Mayor Jane Doe said.", "Drivers will be sent along Oak Avenue instead"]
    assert in_prose_line(text, text.index("We have no choice"))


@pytest.mark.parametrize("text", [
    # ended as a sentence ends: nothing to set apart
    "The city council voted on Tuesday to close the bridge. Drivers will be sent along Oak Avenue instead.",
    # no sure break: "Gov." is a title's abbreviation, not a sentence's end
    "The bridge will close on Tuesday, Gov. Gavin Newsom told reporters",
])
def test_a_one_line_story_without_an_unfinished_sentence_after_a_sure_break_stays_whole(text: str) -> None:
    assert clean_text(text).text == text


def test_only_a_story_of_one_paragraph_has_its_unfinished_end_set_apart() -> None:
    caption = "Police lead the suspect into the courthouse. Photographs by Jason Miczek Reuters"
    story = "The city council voted on Tuesday to close the bridge for repairs. It opens again in May."
    assert single_paragraph_ended([story, caption]) == [story, caption]


#: A scrape that ran on from its story into the publisher's next one: headline, standfirst, byline (the same
#: desk as the story's), date, share buttons, and a body longer than the story's.
RAN_ON = [
    "Stress can hamper sperm quality, study finds", "By", "NewsGram Desk", "March 24, 2020",
    "Prolonged fear and anxiety can take a toll on a person's mental health, the researchers said on Monday.",
    "The paper, which appears in the journal Cell Reports, describes how a father's stress reaches his sperm.",
    "The team says that paternal stress may also leave its mark on the children, not only on the father.",
    "These tiny sacs are made in great numbers along the reproductive tract and help the sperm to mature.",
    "Indians Spend More Time on OTT Media and Fitness Apps During the Lockdown",
    "As people stayed at home, video calls and chat apps also saw a sudden surge",
    "By", "NewsGram Desk", "April 8, 2020", "Share on Facebook",
    *[f"OTT platforms like Hotstar and Netflix have seen a {n} per cent increase in the time spent on them, "
      f"said the report." for n in (82, 46, 49, 57, 61)],
]


def test_a_scrape_run_on_into_the_next_story_keeps_only_its_own() -> None:
    cleaned = clean_text("\n\n".join(RAN_ON))
    assert "paternal stress" in cleaned.text and "OTT platforms" not in cleaned.text
    assert {d.reason for d in cleaned.dropped if "OTT platforms" in d.text} == {"next story"}


def test_a_story_head_is_a_headline_over_a_byline_and_prose() -> None:
    lines = "\n\n".join(RAN_ON).splitlines()
    assert story_heads(lines) == frozenset({1, 17, 19})  # the headline, and the standfirst below it
    assert story_heads(lines, or_dated=True) == frozenset({1, 17, 19})


def test_invisible_format_characters_are_dropped_and_line_numbers_still_point_at_the_input() -> None:
    """A soft-hyphenated sentence reads as its words; a line holding only a zero-width non-joiner is no
    paragraph; the furniture line below keeps its number."""
    text = ("The Bos\xadton Globe re\xadpor\xadted that the may\xador's of\xadfice paid the con\xadtrac\xadtor.\n"
            "\u200c\n"
            "Advertisement")
    cleaned = clean_text(text, by_context=False)
    assert cleaned.text == "The Boston Globe reported that the mayor's office paid the contractor."
    assert [(d.line_no, d.reason) for d in cleaned.dropped] == [(3, "site widget")]


@pytest.mark.parametrize(("line", "reason"), [
    # a picture's credit set with bars, alone below its caption or in brackets (USNewsRank, The Salt Lake Tribune)
    ("Tilda Brannock | Reuters", "photo credit"),
    ("J. Orvell | Ostervale Press Pool | Getty Images", "photo credit"),
    ("(Tilda Brannock | The Ostervale Ledger)", "photo credit"),
    ("Mayor Tilda Brannock | said the harbour would reopen", None),
    # the page pointing its reader at a link (IAB, USNewsRank, GLAAD), a feed's footer naming where the post ran
    ("Read more about the Ostervale harbour levy here.", "site prompt"),
    ("Watch the Ostervale council hearing online here!", "site prompt"),
    ("Read our overnight coverage here: Harbour closes; levy vote delayed", "site prompt"),
    ("Read the letter Brannock signed here in Ostervale before the vote.", None),
    ("The post Ostervale harbour reopens after storm appeared first on Ledger Daily.", "republication note"),
    ("The post office in Ostervale appeared first on the council's closure list, the mayor said.", None),
])
def test_a_bar_credit_a_pointer_at_a_link_and_a_feed_footer_are_dropped(line: str, reason: str | None) -> None:
    assert boilerplate_reason(line) == reason


def test_the_bio_of_an_author_the_page_names_is_dropped_from_extracted_text() -> None:
    story = ["The Ostervale harbour reopened on Monday after a week of storm repairs, the port authority said.",
             "Tilda Brannock, who runs the ferry office, said bookings had already doubled."]
    bios = ["Orla Fenwick is based in Ostervale and covers shipping and the coast.",
            "Orla joined the Ledger in 2019 after a decade at a wire service."]
    cleaned = clean_text("\n".join([*story, *bios]), by_context=False, authors=("Orla Fenwick", "May 3"))
    assert cleaned.text.split("\n\n") == story
    assert [(d.text, d.reason) for d in cleaned.dropped] == [(bios[0], "author bio"), (bios[1], "author bio")]
    assert clean_text("\n".join([*story, *bios]), by_context=False).text.split("\n\n") == [*story, *bios]


def test_a_caption_that_repeats_its_picture_s_description_is_dropped_from_extracted_text() -> None:
    title = "Ostervale harbour reopens after the storm"
    story = ["The Ostervale harbour reopened on Monday after a week of storm repairs, the port authority said.",
             "Cranes lifted the last of the broken pontoons out of the water before dawn.",
             "Tilda Brannock, who runs the ferry office, said bookings had already doubled."]
    caption = "The rebuilt pontoons at Ostervale harbour"
    pictures = frozenset({title, caption, story[1]})
    cleaned = clean_text("\n".join([title, story[0], caption, *story[1:]]), by_context=False, pictures=pictures)
    assert [(d.text, d.reason) for d in cleaned.dropped] == [(caption, "caption")]
    assert cleaned.text.split("\n\n") == [title, *story]


def test_a_standfirst_above_the_lead_picture_s_dropped_caption_is_dropped_and_a_lede_there_stays() -> None:
    title = "Ostervale ferry line doubles its winter crossings"
    standfirst = "The Brannock ferry line is adding 14 crossings a week to keep the islands supplied."
    story = ["The Ostervale ferry office on Monday added 14 weekly crossings to its timetable, its manager said.",
             "Two rebuilt boats will share the new sailings from the harbour."]
    caption = "A ferry leaves Ostervale harbour"
    pictures = frozenset({caption})
    cleaned = clean_text("\n".join([title, standfirst, caption, *story]), by_context=False, pictures=pictures)
    assert [(d.text, d.reason) for d in cleaned.dropped] == [(standfirst, "standfirst"), (caption, "caption")]
    assert cleaned.text.split("\n\n") == [title, *story]
    lede_first = clean_text("\n".join([title, story[0], caption, story[1]]), by_context=False, pictures=pictures)
    assert lede_first.text.split("\n\n") == [title, *story]


def test_a_date_line_stating_the_article_s_own_day_goes_and_a_chronology_s_day_stays() -> None:
    story = ["The ferry to Ostervale ran again on Sunday after a week in dry dock, its operator said.",
             "Dec. 2, 2025", "The hull was found cracked during a routine inspection."]
    cleaned = clean_text("\n".join(["December 14, 2025", *story]), by_context=False, published=date(2025, 12, 14))
    assert cleaned.text.split("\n\n") == story
    assert [(d.text, d.reason) for d in cleaned.dropped] == [("December 14, 2025", "date line")]
    assert clean_text("\n".join(["December 14, 2025", *story]), by_context=False).dropped == []


@pytest.mark.parametrize(("below", "thread"), [
    # the bare label with a commenter and a stamp under it opens the thread
    (["Comments", "Ruth Aldane", "March 8, 2021 at 9:14 am", "The ferry ran late all of last June."], True),
    # a counted header opens it whatever follows
    (["3 Comments", "The ferry ran late all of last June."], True),
    # the bare label with prose under it is a share bar's button: the story goes on
    (["Comments", "The repairs are paid for by the harbour fund, a council spokesman said on Monday.",
      "Work on the north pier starts next week."], False),
])
def test_the_readers_thread_opens_at_a_comment_box_s_header(below: list[str], thread: bool) -> None:
    """Where the readers' thread begins below a story's paragraphs: at a header that counts or asks for comments, or
    at the bare label "Comments" only with a comment's stamp or button right below it."""
    story = ["The Ostervale council voted on Monday to close the harbour ferry for repairs.",
             "Mayor Tilda Brannock said the repairs would take until the spring.",
             "Crews from Kelmar Docks began pulling the old pontoons out on Tuesday morning."]
    lines = story + below
    assert readers_thread(lines) == (len(story) if thread else len(lines))


_STORY = ["The Ostervale council voted on Monday to close the harbour ferry for repairs.",
          "Mayor Tilda Brannock said the repairs would take until the spring.",
          "Crews from Kelmar Docks began pulling the old pontoons out on Tuesday morning."]


def test_a_run_of_dated_teasers_below_the_story_runs_to_its_last_blurb() -> None:
    """Other stories' heads in a row, each a title, a stamp and a one-line blurb, are one run, to the last blurb."""
    teasers = ["Brannock Wins Second Term as Ostervale Mayor", "May 17, 2016",
               "Tilda Brannock won a second term on Tuesday with a clear majority of the vote.",
               "Kelmar Docks Hires Forty New Welders", "May 16, 2016",
               "The shipyard said it would hire forty welders before the summer season.",
               "Ferry Fares to Rise in Ostervale Next Year", "May 15, 2016",
               "The harbour board approved a rise in ferry fares for next year."]
    lines = _STORY + teasers
    assert teaser_runs(lines) == [(len(_STORY), len(lines) - 1)]


def test_titles_and_stamps_without_blurbs_end_on_the_last_stamp_and_the_story_resumes() -> None:
    """A box of titles and stamps between the story's parts ends on its last title: the paragraph under it is the
    story going on, and the heads of a story's own dated sections, with paragraphs between, make no run."""
    box = ["Recommended", "Brannock Wins Second Term as Ostervale Mayor", "Ruth Aldane", "May 17, 2016",
           "Kelmar Docks Hires Forty New Welders", "Pim Varga", "May 16, 2016"]
    lines = _STORY + box + ["The council said the ferry would reopen in the spring, before the summer season."]
    assert teaser_runs(lines) == [(len(_STORY) + 1, len(_STORY) + 4)]
    sections = ["Ferry Repairs Begin in Ostervale", "May 17, 2016", *_STORY[:2], "Welders Join the Repair Crews",
                "May 18, 2016", *_STORY]
    assert teaser_runs(_STORY + sections) == []
