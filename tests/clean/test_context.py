"""Boilerplate by context: the furniture around and inside an article block goes, every sentence stays."""

from __future__ import annotations

from dateline.clean import clean_text
from dateline.clean.context import (
    addresses_reader,
    comment_heads,
    furniture_reasons,
    is_bio,
    is_body_line,
    is_kicker_teaser,
    is_prose,
    is_reader_prompt,
    kicker_teasers,
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
    assert is_body_line("PUTRAJAYA, Nov 22 — Private companies did not pay for Prime Minister Datuk Seri "
                        "Anwar Ibrahim's recent travels abroad, Communications Minister Fahmi Fadzil said today.")
    assert not is_body_line("Yahya Sinwar speaks during a rally in Khan Younis. (Mohamed El Saife/CBC)")
    assert not is_body_line("Hamas chooses Oct. 7 attacks mastermind Yahya Sinwar as new leader")


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
    assert is_prose("These are just young people fighting each other . ''")
    assert is_prose('He said the talks would go on . "')
    assert not is_prose("Dow Jones Industrial Average : +64.59")


ARTICLE_END = ["Rescuers searched the flooded streets of the town for survivors on Tuesday night.",
               "The river rose three metres in an hour, faster than in any storm on record.",
               "Officials have promised a review of the warning system before the winter ends."]


def test_teaser_blurbs_after_the_article_go_even_when_they_read_as_sentences() -> None:
    widgets = ["Read more:", "Check Your Wallet for These Bills - Wealthy Nickel",
               "Share or comment on this article:", "Add comment", "Site", "Web", "Search", "Your Money",
               "Can you really get cheaper flights using your browser's 'incognito' mode or clearing your cookies?"]
    article = ["Collectors are paying thousands of dollars for the bills, which carry a printing error.",
               "Only nine of the pairs have been matched so far, the collectors' guild said on Monday.", *ARTICLE_END]
    lines = [*article, *widgets, "How many credit cards should you have? The answer isn't zero",
             "Almost three in ten Americans believe credit cards are 'dangerous,' one study suggests.",
             "Costco testing major change to stores that could alter the way you shop",
             "Can you guess the notable person in six clues or fewer?",
             "Stack Overflow Survey Results Show WordPress is Trending Up",
             "Stack Overflow published the results of its Developer Survey, summarizing responses from 56,033 "
             "developers in 173 countries.", "March 17, 2016"]
    assert furniture_reasons(lines)[5:] == ["after the article"] * 16


def test_the_article_going_on_after_a_widget_stays() -> None:
    lines = [*ARTICLE_END, "Popular", "Wendy Brown: A Conversation", "Books & the Arts", "Daniel Jenkins",
             "The Cops Killed More People in 2023", "Elie Mystal", "Indiana University Caves to Pressure",
             "Jeffrey Isaac",
             "The first Republican president spoke at the close of his inaugural address, at a time of crisis.",
             "He is no angel.", "But he was better than his rivals."]
    assert furniture_reasons(lines)[-3:] == [None, None, None]


def test_teasers_below_a_list_label_go_unless_only_prose_paragraphs_follow() -> None:
    teasers = ["Related coverage", "Why facial recognition is the future of diagnostics New research uses facial "
               "recognition analysis to accurately predict health. Read now", "Pancreatic cancer: Modified flu "
               "virus destroys tumors Scientists destroyed cancer cells using a modified flu virus. Read now"]
    assert furniture_reasons([*ARTICLE_END, *teasers])[-3:] == ["after the article"] * 3
    resumed = ["More on World", "Fires rage into the morning in Kyiv after attack",
               "Fires continued to rage into the morning, complicating rescue efforts as buildings collapsed.",
               "A school building was damaged by an attack while people sheltered inside, the mayor said."]
    assert furniture_reasons([*ARTICLE_END, *resumed])[-2:] == [None, None]


#: A recirculation module: each teaser's title, then its one-line blurb, which reads as a paragraph.
TEASERS = ["In second stint with Rams, Darious Williams now imparting wisdom he once received",
           "Rams defensive back Darious Williams is now one of the veteran leaders within his position group.",
           "Rams legend Roman Gabriel dies at age 83",
           "The NFL's first Filipino-American quarterback, Roman Gabriel has passed away at the age of 83.",
           "Ernest Jones IV readies for expanded leadership role, big Year 4",
           "Rams linebacker Ernest Jones IV is preparing for a big fourth season as the offseason program begins."]


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
    resumed = ["Related: Fires rage into the morning in Kyiv", "Fires continued to rage into the morning.",
               "A school building was damaged by an attack while people sheltered inside, the mayor said.",
               "Rescue crews worked through the night to reach the residents trapped in the rubble."]
    assert furniture_reasons([*ARTICLE_END, *resumed])[-3:] == [None] * 3
    # its last paragraph alone below a box of links is no list of teasers
    boxed = ["Related Links", "European Space Agency website",
             "Challenges include designing the spacecraft to operate largely autonomously while the crew sleeps."]
    assert furniture_reasons([*ARTICLE_END, *boxed])[-1] is None


def test_an_author_bio_after_the_article_goes() -> None:
    lines = ["By Phil Helsel", *ARTICLE_END, "Share", "Newsletter", "Phil Helsel",
             "Phil Helsel is a reporter for NBC News.", "He covers breaking news and has written for the paper "
             "since 2010."]
    assert furniture_reasons(lines)[-2:] == ["after the article"] * 2


def test_an_author_box_that_calls_the_byline_s_author_by_first_name_goes() -> None:
    lines = ["Julius Young | Fox News", *ARTICLE_END, "Share", "Julius is an LA Entertainment Reporter for Fox News."]
    assert furniture_reasons(lines)[-1] == "after the article"  # Fox News (dev4)
    lines = ["Emiliano Bellini", *ARTICLE_END, "Emiliano joined pv magazine in March 2017. He has been reporting "
             "on solar and renewable energy since 2009."]
    assert furniture_reasons(lines)[-1] == "after the article"  # pv magazine (dev)
    story = ["Emiliano Bellini", *ARTICLE_END, "Officials said the review would begin in the spring and take a year."]
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
    # a company's note under its name is a press release's own text, and the story's subheadings are its own
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
    bios = ["Rachel Riederer is a member of The New Yorker’s editorial staff.",
            "Steph Bazzle covers politics and theocracy, always aiming for a world free from extremism.",
            "John FefferJohn Feffer is the author of the dystopian novel Splinterlands.",
            "I am a writer, journalist, professor and entrepreneur.",
            # what the author has been, at an outlet named in the possessive, an intern (CNET, Slate, Xconomy,
            # Detroit Free Press)
            "Marguerite Reardon has been a CNET News reporter since 2004, covering cell phone services.",
            "Jamelle Bouie is Slate’s chief political correspondent.",
            "Bernadette Tansey is Xconomy's San Francisco Editor. You can reach her at btansey@xconomy.com.",
            "Meredith Spelbring is a news intern with the Detroit Free Press."]
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
    lines = ["Author of the article:", "Jody Robbins",
             "The Harrises settled into the top floor of a Victorian home in the moneyed neighbourhood of Westmount",
             "Rescuers searched the flooded streets of the town for survivors on Tuesday night.",
             "The river rose three metres in an hour, faster than in any storm on record."]
    assert furniture_reasons(lines)[:3] == ["before the article", "before the article", None]


#: The end of a Taipei Times scrape (dev2): the article, then a "You might also like" list whose teasers each
#: carry a title, a date, a kicker and two or three paragraphs of the other story.
TEASERS_AFTER_A_LABEL = "\n".join([
    "US, Manila launch war games after PRC’s Taiwan drills",
    "The collision dented the 30m vessel’s front right section, the Philippine Bureau of Fisheries and Aquatic "
    "Resources said in a statement.",
    "The crew were unhurt and later sailed the vessel to Thitu.",
    "“What they did to us is against international law and violates our sovereign rights in the West Philippine "
    "Sea,” fisheries bureau spokesman Nazario Briguera said.",
    "He said the Datu Cabaylo was the third vessel owned by the bureau that was damaged in clashes with Chinese "
    "vessels this year.",
    "You might also like",
    "Taiwan on alert over Chinese carrier",
    "2024-10-14",
    "RISK REMAINS:",
    "The ministry said in a statement that a Chinese navy group led by the carrier Liaoning had entered waters "
    "near the Bashi Channel, which connects the South China Sea and the Pacific Ocean.",
    "It said the carrier group was expected to enter the Western Pacific.",
    "The military is keeping a close watch on developments and “exercising an",
    "By Ben Blanchard",
    "Blinken warns China not to provoke",
    "2024-10-12",
    "REACTION TO LAI:",
    "Blinken, speaking in Laos after an ASEAN East Asia Summit, called the speech by Lai, in which he vowed to "
    "“resist annexation,” a “regular exercise.”",
    "“China should not use it in any fashion as a pretext for provocative actions,” Blinken told reporters.",
])


def test_a_dated_list_below_a_label_holds_teasers_whose_paragraphs_go() -> None:
    cleaned = clean_text(TEASERS_AFTER_A_LABEL)
    reasons = {d.text: d.reason for d in cleaned.dropped}
    assert reasons["It said the carrier group was expected to enter the Western Pacific."] == "after the article"
    assert reasons["“China should not use it in any fashion as a pretext for provocative actions,” Blinken told "
                   "reporters."] == "next story"  # below a headline over its byline ("By Ben Blanchard")
    assert cleaned.text.endswith("damaged in clashes with Chinese vessels this year.")
    assert cleaned.text.startswith("The collision dented")


def test_teasers_whose_titles_read_as_questions_are_no_article_resuming_below_a_label() -> None:
    teasers = [  # Medical News Today (dev): each blurb follows its title, some titles questions
        "email email", "print", "share share", "Neurology / Neuroscience", "Recommended related news",
        "Breast cancer screening saved over 27,000 lives in 2018",
        "A new study estimates that breast cancer mortality rates have fallen by approximately half in the United "
        "States in 2018, thanks to screening and therapy.",
        "Alcohol use disorder: A step toward better treatment?",
        "Current treatments for alcohol use disorder are unsatisfactory, but recent research points toward a new "
        "intervention that may also benefit mood disorders.",
        "What role does the gut play in Parkinson's disease?",
        "A review of existing research has examined the evidence for a connection between the gastrointestinal "
        "system and Parkinson's disease."]
    article = ["In other words, the study shows that the conscious awareness of the moment takes place precisely "
               "when the brain reaches the threshold needed to make a decision.",
               "The findings provide unique insights into the biology of consciousness, say the researchers.",
               *ARTICLE_END]
    assert furniture_reasons([*article, *teasers])[-6:] == ["after the article"] * 6


def test_a_readers_thread_below_the_comment_box_header_goes_though_it_reads_as_more_prose_than_the_article() -> None:
    scrape = "\n".join([  # an Android Central scrape (dev3): a short news item, its author box, 27 comments
        "Motorola is set to launch a new phone in Barcelona next month prior to the start of Mobile World Congress.",
        "Motorola is holding its event at 4:30pm on February 26, and the Lenovo subsidiary has not said more.",
        "It's possible it may be another Moto X product, or a variant of the Moto M, which was released in Asia.",
        "We'll have to wait and see; MWC 2017 is only a short time away!",
        "Topics", "27 Comments",
        "Or the Moto C that people have been calling the Moto X.",
        "YES. Please be a proper update to the Moto X line.",
        "I hope that it will be a smaller phone with decent specs.",
        "They aren't selling well in the 600 club either. I have really liked my 2014 Moto X PE.",
        "Yeah, they've lost their minds if they think ditching X is a good idea.",
        "The Z is a great phone. You don't need the mods if you don't want them."])
    cleaned = clean_text(scrape)
    assert cleaned.text.startswith("Motorola is set to launch")
    assert cleaned.text.endswith("is only a short time away!")
    reasons = {d.text: d.reason for d in cleaned.dropped}
    assert reasons["I hope that it will be a smaller phone with decent specs."] == "readers' comments"


def test_a_wordpress_thread_below_its_responses_header_goes_with_its_names_and_stamps() -> None:
    scrape = "\n".join([  # a Second Ave. Sagas scrape (dev4): the article, then "59 Responses to …" and the thread
        "The MTA released its preliminary ridership figures at its board meetings at the end of February.",
        "During the week, the subways are still very crowded, and average weekday ridership is up slightly.",
        "As frequently happens in transit and rail circles, Uber took the blame in a headline in the Times.",
        "Of course, in the end, we are a long way from the bad old days of the subway.",
        "Categories : New York City Transit",
        "59 Responses to “No, Uber isn’t responsible for declining weekend ridership, and other thoughts”",
        "Peter Green says:", "March 6, 2017 at 12:04 am",
        "100 percent correct, Ben! Weekend service is so abysmal that I simply forgo trips I’d otherwise make.",
        "Reply",
        "Alon Levy says:", "March 6, 2017 at 12:13 am",
        "Now, weekend ridership per day in 2015 was 53% as high as weekday ridership, so the numbers compare.",
        "Reply"])
    cleaned = clean_text(scrape)
    assert cleaned.text.endswith("a long way from the bad old days of the subway.")
    reasons = {d.text: d.reason for d in cleaned.dropped}
    assert reasons["Alon Levy says:"] == "readers' comments"
    assert reasons["100 percent correct, Ben! Weekend service is so abysmal that I simply forgo trips I’d otherwise "
                   "make."] == "readers' comments"


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
        "House Hitler was born in will become a police station, Austria says",
        "The government's move aims to prevent building from becoming a pilgrimage site for neo-Nazis.",
        "Breaking News Emails",
        "Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.",
        "SUBSCRIBE",
        "VIENNA — The house where Adolf Hitler was born will be turned into a police station, Austria's interior "
        "minister said on Tuesday.",
        "Having recently carried out a compulsory purchase of the house in Braunau am Inn, Austria had been "
        "debating what to do with it.",
        "Architects from across the European Union will be invited to submit plans for the building's redesign."])
    cleaned = clean_text(scrape)
    box = [d.text for d in cleaned.dropped if d.reason == "newsletter box"]
    assert box == ["Breaking News Emails", "Get breaking news alerts and special reports. The news and stories that "
                   "matter, delivered weekday mornings."]
    paragraphs = cleaned.text.split("\n\n")
    assert paragraphs[0].startswith("The government's move aims")
    assert paragraphs[1].startswith("VIENNA — The house where Adolf Hitler was born")


