"""Each article's lead event, read by the full pipeline from a dated article: which sentence and predicate
lead, when the event took place (a day, or an honest range), and who acted."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from dateline.confidence import below_line, party_confidence
from dateline.extract.events.lead import (
    _complement_act,
    _misparsed_verb,
    _named_elsewhere,
    _past_dateline,
    _proper_name,
    _subject,
    lead_candidates,
    stored_lead,
    story_sentences,
)
from dateline.model import Article, PublicationDate, Sentence
from dateline.nlp.pipeline import make_doc, shared_pipeline
from dateline.records import Event

#: A Tuesday.
PUBLISHED = PublicationDate(earliest=date(2019, 11, 19), latest=date(2019, 11, 19), basis="metadata")


@pytest.fixture(scope="module")
def pipeline() -> Language:
    return shared_pipeline()


def _lead(pipeline: Language, text: str, title: str | None = None) -> tuple[str, Event]:
    doc = pipeline(make_doc(pipeline, Article(id="a", source="a", text=text, title=title, published=PUBLISHED)))
    leads = [event for event in doc._.events if event.main]
    assert len(leads) == 1
    return text, leads[0]


def _words(text: str, span: tuple[int, int] | None) -> str | None:
    return text[span[0]:span[1]] if span is not None else None


def _when(event: Event) -> tuple[str | None, str | None, str | None]:
    return event.date, event.earliest, event.latest


def test_the_lead_is_the_sentence_that_restates_the_headline_not_the_dek_between(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Ambassador Jane Porter Quietly Met With Rebel Commander Ahmed Salim.\n\n"
                                 "The government is hoping to open peace talks within months.\n\n"
                                 "Ambassador Jane Porter met with rebel commander Ahmed Salim in the hills on "
                                 "Sunday, officials confirmed.\n\nThe talks lasted three hours.")
    assert (_words(text, lead.trigger), _words(text, lead.actor), lead.date) == \
        ("met", "Ambassador Jane Porter", "2019-11-17")


#: A story whose text opens on its lead paragraph, with no headline line above it.
UNHEADED = ("The government is hoping to open peace talks within months.\n\nAmbassador Jane Porter met with rebel "
            "commander Ahmed Salim in the hills on Sunday, officials confirmed.\n\nThe talks lasted three hours.")


@pytest.mark.parametrize(("title", "trigger"), [
    ("Ambassador Porter Quietly Meets Rebel Commander Salim | The Daily Planet", "met"),
    (None, "hoping")])
def test_where_the_text_has_no_headline_the_sentence_the_title_restates_leads(pipeline: Language,
                                                                              title: str | None,
                                                                              trigger: str) -> None:
    text, lead = _lead(pipeline, UNHEADED, title)
    assert _words(text, lead.trigger) == trigger


def test_a_first_sentence_restating_part_of_the_title_leads_over_a_later_one_restating_more(
        pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Former President Bill Clinton praised Bob Dole in a speech on Monday.\n\n"
                                 "He added that the two men kept their doors open.\n\nClinton was in Lawrence to "
                                 "accept the Dole Leadership Prize.",
                       "Clinton speaks as he accepts Dole Leadership Prize in Lawrence - Journal-World")
    assert (_words(text, lead.trigger), lead.date) == ("praised", "2019-11-18")


@pytest.mark.parametrize("opening", [
    "Police in Ostervale made an arrest on Friday in a string of warehouse fires.",
    "Police in Ostervale have made an arrest today in a string of warehouse fires."])
def test_a_first_sentence_telling_an_act_leads_over_a_later_detail_restating_the_title(pipeline: Language,
                                                                                     opening: str) -> None:
    text, lead = _lead(pipeline, opening + "\n\nA city official named the suspect as Dorian Pell, 41.\n\n"
                                 "Pell has a long record of arson charges in the county.",
                       "Arson Suspect With Long Record Held in Ostervale")
    assert (_words(text, lead.trigger), (_words(text, lead.actor) or "").split()[0]) == ("made", "Police")


def test_an_undated_present_perfect_opening_still_gives_way_to_the_sentence_restating_the_title(
        pipeline: Language) -> None:
    text = ("Many of the county's fires lately have started in old warehouses.\n\nA city official named the "
            "suspect as Dorian Pell, 41.\n\nPell has a long record of arson charges in the county.")
    doc = pipeline(make_doc(pipeline, Article(id="a", source="a", text=text, published=PUBLISHED,
                                              title="Arson Suspect With Long Record Held in Ostervale")))
    assert lead_candidates(doc, 3)[0].text.startswith("Pell has")


def test_a_sentence_restating_the_title_does_not_displace_the_lead_its_dateline_opens(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "MIDVALE — Mayor Ann Ortolan signed the city's new spending plan on Monday.\n\n"
                                 "Activist groups slammed the budget vote as reckless.\n\nThe plan takes effect in "
                                 "March.", "Activists Slam Budget Vote")
    assert (_words(text, lead.trigger), _words(text, lead.actor), lead.date) == \
        ("signed", "Mayor Ann Ortolan", "2019-11-18")


def test_a_past_tense_the_parser_hung_after_a_compounded_name_leads_with_the_name_acting(
        pipeline: Language) -> None:
    words = ["MIDVALE", "—", "Mayor", "Ortolan", "assailed", "councillors", "on", "Friday", "."]
    heads = [5, 5, 3, 5, 5, 5, 5, 6, 5]
    deps = ["dep", "punct", "compound", "compound", "amod", "ROOT", "prep", "pobj", "punct"]
    tags = ["NNP", ":", "NNP", "NNP", "VBN", "NNS", "IN", "NNP", "."]
    pos = ["PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"]
    doc = Doc(pipeline.vocab, words=words, spaces=[True] * 7 + [False, False], heads=heads, deps=deps, tags=tags,
              pos=pos)
    assert (_misparsed_verb(doc[:]), _subject(doc[4])) == (doc[4], doc[3])


@pytest.mark.parametrize(("text", "act", "actor"), [
    ("The Ostervale Ferry Company is thrilled to have Ann Ortolan, a longtime deckhand, as its new captain.\n\n"
     "We asked her about the future. She said the ferries would keep running.", "have", "Ostervale Ferry Company"),
    ("Mayor Ansel Quill hasn't been quiet in recent days about the harbor levy, calling it a tax on sailors.\n\n"
     "That follows remarks he made to reporters last week. The levy takes effect in March.", "calling",
     "Mayor Ansel Quill"),
])
def test_a_copula_leads_through_the_act_its_complement_tells_with_its_subject_acting(
        pipeline: Language, text: str, act: str, actor: str) -> None:
    """Through the adjective's infinitive ("is thrilled to have") or the participle hung on the copula."""
    _, lead = _lead(pipeline, text)
    assert (_words(text, lead.trigger), _words(text, lead.actor)) == (act, actor)


def test_an_it_standing_for_the_infinitive_after_a_copula_does_no_act(pipeline: Language) -> None:
    doc = pipeline("Watching the Ostervale harbor debate, it was tempting to think the levy would pass.")
    assert _complement_act(next(doc.sents).root, []) is None


def test_a_dateline_the_parser_takes_for_the_subject_gives_way_to_the_subject(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "PARIS -- The European Space Agency says sending robots to the Moon first "
                                 "could make it cheaper to build a base there.")
    assert _words(text, lead.actor) == "European Space Agency"


def test_an_appositive_names_a_nameless_actor(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "TOKYO — Japan's prime minister, Fumio Kishida, announced on Monday that his "
                                 "government would raise defense spending.")
    assert (_words(text, lead.actor), lead.date) == ("Japan's prime minister, Fumio Kishida", "2019-11-18")


def test_an_appositive_names_a_capitalised_title_the_tagger_took_for_a_name(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Chief Minister of Sabah, Hajiji Noor, announced on Monday a new budget for "
                                 "rural roads.")
    assert (_words(text, lead.actor), _words(text, lead.actor_mention)) == \
        ("Chief Minister of Sabah, Hajiji Noor", "Hajiji Noor")


