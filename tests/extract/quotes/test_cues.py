"""The cue rules, one construction per test, on real sentences."""

from __future__ import annotations

import pytest


def test_according_to_takes_the_rest_of_the_clause(quotes_in, view):
    text = ("According to the health ministry of the Hamas-run enclave, 40,223 Palestinians have been killed in "
            "Gaza by Israel’s retaliatory military attack.")
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == (
        "the health ministry of the Hamas-run enclave", "According to",
        ["40,223 Palestinians have been killed in Gaza by Israel’s retaliatory military attack"],
    )


def test_in_the_words_of_a_person_quotes_them(quotes_in, view):
    """"In X's words," frames the quotation after it as X's, as "according to X" would."""
    text = ("The team asked whether the signal accounts for such choices.\n\n"
            "In Dr. Shadlen's words, \"Is the point where the mind has seen enough the point where we choose?\"")
    quote = quotes_in(text)[-1]
    assert view(text, quote) == ("Dr. Shadlen's", "In",
                                 ["\"Is the point where the mind has seen enough the point where we choose?\""],
                                 "Shadlen", "direct")


def test_in_other_words_names_no_source(quotes_in):
    assert quotes_in("In other words, the plan was \"a disaster from the start.\"") == []


@pytest.mark.parametrize("text, content", [
    ("But according to the harbour master, the ferry will not sail on Sunday.", "the ferry will not sail on Sunday"),
    ("The ferry will not sail on Sunday, according to the harbour master.", "The ferry will not sail on Sunday"),
])
def test_according_to_set_off_by_comma_modifies_the_main_clause(quotes_in, view, text, content):
    """A phrase opening or closing the sentence attributes the main clause, without a linking "But"."""
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == ("the harbour master", "according to", [content])


@pytest.mark.parametrize("text, source, content", [
    ("Most of the dead, according to the UN rights office, are women and children.", "the UN rights office",
     ["Most of the dead", "are women and children"]),
    ("The new bridge, according to the city engineer, will open in June.", "the city engineer",
     ["The new bridge", "will open in June"]),
])
def test_according_to_between_commas_attributes_the_whole_clause(quotes_in, view, text, source, content):
    """Set between commas inside its clause, the phrase attributes the subject and the predicate both,
    though the parser hangs it on the subject."""
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == (source, "according to", content)


@pytest.mark.parametrize("text, content", [
    ("The governor won 52 percent of the vote and his challenger took 45 percent according to unofficial results.",
     "The governor won 52 percent of the vote and his challenger took 45 percent"),
    ("Turnout fell in the suburbs as rural voters stayed home according to election officials.",
     "Turnout fell in the suburbs as rural voters stayed home"),
])
def test_according_to_on_a_joined_clause_attributes_the_whole_statement(quotes_in, view, text, content):
    """Hung on a conjunct or an adverbial clause, "according to" still scopes over the clause it joins."""
    [quote] = quotes_in(text)
    assert view(text, quote)[2] == [content]


@pytest.mark.parametrize("text, source, cue, content", [
    ("In a Gallup poll released Monday, 42 percent of voters backed the measure.", "a Gallup poll released Monday",
     "In", "42 percent of voters backed the measure"),
    ("The incumbent leads by 6 points in the latest Marist survey.", "the latest Marist survey", "in",
     "The incumbent leads by 6 points"),
])
def test_in_a_poll_attributes_the_clause_to_the_poll(quotes_in, view, text, source, cue, content):
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == (source, cue, [content])


@pytest.mark.parametrize("text", [
    "The senator has slipped in the polls since March.",
    "Twelve percent of those in the survey had no opinion.",
])
def test_polls_in_general_or_inside_the_subject_attribute_nothing(quotes_in, text):
    assert quotes_in(text) == []


@pytest.mark.parametrize("text, content", [
    ("The company is reportedly preparing to cut 500 jobs in the spring.",
     ["The company is", "preparing to cut 500 jobs in the spring"]),
    ("Reportedly, the bank had closed two branches in the city.", ["the bank had closed two branches in the city"]),
])
def test_hearsay_adverb_attributes_its_clause_to_no_one_named(quotes_in, view, text, content):
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == (None, text[text.lower().find("reportedly"):][:10], content)


