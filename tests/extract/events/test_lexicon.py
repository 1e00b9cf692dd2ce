"""Which words denote which PLOVER event, read by the full pipeline: the table's rules with their particles,
as PLOVER's own CAMEO table defines the types."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline.model import Article
from dateline.nlp.pipeline import make_doc, shared_pipeline


@pytest.fixture(scope="module")
def pipeline() -> Language:
    return shared_pipeline()


def _typed(pipeline: Language, text: str, trigger: str) -> tuple[str, str | None]:
    doc = pipeline(make_doc(pipeline, Article(id="a", source="a", text=text)))
    found = [e for e in doc._.events if text[e.trigger[0]:e.trigger[1]] == trigger]
    assert found, f"no event {trigger!r} in {[text[e.trigger[0]:e.trigger[1]] for e in doc._.events]}"
    return found[0].type, found[0].mode


def test_signing_a_formal_agreement_is_support(pipeline: Language) -> None:
    assert _typed(pipeline, "Peru and Chile signed a border treaty on Monday.", "signed") == ("SUPPORT", None)


def test_calling_for_a_party_to_act_requests_it(pipeline: Language) -> None:
    assert _typed(pipeline, "The rebels called for the government to release all prisoners.", "called")[0] == "REQUEST"


def test_striking_a_deal_agrees_and_a_strike_on_a_place_attacks(pipeline: Language) -> None:
    assert _typed(pipeline, "The two parties struck a deal on Friday.", "struck")[0] == "AGREE"
    assert _typed(pipeline, "Dozens died in the strike on Rafah.", "strike")[0] == "ASSAULT"


def test_a_day_does_not_make_a_hunger_strike_an_attack(pipeline: Language) -> None:
    assert _typed(pipeline, "Prisoners began a hunger strike on Monday.", "strike") == ("PROTEST", "strike")


def test_blocking_roads_obstructs_but_blocking_a_resolution_does_not(pipeline: Language) -> None:
    assert _typed(pipeline, "Farmers blocked roads near the capital.", "blocked") == ("PROTEST", "obstruct")
    doc_text = "Russia blocked the resolution on Tuesday."
    doc = pipeline(make_doc(pipeline, Article(id="a", source="a", text=doc_text)))
    assert all(e.type != "PROTEST" for e in doc._.events)


def test_meeting_a_demand_yields_and_withholding_aid_sanctions(pipeline: Language) -> None:
    assert _typed(pipeline, "The government accepted demands from the strikers.", "accepted")[0] == "CONCEDE"
    assert _typed(pipeline, "Donors withheld aid from the junta.", "withheld") == ("SANCTION", "discontinue")


def test_easing_a_blockade_retreats_and_recalling_an_envoy_sanctions(pipeline: Language) -> None:
    """PLOVER's CAMEO table: easing a military blockade is RETREAT (0872), easing a ban CONCEDE (081);
    withdrawing an ambassador reduces relations (161), withdrawing one's forces retreats."""
    assert _typed(pipeline, "The navy lifted its blockade of the port on Sunday.", "lifted") == ("RETREAT", "withdraw")
    assert _typed(pipeline, "The junta lifted the ban on rallies.", "lifted")[0] == "CONCEDE"
    assert _typed(pipeline, "Peru withdrew its ambassador from Caracas.", "withdrew") == ("SANCTION", "expel")
    assert _typed(pipeline, "Turkey withdrew its troops from the border.", "withdrew") == ("RETREAT", "withdraw")


def test_swearing_to_act_vows_it_and_being_sworn_in_does_not(pipeline: Language) -> None:
    assert _typed(pipeline, "The rebels swore to fight on.", "swore")[0] == "THREATEN"
    assert _typed(pipeline, "The new president was sworn in on Monday.", "sworn")[0] == "OCCURRENCE"


def test_declaring_martial_law_restricts(pipeline: Language) -> None:
    assert _typed(pipeline, "The junta declared martial law on Friday.", "declared") == ("COERCE", "restrict")


def _triggers(pipeline: Language, text: str) -> list[str]:
    doc = pipeline(make_doc(pipeline, Article(id="a", source="a", text=text)))
    return [text[e.trigger[0]:e.trigger[1]] for e in doc._.events]


