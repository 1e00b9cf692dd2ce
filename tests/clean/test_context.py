"""Boilerplate by context: the furniture around and inside an article block goes, every sentence stays."""

from __future__ import annotations

import pytest

from dateline.clean import clean_text
from dateline.clean.context import (
    addresses_reader,
    comment_heads,
    furniture_reasons,
    in_author_box,
    is_bio,
    is_body_line,
    is_kicker_teaser,
    is_prose,
    is_reader_prompt,
    kicker_teasers,
    named_author_bios,
)
from dateline.clean.embeds import embedded_post_lines

SCRAPE = """Storm floods the coast as thousands flee
The river is expected to crest on Wednesday.
By Jane Doe, Staff Writer
November 19, 2019 4:55 PM
Share
Heavy rain flooded the coast on Tuesday, and thousands of residents were told to leave their homes.
The mayor said the water rose faster than it had in any storm since the town was founded.
Residents in the north
Many of them spent the night in a school gym, where volunteers handed out blankets and food.
Rescuers pulled a family of four from the roof of their house in the early hours of the morning.
Watch: drone footage of the flooded town
Duration 1:30
2 hours ago
The shelters open tonight:
North High School
The Civic Center
Officials said the river was expected to crest on Wednesday before the water began to recede.
Most Read
Rebuilding the pier could take years
City council approves new budget
"""


def test_the_furniture_around_and_inside_the_article_goes_with_its_reason() -> None:
    cleaned = clean_text(SCRAPE)
    reasons = {d.text: d.reason for d in cleaned.dropped}
    assert reasons["By Jane Doe, Staff Writer"] == "furniture block in the article"
    assert reasons["Duration 1:30"] == reasons["2 hours ago"] == "after the article"  # five lines from the body
    assert reasons["Rebuilding the pier could take years"] == "related link"  # a title below "Most Read"
    assert reasons["City council approves new budget"] == "related link"
    assert cleaned.title == "Storm floods the coast as thousands flee"


def test_subheadings_sentences_and_announced_lists_stay() -> None:
    text = clean_text(SCRAPE).text
    assert "Residents in the north" in text  # a lone short line between body lines is a subheading
    assert "North High School\n\nThe Civic Center" in text  # a list the article opens with a colon
    assert "The river is expected to crest on Wednesday." in text  # a standfirst is a sentence
    assert "Officials said the river was expected to crest" in text


def test_a_short_sentence_is_never_dropped_for_its_place() -> None:
    lines = ["Menu", "Officials confirmed the death toll had risen to twelve by Tuesday night.",
             "Photos", "Gallery", "It was raining.", "Sign in"]
    assert furniture_reasons(lines) == ["before the article", None, "after the article", "after the article",
                                        None, "after the article"]


def test_body_lines_read_like_prose() -> None:
    assert is_body_line("KUALA LUMPUR, March 4 — The state oil firm will not raise pump prices before the end of "
                        "the quarter, Economy Minister Rafizi Ramli told reporters today.")
    assert not is_body_line("Yahya Sinwar speaks during a rally in Khan Younis. (Mohamed El Saife/CBC)")
    assert not is_body_line("Hezbollah names longtime deputy Naim Qassem as its new chief")


def test_captions_with_credits_go_even_alone_and_numbered_subheadings_stay() -> None:
    lines = ["Rescuers searched the flooded streets of the town for survivors on Tuesday night.",
             "Rescuers search a street in the town on Tuesday. (Jane Doe/AP)",
             "The river rose three metres in an hour, faster than in any storm on record.",
             "2. The warnings came too late",
             "Residents said the sirens sounded only after the water had reached their doors.",
             "Officials have promised a review of the warning system before the winter ends."]
    assert furniture_reasons(lines) == [None, "furniture block in the article", None, None, None, None]


def test_a_label_with_a_colon_opens_no_list() -> None:
    lines = ["Rescuers searched the flooded streets of the town for survivors on Tuesday night.",
             "The river rose three metres in an hour, faster than in any storm on record.",
             "Related links:", "Town counts the cost", "Citation:"]
    assert furniture_reasons(lines)[2:] == ["after the article"] * 3