def test_name_and_colon(quotes_in, view):
    text = "Hamas: “We will not accept a partial deal.”\n\nThe group said on Monday that talks would continue."
    quotes = quotes_in(text)
    assert view(text, quotes[0]) == ("Hamas", ":", ["“We will not accept a partial deal.”"], "Hamas", "direct")


def test_a_headline_line_holds_no_attribution(quotes_in, view):
    """A line that does not end as a sentence ends is a headline, a list item or a pull quote (issue 13):
    neither its quotation nor its paraphrase is a claim of the story."""
    text = ("Hamas: “We will not accept a partial deal”\n\nNavy says their plan to drain the fuel tanks will take "
            "some time\n\nThe group said on Monday that talks would continue.")
    assert [view(text, q)[1] for q in quotes_in(text)] == ["said"]


def test_a_label_and_colon_opening_a_paragraph_is_no_speech(quotes_in, view):
    """"LINDI: It's around 8pm but…": a dateline, a warning or a list item's label before a colon names no
    speaker of the sentence after it, and the paragraph's later sentences keep their own cues."""
    text = ("LINDI: It is around 8pm but Aisha Mohamed is still busy at her stall. The company says it has made video "
            "easier for beginners.")
    assert [(view(text, q)[1], q.speech) for q in quotes_in(text)] == [(":", False), ("says", True)]


def test_a_pull_quote_cut_at_a_comma_is_no_quote_but_one_credited_after_a_dash_is(quotes_in, view):
    text = ("Disney said on Tuesday that sign-ups passed 10 million.\n\n‘We had some issues,’\n\n"
            "Fans said they liked it: “It works well.” ― Ann Lee\n")
    assert [view(text, q)[2] for q in quotes_in(text) if q.kind == "direct"] == [["“It works well.”"]]


def test_colon_after_a_label_a_topic_or_before_a_tally_is_no_attribution(quotes_in, view):
    text = "Clinton: 1,769\n\nEditor’s note: This story has been updated.\n\nThe obstacle: Israel has refused to talk."
    assert [view(text, q)[1] for q in quotes_in(text)] == ["has refused"]


def test_transcript_turn_labels_name_no_speaker(quotes_in, view):
    """"Q:" and "A:" mark an interview's turns; the reports inside the answer are the attributions."""
    text = "Q: Will the plant close?\n\nA: I think the owners want to sell it."
    assert [view(text, q)[:3] for q in quotes_in(text)] == [("I", "think", ["the owners want to sell it"])]


def test_headline_name_before_a_colon_whatever_its_tag(quotes_in, view):
    text = "Sanders: Clinton email story has moved.\n\nThe senator spoke on Sunday."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == ("Sanders", ":", ["Clinton email story has moved"])


def test_headline_claim_without_a_verb(quotes_in, view):
    text = "Lynch: No outside influence on the inquiry.\n\nThe attorney general spoke on Sunday."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == ("Lynch", ":", ["No outside influence on the inquiry"])


def test_passive_raising_verb_has_subject_and_infinitive_as_content(quotes_in, view):
    text = "Biden is expected to announce the decision on Friday."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == (None, "is expected", ["Biden", "to announce the decision on Friday"])


def test_passive_raising_verb_takes_its_by_phrase_as_source(quotes_in, view):
    text = "The plan is considered risky by most economists."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == ("most economists", "is considered", ["The plan", "risky"])


def test_seem_attributes_an_impression(quotes_in, view):
    text = "The Israeli negotiators seemed confident after the meeting."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == (None, "seemed", ["The Israeli negotiators", "confident"])


def test_passive_cue_with_by_phrase(quotes_in, view):
    text = "The decision was first reported by CNN."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == ("CNN", "was first reported by", ["The decision"])


def test_raising_verb_over_a_cue_marks_the_embedded_stance(quotes_in, view):
    """"seemed to recognize X": the subject recognizes X; the raising verb joins the cue."""
    text = "Local officials seemed to recognize the scale of the damage."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == ("Local officials", "seemed to recognize", ["the scale of the damage"])


