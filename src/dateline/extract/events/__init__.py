"""The ``dateline_events`` component: who did what to whom, when and where, and each article's lead event.

Every predicate that denotes an event, verbal ("vetoed") or nominal ("the release of", "talks in Doha"), is
typed by the ordered word table of :mod:`.lexicon` (PLOVER types, or ``OCCURRENCE``), given its actor,
target and place (:mod:`.arguments`), its status (:mod:`.status`) and its date (:mod:`.dates`). An event
inside an attribution's content is only claimed, by the attribution's speaker. The lead event (``main``),
what the article reports, is chosen, dated and given its actor by :mod:`.lead`, typed or else an
``OCCURRENCE``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from dateline.extract.events.arguments import (
    MEASURES,
    SETTLEMENTS,
    coded_target,
    compels,
    entity_in,
    in_protest,
    is_purpose,
    met_with,
    names_thing,
    noun_arguments,
    obliges,
    parties,
    phrase,
    place_of,
    target_parties,
    verb_arguments,
)
from dateline.extract.events.dates import attached_timexes, event_dates
from dateline.extract.events.lead import as_lead, carried_event, lead_predicate, parse_depth
from dateline.extract.events.lexicon import (
    COOPERATIVE,
    FRAME_NOUNS,
    OCCURRENCE,
    PRESENCE_VERBS,
    RESUMING,
    VOWING,
    EventRule,
    is_joint,
    match_rule,
    particles,
)
from dateline.extract.events.status import attribution_around, event_status
from dateline.extract.lexicon import REPORTING_VERBS
from dateline.extract.quotes.runs import overlaps
from dateline.extract.syntax import object_of
from dateline.nlp.extensions import PARSE_ANNOTATIONS
from dateline.records import Event, Offsets, Quote, TypeEvidence

#: Acts only a state's authorities do (arrests, expulsions, bans, sentences), whose actor, when a passive names
#: none, is the country they were done in.
STATE_ACTS = frozenset({"COERCE", "SANCTION"})
#: Acts that respond to another party's act or proposal (criticising it, refusing it), whose target is that party.
RESPONSES = frozenset({"ACCUSE", "REJECT"})
#: Words for freeing, an act done to people (:func:`_thing_released`).
RELEASING = frozenset({"release", "free"})
#: Entity kinds of names that can be freed: persons, peoples, and states' nationals named by their state.
FREED_KINDS = frozenset({"PERSON", "NORP", "GPE"})

__all__ = ["EventFinder", "events_component", "find_events", "parse_depth"]


@dataclass(frozen=True, slots=True)
class EventFinder:
    """Set ``doc._.events`` to the article's events, in text order."""

    timex_steps: int
    lead_sentences: int

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = find_events(doc, self.timex_steps, self.lead_sentences)
        return doc


@Language.factory("dateline_events",
                  requires=[*PARSE_ANNOTATIONS, "token.ent_type", "doc.ents", "doc.sents", "doc._.timex_forms",
                            "doc._.timexes", "doc._.published", "doc._.quotes"],
                  assigns=["doc._.events"], default_config={"timex_steps": 5, "lead_sentences": 3})
def events_component(nlp: Language, name: str, timex_steps: int, lead_sentences: int) -> EventFinder:
    """``timex_steps``: how many words up the parse a time expression may sit below its event ("the release
    of Judith Tai and Natalie Raanan on Friday" is four); ``lead_sentences``: how many of the article's first
    sentences are searched for its lead event."""
    return EventFinder(timex_steps, lead_sentences)


def find_events(doc: Doc, timex_steps: int = 5, lead_sentences: int = 3) -> list[Event]:
    """Every event in ``doc``, the lead one marked ``main``."""
    typed = [(token, rule) for token in doc if (rule := _rule_for(token)) is not None]
    quotes: list[Quote] = doc._.quotes or []
    lead = lead_predicate(doc, typed, quotes, lead_sentences)
    carried = carried_event(lead, typed) if lead is not None else None
    typed_by = lead_type_evidence(lead, typed, carried) if lead is not None else None
    if lead is not None and all(token.i != lead.i for token, _ in typed):
        typed = sorted([*typed, (lead, EventRule(frozenset({lead.lemma_.lower()}), "V", OCCURRENCE))],
                       key=lambda pair: pair[0].i)
    forms = [(form.start, form.end) for form in doc._.timex_forms or []]
    predicates = {token.i for token, _ in typed}
    dated_by = attached_timexes(doc, forms, predicates, timex_steps)
    events = {token.i: _event(doc, token, rule, tuple(dated_by.get(token.i, ())), attribution_around(quotes, token),
                              predicates) for token, rule in typed}
    events = {token.i: _with_embedded_party(events[token.i], token, events) for token, _ in typed}
    if lead is not None:
        events[lead.i] = replace(as_lead(doc, events[lead.i], lead, lead_sentences,
                                         events[carried.i] if carried is not None else None),
                                 type_evidence=typed_by)
    return list(events.values())