def test_a_nameless_actor_takes_the_name_the_next_sentence_gives_the_same_act(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "A Texas man pleaded guilty Monday to threatening a judge, prosecutors said.\n\n"
                                 "Robert Allen Smith, 41, pleaded guilty to making threats against a federal "
                                 "official.")
    assert (_words(text, lead.trigger), lead.date) == ("pleaded", "2019-11-18")
    assert _words(text, lead.actor) == "Robert Allen Smith"


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    # an agentless passive: the actor the next sentence names telling the act again, by its nominalisation
    ("Ada Limon, a poet who teaches at the University of Kentucky, has been announced as the state "
     "Poet Laureate for 2022-2024. Governor Andy Beshear made the announcement on Wednesday.",
     "announced", "Governor Andy Beshear"),
    # … or by a nameless body that the next sentence says did it
    ("State Senator Tom Reyes and his aide were indicted Tuesday on fraud charges. A grand jury in Denver "
     "indicted the pair on 12 counts of wire fraud.", "indicted", "grand jury in Denver"),
    # … and none from a sentence telling another act
    ("Ada Limon has been announced as the state Poet Laureate for 2022-2024. Governor Andy "
     "Beshear made the trip to Lexington on Wednesday.", "announced", None),
    # a merely possible copula: the act it follows
    ("BOULDER, Colo. — Cheaper solar panels could be on the way after engineers from The "
     "University of Colorado at Boulder and Purdue cracked a hard puzzle. Thin films turn light into "
     "power.", "cracked", "engineers from The University of Colorado"),
    # a framing lead with a thing for subject: the act its "as" clause tells, where a party does it
    ("DENVER (AP) — Fresh doubt hangs over the Republican race for governor as six candidates gather on "
     "the debate stage one more time.", "gather", "candidates"),
    # … and where none does, the mood is the news, its thing kept as the actor's candidate for audit
    ("Hearts raced and hopes rose as months of long training were finally paying off.", "raced", "Hearts"),
])
def test_a_lead_takes_its_act_and_actor_from_the_clause_or_sentence_that_tells_them(
        pipeline: Language, text: str, trigger: str, actor: str | None) -> None:
    text, lead = _lead(pipeline, text)
    assert (_words(text, lead.trigger), _words(text, lead.actor)) == (trigger, actor)


def test_a_plan_said_with_no_time_of_its_own_leaves_the_saying_as_the_news(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "VIENNA — The old customs house will be turned into a museum, Austria's culture "
                                 "minister said on Monday.")
    assert (_words(text, lead.trigger), lead.date, _words(text, lead.actor)) == \
        ("said", "2019-11-18", "Austria's culture minister")


def test_a_plan_said_with_its_own_time_is_the_news(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "The president will travel to Cairo on Thursday, the White House said on Monday.")
    assert (_words(text, lead.trigger), lead.status, lead.date) == ("travel", "planned", "2019-11-21")


def test_a_plan_with_no_time_or_saying_yields_the_lead_to_its_announcement_in_the_next_sentence(
        pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Boise-based Lumen now will have its solar kits sold inside 300 "
                                 "Home Depot stores across the nation.\n\n"
                                 "Lumen Energy is opening kiosks inside 300 Home Depot outlets nationwide "
                                 "as part of a new retail deal, the company said Monday.")
    assert (_words(text, lead.trigger), lead.date) == ("said", "2019-11-18")