@pytest.mark.parametrize("text, cue, content", [
    ("Some Democrats are concerned that the tactics could make it harder to unite.", "are concerned",
     "that the tactics could make it harder to unite"),
    ("Farmers have been critical of the county’s use of river water.", "have been critical of",
     "the county’s use of river water"),
    ("The league is now more willing to let him stay as coach.", "is now more willing",
     "to let him stay as coach"),
])
def test_attitude_adjective_after_a_copula(quotes_in, view, text, cue, content):
    [quote] = quotes_in(text)
    assert view(text, quote)[1:3] == (cue, [content])


@pytest.mark.parametrize("text, roles", [
    ("His call for lower taxes won applause.", ("His", "call for", ["lower taxes"])),
    ("Their refusal to testify angered the committee.", ("Their", "refusal", ["to testify"])),
    ("Yet the senator's repeated claim that the budget is balanced was false.",
     ("the senator's", "repeated claim", ["that the budget is balanced"])),
])
def test_noun_cue_with_its_possessor_as_source(quotes_in, view, text, roles):
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == roles and not quote.speech


@pytest.mark.parametrize("text, source, cue", [
    ("Allegations that the council rigged the vote have circulated for weeks.", None, "Allegations"),
    ("The Pentagon statement that no troops were hurt came late on Friday.", "Pentagon", "statement"),
])
def test_statement_noun_with_a_that_clause_attributes_it(quotes_in, view, text, source, cue):
    """With no possessor, a noun naming an act of saying still attributes its "that" clause; a name
    compounded with it ("the Pentagon statement") is the source."""
    [quote] = quotes_in(text)
    assert view(text, quote)[:2] == (source, cue)
    assert view(text, quote)[2][0].startswith("that ")


def test_noun_of_belief_without_a_holder_attributes_nothing(quotes_in):
    assert quotes_in("The idea that the tax would pay for itself has few backers.") == []


@pytest.mark.parametrize("text, cue, content", [
    ("The governor made clear on Monday that she would veto the bill.", "made clear", "that she would veto the bill"),
    ("The governor has made it clear she will not run.", "has made it clear", "she will not run"),
])
def test_made_clear_reports_its_clause(quotes_in, view, text, cue, content):
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == ("The governor", cue, [content])


@pytest.mark.parametrize("text, cue, content", [
    ("The new curfew was announced on Sunday.", "was announced", ["The new curfew"]),
    ("The proposal has been widely condemned as a giveaway to developers.", "has been widely condemned as",
     ["The proposal", "a giveaway to developers"]),
    ("The contractor was accused of spying for a foreign government.", "was accused of",
     ["The contractor", "spying for a foreign government"]),
])
def test_passive_cue_without_agent_attributes_its_subject(quotes_in, view, text, cue, content):
    [quote] = quotes_in(text)
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
def test_light_verb_with_a_stance_noun_is_a_cue(quotes_in, view, text, source, cue, content):
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == (source, cue, [content])


def test_stance_verbs_are_attributions_but_not_speech(quotes_in, view):
    text = "Since the Hamas strikes on October 7, Biden has urged Israel to lower the number of civilian deaths."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == ("Biden", "has urged", ["to lower the number of civilian deaths"])
    text = "Successive rounds of talks have yet to bear fruit, with Washington largely blaming Hamas for the standoff."
    [quote] = quotes_in(text)
    # The object keeps the ground of the blame, as PolNeAR marks "accused X of Y", "blamed X for Y".
    assert view(text, quote)[:3] == ("Washington", "largely blaming", ["Hamas for the standoff"])
    assert not quote.speech


@pytest.mark.parametrize("text, cue, content, speech", [
    ("Adele and Konecki ended their marriage in April, but the singer later clarified that the break may only be "
     "short.", "later clarified", "that the break may only be short", True),
    ("The families shared how the endless search for child care left them feeling defeated.", "shared",
     "how the endless search for child care left them feeling defeated", False),
])
def test_a_stance_verb_with_a_that_clause_reports_speech(quotes_in, view, text, cue, content, speech):
    """A stance verb that takes a "that" clause reports what someone asserts, as "said" would (the
    real-news gold counts both); with a "how" clause or an object it stays a stance."""
    quote = next(q for q in quotes_in(text) if view(text, q)[1] == cue)
    assert view(text, quote)[2] == [content] and quote.speech == speech


