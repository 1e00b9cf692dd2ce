"""The source phrase as PolNeAR marks it: the full noun phrase, less the clauses that set the scene."""

from __future__ import annotations

import pytest

from dateline.extract.quotes.spans import is_framed_title, is_quoted_title


def test_source_keeps_its_closing_bracket(quotes_in, view):
    text = "Sen. Bernie Sanders (I-Vt.) said the bill would fail."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == ("Sen. Bernie Sanders (I-Vt.)", "said", ["the bill would fail"])


def test_source_drops_a_relative_clause_on_a_name_inside_it(quotes_in, view):
    text = "Maria Lopez, director of Open Roads, which organized the march, said the route was safe."
    [quote] = quotes_in(text)
    assert view(text, quote)[0] == "Maria Lopez, director of Open Roads,"


def test_source_keeps_the_relative_clause_on_its_head(quotes_in, view):
    """PolNeAR marks the holder's full noun phrase, a relative clause on its head included."""
    text = "Residents who live near the plant say the water tastes of metal."
    [quote] = quotes_in(text)
    assert view(text, quote)[0] == "Residents who live near the plant"


def test_source_drops_a_participle_set_off_by_commas(quotes_in, view):
    """"The mayor, speaking at a town hall, said": the participle tells what the source was doing."""
    text = "The mayor, speaking at a town hall on Monday, said the budget would be balanced."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == ("The mayor", "said", ["the budget would be balanced"])


def test_source_starts_after_a_dateline_hyphen(quotes_in, view):
    """A hyphen standing alone after a dateline is a dash: the source starts after it."""
    text = "BRUSSELS - European officials said the talks would resume."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == ("European officials", "said", ["the talks would resume"])


def test_span_does_not_end_in_a_dangling_conjunction(quotes_in, view):
    """When the parser hangs the second conjunct elsewhere, the span stops before the bare "and"."""
    text = "By wide margins, 81% of young Democrats and 77% of young Republicans endorse universal background checks."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == ("81% of young Democrats", "endorse", ["universal background checks"])


def test_headline_lines_hold_no_quotes(quotes_in):
    """A title-case headline, a teaser cut short, a list item between headlines, headlines run together
    with bars, a pull quote: none is a line of the story."""
    story = "The minister told reporters on Friday that “the plan will go ahead as agreed.”"
    lines = [
        "Is A ‘Sleep Pod’ In Mumbai Selling Quiet Hours For Rs 500?",
        "A.M. Roundup: State lawmakers call the ethics panel ‘unsatisfactory’ after...",
        "Israel carries out strikes on targets in Syria\n\n"
        "Defense chief says strikes were a message: “Any place you go, we will find you.”\n\n"
        "Seven key moments from the first hearing",
        "Overnight Energy: Actor pushes Congress on ‘forever chemicals’ | Lawmakers spar over testimony | Senate acts",
    ]
    for line in lines:
        assert [q.kind for q in quotes_in(f"{story}\n\n{line}\n\n{story}") if q.kind == "direct"] == ["direct"] * 2


def test_a_pull_quote_repeating_the_story_is_no_quote(quotes_in, view):
    text = ("“I only saw how wrong I had been when the job was half done.”\n\n"
            "In June, the engineer wrote: “I am seeing it through, though I only saw how wrong I had been "
            "when the job was half done.”")
    assert [view(text, q)[3] for q in quotes_in(text) if q.kind == "direct"] == [None]


def test_a_few_capitalised_words_in_quotation_marks_are_a_title(quotes_in):
    text = ("Dempsey said the case was rare. His book about the search for life, \"Out There\" (Grand Central, "
            "2018), is out now.")
    assert [q.kind for q in quotes_in(text)] == ["indirect"]


@pytest.mark.parametrize("text", [
    # a possessive's "s" is no lower-case word of the title
    "Ortiz and his wife said the planned “Lena’s Law” would help other families avoid their loss.",
    # title case leaves a short function word lower
    "He noted among his honours that he had been named in a Sierra Club “Handbook of Green "
    "Heroes,” among others.",
])
def test_a_title_in_title_case_inside_reported_speech_is_no_quote(quotes_in, text):
    assert [q.kind for q in quotes_in(text) if q.kind == "direct"] == []


