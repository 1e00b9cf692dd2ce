"""How attributions share the text: a report coordinated beside another or set off as an aside is its
own, one nested in another's content is not, and a quotation with no cue continues the one before."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("The mayor said the bridge was safe and said the repairs would be finished in June.",
     [("The mayor", "said", ["the bridge was safe"]),
      ("The mayor", "said", ["the repairs would be finished in June"])]),
    ("Among the club's members, 61 percent said they are set on keeping the name, while 30 percent said they "
     "might change their vote.",
     [("61 percent", "said", ["they are set on keeping the name"]),
      ("30 percent", "said", ["they might change their vote"])]),
])
def test_a_second_report_coordinated_with_the_first_is_its_own(quotes_in, view, text, expected):
    """The parser hangs the second cue inside the first one's content; it is a report beside it, and
    with no subject of its own it shares the first one's source."""
    assert [view(text, q)[:3] for q in quotes_in(text)] == expected


def test_a_report_cut_from_a_quoting_one_beside_it_is_indirect(quotes_in, view):
    """The quotation goes with the second report, so the first is left with none."""
    text = ("Ramos said on Facebook that he had opened a page to tell his side, and wrote in its header that he "
            "was taking neighbours in Howard County to court and “making an example of every liar in town.”")
    assert [(view(text, q)[1], view(text, q)[4]) for q in quotes_in(text)] == [
        ("said", "indirect"), ("wrote", "indirect"), ("wrote", "direct")]


@pytest.mark.parametrize("text, expected", [
    ("The mayor said the money would go to the teachers union, which has endorsed her rival.",
     [("The mayor", "said", ["the money would go to the teachers union"]),
      ("which", "has endorsed", ["her rival"])]),
    ("The mayor said the money would go to the teachers union, which has endorsed her rival, and to the police.",
     [("The mayor", "said", ["the money would go to the teachers union", "and to the police"]),
      ("which", "has endorsed", ["her rival"])]),
    ("The mayor said the money would go to the teachers union that endorsed her rival.",
     [("The mayor", "said", ["the money would go to the teachers union that endorsed her rival"])]),
])
def test_a_report_in_a_relative_clause_set_off_by_a_comma_is_its_own(quotes_in, view, text, expected):
    """A relative clause set off by a comma is the writer's aside, cut out of the content it sits in; a
    restrictive one is part of what was said."""
    assert [view(text, q)[:3] for q in quotes_in(text)] == expected


def test_a_report_opening_what_was_said_stays_inside_it(quotes_in, view):
    """"While X say ..." opens the reported clause itself: cutting the content before it would leave none."""
    text = ("While local farmers say they support the plan, the council is still debating which roads would be "
            "closed, officials said.")
    assert [view(text, q)[:3] for q in quotes_in(text)] == [("officials", "said", [
        "While local farmers say they support the plan, the council is still debating which roads would be closed"])]


def test_a_thought_joined_to_what_was_said_stays_inside_it(quotes_in, view):
    text = "He said she thinks the plan will fail and wants a new one."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == ("He", "said", ["she thinks the plan will fail and wants a new one"])


def test_scare_quote_does_not_continue_the_speaker(quotes_in, view):
    text = "“We will not stop,” Biden said on Tuesday. The rally, billed as a “Day of Hope,” drew 300 people."
    [quote] = quotes_in(text)
    assert view(text, quote)[2] == ["“We will not stop,”"]


def test_words_in_the_first_person_run_into_prose_continue_the_speaker(quotes_in, view):
    """Quoted words saying "I" or "me" amid the writer's sentence are the speaker's own, not a term."""
    text = ("“I was scared,” Wenna Tallis said of the storm in Ostervale. "
            "Her neighbour “pulled me out through the window and I ran to the barn” before the roof fell.")
    [quote] = quotes_in(text)
    assert view(text, quote)[2] == ["“I was scared,”", "“pulled me out through the window and I ran to the barn”"]


@pytest.mark.parametrize("text", [
    "“We will not stop,” Biden said on Tuesday. The “me first” crowd stayed at home.",
    "“We will not stop,” Biden said on Tuesday. Her son, who directed (“Harbour Lights,” “The Girl I Left”), came.",
])
def test_a_short_or_titled_first_person_quotation_does_not_continue_the_speaker(quotes_in, view, text):
    [quote] = quotes_in(text)
    assert view(text, quote)[2] == ["“We will not stop,”"]


def test_quotation_after_the_speech_tag_continues_the_content(quotes_in, view):
    text = "''We are anxious,'' said one resident. ''The attacks are getting closer.''"
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == (
        "one resident", "said", ["''We are anxious,''", "''The attacks are getting closer.''"],
    )


def test_quotation_after_a_speech_tag_with_its_own_cue_continues_the_speaker(quotes_in, view):
    """A cue inside the speech tag ("who declined...") does not take the next quotation from the speaker."""
    text = ("“We will rebuild the bridge,” said Ann Lee, a council member who declined to give her age. "
            "“It will take two years.”")
    quote = next(q for q in quotes_in(text) if view(text, q)[1] == "said")
    assert view(text, quote)[2] == ["“We will rebuild the bridge,”", "“It will take two years.”"]


def test_a_slogan_the_sentence_goes_on_about_does_not_continue_the_speech_before(quotes_in):
    text = ("Gov. Kristi Noem said on Monday that the state will fight meth.\n\n"
            "“Meth. We’re on it” will run on radio spots and bus shelters.")
    assert [q.kind for q in quotes_in(text)] == ["indirect"]


