"""What a cue reports: its complement, its object, the clause around it."""

from __future__ import annotations

import pytest

from dateline.extract.quotes import attributions
from dateline.extract.quotes.content import closing_comma, is_noun_that_clause


def test_indirect_speech_with_that(quotes_in, view):
    text = ("US Secretary of State Antony Blinken, meanwhile, said on Wednesday that the world must put "
            "pressure on Hamas, and not just Israel.")
    [quote] = quotes_in(text)
    assert view(text, quote) == (
        "US Secretary of State Antony Blinken", "said",
        ["that the world must put pressure on Hamas, and not just Israel"], "Antony Blinken", "indirect",
    )


def test_trailing_participle_after_a_comma_is_the_writers_gloss(quotes_in, view):
    text = "The minister insisted that the talks had stalled, reflecting weeks of delays in the capital."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == ("The minister", "insisted", ["that the talks had stalled"])


def test_content_stops_at_the_dash_closing_the_aside_it_is_in(quotes_in, view):
    """Seed 003: the clause after the closing dash is the writer's, though the parser joins it to "said"."""
    text = ("While the Biden administration and others pushing for a longer truce may succeed in getting a "
            "short-term extension – Israel has said it would add a day for every 10 hostages released, and the "
            "truce was extended by two days on Monday – there are serious doubts that a lengthier pause is in "
            "the cards anytime soon given the Israeli government’s vocal commitment to continuing the war.")
    quote = next(q for q in quotes_in(text) if view(text, q)[1] == "has said")
    assert view(text, quote)[:3] == ("Israel", "has said", ["it would add a day for every 10 hostages released"])


def test_speech_before_its_tag_runs_through_both_coordinated_clauses(quotes_in, view):
    """"A, but B, a spokesman said": the parser makes A and B two complements; both are the content."""
    text = "The county had asked the state for more ballot boxes, but officials rejected the request, a spokesman said."
    [quote] = quotes_in(text)
    content = "The county had asked the state for more ballot boxes, but officials rejected the request"
    assert view(text, quote)[:3] == ("a spokesman", "said", [content])


def test_content_runs_through_a_subjectless_clause_hung_on_the_cue(quotes_in, view):
    """The parser hangs ", and there was..." on "said"; with no subject of its own it goes on reporting."""
    text = ("Officials said it was still too soon to say if the barn fire was set on purpose, "
            "and there was “no evidence” yet of arson.")
    [quote] = attributions(quotes_in(text))
    assert view(text, quote)[2] == [
        "it was still too soon to say if the barn fire was set on purpose, and there was “no evidence” yet of arson"
    ]


def test_that_clause_after_an_adjunct_the_parser_hangs_on_its_noun(quotes_in, view):
    """"at the time that the candidates..." is read as a relative clause on "time"; it is the content."""
    text = "The two organizers never knew at the time that the schools they backed would win."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == (
        "The two organizers", "never knew", ["that the schools they backed would win"])


def test_that_clause_after_an_adjunct_on_the_cues_interview(quotes_in, view):
    """"in an interview" is part of the cue, and the parser hangs "with the Herald that ..." on its noun: the
    clause is still what was noted, and its quoted words the speaker's."""
    text = "Corwin Halvey noted in an interview with the Ostervale Herald that Brannock was “making history” there."
    quotes = quotes_in(text)
    assert [view(text, q)[1:] for q in quotes] == [
        ("noted in an interview", ["that Brannock was “making history” there"], "Corwin Halvey", "indirect"),
        ("noted in an interview", ["“making history”"], "Corwin Halvey", "direct"),
    ]


def test_relative_that_after_an_adjunct_is_no_content(quotes_in):
    assert quotes_in("The mayor spoke at a base that overlooks the bay.") == []


def test_relative_word_is_the_first_fragment_of_the_content(quotes_in, view):
    text = "He asked for $27, which he claimed was the average donation."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == ("he", "claimed", ["which", "was the average donation"])


