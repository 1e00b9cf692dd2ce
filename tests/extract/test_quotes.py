"""Attribution on real sentences from the seed corpus, one construction per test."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dateline.extract.quotes import find_quotes, quotes_component
from dateline.extract.records import Quote


def quotes_in(nlp: Language, text: str) -> list[Quote]:
    return find_quotes(nlp(text))


def view(text: str, quote: Quote) -> tuple[str | None, str | None, list[str], str | None, str]:
    """(source, cue, content, speaker, kind) as text, for readable assertions."""
    def at(span: tuple[int, int] | None) -> str | None:
        return text[span[0] : span[1]] if span else None

    return at(quote.source), at(quote.cue), [text[s:e] for s, e in quote.content], quote.speaker, quote.kind


def test_indirect_speech_with_that(nlp):
    text = ("US Secretary of State Antony Blinken, meanwhile, said on Wednesday that the world must put "
            "pressure on Hamas, and not just Israel.")
    [quote] = quotes_in(nlp, text)
    assert view(text, quote) == (
        "US Secretary of State Antony Blinken", "said",
        ["that the world must put pressure on Hamas, and not just Israel"], "Antony Blinken", "indirect",
    )


def test_quote_before_speaker_who_is_a_pronoun(nlp):
    text = ("US Secretary of State Antony Blinken said on Wednesday that the world must put pressure on Hamas. "
            "“There seems to be silence on what Hamas could do, should do, must do,” he said.")
    quotes = quotes_in(nlp, text)
    assert view(text, quotes[1]) == (
        "he", "said", ["“There seems to be silence on what Hamas could do, should do, must do,”"],
        "Antony Blinken", "direct",
    )


def test_told_reporters(nlp):
    text = "“We’re pushing,” Biden told reporters during a trip to Milwaukee, Wisconsin."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote) == ("Biden", "told", ["“We’re pushing,”"], "Biden", "direct")


def test_speaker_named_by_description_after_the_quote(nlp):
    text = ("US Secretary of State Antony Blinken told a press conference in Washington that the US is "
            "communicating with other countries.\n\n"
            "“We’ve been working this intensely. I’ve been on the phones about this for the last couple of days,” "
            "explained the US official. “I hope we can get to a good place.”")
    quotes = quotes_in(nlp, text)
    assert [view(text, q)[0] for q in quotes] == ["US Secretary of State Antony Blinken", "the US official"]
    assert view(text, quotes[1])[2] == [
        "“We’ve been working this intensely. I’ve been on the phones about this for the last couple of days,”",
        "“I hope we can get to a good place.”",
    ]
    assert [q.speaker for q in quotes] == ["Antony Blinken", "Antony Blinken"]


def test_according_to_takes_the_rest_of_the_clause(nlp):
    text = ("According to the health ministry of the Hamas-run enclave, 40,223 Palestinians have been killed in "
            "Gaza by Israel’s retaliatory military attack.")
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == (
        "the health ministry of the Hamas-run enclave", "According to",
        ["40,223 Palestinians have been killed in Gaza by Israel’s retaliatory military attack"],
    )


def test_anonymous_source_has_no_speaker(nlp):
    text = ("The US government has pressured Israel to postpone its imminent invasion of Gaza, according to two "
            "sources familiar with the discussions.")
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[0] == "two sources familiar with the discussions"
    assert quote.speaker is None


def test_anonymous_official_stays_anonymous_when_referred_back_to(nlp):
    text = ("An official in the Israeli Prime Minister’s Office told CNN on Friday that it may have been an "
            "attempt by Hamas to downplay Israel’s military response. The official said the pressure will not "
            "ease. He added: “This will not change the mission, which is to dismantle Hamas.”")
    quotes = quotes_in(nlp, text)
    assert [view(text, q)[0] for q in quotes] == ["An official in the Israeli Prime Minister’s Office",
                                                  "The official", "He"]
    assert [q.speaker for q in quotes] == [None, None, None]
    assert view(text, quotes[2])[2] == ["“This will not change the mission, which is to dismantle Hamas.”"]


def test_in_a_statement_with_partial_quote(nlp):
    text = ("In a statement regarding X, Biden stated that he “made clear that we must bring the ceasefire and "
            "hostage release deal to closure.”")
    [quote] = quotes_in(nlp, text)
    assert view(text, quote) == (
        "Biden", "stated",
        ["that he “made clear that we must bring the ceasefire and hostage release deal to closure.”"],
        "Biden", "direct",
    )


def test_the_statement_speaks_for_whoever_issued_it(nlp):
    text = ("The Al-Qassam Brigades, the military wing of the Hamas movement, said in a statement on Saturday "
            "that it was ready to release “two detained persons” whom it identified by name. The statement said "
            "that “the same procedures” would be applied.")
    quotes = quotes_in(nlp, text)
    assert [q.speaker for q in quotes] == ["Al-Qassam Brigades", "Al-Qassam Brigades"]
    assert view(text, quotes[0])[0] == "The Al-Qassam Brigades, the military wing of the Hamas movement,"


def test_participle_takes_the_subject_of_its_clause(nlp):
    text = ("Israeli Prime Minister Benjamin Netanyahu’s office responded to the allegation on Saturday evening, "
            "saying it would not comment on the claims.")
    responded, quote = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("Israeli Prime Minister Benjamin Netanyahu’s office", "saying",
                                     ["it would not comment on the claims"])
    assert quote.speaker == "Israeli Prime Minister Benjamin Netanyahu’s office"
    # "responded to" is a cue of its own, its object the content, as PolNeAR marks it.
    assert view(text, responded)[1:3] == ("responded to", ["the allegation"])
    assert not responded.speech


def test_speaker_replies_with_colon(nlp):
    text = ("When US President Joe Biden was asked on Saturday whether he was encouraging Israel to delay the "
            "invasion, he replied: “I am talking to the Israelis.”")
    asked, replied = quotes_in(nlp, text)
    assert view(text, replied) == ("he", "replied:", ["“I am talking to the Israelis.”"], "Joe Biden", "direct")
    # The question is reported too, by no named speaker: a passive's subject is who was asked.
    assert view(text, asked)[:3] == (None, "was asked", ["whether he was encouraging Israel to delay the invasion"])


def test_pretokenised_quote_before_speaker(nlp):
    text = "`` We are going to win , '' Sanders said ."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote) == ("Sanders", "said", ["`` We are going to win , ''"], "Sanders", "direct")


def test_quote_spanning_paragraphs_is_one_attribution(nlp):
    text = ("Blinken said the talks were hard. “We worked very hard with Qatar, Egypt and Israel.\n\n"
            "“Hamas wouldn’t accept it. They came back with other demands,” Blinken said.")
    quotes = quotes_in(nlp, text)
    assert view(text, quotes[-1])[2] == ["“We worked very hard with Qatar, Egypt and Israel.",
                                         "“Hamas wouldn’t accept it. They came back with other demands,”"]


def test_speech_inside_a_quotation_is_not_another_attribution(nlp):
    text = "“I continue to believe it’s possible,” Blinken said on Thursday."
    assert [view(text, q)[1] for q in quotes_in(nlp, text)] == ["said"]


def test_component_sets_the_doc_attribute(nlp):
    doc: Doc = nlp("“We’re pushing,” Biden told reporters.")
    assert quotes_component(doc) is doc
    assert [q.speaker for q in doc._.quotes] == ["Biden"]


@pytest.mark.parametrize("seed, speakers", [
    ("000", ["Joe Biden", "Joe Biden", "Antony Blinken", "Antony Blinken", "Antony Blinken", "Antony Blinken",
             "Antony Blinken", "Antony Blinken", "Antony Blinken"]),
    # "Hamas says it will release hostages only as part of a deal …, while Israel says it will discuss only a
    # temporary pause": two reports, one each.
    ("001", ["Washington", "Antony Blinken", "Hamas", "Israel", "Antony Blinken", "Antony Blinken"]),
])
def test_every_quote_on_the_seeds_has_its_speaker(seed_docs, seed, speakers):
    assert [q.speaker for q in find_quotes(seed_docs[seed]) if q.speech] == speakers


def test_direct_quotes_on_the_seeds_name_biden_and_blinken(seed_docs):
    direct = [q for doc in seed_docs.values() for q in find_quotes(doc) if q.kind == "direct"]
    by_speaker = {q.speaker for q in direct}
    assert {"Joe Biden", "Antony Blinken", "Al-Qassam Brigades", "White House"} <= by_speaker
    quotes_000 = find_quotes(seed_docs["000"])
    text = seed_docs["000"].text
    official = next(q for q in quotes_000 if q.source and text[q.source[0]:q.source[1]] == "the US official")
    assert official.speaker == "Antony Blinken"


def test_stance_verbs_are_attributions_but_not_speech(nlp):
    text = "Since the Hamas strikes on October 7, Biden has urged Israel to lower the number of civilian deaths."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("Biden", "has urged", ["to lower the number of civilian deaths"])
    text = "Successive rounds of talks have yet to bear fruit, with Washington largely blaming Hamas for the standoff."
    [quote] = quotes_in(nlp, text)
    # The object keeps the ground of the blame, as PolNeAR marks "accused X of Y", "blamed X for Y".
    assert view(text, quote)[:3] == ("Washington", "largely blaming", ["Hamas for the standoff"])
    assert not quote.speech


def test_components_declare_what_they_need():
    import spacy

    import dateline.extract  # noqa: F401  (registers the components)

    blank = spacy.blank("en")
    blank.add_pipe("dateline_quotes")
    blank.add_pipe("dateline_figures")
    problems = blank.analyze_pipes()["problems"]
    assert "doc._.quotes" not in problems["dateline_figures"]
    assert "token.dep" in problems["dateline_quotes"]


def test_quote_date_is_the_cue_day_else_the_article_day(nlp):
    from datetime import date

    from dateline.model import PublicationDate, TimeExpression
    from dateline.time.tagger import TimexForm

    text = ("US Secretary of State Antony Blinken, meanwhile, said on Wednesday that the world must put pressure "
            "on Hamas. “We’re pushing,” Biden told reporters.")
    doc = nlp(text)
    start = text.index("Wednesday")
    doc._.timex_forms = [TimexForm(start, start + 9, "weekday", start, "past")]
    doc._.timexes = [TimeExpression(start, start + 9, "Wednesday", "DATE", "2023-12-20")]
    doc._.published = PublicationDate.on(date(2023, 12, 21), "metadata")
    assert [q.date for q in find_quotes(doc)] == ["2023-12-20", "2023-12-21"]


def test_passive_raising_verb_has_subject_and_infinitive_as_content(nlp):
    text = "Biden is expected to announce the decision on Friday."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == (None, "is expected", ["Biden", "to announce the decision on Friday"])


def test_passive_raising_verb_takes_its_by_phrase_as_source(nlp):
    text = "The plan is considered risky by most economists."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("most economists", "is considered", ["The plan", "risky"])


def test_seem_attributes_an_impression(nlp):
    text = "The Israeli negotiators seemed confident after the meeting."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == (None, "seemed", ["The Israeli negotiators", "confident"])


def test_naming_verb_takes_object_and_predicate(nlp):
    text = "Netanyahu called the proposal “a nonstarter” in a statement."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("Netanyahu", "called", ["the proposal “a nonstarter”"])


def test_hopes_is_a_cue_though_lemmatised_hop(nlp):
    text = "Blinken hopes that the talks will resume next week."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("Blinken", "hopes", ["that the talks will resume next week"])


def test_headline_name_and_colon(nlp):
    text = "Hamas: “We will not accept a partial deal”\n\nThe group said on Monday that talks would continue."
    quotes = quotes_in(nlp, text)
    assert view(text, quotes[0]) == ("Hamas", ":", ["“We will not accept a partial deal”"], "Hamas", "direct")


def test_colon_after_a_label_a_topic_or_before_a_tally_is_no_attribution(nlp):
    text = "Clinton: 1,769\n\nEditor’s note: This story has been updated.\n\nThe obstacle: Israel has refused to talk."
    assert [view(text, q)[1] for q in quotes_in(nlp, text)] == ["has refused"]


def test_transcript_turn_labels_name_no_speaker(nlp):
    """"Q:" and "A:" mark an interview's turns; the reports inside the answer are the attributions."""
    text = "Q: Will the plant close?\n\nA: I think the owners want to sell it."
    assert [view(text, q)[:3] for q in quotes_in(nlp, text)] == [("I", "think", ["the owners want to sell it"])]