def test_a_paragraph_next_to_a_sign_up_button_that_reports_stays() -> None:
    lines = ["The death toll from that strike had risen to 21, Russian authorities said late Saturday.",
             "“We will respond,” the ministry said in a statement on Sunday, without giving details.",
             "At a U.N. Security Council emergency meeting on the strike, Ukraine's ambassador denied the claims."]
    assert not any(addresses_reader(line) for line in lines)
    assert addresses_reader("No spam, we promise. You can unsubscribe at any time.")
    assert addresses_reader("Want more stories like this?")


def test_a_byline_between_the_standfirst_and_the_story_is_no_subheading() -> None:
    lines = ["The government's move aims to prevent the building from becoming a pilgrimage site for neo-Nazis.",
             "By Reuters",
             "VIENNA — The house where Adolf Hitler was born will be turned into a police station, Austria's "
             "interior minister said on Tuesday.",
             "By the numbers",
             "Architects from across the European Union will be invited to submit plans for the building's redesign."]
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


PENCE = ["Vice President Mike Pence used a private email account to conduct public business while he was governor.",
         "The emails, obtained by IndyStar through a public records request, show Pence discussed security matters."]


def test_a_lone_kicker_teaser_between_paragraphs_goes() -> None:
    lines = [PENCE[0], "FRIDAY UPDATE: Pence turns over 13 boxes of emails", PENCE[1],
             "Trending: Bragg Was Looking to Charge Trump with a Felony", PENCE[0] + " He said so on Friday."]
    assert furniture_reasons(lines) == [None, "kicker teaser", None, "kicker teaser", None]