def test_speech_tag_inside_the_clause_it_reports(quotes_in, view):
    text = "At the time, the coach said, he found the team very talented."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == ("the coach", "said", ["At the time", "he found the team very talented"])


def test_speech_tag_closing_an_unquoted_sentence_reports_it(quotes_in, view):
    """"…, said X." with no quotation marks: the parser joins "said" to the clause as a conjunct."""
    text = ("In nearby Millbrook, the old paper mill is holding on, but it is under heavy pressure from cheaper "
            "imports, said the company's chief executive, Joan P. Arlow.")
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == (
        "the company's chief executive, Joan P. Arlow", "said",
        ["In nearby Millbrook, the old paper mill is holding on, but it is under heavy pressure from cheaper imports"])


@pytest.mark.parametrize("text, source, cue, content", [
    # the parser takes the name for the verb's object, or the verb for an adjective of the name
    ("Mayor Tilda Brannock spoke in Ostervale. Even with the grant, 2029 was a hard year for the harbour, "
     "revealed Brannock.", "Brannock", "revealed", ["Even with the grant, 2029 was a hard year for the harbour"]),
    ("Mayor Tilda Brannock spoke in Ostervale. The storm ate the ferry budget up, added Brannock.", "Brannock",
     "added", ["The storm ate the ferry budget up"]),
    # the subject runs back to the comma, the verb takes only its own modifiers
    ("Coastal towns must grasp the chance and plan for floods instead of becoming their victims, a senior "
     "engineer at Vell Harbour has said in a statement.", "a senior engineer at Vell Harbour",
     "has said in a statement",
     ["Coastal towns must grasp the chance and plan for floods instead of becoming their victims"]),
])
def test_speech_tag_closing_a_clause_the_parser_left_loose_reports_it(quotes_in, view, text, source, cue, content):
    quote = next(q for q in quotes_in(text) if q.kind == "indirect")
    assert view(text, quote)[:3] == (source, cue, content)
    assert quote.speech


@pytest.mark.parametrize("text", [
    "The ferry left the pier at noon, and Tilda Brannock said nothing more about it.",
    "The ferry left the pier at noon, she said, and then the crew went home for the night.",
    "The council met on Friday, announced Monday, and the vote was postponed.",
    # a clause with a speech tag of its own: the closing tag relays that report
    "The Ostervale harbour office said the ferry tests had passed, the Vell Gazette reported.",
    "Add to that the cost of the new pier, and you see how the budget can run dry, Brannock said on Monday.",
    # a quotation after the tag is the tag's own content
    "When asked at the pier on Friday if the ferry would sail, Brannock replied, “Yes.”",
])
def test_a_verb_after_a_comma_with_a_report_of_its_own_or_no_tag_is_no_closing_tag(nlp, text):
    doc = nlp(text)
    assert all(closing_comma(token) is None for token in doc)


def test_inverted_tag_inside_the_clause_it_reports_leaves_its_name_out(quotes_in, view):
    """The parser may make the words before the tag its subject; the name after the verb is the speaker."""
    text = "Mayor Tilda Brannock spoke in Ostervale. The reasons for the long delay, says Brannock, are many."
    quote = next(q for q in quotes_in(text) if q.kind == "indirect")
    assert view(text, quote)[:3] == ("Brannock", "says", ["The reasons for the long delay", "are many"])


@pytest.mark.parametrize("text, source, cue, content", [
    ("As the Tribune reported last month, the council had already approved the contract.", "the Tribune",
     "reported", ["the council had already approved the contract"]),
    ("The bridge, as the engineers noted, was never designed for heavy trucks.", "the engineers", "noted",
     ["The bridge", "was never designed for heavy trucks"]),
    # the parser hangs the comma on "said" itself: the clause is still set off
    ("As Wenna Callow said, the tide tables for Ostervale are wrong.", "Wenna Callow", "said",
     ["the tide tables for Ostervale are wrong"]),
    # a thought in the main clause is no report of its own: the paper's report is the whole clause
    ("As the Ostervale Courier reports, he is suspected of stealing the harbour bell.", "the Ostervale Courier",
     "reports", ["he is suspected of stealing the harbour bell"]),
])
def test_as_clause_attributes_the_main_clause(quotes_in, view, text, source, cue, content):
    """"As X reported, ..." names who says the main clause, which fills the reporting verb's gap."""
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == (source, cue, content)