def test_the_opposition_is_a_party_and_opposition_to_a_plan_rejects_it(pipeline: Language) -> None:
    assert "opposition" not in _triggers(pipeline, "The opposition staged a protest on Monday.")
    assert _typed(pipeline, "The opposition to the plan grew on Monday.", "opposition")[0] == "REJECT"


def test_a_press_release_is_no_release_and_a_phone_no_call(pipeline: Language) -> None:
    assert "release" not in _triggers(pipeline, "The army denied it, according to a press release by the rebels.")
    assert _triggers(pipeline, "I have been on the phones about this for days.") == []
    assert _typed(pipeline, "Biden phoned Netanyahu on Sunday.", "phoned") == ("CONSULT", "phone")


def test_crushing_an_uprising_is_repression(pipeline: Language) -> None:
    assert _typed(pipeline, "The army moved to crush the uprising in the north.", "crush") == ("COERCE", None)


def test_an_accord_agrees_but_according_to_does_not(pipeline: Language) -> None:
    assert _typed(pipeline, "The accord was signed in Oslo, according to officials.", "accord")[0] == "AGREE"
    doc = pipeline(make_doc(pipeline, Article(id="a", source="a", text="Troops left, according to officials.")))
    assert all(event.type != "AGREE" for event in doc._.events)


def test_common_news_verbs_of_mediation_lending_and_destruction_are_typed(pipeline: Language) -> None:
    assert _typed(pipeline, "Qatar brokered a truce between the two sides.", "brokered")[0] == "CONSULT"
    assert _typed(pipeline, "The IMF will lend Egypt $3 billion.", "lend")[0] == "AID"
    assert _typed(pipeline, "Soldiers razed the village on Monday.", "razed") == ("ASSAULT", "destroy")


def test_resuming_an_act_is_the_act_and_resuming_relations_cooperates(pipeline: Language) -> None:
    doc = pipeline(make_doc(pipeline, Article(id="a", source="a", text="The government and the rebels resumed "
                                                                       "peace talks in Oslo on Monday.")))
    assert [(event.type, doc.text[event.trigger[0]:event.trigger[1]]) for event in doc._.events
            if event.type != "OCCURRENCE"][-1] == ("CONSULT", "talks")
    assert not any(doc.text[event.trigger[0]:event.trigger[1]] == "resumed" and event.type == "COOPERATE"
                   for event in doc._.events)
    assert _typed(pipeline, "The two countries resumed diplomatic relations in 1990.", "resumed")[0] == "COOPERATE"


def test_going_on_strike_protests_and_an_air_strike_attacks(pipeline: Language) -> None:
    assert _typed(pipeline, "Hundreds of dock workers went on strike against the privatization plan.",
                  "strike") == ("PROTEST", "strike")
    assert _typed(pipeline, "Israel launched air strikes on Gaza overnight.", "strikes") == ("ASSAULT", "aerial")


def test_phrasal_verbs_of_cancelling_rounding_up_and_walking_out(pipeline: Language) -> None:
    assert _typed(pipeline, "The government called off talks with the rebels.", "called") == (
        "SANCTION", "discontinue")
    assert _typed(pipeline, "Police rounded up dozens of suspected militants.", "rounded") == ("COERCE", "arrest")
    assert _typed(pipeline, "The opposition walked out of parliament on Tuesday.", "walked") == ("PROTEST", "demo")


@pytest.mark.parametrize(("text", "trigger", "type_"), [
    ("Scotland beat Norway 3-1 to claim a place in the final on Saturday.", "beat", "OCCURRENCE"),
    ("The Lakers crushed the Celtics 110-95 on Sunday night.", "crushed", "OCCURRENCE"),
    # no score: the act keeps its type, and two numbers before a noun count it
    ("Police beat protesters with batons on Sunday.", "beat", "ASSAULT"),
    ("Troops killed 5-10 militants in the raid.", "killed", "ASSAULT"),
])
def test_a_score_makes_beating_a_side_a_game_result_not_violence(pipeline: Language, text: str, trigger: str,
                                                                  type_: str) -> None:
    assert _typed(pipeline, text, trigger)[0] == type_