def test_running_text_without_its_stop_and_a_dated_line_stay_and_the_page_s_stamp_goes() -> None:
    lines = ["By Jane Doe", "Posted: Aug 08, 2024 4:00 AM EDT", "Share",
             "Rescuers searched the flooded streets of the town for survivors on Tuesday night.",
             "The river rose three metres in an hour, faster than in any storm on record.",
             "Officials say the warning system failed in the north of the town and they are asking residents "
             "to report what they saw #FloodWatch",
             "More on World", "Top Stories"]
    assert furniture_reasons(lines) == ["before the article", None, "before the article", None, None, None,
                                        "after the article", "after the article"]
    assert furniture_reasons(lines, stamps=frozenset({1}))[1] == "before the article"


def test_the_page_s_date_lines_go_and_an_embedded_post_s_signature_stays() -> None:
    cleaned = clean_text("\n".join([
        "Storm floods the coast as thousands flee", "Nov. 19, 2019",
        "Rescuers searched the flooded streets of the town for survivors on Tuesday night.",
        "Nov. 19, 2019, 8:41 AM UTC", "Updated Nov. 20, 2019",
        "The river rose three metres in an hour, faster than in any storm on record.",
        "Stay safe, everyone. The water is still rising.",
        "— City of Springfield (@springfieldcity) November 19, 2019",
        "Officials said the warning system had failed in the north of the town on Monday."]))
    reasons = {d.text: d.reason for d in cleaned.dropped}
    assert reasons["Nov. 19, 2019"] == "before the article"
    assert reasons["Nov. 19, 2019, 8:41 AM UTC"] == reasons["Updated Nov. 20, 2019"] == "date line"
    assert "— City of Springfield (@springfieldcity) November 19, 2019" in cleaned.text
    assert cleaned.title == "Storm floods the coast as thousands flee"


def test_text_an_extractor_took_from_its_page_keeps_to_the_line_rules_and_its_title_like_first_line() -> None:
    by_context = clean_text(SCRAPE).dropped
    assert clean_text(SCRAPE, by_context=False).dropped == [
        d for d in by_context if d.reason != "headline" and not d.reason.endswith("article")]


def test_a_sentence_whose_closing_quote_tokenized_text_sets_apart_is_prose() -> None:
    # Timeline17's texts are tokenized: a closing quote stands apart from the stop it follows
    assert is_prose("Those were only two neighbours arguing over a fence . ''")
    assert is_prose('He said the talks would go on . "')
    assert not is_prose("Dow Jones Industrial Average : +64.59")


ARTICLE_END = ["Rescuers searched the flooded streets of the town for survivors on Tuesday night.",
               "The river rose three metres in an hour, faster than in any storm on record.",
               "Officials have promised a review of the warning system before the winter ends."]


def test_teaser_blurbs_after_the_article_go_even_when_they_read_as_sentences() -> None:
    widgets = ["Read more:", "Check Your Wallet for These Bills - Wealthy Nickel",
               "Share or comment on this article:", "Add comment", "Site", "Web", "Search", "Your Money",
               "Does booking a hotel on a Tuesday really save you money, or is that just a travel myth?"]
    article = ["Collectors are paying thousands of dollars for the bills, which carry a printing error.",
               "Only nine of the pairs have been matched so far, the collectors' guild said on Monday.", *ARTICLE_END]
    lines = [*article, *widgets, "How much should you keep in a rainy-day fund? More than you think",
             "Nearly half of renters say they could not cover a surprise $800 bill, a new survey finds.",
             "Grocery chain tries out a checkout change that may shorten your next trip",
             "Can you name the famous painter from five hints or less?",
             "GitHub Report Finds Rust Gaining Ground Among Hobby Coders",
             "GitHub released its yearly report on open source, drawing on activity in 4.1 million projects "
             "from 190 countries.", "March 17, 2016"]
    assert furniture_reasons(lines)[5:] == ["after the article"] * 16


def test_the_article_going_on_after_a_widget_stays() -> None:
    lines = [*ARTICLE_END, "Popular", "Wendy Brown: A Conversation", "Books & the Arts", "Daniel Jenkins",
             "The Cops Killed More People in 2023", "Elie Mystal", "Indiana University Caves to Pressure",
             "Jeffrey Isaac",
             "The first Republican president spoke at the close of his inaugural address, at a time of crisis.",
             "He is no angel.", "But he was better than his rivals."]
    assert furniture_reasons(lines)[-3:] == [None, None, None]