@pytest.mark.parametrize("text, source, cue, quotation", [
    ("As Tilda Brannock put it in her letter, the council keeps its duties “to the barest minimum,” leaving "
     "the rest to others.", "Tilda Brannock", "put it", "“to the barest minimum,”"),
    ("As Brannock described it, “a parking lot with a fountain.”", "Brannock", "described it",
     "“a parking lot with a fountain.”"),
    ("But, as the harbour board has pointed out, the pier would also be used “for moving fuel at night”.",
     "the harbour board", "has pointed out", "“for moving fuel at night”"),
])
def test_as_clause_with_its_gap_filled_quotes_the_main_clause(quotes_in, view, text, source, cue, quotation):
    """"As X put it, …", "as X described it", "as X has pointed out": the "it" (or the particle) stands for the
    main clause, so its quotation is X's words, as with "As X said, …"."""
    direct = [view(text, q) for q in quotes_in(text) if q.kind == "direct"]
    assert [(d[0], d[1], d[2][-1]) for d in direct] == [(source, cue, quotation)]


def test_an_as_clause_naming_a_wording_quotes_what_follows_it(quotes_in, view):
    """"the promise of, as she calls it, “…”": "it" is the wording after the clause, not the words around it."""
    text = 'That came before Vera Holt saw the promise of, as she calls it, "renting the wardrobe."'
    direct = [view(text, q)[1:3] for q in quotes_in(text) if q.kind == "direct"]
    assert direct == [("calls it", ['"renting the wardrobe."'])]


def test_an_as_clause_closing_its_sentence_glosses_no_bounded_words(quotes_in, view):
    """", as the clinic puts it.": the clause glosses some words before it, where they start is unknown."""
    text = "Families may still pick an older, “tried and trusted” option, as the Ostervale clinic puts it."
    assert [view(text, q)[1] for q in quotes_in(text)] == []


def test_put_it_with_a_place_is_no_report(quotes_in):
    text = "As Orrin Vale put it on the shelf, the clock struck “nine” in the hall."
    assert [q for q in quotes_in(text) if q.cue is not None and text[q.cue[0] : q.cue[1]].startswith("put")] == []


def test_as_clause_on_a_report_relays_it(quotes_in, view):
    """"As the Gazette reported, Brannock assured ... that ...": the report is Brannock's, the paper only relays it."""
    text = "As the Ostervale Gazette reported, Mayor Brannock assured listeners that the pier would open in May."
    assert [view(text, q)[:3] for q in quotes_in(text)] == [
        ("Mayor Brannock", "assured", ["that the pier would open in May"])]


def test_temporal_as_clause_is_no_attribution(quotes_in, view):
    text = "The crowd cheered as the mayor cut the ribbon, and the band played."
    assert [view(text, q)[1] for q in quotes_in(text)] == []


def test_naming_verb_takes_object_and_predicate(quotes_in, view):
    text = "Netanyahu called the proposal “a nonstarter” in a statement."
    [quote] = attributions(quotes_in(text))
    assert view(text, quote)[:3] == ("Netanyahu", "called", ["the proposal “a nonstarter”"])