@pytest.mark.parametrize("text, cue", [
    ("Many nurses don't think to ask about pets.", "don't think"),
    ("Judge Ellis knows the prosecutors are trying to squeeze Manafort.", "knows"),
    ("Blood tests showed that her liver could not clear as much sugar as normal.", "showed"),
    ("The nurse told her to throw out the old rugs and curtains.", "told"),
    ("But he remembered the smuggler had a large safe in his office.", "remembered"),
])
def test_thought_evidence_and_requests_are_attributions_but_not_speech(quotes_in, view, text, cue):
    """What someone thinks or knows, what a test shows and a request are no claim anyone is reported to
    have made (issue 13: none is in the real-news gold); PolNeAR still counts them."""
    [quote] = quotes_in(text)
    assert view(text, quote)[1] == cue and not quote.speech


@pytest.mark.parametrize("text, cue", [
    ("In his speech in Seoul in November, Mr. Trump called it cruel and barbaric.", "called"),
    ("The ministry tried to put a brave face on the talks, describing Canada as a close friend.", "describing"),
])
def test_a_name_given_in_the_writers_words_is_a_stance(quotes_in, view, text, cue):
    """"Called it cruel", "describing Japan as a great ally": the speaker's verdict in the writer's words is a
    stance, as the real-news gold counts it (issue 13), not a report of what was said."""
    [quote] = [q for q in quotes_in(text) if view(text, q)[1] == cue]
    assert not quote.speech


def test_a_quoted_name_is_a_direct_quote(quotes_in, view):
    text = "We flew to Oslo to test the headset ourselves. We called it “a small wonder when it chooses to behave.”"
    [quote] = [q for q in quotes_in(text) if q.kind == "direct"]
    assert view(text, quote)[1:3] == ("called", ["it “a small wonder when it chooses to behave.”"]) and quote.speech


@pytest.mark.parametrize("text", [
    "The trouble goes back years, to what I call the “attention market.” I refuse to take part in it.",
    "Your phone then asks the server for the image. This is called a “remote fetch.”",
    "People call it the “long winter” in the valley towns.",
])
def test_a_name_no_one_in_particular_gives_now_is_a_term_not_a_quote(quotes_in, text):
    """The writer's own name for a thing, a passive with no "by" and a name anyone uses are terms the thing
    goes by (ACLU, dev13): no one is quoted, and the naming stays a stance as an unquoted name would."""
    assert [q.kind for q in quotes_in(text) if q.kind == "direct" or q.speech] == []


def test_a_name_told_as_given_before_is_a_quote_though_no_one_is_named(quotes_in, view):
    """A naming told as a past act was someone's words (GLAAD, dev7, credits the critic in brackets after)."""
    text = "The show has been called a “warm and witty return to form” (Stage Weekly) and more."
    assert [view(text, q)[2] for q in quotes_in(text) if q.kind == "direct"] == [["a “warm and witty return to form”"]]