def test_teasers_below_a_list_label_go_unless_only_prose_paragraphs_follow() -> None:
    teasers = ["Related coverage", "Why sleep trackers may help spot heart trouble A new trial used wrist sensors "
               "to flag irregular rhythms early. Read now", "Skin cancer: Engineered cold virus shrinks melanoma "
               "Researchers shrank tumors in mice with an altered cold virus. Read now"]
    assert furniture_reasons([*ARTICLE_END, *teasers])[-3:] == ["after the article"] * 3
    resumed = ["More on World", "Smoke hangs over Kharkiv after overnight drone strike",
               "Firefighters were still battling the blaze at dawn, and falling debris slowed the search.",
               "A hospital wing was hit while patients sheltered in its basement, the regional governor said."]
    assert furniture_reasons([*ARTICLE_END, *resumed])[-2:] == [None, None]


#: A recirculation module: each teaser's title, then its one-line blurb, which reads as a paragraph.
TEASERS = ["Back with the Falcons, Marcus Hale now passes on the lessons he was once taught",
           "Falcons cornerback Marcus Hale has become one of the steadiest voices in a young secondary.",
           "Falcons great Lou Benning dies at age 79",
           "The club's first quarterback to win a playoff game, Lou Benning died on Sunday at the age of 79.",
           "Tyrell Oakes gets ready for a bigger role, and a big third year",
           "Falcons linebacker Tyrell Oakes is preparing for a larger part in the defense as spring workouts open."]


def test_a_teaser_list_run_on_from_the_article_below_a_label_goes() -> None:
    reasons = furniture_reasons([*ARTICLE_END, "Related Content", *TEASERS])
    assert reasons[:3] == [None] * 3 and reasons[3:] == ["after the article"] * 7


def test_a_teaser_list_longer_than_a_short_story_is_not_the_article() -> None:
    story = ["You can add a Russian guy with a spear to the list of things your drone should fear.",
             "The drone belonged to a man who was capturing aerial shots of a historical reenactment."]
    cards = [line for pair in zip(TEASERS[::2], ["1593 shares"] * 3, TEASERS[1::2]) for line in pair]
    reasons = furniture_reasons([*story, "Tags:", "drone", "Trending Posts", *cards, *cards])
    assert reasons[:2] == [None, None] and set(reasons[4:]) == {"after the article"}


def test_an_article_resuming_below_a_related_link_stays_whole() -> None:
    resumed = ["Related: Smoke hangs over Kharkiv after drone strike", "Firefighters were still at work at dawn.",
               "A hospital wing was hit while patients sheltered in its basement, the regional governor said.",
               "Rescue crews worked through the night to reach the residents trapped in the rubble."]
    assert furniture_reasons([*ARTICLE_END, *resumed])[-3:] == [None] * 3
    # its last paragraph alone below a box of links is no list of teasers
    boxed = ["Related Links", "European Space Agency website",
             "Among the hurdles is building a rover that can steer itself across the ice while its operators rest."]
    assert furniture_reasons([*ARTICLE_END, *boxed])[-1] is None


def test_an_author_bio_after_the_article_goes() -> None:
    lines = ["By Nora Lindqvist", *ARTICLE_END, "Share", "Newsletter", "Nora Lindqvist",
             "Nora Lindqvist is a reporter for NBC News.", "She covers the courts and has written for the site "
             "since 2015."]
    assert furniture_reasons(lines)[-2:] == ["after the article"] * 2


def test_an_author_box_that_calls_the_byline_s_author_by_first_name_goes() -> None:
    lines = ["Carla Mendes | Fox News", *ARTICLE_END, "Share", "Carla is a Miami-based Travel Reporter for Fox News."]
    assert furniture_reasons(lines)[-1] == "after the article"  # Fox News (dev4)
    lines = ["Ilse Brandt", *ARTICLE_END, "Ilse joined the magazine's Berlin desk in May 2019. She has been writing "
             "about wind farms and grid storage since 2012."]
    assert furniture_reasons(lines)[-1] == "after the article"  # pv magazine (dev)
    story = ["Ilse Brandt", *ARTICLE_END, "Officials said the review would begin in the spring and take a year."]
    assert furniture_reasons(story)[-1] is None