@pytest.mark.parametrize("text, cue, content", [
    ("The senator took a swipe at the governor, calling her record as head of the agency “reckless and plainly "
     "dishonest.”", "calling", ["her record as head of the agency “reckless and plainly dishonest.”"]),
    ("The governor described the visit “as if we had never left home.”", "described",
     ["the visit “as if we had never left home.”"]),
    ("Senator Paul called the former aide a “bitter, jealous man” who should be ignored.", "called",
     ["the former aide a “bitter, jealous man” who should be ignored"]),
])
def test_a_quoted_name_the_parser_hangs_past_the_object_is_the_naming_verbs_content(quotes_in, view, text, cue,
                                                                                   content):
    """"calling her record as head of the agency “…”": the parser takes "as head of the agency" for the name
    given, or reads the quotation as no predicate at all; the quotation after the object is the name, and the
    verb's subject says it, a direct quote (a relative clause on the name goes with it)."""
    named = [view(text, q) for q in attributions(quotes_in(text)) if view(text, q)[1] == cue]
    assert [c for _, _, c, _, _ in named] == [content]
    assert any(q.kind == "direct" and view(text, q)[1] == cue for q in quotes_in(text))


def test_a_quotation_inside_a_naming_verbs_object_is_no_name_it_gives(quotes_in, view):
    """"called the city’s “Safe Streets” plan a failure": a predicate of the verb follows the quotation, so the
    quoted words are part of what is named (a title), not the name: no one's direct quote."""
    text = "The councilwoman called the city’s “Safe Streets” plan a failure."
    assert [q.kind for q in quotes_in(text)] == ["indirect"]


@pytest.mark.parametrize("text, cue, content", [
    ("Reyes lashed out at what he called “the big-city press and its paid critics” after the vote.", "called",
     ["“the big-city press and its paid critics”"]),
    ("The governor met the envoy, whom he described on the radio as a “loyal old friend.”", "described",
     ["whom", "as a “loyal old friend.”"]),
    ("Mayor Ruth Alder unveiled the scheme, which she dubbed “Operation Clean Street,” on Monday.", "dubbed",
     ["“Operation Clean Street,”"]),
])
def test_a_naming_verbs_object_fronted_as_a_relative_word_leaves_the_name_its_content(quotes_in, view, text, cue,
                                                                                     content):
    """"what he called “…”", "whom he described as “…”": the name is all the verb says, quoted, a direct quote."""
    named = [view(text, q) for q in quotes_in(text) if view(text, q)[1] == cue]
    assert [(c, kind) for _, _, c, _, kind in named] == [(content, "direct")]


@pytest.mark.parametrize("text, source, cue, content", [
    ("Most residents see the new stadium as a waste of public money.", "Most residents", "see",
     "the new stadium as a waste of public money"),
    ("The mayor sees the protesters as misled by outside groups.", "The mayor", "sees",
     "the protesters as misled by outside groups"),
])
def test_see_x_as_y_wherever_the_parser_hangs_as(quotes_in, view, text, source, cue, content):
    """"as Y" is the predicate of "see X as Y" whether parsed on the object or as a clause marker."""
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == (source, cue, [content])


def test_identify_x_as_y_names_like_call(quotes_in, view):
    text = "The police chief identified the driver as a local teacher."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == ("The police chief", "identified", ["the driver as a local teacher"])


def test_reporting_verb_with_a_noun_object(quotes_in, view):
    text = "The senator noted the attacks on the embassy."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == ("The senator", "noted", ["the attacks on the embassy"])
    assert not quote.speech


def test_stance_object_keeps_the_ground_of_the_stance(quotes_in, view):
    text = "The governor accused the mayor of hiding the report."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == ("The governor", "accused", ["the mayor of hiding the report"])


@pytest.mark.parametrize("text", [
    "The senator found a receptive audience in the rural counties.",
    "The mayor knows the district well.",
])
def test_finding_or_knowing_a_thing_is_no_attribution(quotes_in, text):
    """A noun object of "find"/"know" is what was come across, not a stance; a clause is needed."""
    assert quotes_in(text) == []