def _with_embedded_party(event: Event, token: Token, events: dict[int, Event]) -> Event:
    """An event whose own phrases name no party acted on takes it from the act its phrases tell of, as PLOVER's
    coders do, who code one act a sentence and look for its target in what the sentence says of it: the
    target of an act done ("shortened the curfew imposed in Kelmar", "rioted after a rally calling for the
    governor's removal": the governor), or, for a response to an act (:data:`RESPONSES`), the party whose act
    it responds to ("denounced Vostria's crackdown on the strikers": Vostria). A joint act's sides are all its
    actors, so it takes none (:func:`_nearest_party`)."""
    if event.target is not None or event.targets or len(event.actors) > 1:
        return event
    role = "actor" if event.type in RESPONSES else "target"
    inner = _nearest_party(token, events, role, event.actor)
    if inner is None:
        return event
    kept = tuple(span for span in getattr(inner, f"{role}s") if _another_party(span, event.actor))
    return replace(event, target=getattr(inner, role), target_mention=getattr(inner, f"{role}_mention"),
                   targets=kept)


def _nearest_party(predicate: Token, events: dict[int, Event], role: str, actor: Offsets | None) -> Event | None:
    """The event nearest below ``predicate`` whose ``role`` ("actor" or "target") is a party other than
    ``actor`` (:func:`_another_party`), level by level down the parse. The search stops at another party's act,
    a clause with its own subject ("agreed that their countries should cooperate", "resigned as the opposition
    threatened to storm") or an act another party does ("fired at students demanding the minister's
    resignation": the students'); what it tells is that party's act, not the predicate's. A response looks
    for that act's actor, so only a clause stops it."""
    def another_act(word: Token) -> bool:
        event = events.get(word.i)
        return role == "target" and event is not None and event.actor is not None \
            and _another_party(event.actor, actor)

    level = [child for child in predicate.children if not _own_clause(child)]
    while level:
        found = next((event for word in level if (event := events.get(word.i)) is not None
                      and (party := getattr(event, role)) is not None and _another_party(party, actor)
                      and not another_act(word)), None)
        if found is not None:
            return found
        level = [child for word in level if not another_act(word) for child in word.children
                 if not _own_clause(child)]
    return None


def _another_party(span: Offsets, actor: Offsets | None) -> bool:
    """Is the party at ``span`` another than the actor? A party does not act on itself."""
    return actor is None or not overlaps(span, actor)


def _own_clause(word: Token) -> bool:
    """Is the word a verb with a subject of its own, heading a clause that tells its own act?"""
    return word.pos_ in ("VERB", "AUX") \
        and any(child.dep_ in ("nsubj", "nsubjpass", "csubj") for child in word.children)


def lead_type_evidence(lead: Token, typed: list[tuple[Token, EventRule]], carried: Token | None) -> TypeEvidence:
    """Which rule types the lead predicate (:data:`~dateline.records.TypeEvidence`), read before the lead is
    given the default type: a lead no rule typed is a near coin flip as ``OCCURRENCE``, so views must know it."""
    rule = next((rule for token, rule in typed if token.i == lead.i), None)
    if rule is None:
        return "default" if carried is None else "carried"
    if rule.type == OCCURRENCE:
        return "happening"
    return "noun" if lead.pos_ == "NOUN" else "verb"