def test_a_bio_under_an_author_box_s_heading_goes_however_it_opens() -> None:
    # Geektime, Rivard Report, IAB (dev7, dev3, dev13): the heading names the author, the bio calls them otherwise
    lines = [*ARTICLE_END, "About Maria Kovacs", "Maria has a soft spot for old railways, and she has written about "
             "transport for twenty years."]
    assert furniture_reasons(lines)[-1] == "after the article"
    lines = [*ARTICLE_END, "About Tom Ellery", "Tom Ellery, PhD, is the program director of a county health "
             "partnership. He studied tropical diseases for a decade abroad."]
    assert furniture_reasons(lines)[-1] == "after the article"
    lines = [*ARTICLE_END, "About the author", "Dana Reyes", "Vice President of Research at the Media Council and head "
             "of its measurement lab for the last ten years"]
    assert furniture_reasons(lines)[-1] == "after the article"
    # a company's note under its name is no author's bio (the line rules drop it: clean.profiles), and the
    # story's subheadings are its own
    release = [*ARTICLE_END, "About Brightwater", "Brightwater is a data platform that serves 4,000 companies and "
               "employs 300 people in six countries."]
    assert furniture_reasons(release)[-1] is None
    story = [*ARTICLE_END, "About the study", "The researchers followed 1,200 patients for five years, and each "
             "of them was seen by his or her doctor twice a year."]
    assert furniture_reasons(story)[-1] is None


def test_a_list_opened_far_after_the_article_is_the_page_s() -> None:
    lines = [*ARTICLE_END, *["Politics", "Football", "TV", "Showbiz", "Sport", "Travel", "Money", "Tech"],
             "Follow Daily Star on socials:", "Contact Us", "Work for us"]
    assert furniture_reasons(lines)[-3:] == ["after the article"] * 3


def test_the_article_s_closing_list_under_a_subheading_stays() -> None:
    lines = [*ARTICLE_END, "Tour dates", "Nov. 22 — Nashville, Tenn. — Bridgestone Arena",
             "Nov. 24 — Atlanta — State Farm Arena", "Dec. 1 — Chicago — United Center", "Share", "Most Read"]
    assert furniture_reasons(lines)[3:] == [None, None, None, None, "after the article", "after the article"]


def test_a_bio_goes_by_its_shape_whoever_wrote_the_byline() -> None:
    bios = ["Owen Hartley is a member of The Atlantic’s fact-checking staff.",
            "Lena Ortiz covers courts and civil liberties, always hoping for a fairer justice system.",
            "Amit RaoAmit Rao is the author of the thriller Cold Harbour.",
            "I am a writer, journalist, professor and entrepreneur.",
            # what the author has been, at an outlet named in the possessive, an intern (CNET, Slate, Xconomy,
            # Detroit Free Press)
            "Paul Whitaker has been a CNET News reporter since 2011, covering broadband and satellites.",
            "Jamelle Bouie is Slate’s chief political correspondent.",
            "Grace Liang is Xconomy's Boston Editor. You can reach her at gliang@xconomy.com.",
            "Sam Okafor is a summer intern with the Boston Globe."]
    assert all(is_bio(bio) for bio in bios)
    assert not any(is_bio(line) for line in ["Smith is a reporter for the Herald.",  # a story's surname
                                             "Evan Gershkovich was detained while on a reporting trip.",
                                             "Evan Gershkovich has been held in Russia for a year.",
                                             "The Wall Street Journal's reporter was detained in March.",
                                             "The council is a body of twelve elected members."])
    lines = [*ARTICLE_END, "Share", bios[0]]
    assert furniture_reasons(lines)[-1] == "after the article"


def test_the_author_s_bio_inside_the_article_goes_but_a_journalist_the_story_is_about_stays() -> None:
    # Slate and CNET set the author box after the first paragraph and under the standfirst
    box = ["Jamelle Bouie", "Jamelle Bouie is Slate’s chief political correspondent."]
    lines = [ARTICLE_END[0], *box, *ARTICLE_END[1:]]
    assert furniture_reasons(lines) == [None, None, "author bio", None, None]  # the name alone: a name line
    story = [ARTICLE_END[0], "Jamal Khashoggi was a columnist for The Washington Post until his death.",
             *ARTICLE_END[1:]]
    assert furniture_reasons(story) == [None] * len(story)