def test_a_headline_in_title_case_is_a_title_at_any_length_but_speech_in_sentence_case_is_not():
    """A headline quoted as a story's title runs past a few words; speech ending on a short lower-case word, or
    shouted, is no title."""
    headline = "“City Police Are Openly Arresting Reporters Who Cover The Downtown Marches,”"
    assert is_quoted_title(headline, [(0, len(headline))])
    for speech in ("“Come on”", "“NO COLLUSION and NO OBSTRUCTION.”", "“America first”", "“Donald,”"):
        assert not is_quoted_title(speech, [(0, len(speech))])


def test_a_title_leaves_short_prepositions_in_lower_case():
    """Headline style writes "with" and "from" in lower case, so a title holding them is still one."""
    title = "“Stop Eating Your Way into Trouble with a Spoon”"
    assert is_quoted_title(title, [(0, len(title))])


@pytest.mark.parametrize(("text", "title"), [
    ("Her memoir, “Keep Walking with the Wind,” sold well.", "“Keep Walking with the Wind,”"),
    ("He posted a clip called “Backstage at the big game” on Monday.", "“Backstage at the big game”"),
    ("“We will win,” Ms. Park said on NBC’s “Meet the Press.”", "“Meet the Press.”"),
    ("The plan is a softer version of “Never Give An Inch.”", "“Never Give An Inch.”"),
])
def test_a_quotation_framed_as_a_title_names_a_work(text, title):
    start = text.index(title)
    assert is_framed_title(text, [(start, start + len(title))])


@pytest.mark.parametrize(("text", "speech"), [
    ("“Make America Great Again,” he told the crowd.", "“Make America Great Again,”"),
    ("He called the deal “a total disaster” on Monday.", "“a total disaster”"),
    ("She spoke of “a long road ahead” for the town.", "“a long road ahead”"),
])
def test_speech_is_no_framed_title(text, speech):
    start = text.index(speech)
    assert not is_framed_title(text, [(start, start + len(speech))])


def test_a_show_named_after_the_cue_is_no_quote(quotes_in, view):
    text = "“The bill is a mistake,” Sen. Ana Ortiz said on CBS’ “Face the Nation.”"
    assert [view(text, q)[2] for q in quotes_in(text)] == [["“The bill is a mistake,”"]]


def test_a_pull_quote_over_its_credit_line_is_no_quote(quotes_in, view):
    """A quotation alone on its line with a credit naming someone the story has named under it is a pull
    quote, not speech going on from the quotation before it."""
    text = ("The team was led by Michael Shadlen of Columbia University.\n\n"
            "\"We incorporated a kind of mathematical trick,\" explains Dr. Shadlen.\n\n"
            "\"In short, knowing you have chosen follows the very same rule.\"\n\n"
            "Michael Shadlen, Ph.D.\n\nThe findings are new.")
    direct = [q for q in quotes_in(text) if q.kind == "direct"]
    assert [view(text, q)[2] for q in direct] == [["\"We incorporated a kind of mathematical trick,\""]]


def test_words_quoted_on_a_headline_list_line_are_no_quote(quotes_in):
    text = ("Pension savers could face a new tax EXPLAINED - and why you might retire to Portugal\n\n"
            "Nearly half of Britons think buy-now-pay-later apps are 'risky,' a new poll finds.\n\n"
            "Should you RENT or BUY in your sixties? Investor and 'Spend It Now' author Joan Mercer tells retirees "
            "to enjoy their savings while they can")
    assert [q.kind for q in quotes_in(text) if q.kind == "direct"] == []


@pytest.mark.parametrize("text", [
    # words mentioned as words
    "In its new television spots, Moderna never says the words “booster” or “shot,” and instead shows "
    "the viewer “a summer with friends” again.",
    # one item of the writer's list of things
    "Lefkowitz notes that the village isn’t only large houses — flats, a school and “tiny homes” "
    "(small cabins around shared gardens) — keep the place affordable.",
    "The mayor said the so-called “caravan” would reach the border by May.",
])
def test_a_quoted_term_is_no_direct_quote(quotes_in, text):
    assert [q.kind for q in quotes_in(text) if q.kind == "direct"] == []


@pytest.mark.parametrize("text, quoted", [
    # a short quotation in someone's report is theirs, as the labels count it
    ("Economy Minister Marcelo Ebrard said the duties make no sense and are a “bad idea” for both countries.",
     ["“bad idea”"]),
    ("Sen. Ann Porter said on Monday that she wanted “quick answers” for those who were hurt in the fire.",
     ["“quick answers”"]),
])
def test_a_short_quotation_in_a_report_stays_a_direct_quote(quotes_in, view, text, quoted):
    assert [view(text, q)[2] for q in quotes_in(text) if q.kind == "direct"] == [quoted]
