"""Who acted on whom, read off the parse by the full pipeline: the words that name each party, as PLOVER's
coders mark them (who, not how many), and the party a thing acted on stands for."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline.extract.events.arguments import names_thing
from dateline.extract.events.lexicon import plover_type
from dateline.model import Article
from dateline.nlp.pipeline import make_doc, shared_pipeline
from dateline.records import Event


@pytest.fixture(scope="module")
def pipeline() -> Language:
    return shared_pipeline()


def _event(pipeline: Language, text: str, trigger: str) -> tuple[str, Event]:
    doc = pipeline(make_doc(pipeline, Article(id="a", source="a", text=text)))
    found = [e for e in doc._.events if text[e.trigger[0]:e.trigger[1]] == trigger]
    assert found, f"no event {trigger!r} in {[text[e.trigger[0]:e.trigger[1]] for e in doc._.events]}"
    return text, found[0]


def _words(text: str, span: tuple[int, int] | None) -> str | None:
    return text[span[0]:span[1]] if span is not None else None


def test_a_count_is_not_the_party(pipeline: Language) -> None:
    text, event = _event(pipeline, "Some 2,000 Kurdish protesters marched through Diyarbakir on Sunday.", "marched")
    assert _words(text, event.actor) == "Kurdish protesters"


def test_a_ban_on_a_party_acts_on_the_party(pipeline: Language) -> None:
    text, event = _event(pipeline, "The government lifted its ban on the Muslim Brotherhood on Monday.", "lifted")
    assert _words(text, event.target) == "Muslim Brotherhood"


def test_troops_of_ones_own_are_the_means_not_the_target(pipeline: Language) -> None:
    text, event = _event(pipeline, "Turkey withdrew its soldiers from Syria on Friday.", "withdrew")
    assert (_words(text, event.actor), _words(text, event.target)) == ("Turkey", "Syria")


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Greece mobilized naval reservists for an expected war against Turkey on Friday.", "mobilized", "Turkey"),
    ("The generals in Moscow were reluctant to send the army into Chechnya.", "send", "Chechnya"),
    ("Gunmen killed three soldiers in Kabul on Monday.", "killed", "soldiers"),
])
def test_forces_a_party_musters_or_sends_are_its_own(pipeline: Language, text: str, trigger: str,
                                                     target: str) -> None:
    """Forces with no named owner that a party mobilizes, sends or withdraws are its means: the target is whom
    or where they go against; soldiers attacked are the target."""
    _, event = _event(pipeline, text, trigger)
    assert _words(text, event.target) == target


def test_aid_given_goes_to_the_party_given_it(pipeline: Language) -> None:
    text, event = _event(pipeline, "The European Union on Monday gave Jordan 20 million euros of aid.", "aid")
    assert (_words(text, event.actor), _words(text, event.target)) == ("European Union", "Jordan")


def test_saying_that_someone_must_act_demands_it(pipeline: Language) -> None:
    text, event = _event(pipeline, "The Arab League declared on Tuesday that Israel must end the blockade.",
                         "declared")
    assert (event.type, _words(text, event.actor), _words(text, event.target)) == ("REQUEST", "Arab League",
                                                                                   "Israel")


def test_a_refused_meeting_is_a_rejection_for_plover() -> None:
    assert plover_type("CONSULT", "denied") == "REJECT"
    assert plover_type("ASSAULT", "denied") == "ASSAULT"


def test_a_thing_acted_on_is_no_target(pipeline: Language) -> None:
    text, event = _event(pipeline, "France and Chile signed a trade agreement on Monday.", "signed")
    assert (_words(text, event.actor), event.target) == ("France and Chile", None)


def test_the_place_of_talks_is_where_they_are_held_not_whom_they_concern(pipeline: Language) -> None:
    text, event = _event(pipeline, "The negotiators discussed upcoming talks in Cairo.", "discussed")
    assert _words(text, event.target) == "talks"
    text, talks = _event(pipeline, "The negotiators discussed upcoming talks in Cairo.", "talks")
    assert (talks.target, _words(text, talks.location)) == (None, "Cairo")


def test_a_threat_is_aimed_at_the_party_its_condition_names(pipeline: Language) -> None:
    text, event = _event(pipeline, "The union threatened to hold a general strike unless the government raised "
                                   "wages.", "threatened")
    assert _words(text, event.target) == "government"


def test_a_complaint_concerns_what_it_is_over_not_whom_it_is_made_to(pipeline: Language) -> None:
    text, event = _event(pipeline, "Egypt complained to the Security Council on Monday over Israeli air strikes.",
                         "complained")
    assert _words(text, event.target) == "Israeli"


def test_a_group_of_people_is_the_people_and_a_protest_in_a_city_has_no_target(pipeline: Language) -> None:
    text, event = _event(pipeline, "A group of Kenyan lawyers protested in Nairobi on Friday.", "protested")
    assert (_words(text, event.actor), event.target) == ("Kenyan lawyers", None)


def test_a_describing_adjective_is_not_the_party(pipeline: Language) -> None:
    text, event = _event(pipeline, "Senior Syrian officers withdrew their troops from neighboring Lebanon.",
                         "withdrew")
    assert (_words(text, event.actor), _words(text, event.target)) == ("Syrian officers", "Lebanon")


def _all(text: str, spans: tuple[tuple[int, int], ...]) -> list[str]:
    return [text[start:end] for start, end in spans]


def test_each_member_of_a_compound_party_is_a_party(pipeline: Language) -> None:
    text, event = _event(pipeline, "Egypt and Qatar condemned the raid on Monday.", "condemned")
    assert (_words(text, event.actor), _all(text, event.actors)) == ("Egypt and Qatar", ["Egypt", "Qatar"])


def test_both_sides_of_a_call_are_actors(pipeline: Language) -> None:
    text, event = _event(pipeline, "President Biden telephoned Prime Minister Netanyahu on Sunday.", "telephoned")
    assert _all(text, event.actors) == ["President Biden", "Prime Minister Netanyahu"]
    assert (event.targets, _words(text, event.target)) == ((), "Prime Minister Netanyahu")


def test_talks_with_a_party_are_joint(pipeline: Language) -> None:
    text, event = _event(pipeline, "The Kenyan president held talks with Sudanese rebels on Friday.", "talks")
    assert (_all(text, event.actors), event.targets) == (["Kenyan president", "Sudanese rebels"], ())


def test_cooperation_between_partners_is_joint(pipeline: Language) -> None:
    text, event = _event(pipeline, "Cooperation between Norway and Sweden has grown.", "Cooperation")
    assert (_all(text, event.actors), event.targets) == (["Norway", "Sweden"], ())


def test_a_visit_keeps_its_host_as_the_target(pipeline: Language) -> None:
    text, event = _event(pipeline, "Blinken visited Cairo on Tuesday.", "visited")
    assert (_all(text, event.actors), _all(text, event.targets)) == (["Blinken"], ["Cairo"])


def test_a_mediator_acts_on_both_sides(pipeline: Language) -> None:
    text, event = _event(pipeline, "Qatar launched a mediation effort between Israel and Hamas on Saturday.", "effort")
    assert (_all(text, event.actors), _all(text, event.targets)) == (["Qatar"], ["Israel", "Hamas"])


def test_extraditing_to_a_party_is_not_joint(pipeline: Language) -> None:
    text, event = _event(pipeline, "Italy extradited the suspect to France on Monday.", "extradited")
    assert (_all(text, event.actors), _all(text, event.targets)) == (["Italy"], ["France"])


def test_a_pronoun_reported_by_a_participle_is_the_subject_above_it(pipeline: Language) -> None:
    text, event = _event(pipeline, "President Ruto was quoted as saying he would visit Uganda next month.", "visit")
    assert (_words(text, event.actor), _words(text, event.target)) == ("President Ruto", "Uganda")



@pytest.mark.parametrize(("text", "trigger", "actor"), [
    # A request's or a concession's complement is done by the party asked or let.
    ("The envoy urged Syria to withdraw its troops.", "withdraw", "Syria"),
    ("Germany called on Iran to release the detained journalists.", "release", "Iran"),
    # An act that is a verb's subject is done by the act's actor, or by no one named.
    ("The attack on the embassy by militants killed four guards.", "killed", "militants"),
    ("The pressure will not ease on Monday.", "ease", None),
    # A common noun before a name only says what kind of party it is; a title's "former" names who.
    ("Human rights organization Amnesty International demanded an inquiry.", "demanded", "Amnesty International"),
    ("Former dictator Idi Amin expelled the Asians in 1972.", "expelled", "Former dictator Idi Amin"),
    # A name set in apposition to the common noun for its kind, with no comma, is the party.
    ("The militant group Boko Haram attacked a village in Borno state on Sunday.", "attacked", "Boko Haram"),
    # Units of a party are the party; who is engaged in an act does it.
    ("Units of the Velorian army shelled the ridge on Friday.", "shelled", "Velorian army"),
    ("Velorian forces were engaged in heavy fighting with the rebels.", "fighting", "Velorian forces"),
])
def test_the_words_that_name_the_actor(pipeline: Language, text: str, trigger: str, actor: str | None) -> None:
    assert _words(text, _event(pipeline, text, trigger)[1].actor) == actor


@pytest.mark.parametrize(("text", "trigger", "target"), [
    # The side a party is on only says what kind of party the name is; a word of a title is part of it.
    ("Police arrested opposition leader Kizza Besigye on Monday.", "arrested", "Kizza Besigye"),
    ("The court jailed rebel commander Thomas Lubanga on Tuesday.", "jailed", "Thomas Lubanga"),
    ("Police arrested deputy leader Nick Clegg on Monday.", "arrested", "deputy leader Nick Clegg"),
    # The parser may set the name in apposition to the noun for its kind; a bracket sets an apposition off.
    ("The military government ordered the opposition newspaper El Diario to stop printing.", "ordered",
     "El Diario"),
    ("The envoy urged the Republic of Korea (ROK) to resume talks.", "urged", "Republic of Korea"),
])
def test_the_words_that_name_the_target(pipeline: Language, text: str, trigger: str, target: str) -> None:
    assert _words(text, _event(pipeline, text, trigger)[1].target) == target


@pytest.mark.parametrize(("text", "trigger", "role", "party"), [
    # A participle or adjective phrase right after a nameless word for people says which people they are.
    ("The Red Cross will provide blankets and tents to families fleeing the drought in Somalia, a spokesman said "
     "on Thursday.", "provide", "target", "families fleeing the drought in Somalia"),
    ("A newspaper based in southern Lebanon has violated a ban by the defence ministry.", "violated", "actor",
     "newspaper based in southern Lebanon"),
    # A name already says who they are; a comma sets the phrase off as a description.
    ("Turkish hackers angered by a film about the prophet have defaced some 500 French government websites.",
     "defaced", "actor", "Turkish hackers"),
    ("Militants, loyal to the cleric, attacked the convoy on Sunday.", "attacked", "actor", "Militants"),
])
def test_a_phrase_that_says_which_people_names_them(pipeline: Language, text: str, trigger: str, role: str,
                                                     party: str) -> None:
    text, event = _event(pipeline, text, trigger)
    assert _all(text, getattr(event, f"{role}s")) == [party]


def test_the_phrase_that_says_which_people_is_the_partys_not_the_participants_name(pipeline: Language) -> None:
    # The party PLOVER codes is the families fleeing the drought; the participant is named by its noun phrase.
    text, event = _event(pipeline, "The charity will send tents to families fleeing the drought in Somalia.", "send")
    assert (_words(text, event.target), _all(text, event.targets)) == \
        ("families", ["families fleeing the drought in Somalia"])


def test_an_appeal_is_to_the_party_asked(pipeline: Language) -> None:
    text, event = _event(pipeline, "The government appealed to the rebels to lay down their arms.", "appealed")
    assert (event.type, _words(text, event.target)) == ("REQUEST", "rebels")


@pytest.mark.parametrize(("text", "trigger", "actor", "target"), [
    # A possessed act done to a person befalls the person; an "of" phrase names whom it befalls instead.
    ("Police confirmed Navalny's arrest on Monday.", "arrest", None, "Navalny"),
    ("The news of the Americans' release came on Friday.", "release", None, "Americans"),
    ("Hamas welcomed Israel's release of three prisoners.", "release", "Israel", "prisoners"),
    # An act in an adjunct is not the light verb's, unless a possessive pronoun makes it the subject's.
    ("The EU imposed new sanctions against Russia over the war.", "war", None, None),
    ("Blinken holds a press conference during his visit to Cairo.", "visit", "Blinken", "Cairo"),
    # A relative pronoun stands for the noun its clause modifies; a passive participle acts on its noun.
    ("The rebels freed the soldiers whom they had kidnapped in May.", "kidnapped", "they", "soldiers"),
    ("The journalist, who was arrested by police in March, was freed.", "arrested", "police", "journalist"),
    ("Five civilians killed by Israeli troops were buried on Sunday.", "killed", "Israeli troops", "civilians"),
    # A mediation is between its targets; an attack's "at" phrase names what it is aimed at.
    ("Egypt mediated between Israel and Hamas.", "mediated", "Egypt", "Israel and Hamas"),
    ("Hezbollah fired rockets at northern Israel.", "fired", "Hezbollah", "Israel"),
    # A passive with no "by" phrase is done by the doer of the act it was done in.
    ("Four militiamen were killed in an Israeli air strike on Monday.", "killed", "Israeli", "militiamen"),
    # The unnamed place named people are "of" says where they live, not who they are; a named place, or people
    # no name says who they are, keep the phrase.
    ("Veloria attacked the Ostrian population of the province.", "attacked", "Veloria", "Ostrian population"),
    ("Veloria attacked the Ostrian residents of Tolvar.", "attacked", "Veloria", "Ostrian residents of Tolvar"),
    ("Police arrested the leaders of the province on Monday.", "arrested", "Police", "leaders of the province"),
    # A lower-case kind word the tagger took into a place's name is not the name; a capitalised one is.
    ("The army lifted the curfew in Kandahar province on Friday.", "lifted", "army", "Kandahar"),
    ("The World Health Organization criticized the governor.", "criticized", "World Health Organization", "governor"),
])
def test_the_parties_of_an_act(pipeline: Language, text: str, trigger: str, actor: str | None,
                               target: str | None) -> None:
    event = _event(pipeline, text, trigger)[1]
    assert (_words(text, event.actor), _words(text, event.target)) == (actor, target)


def test_the_place_arrived_in_is_the_visits_target(pipeline: Language) -> None:
    text, event = _event(pipeline, "The Pope arrived in Lebanon on Friday.", "arrived")
    assert (_words(text, event.actor), _words(text, event.target)) == ("Pope", "Lebanon")


def test_ones_own_envoy_recalled_from_a_country_targets_the_country(pipeline: Language) -> None:
    text, event = _event(pipeline, "Venezuela recalled its ambassador from Colombia on Saturday.", "recalled")
    assert (_words(text, event.actor), _words(text, event.target)) == ("Venezuela", "Colombia")


def test_a_title_keeps_its_naming_adjective(pipeline: Language) -> None:
    text, event = _event(pipeline, "Protesters in Bangkok stormed the prime minister's office.", "stormed")
    assert _words(text, event.target) == "prime minister"


def test_an_arrest_without_an_agent_is_the_states_where_it_was_done(pipeline: Language) -> None:
    text, event = _event(pipeline, "A British teacher was arrested in Sudan for insulting Islam.", "arrested")
    assert (_words(text, event.actor), _words(text, event.target)) == ("Sudan", "British teacher")


def test_a_killing_without_an_agent_has_no_actor(pipeline: Language) -> None:
    text, event = _event(pipeline, "Two Italian aid workers were kidnapped in Baghdad on Tuesday.", "kidnapped")
    assert (_words(text, event.actor), _words(text, event.target)) == (None, "Italian aid workers")


def test_an_act_in_a_phrase_on_what_is_expressed_is_not_the_speakers(pipeline: Language) -> None:
    text, event = _event(pipeline, "The Vatican expressed concern over the arrest of two priests in China.",
                         "arrest")
    assert (_words(text, event.actor), _words(text, event.target)) == (None, "priests in China")


def test_a_party_put_under_arrest_is_its_target(pipeline: Language) -> None:
    text, event = _event(pipeline, "Police put the former president under arrest on Monday.", "arrest")
    assert (_words(text, event.actor), _words(text, event.target)) == ("Police", "former president")


def test_tightening_sanctions_imposes_them(pipeline: Language) -> None:
    text, event = _event(pipeline, "The European Union will tighten its sanctions on Belarus.", "sanctions")
    assert (_words(text, event.actor), _words(text, event.target)) == ("European Union", "Belarus")


def test_fire_aimed_at_a_party_targets_it_not_the_place(pipeline: Language) -> None:
    text, event = _event(pipeline, "Police fired tear gas at stone-throwing demonstrators in Nairobi.", "fired")
    assert _words(text, event.target) == "stone-throwing demonstrators"


def test_a_place_in_a_topic_discussed_is_no_partner(pipeline: Language) -> None:
    text, event = _event(pipeline, "The two foreign ministers discussed the crisis in Kosovo.", "discussed")
    assert [text[start:end] for start, end in event.actors] == ["two foreign ministers"]
    assert _words(text, event.target) == "Kosovo"


def test_children_are_parties(pipeline: Language) -> None:
    text, event = _event(pipeline, "Rebels abducted 40 schoolchildren from a school in northern Uganda.", "abducted")
    assert _words(text, event.target) == "schoolchildren"


def test_a_village_attacked_is_the_target_with_where_it_is(pipeline: Language) -> None:
    text, event = _event(pipeline, "Government troops shelled a village in northern Darfur on Monday.", "shelled")
    assert _words(text, event.target) == "village in northern Darfur"


def test_whose_decision_it_is_does_the_act_decided(pipeline: Language) -> None:
    text, event = _event(pipeline, "Germany's decision to expel four Russian diplomats angered Moscow.", "expel")
    assert (_words(text, event.actor), _words(text, event.target)) == ("Germany", "Russian diplomats")


def test_a_named_body_of_people_is_coordinated_with_a_country(pipeline: Language) -> None:
    text, event = _event(pipeline, "Colombia and the FARC rebels reached a peace deal in Havana.", "reached")
    assert [text[start:end] for start, end in event.actors] == ["Colombia", "FARC rebels"]


def test_a_counterpart_met_is_a_partner(pipeline: Language) -> None:
    text, event = _event(pipeline, "Egypt's foreign minister held talks with his Israeli counterpart on Sunday.",
                         "talks")
    assert [text[start:end] for start, end in event.actors][-1].endswith("Israeli counterpart")


def test_a_march_is_aimed_at_the_target_of_its_purpose(pipeline: Language) -> None:
    text, event = _event(pipeline, "Thousands of farmers marched through the capital to demand the resignation of "
                                   "the agriculture minister.", "marched")
    assert (_words(text, event.actor), _words(text, event.target)) == ("farmers", "agriculture minister")


def test_an_act_on_a_thing_is_aimed_at_the_target_of_its_purpose(pipeline: Language) -> None:
    text, event = _event(pipeline, "Farmers in the north shunned the markets on Monday to protest at the eviction "
                                   "of Kurdish families.", "shunned")
    assert (_words(text, event.actor), _words(text, event.target)) == ("Farmers", "Kurdish families")


def test_a_word_for_people_naming_the_thing_rejected_is_the_target(pipeline: Language) -> None:
    text, event = _event(pipeline, "Egypt rejected the opposition demands for a new election.", "rejected")
    assert (event.type, _words(text, event.target)) == ("REJECT", "opposition")


def test_a_complaint_an_envoy_is_summoned_to_hear_targets_the_envoy(pipeline: Language) -> None:
    text, event = _event(pipeline, "Britain summoned Iran's ambassador on Monday to complain of delays in the "
                                   "inquiry.", "complain")
    assert (event.type, _words(text, event.target)) == ("ACCUSE", "Iran's ambassador")


def test_a_warning_targets_whom_the_act_warned_of_acts_on_else_its_subject(pipeline: Language) -> None:
    text, event = _event(pipeline, "The interior minister warned that police would no longer tolerate protests by "
                                   "the Muslim Brotherhood.", "warned")
    assert _words(text, event.target) == "Muslim Brotherhood"
    text, event = _event(pipeline, "Iran warned that the United States would face serious consequences.", "warned")
    assert _words(text, event.target) == "United States"


def test_whom_a_report_is_about_is_not_its_target(pipeline: Language) -> None:
    text, event = _event(pipeline, "The governor said on Monday that state lawmakers would return to the capital "
                                   "in June.", "said")
    assert (event.type, _words(text, event.actor), event.target) == ("OCCURRENCE", "governor", None)


def test_a_demand_carried_by_its_verb_targets_whom_its_clause_names(pipeline: Language) -> None:
    text, event = _event(pipeline, "The teachers' union reiterated its demand on Friday that the government raise "
                                   "salaries.", "reiterated")
    assert (event.type, _words(text, event.target)) == ("REQUEST", "government")


def test_a_request_for_a_party_to_act_targets_that_party(pipeline: Language) -> None:
    text, event = _event(pipeline, "Britain is pressing for the United States to support the plan.", "pressing")
    assert (_words(text, event.actor), _words(text, event.target)) == ("Britain", "United States")


def test_the_fire_exchanged_is_part_of_the_predicate_not_its_target(pipeline: Language) -> None:
    text, event = _event(pipeline, "Indian and Pakistani troops exchanged fire across the border on Sunday.",
                         "exchanged")
    assert (event.type, event.target) == ("ASSAULT", None)


def test_those_who_go_on_strike_strike(pipeline: Language) -> None:
    text, event = _event(pipeline, "Hundreds of dock workers went on strike against the privatization plan.",
                         "strike")
    assert _words(text, event.actor) == "dock workers"


def test_criticism_lashed_out_at_a_party_targets_it(pipeline: Language) -> None:
    text, event = _event(pipeline, "Iran lashed out at the United States over the new sanctions.", "lashed")
    assert (event.type, _words(text, event.actor), _words(text, event.target)) == ("ACCUSE", "Iran",
                                                                                   "United States")


@pytest.mark.parametrize(("text", "trigger", "target"), [
    # a promised act split at its hyphen keeps its target on the last piece
    ("Eritrea has agreed to re-open the frontier to African Union observers checking the truce.", "agreed",
     "African Union observers"),
    # an attorney is a party acted on, as a lawyer is
    ("The judge summoned the attorney to explain the delay.", "summoned", "attorney"),
])
def test_the_party_acted_on_by_a_complement_or_named_by_a_word_for_people(
        pipeline: Language, text: str, trigger: str, target: str) -> None:
    _, event = _event(pipeline, text, trigger)
    assert _words(text, event.target) == target


def test_each_member_of_a_compound_the_tagger_took_for_one_name_is_its_own_party(pipeline: Language) -> None:
    text, event = _event(pipeline, "Hamas militants fired rockets at Sderot and Ashkelon on Tuesday.", "fired")
    assert [_words(text, span) for span in event.targets] == ["Sderot", "Ashkelon"]


def test_an_order_to_act_coerces_the_party_ordered(pipeline: Language) -> None:
    text, event = _event(pipeline, "Zimbabwe's government ordered foreign journalists to leave the country.",
                         "ordered")
    assert (event.type, _words(text, event.actor), _words(text, event.target)) == \
        ("COERCE", "Zimbabwe's government", "foreign journalists")


def test_an_order_with_no_party_made_to_act_is_no_coercion(pipeline: Language) -> None:
    doc = pipeline(make_doc(pipeline, Article(id="a", source="a", text=(
        "The Punjab provincial government has ordered army patrols after deadly riots."))))
    assert not [e for e in doc._.events if e.type == "COERCE"]


def test_an_act_a_for_phrase_blames_is_not_the_subjects(pipeline: Language) -> None:
    text, event = _event(pipeline, "Police arrested two students for the protest in Santiago.", "protest")
    assert event.actor is None
    text, event = _event(pipeline, "Two students were detained for the rally in Santiago.", "rally")
    assert event.actor is None


def test_a_threat_of_ones_own_act_targets_whom_the_act_is_aimed_at(pipeline: Language) -> None:
    text, event = _event(pipeline, "Iraq threatened that it would expel the UN inspectors.", "threatened")
    assert _words(text, event.target) == "UN inspectors"
    text, event = _event(pipeline, "Serbia warned that it would retaliate against any NATO attack.", "warned")
    assert _words(text, event.target) == "NATO"


def test_the_agent_of_a_participle_on_the_weapon_did_the_killing(pipeline: Language) -> None:
    text, event = _event(pipeline, "Two soldiers were killed by a roadside bomb planted by Taliban insurgents in "
                                   "Helmand.", "killed")
    assert (_words(text, event.actor), _words(text, event.target)) == ("Taliban insurgents", "soldiers")


def test_a_thing_is_a_common_noun_that_names_no_party(pipeline: Language) -> None:
    doc = pipeline(make_doc(pipeline, Article(id="a", source="a", text="The rebels released the memos and a group "
                                                                        "of prisoners.")))
    words = {token.text: token for token in doc}
    assert names_thing(words["memos"])
    assert not names_thing(words["rebels"])
    assert not names_thing(words["group"])


def test_a_counterpart_named_by_a_possessive_is_another_party(pipeline: Language) -> None:
    """"his counterpart" is not the subject's own means, as "its troops" are: it is the other side of the talks
    (and "in Nairobi" where they were held, not which counterpart: "Somali" says that)."""
    text, event = _event(pipeline, "The Kenyan foreign minister held talks with his Somali counterpart in Nairobi.",
                         "talks")
    assert [text[start:end] for start, end in event.actors] == ["Kenyan foreign minister", "his Somali counterpart"]


def test_a_plural_for_people_the_tagger_took_for_a_name_is_a_party(pipeline: Language) -> None:
    """A capitalised plural opening a sentence, tagged a proper name with its form for its lemma, is still
    the people the passive acts on, not the place a phrase on it names."""
    text, event = _event(pipeline, "Rebels in northern Mali were attacked by government helicopters on Tuesday.",
                         "attacked")
    assert _words(text, event.target) == "Rebels"


def test_an_act_laid_on_a_party_is_aimed_at_the_party(pipeline: Language) -> None:
    """Lifting or easing sanctions or a curfew laid on a party acts on the party, not on the sanctions."""
    text, lifted = _event(pipeline, "Valdoria lifted the sanctions imposed on Morland last year.", "lifted")
    assert _words(text, lifted.target) == "Morland"
    curfew_text = "The junta eased the curfew imposed in Brenn after the coup."
    eased, curfew = (_event(pipeline, curfew_text, trigger)[1] for trigger in ("eased", "curfew"))
    assert (_words(curfew_text, eased.target), _words(curfew_text, curfew.target)) == ("Brenn", "Brenn")


def test_paying_a_visit_is_the_visitors_visit(pipeline: Language) -> None:
    text, event = _event(pipeline, "The Valdorian president paid a visit to Morland on Tuesday.", "visit")
    assert (_words(text, event.actor), _words(text, event.target)) == ("Valdorian president", "Morland")


@pytest.mark.parametrize(("text", "targets"), [
    ("Valdoria accused the Morlandian army and its allies of war crimes.", ["Morlandian army", "its allies"]),
    ("Valdoria accused the leaders of the rebels of war crimes.", ["leaders of the rebels"]),
])
def test_the_charge_is_no_part_of_the_accused(pipeline: Language, text: str, targets: list[str]) -> None:
    """The parser hangs "of war crimes" on the accused; it is the charge, while "of the rebels" says who."""
    _, event = _event(pipeline, text, "accused")
    assert _all(text, event.targets) == targets


@pytest.mark.parametrize(("text", "trigger", "actors"), [
    ("Both Velmar and Tarnia are guilty of violating the truce.", "violating", ["Velmar", "Tarnia"]),
    ("Marekian troops were responsible for shelling the village of Orsk.", "shelling", ["Marekian troops"]),
])
def test_who_an_adjective_says_is_guilty_of_an_act_does_it(pipeline: Language, text: str, trigger: str,
                                                           actors: list[str]) -> None:
    """The act a predicative adjective's phrase names ("guilty of", "responsible for") is its subject's."""
    _, event = _event(pipeline, text, trigger)
    assert [text[start:end] for start, end in event.actors] == actors


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("Velmar's prime minister has been indicted by a Tarnian court and will resign.", "resign",
     "Velmar's prime minister"),
    ("Velmar was urged by the Harwick league to withdraw its troops from Marekia.", "withdraw", "Velmar"),
    # the parser hangs the dateline's place on "set" as a second subject: the nearer one is the verb's
    ("BRINDLE FALLS (AP) — Velmar Power & Light Co. was set to begin cutting power Monday to about 40,000 "
     "customers.", "begin", "Velmar Power & Light Co."),
])
def test_a_passive_shares_its_subject_not_its_agent(pipeline: Language, text: str, trigger: str, actor: str) -> None:
    """Who resigns after being indicted is the one indicted, not the court that indicted them."""
    _, event = _event(pipeline, text, trigger)
    assert _words(text, event.actor) == actor


def test_a_participle_coordinated_with_a_passive_is_passive_too(pipeline: Language) -> None:
    text = "Three reporters were detained by Velmari police and accused of spying for Tarnia."
    _, event = _event(pipeline, text, "accused")
    assert _words(text, event.actor) != "reporters"


@pytest.mark.parametrize(("text", "trigger", "target"), [
    # A response to an act is aimed at its doer, not at whom it was done to.
    ("The bishops condemned the shooting of students by the militia.", "condemned", "militia"),
    # A complaint about no party is aimed at whom it is made to.
    ("The fishermen's union protested to the ministry over the new quotas.", "protested", "ministry"),
    # An attack a light verb carries acts on the place it is done in.
    ("The army launched an offensive in Nepal on Monday.", "offensive", "Nepal"),
    # A retreat's "from" names whom it retreats from.
    ("The brigade's withdrawal from Nepal ended on Monday.", "withdrawal", "Nepal"),
])
def test_the_party_an_act_is_aimed_at(pipeline: Language, text: str, trigger: str, target: str) -> None:
    _, event = _event(pipeline, text, trigger)
    assert _words(text, event.target) == target


def test_a_count_of_a_party_given_something_is_the_party(pipeline: Language) -> None:
    text, event = _event(pipeline, "The council granted asylum to hundreds of Velorian refugees.", "granted")
    assert (plover_type(event.type, event.status), _words(text, event.target)) == ("AID", "Velorian refugees")


def test_what_a_party_is_expected_to_do_is_the_act_not_its_purpose(pipeline: Language) -> None:
    """"is expected to protest" is a planned complaint by its subject; "expected" is no act done in protest."""
    text = "Norway is expected to protest to Chile over the fishing quotas."
    doc = pipeline(make_doc(pipeline, Article(id="a", source="a", text=text)))
    assert [text[e.trigger[0]:e.trigger[1]] for e in doc._.events] == ["protest"]
    _, event = _event(pipeline, text, "protest")
    assert (_words(text, event.actor), _words(text, event.target)) == ("Norway", "Chile")


def test_an_event_acted_on_is_the_target_shown_but_no_party(pipeline: Language) -> None:
    """Fighting battles acts on an event: the reader sees it as the target, but it is no party for PLOVER's
    coders or the store."""
    text, event = _event(pipeline, "Velorian and Ostrian troops fought heavy battles along the river on Sunday.",
                         "fought")
    assert _words(text, event.target) == "battles"
    assert event.targets == ()


def test_a_named_people_acted_on_end_before_a_place_phrase(pipeline: Language) -> None:
    """After the verb, "in Kessavik" may say where the act was done; "Ostrian" already says who the rebels are.
    Before the verb, the place phrase can only be the subject's, and a nameless word keeps it."""
    text, event = _event(pipeline, "The council demanded a truce with Ostrian forces in Marlandia.", "demanded")
    assert [text[start:end] for start, end in event.targets] == ["Ostrian forces"]
    text, event = _event(pipeline, "Ostrian police in Kessavik arrested two Velorian smugglers on Friday.",
                         "arrested")
    assert [text[start:end] for start, end in event.actors] == ["Ostrian police in Kessavik"]