def test_a_label_ending_in_a_colon_above_the_article_goes_but_a_standfirst_stays() -> None:
    lines = ["Author of the article:", "Priya Nair",
             "The Lindqvists moved into the upper flat of an Edwardian house on a quiet street in leafy Rosedale",
             "Rescuers searched the flooded streets of the town for survivors on Tuesday night.",
             "The river rose three metres in an hour, faster than in any storm on record."]
    assert furniture_reasons(lines)[:3] == ["before the article", "before the article", None]


#: The end of a Taipei Times scrape (dev2): the article, then a "You might also like" list whose teasers each
#: carry a title, a date, a kicker and two or three paragraphs of the other story.
TEASERS_AFTER_A_LABEL = "\n".join([
    "Japan, Manila sign troop pact after PRC’s island patrols",
    "The impact cracked the 44m patrol boat’s left side hull, the Philippine Coast Guard said in a statement on "
    "Sunday.",
    "No one aboard was hurt, and the boat later returned to Palawan.",
    "“This was a reckless act that put our crew at risk and ignores rules that every navy has signed,” coast guard "
    "spokesman Jay Tarriela said.",
    "He said the BRP Cabra was the fourth coast guard ship to be struck in encounters with Chinese boats since "
    "March.",
    "You might also like",
    "Taiwan tracks Chinese destroyers",
    "2024-10-14",
    "WATCHING CLOSELY:",
    "The defense ministry said on Monday that four Chinese destroyers had sailed through the Miyako Strait, which "
    "lies between Okinawa and the island of Miyako.",
    "It said the ships were likely to head on toward the waters east of Taiwan.",
    "Taiwan’s armed forces are monitoring the ships and “responding in a",
    "By Anna Lowe",
    "Austin urges Beijing to keep lines open",
    "2024-10-12",
    "TALKS IN SINGAPORE:",
    "Austin, speaking in Singapore after a regional defense forum, called the meeting with his Chinese counterpart, "
    "in which both sides set out “red lines,” a “useful start.”",
    "“Both militaries need to keep talking, most of all when tensions rise,” Austin told reporters.",
])


def test_a_dated_list_below_a_label_holds_teasers_whose_paragraphs_go() -> None:
    cleaned = clean_text(TEASERS_AFTER_A_LABEL)
    reasons = {d.text: d.reason for d in cleaned.dropped}
    assert reasons["It said the ships were likely to head on toward the waters east of Taiwan."] == "after the article"
    assert reasons["“Both militaries need to keep talking, most of all when tensions rise,” Austin told "
                   "reporters."] == "next story"  # below a headline over its byline ("By Anna Lowe")
    assert cleaned.text.endswith("struck in encounters with Chinese boats since March.")
    assert cleaned.text.startswith("The impact cracked")


def test_teasers_whose_titles_read_as_questions_are_no_article_resuming_below_a_label() -> None:
    teasers = [  # Medical News Today (dev): each blurb follows its title, some titles questions
        "email email", "print", "share share", "Neurology / Neuroscience", "Recommended related news",
        "Colon cancer checks prevented about 15,000 deaths last year",
        "Researchers estimate that routine colonoscopies have cut colon cancer deaths by nearly a third across "
        "Europe, largely through the early removal of polyps.",
        "Insomnia: Could a nasal spray bring faster relief?",
        "Sleeping pills help many people only a little, but an early trial suggests a new spray could work within "
        "minutes and may ease anxiety too.",
        "How does the liver affect memory in old age?",
        "A survey of recent studies looks at how the health of the liver may shape the risk of dementia in older "
        "adults."]
    article = ["Put simply, the work suggests that we become aware of a choice only once the brain has gathered "
               "enough evidence to commit to it.",
               "The results shed new light on how the brain builds a sense of agency, the team says.",
               *ARTICLE_END]
    assert furniture_reasons([*article, *teasers])[-6:] == ["after the article"] * 6