def test_scare_quote_does_not_continue_the_speaker(nlp):
    text = "“We will not stop,” Biden said on Tuesday. The rally, billed as a “Day of Hope,” drew 300 people."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[2] == ["“We will not stop,”"]


def test_quotation_after_the_speech_tag_continues_the_content(nlp):
    text = "''We are anxious,'' said one resident. ''The attacks are getting closer.''"
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == (
        "one resident", "said", ["''We are anxious,''", "''The attacks are getting closer.''"],
    )


def test_passive_cue_with_by_phrase(nlp):
    text = "The decision was first reported by CNN."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("CNN", "was first reported by", ["The decision"])


def test_relative_word_is_the_first_fragment_of_the_content(nlp):
    text = "He asked for $27, which he claimed was the average donation."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("he", "claimed", ["which", "was the average donation"])


def test_that_clause_after_in_a_statement(nlp):
    text = "Weaver says in a statement that the race will now be a four-man contest."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("Weaver", "says in a statement", ["that the race will now be a four-man contest"])


@pytest.mark.parametrize("text, cue, content", [
    ("Some Democrats are concerned that the tactics could make it harder to unite.", "are concerned",
     "that the tactics could make it harder to unite"),
    ("Republicans have been critical of Clinton’s use of personal email.", "have been critical of",
     "Clinton’s use of personal email"),
    ("Turkey is now more willing to accept him remaining in power.", "is now more willing",
     "to accept him remaining in power"),
])
def test_attitude_adjective_after_a_copula(nlp, text, cue, content):
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[1:3] == (cue, [content])