@pytest.mark.parametrize("text, cue, content, speech", [
    ("Mr Moeketsi further accused the headmen of being in the company's pocket.", "further accused",
     "the headmen of being in the company's pocket", True),
    ("British Foreign Secretary Ann Grey on Thursday accused Russia of using threats against its neighbours.",
     "accused", "Russia of using threats against its neighbours", True),
    ("Lacerda recounted a frightening story of cooking the boss a meal.", "recounted",
     "a frightening story of cooking the boss a meal", False),
    ("Marvel’s productions show no signs of slowing down.", "show", "no signs of slowing down", False),
    ("Hanks also confirms reports that Ryan slapped him during filming.", "also confirms",
     "reports that Ryan slapped him during filming", True),
    ("He also repeated claims that the headman keeps five percent of the fees.", "also repeated",
     "claims that the headman keeps five percent of the fees", True),
    ("The senator rejected arguments that the system dilutes votes.", "rejected",
     "arguments that the system dilutes votes", False),
    ("The Velm police said the packages each consisted of a padded envelope with a plastic interior containing wires.",
     "said", "the packages each consisted of a padded envelope with a plastic interior containing wires", True),
    ("Vosloo said the effort to unseat Brannock was not a failure.", "said",
     "the effort to unseat Brannock was not a failure", True),
    ("The choir said a prayer that the bishop wrote.", "said", "a prayer that the bishop wrote", False),
    ("The mayor said a few words she had written for the day.", "said", "a few words she had written for the day",
     False),
])
def test_a_claim_stated_through_the_object_is_speech(quotes_in, view, text, cue, content, speech):
    """"Accused the chiefs of being on the payroll" claims the chiefs were, and "confirms rumors that Ford
    punched him" that he did, as a "that" clause on the verb would: the real-news gold counts both as indirect
    quotes (issue 13), and PolNeAR as attributions either way. A gerund inside the object's own phrase ("a
    story of giving") tells no deed of the object, and a stance verb ("rejected") takes a stance on the claim.
    "Said" with an object holding a finite verb of its own states a clause the parser split ("said the packages
    each consisted of"), unless a relative clause describes the object ("a prayer that the bishop wrote")."""
    [quote] = [q for q in quotes_in(text) if view(text, q)[1] == cue]
    assert view(text, quote)[2] == [content] and quote.speech == speech


@pytest.mark.parametrize("text, cue, content, speech", [
    ("Senator Orla Fenwick spoke on Monday, accusing the port authority of being careless with the ferry fund.",
     "accusing", "the port authority of being careless with the ferry fund", True),
    ("Coach Ivo Marrant spoke after the match, praising his players for keeping their shape.",
     "praising", "his players for keeping their shape", True),
    ("Coach Ivo Marrant spoke after the match, praising his players.", "praising", "his players", False),
    ("Senator Orla Fenwick spoke on Monday, criticizing the port authority for its delays.",
     "criticizing", "the port authority for its delays", False),
    ("Senator Orla Fenwick spoke on Monday, citing the harbour report of last spring.",
     "citing", "the harbour report of last spring", False),
])
def test_a_participle_charging_its_object_with_a_deed_is_speech(quotes_in, view, text, cue, content, speech):
    """A participle clause that accuses someone of a deed or praises them for one reports what the main
    clause's subject said of them, as the real-news gold labels it; with its object alone, or with a verb not
    measured in that shape, it stays a stance on a thing."""
    [quote] = [q for q in quotes_in(text) if view(text, q)[1] == cue]
    assert view(text, quote)[2] == [content] and quote.speech == speech


@pytest.mark.parametrize("text, cue", [
    ("The prosecutor denied ever taking bribes.", "denied"),
    ("Askar released attack code he said exploits the flaw to crash any server.", "said"),
    ("The company believes the ruling is wrong.", "believes"),
    ("Mayor Odalys Brennt could not agree more that the pier needs a new roof.", "could not agree"),
])
def test_denials_claims_stated_beliefs_and_emphatic_agreement_stay_speech(quotes_in, view, text, cue):
    [quote] = quotes_in(text)
    assert view(text, quote)[1] == cue and quote.speech


@pytest.mark.parametrize("text, cue", [
    ("The harbour clerk asked whether the blue ferry had sunk off Vantry.", "asked"),
    ("Two fishermen asked that their names be kept out of the ledger.", "asked"),
    ("The ferry crew wondered if the storm would reach Vantry by noon.", "wondered"),
    ("The port authority did not say that the blue ferry had sunk.", "did not say"),
    ("Some skippers might argue that the quay at Vantry is too short.", "might argue"),
    ("We believe the new quay at Vantry will pay for itself within a decade.", "believe"),
    ("As you would expect, the Vantry ferry runs late in winter.", "would expect"),
])
def test_questions_hedged_reports_and_the_writers_own_view_are_no_speech(quotes_in, view, text, cue):
    """A question or a request, a report under a modal or a negation, and the view of the writer or the reader
    state no one's claim: the real-news gold counts none (issue 13); PolNeAR still counts the attribution."""
    quotes = [q for q in quotes_in(text) if view(text, q)[1] == cue]
    assert quotes and not any(q.speech for q in quotes)


