"""Who acted, on whom, and where: the spans a predicate's dependents give.

A verb's actor is its subject (or the "by" phrase of a passive), its target the object (or the passive
subject, or a "to"/"with"/"against"/"on" phrase). A noun's actor is its possessor ("Hamas's attack"), a
"by" phrase, or a name modifying it ("the US draft"), and its target an "of"/"on"/"against"/"with" phrase
("the release of Judith Tai", "the attack on Israel"). A noun a light verb carries ("held talks", "launched
an attack") takes the verb's subject as its actor and, lacking a target of its own, the party the verb
gives it to or the target of the verb's purpose ("staged a hunger strike to protest against Sweden's
decision"). Each span is the argument's noun phrase, with the
entity mention that heads it; each party a phrase names ("Jordan and Britain") also has a span of its own,
which for a nameless party runs on through the phrase that says which people it is ("refugees fleeing the
civil war in Liberia").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.extract.events.lexicon import (
    CONFLICTUAL,
    COOPERATIVE,
    OCCURRENCE,
    EventRule,
    clause_for,
    match_rule,
    particles,
)
from dateline.extract.events.status import ATTEMPT_VERBS, INTENTION_VERBS
from dateline.extract.lexicon import REPORTING_VERBS, names_person
from dateline.extract.syntax import object_of
from dateline.records import Offsets

#: Named-entity kinds that can act or be acted on, and the kinds that are places.
ACTOR_KINDS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
PLACE_KINDS = frozenset({"GPE", "LOC", "FAC"})
#: Entity kinds of a name that a common word before it may only say the kind of: "candidate Alassane Ouattara",
#: "the conservative group Judicial Watch".
NAME_KINDS = frozenset({"PERSON", "ORG"})
#: Entity kinds a "by" phrase measures with rather than names an agent: "extended by two days".
MEASURES = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "PERCENT", "MONEY"})
#: Prepositions that introduce a target, and those that introduce where an event took place.
TARGET_PREPS = ("to", "with", "against", "on", "toward", "towards", "into")
PLACE_PREPS = frozenset({"in", "at"})
#: Prepositions by which a thing acted on names the party it concerns: "a ban on", "demands from", "a visit to".
PARTY_PREPS = frozenset({"of", "by", "on", "against", "from", "with", "in", "for", "to", "between"})
#: How many phrases deep a thing acted on is searched for the party it concerns: "calls by Belarus's rulers",
#: "violations by Algerian security forces".
PARTY_DEPTH = 2
#: Event types whose "in" place is where they were held, not a party: talks, protests, agreements ("an
#: agreement in Doha").
VENUE_TYPES = frozenset({"CONSULT", "PROTEST", "AGREE"})
#: Event types that act on the place they are done in: "an offensive in the north", "a curfew in the capital".
PLACE_ACTS = frozenset({"ASSAULT", "COERCE"})
#: Words for a party's armed or official means, which stand for the named place they are in: "a peacekeeping
#: force in Lebanon" (Lebanon).
MEANS = frozenset({"troop", "force", "soldier", "peacekeeper", "inspector", "observer", "reservist", "personnel",
                   "unit", "battalion", "warship", "ship", "aircraft", "plane", "jet", "army"})
#: Event types by which a party musters, sends or withdraws forces, which are its own (:func:`_own_means`).
MOVING_FORCES = frozenset({"MOBILIZE", "AID", "RETREAT"})
#: Adjectives that are part of who a party is: a title's ("Former Socialist prime minister", "the prime
#: minister's office", "a grand jury"), and those that say which side or people a party is of ("ethnic Albanians",
#: "the fundamentalist Umma party").
TITLE_WORDS = frozenset({"former", "acting", "deputy", "interim", "vice", "ex", "late", "new", "prime", "foreign",
                         "supreme", "federal", "grand"})
SIDE_WORDS = frozenset({"ethnic", "fundamentalist", "islamist", "communist", "socialist", "nationalist",
                        "separatist", "royalist", "opposition", "rebel"})
NAMING_ADJECTIVES = TITLE_WORDS | SIDE_WORDS
#: Verbs of complaining, whose "to" phrase names whom the complaint is made to, and the prepositions that name
#: what it is about: "complained to the United Nations over two Israeli air raids" (Israeli).
COMPLAINING = frozenset({"complain", "protest", "object"})
COMPLAINED_OF = ("against", "over", "about", "of", "at")

#: Verbs that lay a charge on a party by an "of" phrase: "accused the army of war crimes".
CHARGING = frozenset({"accuse", "convict", "suspect", "acquit"})

#: Verbs whose infinitive says what their subject intends, tries or is expected to do, not what they do it for.
INTENDING = INTENTION_VERBS | ATTEMPT_VERBS | {"decide", "refuse"}

#: Verbs of compelling: ordering or forcing a party to act is coercing it ("ordered the newspaper to suspend
#: publication", "forced the opposition party to cancel its congress").
COMPELLING = frozenset({"order", "force", "compel", "oblige"})

#: Prepositions that name the partners of a joint act: "talks with Abe", "cooperation between Norway and Sweden".
PARTNER_PREPS = frozenset({"with", "between"})
#: Prepositions by which an event noun names its target: "the release of", "the attack on", "talks between".
NOUN_TARGET_PREPS = ("of", *TARGET_PREPS, "between")
#: Event types whose verb's object, or the party addressed, does what the verb's complement says: requests
#: ("urged Syria to withdraw") and concessions ("allowed the rebels to withdraw").
ASKING = frozenset({"REQUEST", "CONCEDE"})
#: Prepositions by which a request names whom it is addressed to: "called on Iran", "appealed to the rebels".
ADDRESSED = ("on", "to")
#: Event types made to a party that hears them, a complaint or a demand (:func:`_summoned_to_hear`).
HEARD_TYPES = frozenset({"ACCUSE", "REQUEST"})
#: Prepositions by which an attack or a criticism names what it is aimed at: "fired rockets at northern Israel",
#: "lashed out at the United States"; and the types of those acts.
AIMED_AT = ("at",)
AIMING_TYPES = frozenset({"ASSAULT", "ACCUSE"})
#: Modes of acts done to a person, whose possessor is the person ("Navalny's arrest", "Rabin's assassination").
DONE_TO_PERSONS = frozenset({"arrest", "deport", "abduct", "targeted", "expel", "convict", "release", "torture"})
#: Conjunctions that make a clause the condition of an act: "unless Israel rescinded", "if the US goes ahead".
CONDITIONS = frozenset({"unless", "if"})
#: Verbs by which the subject performs the event a noun names, adding none of their own: "held talks",
#: "launched an attack", "imposed sanctions", "gave ... aid", "reiterated its demand", "paid a visit", or only keeps or
#: strengthens its own act ("tighten the blockade", "maintain sanctions", "increase pressure on", "extended its
#: support to"; not "prolong the truce": that acts on it).
LIGHT_VERBS = frozenset({"launch", "carry", "conduct", "hold", "make", "stage", "mount", "begin", "start",
                         "continue", "give", "issue", "use", "announce", "have", "take", "lead", "resume",
                         "impose", "declare", "open", "deliver", "provide", "send", "order", "undertake", "wage",
                         "sign", "reach", "seal", "perform", "commit", "pursue", "initiate", "host", "organize",
                         "organise", "file", "lodge", "step", "intensify", "escalate", "reiterate", "renew", "repeat",
                         "voice", "express", "engage", "resort", "place", "put", "involve",
                         "tighten", "maintain", "expand", "widen", "increase", "boost", "go", "pay", "extend",
                         "strengthen", "reinforce", "grant", "approve",
                         "stag"})  # the tagger's lemma of "staged"
#: Light verbs whose event comes in a prepositional phrase: "engaged in", "resorted to", "went on strike",
#: "placed ... under house arrest" (whose object is the party it is done to).
PREPOSITIONAL_CARRIERS = frozenset({"engage", "resort", "place", "put", "involve", "go"})
#: Carriers whose passive subject does the act: "were engaged in fighting", "are involved in the attacks".
ENGAGED = frozenset({"engage", "involve"})
#: How far up the parse a noun looks for the verb that carries it.
CARRIER_STEPS = 4
#: Nouns that only say what kind of body a name is: "the Islamic Jihad movement" is Islamic Jihad.
BODY_KINDS = frozenset({"movement", "group", "forum", "network", "organization", "organisation", "faction",
                        "province", "region"})
#: Nouns that count or gather a party, which is the party of their "of" phrase: "a group of Moroccan diplomats",
#: "Members of the Association of African Jurists", "Thousands of Iraqi Kurds", "units of the Syrian army".
COLLECTIVES = frozenset({"group", "member", "thousand", "hundred", "dozen", "ten", "score", "million", "part",
                         "deployment", "contingent", "number", "majority", "third", "half", "some", "many", "all",
                         "unit", "element"})
#: Prepositions by which a phrase on a word for people says which people, naming a place or a body: "Rebels in
#: the Ivory Coast", "students throughout Indonesia", "a Christian missionary from Calgary" (not "refugees from
#: their homes"); and those of them that only say where people are, which a name before the word already
#: says who they are without (:func:`_named_people`).
WHICH_PREPS = frozenset({"of", "in", "from", "at", "throughout", "near"})
WHERE_PREPS = frozenset({"in", "at", "throughout", "near"})
#: Nouns for places people live in, which an attack or a restriction acts on as PLOVER codes it, with the
#: words that say which: "a strategic village in Western Cambodia", "the Moslem enclave of Gorazde".
SETTLEMENTS = frozenset({"village", "town", "city", "capital", "enclave", "suburb",
                         "neighbourhood", "neighborhood", "district"})
#: Nouns for the unnamed places people are of, which say where they live, not who they are: "the Ostrian
#: population of the province" (:func:`_unnamed_home`).
HOMES = SETTLEMENTS | {"province", "region", "area", "country", "territory"}
#: Possessive pronouns by which an actor's own means are named: "its troops".
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})
#: Words that name a party by its relation to another, the party a possessive names them by: "talks with his
#: Somali counterpart", "its European partners" are another party, not the possessor's own (:func:`_own`).
RELATIONS = frozenset({"counterpart", "partner", "neighbour", "neighbor", "ally", "rival", "opponent", "enemy",
                       "adversary", "foe"})
#: Relative pronouns, which stand for the noun their clause modifies ("Burns, who was in Qatar").
RELATIVE = frozenset({"who", "which", "that", "whom"})
#: Pronouns that can stand for a party: a person, a country, a group.
PERSONAL_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "him", "her", "them", "us", "you"})
#: Nouns for people or bodies of people, which act and are acted on like named parties.
PEOPLE_WORDS = frozenset("""official minister president leader government army force troop soldier police rebel
    militant guerrilla fighter militia militiaman civilian refugee people resident worker student protester
    demonstrator detainee prisoner hostage diplomat delegation envoy negotiator mediator authority parliament
    court party group member ministry administration regime opposition coalition council committee
    commission agency organisation organization movement union delegate ambassador spokesman spokeswoman
    spokesperson lawmaker legislator senator victim youth child woman man citizen settler immigrant
    migrant peacekeeper monitor inspector observer journalist activist supporter villager farmer leadership
    cabinet military navy family team taker ruler adviser advisor national missionary landowner inhabitant hacker
    commander chief general bomber guard emir king queen prince sheikh cleric judge prosecutor lawyer doctor
    officer agent attorney insurgent terrorist gunman attacker kidnapper captor employee staff personnel governor mayor
    chancellor premier secretary director chairman representative ally neighbour neighbor population community
    tribe clan faction unit battalion brigade person individual candidate voter opponent dissident rival nation
    country state republic kingdom peacekeeper volunteer scientist engineer physician nurse pilgrim worshipper
    mourner monk priest bishop imam rabbi pope businessman trader merchant shopkeeper driver pilot crew sailor
    fisherman miner teacher professor scholar expert analyst economist banker investor tourist visitor passenger
    defector deserter extremist jihadist islamist loyalist nationalist separatist paramilitary mercenary sniper
    marine commando veteran recruit conscript captive abductee survivor evacuee politician statesman bureaucrat
    administrator regulator investigator aide deputy colonel captain sergeant lieutenant admiral marshal warlord
    chieftain elder sultan emperor dictator monarch ayatollah mullah policeman gendarme crowd mob gang cartel
    company corporation newspaper broadcaster legislature congress senate assembly junta tribunal embassy
    consulate charity nun pupil schoolchild schoolchildren schoolboy schoolgirl boy girl teenager baby infant
    rioter looter striker protestor peasant herder nomad squatter labourer laborer counterpart
    son daughter wife husband spouse mother father parent brother sister friend fan couple kid boss coach chef
    actress athlete executive airline firm bank startup club business brand chain institute foundation fund giant
    conglomerate jury""".split())


def verb_arguments(verb: Token) -> tuple[Token | None, Token | None]:
    """The heads of a verb's actor and target."""
    actor = None
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj") and actor is None:
            actor = child
        elif child.dep_ == "agent" and (by := object_of(child)) is not None and by.ent_type_ not in MEASURES:
            actor = by if actor is None or actor.dep_ != "nsubj" else actor
    if actor is not None and actor.lower_ in RELATIVE and verb.dep_ == "relcl":
        actor = verb.head
    if actor is None and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "NOUN":
        # "others pushing for a truce": the others; "Germany's declaration demanding": Germany
        actor = verb.head if is_party(verb.head) else noun_arguments(verb.head, set())[0]
    if actor is None and verb.dep_ == "acl" and _infinitive(verb) and verb.head.pos_ == "NOUN":
        actor = noun_arguments(verb.head, set())[0]  # "Germany's decision to expel": whose decision it is
    if actor is None and verb.dep_ == "xcomp":
        actor = _asked(verb.head)
    if actor is None and verb.dep_ in ("xcomp", "conj", "advcl"):
        governor = verb.head.head if verb.head.dep_ == "acomp" else verb.head  # "is ready to host"
        if governor.pos_ in ("VERB", "AUX"):
            actor = (None if _shares_passive(verb) else _passive_subject(governor)) or verb_arguments(governor)[0]
    if actor is None and verb.dep_ == "pcomp" and verb.head.head.dep_ == "acomp":
        actor = verb_arguments(verb.head.head.head)[0]  # "are guilty of violating": who is guilty violates
    if actor is not None and actor.pos_ == "NOUN" and _names_act(actor):
        actor = _doer_of_act(actor)
    if actor is None and _passive_subject(verb) is not None:
        actor = _shared_agent(verb) or _doer_of_means(verb)
    target = _verb_target(verb)
    return _reported_subject(verb, actor), target