def test_a_readers_thread_below_the_comment_box_header_goes_though_it_reads_as_more_prose_than_the_article() -> None:
    scrape = "\n".join([  # an Android Central scrape (dev3): a short news item, its author box, 27 comments
        "Nokia will show a new handset in Berlin in two weeks, just before the IFA trade fair opens its doors.",
        "The company has booked a hall for 10am on August 30, but HMD Global has shared nothing else so far.",
        "It could be a follow-up to the Nokia 8, or a cheaper take on the Nokia 6 that launched in China.",
        "We won't know until the day; luckily IFA is just around the corner!",
        "Topics", "27 Comments",
        "Maybe it's the Nokia 9 that everyone keeps rumoring about.",
        "YES. Please let it have a headphone jack this time.",
        "I would love a compact model that still has a good camera.",
        "My old Nokia lasted me four years. I still miss that battery life on my new one.",
        "Honestly, if they drop the big screen version, they'll lose me as a customer.",
        "The 8 was a solid phone. The camera was better than people give it credit for."])
    cleaned = clean_text(scrape)
    assert cleaned.text.startswith("Nokia will show a new handset")
    assert cleaned.text.endswith("is just around the corner!")
    reasons = {d.text: d.reason for d in cleaned.dropped}
    assert reasons["I would love a compact model that still has a good camera."] == "readers' comments"


def test_a_wordpress_thread_below_its_responses_header_goes_with_its_names_and_stamps() -> None:
    scrape = "\n".join([  # a Second Ave. Sagas scrape (dev4): the article, then "42 Responses to …" and the thread
        "The transit agency shared its early bus ridership numbers at the monthly board meeting last week.",
        "On weekdays the buses remain packed, and the number of riders on an average weekday rose a little.",
        "As so often in arguments about buses, ride-hailing apps got the blame in a newspaper headline.",
        "Still, the system is far healthier than it was during the lean years of the 1970s.",
        "Categories : New York City Transit",
        "42 Responses to “Why weekend buses are losing riders, and what could bring them back”",
        "Dana K says:", "April 2, 2018 at 9:17 pm",
        "Exactly right, Sam! Saturday buses come so rarely that I just stay home instead of going out.",
        "Reply",
        "Marco T says:", "April 2, 2018 at 9:40 pm",
        "For what it's worth, Sunday ridership last year was about 60% of a weekday's, so the drop is real.",
        "Reply"])
    cleaned = clean_text(scrape)
    assert cleaned.text.endswith("during the lean years of the 1970s.")
    reasons = {d.text: d.reason for d in cleaned.dropped}
    assert reasons["Marco T says:"] == "readers' comments"
    assert reasons["Exactly right, Sam! Saturday buses come so rarely that I just stay home instead of going "
                   "out."] == "readers' comments"


def test_a_thread_without_a_header_is_found_by_each_comment_s_stamp_above_its_buttons() -> None:
    scrape = "\n".join([  # a thread as a text scrape of a Disqus-style box shows it: name, stamp, comment, buttons
        "The council voted on Tuesday to close the bridge for repairs until the spring, officials said.",
        "Drivers will be sent along the river road, which the council says can carry the extra traffic.",
        "The repairs are expected to cost about $4 million and to take most of the winter, the mayor said.",
        "The bridge was built in 1931 and was last repaired more than twenty years ago, records show.",
        "Madbandit", "3 hours ago",
        "The council has been promising this for years and nothing ever happens on time in this town.",
        "Like", "Reply",
        "Eric F", "2 hours ago",
        "Weekend closures are exacerbated for drivers who use the bridge for their daily commute.",
        "Like", "Reply"])
    lines = scrape.split("\n")
    assert comment_heads(lines) == frozenset({4, 9})
    cleaned = clean_text(scrape)
    assert cleaned.text.endswith("more than twenty years ago, records show.")
    assert {d.text: d.reason for d in cleaned.dropped}["Madbandit"] == "readers' comments"


def test_a_post_the_story_embeds_with_its_date_and_one_button_is_no_thread() -> None:
    lines = ["The mayor said on Tuesday that the bridge would close for repairs until the spring.",
             "March 6, 2017 at 12:04 am", "The bridge is closing. Drivers should use the river road.", "Reply",
             "The council said the repairs would cost about $4 million, and take most of the winter."]
    assert comment_heads(lines, frozenset({1})) == frozenset()