def test_reporting_verb_with_a_noun_object(nlp):
    text = "The senator noted the attacks on the embassy."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("The senator", "noted", ["the attacks on the embassy"])
    assert not quote.speech


def test_stance_object_keeps_the_ground_of_the_stance(nlp):
    text = "The governor accused the mayor of hiding the report."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("The governor", "accused", ["the mayor of hiding the report"])


def test_headline_name_before_a_colon_whatever_its_tag(nlp):
    text = "Sanders: Clinton email story has moved.\n\nThe senator spoke on Sunday."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("Sanders", ":", ["Clinton email story has moved"])


def test_headline_claim_without_a_verb(nlp):
    text = "Lynch: No outside influence on the inquiry.\n\nThe attorney general spoke on Sunday."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("Lynch", ":", ["No outside influence on the inquiry"])


def test_colon_introduces_a_quotation_in_the_next_paragraph(nlp):
    text = "The senator continued:\n\n“We will win this state, and we will win it in November.”"
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == (
        "The senator", "continued:", ["“We will win this state, and we will win it in November.”"])


def test_participle_after_a_preposition_takes_the_subject_of_its_verb(nlp):
    text = "The mayor won the race by promising that taxes would fall."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("The mayor", "promising", ["that taxes would fall"])


def test_source_keeps_its_closing_bracket(nlp):
    text = "Sen. Bernie Sanders (I-Vt.) said the bill would fail."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("Sen. Bernie Sanders (I-Vt.)", "said", ["the bill would fail"])