def test_kicker_lines_of_a_list_or_a_post_or_with_a_day_stay() -> None:
    schedule = [PENCE[0], "Game 1: Lakers at Celtics tonight", "Game 2: Celtics at Lakers on Sunday", PENCE[1]]
    assert kicker_teasers(schedule, 0, embedded_post_lines(schedule)) == []
    post = [PENCE[0], "BREAKING: Pence turns over his emails to the state archive",
            "— Tony Cook (@tonyjcook) March 3, 2017", PENCE[1]]
    assert kicker_teasers(post, 0, embedded_post_lines(post)) == []
    assert not is_kicker_teaser("Updated: Pence turns over emails on March 3, 2017")
    assert not is_kicker_teaser("What's more: the governor kept using the account")  # the clause goes on
    assert not is_kicker_teaser("Pence said: We followed the law.")


ROCKVILLE = ["Students from high schools in Rockville walked out of class on Monday to protest the election result.",
             "The students marched to the county office building, where officials met them on the steps outside.",
             "Police said the march was peaceful and that no one was arrested during the afternoon."]


def test_prompts_to_the_reader_below_the_story_s_last_paragraph_go() -> None:
    lines = [*ROCKVILLE, "Contact Jeff Burlew at jburlew@tallahassee.com or follow @JeffBurlew on Twitter.",
             "Never miss a story: Subscribe to the Tallahassee Democrat.",
             "Support real journalism. Subscribe to The Atlanta Journal-Constitution today. See offers.",
             "Your subscription to the Atlanta Journal-Constitution funds in-depth reporting that keeps you informed.",
             "More from Space..."]
    assert furniture_reasons(lines)[3:7] == ["reader prompt"] * 4
    above = ["ProPublica is a nonprofit newsroom. Sign up to receive our biggest stories as soon as they're published.",
             *ROCKVILLE]
    assert furniture_reasons(above) == ["reader prompt", None, None, None]


def test_a_police_appeal_or_a_story_s_own_subscription_talk_stays() -> None:
    appeal = "If you have information about the crash, call Crime Stoppers at 555-1234 or visit crimestoppers.org."
    service = "You can subscribe to the streaming service for $9.99 a month, the company said."
    for last in (appeal, service, 'The mayor told residents to "follow us on Twitter" for updates.'):
        assert not is_reader_prompt(last)
        assert furniture_reasons([*ROCKVILLE, last]) == [None] * 4
    prompt = "Like WTOP on Facebook and follow @WTOP on Twitter to engage in conversation about this article."
    assert is_reader_prompt(prompt)
    # a prompt above the story's last paragraph is the story's: only the lines below it are searched
    assert furniture_reasons([*ROCKVILLE[:2], prompt, ROCKVILLE[2]])[2] is None