def test_a_comment_counter_under_the_standfirst_opens_no_thread() -> None:
    lines = ["The river is expected to crest on Wednesday, officials said in a statement.",
             "Heavy rain flooded the coast on Tuesday, and thousands of residents were told to leave their homes.",
             "The mayor said the water rose faster than it had in any storm since the town was founded.",
             "Rescuers pulled a family of four from the roof of their house in the early hours of the morning."]
    assert furniture_reasons(lines, threads=frozenset({1})) == [None] * 4


def test_a_sign_up_box_s_lines_that_speak_to_the_reader_go_with_its_button() -> None:
    scrape = "\n".join([  # an NBC News scrape (dev): the box sits between the standfirst and the story
        "Dictator's seaside villa will become a school, Italy says",
        "Officials hope the plan will stop the site from drawing far-right admirers every summer.",
        "Breaking News Emails",
        "Get alerts on the biggest stories as they happen. The headlines you need, every morning.",
        "SUBSCRIBE",
        "ROME — A seaside villa once owned by a wartime dictator will be turned into a school, Italy's culture "
        "minister said on Tuesday.",
        "The state bought the villa from its last private owner in the spring and has weighed several uses for "
        "it since then.",
        "Designers from across Italy will be asked to send in ideas for turning its rooms into classrooms."])
    cleaned = clean_text(scrape)
    box = [d.text for d in cleaned.dropped if d.reason == "newsletter box"]
    assert box == ["Breaking News Emails", "Get alerts on the biggest stories as they happen. The headlines you need, "
                   "every morning."]
    paragraphs = cleaned.text.split("\n\n")
    assert paragraphs[0].startswith("Officials hope the plan")
    assert paragraphs[1].startswith("ROME — A seaside villa once owned")


def test_a_paragraph_next_to_a_sign_up_button_that_reports_stays() -> None:
    lines = ["The number of people killed in the blast had climbed to 14, local officials said late Friday.",
             "“We will respond,” the ministry said in a statement on Sunday, without giving details.",
             "At an emergency session of the U.N. Security Council, the envoy rejected the accusations outright."]
    assert not any(addresses_reader(line) for line in lines)
    assert addresses_reader("We never share your address. You can opt out whenever you like.")
    assert addresses_reader("Want more stories like this?")


def test_a_byline_between_the_standfirst_and_the_story_is_no_subheading() -> None:
    lines = ["Officials hope the plan will stop the site from drawing far-right admirers every summer.",
             "By Reuters",
             "ROME — A seaside villa once owned by a wartime dictator will be turned into a school, Italy's culture "
             "minister said on Tuesday.",
             "By the numbers",
             "Designers from across Italy will be asked to send in ideas for turning its rooms into classrooms."]
    assert furniture_reasons(lines) == [None, "furniture block in the article", None, None, None]


def test_no_prose_below_a_dated_head_after_the_article_goes_on_with_it() -> None:
    story = ["The council voted on Tuesday to close the Main Street bridge for six weeks of repairs to its deck.",
             "Drivers will be sent along Oak Avenue instead, and buses will stop at the station on Elm Street.",
             "The work is to start in March, and the council will meet again in April to hear how it goes."]
    teaser = ["Fake beef is what's for dinner now", "Oct 29, 2019",
              "Impossible Foods said on Monday that its burgers are now sold in more than a thousand stores.",
              "The company said that its sales had grown faster this year than in any of the years before it."]
    lines = [*story, "Newsletter", "Sign up", "Follow us", "Contact", "Privacy", "Terms", "About", *teaser]
    assert furniture_reasons(lines)[-2:] == [None, None]  # two paragraphs further down read as the article's
    assert furniture_reasons(lines, heads=frozenset({10}))[-2:] == ["after the article"] * 2


HOLLIS = ["Senator Jane Hollis texted her staff about state contracts from a personal phone while she was mayor.",
          "The messages, released to the Ledger under a records request, show Hollis discussed bids with a donor."]


def test_a_lone_kicker_teaser_between_paragraphs_goes() -> None:
    lines = [HOLLIS[0], "MONDAY UPDATE: Hollis hands over 40 pages of texts", HOLLIS[1],
             "Trending: Judge Weighs Sanctions Against the Governor's Lawyers", HOLLIS[0] + " She said so on Monday."]
    assert furniture_reasons(lines) == [None, "kicker teaser", None, "kicker teaser", None]