def test_releasing_people_retreats_and_releasing_a_thing_happens(pipeline: Language) -> None:
    assert _typed(pipeline, "The rebels released two hostages on Friday.", "released") == ("RETREAT", "release")
    assert _typed(pipeline, "The Department of Justice released the memos on Thursday.", "released") \
        == ("OCCURRENCE", None)
    assert _typed(pipeline, "Officials welcomed the release of the report.", "release") == ("OCCURRENCE", None)


def test_a_decline_with_nothing_refused_is_a_fall(pipeline: Language) -> None:
    assert _typed(pipeline, "Weekend subway ridership declined last year.", "declined") == ("OCCURRENCE", None)
    assert _typed(pipeline, "After years of growth, something happened to the city's subway ridership last year: "
                            "It declined.", "declined") == ("OCCURRENCE", None)
    assert _typed(pipeline, "The company declined to comment on Monday.", "declined")[0] == "REJECT"


def test_breaking_out_cuts_no_ties_and_a_plea_of_guilty_asks_nothing(pipeline: Language) -> None:
    assert _typed(pipeline, "Beauty company Coty is breaking out.", "breaking")[0] == "OCCURRENCE"
    assert _typed(pipeline, "Iran threatened to break relations with Russia.", "break")[0] == "SANCTION"
    assert _typed(pipeline, "A Texas woman pleaded guilty Tuesday to threatening a county judge.", "pleaded")[0] \
        == "OCCURRENCE"


def test_defaming_and_insulting_a_party_is_an_accusation(pipeline: Language) -> None:
    """PLOVER's ACCUSE covers criticizing, defaming and denigrating parties (its manual)."""
    assert _typed(pipeline, "President Donald Trump insulted London mayor Sadiq Khan in two tweets.",
                  "insulted") == ("ACCUSE", "disapprove")


def test_an_untyped_act_done_in_protest_is_a_protest(pipeline: Language) -> None:
    assert _typed(pipeline, "Dozens of asylum-seekers blocked the path of immigration vans in protest of the "
                  "delays.", "blocked") == ("PROTEST", "demo")
    assert _typed(pipeline, "Palestinians shunned work on Monday to protest at the settlement of immigrants.",
                  "shunned") == ("PROTEST", "demo")


def test_words_posted_in_protest_disapprove(pipeline: Language) -> None:
    """PLOVER codes protests on social media as ACCUSE disapprove; its PROTEST is a physical act."""
    assert _typed(pipeline, "The senator tweeted in protest of the decision on Friday.",
                  "tweeted") == ("ACCUSE", "disapprove")


def test_a_protest_purpose_leaves_the_type_to_the_act_its_object_names(pipeline: Language) -> None:
    assert _typed(pipeline, "As many as 800 Kurdish prisoners began a hunger strike on Thursday to protest "
                  "against the transfer.", "began") == ("PROTEST", "strike")


def test_a_titled_document_released_is_published_and_a_named_person_freed(pipeline: Language) -> None:
    assert _typed(pipeline, "The Ministry of Health released the revised National Food Safety Standards on "
                  "Tuesday.", "released") == ("OCCURRENCE", None)
    assert _typed(pipeline, "Hamas released Judith Tai on Friday.", "released") == ("RETREAT", "release")


def test_a_thing_that_arrives_visits_no_one(pipeline: Language) -> None:
    assert _typed(pipeline, "Apple's long-rumoured streaming service has finally arrived.",
                  "arrived") == ("OCCURRENCE", None)
    assert _typed(pipeline, "Syrian President Bashar al-Assad arrived in Tehran on Sunday.",
                  "arrived") == ("CONSULT", "visit")


def test_people_sent_to_act_do_that_act_and_goods_sent_are_aid(pipeline: Language) -> None:
    assert _typed(pipeline, "The African Union has sent 14 police and legal experts to Burundi on Monday to "
                  "investigate the shootings.", "sent") == ("ACCUSE", "investigate")
    assert _typed(pipeline, "Japan sent food to Haiti to support the survivors.", "sent")[0] == "AID"