@pytest.mark.parametrize("text, roles", [
    ("His call for lower taxes won applause.", ("His", "call for", ["lower taxes"])),
    ("Their refusal to testify angered the committee.", ("Their", "refusal", ["to testify"])),
    ("Yet the senator's repeated claim that the budget is balanced was false.",
     ("the senator's", "repeated claim", ["that the budget is balanced"])),
])
def test_noun_cue_with_its_possessor_as_source(nlp, text, roles):
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == roles and not quote.speech


def test_participle_describing_a_noun_is_not_its_content(nlp):
    assert quotes_in(nlp, "Her comments made in an interview angered the committee.") == []


def test_prepositional_cue_keeps_its_auxiliary(nlp):
    text = "The governor has called for a new election."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("The governor", "has called for", ["a new election"])


def test_speech_tag_inside_the_clause_it_reports(nlp):
    text = "At the time, the coach said, he found the team very talented."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("the coach", "said", ["At the time", "he found the team very talented"])


def test_trailing_participle_after_a_comma_is_the_writers_gloss(nlp):
    text = "The minister insisted that the talks had stalled, reflecting weeks of delays in the capital."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("The minister", "insisted", ["that the talks had stalled"])


def test_source_drops_a_relative_clause_on_a_name_inside_it(nlp):
    text = "Maria Lopez, director of Open Roads, which organized the march, said the route was safe."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[0] == "Maria Lopez, director of Open Roads,"


def test_source_keeps_the_relative_clause_on_its_head(nlp):
    """PolNeAR marks the holder's full noun phrase, a relative clause on its head included."""
    text = "Residents who live near the plant say the water tastes of metal."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[0] == "Residents who live near the plant"


def test_trying_is_no_attribution(nlp):
    assert quotes_in(nlp, "The group tried to block the vote.") == []


@pytest.mark.parametrize("text, content", [
    ("But according to the harbour master, the ferry will not sail on Sunday.", "the ferry will not sail on Sunday"),
    ("The ferry will not sail on Sunday, according to the harbour master.", "The ferry will not sail on Sunday"),
])
def test_according_to_set_off_by_comma_modifies_the_main_clause(nlp, text, content):
    """A phrase opening or closing the sentence attributes the main clause, without a linking "But"."""
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("the harbour master", "according to", [content])