def test_kicker_lines_of_a_list_or_a_post_or_with_a_day_stay() -> None:
    schedule = [HOLLIS[0], "Game 1: Lakers at Celtics tonight", "Game 2: Celtics at Lakers on Sunday", HOLLIS[1]]
    assert kicker_teasers(schedule, 0, embedded_post_lines(schedule)) == []
    post = [HOLLIS[0], "BREAKING: Hollis hands her texts over to the city clerk",
            "— Rita Vance (@ritavance) May 8, 2019", HOLLIS[1]]
    assert kicker_teasers(post, 0, embedded_post_lines(post)) == []
    assert not is_kicker_teaser("Updated: Hollis hands over texts on May 8, 2019")
    assert not is_kicker_teaser("What's more: the mayor kept using the phone")  # the clause goes on
    assert not is_kicker_teaser("Hollis said: We followed the rules.")


ROCKVILLE = ["Students from high schools in Rockville walked out of class on Monday to protest the election result.",
             "The students marched to the county office building, where officials met them on the steps outside.",
             "Police said the march was peaceful and that no one was arrested during the afternoon."]


def test_prompts_to_the_reader_below_the_story_s_last_paragraph_go() -> None:
    lines = [*ROCKVILLE, "Contact Tina Marsh at tmarsh@springfieldledger.com or follow @TinaMarsh on Twitter.",
             "Stay in the know: Subscribe to the Springfield Ledger.",
             "Back local reporting. Subscribe to The Springfield Ledger today. See offers.",
             "Your subscription to the Springfield Ledger pays for the reporting that keeps your town informed.",
             "More from Space..."]
    assert furniture_reasons(lines)[3:7] == ["reader prompt"] * 4
    above = ["The Marshall Project is a nonprofit newsroom. Sign up to get our top stories the moment they go live.",
             *ROCKVILLE]
    assert furniture_reasons(above) == ["reader prompt", None, None, None]


def test_a_police_appeal_or_a_story_s_own_subscription_talk_stays() -> None:
    appeal = "If you have information about the crash, call Crime Stoppers at 555-1234 or visit crimestoppers.org."
    service = "You can subscribe to the streaming service for $9.99 a month, the company said."
    for last in (appeal, service, 'The mayor told residents to "follow us on Twitter" for updates.'):
        assert not is_reader_prompt(last)
        assert furniture_reasons([*ROCKVILLE, last]) == [None] * 4
    prompt = "Like KQED on Facebook and follow @KQED on Twitter to join the discussion of this story."
    assert is_reader_prompt(prompt)
    # a prompt above the story's last paragraph is the story's: only the lines below it are searched
    assert furniture_reasons([*ROCKVILLE[:2], prompt, ROCKVILLE[2]])[2] is None


def test_an_author_bio_opens_with_a_name_the_metadata_gives_and_goes_on_in_lower_case() -> None:
    lines = ["Orla Fenwick, the harbour master's sister, said the ferry would run.",
             "Orla Fenwick makes frequent appearances on radio shows across the coast.",
             "Orla is a staff writer for the Ostervale Ledger.",
             "May 3 was the day the harbour closed."]
    assert named_author_bios(lines, ("Orla Fenwick", "May 3")) == {1, 2}
    comments = ["Great piece, thanks.", "The ferry was late again today.", "Agreed."]
    assert named_author_bios([*lines, *comments], ("Orla Fenwick",)) == frozenset()
    assert named_author_bios(lines, ()) == frozenset()


@pytest.mark.parametrize(("lines", "boxed"), [
    (["The mayor spoke.", "Orla Quennell", "Orla Quennell is a staff reporter for the Ostervale Ledger."], True),
    (["The mayor spoke.", "About the author", "Pim Varlo founded the Ledger in 2004."], True),
    (["The mayor spoke.", "Dario Menk was a columnist for the Harwick Courier."], False),
], ids=["name-alone-above", "about-the-author", "a-journalist-in-the-story"])
def test_an_author_box_is_known_by_its_shape_without_bylines(lines, boxed):
    assert in_author_box(lines, len(lines) - 1) is boxed