def test_capturing_a_named_person_arrests_and_capturing_a_town_assaults(pipeline: Language) -> None:
    assert _typed(pipeline, "Police captured Daniel Harlow in Ostrava on Friday.", "captured") == ("COERCE", "arrest")
    assert _typed(pipeline, "The rebels captured the town of Dravik on Friday.", "captured")[0] == "ASSAULT"


def test_partnering_cooperates_but_a_partner_is_no_act(pipeline: Language) -> None:
    assert _typed(pipeline, "Brelmoor Foods will partner with Tavio Farms next year.", "partner")[0] == "COOPERATE"
    assert _typed(pipeline, "Tavio Farms met its partner, Brelmoor Foods, in Ostrava.", "met")[0] == "CONSULT"


def test_taking_aim_at_and_tearing_into_someone_is_criticism(pipeline: Language) -> None:
    criticism = ("ACCUSE", "disapprove")
    assert _typed(pipeline, "Mayor Quell took aim at the Varnholt council on Sunday.", "took") == criticism
    assert _typed(pipeline, "Mayor Quell tore into the Varnholt council on Sunday.", "tore") == criticism


def test_disputing_a_report_rejects_it_and_a_subpoena_requests(pipeline: Language) -> None:
    assert _typed(pipeline, "The Varnholt council disputed the report on Friday.", "disputed")[0] == "REJECT"
    assert _typed(pipeline, "The Varnholt council subpoenaed the tram company on Friday.", "subpoenaed")[0] == "REQUEST"


def test_violating_a_truce_is_fighting_not_a_rejection(pipeline: Language) -> None:
    """PLOVER's CAMEO table: violating a ceasefire is fighting (196); the truce may be the object's compound."""
    assert _typed(pipeline, "The militia violated the truce agreement near Ostervale.", "violated")[0] == "ASSAULT"
    assert _typed(pipeline, "Brannock's brigade breached the ceasefire on Sunday.", "breached")[0] == "ASSAULT"


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The rebels laid down their arms on Friday.", "laid", ("RETREAT", "disarm")),
    ("The ministry called up ten thousand reservists.", "called", ("MOBILIZE", "troops")),
    ("The brigade pulled back from the ridge.", "pulled", ("RETREAT", "withdraw")),
    ("The minister ruled out fresh talks with the militia.", "ruled", ("REJECT", None)),
    ("Gunmen took three surveyors hostage near the dam.", "took", ("ASSAULT", "abduct")),
    ("The governor declared a state of emergency in the valley.", "declared", ("COERCE", "restrict")),
    ("The general put his troops on high alert.", "alert", ("MOBILIZE", "troops")),
    ("A bomber blew himself up at the depot.", "blew", ("ASSAULT", None)),
    ("A tribunal found the former warden guilty of fraud.", "found", ("ACCUSE", "allege")),
    ("Armed deputies patrolled the valley road after the riot.", "patrolled", ("MOBILIZE", "troops")),
    ("Brannock withdrew the peacekeeping force from the valley.", "withdrew", ("SANCTION", "expel")),
    ("Auditors are looking into the mayor's expenses.", "looking", ("ACCUSE", "investigate")),
    ("The farmers' league rallied behind Mayor Brannock.", "rallied", ("SUPPORT", None)),
    ("The junta nationalized the copper mines.", "nationalized", ("COERCE", "seize")),
    ("The two fleets began joint exercises off the cape.", "exercises", ("COOPERATE", None)),
    ("The fleet began naval exercises off the cape.", "exercises", ("MOBILIZE", "troops")),
    ("The lenders' club approved a loan to the guild.", "approved", ("AID", None)),
])
def test_verb_idioms_by_their_particle_or_object(pipeline: Language, text: str, trigger: str,
                                                 expected: tuple[str, str | None]) -> None:
    assert _typed(pipeline, text, trigger) == expected