@pytest.mark.parametrize("text, cue, content", [
    ("Local leaders expressed concern about the cost of the new stadium.", "expressed concern about",
     "the cost of the new stadium"),
    ("Two board members voiced doubt that the levy would pass.", "voiced doubt", "that the levy would pass"),
])
def test_support_verb_and_its_noun_are_the_cue(quotes_in, view, text, cue, content):
    """"expressed concern about X": the noun carries the stance, so it joins the cue; X is the content."""
    [quote] = quotes_in(text)
    assert view(text, quote)[1:3] == (cue, [content])


def test_call_for_a_for_to_clause(quotes_in, view):
    """In "pressed for the legislature to restore...", "for" marks a clause rather than heading a phrase."""
    text = "Mayors across the state have pressed for the legislature to restore the funding."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == (
        "Mayors across the state", "have pressed for", ["the legislature to restore the funding"])


def test_call_on_someone_to_act(quotes_in, view):
    """The content of "called upon X to Y" is X with what it is asked to do, as for "urged X to Y"."""
    text = "The senator also called upon the administration to release the report."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == (
        "The senator", "also called upon", ["the administration to release the report"])


def test_participle_describing_a_noun_is_not_its_content(quotes_in):
    assert quotes_in("Her comments made in an interview angered the committee.") == []


def test_content_starts_after_the_dateline(quotes_in, view):
    text = "WASHINGTON (AP) — Donald Trump is expected to visit the plant, according to two aides."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == ("two aides", "according to", ["Donald Trump is expected to visit the plant"])


def test_complement_after_the_cue_wins_over_a_misread_one_before_it(quotes_in, view):
    """The parser reads "team head" as a clause of "says"; what follows the cue is what was said."""
    text = 'Science team head Kim-Ly Tran says the plan "is really not that far-fetched."'
    assert [view(text, q)[2:] for q in quotes_in(text)] == [
        (['the plan "is really not that far-fetched."'], "Kim-Ly Tran", "direct")]


@pytest.mark.parametrize("text, source, content", [
    ("Although she’s unsure exactly why this growth of immune cells happens after the infection, Morgan suspects "
     "that it might be part of the body’s effort to repair the lungs.", "Morgan",
     "that it might be part of the body’s effort to repair the lungs"),
    ("While the catalogue is thin on original films (only two have been released so far), Moreno says there is a "
     "good chance that more will be commissioned for the platform.", "Moreno",
     "there is a good chance that more will be commissioned for the platform"),
])
def test_a_complement_after_the_cue_wins_over_an_opening_adjunct_misread_as_one(quotes_in, view, text, source,
                                                                                  content):
    """The parser reads the clause of an opening "Although" or "While" as a complement of the cue; what the
    speaker said follows the cue (dev2, Quanta Magazine; dev, The Hollywood Reporter)."""
    assert [view(text, q)[0:3:2] for q in quotes_in(text) if q.source is not None] == [(source, [content])]


def test_an_as_clause_on_a_speech_tag_does_not_take_its_quotation(quotes_in, view):
    """"as he agreed with…" tells what the judge was doing while he spoke; the quotation is the tag's
    (dev2, CNBC)."""
    text = ('"I struggle to think of anything this case resembles," Delgado said, as he accepted the argument by '
            'county prosecutor Ana Ruiz that bail of $500,000 for each defendant was justified.')
    assert [view(text, q)[1:] for q in quotes_in(text)] == [
        ("said", ['"I struggle to think of anything this case resembles,"'], "Delgado", "direct")]


@pytest.mark.parametrize("text, verb, stated", [
    ("The ministry repeated its position that the raid was approved.", "approved", True),
    ("Gosling also confirms the rumors that spread on set.", "spread", False),
])
def test_a_that_clause_on_a_noun_states_what_it_holds(nlp, text, verb, stated):
    """"Its position that the raid was approved" states the position; a relative clause ("rumors that
    spread") describes the noun, its "that" the clause's subject."""
    doc = nlp(text)
    [token] = [t for t in doc if t.text == verb]
    assert is_noun_that_clause(token) == stated