@pytest.mark.parametrize("text, source, content", [
    ("Most of the dead, according to the UN rights office, are women and children.", "the UN rights office",
     ["Most of the dead", "are women and children"]),
    ("The new bridge, according to the city engineer, will open in June.", "the city engineer",
     ["The new bridge", "will open in June"]),
])
def test_according_to_between_commas_attributes_the_whole_clause(nlp, text, source, content):
    """Set between commas inside its clause, the phrase attributes the subject and the predicate both,
    though the parser hangs it on the subject."""
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == (source, "according to", content)


def test_content_stops_at_the_dash_closing_the_aside_it_is_in(nlp):
    """Seed 003: the clause after the closing dash is the writer's, though the parser joins it to "said"."""
    text = ("While the Biden administration and others pushing for a longer truce may succeed in getting a "
            "short-term extension – Israel has said it would add a day for every 10 hostages released, and the "
            "truce was extended by two days on Monday – there are serious doubts that a lengthier pause is in "
            "the cards anytime soon given the Israeli government’s vocal commitment to continuing the war.")
    quote = next(q for q in quotes_in(nlp, text) if view(text, q)[1] == "has said")
    assert view(text, quote)[:3] == ("Israel", "has said", ["it would add a day for every 10 hostages released"])


@pytest.mark.parametrize("text, expected", [
    ("The mayor said the bridge was safe and said the repairs would be finished in June.",
     [("The mayor", "said", ["the bridge was safe"]),
      ("The mayor", "said", ["the repairs would be finished in June"])]),
    ("Among Trump voters, 74 percent said they are set on voting for him, while 22 percent said they might "
     "change their mind.",
     [("74 percent", "said", ["they are set on voting for him"]),
      ("22 percent", "said", ["they might change their mind"])]),
])
def test_a_second_report_coordinated_with_the_first_is_its_own(nlp, text, expected):
    """The parser hangs the second cue inside the first one's content; it is a report beside it, and
    with no subject of its own it shares the first one's source."""
    assert [view(text, q)[:3] for q in quotes_in(nlp, text)] == expected


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
def test_a_report_in_a_relative_clause_set_off_by_a_comma_is_its_own(nlp, text, expected):
    """A relative clause set off by a comma is the writer's aside, cut out of the content it sits in; a
    restrictive one is part of what was said."""
    assert [view(text, q)[:3] for q in quotes_in(nlp, text)] == expected


def test_a_report_opening_what_was_said_stays_inside_it(nlp):
    """"While X say ..." opens the reported clause itself: cutting the content before it would leave none."""
    text = ("While local farmers say they support the plan, the council is still debating which roads would be "
            "closed, officials said.")
    assert [view(text, q)[:3] for q in quotes_in(nlp, text)] == [("officials", "said", [
        "While local farmers say they support the plan, the council is still debating which roads would be closed"])]


def test_a_thought_joined_to_what_was_said_stays_inside_it(nlp):
    text = "He said she thinks the plan will fail and wants a new one."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("He", "said", ["she thinks the plan will fail and wants a new one"])


def test_speech_tag_closing_an_unquoted_sentence_reports_it(nlp):
    """"…, said X." with no quotation marks: the parser joins "said" to the clause as a conjunct."""
    text = ("In nearby Decatur, the big steel plant is hanging on, but it is under intense pressure from Asian "
            "imports, said the company's chief executive, John J. Ferriola.")
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == (
        "the company's chief executive, John J. Ferriola", "said",
        ["In nearby Decatur, the big steel plant is hanging on, but it is under intense pressure from Asian imports"])


def test_content_ending_in_a_quoted_phrase_keeps_its_closing_marks(nlp):
    """A quoted phrase closing the content keeps its period and closing mark, as PolNeAR marks it."""
    text = "The union accused the mayor of “selling out the city.”"
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("The union", "accused", ["the mayor of “selling out the city.”"])


def test_quotation_after_a_speech_tag_with_its_own_cue_continues_the_speaker(nlp):
    """A cue inside the speech tag ("who declined...") does not take the next quotation from the speaker."""
    text = ("“We will rebuild the bridge,” said Ann Lee, a council member who declined to give her age. "
            "“It will take two years.”")
    quote = next(q for q in quotes_in(nlp, text) if view(text, q)[1] == "said")
    assert view(text, quote)[2] == ["“We will rebuild the bridge,”", "“It will take two years.”"]