def test_a_scheduled_act_leads_with_the_range_it_is_scheduled_for(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Apple is set to launch its new tablet next month, the company said.")
    assert (_words(text, lead.trigger), lead.status, _words(text, lead.actor)) == ("launch", "planned", "Apple")
    assert _when(lead) == (None, "2019-12-01", "2019-12-31")


def test_a_simple_past_lead_with_no_day_named_keeps_its_range_and_its_saying_s_day_is_only_a_candidate(
        pipeline: Language) -> None:
    _, lead = _lead(pipeline, "Home Depot reported second-quarter profits that beat forecasts as sales came in "
                              "light.\n\nShares fell in early trading.")
    assert _when(lead) == (None, None, "2019-11-19")
    assert not lead.news_of_day
    text, lead = _lead(pipeline, "Home Depot reported second-quarter profits that beat forecasts as sales came in "
                                 "light, the company said on Tuesday.")
    assert (lead.status, _when(lead)) == ("claimed", ("2019-11-19", None, "2019-11-19"))
    assert not lead.news_of_day and "Tuesday" in [_words(text, span) for span in lead.candidate_dated_by]


def test_a_past_act_a_dated_saying_reports_is_on_or_before_that_day_not_its_news(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "An Ohio woman pleaded guilty to charges she threatened to harm a senator, "
                                 "the U.S. Attorney's Office announced Monday.")
    assert (_words(text, lead.trigger), lead.status, _when(lead)) == ("pleaded", "claimed",
                                                                      ("2019-11-18", None, "2019-11-18"))
    assert not lead.news_of_day and [_words(text, span) for span in lead.candidate_dated_by] == ["Monday"]


def test_news_of_the_day_keeps_the_expression_of_its_opening_that_names_the_publication_day(
        pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Home Depot has reported second-quarter profits that beat forecasts.\n\n"
                                 "Shares rose 2 percent in early trading on Tuesday.")
    assert _when(lead) == ("2019-11-19", None, "2019-11-19")
    assert lead.news_of_day and [_words(text, span) for span in lead.said_dated_by] == ["Tuesday"]


#: A lead whose show's name "Today" is read as the day of writing.
TODAY_SHOW = ("The lawyer for the Reyes family said in an appearance on NBC's \"Today\" that "
              "prosecutors have charged the two other guards involved in the death.")


@pytest.mark.parametrize(("when", "said_by"), [("on NBC's \"Today\"", []), ("on Tuesday", ["Tuesday"])])
def test_only_a_day_named_by_the_calendar_not_the_day_of_writing_vouches_for_the_news_of_the_day(
        pipeline: Language, when: str, said_by: list[str]) -> None:
    text, lead = _lead(pipeline, TODAY_SHOW.replace("on NBC's \"Today\"", when))
    assert (_words(text, lead.trigger), _when(lead)) == ("charged", ("2019-11-19", None, "2019-11-19"))
    assert lead.news_of_day and [_words(text, span) for span in lead.said_dated_by] == said_by


@pytest.mark.parametrize(("when", "day", "said_by"), [("on Tuesday", "2019-11-19", ["Tuesday"]), ("today", None, [])])
def test_a_lead_with_no_day_is_the_news_of_the_publication_day_the_story_named_by_then(
        pipeline: Language, when: str, day: str | None, said_by: list[str]) -> None:
    text, lead = _lead(pipeline, f"Brannock Quay is a fishing harbour in Ostervale that reopened {when} after "
                                 "the storm.\n\nThe fishermen of Ostervale marched to the harbour office and "
                                 "handed the warden a petition.")
    assert (_words(text, lead.trigger), _when(lead)) == ("marched", (day, None, "2019-11-19"))
    assert [_words(text, span) for span in lead.said_dated_by] == said_by


def test_a_past_progressive_lead_with_no_day_named_keeps_its_range_as_a_simple_past_one_does(
        pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Investigators were reviewing possible terror links to the gunman, the FBI said."
                                 "\n\nThe gunman was killed in a shootout with police.")
    assert (_words(text, lead.trigger), _when(lead)) == ("reviewing", (None, None, "2019-11-19"))


def test_a_simple_past_lead_is_only_bounded_when_its_opening_names_an_earlier_day_its_candidate(
        pipeline: Language) -> None:
    _, lead = _lead(pipeline, "Home Depot reported second-quarter profits that beat forecasts.\n\n"
                              "Its rival Lowe's reported its own results on Monday.")
    assert _when(lead) == ("2019-11-18", None, "2019-11-19")
    assert not lead.news_of_day and lead.candidate_dated_by


def test_a_present_perfect_lead_is_only_bounded_when_its_opening_names_an_earlier_day_its_candidate(
        pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Two actors who played elves at a winter fair in Ohio have tested "
                                 "positive for measles.\n\nThe pair were diagnosed with the disease on Sunday.")
    assert (_words(text, lead.trigger), _when(lead)) == ("tested", ("2019-11-17", None, "2019-11-19"))
    assert not lead.news_of_day and [_words(text, span) for span in lead.candidate_dated_by] == ["Sunday"]


@pytest.mark.parametrize(("text", "trigger", "when"), [
    ("Most Americans feel that the federal government should do more to regulate drones.", "feel",
     (None, None, "2019-11-19")),
    ("Scottish football bosses have no plans to bar umpires from refereeing games of their old teams.\n\n"
     "The row began when a referee took charge of a match on Sunday.", "have", ("2019-11-17", None, "2019-11-19"))])
def test_a_present_lead_tells_a_state_with_no_day_so_keeps_its_range(pipeline: Language, text: str, trigger: str,
                                                                     when: tuple[str | None, ...]) -> None:
    _, lead = _lead(pipeline, text)
    assert (_words(text, lead.trigger), _when(lead)) == (trigger, when)
    assert not lead.news_of_day


def test_a_lead_left_with_a_range_takes_the_day_its_opening_tells_in_the_past_not_one_to_come(
        pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Just hours after police arrested the suspect, authorities flew him back to "
                                 "Charleston.\n\nMany residents stopped outside the church on Thursday. He will "
                                 "be arraigned at 2 p.m. Friday.")
    assert (_words(text, lead.trigger), _when(lead)) == ("flew", ("2019-11-14", None, "2019-11-19"))


def test_an_only_possible_root_yields_to_the_act_it_follows(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Robert Allen Smith, 41, could get as many as 10 years behind bars after pleading "
                                 "guilty to threatening a federal judge.")
    assert (_words(text, lead.trigger), _words(text, lead.actor)) == ("pleading", "Robert Allen Smith")
    assert _when(lead) == (None, None, "2019-11-19")


def test_a_present_perfect_sentence_closing_on_a_day_is_no_photo_caption(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "The long-awaited streaming service has finally arrived as Google's Stadia "
                                 "launched Tuesday morning.")
    assert (_words(text, lead.trigger), lead.date) == ("launched", "2019-11-19")  # the "as" clause: its news


def test_an_actor_starts_after_the_dateline_before_it(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "WASHINGTON (Reuters) - U.S. President Donald Trump on Monday signed an order to "
                                 "ban the app.")
    assert (_words(text, lead.actor), lead.date) == ("U.S. President Donald Trump", "2019-11-18")


def test_a_passive_lead_is_acted_by_its_by_phrase_and_by_no_one_without_one(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "A man was arrested by police on Monday after a chase.")
    assert _words(text, lead.actor) == "police"
    text, lead = _lead(pipeline, "Two service members have been killed in an attack in Syria, the military said.")
    assert (_words(text, lead.trigger), lead.actor, lead.date) == ("killed", None, "2019-11-19")


@pytest.mark.parametrize(("text", "actor"), [
    ("State Senator Paul Reyes and his aide were charged with fraud over $80,000 in campaign funds, prosecutors "
     "announced Monday.", "prosecutors"),
    ("A full 70 percent of the search results for the two storms were biased toward the right, a new study "
     "revealed Wednesday.", "new study"),
])
def test_an_agentless_passive_lead_is_acted_by_the_source_that_discloses_it(pipeline: Language, text: str,
                                                                           actor: str) -> None:
    text, lead = _lead(pipeline, text)
    assert _words(text, lead.actor) == actor


@pytest.mark.parametrize(("text", "actor"), [
    ("Acme Foods was supposed to be the state's largest employer by now, but it has cut 300 jobs.", "Acme Foods"),
    ("Mayor Jane Holt was seen leaving the council chamber on Monday before the vote.", "Mayor Jane Holt"),
])
def test_a_passive_that_only_tells_how_its_subjects_act_came_to_light_is_acted_by_its_subject(
        pipeline: Language, text: str, actor: str) -> None:
    text, lead = _lead(pipeline, text)
    assert (_words(text, lead.actor), lead.target) == (actor, None)


def test_an_order_told_in_the_passive_keeps_no_actor(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "The senator was forced to resign on Monday after the vote.")
    assert lead.actor is None


def test_a_candidates_seat_is_no_organisation_the_candidate_belongs_to(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "A Democratic candidate for the U.S. Senate was caught saying that she would "
                                 "close the border.\n\nMaria Delgado, a former teacher, is running in Arizona.")
    assert (_words(text, lead.actor), _words(text, lead.actor_mention)) == ("Maria Delgado", "Maria Delgado")


def test_a_nameless_actor_is_of_the_organisation_its_phrase_names_not_of_a_place(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "A group led by researchers out of NASA's Jet Propulsion Laboratory in "
                                 "Pasadena, California, has spotted traces of frost under the crust of Mars.")
    assert (_words(text, lead.actor), _words(text, lead.actor_mention)) == \
        ("group led by researchers out of NASA's Jet Propulsion Laboratory", "Jet Propulsion Laboratory")
    text, lead = _lead(pipeline, "Researchers in Maryland have found water on Europa.")
    assert (_words(text, lead.actor), lead.actor_mention) == ("Researchers", None)


@pytest.mark.parametrize(("text", "trigger", "thing"), [
    ("The new rule comes as the Ministry of Labour is due to raise the lowest wage for work permits.",
     "comes", "new rule"),
    ("Loud disputes often arise about how bright or dim to keep an office.", "arise", "disputes"),
    ("The group stage of qualifying finished on Friday, and 16 teams have booked their places in next winter's "
     "finals.", "booked", "group stage of qualifying"),
    ("A glitch in the enormously popular video game Minecraft makes it possible to crash servers.", "makes",
     "glitch in the enormously popular video game Minecraft"),
])
def test_a_thing_for_subject_is_kept_as_a_thing_and_is_no_party(pipeline: Language, text: str, trigger: str,
                                                                 thing: str) -> None:
    _, lead = _lead(pipeline, text)
    assert (_words(text, lead.trigger), _words(text, lead.actor), lead.actor_mention, lead.actor_evidence,
            lead.actors) == (trigger, thing, None, "thing", ())


@pytest.mark.parametrize(("text", "trigger", "evidence"), [
    ("Tensions are rising once more between India and Pakistan. On Friday, Pakistan tested a "
     "medium-range ballistic missile.", "tested", None),
    # no named party acts in the next sentence: the scene stays, its thing below the line
    ("Loud disputes often arise about how bright or dim to keep an office. Many firms keep their lights "
     "low.", "arise", "thing"),
    # the writer's or the reader's voice sets the scene too, whatever it does, and so does a pronoun for no one
    ("I do not like where this is going. Ohio Secretary of State Frank LaRose postponed the state's primary on "
     "Monday.", "postponed", None),
    ("It looks like the governor is having second thoughts about the pipeline. On Friday, Governor Anna Reyes "
     "halted the permits.", "halted", None),
    # "we" may be a party speaking as itself (a company's blog, a press release): its act leads
    ("In March we awarded a $2 million grant to a clinic network in rural Kenya. The Kenyan Ministry of Health "
     "approved the network's plan for the grant in April.", "awarded", None),
])
def test_a_scene_setting_lead_yields_only_to_a_named_partys_act_in_the_next_sentence(
        pipeline: Language, text: str, trigger: str, evidence: str | None) -> None:
    _, lead = _lead(pipeline, text)
    assert (_words(text, lead.trigger), lead.actor_evidence) == (trigger, evidence)


def test_a_name_the_entity_recogniser_missed_is_marked_proper_and_a_word_for_people_is_not(
        pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Vidyard announced a new video platform for sales teams on Tuesday.")
    assert (_words(text, lead.actor), lead.actor_mention, lead.actor_evidence) == ("Vidyard", None, "proper")
    text, lead = _lead(pipeline, "Protesters cheered on Tuesday as the four officers were charged.")
    assert (_words(text, lead.actor), lead.actor_evidence) == ("Protesters", None)


def test_a_capital_the_recogniser_missed_is_no_proper_name_in_a_finding_another_source_claims(
        pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Geoengineering, a new technology, also has the power to ease "
                                 "partisan divides over climate change, according to a new study.")
    assert (_words(text, lead.actor), lead.actor_mention, lead.actor_evidence) == ("Geoengineering", None, None)
    assert below_line(party_confidence("Geoengineering", None, lead.actor, (0, len(text)), lead_actor=True))
    # an actor that is its own source stays a proper name
    text, lead = _lead(pipeline, "Vidyard launched a new video platform for sales teams on Tuesday, Vidyard said.")
    assert (_words(text, lead.actor), lead.actor_mention, lead.actor_evidence) == ("Vidyard", None, "proper")


def test_a_subject_with_bail_set_is_a_thing_kept_for_audit(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Two former Dayton police officers had bail set at as much as $250,000 at "
                                 "their arraignment Friday.")
    assert (_words(text, lead.trigger), lead.actor_evidence, lead.actors) == ("set", "thing", ())


def test_a_subject_a_lead_only_classes_does_nothing_and_is_kept_for_audit(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Oregon has become the 9th US state to ban the sale of flavoured vapes.")
    assert (_words(text, lead.trigger), _words(text, lead.actor), lead.actor_evidence, lead.actors) == \
        ("become", "Oregon", "thing", ())
    # an adjective for the complement may tell the subject's own conduct
    text, lead = _lead(pipeline, "Judge T.S. Ellis became very irritated with the prosecutors on Wednesday.")
    assert (_words(text, lead.actor), lead.actor_evidence) == ("Judge T.S. Ellis", None)


def test_a_sentence_that_only_describes_by_a_relative_clause_yields_the_lead_to_the_next(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "CalMatters is a nonprofit newsroom that covers the state capital.\n\n"
                                 "Senator Richard Burr sold off a large share of his stocks on Feb. 13.")
    assert (_words(text, lead.trigger), _words(text, lead.actor)) == ("sold", "Senator Richard Burr")


def test_a_question_reports_no_event_and_the_next_sentence_leads(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "If the rebels were really winning the war, as their backers insist every day, do "
                                 "you think General Omar Hassan would have resigned?\n\nGeneral Omar Hassan "
                                 "resigned on Monday after a week of defeats in the north.")
    assert (_words(text, lead.trigger), _words(text, lead.actor), lead.date) == \
        ("resigned", "General Omar Hassan", "2019-11-18")


def test_a_word_for_people_or_a_name_stays_the_actor_of_a_lead(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "A man blasted his way into a newsroom on Thursday.")
    assert _words(text, lead.actor) == "man"
    text, lead = _lead(pipeline, "For August 2019, the Firefox Android usage did rise a little on a percentage basis.")
    assert _words(text, lead.actor) == "Firefox Android usage"
    text, lead = _lead(pipeline, "A minefield explosion killed two Iraqi youths on Monday.")
    assert _words(text, lead.actor) == "minefield explosion"
    text, lead = _lead(pipeline, "The attorney representing the Ruiz family said on Wednesday that the two "
                                 "other guards will also be charged.")
    assert (_words(text, lead.trigger), _words(text, lead.actor)) == ("said", "attorney")
    text, lead = _lead(pipeline, "The city's winter fuel payment scheme is set to change from December 1.")
    assert _words(text, lead.actor) == "city's winter fuel payment scheme"

def test_a_plan_months_ahead_leaves_its_announcement_as_the_news(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Cannabis firm Canopy Growth said on Tuesday its chief executive, David Klein, "
                                 "will step down when the fiscal year closes on March 31.")
    assert (_words(text, lead.trigger), lead.date, _words(text, lead.actor)) == \
        ("said", "2019-11-19", "Cannabis firm Canopy Growth")


def test_an_indefinite_actor_takes_the_name_the_next_sentence_opens_with(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "A woman who was held captive for years has revealed how she escaped.\n\n"
                                 "Maria Lopez, now 37, says she was never allowed to leave the house.")
    assert (_words(text, lead.trigger), _words(text, lead.actor)) == ("revealed", "Maria Lopez")


def test_an_indefinite_actor_takes_no_name_from_a_source_named_after_what_it_reports(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "A gunman opened fire early Sunday in a packed nightclub, killing 50 people.\n\n"
                                 "ISIS claimed responsibility for the attack on Sunday afternoon, Reuters reported.")
    assert (_words(text, lead.trigger), _words(text, lead.actor)) == ("opened", "gunman")


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    # a nameless source set after its claim: the next sentence's subject is another party
    ("Lindqvist's new ballot map is lawful, a federal appeals court ruled Wednesday.\n\nThe Ostervale Voters "
     "League and a group of farmers filed suit in 2018 to strike the map down.", "ruled", "federal appeals court"),
    # a body named by its owner: a later sentence's subject doing the same act is someone else
    ("OSTERVALE – Tilda Brannock's mayoral campaign on Friday released a letter from her doctor and ten years of "
     "tax returns.\n\nOn the same day, the Harbor Authority released its audit of the port.", "released",
     "Tilda Brannock's mayoral campaign"),
])
def test_a_lead_actor_its_own_sentence_names_takes_no_name_from_the_next(pipeline: Language, text: str, trigger: str,
                                                                         actor: str) -> None:
    _, lead = _lead(pipeline, text)
    assert (_words(text, lead.trigger), _words(text, lead.actor)) == (trigger, actor)


@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("EDITOR'S NOTE: The city's mayor on Monday revised the death toll to 49. The 50th body was the gunman's.\n\n"
     "A gunman opened fire on Sunday in a packed nightclub, killing 50 people.", "opened", "2019-11-17"),
    ("(This article was last updated at 9:05 a.m. ET.)\n\nHundreds of residents gathered outside the church on "
     "Monday to mourn the victims.", "gathered", "2019-11-18"),
    ("Editor's Note: At first this note quoted people giving a figure of $200 million on Monday.\n\n"
     "Schwab launched its robo-adviser on Tuesday with no fees.", "launched", "2019-11-19"),
])
def test_an_editor_s_note_above_the_story_is_no_lead(pipeline: Language, text: str, trigger: str, day: str) -> None:
    _, lead = _lead(pipeline, text)
    assert (_words(text, lead.trigger), lead.date) == (trigger, day)