def test_a_quotation_reported_within_a_report_is_its_own_speakers(quotes_in, view):
    """"According to AFP, one user posted: “…”": the words are the user's (anonymous), while the
    attribution's source stays AFP, as PolNeAR marks it."""
    text = ("According to AFP, one user on Weibo posted: “I only want to know how the pair got to Shanghai.”")
    quote = [q for q in quotes_in(text) if q.kind == "direct"][0]
    assert (view(text, quote)[0], quote.speaker) == ("AFP", None)


def test_words_quoted_in_speech_reported_inside_a_hearsay_report_are_a_direct_quote(resolved_in, view):
    """"reportedly left a message, in which he said he would “…”": the hearsay adverb reports no speech of its
    own, so the report of speech inside it voices the quoted words, which are drawn out as a direct quote."""
    text = ("Ivo Brandt reportedly left a message for the mayor, in which he said he would “shut the harbour down "
            "for good.”")
    direct = [view(text, q) for q in resolved_in(text) if q.kind == "direct"]
    assert [content for _, _, content, _, _ in direct] == [["“shut the harbour down for good.”"]]


def test_a_cue_word_inside_a_quotation_over_paragraphs_is_the_speakers_own(quotes_in, view):
    """"continued" inside the quoted words reports nothing of the writer's: the quotation goes on from the
    speech tag before it, over the paragraph break, and is the same speaker's."""
    text = ('Martin Taylor fell ill in 2018. "The pills changed everything within a week," Taylor '
            'wrote. "The treatment continued in the end for nine months. I no longer need them.'
            '\n\n"I have not fainted once since I got better."')
    [quote] = quotes_in(text)
    assert view(text, quote)[1:] == (
        "wrote", ['"The pills changed everything within a week,"',
                  '"The treatment continued in the end for nine months. I no longer need them.',
                  '"I have not fainted once since I got better."'], "Martin Taylor", "direct")


def test_a_quotation_does_not_run_on_into_a_section_head(quotes_in, view):
    """A heading that quotes the next section's speaker is no continuation of the quotation before it."""
    text = ("“Even so, the data jump around,” said Mendes. “We still expect a slower year.”\n\n"
            "‘A pleasant surprise, but we stay careful’: TD Economics\n\n"
            "Toronto-Dominion Bank economist Nathan Janzen said the rise was a pleasant surprise.")
    direct = [q for q in quotes_in(text) if q.kind == "direct"]
    assert [view(text, q)[2] for q in direct] == [["“Even so, the data jump around,”",
                                                   "“We still expect a slower year.”"]]


def test_words_quoted_inside_someones_account_are_the_quoted_persons(quotes_in, view):
    """Reported dialogue: in "Lacerda said Epstein told her: “…”" the quoted words are Epstein's, a direct
    quote; Lacerda's account adds nothing beside them that a reader would count as a second report."""
    text = ("Sarah Miller said she was 16 at the time. John Carter has said he is innocent. Miller said Carter "
            "told her: “Today will be a day to remember.” She said he then announced: “A guest is coming "
            "over this afternoon.”")
    quotes = quotes_in(text)
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("indirect", "Sarah Miller"), ("indirect", "John Carter"), ("direct", "John Carter"),
        ("direct", "John Carter")]


def test_a_quotation_goes_on_past_a_caption_line(quotes_in, view):
    text = ("Speaking to reporters, Sarah Miller said: “Many bad things went on in that house.\n\n"
            "John Carter in court in 2019 (Photo: Reuters)\n\n"
            "“I still think about the red gate.”")
    [quote] = [q for q in quotes_in(text) if q.kind == "direct"]
    assert view(text, quote)[2] == ["“Many bad things went on in that house.", "“I still think about the red gate.”"]


def test_a_participle_before_a_colon_tags_the_quotation(quotes_in):
    """"Luca's uncle, Paolo, posted on Facebook: “…”": the parser reads the participle as a reduced relative
    clause, but the colon and the quotation after it make it a speech tag, its noun the speaker."""
    text = ("Luca is the nephew of the grocer Paolo Ferri.\n\n"
            "Luca's uncle, Paolo, posted on Facebook: \"He had just stepped out to fetch milk.\"")
    [quote] = [q for q in quotes_in(text) if q.kind == "direct"]
    assert quote.speaker == "Paolo Ferri"


def test_a_quotation_after_an_according_to_source_is_that_sources(quotes_in):
    """"Microsoft has stated that the tool is, according to product chief Maya Lind, “…”": the company
    reports, the quoted words are Lind's."""
    text = ("For a start, Microsoft has now stated openly that in this new phase of its browser, the tool it demoed "
            "at its Build 2026 conference is, according to Edge product chief Maya Lind, \"quite simply the "
            "biggest redesign our browser has had since its first release.\"\n")  # a paragraph of the article
    direct = [q for q in quotes_in(text) if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Maya Lind"]


def test_an_embedded_post_holds_no_attribution_of_the_article(quotes_in, view):
    """A tweet shown inside the article is its author's, whoever it quotes: its teaser ("Fedorov says he
    urged…") and its quotation are no attribution of the story (issue 13)."""
    text = ("The minister was dismissed on Friday.\n\n"
            "Sacked Defense Minister Fedorov says he begged the president to remove the general. “We had no choice.”\n"
            "— RT (@RT_com) July 16, 2026\n\n"
            "The president said on Monday that talks would continue.")
    assert [view(text, q)[1] for q in quotes_in(text)] == ["said"]