def test_span_does_not_end_in_a_dangling_conjunction(nlp):
    """When the parser hangs the second conjunct elsewhere, the span stops before the bare "and"."""
    text = "By wide margins, 81% of young Democrats and 77% of young Republicans endorse universal background checks."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("81% of young Democrats", "endorse", ["universal background checks"])


@pytest.mark.parametrize("text, content", [
    ("The governor won 52 percent of the vote and his challenger took 45 percent according to unofficial results.",
     "The governor won 52 percent of the vote and his challenger took 45 percent"),
    ("Turnout fell in the suburbs as rural voters stayed home according to election officials.",
     "Turnout fell in the suburbs as rural voters stayed home"),
])
def test_according_to_on_a_joined_clause_attributes_the_whole_statement(nlp, text, content):
    """Hung on a conjunct or an adverbial clause, "according to" still scopes over the clause it joins."""
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[2] == [content]


@pytest.mark.parametrize("text", [
    "The senator found a receptive audience in the rural counties.",
    "The mayor knows the district well.",
])
def test_finding_or_knowing_a_thing_is_no_attribution(nlp, text):
    """A noun object of "find"/"know" is what was come across, not a stance; a clause is needed."""
    assert quotes_in(nlp, text) == []


def test_finding_that_is_an_attribution(nlp):
    text = "Analysts found that turnout had dropped sharply."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("Analysts", "found", ["that turnout had dropped sharply"])


def test_speech_before_its_tag_runs_through_both_coordinated_clauses(nlp):
    """"A, but B, a spokesman said": the parser makes A and B two complements; both are the content."""
    text = "The county had asked the state for more ballot boxes, but officials rejected the request, a spokesman said."
    [quote] = quotes_in(nlp, text)
    content = "The county had asked the state for more ballot boxes, but officials rejected the request"
    assert view(text, quote)[:3] == ("a spokesman", "said", [content])


def test_content_runs_through_a_subjectless_clause_hung_on_the_cue(nlp):
    """The parser hangs ", and there was..." on "said"; with no subject of its own it goes on reporting."""
    text = ("Officials said it was too early to tell whether the fire was set on purpose, "
            "and there was “no evidence” yet of arson.")
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[2] == [
        "it was too early to tell whether the fire was set on purpose, and there was “no evidence” yet of arson"
    ]


def test_quotation_opened_straight_and_closed_curly_keeps_its_marks(nlp):
    """Some sites open a quotation with a straight mark and close it with a curly one."""
    text = 'The mayor dismissed the reports as "old and misread allegations.”'
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("The mayor", "dismissed", ['the reports as "old and misread allegations.”'])


@pytest.mark.parametrize("text, cue, content", [
    ("Voters in the county tended to support the incumbent.", "tended to support", "the incumbent"),
    ("The governor could not resist pointing out that the budget was balanced.", "could not resist pointing out",
     "that the budget was balanced"),
    ("The mayor went off script to praise the volunteers.", "went off script to praise", "the volunteers"),
    ("Officials continued to insist that the water was safe.", "continued to insist", "that the water was safe"),
])
def test_cue_takes_in_the_verb_it_complements(nlp, text, cue, content):
    """A cue verb completing another verb ("tended to support", "went off script to praise") is marked
    from that verb on."""
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[1:3] == (cue, [content])


def test_cue_keeps_a_modifier_phrase_before_it(nlp):
    """"once again" modifies the cue as a whole; the cue starts at "is", not inside the phrase."""
    text = "The challenger is once again questioning the count in three counties."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:2] == ("The challenger", "is once again questioning")


def test_source_drops_a_participle_set_off_by_commas(nlp):
    """"The mayor, speaking at a town hall, said": the participle tells what the source was doing."""
    text = "The mayor, speaking at a town hall on Monday, said the budget would be balanced."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("The mayor", "said", ["the budget would be balanced"])


def test_source_starts_after_a_dateline_hyphen(nlp):
    """A hyphen standing alone after a dateline is a dash: the source starts after it."""
    text = "BRUSSELS - European officials said the talks would resume."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("European officials", "said", ["the talks would resume"])


def test_content_starts_after_the_dateline(nlp):
    text = "WASHINGTON (AP) — Donald Trump is expected to visit the plant, according to two aides."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("two aides", "according to", ["Donald Trump is expected to visit the plant"])