@pytest.mark.parametrize(("text", "trigger", "actor", "day"), [
    # the parser hangs the clause on the dateline as its root: the clause leads, with its own subject
    ("Thousands of nurses fill Ohio Statehouse for rally\n\nColumbus – Several thousand nurses "
     "in blue scrubs surrounded the Ohio Statehouse on Tuesday to demand safer staffing and fairer pay from the "
     "state's lawmakers in a rally that emptied many of the city's clinics "
     "for the day.", "surrounded", "nurses", "2019-11-19"),
    ("Akron, Ohio — Sam Reyes ran for two touchdowns and Kent State beat Ohio University, "
     "31-10, on Tuesday night.", "ran", "Sam Reyes", "2019-11-19"),
    # a dateline set with a horizontal bar, which the parser takes for the root, the story's clause hung on it
    ("WASHINGTON ― President Donald Trump on Monday praised his former campaign chairman, Paul "
     "Manafort, by attacking the special counsel, Robert Mueller.", "praised", "President Donald Trump",
     "2019-11-18"),
    # … and with the clause's subject taken for the bar's object
    ("WASHINGTON ― President Donald Trump on Tuesday stepped up his attack on the FBI, "
     "and said a former director should be jailed.", "stepped", "President Donald Trump", "2019-11-19"),
])
def test_a_dateline_in_mixed_case_or_set_with_a_bar_neither_leads_nor_acts(pipeline: Language, text: str,
                                                                            trigger: str, actor: str,
                                                                            day: str) -> None:
    _, lead = _lead(pipeline, text)
    assert (_words(text, lead.trigger), _words(text, lead.actor), lead.date) == (trigger, actor, day)


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    # a dash set closed up on both sides
    ("OSTERVALE—Harbor Authority inspectors closed the north pier on Tuesday after a crane toppled.",
     "closed", "Harbor Authority inspectors"),
    # a company's release, its day set between two closed-up dashes
    ("BRANNOCK FALLS, Oregon—November 19, 2019—Quillmark Systems today announced that its board has approved "
     "a new plant in Tilden County.", "announced", "Quillmark Systems"),
])
def test_a_dateline_with_its_dash_closed_up_is_no_part_of_the_actor(pipeline: Language, text: str, trigger: str,
                                                                   actor: str) -> None:
    _, lead = _lead(pipeline, text)
    assert (_words(text, lead.trigger), _words(text, lead.actor)) == (trigger, actor)