def test_a_phrase_naming_no_party_does_not_hide_one_after_it(pipeline: Language) -> None:
    """"in protest" names no party; the "to" phrase on the ambassador recalled does."""
    text, event = _event(pipeline, "Velor recalled its ambassador to Ostria in protest at the arrests.", "recalled")
    assert _words(text, event.target) == "Ostria"


def test_the_place_of_a_truce_signed_is_where_it_was_signed(pipeline: Language) -> None:
    """A truce "in Kessavik" was signed or holds there; it is not done to the town, as a curfew there is."""
    text, event = _event(pipeline, "The Ostrian government and the rebels signed a truce in Kessavik on Friday.",
                         "signed")
    assert event.targets == ()
    text, event = _event(pipeline, "The Ostrian army lifted the curfew in Kessavik on Friday.", "lifted")
    assert _words(text, event.target) == "Kessavik"


def test_a_state_of_emergency_is_no_party(pipeline: Language) -> None:
    text, event = _event(pipeline, "The Ostrian cabinet declared a state of emergency across the lowlands.", "declared")
    assert event.targets == ()


def test_coordinated_passives_share_their_by_phrase(pipeline: Language) -> None:
    text, event = _event(pipeline, "Three farmers were arrested and beaten by soldiers near Kessavik.", "arrested")
    assert _words(text, event.actor) == "soldiers"