@pytest.mark.parametrize("text, cue", [
    ("She went on to explain why this finding matters so much for teachers.", "went on to explain"),
    ("Krampf did not say why the thief may have picked the museum.", "did not say"),
    ("Connolly was asked how she would greet a visiting Chinese President Xi Jinping.", "Connolly was asked"),
])
def test_a_wh_clause_names_a_matter_not_what_was_said(quotes_in, view, text, cue):
    """"Explain why …", "did not say why …": the clause is what the words were about, not the words, and
    the real-news gold (issue 13) counts none of them; PolNeAR still counts the attribution."""
    [quote] = quotes_in(text)
    assert view(text, quote)[1] == cue and not quote.speech


@pytest.mark.parametrize("text", [
    "The chief said what happened in the newsroom was a tragedy.",
    "He said when he arrived the door was open.",
])
def test_a_wh_word_of_a_clause_inside_the_statement_stays_speech(quotes_in, view, text):
    [quote] = quotes_in(text)
    assert view(text, quote)[1] == "said" and quote.speech


@pytest.mark.parametrize("text, cue, speech", [
    ("Then an internal review found more desks may be added in cases where seats are scarce.", "found",
     True),
    ("The study found the craft could be made a third lighter.", "found", True),
    ("When she looked more closely, Howitt found that the fish carried more worms than expected.", "found",
     False),
    ("When firefighters arrived, they found six people dead inside the store.", "found", False),
    ("Some production workers find the convenience worth the higher price.", "find", False),
])
def test_a_finding_is_speech_only_when_a_study_concludes_a_clause(quotes_in, view, text, cue, speech):
    """The real-news gold counts what a study or analysis found, not what a person saw or a verdict on a
    thing (issue 13); PolNeAR counts every one."""
    [quote] = [q for q in quotes_in(text) if view(text, q)[1] == cue]
    assert quote.speech == speech


def test_trying_is_no_attribution(quotes_in):
    assert quotes_in("The group tried to block the vote.") == []


def test_finding_that_is_an_attribution(quotes_in, view):
    text = "Analysts found that turnout had dropped sharply."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == ("Analysts", "found", ["that turnout had dropped sharply"])


def test_finite_speech_verb_whose_subject_the_parser_lost(quotes_in, view):
    """The parser reads "4 in 10" as modifying "say"; a tensed verb of saying still reports its clause."""
    text = "About 4 in 10 say they expect the new chief to be more careful."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == (None, "say", ["they expect the new chief to be more careful"])


def test_infinitive_speech_verb_with_no_subject_reports_nothing_alone(quotes_in):
    text = "Now tell me the talks did not fail."
    assert quotes_in(text) == []


def test_a_see_label_before_a_linked_headline_is_no_cue(resolved_in, view):
    """"See:" points the reader to a linked story; the headline's subject did not say the quotation before."""
    text = ("“It’s just software. As we see it, it is a tool for advisers.” See: Schwab puts hundreds of its "
            "advisers under a fee for its new app.")
    assert all(view(text, quote)[1] != "See:" for quote in resolved_in(text))
    assert all(quote.speaker != "Schwab" for quote in resolved_in(text))


def test_a_title_closing_before_the_reported_clause_leaves_it_indirect(quotes_in, view):
    """The closing mark of a book's title, hung by the parser on the clause after it, quotes nothing of it."""
    text = ("But as Daniel Kessler says in his new book, “Loaded Dice: How Chance Tricks Our Minds,” people mostly "
            "are bad at judging how likely things are.")
    [quote] = quotes_in(text)
    assert view(text, quote) == ("Daniel Kessler", "says",
                                 ["people mostly are bad at judging how likely things are"],
                                 "Daniel Kessler", "indirect")


@pytest.mark.parametrize("text, source", [
    # a verb of no saying closes the speech tag of a quotation left open on its comma
    ("Connolly was asked whether she would challenge him.\n\n“The war was paid for and armed by foreign "
     "money,” Connolly began, before being asked again.", "Connolly"),
    ("“We will stay right here!” they chanted. There were no signs of trouble.", "they"),
], ids=["name-began", "pronoun-chanted"])
def test_any_verb_after_a_quotation_open_on_its_comma_is_its_speech_tag(quotes_in, view, text, source):
    quote = quotes_in(text)[-1]
    assert view(text, quote)[0] == source and view(text, quote)[4] == "direct"