def test_a_judgement_said_leaves_the_saying_as_the_news(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "The new duties on car imports announced by President Donald Trump on Monday "
                                 "make no sense and will hurt both sides, Economy Minister Marcelo Ebrard said "
                                 "Tuesday.")
    assert (_words(text, lead.trigger), _words(text, lead.actor), lead.date) == \
        ("said", "Economy Minister Marcelo Ebrard", "2019-11-19")


def test_a_pronoun_actor_is_named_by_the_subject_before_it(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Pfizer and Moderna were first to get their flu shots onto pharmacy "
                                 "shelves, but Novavax is hoping to add another vaccine "
                                 "to the market soon—and it's pushing new ads to spread the news.")
    assert (_words(text, lead.trigger), _words(text, lead.actor)) == ("pushing", "Novavax")


def test_an_existential_opening_yields_to_the_sentence_that_reports_an_act(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "There is a new twist in the murder case.\n\n"
                                 "Jane Doe, one of the surviving roommates, has agreed to an interview with the "
                                 "defense team.")
    assert (_words(text, lead.trigger), _words(text, lead.actor)) == ("agreed", "Jane Doe")


def test_a_lead_dated_to_a_month_is_narrowed_to_the_one_day_its_opening_names_in_it(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "A drone crew killed a photographer in Syria in October by dropping two bombs on a "
                                 "crowd of reporters.\n\n"
                                 "The inquiry into the Oct. 13 strike found that the drone struck twice.")
    assert (_words(text, lead.trigger), _when(lead)) == ("killed", ("2019-10-13", "2019-10-13", "2019-10-13"))


@pytest.mark.parametrize("text", [
    "The ministry raised the fuel subsidy in 2016, officials at the finance ministry told reporters.",
    "Dozens of riders lost their luggage in a depot fire in September, the bus company said."])
def test_a_stretch_that_ended_before_the_report_is_a_candidate_not_the_lead_s_range(pipeline: Language,
                                                                                   text: str) -> None:
    """A year or a month the lead's own words give, over before the publication day, held the lead's labelled
    time no more often than a coin on the tuning splits: the lead shows the range reporting allows, which
    holds the publication day, and keeps the stretch's expression as a candidate."""
    text, lead = _lead(pipeline, text)
    assert (_when(lead), [_words(text, span) for span in lead.candidate_dated_by], lead.dated_by) == \
        ((None, None, "2019-11-19"), ["2016" if "2016" in text else "September"], ())


def test_a_duration_on_the_lead_keeps_a_present_perfect_from_being_the_day_s_news(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "In recent years, readers have seen the steady rise of paywalls on news sites.")
    assert (_words(text, lead.trigger), _when(lead)) == ("seen", (None, None, "2019-11-19"))


def test_a_subject_the_parser_hung_on_the_verb_is_still_the_actor(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Senator representing Yobe North , Ahmad Bello , on Tuesday moved a motion urging "
                                 "a probe of the collapse of the power grid.")
    assert (_words(text, lead.trigger), _words(text, lead.actor)) == ("moved", "Ahmad Bello")


#: Seed 003's opening lines: the headline, a photo caption and its credit, then the story.
SEED_003_OPENING = [
    "US pushes for longer Israel-Hamas truce",
    "Israeli soldiers stand on an Israeli tank near the Israel-Gaza border, amid the temporary truce between "
    "Hamas and Israel, in southern Israel, November 28, 2023.",
    "REUTERS/Alexander Ermochenko",
    "Top US officials are in the Middle East this week to try to prolong the fragile, temporary truce between "
    "Israel and Hamas made possible by the exchange of hostages and prisoners.",
    "CIA Director Bill Burns, who was in Qatar on Tuesday as part of this push, is reportedly urging Hamas and "
    "Israel to embrace a broader agreement that would allow for the release of men and military personnel.",
    "Until now, the deal has only involved the release of women and children.",
    "Sec. of State Antony Blinken is also set to visit Israel and the occupied West Bank this week.",
]


def test_stored_sentences_lead_as_the_parsed_ones_do_not_headline_caption_or_credit(pipeline: Language) -> None:
    text = "\n\n".join(SEED_003_OPENING)
    starts = [text.index(line) for line in SEED_003_OPENING]
    sentences = [Sentence(start, start + len(line), line) for start, line in zip(starts, SEED_003_OPENING)]
    assert [s.text[:20] for s in stored_lead(text, sentences, 3)] == ["Top US officials are", "CIA Director Bill Bu",
                                                                      "Until now, the deal "]
    doc = pipeline(make_doc(pipeline, Article(id="a", source="a", text=text, published=PUBLISHED)))
    assert [s.text[:20] for s in story_sentences(doc)][:3] == ["Top US officials are", "CIA Director Bill Bu",
                                                               "Until now, the deal "]


def test_a_weekend_in_the_lead_s_clause_is_kept_as_candidate_and_a_day_the_opening_names_in_it_dates_it(
        pipeline: Language) -> None:
    """A weekend that ended before the report is no range to show (:func:`_stretch_before_report`): the lead
    keeps the range reporting allows, the weekend among its candidates; a day the opening names in it dates it."""
    text, lead = _lead(pipeline, "Crime writers met with fans at a book festival to talk about plots and "
                                 "editing in the town, at the weekend.\n\n")
    assert (_words(text, lead.trigger), _when(lead)) == ("met", (None, None, "2019-11-19"))
    assert [_words(text, span) for span in lead.candidate_dated_by] == ["the weekend"]
    text, lead = _lead(pipeline, "Crime writers met with fans at a book festival to talk about plots and "
                                 "editing in the town, at the weekend.\n\n"
                                 "The talks were held at the town's oldest library on Saturday.")
    assert _when(lead) == ("2019-11-16",) * 3


@pytest.mark.parametrize(("text", "trigger", "when"), [
    ("League Commissioner Dana Ruiz, in a note to employees, announced that the league will shut its offices on "
     "Friday, Nov. 22, for a day of service.", "announced", (None, None, "2019-11-19")),
    ("The Senate Finance Committee will issue subpoenas to Mark Olsen, the company's founder, the committee's senior "
     "Democrat said on Tuesday, deepening his troubles.", "issue", (None, "2019-11-19", None))])
def test_a_day_named_in_a_clause_with_a_time_of_its_own_does_not_date_the_lead(
        pipeline: Language, text: str, trigger: str, when: tuple[str | None, str | None, str | None]) -> None:
    """What an announcement reports has its own day, and a plan is not dated by the day its saying names."""
    text, lead = _lead(pipeline, text)
    assert (_words(text, lead.trigger), _when(lead)) == (trigger, when)


def test_a_lead_introducing_its_actor_unnamed_is_no_news_of_the_day_by_its_tense_alone(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "One of the region's oldest lakeside hotels has emerged from its biggest "
                                 "renovation in a century.\n\nThe hotel reopened its doors to guests.")
    assert (_words(text, lead.trigger), _when(lead)) == ("emerged", (None, None, "2019-11-19"))
    text, lead = _lead(pipeline, "BOISE, Idaho (AP) — A dog that has been lost for three years in Tacoma, "
                                 "Washington, has been found in Boise, Idaho.")
    assert (_words(text, lead.trigger), _when(lead)) == ("found", (None, None, "2019-11-19"))
    text, lead = _lead(pipeline, "A team of astronomers has confirmed traces of water vapor above Europa, NASA "
                                 "said on Tuesday.")
    assert (_words(text, lead.trigger), lead.date) == ("confirmed", "2019-11-19")