def _shared_agent(verb: Token) -> Token | None:
    """The "by" phrase of a bare passive participle coordinated with a passive verb, which names who did both:
    "were arrested and beaten by soldiers" (the soldiers arrested them too)."""
    for child in verb.children:
        if child.dep_ == "conj" and _shares_passive(child) and (by := _agent(child)) is not None \
                and by.ent_type_ not in MEASURES:
            return by
    return None


def _doer_of_means(verb: Token) -> Token | None:
    """The doer of the act a passive verb with no "by" phrase was done in or during: "were killed in an Ostrian
    air strike" (Ostrian), "was wounded during a Velorian raid" (Velorian)."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "during") and (act := object_of(child)) is not None \
                and act.pos_ == "NOUN" and _names_act(act):
            doer = _named_doer(act)
            if doer is not None and is_party(doer):
                return doer
    return None


def _passive_subject(verb: Token) -> Token | None:
    """A passive verb's subject, which a verb coordinated with it or its complement shares, not its "by"
    phrase: "was indicted by the court and will resign", "was forced by the army to flee" (who resigns or flees
    is the one indicted or forced). Where the parser hangs two subjects on it, a dateline's place misread as
    one ("OSTERVALE (AP) — The water board was set to begin …"), the subject is the one nearest the verb."""
    subjects = [child for child in verb.children if child.dep_ == "nsubjpass"]
    return min(subjects, key=lambda child: abs(verb.i - child.i), default=None)


def _shares_passive(verb: Token) -> bool:
    """Is the verb a bare past participle coordinated with a passive, passive too ("were detained by police and
    accused of spying"): the shared subject is the one it is done to, not its actor?"""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and not any(child.dep_ in ("aux", "auxpass")
                                                                 for child in verb.children)


def compels(verb: Token) -> bool:
    """Is the verb an order that makes a party its object act, an infinitive saying what (:data:`COMPELLING`)?
    The order is the event, a coercion of that party, whatever the act it orders ("ordered foreign journalists
    to leave the country"); without a party made to act ("ordered patrols", "forced out") it is not."""
    if verb.lemma_.lower() not in COMPELLING or not any(_infinitive(child) for child in verb.children
                                                         if child.dep_ == "xcomp"):
        return False
    ordered = next((child for child in verb.children if child.dep_ == "dobj"), None)
    return ordered is not None and is_party(_participant(ordered))


def _doer_of_act(act: Token) -> Token | None:
    """Who does what an act that is a verb's subject does: the act's own actor ("the attack by militants
    killed four guards", "Israel's military attack killed"), or the act's phrase where a name before it says
    whose it is though no entity was found ("US Predator attacks have killed"); else no one ("the pressure
    will not ease", "negotiations broke down")."""
    doer = noun_arguments(act, set())[0]
    if doer is None and any(word.pos_ == "PROPN" for child in act.lefts for word in child.subtree):
        return act
    return doer


def _asked(governor: Token) -> Token | None:
    """The party a request asks, or a concession lets, do what its complement says, who does it: the verb's
    object ("urged Syria to withdraw", "allowed the rebels to withdraw") or the party it is addressed to
    ("called on Iran to release", "appealed to the rebels to lay down their arms"). Any other verb's
    complement is its subject's purpose ("summoned the ambassador to complain")."""
    if _type_of(governor) not in ASKING:
        return None
    asked = next((child for child in governor.children if child.dep_ == "dobj"), None)
    if asked is None:
        asked = _prep_object(governor, ADDRESSED)
    return asked if asked is not None and is_party(asked) and not _own(asked) else None


def _verb_target(verb: Token) -> Token | None:
    """Who a verb acts on, a party (:func:`_party_acted_on`); else the event it acts on ("the truce was
    extended"); a thing acted on is no target ("signed a treaty", "demanded immediate elections"), but an act
    on a thing done for a purpose is aimed where the purpose is ("shunned work to protest at the settlement of
    immigrants": the immigrants; "shut their shops to protest against the arrest of opposition leaders")."""
    theme = _theme(verb)
    party = _party_acted_on(verb, theme)
    if party is None and theme is None:
        party = _shared_target(verb) or _purpose_target(verb)
    elif party is None and theme is not None and names_thing(theme):
        party = _purpose_target(verb)
    if party is None:
        party = _summoned_to_hear(verb)
    if party is None and theme is not None and _names_event(theme):
        party = _laid_on(theme)
    return party if party is not None or theme is None or not _names_event(theme) or _idiom_word(verb, theme) \
        else theme


def _laid_on(act: Token) -> Token | None:
    """The party a passive participle on an act says the act was laid on or where: "the sanctions imposed on
    Morland" (Morland), "the curfew declared in the capital" (the capital). Lifting, easing or extending such an
    act acts on that party, as PLOVER codes it, not on the act; its "by" phrase names who laid it, no target,
    and a meeting's or a protest's place is where it was held ("the demonstration staged in the capital")."""
    preps = TARGET_PREPS if _held_somewhere(act) else (*TARGET_PREPS, "in", "at")
    for child in act.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and (found := _prep_object(child, preps)) is not None \
                and is_party(party := _participant(found)):
            return party
    return None


def _summoned_to_hear(verb: Token) -> Token | None:
    """The party a complaint or a demand naming no party of its own is made to: the object of the verb it is
    the purpose of ("summoned the ambassador to complain of inaction", "called in the envoy to demand an
    explanation"), which is who hears it."""
    if not is_purpose(verb) or _type_of(verb) not in HEARD_TYPES:
        return None
    hearer = next((child for child in verb.head.children if child.dep_ == "dobj"), None)
    return hearer if hearer is not None and is_party(hearer) and not _own(hearer) else None


def _idiom_word(verb: Token, theme: Token) -> bool:
    """Is the object the word the verb's rule asks for, part of the predicate ("exchanged fire", "opened
    fire"), not an event it acts on?"""
    rule = _rule_of(verb)
    return rule is not None and rule.particle == theme.lower_


def _shared_target(verb: Token) -> Token | None:
    """The party acted on that a verb with no object shares with the verb coordinated with it or the
    participle elaborating it, where these have no subject of their own: "donated and personally delivered
    goods to Baghdad University" (the university), "demonstrated in Kirkuk, calling for independence from
    Iraq" (Iraq)."""
    for child in verb.children:
        shares = child.dep_ == "conj" or child.dep_ == "advcl" and child.tag_ == "VBG" and _is_predicate(child)
        if shares and child.pos_ == "VERB" and not any(word.dep_ in ("nsubj", "nsubjpass") for word in child.children):
            return _party_acted_on(child, _theme(child))
    return None


def _is_predicate(verb: Token) -> bool:
    """Does the verb denote an event in the table ("calling for", "demanding"), not a circumstance
    ("joining")?"""
    return match_rule(verb.lemma_.lower(), "V", particles(verb)) is not None


def _theme(verb: Token) -> Token | None:
    """The verb's object or passive subject, or the object counted "up to" ("kidnapped up to 16 Russian
    advisers", which the parser reads as a particle and a phrase). In a relative clause a relative pronoun
    stands for the noun the clause modifies ("the soldiers whom they had kidnapped", "the journalist, who was
    arrested"), and a passive participle that modifies a noun acts on it ("civilians killed by the strike");
    without its "by" phrase a participle may be a main verb the parser missed ("Doctors from two aid groups
    donated", "a human rights group protested"), so it is not read so."""
    for child in verb.children:
        if child.dep_ in ("nsubjpass", "dobj", "dative"):
            return verb.head if child.lower_ in RELATIVE and verb.dep_ == "relcl" else child
        if child.dep_ == "prt" and child.lower_ == "up" and (counted := _prep_object(child, ("to",))) is not None:
            return counted
    return verb.head if verb.dep_ == "acl" and verb.tag_ == "VBN" and _agent(verb) is not None else None


def _party_acted_on(verb: Token, theme: Token | None) -> Token | None:
    """The party a verb acts on: its object or passive subject as :func:`_acted_on` reads it, else what its
    complement says (:func:`_complement_target`), else the party a condition on it names
    (:func:`_condition_party`)."""
    found = _acted_on(verb, theme)
    if found is None:
        found = _complement_target(verb)
    return found if found is not None else _condition_party(verb)


def _condition_party(verb: Token) -> Token | None:
    """The party whose act a condition names, at whom a conditional act is aimed: "threatened to call a
    national strike unless the government withdrew its budget" (the government)."""
    for clause in verb.children:
        if clause.dep_ == "advcl" and any(word.dep_ == "mark" and word.lower_ in CONDITIONS
                                          for word in clause.children):
            subject = next((word for word in clause.children if word.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ != "PRON" and is_party(subject := _participant(subject)):
                return subject
    return None


def _names_act(word: Token) -> bool:
    """Is the noun an act someone does ("the attack", "the bombing"), whose doer, not the act, does what it
    is the subject of?"""
    return _type_of(word) not in (None, OCCURRENCE)


def _names_event(word: Token) -> bool:
    """Is the word a noun for a political act done, cooperative or conflictual in PLOVER's sense ("the truce",
    "talks"), not a thing? What is said (an agreement signed, a call or a demand rejected) is the content of
    the act, not its target; its party, where named, is."""
    rule = match_rule(word.lemma_.lower(), "N", particles(word))
    return rule is not None and rule.type in COOPERATIVE | CONFLICTUAL


def noun_arguments(noun: Token, predicates: set[int]) -> tuple[Token | None, Token | None]:
    """The heads of an event noun's actor and target; ``predicates``: the indices of the sentence's words
    that denote events themselves. With no actor of its own, the noun's actor is the subject of the light
    verb that carries it ("held talks"); any other verb's subject may act on the event without making it
    ("tried to prolong the truce", "embraced an agreement", "died as a result of the strike")."""
    actor = _named_doer(noun)
    target = _noun_target(noun) or _befallen(noun)
    if actor is None:
        actor = _agent_of_participle(noun)
    carrier = _carrier(noun, predicates)
    if carrier is not None and carrier.lemma_.lower() in LIGHT_VERBS \
            and ((carried := _carried_as_object(noun, carrier)) or _own_act(noun)):
        if actor is None:
            doer = _engaged(carrier) or verb_arguments(carrier)[0]
            actor = doer if doer is not None and is_party(_participant(doer)) else None
        if target is None and carried:
            return actor, _carried_target(carrier, noun)
    return actor, target


def _named_doer(noun: Token) -> Token | None:
    """The actor an event noun's own words name: its possessor ("Hamas's attack"), a "by" phrase, or a name
    modifying it ("the US draft")."""
    actor = None
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in OWN_POSSESSIVES and not _befalls(noun, child):
            actor = child
        elif child.dep_ in ("compound", "amod", "nmod") and child.ent_type_ in ACTOR_KINDS and actor is None:
            actor = child
        elif child.dep_ == "prep" and child.lower_ == "by":
            actor = object_of(child) or actor
    return actor


def _engaged(carrier: Token) -> Token | None:
    """The passive subject of "engaged in" or "involved in", which does the act the phrase names: "Velorian
    forces were engaged in heavy fighting" (the forces), not the party it is done to."""
    if carrier.lemma_.lower() not in ENGAGED or _agent(carrier) is not None:
        return None
    return _passive_subject(carrier)


def _own_act(noun: Token) -> bool:
    """Is the act the subject's own by a possessive pronoun ("holds a press conference during his visit to
    Cairo")? Then even in an adjunct it is the subject's; an act in an adjunct without one ("imposed
    sanctions over the war") is not."""
    return any(child.dep_ == "poss" and child.lower_ in OWN_POSSESSIVES for child in noun.children)


def _befalls(noun: Token, possessor: Token) -> bool:
    """Is the possessor of an act done to persons, with no "of" phrase naming another, the persons it is done
    to ("Navalny's arrest", "the Americans' release"), not its doer ("Israel's release of")?"""
    rule = _rule_of(noun)
    return possessor.ent_type_ in ("PERSON", "NORP") and rule is not None and rule.mode in DONE_TO_PERSONS \
        and _prep_object(noun, ("of",)) is None


def _befallen(noun: Token) -> Token | None:
    return next((child for child in noun.children if child.dep_ == "poss" and _befalls(noun, child)), None)


def _agent_of_participle(noun: Token) -> Token | None:
    """The party a passive participle on an act noun names as its agent: the act's doer ("the attack, carried
    out by Boko Haram militants", "a roadside bomb planted by Taliban insurgents")."""
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and (agent := _agent(child)) is not None \
                and is_party(_participant(agent)):
            return agent
    return None


def _carried_as_object(noun: Token, carrier: Token) -> bool:
    """Is the noun the carrier's object, or in its object's phrase ("gave ... 5.1 million dollars of aid"),
    or the complement of a verb that takes one by a preposition ("engaged in ethnic cleansing")? Then the
    verb's phrases are the event's; a noun in an adjunct ("Amid Tehran's warnings, he provided ...") has
    none of them."""
    word = noun
    while word.head != carrier:
        word = word.head
    return word.dep_ in ("dobj", "nsubjpass", "dative") or carrier.lemma_.lower() in PREPOSITIONAL_CARRIERS


def _noun_target(noun: Token) -> Token | None:
    """The party the first of an event noun's phrases that names one names ("the release of Judith Tai",
    "limits on its job market for new EU members", a retreat's "from": "the pullout from Ostria"), the place a
    conflictual act is done in last (:func:`_done_in_place`), or that it is protested against or laid on
    (:func:`_laid_on`); else the event an "of" or target phrase names ("an extension of the truce"). A request
    whose "for" clause asks a party to act is aimed at that party, as the verb's is (:func:`_asked_for`: "its
    call for the army to withdraw")."""
    if (asked := _asked_for(noun)) is not None:
        return asked
    places = ("in",) if _done_in_place(noun) else ()
    left = ("from",) if _type_of(noun) == "RETREAT" else ()
    party = _party_attached(noun, (*NOUN_TARGET_PREPS, "for", *left, *places))
    if party is not None:
        return party
    protested = _protested(noun) or _laid_on(noun)
    if protested is not None:
        return protested
    first = _prep_object(noun, NOUN_TARGET_PREPS)
    return first if first is not None and _names_event(first) else None


def _as_target(word: Token | None) -> Token | None:
    """The party a noun's phrase names (:func:`_participant`), else the event it names; a thing is none."""
    if word is None:
        return None
    party = _participant(word)
    return party if is_party(party) or _names_event(word) else None


def _carried_target(carrier: Token, act: Token) -> Token | None:
    """The target of an event a light verb carries, which the verb's phrases give: the party given it ("gave
    Chad 2 million dollars of aid"), or the place a conflictual act is done in (:func:`_done_in_place`), else
    the party its clause asks to act ("reiterated its demand that Israel ease restrictions"), else the target
    of its purpose ("staged a hunger strike to protest against Sweden's decision"); the party a verb puts under
    the event ("placed Aung San Suu Kyi under house arrest") first."""
    for child in carrier.children:
        if child.dep_ == "dative" and is_party(child):
            return child
        if child.dep_ == "dobj" and carrier.lemma_.lower() in PREPOSITIONAL_CARRIERS \
                and is_party(party := _participant(child)):
            return party
    places = ("in",) if _done_in_place(act) else ()
    recipient = _prep_object(carrier, (*TARGET_PREPS, "for", *places))
    if recipient is not None and is_party(recipient := _participant(recipient)):
        return recipient
    asked = _complement_target(carrier)
    return asked if asked is not None else _purpose_target(carrier)


def _purpose_target(verb: Token) -> Token | None:
    """The target of what a verb is done for: "to protest against Sweden's decision" (Sweden), "in protest
    against the violations by Algerian security forces" (the forces)."""
    for child in verb.children:
        if is_purpose(child):
            return _verb_target(child)
    return _protested(verb)


def is_purpose(verb: Token) -> bool:
    """Is the verb an infinitive that says what the verb it hangs from is done for ("summoned the ambassador
    to complain", "staged a hunger strike to protest")? Not what its subject intends, tries or is expected to
    do ("is expected to protest", "decided to protest"): that is the verb's complement, the act itself."""
    return verb.dep_ in ("advcl", "xcomp") and verb.pos_ == "VERB" and _infinitive(verb) \
        and not _intended_act(verb)


def _intended_act(verb: Token) -> bool:
    """Is the infinitive the complement of a verb of intending or attempting with no object of its own?"""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in INTENDING \
        and not any(child.dep_ == "dobj" for child in verb.head.children)


def _infinitive(verb: Token) -> bool:
    return any(word.dep_ == "aux" and word.lower_ == "to" for word in verb.children)


def in_protest(word: Token) -> Token | None:
    """The "protest" of an "in protest (against/of …)" phrase on a word: what it names is done as a protest."""
    return next((protest for child in word.children if child.dep_ == "prep" and child.lower_ == "in"
                 and (protest := object_of(child)) is not None and protest.lemma_.lower() == "protest"), None)


def _protested(word: Token) -> Token | None:
    """The party an "in protest against/of" phrase on a word names."""
    protest = in_protest(word)
    return _as_target(_prep_object(protest, COMPLAINED_OF)) if protest is not None else None


def _carrier(noun: Token, predicates: set[int]) -> Token | None:
    """The verb whose object a noun is, directly or in a phrase on it ("imposed sanctions", "gave Chad 2
    million dollars of aid"); the climb stops at another event noun ("an extension of the truce"):
    the outer event is what the verb carries, and at any phrase but "of" on a noun ("expressed concern over the
    arrest": the concern is expressed, not the arrest)."""
    word = noun
    for _ in range(CARRIER_STEPS):
        if word.dep_ not in ("dobj", "nsubjpass", "pobj", "prep") or word.head == word \
                or word.dep_ == "prep" and word.lower_ != "of" and word.head.pos_ not in ("VERB", "AUX"):
            return None
        word = word.head
        if word.pos_ in ("VERB", "AUX"):
            return word
        if word.i in predicates:
            return None
    return None


def _acted_on(verb: Token, theme: Token | None) -> Token | None:
    """Who a verb acts on, as PLOVER codes it: a party, not a thing. A party given something ("send arms to
    Pakistan", "offered its troops to Lebanon's new President") is the target; else the object when it is
    a party not the actor's own (:func:`_own`), or the party that owns or names it ("rejected North Korea's
    demand", "rejected the US offer");
    else a party a preposition attaches ("lifted a curfew in Montenegro", "mobilized reservists for a war
    against Iraq", but for an act with no object, or a meeting or protest, an "in" place is only where it
    happened); else none."""
    if verb.lemma_.lower() in COMPLAINING:
        about = theme if theme is not None else _prep_object(verb, COMPLAINED_OF)
        party = _participant(about) if about is not None else None
        if party is not None and is_party(party):
            return party
        heard = _prep_object(verb, ("to",))  # "protested to Oslo over the launch": no party launched; Oslo
        return heard if heard is not None and is_party(heard) else None
    recipient = _prep_object(verb, ("to",))
    if recipient is not None and is_party(recipient := _stationed_in(recipient) or recipient):
        return recipient
    aimed = AIMED_AT if _aims(verb) else ()  # before a place: "fired tear gas at protesters in Nairobi"
    places = (*TARGET_PREPS, *aimed, "from", "for", "between") \
        if theme is None or _held_somewhere(verb) or _act_held_in_place(theme) \
        else (*TARGET_PREPS, *aimed, "from", "in", "for", "between")
    own = theme is not None and _own_means(verb, theme)
    attached = _party_attached(verb, places)
    if attached is None and own and theme is not None:
        attached = _party_attached(theme, ("to", "from", "in"))  # "recalled its ambassador from Colombia"
    party = _participant(theme) if theme is not None else None
    means = own and party is theme
    if party is not None and is_party(party) and not means:
        return party
    return attached if attached is not None and is_party(attached) else None


def _act_held_in_place(theme: Token) -> bool:
    """Is the thing a verb acts on an act that a place it is "in" holds, not one done to the place: "signed a
    truce in Nairobi", "held talks in Cairo", "delivered aid in the capital" (where it was signed, held or
    given)? An attack or a restriction acts on its place ("lifted the curfew in the capital",
    :func:`_done_in_place`)."""
    return _names_act(theme) and not _done_in_place(theme)


def _party_attached(word: Token, preps: tuple[str, ...]) -> Token | None:
    """The party the first of ``preps`` on the word that names one names: a phrase that names none ("in
    protest", "for the first time") does not hide one after it ("recalled its envoy to Ostria in protest at the
    arrests": Ostria)."""
    for prep in preps:
        found = _prep_object(word, (prep,))
        if found is not None and is_party(party := _participant(found)):
            return party
    return None


def _aims(verb: Token) -> bool:
    """Is the verb an attack or a criticism, whose "at" phrase names what it is aimed at ("fired rockets at
    northern Israel", "lashed out at the United States"), not where it happened?"""
    return _type_of(verb) in AIMING_TYPES


def _stationed_in(word: Token) -> Token | None:
    """The named place where unnamed troops or the like are: "a peacekeeping force in Lebanon" (Lebanon), but
    "Moslem forces in east Bosnia" are a party."""
    if word.lemma_.lower() not in MEANS or any(child.ent_type_ in ACTOR_KINDS for child in word.lefts):
        return None
    place = _prep_object(word, ("in",))
    return place if place is not None and place.ent_type_ in PLACE_KINDS else None


def _own_means(verb: Token, theme: Token) -> bool:
    """Is the party acted on the actor's own means: marked so by a possessive (:func:`_own`), or forces with no
    named owner that the actor musters, sends or withdraws (PLOVER's MOBILIZE recipient is whom it mobilizes
    against): "France called up reserve troops for a possible war against its neighbour" (the neighbour)."""
    return _own(theme) or theme.dep_ == "dobj" and _type_of(verb) in MOVING_FORCES and theme.lemma_.lower() in MEANS \
        and not any(child.ent_type_ in ACTOR_KINDS for child in theme.lefts)


def _own(theme: Token) -> bool:
    """Is the party acted on the actor's own ("withdraw its troops from Lebanon", "deploy their forces in
    Iraq")? Then it is the means, and the party a phrase on the verb names is the target. A word that names a
    party by its relation to the possessor ("talks with his Somali counterpart", "its neighbours",
    :data:`RELATIONS`) names another party, never the possessor's means."""
    return theme.lemma_.lower() not in RELATIONS \
        and any(child.dep_ == "poss" and child.lower_ in OWN_POSSESSIVES for child in theme.children)


def _complement_target(verb: Token) -> Token | None:
    """The target of a verb whose complement says what is asked, promised or threatened: the party asked to
    act ("demanded that the US cancel": the US), else the target of the act ("threatened to cut off
    electricity to Nakhichevan": Nakhichevan), also where a clause says it of the subject by a pronoun
    ("warned that it would retaliate against any NATO attack": NATO). A warning is aimed at whom the act it
    warns of acts on, the clause's subject being who would act ("warned that police will no longer allow
    marches by the Kifaya group": Kifaya), and at that subject where the act names no party ("warned that the
    United States would face consequences"). A verb split at its hyphen ("agreed to
    re-open its doors to UN monitors", parsed as three complements "re", "-", "open") has its target on
    the last piece, so each complement is asked in turn."""
    if (asked := _asked_for(verb)) is not None:
        return asked
    for child in verb.children:
        if child.dep_ == "ccomp" and all(word.lower_ == "that" for word in child.children if word.dep_ == "mark"):
            subject = next((word for word in child.children if word.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ != "PRON" and is_party(subject) and not _own(subject) \
                    and _acts_through_clause(verb, child):
                warned = _party_acted_on(child, _theme(child)) if _type_of(verb) == "THREATEN" else None
                return warned if warned is not None else subject
            if subject is not None and subject.lower_ in PERSONAL_PRONOUNS \
                    and (target := _party_acted_on(child, _theme(child))) is not None:
                return target
        if child.dep_ == "xcomp" and child.pos_ == "VERB" \
                and (target := _party_acted_on(child, _theme(child))) is not None:
            return target
    return None


def _acts_through_clause(verb: Token, clause: Token) -> bool:
    """Does the verb act on the party its "that" clause names: an act of the table ("demanded that the US
    cancel", "warned that police will no longer tolerate"), or one carrying such an act as its object
    ("reiterated its demand that Israel ease"), or saying that the party must act, which demands it ("declared
    that China must drop barriers")? Any other verb only reports or judges the clause ("said that the senator
    would vote", "is alarmed that the administration"): the clause's subject is whom it is about, not a party
    acted on (real-news leads of dev..dev10, ``benchmarks/plover_target_branches.py --real``: such a target
    was named by the lead's label 1 time of 8, at 7 outlets; PLOVER codes only typed events, whose clause
    subjects stay targets)."""
    carried = [child for child in verb.children if child.dep_ == "dobj"]
    return any(_names_act(word) for word in (verb, *carried)) or obliges(clause)


def obliges(clause: Token) -> bool:
    """Does the clause say its subject must act ("China must drop barriers")? Saying so demands it: the events
    component types such a report as a request (``_obligation``), and its subject is the party acted on."""
    return any(word.dep_ == "aux" and word.lower_ == "must" for word in clause.children)


def _asked_for(verb: Token) -> Token | None:
    """The party a request, verb or noun, asks to act by a "for" clause (:func:`~.lexicon.clause_for`), the
    clause's subject: "called for the government to release all prisoners", "its call for the government to
    release all prisoners" (the government)."""
    clause = clause_for(verb) if _type_of(verb) == "REQUEST" else None
    subject = next((word for word in clause.children if word.dep_ == "nsubj"), None) if clause is not None else None
    if subject is None or subject.pos_ == "PRON":
        return None
    party = _participant(subject)
    return party if is_party(party) and not _own(party) else None


def _participant(word: Token, depth: int = PARTY_DEPTH) -> Token:
    """The party a word stands for: itself when it is one, else a named party that owns, names or heads it
    ("North Korea's demand", "the US offer", "the withdrawal of Serbian forces"), or a word for people that
    does so unnamed ("rejected the opposition demands", "turned down the union proposal"), or that a phrase on it
    says the thing concerns ("a ban on the Islamic Salvation Front", "demands from Shona rebels", "a truce
    with Moslem forces", "a research center in Tokyo", "a camp for Congolese refugees"), ``depth`` phrases
    down ("calls by Belarus's rulers"). Where talks are held is their venue, not a party ("talks in Cairo")."""
    if (place := _stationed_in(word)) is not None:
        return place
    if is_party(word) or depth == 0:
        return word
    if (doer := _doer_by(word)) is not None:
        return doer
    venue = _held_somewhere(word) or _act_held_in_place(word)
    for child in word.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.ent_type_ in ACTOR_KINDS \
                or child.dep_ in ("poss", "compound") and child.pos_ != "PRON" and is_party(child):
            return child
        if child.dep_ == "acl" and (agent := _agent(child)) is not None and is_party(agent):
            return agent
        if child.dep_ == "prep" and child.lower_ in PARTY_PREPS and not (venue and child.lower_ in PLACE_PREPS) \
                and (of := object_of(child)) is not None \
                and is_party(party := _participant(of, depth - 1)) and not _own(party):
            return party
    return word


def _done_in_place(act: Token) -> bool:
    """Does the place an act is done in say what it acts on: an attack or a crackdown ("launched an offensive
    in the north of Ostria"), as PLOVER codes the place bombed (:data:`PLACE_ACTS`)? A ceasefire or aid "in" a
    place is only where it holds, exercises where they show force, and a protest's place where it was held."""
    return _type_of(act) in PLACE_ACTS


def _doer_by(act: Token) -> Token | None:
    """The party an act names as its doer in a "by" phrase, which the act concerns before the party it is
    done to: "condemned the shooting of students by the militia" (the militia), as PLOVER codes a response to
    an act, aimed at whoever did it."""
    if not _names_act(act):
        return None
    by = _prep_object(act, ("by",))
    return by if by is not None and is_party(by := _participant(by, 0)) else None


def _held_somewhere(word: Token) -> bool:
    """Is the word a meeting or a protest, which an "in" place says where it was held ("talks in Cairo",
    "demonstrated in Kirkuk"), not whom it concerns?"""
    pos = "V" if word.pos_ in ("VERB", "AUX") else "N"
    rule = match_rule(word.lemma_.lower(), pos, frozenset())
    return rule is not None and rule.type in VENUE_TYPES


def _type_of(word: Token) -> str | None:
    """The event type the table gives the word as the part of speech it is, with its particles."""
    rule = _rule_of(word)
    return rule.type if rule is not None else None


def _rule_of(word: Token) -> EventRule | None:
    return match_rule(word.lemma_.lower(), "V" if word.pos_ in ("VERB", "AUX") else "N", particles(word))


def is_party(word: Token) -> bool:
    """Can the word act or be acted on: a named party, a person's pronoun, or a word for people (listed, or a
    noun :func:`~dateline.extract.lexicon.names_person` tells: "billionaire", "patients")."""
    return (word.ent_type_ in ACTOR_KINDS or word.lower_ in PERSONAL_PRONOUNS
            or word.lemma_.lower() in PEOPLE_WORDS and not _state_of_things(word) or word.lemma_.lower() in SETTLEMENTS
            or (word.pos_ == "NOUN" and names_person(word)) or _people_taken_for_name(word))


def _state_of_things(word: Token) -> bool:
    """Is "state" a condition, not a country: "a state of emergency", "the state of the economy" (its "of"
    phrase names no party; "the State of Ostria" is one)? The one word for a party that names a condition too."""
    if word.lemma_.lower() != "state":
        return False
    of = _prep_object(word, ("of",))
    return of is not None and not is_party(of)


def _people_taken_for_name(word: Token) -> bool:
    """Is the word one for people that the tagger took for a proper name with no entity, its form for its
    lemma, as it does with a capitalised word opening a sentence or a headline ("Rebels in northern Mali were
    attacked", "Bans Residents From")? Its form, or the singular of a plural, is a word for people the list
    holds; spaCy lemmatises no proper name, so the list's lemmas are not matched without this."""
    if word.pos_ != "PROPN" or word.ent_type_ != "":
        return False
    plural = word.lower_
    return plural.removesuffix("s") in PEOPLE_WORDS or plural.endswith("men") and f"{plural[:-3]}man" in PEOPLE_WORDS


def names_thing(word: Token) -> bool:
    """Is the word a common noun for a thing, no party and no count of one ("released the memos", not
    "released the hostages" or "released a group of prisoners")? An act done to people done to a thing is
    another act."""
    return word.pos_ == "NOUN" and not is_party(word) and _collected(word) is None


def _reported_subject(verb: Token, actor: Token | None) -> Token | None:
    """A pronoun subject of a reported clause stands for the reporter named just above it: "Hungary has said
    it will support" (Hungary), "Militants said they attempted" (Militants); a reporting verb with no subject
    of its own, a participle or gerund, reports for the subject of the verb it hangs from: "King Hassan was
    quoted as saying he would host" (King Hassan)."""
    if actor is None or actor.lower_ not in PERSONAL_PRONOUNS or verb.dep_ != "ccomp" \
            or verb.head.lemma_.lower() not in REPORTING_VERBS:
        return actor
    reporter = _subject_above(verb.head)
    if reporter is None or reporter.pos_ == "PRON" or not is_party(reporter):
        return actor
    return reporter


def _subject_above(verb: Token) -> Token | None:
    """The verb's subject, or, for a verb without one that hangs from another by a preposition or as its
    complement ("quoted as saying", "went on to say"), that verb's subject (passive or not)."""
    word = verb
    for _ in range(CARRIER_STEPS):
        subject = next((child for child in word.children if child.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or word.dep_ not in ("pcomp", "prep", "xcomp") or word.head == word:
            return subject
        word = word.head
    return None


#: The phrases an act's place is looked for in, below its trigger: its own phrases ("to the conflict in
#: Kelmar"), its object's, and a clause that says when or how it was done ("when they blew themselves up in
#: Tolvar"); not a complement or a relative clause, which tell another act ("demands to release prisoners in
#: Kelmar": where the prisoners are held).
SCENE_DEPS = frozenset({"prep", "pobj", "dobj", "advcl"})
#: Words that say only that a party is people, not which or what kind: "killed 23 people", "parties to the
#: conflict"; PLOVER's coders code no such party, but where it was acted on.
ANYONE = frozenset({"people", "person", "individual", "party"})
#: Words for the body that rules a country, which a person's name may name: "the Venn government".
GOVERNMENTS = frozenset({"government", "regime", "administration"})


def coded_target(trigger: Token, target: Token | None) -> Token | None:
    """The target PLOVER's coders code: the person a government acted on is named by (:func:`_ruler`); for an
    act on people whom no name says who they are ("killed 23 people", "demanded parties to the conflict ..."),
    the named place the act is done in, the one party of the sentence they can code (:func:`_nameless_people`,
    :func:`_scene`); a nameless target with no such place is kept, as is every other."""
    if target is not None and (ruler := _ruler(target)) is not None:
        return ruler
    if target is None or not _nameless_people(target):
        return target
    place = _scene(trigger)
    return place if place is not None else target


def _ruler(word: Token) -> Token | None:
    """The person a government is named by ("President Suharto's government", "the government of President
    Laurent Gbagbo"), whom PLOVER's coders code as the party acted on; a government named by its country ("the
    government of Sindh province", "Iraq's interim government") stays whole."""
    if word.lemma_.lower() not in GOVERNMENTS:
        return None
    ruler = next((child for child in word.children if child.dep_ == "poss"), None) or _prep_object(word, ("of",))
    return ruler if ruler is not None and ruler.ent_type_ == "PERSON" else None


def _nameless_people(word: Token) -> bool:
    """Is the word one that says only that they are people ("23 people", "parties to the conflict"), with
    nothing before it that says which (:data:`ANYONE`)? A word for a kind of people ("civilians",
    "opposition supporters", "rebels") is one PLOVER's coders code, by its role."""
    return word.pos_ == "NOUN" and word.lemma_.lower() in ANYONE \
        and not any(child.dep_ in ("amod", "compound", "poss", "nmod") for child in word.lefts)


def _scene(trigger: Token) -> Token | None:
    """The first named place an "in" or "at" phrase below the trigger names, phrase by phrase down the parse
    through :data:`SCENE_DEPS`, where the act was done; a clause with a subject of its own that names another
    party ("when police fired in Tolvar") tells that party's act, and is not searched."""
    level = [trigger]
    while level:
        for word in level:
            if word.dep_ == "prep" and word.lower_ in PLACE_PREPS and (place := object_of(word)) is not None \
                    and place.ent_type_ in PLACE_KINDS:
                return place
        level = [child for word in level for child in word.children
                 if child.dep_ in SCENE_DEPS and not _another_subject(child)]
    return None


def _another_subject(clause: Token) -> bool:
    """Has the clause a subject of its own that is not a pronoun standing for the act's doer?"""
    return clause.dep_ == "advcl" and any(child.dep_ in ("nsubj", "nsubjpass") and child.pos_ != "PRON"
                                          for child in clause.children)


def place_of(trigger: Token, target: Token | None, visit: bool) -> Token | None:
    """The place an "in"/"at" phrase attaches to the trigger ("talks in Doha"); for a visit, the place
    visited ("visit to Cairo")."""
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
            place = object_of(child)
            if place is not None and place.ent_type_ in PLACE_KINDS:
                return place
    if visit and target is not None and target.ent_type_ in PLACE_KINDS:
        return target
    return None


def phrase(doc: Doc, head: Token) -> Offsets:
    """The noun phrase ``head`` heads, its coordinated phrases included ("Jordan and Britain"), without a
    leading determiner or a relative clause: the words that name the participant."""
    if (of := _collected(head)) is not None:
        return phrase(doc, of)
    return _words_naming(doc, head, [head, *_coordinated(head)])


def parties(doc: Doc, head: Token | None) -> tuple[Offsets, ...]:
    """Each party the noun phrase ``head`` heads names, one span apiece ("Jordan", "Britain"): PLOVER lists
    a compound actor's members as separate entities."""
    if head is None:
        return ()
    if (of := _collected(head)) is not None:
        return parties(doc, of)
    conjuncts = _coordinated(head)
    if not conjuncts:
        return _sides_of(doc, head, _identified(doc, head, phrase(doc, head)))
    members = (head, *conjuncts)
    return tuple(_member_span(doc, word, members) for word in members)


def _sides_of(doc: Doc, head: Token, span: Offsets) -> tuple[Offsets, ...]:
    """A party whose name before it is coordinated with others, one span a side: "Velorian and Ostrian
    officials" are the Velorian side and the Ostrian officials, as PLOVER lists the sides of a compound actor
    (the phrase stays whole: the words a reader names the participant by). Only names, not descriptions,
    split a party ("military and civilian personnel" are one); the span of a side before the last cannot hold
    the shared noun, which follows the last, so it is the name alone."""
    sides = next(([modifier, *_coordinated_names(modifier, head)] for modifier in head.lefts
                  if modifier.dep_ in ("amod", "compound") and modifier.ent_type_ in ACTOR_KINDS
                  and _coordinated_names(modifier, head)), None)
    if sides is None:
        return (span,)
    names = [_entity_of(doc, side) or doc[side.i:side.i + 1] for side in sides]
    last = max(names, key=lambda name: name.start)
    return (*((name.start_char, name.end_char) for name in names if name is not last), (last.start_char, span[1]))


def _coordinated_names(modifier: Token, head: Token) -> list[Token]:
    """The names coordinated with a name that modifies ``head``, before it, chained ones included ("Velorian,
    Ostrian and Brannish troops")."""
    found = [child for child in modifier.children
             if child.dep_ == "conj" and child.ent_type_ in ACTOR_KINDS and child.i < head.i]
    return [word for child in found for word in (child, *_coordinated_names(child, head))]


def target_parties(doc: Doc, target: Token | None) -> tuple[Offsets, ...]:
    """The parties a target names one by one (:func:`parties`); none where the target is an event acted on, not
    a party ("prolonged the truce", "fought heavy battles", "condemned the bombing"): the event stays the
    target a reader is shown, but PLOVER codes parties only, and the store links each party to an entity."""
    if target is None or _names_event(target) and not is_party(target):
        return ()
    return parties(doc, target)


def _member_span(doc: Doc, word: Token, members: tuple[Token, ...]) -> Offsets:
    """The words naming one member of a compound party, which end before the next member where the tagger
    took both for one name ("fired rockets at Sderot and Ashkelon", tagged one entity): each member is its own
    party, and its words are not counted again inside another's."""
    start, end = _words_naming(doc, word, [word])
    following = [other.idx for other in members if word.i < other.i and other.idx < end]
    if not following:
        return start, end
    kept = [token for token in doc.char_span(start, min(following), alignment_mode="contract") or ()]
    while kept and kept[-1].dep_ in ("cc", "punct", "det", "preconj"):
        kept.pop()
    return (start, kept[-1].idx + len(kept[-1])) if kept else (start, end)


def met_with(trigger: Token, target: Token) -> bool:
    """Is the target the party the trigger's actor meets or works with: in a "with" or "between" phrase
    ("sharing expertise with the Tamil Tigers", "held talks with Abe", "talks between Israel and Hamas"),
    or the object of a verb of meeting, a party ("telephoned Kozyrev", "met their Chinese counterparts"); a
    party a phrase on a thing discussed names is what the talks are about ("discussed the crisis in
    Kosovo")."""
    word = target
    while word.head != word and word != trigger:
        if word.dep_ == "prep" and word.lower_ in PARTNER_PREPS:
            return True
        if word.head == trigger:
            return word.dep_ == "dobj" and is_party(word) and _held_somewhere(trigger)
        word = word.head
    return False


def _collected(head: Token) -> Token | None:
    """The party a word that counts or gathers it stands for: "a group of Moroccan diplomats" (diplomats)."""
    if head.lemma_.lower() in COLLECTIVES and (of := _prep_object(head, ("of",))) is not None and is_party(of):
        return of
    return None


def _words_naming(doc: Doc, head: Token, words: list[Token]) -> Offsets:
    """The span of ``words`` (``head`` and the phrases coordinated with it) less a leading determiner and
    descriptive adjectives, and ending at the name a word for a kind of body follows."""
    start = min(_phrase_start(word) for word in words)
    end = max(_phrase_end(word) for word in words)
    if (name := _name_before(doc, head)) is not None:
        end = name.end
    elif head.dep_ in ("compound", "amod"):
        end = _people_modifiers_end(head, end)
    while start < end and (doc[start].dep_ in ("det", "punct", "cc", "preconj") and doc[start].lower_ not in ("no",)
                           or _describes(doc[start], words)):
        start += 1
    start = _name_start(doc, head, start, end)
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _name_start(doc: Doc, head: Token, start: int, end: int) -> int:
    """Where the name a phrase is headed by starts, when only common words that say what kind of party it is
    come before it ("Human rights organization Amnesty International", "candidate Alassane Ouattara", "the
    opposition newspaper La Prensa", which the parser may read as a noun and the name in apposition to it):
    PLOVER codes the name. A word before it that names an affiliation ("U.S. negotiator Paul Nitze") or is
    part of a title ("President Obama", "deputy leader", :data:`TITLE_WORDS`) is kept; the side a party is on
    ("opposition leader", "rebel commander", :data:`SIDE_WORDS`) only says what kind of party it is."""
    name = _entity_of(doc, head) if head.ent_type_ in NAME_KINDS else _name_in_apposition(head)
    if name is None or not start < name.start < end:
        return start
    before = doc[start:name.start]
    if all(word.pos_ in ("NOUN", "ADJ") and word.ent_type_ == "" and word.lower_ not in TITLE_WORDS
           for word in before) and before[-1].pos_ == "NOUN":
        return name.start
    return start


def _name_in_apposition(head: Token) -> Span | None:
    """The proper name a common noun is followed by in apposition, with no comma between
    (:func:`_names_same_party`): "the opposition newspaper La Prensa", as the parser may read it; not a common
    noun the tagger took for a name ("the president's son-in-law", "son" tagged a person)."""
    if head.pos_ != "NOUN":
        return None
    name = next((child for child in head.rights if _names_same_party(head, child) and child.pos_ == "PROPN"), None)
    return _entity_of(head.doc, name) if name is not None else None


def _describes(word: Token, heads: list[Token]) -> bool:
    """Does an adjective on one of the phrase's ``heads`` only describe the party ("neighboring Lebanon",
    "outgoing Prime Minister", "senior British minister", "top al-Qaeda leaders"), not name who it is? A
    title's "former" or "acting", a people's "ethnic", a party's creed name it."""
    on_head = word.head in heads or word.head.pos_ == "PROPN" and word.head.dep_ == "compound"  # "Prime Minister"
    modifies = word.dep_ == "amod" or word.dep_ == "compound" and word.tag_ == "VBG"  # "neighboring Lebanon"
    return modifies and on_head and word.ent_type_ == "" \
        and word.lower_ not in NAMING_ADJECTIVES and word.tag_ in ("JJ", "JJS", "VBG")


def entity_in(doc: Doc, span: Offsets, head: Token) -> Offsets | None:
    """The named entity that heads an argument: the one holding its head word, else the first in its span."""
    if head.ent_type_ in ACTOR_KINDS:
        ent = _entity_of(doc, head)
        if ent is not None:
            return ent.start_char, ent.end_char
    chars = doc.char_span(*span, alignment_mode="expand")
    if chars is None:
        return None
    for token in chars:
        ent = _entity_of(doc, token) if token.ent_type_ in ACTOR_KINDS else None
        if ent is not None and chars.start <= ent.start and ent.end <= chars.end:
            return ent.start_char, ent.end_char
    return None


def _entity_of(doc: Doc, token: Token) -> Span | None:
    """The named entity holding the token, read off the tokens' IOB marks (not a walk over ``doc.ents``,
    which spaCy rebuilds on every read)."""
    if token.ent_iob_ not in ("B", "I"):
        return None
    start = token.i
    while doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def _coordinated(head: Token) -> list[Token]:
    """The phrases coordinated with ``head``, chained ones included ("Iran, Libya, North Korea, Sudan"), of
    its kind (:func:`_like`: "praise the president and stand behind him": not
    "stand")."""
    found = [child for child in head.children if child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN", "PRON")
             and _like(child, head)]
    return [word for child in found for word in (child, *_coordinated(child))]


def _people_modifiers_end(modifier: Token, end: int) -> int:
    """Past the words for people that follow a party's name on a thing, which the party is: "a Karen guerrilla
    stronghold" (Karen guerrilla), "Israeli military policies" (Israeli military), not "Israeli air raids"."""
    doc = modifier.doc
    while end < modifier.head.i and doc[end].head == modifier.head and doc[end].lemma_.lower() in PEOPLE_WORDS:
        end += 1
    return end


def _like(conjunct: Token, head: Token) -> bool:
    """Does a conjunct name the same kind of participant as the head: a named party with a named party ("the
    US and other developed nations": not "nations"; "Colombia and the FARC rebels": a word for people a name
    says who they are), a party with a party?"""
    if head.ent_type_ in ACTOR_KINDS:
        return conjunct.ent_type_ in ACTOR_KINDS or is_party(conjunct) and any(
            child.dep_ in ("compound", "amod", "nmod") and child.ent_type_ in ACTOR_KINDS - {"NORP"}
            for child in conjunct.lefts)
    return is_party(conjunct) or not is_party(head)


def _name_before(doc: Doc, kind: Token) -> Span | None:
    """The name before a noun that only says what kind of body it is: "the Islamic Jihad movement", "Osama
    bin Laden's al-Qaeda terror network", "the Taliban religious faction" (a people's adjective is no name:
    "Palestinian armed groups")."""
    if kind.lemma_.lower() not in BODY_KINDS:
        return None
    if kind.ent_type_ != "":
        return _name_swallowing(doc, kind)
    named = next((child for child in kind.lefts if child.dep_ in ("compound", "amod", "nmod")
                  and child.ent_type_ in ACTOR_KINDS - {"NORP"}), None)
    name = _entity_of(doc, named) if named is not None else None
    return name if name is not None and name.label_ in ACTOR_KINDS and name.end <= kind.i else None


def _name_swallowing(doc: Doc, kind: Token) -> Span | None:
    """The name before a lower-case word for a kind of body that the tagger took into the name's entity:
    "Ostervale province", tagged one place, is Ostervale. A capitalised one is part of the name ("the World
    Health Organization")."""
    name = _entity_of(doc, kind)
    if name is None or not kind.is_lower or name.end != kind.i + 1 or name.start == kind.i:
        return None
    return Span(doc, name.start, kind.i, label=name.label_)


def _phrase_start(word: Token) -> int:
    """The first word of the phrase, less a count ("Some 800,000 Iraqi Kurds", "At least three Iraqi
    civilians"): how many is not who."""
    left = [child.left_edge.i for child in word.lefts
            if child.dep_ not in ("punct", "cc", "prep", "nummod", "quantmod")]
    return min([word.i, *left])


def _phrase_end(word: Token) -> int:
    """Past the word and its compound or flat names to the right ("Natalie Raanan"), to the end of the name
    it is in ("Maulana Fazl-ur-Rehman"), and an "of" phrase ("the leaders of the US and Israel", "the deputy
    governor of the Tyumen region"), or, on a word for people, a phrase that says which
    (:data:`WHICH_PREPS`), but no clause or apposition."""
    end = word.i + 1
    name = _entity_of(word.doc, word) if word.ent_type_ in ACTOR_KINDS else None
    if name is not None:
        end = max(end, name.end - (name[-1].dep_ == "case"))
    preps = WHICH_PREPS if word.lemma_.lower() in PEOPLE_WORDS | SETTLEMENTS and word.ent_type_ == "" else {"of"}
    if _named_people(word):
        preps = preps - WHERE_PREPS
    for child in word.rights:
        if child.dep_ in ("compound", "flat", "nummod"):
            end = max(end, child.right_edge.i + 1)
        elif child.dep_ == "prep" and child.lower_ in preps and (of := object_of(child)) is not None \
                and not _unnamed_home(word, child, of) \
                and (child.lower_ == "of" and of.ent_type_ not in MEASURES and not _charge(word, of)
                     or is_party(of) and of.pos_ != "PRON"):
            end = max(end, *(_phrase_end(part) for part in (of, *_coordinated(of))))
        elif _names_same_party(word, child):
            end = max(end, _phrase_end(child))
    return end


def _named_people(word: Token) -> bool:
    """Is a word for people acted on, after its verb, with a name before it that says who they are ("a truce with
    Moslem forces", "aid to Albanian rebels")? Then a place phrase after it ("in east Bosnia") may say where
    the act was done as well as where they are, which the parser cannot tell apart, and PLOVER's coders code
    the named people without it. A subject's place phrase, before its verb, can only be the people's
    ("Palestinian police in Jericho confiscated"), and a nameless word keeps the phrase, which is all that says
    who they are ("Rebels in the Ivory Coast", "students at the university")."""
    return word.dep_ not in ("nsubj", "nsubjpass") and any(
        child.dep_ in ("compound", "amod", "nmod") and child.ent_type_ in ACTOR_KINDS for child in word.lefts)


def _unnamed_home(word: Token, preposition: Token, of: Token) -> bool:
    """Is an "of" phrase on people a name before them says who they are (:func:`_named_people`) only the
    unnamed place they are of ("against the Ostrian population of the province", :data:`HOMES`)? It says
    where they live, as a place phrase does, and PLOVER's coders code the named people without it; a named
    place ("the residents of Tolvar") or a nameless people's ("the population of the province") stays."""
    return preposition.lower_ == "of" and _named_people(word) and of.ent_type_ == "" \
        and of.lemma_.lower() in HOMES


def _charge(accused: Token, of: Token) -> bool:
    """Is an "of" phrase on a party the charge a verb of accusing lays on it, which the parser hangs on the
    party ("accused the army of war crimes", "accused the rebels and their allies of atrocities"): not who the
    party is ("the leaders of the rebels")? A charge names no party and no place; the accused is the verb's
    object, or a party coordinated with it or named in an "of" phrase on it ("the leaders of the rebels")."""
    word = accused
    while word.head != word and (word.dep_ in ("conj", "pobj") or word.dep_ == "prep" and word.lower_ == "of"):
        word = word.head
    return word.dep_ == "dobj" and word.head.lemma_.lower() in CHARGING and of.ent_type_ == "" and not is_party(of)


def _identified(doc: Doc, head: Token, span: Offsets) -> Offsets:
    """A nameless party's span with the phrase that says which people it is (:func:`_says_which_people`), as
    PLOVER's coders code the party ("refugees fleeing the civil war in Liberia"). Only the party does: the
    phrase (:func:`phrase`) stays the words a reader names the participant by ("an attorney representing the
    family" is an attorney)."""
    modifier = next((child for child in head.rights if _says_which_people(head, child)), None)
    if modifier is None:
        return span
    last = doc[_restrictive_end(modifier) - 1]
    return span[0], max(span[1], last.idx + len(last))


def _says_which_people(word: Token, modifier: Token) -> bool:
    """Is a participle or adjective phrase right after a word for people that nothing else names the one
    that says which people they are ("refugees fleeing the civil war in Liberia", "a newspaper based in east
    Beirut", "Militants loyal to Abu Musab al-Zarqawi")? PLOVER's coders code a nameless party by it. Not
    where a name already says who they are ("Muslim hackers angered by the publication": the Muslim
    hackers), where a comma sets it off (it then describes them), or where the participle is itself an act
    of the table ("civilians killed by the strike": an event, not who)."""
    if word.ent_type_ != "" or word.lemma_.lower() not in PEOPLE_WORDS \
            or any(child.ent_type_ in ACTOR_KINDS for child in word.lefts):
        return False
    restrictive = not any(between.is_punct for between in word.doc[word.i + 1:modifier.i])
    participle = modifier.dep_ == "acl" and modifier.tag_ in ("VBG", "VBN") and not _is_predicate(modifier)
    adjective = modifier.dep_ == "amod" and modifier.pos_ == "ADJ" and any(child.dep_ == "prep"
                                                                            for child in modifier.children)
    return restrictive and (participle or adjective)


def _restrictive_end(modifier: Token) -> int:
    """Past the modifier's phrase, up to the first comma in it: what follows a comma ("in Liberia, the World
    Food Program said") is set off from the phrase, not part of it."""
    words = modifier.doc[modifier.i:modifier.right_edge.i + 1]
    comma = next((word.i for word in words if word.text == ","), None)
    return comma if comma is not None else modifier.right_edge.i + 1


def _names_same_party(word: Token, appositive: Token) -> bool:
    """Is a phrase in apposition, with no comma or bracket between, the name of the party the word says the
    title or kind of ("Niger's ambassador Brah Mohamane", "the Federal Minister for Trade Ann
    Cole", "the conservative group Judicial Watch")? PLOVER's coders code the party by its name. An
    apposition set off by commas ("Kofi Annan, UN secretary-general") or brackets ("Republic of Korea (ROK)")
    they leave out."""
    if appositive.dep_ != "appos" or appositive.ent_type_ not in NAME_KINDS:
        return False
    return not any(between.is_punct for between in word.doc[word.i + 1:appositive.left_edge.i + 1])


def _agent(verb: Token) -> Token | None:
    """The object of a passive verb's "by" phrase: "property seized by Algerian government forces"."""
    by = next((child for child in verb.children if child.dep_ == "agent"), None)
    return object_of(by) if by is not None else None


def _prep_object(word: Token, preps: tuple[str, ...]) -> Token | None:
    """The object of the first of ``preps`` attached to ``word`` (in the order ``preps`` lists them), not a
    measure ("for new members for at least two years": the members) or a rate; a count of a party is the party
    counted ("granted asylum to hundreds of refugees")."""
    attached = [child for child in word.children if child.dep_ in ("prep", "dative")]
    for preposition in preps:
        for child in attached:
            if child.lower_ == preposition and (found := object_of(child)) is not None and not _rate(found):
                if found.ent_type_ not in MEASURES:
                    return found
                if (counted := _collected(found)) is not None:  # "to hundreds of refugees": the refugees
                    return counted
    return None


def _rate(word: Token) -> bool:
    """Is the phrase a rate ("for every 10 hostages released"), which measures, not names a party?"""
    return any(child.dep_ == "det" and child.lower_ in ("every", "each", "per") for child in word.children)