def test_coordinated_names_before_a_party_are_its_sides(pipeline: Language) -> None:
    text, event = _event(pipeline, "Senior Velorian and Ostrian officials agreed on Monday to reopen the border.",
                         "agreed")
    assert [text[start:end] for start, end in event.actors] == ["Velorian", "Ostrian officials"]
    assert _words(text, event.actor) == "Velorian and Ostrian officials"


def test_coordinated_descriptions_do_not_split_a_party(pipeline: Language) -> None:
    text, event = _event(pipeline, "Military and civilian observers arrived in Ostria on Monday.", "arrived")
    assert [text[start:end] for start, end in event.actors] == ["civilian observers"]


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Two Ostrian gunmen killed 14 people on Sunday when they blew themselves up in Tolvar.", "killed", "Tolvar"),
    ("The Brannish envoy demanded parties to the conflict in Veloria to open the roads.", "demanded", "Veloria"),
])
def test_people_no_name_says_who_stand_for_where_they_were_acted_on(pipeline: Language, text: str, trigger: str,
                                                                    target: str) -> None:
    """PLOVER's coders code no party that is only "people": the target is the named place the act was done in."""
    _, event = _event(pipeline, text, trigger)
    assert _words(text, event.target) == target


def test_a_kind_of_people_keeps_its_role(pipeline: Language) -> None:
    text = "Velorian police arrested dozens of opposition supporters in the capital Tolvar."
    _, event = _event(pipeline, text, "arrested")
    assert _words(text, event.target) == "opposition supporters"