def test_a_verb_with_an_object_after_a_quotation_is_no_speech_tag(quotes_in):
    """"“…,” Smith began a book": the verb does something of its own, so the quotation only goes on from the
    attribution before it."""
    text = "Smith said the trip was long.\n\n“It was a good day,” Smith began a book about it."
    quote = quotes_in(text)[-1]
    assert (quote.kind, quote.cue, quote.source) == ("direct", None, None)


def test_according_to_over_a_speech_tag_names_the_medium_not_a_second_claim(quotes_in, view):
    """"“…,” the mayor said, according to the Gazette": the words are the mayor's; the paper only carried them,
    so its attribution is no speech. A plain clause stays the paper's claim."""
    relayed = "“We will rebuild the pier by spring,” Odalys Brennt said at the fair, according to the Vantry Gazette."
    assert not any(q.speech for q in quotes_in(relayed) if q.kind == "indirect")
    plain = "The pier will be rebuilt by spring, according to the Vantry Gazette."
    [quote] = quotes_in(plain)
    assert view(plain, quote)[0] == "the Vantry Gazette" and quote.speech


def test_according_to_over_a_quotation_holding_its_verb_stays_the_mediums_speech(quotes_in):
    text = "According to the Vantry Gazette, “Odalys Brennt then admitted the pier was rotten.”"
    assert any(q.speech for q in quotes_in(text))


@pytest.mark.parametrize("text, speech", [
    ("The ferry is slow. That said, Ostervale promised more, and the pier is still closed.", False),
    ("Ostervale officials said that, in any case, the ferry would run on Sunday.", True),
])
def test_the_writers_that_said_is_no_speech(quotes_in, text, speech):
    """"That said," turns the writer's own argument; a "that" opening a reported clause is no source."""
    [quote] = quotes_in(text)
    assert quote.speech == speech


@pytest.mark.parametrize("text, source, content", [
    ("Harbour master Ilse Quarrend opines that the new pier will not survive another winter.",
     "Harbour master Ilse Quarrend", "the new pier will not survive another winter"),
    ("Councillor Bram Ettelby reasoned that the toll would pay for the ferry within a decade.",
     "Councillor Bram Ettelby", "the toll would pay for the ferry within a decade"),
    ("Mayor Tilda Brannock hinted that Ostervale would bid for the regatta again.",
     "Mayor Tilda Brannock", "Ostervale would bid for the regatta again"),
    ("The Ostervale Port Authority anticipates that cargo traffic will double by 2031.",
     "The Ostervale Port Authority", "cargo traffic will double by 2031"),
    ("Analyst Corvin Maddox projects that the harbour will turn a profit next year.",
     "Analyst Corvin Maddox", "the harbour will turn a profit next year"),
])
def test_verbs_of_stating_and_forecasting_report_their_clause(quotes_in, view, text, source, content):
    """A verb of stating ("opines", "reasoned") or of forecasting ("anticipates", "projects") with a clause
    reports what its subject said, as "said" would."""
    [quote] = quotes_in(text)
    found, _, contents, _, kind = view(text, quote)
    assert (found, [c.removeprefix("that ") for c in contents], kind) == (source, [content], "indirect")


@pytest.mark.parametrize("text", [
    "The old lighthouse projected a beam across the bay of Ostervale every night.",
    "The ferry company of Ostervale anticipates strong demand for the summer crossings.",
    "Sister Wenna Callow narrated the festival film about the harbour.",
    "The mast at Brannock Point relayed the signal to the ferries.",
])
def test_verbs_of_forecasting_and_relaying_with_a_thing_report_nothing(quotes_in, text):
    """"Projected a beam", "anticipates demand": with a noun object those verbs act on a thing and attribute
    nothing; only a clause makes them report."""
    assert [q for q in quotes_in(text) if q.kind != "stance"] == []