def test_a_name_right_before_a_subjectless_verb_acts(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Halfway through a rescue plan that seeks to halt its falling sales and "
                                 "bring it back to profit, Nokia (NOK) turned in weak results Thursday "
                                 "morning that sent its shares tumbling.")
    assert (_words(text, lead.trigger), _words(text, lead.actor)) == ("turned", "Nokia")


def test_a_company_named_with_a_possessive_acts_under_its_whole_name(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Lowe's on Monday reported a drop in quarterly sales and cut its forecast.")
    assert (_words(text, lead.trigger), _words(text, lead.actor), lead.date) == \
        ("reported", "Lowe's", "2019-11-18")


def test_a_verb_misparsed_as_a_possessed_noun_s_modifier_leads(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Lowe's reported third-quarter earnings on Wednesday that beat analysts' "
                                 "estimates.")
    assert (_words(text, lead.trigger), _words(text, lead.actor)) == ("reported", "Lowe's")


@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("The first deaf cadet to finish the Navy’s Officer Candidate School and go on to a destroyer crew "
     "graduated today, according to U.S. Navy Education and Training Command.\n\nThe new ensign, a "
     "reservist from Ohio, will now report to a ship in Norfolk for duty.", "graduated", "2019-11-19"),
    ("In the Senate this week, a bill introduced by Ohio Sen. Jane Porter (D-OH) that bars the Department "
     "of Energy (DOE) from buying solar panels made abroad passed on a voice vote in the full Senate.", "passed",
     None),
])
def test_the_verb_the_parser_buried_in_a_long_subject_leads(pipeline: Language, text: str, trigger: str,
                                                            day: str | None) -> None:
    text, lead = _lead(pipeline, text)
    assert (_words(text, lead.trigger), lead.date) == (trigger, day)


@pytest.mark.parametrize(("text", "actor", "day"), [
    ("The economy gained 98,000 new jobs in October, the government said Friday.", "government", "2019-11-15"),
    ("Acting Governor of Kunduz province, Omar Rahimi Sadat, said that feuds among the heads of the governing "
     "parties have opened the door to growing violence.",
     "Acting Governor of Kunduz province, Omar Rahimi Sadat", None),
])
def test_a_saying_of_things_not_of_a_party_leads_with_its_speaker(pipeline: Language, text: str, actor: str,
                                                                 day: str | None) -> None:
    text, lead = _lead(pipeline, text)
    assert (_words(text, lead.trigger), _words(text, lead.actor), lead.date) == ("said", actor, day)


def test_an_event_noun_that_a_verb_only_says_took_place_leads_dated_by_that_verb(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "The strike by nurses came on Monday after talks with the health ministry broke "
                                 "down.")
    assert (_words(text, lead.trigger), lead.type, _words(text, lead.actor), lead.date) == \
        ("strike", "PROTEST", "nurses", "2019-11-18")
    text, lead = _lead(pipeline, "The attack on the convoy took place on Sunday near the border, officials said.")
    assert (_words(text, lead.trigger), lead.type, lead.date) == ("attack", "ASSAULT", "2019-11-17")


def test_what_a_past_had_to_says_was_done_is_the_news_not_the_obligation(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "The airline had to cancel 300 flights on Monday because of the storm.")
    assert (_words(text, lead.trigger), _words(text, lead.actor), lead.date) == ("cancel", "airline", "2019-11-18")
    text, lead = _lead(pipeline, "Shortly before delaying its return to the office, the department had to give up "
                                 "12 floors of office space in downtown Ottawa.")
    assert (_words(text, lead.trigger), _when(lead)) == ("give", (None, None, "2019-11-19"))


def test_an_imperative_addressing_the_reader_is_no_lead(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Sign up to get our top stories in your inbox every morning.\n\n"
                                 "Police arrested six people on Monday during a raid on a home in the city.")
    assert (_words(text, lead.trigger), lead.date) == ("arrested", "2019-11-18")


def test_a_simple_past_passive_lead_takes_the_day_its_report_names_as_a_candidate(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "A former mayor of the city was stabbed to death at a clinic, police said on "
                                 "Tuesday.\n\nAnother man was injured trying to stop the attacker.")
    assert (_words(text, lead.trigger), _when(lead)) == ("stabbed", ("2019-11-19", None, "2019-11-19"))
    assert not lead.news_of_day


def test_a_lead_actor_named_anew_keeps_the_partner_it_met_with(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "TOKYO — Japan's prime minister, Fumio Kishida, met with Kim Jong Un in "
                                 "Pyongyang on Monday, officials said.")
    assert [_words(text, span) for span in lead.actors] == ["Japan's prime minister, Fumio Kishida",
                                                            "Kim Jong Un"]


def test_a_past_month_a_reported_figure_covers_dates_the_figure_not_its_release(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "The country's unemployment rate dropped to 5.1 per cent in October as 61,000 jobs "
                                 "were created, according to the statistics office's monthly jobs survey released "
                                 "on Tuesday.")
    assert (_words(text, lead.trigger), lead.date) == ("dropped", "2019-11-19")


#: A sports lead under its headline.
ROUT = ("Akron, Ohio — Sam Reyes ran for two touchdowns and threw for another and Kent State rolled past "
        "Ohio University, 31-10, on Tuesday night.\n\nThe Flashes (5-6, 3-4) ended a nine-game losing run "
        "against the Bobcats.")


@pytest.mark.parametrize(("heading", "trigger", "actor"), [
    ("Tuesday's college football: Kent State routs Ohio to reach bowl eligibility\n\n", "rolled",
     "Kent State"),
    ("", "ran", "Sam Reyes")])
def test_of_coordinated_clauses_the_one_the_headline_restates_leads(pipeline: Language, heading: str, trigger: str,
                                                                     actor: str) -> None:
    text, lead = _lead(pipeline, heading + ROUT)
    assert (_words(text, lead.trigger), _words(text, lead.actor), lead.date) == (trigger, actor, "2019-11-19")


def test_an_agency_s_name_opening_the_story_is_a_dateline_not_part_of_the_actor(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Gunman kept 'shooting at everyone' as he walked through the Harbor Ledger "
                                 "newsroom\n\n(CNN) Reporters and editors at the Harbor Ledger spun around at their "
                                 "desks as the glass door at the front of the newsroom suddenly shattered.")
    assert (_words(text, lead.trigger), _words(text, lead.actor), lead.actor_mention) == (
        "spun", "Reporters and editors", None)


def test_a_saying_read_through_the_telling_it_reports_leads_where_what_was_told_is_no_news(
        pipeline: Language) -> None:
    text, lead = _lead(pipeline, "The attorney for the victim's family said during a radio interview on Monday "
                                 "that prosecutors have told him the two other guards will also be "
                                 "charged.")
    assert (_words(text, lead.trigger), _words(text, lead.actor), lead.date) == ("said", "attorney", "2019-11-18")


def test_a_show_s_title_dates_no_saying(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "The attorney for the Reyes family said during a visit to NBC's "
                                 "\"Today\" that prosecutors have told him the two other guards will also "
                                 "be charged.")
    assert (_words(text, lead.trigger), lead.dated_by, _when(lead)) == ("said", (), (None, None, "2019-11-19"))


def test_what_an_outlet_has_learned_is_the_news_not_its_learning(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "In the latest twist in the feud over the rapper's fortune, Page Six has "
                                 "learned that attorneys are gearing up to sue in Texas.")
    assert (_words(text, lead.trigger), _words(text, lead.actor)) == ("gearing", "attorneys")


@pytest.mark.parametrize(("following", "actor"), [
    ("Catherine Connolly, a former mayor of Galway, has built a commanding polling lead.", "Catherine Connolly"),
    ("A fresh survey, released Thursday morning, gave Connolly 55.7 percent.", "She"),
])
def test_a_she_opening_the_story_after_its_dateline_is_the_person_the_next_sentence_opens_naming(
        pipeline: Language, following: str, actor: str) -> None:
    text, lead = _lead(pipeline, "DUBLIN — She’s attacked NATO, voted against EU treaties, been charged with giving "
                                 "cover to strongmen — and now she’s set to become Ireland’s next "
                                 f"president.\n\n{following}")
    assert (_words(text, lead.trigger), _words(text, lead.actor)) == ("attacked", actor)