@pytest.mark.parametrize("text, cue, content", [
    ("Local leaders expressed concern about the cost of the new stadium.", "expressed concern about",
     "the cost of the new stadium"),
    ("Two board members voiced doubt that the levy would pass.", "voiced doubt", "that the levy would pass"),
])
def test_support_verb_and_its_noun_are_the_cue(nlp, text, cue, content):
    """"expressed concern about X": the noun carries the stance, so it joins the cue; X is the content."""
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[1:3] == (cue, [content])


def test_raising_verb_over_a_cue_marks_the_embedded_stance(nlp):
    """"seemed to recognize X": the subject recognizes X; the raising verb joins the cue."""
    text = "Local officials seemed to recognize the scale of the damage."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("Local officials", "seemed to recognize", ["the scale of the damage"])


@pytest.mark.parametrize("text, cue, content", [
    ("When asked about the closure of the plant, the mayor changed the subject.", "asked about",
     "the closure of the plant"),
    ("The governor was asked about the budget shortfall during a radio interview on Tuesday.", "was asked about",
     "the budget shortfall"),
])
def test_being_asked_about_names_no_asker(nlp, text, cue, content):
    """Whoever is asked, in a full or a reduced passive, is not the source; "when" stays out of the cue."""
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == (None, cue, [content])


def test_call_for_a_for_to_clause(nlp):
    """In "pressed for the legislature to restore...", "for" marks a clause rather than heading a phrase."""
    text = "Mayors across the state have pressed for the legislature to restore the funding."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == (
        "Mayors across the state", "have pressed for", ["the legislature to restore the funding"])


def test_call_on_someone_to_act(nlp):
    """The content of "called upon X to Y" is X with what it is asked to do, as for "urged X to Y"."""
    text = "The senator also called upon the administration to release the report."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == (
        "The senator", "also called upon", ["the administration to release the report"])


@pytest.mark.parametrize("text, source, cue, content", [
    ("As the Tribune reported last month, the council had already approved the contract.", "the Tribune",
     "reported", ["the council had already approved the contract"]),
    ("The bridge, as the engineers noted, was never designed for heavy trucks.", "the engineers", "noted",
     ["The bridge", "was never designed for heavy trucks"]),
])
def test_as_clause_attributes_the_main_clause(nlp, text, source, cue, content):
    """"As X reported, ..." names who says the main clause, which fills the reporting verb's gap."""
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == (source, cue, content)


def test_temporal_as_clause_is_no_attribution(nlp):
    text = "The crowd cheered as the mayor cut the ribbon, and the band played."
    assert [view(text, q)[1] for q in quotes_in(nlp, text)] == []


@pytest.mark.parametrize("text, source, cue, content", [
    ("Most residents see the new stadium as a waste of public money.", "Most residents", "see",
     "the new stadium as a waste of public money"),
    ("The mayor sees the protesters as misled by outside groups.", "The mayor", "sees",
     "the protesters as misled by outside groups"),
])
def test_see_x_as_y_wherever_the_parser_hangs_as(nlp, text, source, cue, content):
    """"as Y" is the predicate of "see X as Y" whether parsed on the object or as a clause marker."""
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == (source, cue, [content])


@pytest.mark.parametrize("text, cue, content", [
    ("The governor made clear on Monday that she would veto the bill.", "made clear", "that she would veto the bill"),
    ("The governor has made it clear she will not run.", "has made it clear", "she will not run"),
])
def test_made_clear_reports_its_clause(nlp, text, cue, content):
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("The governor", cue, [content])


def test_speaker_with_apposition_that_the_parser_hangs_elsewhere(nlp):
    """The parser attaches "Mayor Lena Ortiz" to the opening participle; set off by commas right
    before the cue, she is still its subject."""
    text = "Stung by the defeat in Ohio, Mayor Lena Ortiz, the party chair, said that she would ask for a recount."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == (
        "Mayor Lena Ortiz, the party chair,", "said", ["that she would ask for a recount"])


@pytest.mark.parametrize("text, content", [
    ("The company is reportedly preparing to cut 500 jobs in the spring.",
     ["The company is", "preparing to cut 500 jobs in the spring"]),
    ("Reportedly, the bank had closed two branches in the city.", ["the bank had closed two branches in the city"]),
])
def test_hearsay_adverb_attributes_its_clause_to_no_one_named(nlp, text, content):
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == (None, text[text.lower().find("reportedly"):][:10], content)


def test_hearsay_adverb_on_a_cue_verb_joins_its_cue(nlp):
    text = "The senator reportedly told donors that the race was over."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("The senator", "reportedly told", ["that the race was over"])