@pytest.mark.parametrize(("text", "target"), [
    ("Students marched against President Aldo Venn's government on Sunday.", "President Aldo Venn"),
    ("Students marched against the government of President Aldo Venn on Sunday.", "President Aldo Venn"),
    ("Students marched against the government of Ostria on Sunday.", "government of Ostria"),
])
def test_a_government_a_person_names_is_that_person(pipeline: Language, text: str, target: str) -> None:
    _, event = _event(pipeline, text, "marched")
    assert _all(text, event.targets) == [target]


def test_a_call_for_a_party_to_act_requests_it_of_that_party(pipeline: Language) -> None:
    text, event = _event(pipeline, "The Tarnwick union repeated its calls for the Velmoran cabinet to resign.",
                         "calls")
    assert (event.type, _all(text, event.targets)) == ("REQUEST", ["Velmoran cabinet"])
    text, event = _event(pipeline, "Mayor Tilda Brannock renewed her call for a truce.", "call")
    assert (event.type, event.targets) == ("REQUEST", ())


def test_people_held_are_the_target_of_their_detention(pipeline: Language) -> None:
    text, event = _event(pipeline, "Gunmen are holding three Ostrian engineers in the hills.", "holding")
    assert (event.type, _all(text, event.targets)) == ("COERCE", ["Ostrian engineers"])