@pytest.mark.parametrize(("text", "actor", "mention", "evidence"), [
    # a word for people no list holds is no thing
    ("Patients diagnosed with advanced kidney cancer now have the option of a new drug.", "Patients", None, None),
    # a partyless lead is acted by the source that claims it
    ("That turns on your staff and how they like to work, according to new research from Forrester.",
     "new research from Forrester", "Forrester", None),
    # an indefinite act is not identified by the name opening the next sentence
    ("WASHINGTON — A bipartisan budget deal has emerged in the Senate, only to be swiftly rejected by "
     "President Donald Trump on Twitter on Monday.\n\nRepublican Sen. Susan Collins and Democratic Sen. Joe Manchin "
     "planned to offer a bill Monday that would fund the agencies.", "budget deal", None, None),
    # a capitalised common noun the article names elsewhere is a proper name
    ("Facebook on Sunday removed the page for Healthy Minds, a fringe hoax outlet. A spokesman for Facebook said "
     "the page broke the rules.", "Facebook", None, "proper"),
    # a person introduced unnamed is the one the next sentence names acting
    ("A loud, 60-year-old reality star with big dreams had been rehearsing his song for two whole weeks "
     "before his big night. And as Donald Trump happily grabbed the mic, the whole arena began to "
     "boo.", "Donald Trump", "Donald Trump", None),
])
def test_who_a_lead_names_by_the_parse_the_source_or_the_next_sentence(
        pipeline: Language, text: str, actor: str, mention: str | None, evidence: str | None) -> None:
    _, lead = _lead(pipeline, text)
    assert (_words(text, lead.actor), _words(text, lead.actor_mention), lead.actor_evidence) == \
        (actor, mention, evidence)



@pytest.mark.parametrize(("text", "named"), [
    ("Facebook on Sunday removed the page. Facebook said the page broke its rules.", True),
    # a word for people is no name, however the tagger labels it elsewhere
    ("Police on Sunday removed the tents. Police said the tents broke the rules.", False),
])
def test_a_capitalised_opening_noun_is_a_name_the_article_gives_elsewhere(nlp: Language, text: str,
                                                                         named: bool) -> None:
    doc = nlp(text)
    later = next(token for token in doc[1:] if token.text == doc[0].text)
    doc.ents = [Span(doc, later.i, later.i + 1, label="ORG")]
    assert _named_elsewhere(doc[0]) is named


def test_a_party_who_opens_the_lead_by_saying_it_is_its_actor_a_trailing_or_nameless_source_is_not(
        pipeline: Language) -> None:
    text, lead = _lead(pipeline, "WASHINGTON — President Trump on Friday said the F.B.I. ruined the name of his "
                                 "former national security adviser.")
    assert (_words(text, lead.trigger), _words(text, lead.actor)) == ("ruined", "President Trump")
    text, lead = _lead(pipeline, "An Ohio woman pleaded guilty Monday to threatening to harm a senator, "
                                 "prosecutors said.")
    assert _words(text, lead.actor) != "prosecutors"
    text, lead = _lead(pipeline, "Several reports in Japanese and Chinese news outlets on Friday evening "
                                 "indicated that North Korean leader Kim Jong-un ordered an end to missile "
                                 "launches.")
    assert _words(text, lead.actor) == "North Korean leader Kim Jong-un"


def test_a_root_its_subordinator_opens_gives_way_to_the_clause_the_parser_hung_on_it_before(
        pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Top Democrats on Friday quickly urged President Trump to think about calling off "
                                 "his planned meeting with Vladimir Putin, after twelve Russian military "
                                 "officers were charged with breaking into party servers in 2016.")
    assert (_words(text, lead.trigger), _words(text, lead.actor), lead.date) == (
        "urged", "Democrats", "2019-11-15")


@pytest.mark.parametrize(("text", "actor", "doubtful"), [
    ("The Rams wide receiver said the knee surgery took the whole summer away.", "Rams", True),
    ("PARIS -- The European Space Agency says it will launch a probe to Jupiter next month.",
     "European Space Agency", False),
])
def test_a_predicate_the_parser_gave_two_subjects_keeps_its_actor_below_the_line_a_dateline_is_no_subject(
        pipeline: Language, text: str, actor: str, doubtful: bool) -> None:
    _, lead = _lead(pipeline, text)
    assert _words(text, lead.actor) == actor
    sure = party_confidence(actor, lead.actor_mention, lead.actor, (0, len(text)), lead_actor=True,
                            stored=lead.actor_evidence)
    assert below_line(sure) == doubtful
    # held back, the candidate keeps the mention that links it to its entity, for audit
    assert lead.actor_evidence == ("doubtful" if doubtful else None)
    assert actor in (_words(text, lead.actor_mention) or "")


def test_a_subject_set_off_by_a_comma_is_an_appositive_not_a_second_subject(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Members of the Society of Nordic Jurists, a group tied to the Council "
                                 "of Europe, looked into the treatment of nearly 2,000 migrants on Monday.")
    assert not below_line(party_confidence(_words(text, lead.actor) or "", lead.actor_mention, lead.actor,
                                           (0, len(text)), lead_actor=True, stored=lead.actor_evidence))


@pytest.mark.parametrize(("text", "actor"), [
    ("The county's long-delayed water conservation bill passed the State Senate on Tuesday by a vote of 31 to 7.",
     "State Senate"),
    ("A measure letting small farms sell raw milk at weekend markets passed by a voice vote in the city council "
     "on Monday.", "city council"),
])
def test_a_measure_that_passed_a_body_was_passed_by_the_body(pipeline: Language, text: str, actor: str) -> None:
    text, lead = _lead(pipeline, text)
    assert (_words(text, lead.trigger), _words(text, lead.actor), lead.target) == ("passed", actor, None)


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("SEATTLE, Wash., March 3, 2021 /PRNewswire/ -- Acme Robotics, a maker of warehouse robots, today announced a "
     "partnership with a regional grocery chain.", "announced", "Acme Robotics"),
    ("BOSTON ― Voters should back the school bond because it will fix crumbling classrooms, Mayor Ann Lee, the "
     "city's first woman mayor, said at a rally Monday.", "said", "Mayor Ann Lee"),
])
def test_a_dateline_the_parser_reads_into_the_sentence_is_no_part_of_its_act(pipeline: Language, text: str,
                                                                             trigger: str, actor: str) -> None:
    text, lead = _lead(pipeline, text)
    assert (_words(text, lead.trigger), _words(text, lead.actor)) == (trigger, actor)


def test_a_dateline_dash_the_parser_took_for_a_present_verb_makes_no_photo_caption(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "WASHINGTON ― Senate Minority Leader Jane Roe (D-Ore.) was re-elected to her "
                                 "leadership post Monday morning. But more than 20 senators voted against her in "
                                 "a rare show of dissent.")
    assert lead.sentence[0] == 0


def test_a_subject_the_parser_coordinated_with_the_dateline_is_the_one_past_it(pipeline: Language) -> None:
    words = ["NEW", "YORK", "--", "Sen.", "Ann", "Roe", "set", "out", "a", "plan", "."]
    heads = [1, 6, 1, 5, 5, 1, 6, 6, 9, 6, 6]
    deps = ["compound", "nsubj", "punct", "compound", "compound", "conj", "ROOT", "prt", "det", "dobj", "punct"]
    doc = Doc(pipeline.vocab, words=words, spaces=[True] * 10 + [False], heads=heads, deps=deps)
    assert _past_dateline(doc[1], doc[6], len("NEW YORK -- ")) == doc[5]


@pytest.mark.parametrize(("word", "kind", "proper"), [("First", "ORDINAL", False), ("Two", "CARDINAL", False),
                                                     ("Vellmark", "", True)])