def _rule_for(token: Token) -> EventRule | None:
    """The table's rule for a predicate, or the presence rule ("Burns, who was in Qatar")."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" or (token.pos_ == "AUX" and lemma in PRESENCE_VERBS and token.dep_ in ("ROOT", "relcl")):
        if lemma in PRESENCE_VERBS:
            return _presence(token)
        if lemma in RESUMING and _object_is_act(token) or _naming_call(token):
            return None
        if _game_result(token) or _fell(token) or _thing_released(token):
            return EventRule(frozenset({lemma}), "V", OCCURRENCE)
        if _person_captured(token):
            return EventRule(frozenset({lemma}), "V", "COERCE", "arrest")
        if (held := _people_held(token)) is not None:
            return held
        table = match_rule(lemma, "V", particles(token))
        rule = _obligation(token) or _compulsion(token) or _vow(token) or _sent_to_act(token, table) or table \
            or _done_in_protest(token)
        return EventRule(frozenset({lemma}), "V", OCCURRENCE) if rule and _thing_visiting(token, rule) else rule
    if token.pos_ == "NOUN" and token.dep_ != "compound":
        if _thing_released(token):
            return EventRule(frozenset({lemma}), "N", OCCURRENCE)
        kinds = [child.lemma_.lower() for child in token.children if child.dep_ == "compound"]
        words = [lemma, *kinds] if lemma in FRAME_NOUNS else [lemma]
        return next((rule for word in words if (rule := match_rule(word, "N", particles(token))) is not None), None)
    return None


def _naming_call(verb: Token) -> bool:
    """Is "call" naming or judging what its object or passive subject is, an object predicate saying what
    ("called the plan a betrayal", "called the decision unacceptable", "a condition called farmer's lung")? Who
    calls a thing something has telephoned no one (the table's CONSULT phone call), and whether the words
    praise or condemn the predicate alone does not tell, so the verb names no act of the table."""
    return verb.lemma_.lower() == "call" and any(child.dep_ == "oprd" for child in verb.children)


def _sent_to_act(verb: Token, sending: EventRule | None) -> EventRule | None:
    """The act that people are sent to do, when a sending verb sends people, not goods: "sent 21 personnel to
    Bosnia to investigate" investigates (PLOVER codes the mission's act; sending aid stays AID). The sending
    is the means, its purpose the event. ``sending``: the table's rule for the verb itself."""
    if sending is None or sending.type != "AID":
        return None
    sent = next((child for child in verb.children if child.dep_ == "dobj"), None)
    if sent is None or names_thing(sent):
        return None
    purposes = (child for child in verb.children if is_purpose(child))
    return next((rule for purpose in purposes
                 if (rule := match_rule(purpose.lemma_.lower(), "V", particles(purpose))) is not None
                 and rule.type not in (OCCURRENCE, "AID")), None)


def _thing_visiting(verb: Token, rule: EventRule) -> bool:
    """Is the visitor of a visit a thing ("the company's long-awaited move into streaming has at last arrived", "the
    shipment arrived")? Only a party visits (PLOVER's CONSULT visit); a thing that arrives has just come."""
    subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
    return rule.mode == "visit" and subject is not None and names_thing(subject)


def _thing_released(word: Token) -> bool:
    """Is what is released or freed a thing ("The Department of Justice released the memos", "the release of
    the findings", "released the updated Climate Change Action Guidelines")? Freeing people retreats (PLOVER's
    RETREAT release); releasing a thing publishes or lets go of it, a happening."""
    if word.lemma_.lower() not in RELEASING:
        return False
    verbal = word.pos_ in ("VERB", "AUX")
    themes = [child if verbal else _of_object(child) for child in word.children
              if child.dep_ in (("dobj", "nsubjpass") if verbal else ("prep",))]
    theme = next((found for found in themes if found is not None), None)
    return theme is not None and (names_thing(theme) or _titled_thing(theme))


def _person_captured(verb: Token) -> bool:
    """Is what is captured a named person ("Police captured Daniel Harlow", "Harlow has been captured in
    Ostrava")? A named person taken is arrested (PLOVER's COERCE arrest); capturing a town or a hill is an
    assault, the table's type."""
    return verb.lemma_.lower() == "capture" and any(
        child.dep_ in ("dobj", "nsubjpass") and child.ent_type_ == "PERSON" for child in verb.children)


#: Object pronouns that stand for a person held ("held him for five years"); "them" may stand for things.
HELD_PRONOUNS = frozenset({"him", "her"})
#: Words that say people are held as hostages: holding them so abducts them, as taking them hostage does.
HOSTAGES = frozenset({"hostage", "hostages", "captive", "captives"})


def _people_held(verb: Token) -> EventRule | None:
    """The rule for "hold" done to people: holding people detains them ("gunmen are holding three engineers",
    "police held 20 activists overnight"; PLOVER's COERCE arrest, as capturing a named person is), or, held
    as hostages, abducts them (ASSAULT abduct, the table's "took three men hostage"). Holding a thing is an
    act the thing names or none ("held talks", "holds the presidency"); a complement or a "to" phrase on the
    verb judges ("held the minister responsible", "held him to a different standard"). The held count as
    people in the plural or counted ("thousands of refugees"), or named, or as "him" or "her": a singular
    word for a body is what is convened ("held a party congress") or a figure of speech ("holding the
    government hostage"), a town held is territory controlled, and "them" may be things."""
    if verb.lemma_.lower() != "hold":
        return None
    complements = [child for child in verb.children if child.dep_ in ("oprd", "acomp", "ccomp", "xcomp")
                   or child.dep_ == "prep" and child.lower_ == "to"]
    held = next((child for child in verb.children if child.dep_ in ("dobj", "nsubjpass")), None)
    if held is None or any(child.lower_ not in HOSTAGES for child in complements):
        return None
    hostage = held.lower_ in HOSTAGES  # "held two nurses hostage", which the parser may read as one noun phrase
    if hostage:
        held = next((child for child in held.children if child.dep_ == "compound"), held)
    if not (held.ent_type_ == "PERSON" or held.lower_ in HELD_PRONOUNS
            or held.tag_ == "NNS" and not names_thing(held) and held.lemma_.lower() not in SETTLEMENTS):
        return None
    lemmas = frozenset({verb.lemma_.lower()})
    return EventRule(lemmas, "V", "ASSAULT", "abduct") if complements or hostage \
        else EventRule(lemmas, "V", "COERCE", "arrest")


def _titled_thing(word: Token) -> bool:
    """Is the word the head of a name no person, people or state bears: a title ("the updated National Climate
    Change Action Guidelines", which the tagger may take for an organisation), a product ("the iPhone 15")?
    Only people are freed; an organisation is not "released", so a name of that kind released is published."""
    return word.pos_ == "PROPN" and word.ent_type_ not in FREED_KINDS


def _of_object(preposition: Token) -> Token | None:
    return object_of(preposition) if preposition.lower_ == "of" else None


def _fell(verb: Token) -> bool:
    """Is "decline" a fall ("ridership declined", "shares declined 5%"), not a refusal? One refuses
    something or to do something, which follows the verb ("declined to comment", "declined the offer") or is
    its passive subject ("the offer was declined"); a measure is how far a thing fell, and a clause before
    the verb is one the parser hung on it ("something happened to ridership last year: It declined")."""
    if verb.lemma_.lower() != "decline":
        return False
    refused = [child for child in verb.children if child.ent_type_ not in MEASURES
               and (child.dep_ == "nsubjpass" or child.dep_ in ("dobj", "xcomp", "ccomp") and child.i > verb.i)]
    return not refused


def _game_result(verb: Token) -> bool:
    """Does a verb report a game's result, a score among its words ("Ghana beat Peru 3-1 to take the last
    place", "The Lakers crushed the Celtics 110-95 on Sunday")? Beating or crushing a side by a score is no
    violence or coercion but a happening. Two numbers joined by a dash before a noun count something ("killed
    5-10 militants", "a 5-4 vote"), which is no score."""
    words = verb.doc[verb.i + 1:verb.right_edge.i + 1]
    return any(first.like_num and words[k + 1].text in ("-", "–") and words[k + 2].like_num
               and (k + 3 >= len(words) or words[k + 3].pos_ not in ("NOUN", "PROPN", "ADJ"))
               for k, first in enumerate(words[:-2]))


def _object_is_act(verb: Token) -> bool:
    """Does the verb's object name an act of a PLOVER type ("resumed peace talks")? Then the act is the event
    (:data:`~.lexicon.RESUMING`)."""
    return any(child.dep_ == "dobj" and (rule := match_rule(child.lemma_.lower(), "N", particles(child))) is not None
               and rule.type != OCCURRENCE for child in verb.children)


def _vow(verb: Token) -> EventRule | None:
    """A vow of a cooperative act is a promise, AGREE ("vowed to respect the ceasefire", "swore to free the
    hostages"), as PLOVER codes an intent to cooperate; the table's THREATEN holds for a vow of anything else
    (:data:`~.lexicon.VOWING`)."""
    lemma = verb.lemma_.lower()
    if lemma not in VOWING or not any(word.pos_ in ("VERB", "NOUN") and _cooperative(word) for child in verb.children
                                      if child.dep_ == "xcomp" for word in child.subtree):
        return None
    return EventRule(frozenset({lemma}), "V", "AGREE")


def _cooperative(word: Token) -> bool:
    rule = match_rule(word.lemma_.lower(), "V" if word.pos_ == "VERB" else "N", particles(word))
    return rule is not None and rule.type in COOPERATIVE | {"AGREE"}


def _obligation(verb: Token) -> EventRule | None:
    """Saying that someone must act is demanding it: "declared that China must drop barriers", "reiterated
    that Libya must hand over the bombers"; this comes before the verb's own type ("concluded that the US
    must allocate resources" demands, it agrees to nothing)."""
    if verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    for clause in verb.children:
        if clause.dep_ == "ccomp" and obliges(clause):
            return EventRule(frozenset({verb.lemma_.lower()}), "V", "REQUEST")
    return None


def _compulsion(verb: Token) -> EventRule | None:
    """Ordering or forcing a party to act coerces it (:func:`~.arguments.compels`), the party its target."""
    return EventRule(frozenset({verb.lemma_.lower()}), "V", "COERCE") if compels(verb) else None


def _done_in_protest(verb: Token) -> EventRule | None:
    """An act the table does not type, done "in protest" or "to protest", is a protest: "blocked the path of
    immigration vans in protest of", "shunned work to protest at". PLOVER's PROTEST is any collective action
    carried out as a protest, whatever its verb, so the purpose names the type the verb does not; but words
    said or posted in protest are its ACCUSE disapprove (its manual: protests on social media), and a verb
    whose object names the act ("began a hunger strike to protest") leaves the type to it."""
    if _object_is_act(verb):
        return None
    protesting = any(is_purpose(child) and child.lemma_.lower() == "protest" for child in verb.children)
    if in_protest(verb) is None and not protesting:
        return None
    lemma = verb.lemma_.lower()
    if lemma in REPORTING_VERBS:
        return EventRule(frozenset({lemma}), "V", "ACCUSE", "disapprove")
    return EventRule(frozenset({lemma}), "V", "PROTEST", "demo")


def _presence(verb: Token) -> EventRule | None:
    """Someone named being in a named place is a visit."""
    actor, _ = verb_arguments(verb)
    if actor is None or place_of(verb, None, False) is None:
        return None
    if actor.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") and actor.lower_ not in ("who",):
        return None
    return EventRule(frozenset({verb.lemma_.lower()}), "V", "CONSULT", "visit")


def _event(doc: Doc, token: Token, rule: EventRule, dated_by: tuple[Offsets, ...], quote: Quote | None,
           predicates: set[int]) -> Event:
    verbal = token.pos_ in ("VERB", "AUX")
    actor, target = verb_arguments(token) if verbal else noun_arguments(token, predicates)
    status = event_status(token, quote is not None)
    claimed_by = None
    if quote is not None:
        claimed_by = quote.speaker or (doc.text[quote.source[0]:quote.source[1]] if quote.source else None)
        if status == "happened":
            status = "claimed"
    said_dated_by = quote.dated_by if quote is not None else ()
    day, earliest, latest = event_dates(status, dated_by, said_dated_by, doc._.timexes or [], doc._.published)
    place = place_of(token, target, rule.mode == "visit")
    if target is None and rule.mode == "visit":
        target = place  # the place visited: "arrived in Bosnia"
    target = coded_target(token, target)
    if actor is None and rule.type in STATE_ACTS and place is not None and place.ent_type_ == "GPE" \
            and any(child.dep_ == "nsubjpass" for child in token.children):
        actor = place  # "was arrested in Lebanon": only a state arrests, and PLOVER codes the state
    actors, targets = parties(doc, actor), target_parties(doc, target)
    if target is not None and is_joint(rule) and met_with(token, target):
        actors, targets = actors + targets, ()
    sentence = token.sent
    return Event(
        article_id=doc._.article_id, type=rule.type, mode=rule.mode,
        trigger=(token.idx, token.idx + len(token)), sentence=(sentence.start_char, sentence.end_char),
        status=status, claimed_by=claimed_by, date=day, earliest=earliest, latest=latest,
        actor=_span(doc, actor), actor_mention=entity_in(doc, phrase(doc, actor), actor) if actor else None,
        target=_span(doc, target), target_mention=entity_in(doc, phrase(doc, target), target) if target else None,
        location=(place.idx, place.idx + len(place)) if place is not None else None,
        dated_by=dated_by, said_dated_by=said_dated_by, actors=actors, targets=targets,
    )


def _span(doc: Doc, head: Token | None) -> Offsets | None:
    return phrase(doc, head) if head is not None else None