def test_expelling_envoys_sanctions_and_expelling_others_deports(pipeline: Language) -> None:
    """PLOVER's CAMEO table: expelling diplomats reduces relations (166), expelling others deports (174); a
    passive subject is what is expelled."""
    assert _typed(pipeline, "The junta expelled two diplomats on Monday.", "expelled") == ("SANCTION", "expel")
    assert _typed(pipeline, "Two diplomats were expelled on Monday.", "expelled") == ("SANCTION", "expel")
    assert _typed(pipeline, "The junta expelled a reporter on Monday.", "expelled") == ("COERCE", "deport")


def test_extending_or_strengthening_an_act_is_that_act(pipeline: Language) -> None:
    """Extending support is support, strengthening cooperation cooperation; strengthening forces musters them."""
    text = "The council extended its support to the mayor."
    assert _typed(pipeline, text, "extended")[0] == "SUPPORT"
    assert _typed(pipeline, "The two guilds strengthened their cooperation.", "cooperation")[0] == "COOPERATE"
    assert _typed(pipeline, "The navy strengthened its forces near the strait.", "strengthened") == ("MOBILIZE",
                                                                                                   "troops")


def test_a_vow_of_a_cooperative_act_agrees_and_any_other_threatens(pipeline: Language) -> None:
    assert _typed(pipeline, "The militia vowed to respect the truce.", "vowed")[0] == "AGREE"
    assert _typed(pipeline, "The militia vowed to storm the garrison.", "vowed")[0] == "THREATEN"
    assert _typed(pipeline, "The militia vowed revenge for the raid.", "vowed")[0] == "THREATEN"


def _types_of(pipeline: Language, text: str, trigger: str) -> list[str]:
    doc = pipeline(make_doc(pipeline, Article(id="a", source="a", text=text)))
    return [e.type for e in doc._.events if text[e.trigger[0]:e.trigger[1]] == trigger]


@pytest.mark.parametrize("text", [
    "Mayor Tilda Brannock called the flood plan a disgrace on Monday.",
    "The Ostrian president called the decision unacceptable.",
])
def test_calling_a_thing_something_names_it_and_is_no_phone_call(pipeline: Language, text: str) -> None:
    assert "CONSULT" not in _types_of(pipeline, text, "called")


def test_calling_a_party_is_a_phone_call(pipeline: Language) -> None:
    assert _typed(pipeline, "Brannock called Harrow on Monday to discuss the flooding.", "called")[0] == "CONSULT"


def test_holding_people_detains_them_and_holding_them_hostage_abducts(pipeline: Language) -> None:
    assert _typed(pipeline, "Gunmen are holding three Ostrian engineers in the hills.", "holding") == \
        ("COERCE", "arrest")
    assert _typed(pipeline, "The Taliban held him for five years.", "held") == ("COERCE", "arrest")
    assert _typed(pipeline, "The rebels held two Marnian nurses hostage for a month.", "held") == \
        ("ASSAULT", "abduct")


def test_holding_a_thing_a_body_or_someone_to_account_detains_no_one(pipeline: Language) -> None:
    for text in ("Velmora will hold elections next year.", "The Brask party held a congress in Kelm.",
                 "Officials said Velmora held Anton Grell to a different standard.",
                 "Police must hold them accountable.", "They bought two rifles and held them tightly.",
                 "The senator urged them to stop holding the government hostage."):
        doc = pipeline(make_doc(pipeline, Article(id="a", source="a", text=text)))
        held = [e.type for e in doc._.events if text[e.trigger[0]:e.trigger[1]] in ("hold", "held", "holding")]
        assert held in ([], ["OCCURRENCE"]), text


def test_a_strike_its_words_say_is_a_stoppage_protests_whatever_it_is_against(pipeline: Language) -> None:
    assert _typed(pipeline, "Tollbridge dock workers staged a general strike against the new levy.", "strike") == \
        ("PROTEST", "strike")
    assert _typed(pipeline, "Inmates in Kelm began a hunger strike against their transfer.", "strike") == \
        ("PROTEST", "strike")
    assert _typed(pipeline, "Velmoran jets carried out a strike against rebel depots.", "strike")[0] == "ASSAULT"


def test_a_conversation_with_a_party_consults(pipeline: Language) -> None:
    assert _typed(pipeline, "Premier Halvard Oste had a telephone conversation with Mayor Tilda Brannock.",
                  "conversation")[0] == "CONSULT"