@pytest.mark.parametrize("text, source, cue, content", [
    ("In a Gallup poll released Monday, 42 percent of voters backed the measure.", "a Gallup poll released Monday",
     "In", "42 percent of voters backed the measure"),
    ("The incumbent leads by 6 points in the latest Marist survey.", "the latest Marist survey", "in",
     "The incumbent leads by 6 points"),
])
def test_in_a_poll_attributes_the_clause_to_the_poll(nlp, text, source, cue, content):
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == (source, cue, [content])


@pytest.mark.parametrize("text", [
    "The senator has slipped in the polls since March.",
    "Fifteen percent of voters in the poll were undecided.",
])
def test_polls_in_general_or_inside_the_subject_attribute_nothing(nlp, text):
    assert quotes_in(nlp, text) == []


def test_finite_speech_verb_whose_subject_the_parser_lost(nlp):
    """The parser reads "4 in 10" as modifying "say"; a tensed verb of saying still reports its clause."""
    text = "About 4 in 10 say they want the next mayor to be more liberal."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == (None, "say", ["they want the next mayor to be more liberal"])


def test_infinitive_speech_verb_with_no_subject_reports_nothing_alone(nlp):
    text = "Now tell me the talks did not fail."
    assert quotes_in(nlp, text) == []


@pytest.mark.parametrize("text, source, cue", [
    ("Allegations that the council rigged the vote have circulated for weeks.", None, "Allegations"),
    ("The Pentagon statement that no troops were hurt came late on Friday.", "Pentagon", "statement"),
])
def test_statement_noun_with_a_that_clause_attributes_it(nlp, text, source, cue):
    """With no possessor, a noun naming an act of saying still attributes its "that" clause; a name
    compounded with it ("the Pentagon statement") is the source."""
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:2] == (source, cue)
    assert view(text, quote)[2][0].startswith("that ")


def test_noun_of_belief_without_a_holder_attributes_nothing(nlp):
    assert quotes_in(nlp, "The idea that the tax would pay for itself has few backers.") == []


def test_quoted_words_are_not_the_speaker_of_the_tag_after_them(nlp):
    """The parser makes the quotation the subject of "said"; the name set off before the cue speaks."""
    text = "“Very good reporter, very good reporter this guy,” Trump, the front-runner, said."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == (
        "Trump, the front-runner,", "said", ["“Very good reporter, very good reporter this guy,”"])


def test_that_clause_after_an_adjunct_the_parser_hangs_on_its_noun(nlp):
    """"at the time that the candidates..." is read as a relative clause on "time"; it is the content."""
    text = "The two organizers didn’t know at the time that the candidates they backed would win."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == (
        "The two organizers", "didn’t know", ["that the candidates they backed would win"])


def test_relative_that_after_an_adjunct_is_no_content(nlp):
    assert quotes_in(nlp, "The mayor spoke at a base that overlooks the bay.") == []


@pytest.mark.parametrize("text, cue, content", [
    ("The new curfew was announced on Sunday.", "was announced", ["The new curfew"]),
    ("The proposal has been widely condemned as a giveaway to developers.", "has been widely condemned as",
     ["The proposal", "a giveaway to developers"]),
    ("The contractor was accused of spying for a foreign government.", "was accused of",
     ["The contractor", "spying for a foreign government"]),
])
def test_passive_cue_without_agent_attributes_its_subject(nlp, text, cue, content):
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == (None, cue, content)


@pytest.mark.parametrize("text, source, cue, content", [
    ("The governor took aim at the new tax on fuel.", "The governor", "took aim at", "the new tax on fuel"),
    ("Union leaders took issue with the plan to close the depot.", "Union leaders", "took issue with",
     "the plan to close the depot"),
    ("The senator heaped praise on the governor for his budget.", "The senator", "heaped praise on",
     "the governor"),
    ("Republicans are mounting an attack on the new rule.", "Republicans", "are mounting an attack on",
     "the new rule"),
    ("The union threw its support behind the mayor.", "The union", "threw its support behind", "the mayor"),
    ("The mayor issued a warning about the storm.", "The mayor", "issued a warning about", "the storm"),
    ("Activists made a call for new elections.", "Activists", "made a call for", "new elections"),
])
def test_light_verb_with_a_stance_noun_is_a_cue(nlp, text, source, cue, content):
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == (source, cue, [content])


def test_identify_x_as_y_names_like_call(nlp):
    text = "The police chief identified the driver as a local teacher."
    [quote] = quotes_in(nlp, text)
    assert view(text, quote)[:3] == ("The police chief", "identified", ["the driver as a local teacher"])