def test_a_capitalised_word_read_as_a_number_is_no_proper_name(pipeline: Language, word: str, kind: str,
                                                                proper: bool) -> None:
    words = [word, "dives", "are", "planned", "."]
    doc = Doc(pipeline.vocab, words=words, spaces=[True] * 3 + [False, False], heads=[1, 1, 3, 1, 1],
              deps=["nsubj", "ROOT", "auxpass", "ccomp", "punct"], pos=["PROPN", "VERB", "AUX", "VERB", "PUNCT"],
              ents=[f"B-{kind}" if kind else "O", "O", "O", "O", "O"])
    assert _proper_name(doc, (0, len(word))) is proper


def test_an_untyped_lead_takes_the_type_of_the_act_its_clause_goes_on_to_tell(pipeline: Language) -> None:
    _, override = _lead(pipeline, "The Varnholt council moved on Monday to override the mayor's veto of the tram bill.")
    _, stabbing = _lead(pipeline, "A man walked into the Pellrick bakery on Tuesday, stabbing two customers.")
    assert (override.type, stabbing.type) == ("REJECT", "ASSAULT")


def test_an_untyped_lead_whose_clause_tells_no_typed_act_stays_an_occurrence(pipeline: Language) -> None:
    assert _lead(pipeline, "Mayor Quell returned to Varnholt on Tuesday after a long winter.")[1].type == "OCCURRENCE"


def test_a_denied_opening_clause_gives_way_to_the_act_coordinated_with_it(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "GLENMOOR -- Mayor Odile Quarrington isn't used to losing, but she conceded the "
                                 "harbour vote on Monday night after a long count.")
    assert (_words(text, lead.trigger), _words(text, lead.actor), lead.date) == \
        ("conceded", "Mayor Odile Quarrington", "2019-11-18")


def test_a_he_with_no_name_around_it_is_the_one_person_the_sentence_before_has_for_a_subject(
        pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Governor Tobias Wrenfield expected to become the latest candidate to enter the "
                                 "race for the Senate. He'll make the announcement today at noon from his home "
                                 "town of Oakridge.")
    assert (_words(text, lead.actor), lead.date) == ("Governor Tobias Wrenfield", "2019-11-19")


def test_a_lead_keeps_which_rule_typed_it(pipeline: Language) -> None:
    """The type's confidence follows from it: a lead no rule typed is an ``OCCURRENCE`` by default."""
    _, vetoed = _lead(pipeline, "Mayor Quell vetoed the Varnholt tram bill on Tuesday.")
    _, override = _lead(pipeline, "The Varnholt council moved on Monday to override the mayor's veto of the tram bill.")
    _, returned = _lead(pipeline, "Mayor Quell returned to Varnholt on Tuesday after a long winter.")
    assert [(lead.type, lead.type_evidence) for lead in (vetoed, override, returned)] == [
        ("REJECT", "verb"), ("REJECT", "carried"), ("OCCURRENCE", "default")]


def _actor_shown(text: str, lead: Event) -> bool:
    return not below_line(party_confidence(_words(text, lead.actor) or "", lead.actor_mention, lead.actor,
                                           (0, len(text)), lead_actor=True, stored=lead.actor_evidence))


@pytest.mark.parametrize("text", ["Senate Democrats blocked the Ostervale harbour bill in a vote on Tuesday.",
                                  "Republicans blocked the Ostervale harbour bill in a vote on Tuesday."])
def test_a_body_of_a_people_or_its_bare_plural_keeps_its_name(pipeline: Language, text: str) -> None:
    _, lead = _lead(pipeline, text)
    assert _actor_shown(text, lead)


@pytest.mark.parametrize(("text", "actor"), [
    ("Impeachment was always going to weigh on the new session of the Ostervale council.", "Impeachment"),
    ("The Brannock Doctrine argued for early strikes in the name of self-defence, its author said on Tuesday.",
     "Brannock Doctrine"),
])
def test_a_capitalised_common_word_is_no_proper_name(pipeline: Language, text: str, actor: str) -> None:
    _, lead = _lead(pipeline, text)
    assert _words(text, lead.actor) == actor and lead.actor_evidence != "proper"
    assert not _actor_shown(text, lead)


def test_a_participle_after_a_comma_the_parser_made_the_subject_leaves_the_clause_before_it_the_lead(
        pipeline: Language) -> None:
    text, lead = _lead(pipeline, "OSTERVALE — Tilda Brannock was sworn in as the 12th governor of the province on "
                                 "Monday, opening a new era that she promised would end the drought.\n\nIn a "
                                 "ceremony that crowned her quick rise, Ms. Brannock presented herself as a friend "
                                 "of the farmers.")
    assert (_words(text, lead.trigger), lead.date) == ("sworn", "2019-11-18")



@pytest.mark.parametrize(("text", "actor"), [
    # one who takes an office in an agentless passive acts
    ("Senator Colm Dreyer was sworn in as governor of Lindqvist on Tuesday, vowing to cut taxes.\n\n"
     "He took the oath at noon.", "Senator Colm Dreyer"),
    ("Ostervale Rep. Tilda Brannock on Tuesday was appointed to a third term as council leader, surviving a "
     "challenge.\n\nShe won easily.", "Ostervale Rep. Tilda Brannock"),
    # one who gives what the subject receives acts
    ("Three pupils from Lindqvist Academy received scholarships from Ostervale University.\n\nThey start in May.",
     "Ostervale University"),
    ("Mayor Tilda Brannock's budget plan drew sharp criticism from council members on Tuesday.\n\nThe plan cuts "
     "parks.", "council members"),
    # the "by" agent of what a "have" with a participle tells did it to the subject
    ("HALDEN PARK — A 20-year-old student who had just addressed a rally at the fountain had two teeth knocked out "
     "by a Ravensburg Police officer Friday evening, according to video.\n\nAn angry Ald. Ida Varga said the "
     "student was beaten.", "Ravensburg Police officer"),
    ("The singer Ida Varga had her passport seized by border agents on Monday.\n\nShe flew home.", "border agents"),
    # the employer a dismissed person's title names dismissed them
    ("Harbor Authority inspector Colm Dreyer, who led the dock safety review, has been fired.\n\nHis lawyer said "
     "so on Monday.", "Harbor Authority"),
    ("OSTERVALE — Colm Dreyer, the Harbor Authority's senior inspector who led the dock review, has been fired "
     "for breaking agency rules, his lawyer said Monday.\n\nHe denies it.", "Harbor Authority"),
    # none of these holds: sworn to anything but an office, a "from" naming no party, a dismissal naming no employer
    ("Harbor Authority inspector Colm Dreyer was sworn to secrecy on Tuesday.\n\nHe agreed.", None),
    ("The Brannock family earned about $3 million from 2010 to 2014, tax returns show.\n\nThey paid taxes.",
     "Brannock family"),
    ("Colm Dreyer, who led the dock review, has been fired.\n\nHe denies it.", None),
])
def test_who_acts_in_a_lead_whose_subject_is_acted_on(pipeline: Language, text: str, actor: str | None) -> None:
    _, lead = _lead(pipeline, text)
    assert _words(text, lead.actor) == actor


def test_one_sworn_in_to_an_office_is_no_target(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Senator Colm Dreyer was sworn in as governor of Lindqvist on Tuesday.\n\nHe "
                                 "took the oath at noon.")
    assert lead.target is None


@pytest.mark.parametrize("text", [
    "Councillors at the site of Monday's warehouse fire described the blaze as a warning and said the city "
    "must act.\n\nThe fire destroyed four buildings.",
    "Ostervale's mayor spoke just hours after Monday's vote on the budget.\n\nThe council was split.",
])
def test_a_day_in_the_possessive_dates_its_own_noun_not_the_lead(pipeline: Language, text: str) -> None:
    _, lead = _lead(pipeline, text)
    assert _when(lead) == (None, None, "2019-11-19")


def test_a_day_in_the_possessive_on_the_object_dates_the_lead(pipeline: Language) -> None:
    text, lead = _lead(pipeline, "Tilda Brannock won Monday's runoff for mayor of Ostervale.\n\nShe took 58 "
                                 "percent.")
    assert (_words(text, lead.trigger), lead.date) == ("won", "2019-11-18")
