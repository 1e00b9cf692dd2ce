"""Which words denote which event: an ordered table of rules, read top to bottom, the first match wins.

Types and modes are PLOVER's (github openeventdata/PLOVER, the 2023 codebook): sixteen event types, some with
modes ("CONSULT" visit, phone; "RETREAT" release; "ASSAULT" abduct...). A word that names something that
happened but no political interaction (a crash, a storm, an election) gets the general type ``OCCURRENCE``
rather than none, so a reader still sees it. The words are our own choice, made for news English.

A rule may ask for a word among the predicate's particles, prepositions and objects ("call for" asks, "call"
alone may be a phone call; "add a day" to a truce extends it), and for a part of speech: ``V`` verbs, ``N`` nouns, ``*`` either.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

#: The general type of events outside PLOVER.
OCCURRENCE = "OCCURRENCE"
#: The type of a rule whose words are no event at all: "a press release" is a document.
NO_EVENT = "NO_EVENT"


class EventRule(NamedTuple):
    lemmas: frozenset[str]
    pos: str
    type: str
    mode: str | None = None
    particle: str | None = None


def _rule(words: str, pos: str, type_: str, mode: str | None = None, particle: str | None = None) -> EventRule:
    return EventRule(frozenset(words.split()), pos, type_, mode, particle)


#: Ways whose blocking obstructs passage: "blocked roads in the capital", "blocked transport into Abidjan".
PASSAGES = ("road", "roads", "street", "streets", "highway", "highways", "traffic", "transport", "access",
            "entrance", "entrances", "route", "routes", "crossing", "crossings", "border", "bridge", "bridges",
            "port", "railway", "railways")

#: Those sent abroad whose withdrawal reduces relations rather than retreats: peacekeepers, inspectors, envoys
#: ("a peacekeeping force", by its compound).
ENVOYS = ("peacekeepers", "inspectors", "observers", "monitors", "ambassador", "ambassadors", "envoy", "envoys",
          "diplomat", "diplomats", "peacekeeping")

#: Words for a truce, whose violation is fighting (PLOVER's CAMEO table: 196), not a rejection.
TRUCES = ("ceasefire", "cease-fire", "truce", "armistice")

#: Words for armed forces, which strengthening or reinforcing musters (MOBILIZE); strengthening ties or
#: cooperation takes up the act its object names (:data:`RESUMING`).
FORCES = ("troops", "forces", "army", "military", "presence", "positions", "garrison", "garrisons", "defences",
          "defenses", "units", "border")

#: The particle a noun has when it is the object of "on" on a verb, a state one is in: "went on strike".
ON_STATE = "(on)"
#: Words before "strike" that say it is a stoppage of work or of eating, a protest, not an attack.
STOPPAGES = ("general", "hunger", "labour", "labor", "nationwide", "national", "indefinite", "wildcat", "token")

#: Specific rules (with a particle, or a mode) come before the general ones for the same words.
EVENT_RULES: tuple[EventRule, ...] = (
    # Calling off a meeting or a visit cancels it.
    _rule("call", "V", "SANCTION", "discontinue", particle="off"),
    _rule("call", "V", "REQUEST", particle="for"),
    _rule("call", "V", "REQUEST", particle="on"),
    # Calling up reservists musters them (PLOVER's CAMEO table: 154).
    _rule("call", "V", "MOBILIZE", "troops", particle="up"),
    _rule("call", "N", "REQUEST", particle="for"),
    _rule("call", "*", "CONSULT", "phone", particle="with"),
    # A call is one; a phone is the means ("on the phones", "spoke by phone"), and phoning is one.
    _rule("call", "*", "CONSULT", "phone"),
    _rule("phone telephone", "V", "CONSULT", "phone"),
    # A release a press or news office issues is a statement.
    *(_rule("release", "N", NO_EVENT, particle=issuer) for issuer in ("press", "news")),
    _rule("pull", "V", "RETREAT", "withdraw", particle="out"),
    _rule("pull", "V", "RETREAT", "withdraw", particle="back"),
    # Laying down arms disarms; laying down conditions does not.
    *(_rule("lay", "V", "RETREAT", "disarm", particle=arms) for arms in ("arms", "weapons")),
    # Ruling something out refuses it.
    _rule("rule", "V", "REJECT", particle="out"),
    # Speaking with someone consults them; speaking to reporters or of a plan does not.
    _rule("speak", "V", "CONSULT", particle="with"),
    # Blowing something or oneself up is a bombing.
    _rule("blow", "V", "ASSAULT", particle="up"),
    # Taking people hostage abducts them.
    _rule("take", "V", "ASSAULT", "abduct", particle="hostage"),
    # Violating or breaching a truce is fighting (PLOVER's CAMEO table: 196).
    *(_rule("violate violation breach", "*", "ASSAULT", particle=truce) for truce in TRUCES),
    _rule("round", "V", "COERCE", "arrest", particle="up"),
    _rule("lash", "V", "ACCUSE", "disapprove", particle="out"),
    # Tearing into someone or taking aim at them is criticism.
    _rule("tear", "V", "ACCUSE", "disapprove", particle="into"),
    _rule("take", "V", "ACCUSE", "disapprove", particle="aim"),
    _rule("team", "V", "COOPERATE", particle="up"),
    # Rallying behind a party backs it; a rally alone is a protest.
    _rule("rally", "V", "SUPPORT", particle="behind"),
    # Looking into something investigates it.
    _rule("look", "V", "ACCUSE", "investigate", particle="into"),
    # Partnering with someone cooperates; "a partner" is a party, not an act.
    _rule("partner", "V", "COOPERATE"),
    # Breaking out starts suddenly or escapes ("fighting broke out", "shares are breaking out"); it cuts no ties.
    _rule("break", "V", OCCURRENCE, particle="out"),
    _rule("walk", "V", "PROTEST", "demo", particle="out"),
    _rule("back", "V", "RETREAT", particle="down"),
    _rule("step", "V", "RETREAT", "resign", particle="down"),
    _rule("crack", "V", "COERCE", particle="down"),
    _rule("crackdown", "N", "COERCE"),
    _rule("set", "V", "COOPERATE", particle="up"),
    _rule("hand", "V", "CONCEDE", particle="over"),
    _rule("turn", "V", "REJECT", particle="down"),
    _rule("break", "V", "ASSAULT", particle="into"),
    _rule("open", "V", "ASSAULT", particle="fire"),
    _rule("gun", "V", "ASSAULT", particle="down"),
    # Exchanging fire is fighting, not cooperation.
    *(_rule("exchange", "V", "ASSAULT", particle=shots) for shots in ("fire", "gunfire", "shots")),
    # Striking a deal agrees; a strike on or against a place attacks it.
    *(_rule("strike", "V", "AGREE", particle=deal) for deal in ("deal", "agreement", "accord", "bargain")),
    # Being or going "on strike" is a labour strike, whatever it is against, as is a strike its own words say
    # is one, a stoppage of work or of eating ("a general strike against the government", "a hunger strike
    # against their detention"): an attack is against whom it hits, a protest against whom it is made.
    *(_rule("strike", "N", "PROTEST", "strike", particle=kind) for kind in (ON_STATE, *STOPPAGES)),
    # Strikes from the air or by a weapon are attacks: "air strikes", "drone strikes".
    *(_rule("strike", "N", "ASSAULT", "aerial", particle=weapon) for weapon in ("air", "drone", "missile", "rocket")),
    _rule("strike", "N", "ASSAULT", particle="on"),
    _rule("strike", "N", "ASSAULT", particle="against"),
    _rule("force", "V", "SANCTION", "expel", particle="out"),
    # Reducing or stopping aid is a sanction (PLOVER's CAMEO table: 162).
    _rule("reduce prohibit withhold", "V", "SANCTION", "discontinue", particle="aid"),
    _rule("reduce prohibit withhold", "V", "SANCTION", "discontinue", particle="supplies"),
    _rule("reduce prohibit withhold", "V", "SANCTION", "discontinue", particle="assistance"),
    # Accepting or meeting a demand yields to it.
    _rule("accept meet grant", "V", "CONCEDE", particle="demands"),
    _rule("accept meet grant", "V", "CONCEDE", particle="demand"),
    # Easing a blockade or siege is a military retreat (PLOVER's CAMEO table: 0872), unlike easing other
    # restrictions (081: CONCEDE).
    *(_rule("lift ease relax end", "V", "RETREAT", "withdraw", particle=siege) for siege in ("blockade", "siege")),
    # Withdrawing or expelling peacekeepers, inspectors, monitors or an envoy reduces relations (161, 166), unlike
    # withdrawing one's forces or expelling others (below).
    *(_rule("withdraw recall expel", "V", "SANCTION", "expel", particle=envoy) for envoy in ENVOYS),
    # Imposing or declaring martial law or a state of emergency restricts (PLOVER's CAMEO table: 1724, 1723).
    *(_rule("impose declare", "V", "COERCE", "restrict", particle=state) for state in ("law", "state")),
    # Strengthening or reinforcing forces musters them; strengthening anything else is no act of its own.
    *(_rule("reinforce strengthen", "V", "MOBILIZE", "troops", particle=forces)
      for forces in FORCES),
    # Exercises held together are military cooperation (PLOVER's CAMEO table: 062); alone they show force (150).
    _rule("exercise maneuver manoeuvre drill game", "N", "COOPERATE", particle="joint"),
    *(_rule("exercise maneuver manoeuvre drill game", "N", "MOBILIZE", "troops", particle=kind)
      for kind in ("military", "naval", "war", "army", "air")),
    # Troops on alert are mustered (PLOVER's CAMEO table: 152).
    _rule("alert", "N", "MOBILIZE", "troops", particle=ON_STATE),
    # Expelling anyone but envoys (above) deports them (PLOVER's CAMEO table: 174).
    _rule("expel", "V", "COERCE", "deport"),
    # Signing a formal agreement is diplomatic cooperation: PLOVER's SUPPORT (CAMEO's 057, which PLOVER's
    # SUPPORT takes over); agreeing to one, or promising, is AGREE.
    _rule("sign ratify", "V", "SUPPORT"),
    _rule("plead", "V", OCCURRENCE, particle="guilty"),
    # Finding a party guilty disapproves of it (PLOVER's CAMEO table: 116, under DISAPPROVE, now ACCUSE).
    _rule("find", "V", "ACCUSE", "allege", particle="guilty"),
    # Agreeing, offering, promising
    _rule("agree agreement deal pact treaty sign ratify promise pledge offer propose proposal commit accept approve approval reach conclude", "*", "AGREE"),
    # An accord is an agreement; "according to" is no verb of agreeing.
    _rule("accord", "N", "AGREE"),
    # Meeting and talking
    _rule("visit trip tour travel arrive", "*", "CONSULT", "visit"),
    _rule("host", "V", "CONSULT", "visit"),
    _rule("summit conference", "N", "CONSULT", "multilateral"),
    _rule("meet meeting talk talks negotiate negotiation consult consultation discuss discussion confer convene", "*", "CONSULT"),
    # A conversation between parties consults, as talks do ("had a telephone conversation with").
    _rule("conversation", "N", "CONSULT"),
    _rule("mediate mediation broker", "*", "CONSULT"),
    # Support, concession, cooperation, aid
    # Praising or endorsing (welcoming a decision) is SUPPORT (PLOVER's CAMEO table: 051).
    _rule("support back praise commend endorse embrace welcome hail laud applaud defend congratulate recognize recognise apologize apologise thank forgive appreciate", "V", "SUPPORT"),
    _rule("support praise recognition apology", "N", "SUPPORT"),
    _rule("concede concession yield compromise comply accede ease lift relax grant pardon allow permit shorten reinstate legalize legalise unban amnesty", "*", "CONCEDE"),
    _rule("cooperate cooperation collaborate collaboration coordinate coordination share exchange swap resume restore normalize normalise establish ally alliance partnership extradite extradition", "*", "COOPERATE"),
    _rule("aid assistance assist donate donation provide supply send dispatch deliver deploy contribute fund finance lend loan", "V", "AID"),
    _rule("aid assistance donation loan grant relief", "N", "AID"),
    _rule("asylum", "N", "AID", "asylum"),
    # Retreat: withdrawals, releases, ceasefires, resignations
    _rule("release free freeing", "*", "RETREAT", "release"),
    _rule("withdraw withdrawal retreat evacuate pullout", "*", "RETREAT", "withdraw"),
    _rule("disarm disarmament demobilize demobilise", "*", "RETREAT", "disarm"),
    _rule("ceasefire cease-fire truce armistice pause", "*", "RETREAT", "ceasefire"),
    _rule("extend extension", "*", "RETREAT", "ceasefire"),
    _rule("add", "V", "RETREAT", "ceasefire", particle="day"),
    _rule("resign resignation quit", "*", "RETREAT", "resign"),
    _rule("surrender capitulate", "*", "RETREAT"),
    # Requests and demands; a subpoena demands testimony or papers.
    _rule("demand request ask urge appeal press pressure push plead seek petition insist require implore exhort subpoena", "*", "REQUEST"),
    # Accusations, criticism, investigations
    _rule("investigate investigation probe inquiry inquire examine", "*", "ACCUSE", "investigate"),
    _rule("accuse accusation allege allegation charge indict indictment sue lawsuit blame", "*", "ACCUSE", "allege"),
    # PLOVER's ACCUSE: "criticize, defame, denigrate responsible parties" (its manual).
    _rule("criticize criticise criticism condemn condemnation denounce denunciation deplore complain complaint object protest rebuke censure disapprove deride slam decry assail lambaste castigate chide insult defame denigrate disparage ridicule mock vilify", "V", "ACCUSE", "disapprove"),
    _rule("criticism condemnation denunciation complaint rebuke censure insult", "N", "ACCUSE", "disapprove"),
    # Rejections
    # Disputing a claim denies it; overriding a veto or a decision sets it aside.
    _rule("reject rejection refuse refusal veto oppose opposition deny denial decline dismiss rebuff snub spurn repudiate defy ignore violate flout resist balk dispute override", "V", "REJECT"),
    # Opposition to something rejects it; "the opposition" is a party.
    _rule("opposition", "N", "REJECT", particle="to"),
    _rule("rejection refusal veto denial", "N", "REJECT"),
    # Threats and ultimatums
    # Swearing to act vows it; one is sworn in to an office.
    _rule("swear", "V", OCCURRENCE, particle="in"),
    _rule("threaten threat warn warning ultimatum vow swear", "*", "THREATEN"),
    # Protests
    _rule("protest demonstrate demonstration march rally riot picket", "*", "PROTEST", "demo"),
    _rule("strike", "N", "PROTEST", "strike"),
    # A boycott is a protest (PLOVER's CAMEO table: 143), as are a sit-in and a walkout.
    _rule("boycott", "*", "PROTEST", "boycott"),
    _rule("sit-in walkout", "N", "PROTEST", "demo"),
    _rule("hunger", "N", "PROTEST", "hunger"),
    # Blocking passage is a protest (PLOVER's CAMEO table: 144); blocking a resolution is not.
    *(_rule("block barricade", "V", "PROTEST", "obstruct", particle=way) for way in PASSAGES),
    # Sanctions, expulsions, convictions
    _rule("sanction embargo", "*", "SANCTION"),
    _rule("expel expulsion", "*", "SANCTION", "expel"),
    _rule("convict conviction sentence", "*", "SANCTION", "convict"),
    _rule("sever suspend cancel cut halt break recall downgrade freeze", "V", "SANCTION", "discontinue"),
    _rule("suspension cancellation", "N", "SANCTION", "discontinue"),
    # Mobilization
    _rule("mobilize mobilise mobilization mobilisation mass buildup", "*", "MOBILIZE", "troops"),
    # Patrols show armed or police force (PLOVER's CAMEO table: 150).
    _rule("patrol", "*", "MOBILIZE", "troops"),
    # Coercion: arrests, seizures, restrictions
    _rule("arrest detain detention imprison", "*", "COERCE", "arrest"),
    # Jailing arrests; a jail is a place ("rioted at a jail").
    _rule("jail", "V", "COERCE", "arrest"),
    _rule("deport deportation", "*", "COERCE", "deport"),
    _rule("seize seizure confiscate raid search occupy occupation annex expropriate expropriation nationalize "
          "nationalise nationalization nationalisation", "*", "COERCE", "seize"),
    _rule("ban restrict restriction blockade siege besiege censor curfew close closure outlaw", "*", "COERCE", "restrict"),
    _rule("evict eviction", "*", "COERCE", "deport"),
    _rule("prevent forbid bar", "V", "COERCE", "restrict"),
    # Dispersing a crowd is repression (PLOVER's CAMEO table: 175), as is crushing or quelling a revolt.
    _rule("disperse", "V", "COERCE"),
    _rule("suppress suppression repress repression crush quell", "*", "COERCE"),
    _rule("hack deface harass intimidate", "V", "COERCE"),
    # Violence
    _rule("kidnap abduct abduction kidnapping hijack", "V", "ASSAULT", "abduct"),
    _rule("abduction kidnapping hijacking", "N", "ASSAULT", "abduct"),
    _rule("assassinate assassination execute execution massacre slaughter genocide", "*", "ASSAULT", "targeted"),
    _rule("bomb bombing shell shelling airstrike air-strike", "*", "ASSAULT", "aerial"),
    _rule("torture", "*", "ASSAULT", "torture"),
    _rule("beat", "V", "ASSAULT", "beat"),
    _rule("rape", "*", "ASSAULT", "sexual"),
    _rule("destroy destruction demolish demolition raze", "*", "ASSAULT", "destroy"),
    _rule("cleansing", "N", "ASSAULT"),
    _rule("attack assault strike kill killing invade invasion raid fight fighting clash battle war offensive shoot shooting fire wound injure ambush storm capture recapture retake overrun bombard pound detonate murder stab behead slay lynch", "*", "ASSAULT"),
    # Votes and other political acts without a PLOVER type
    _rule("vote election referendum", "*", OCCURRENCE),
    # Happenings outside PLOVER: accidents, disasters
    _rule("crash collision explosion blast fire earthquake storm hurricane flood landslide outbreak accident collapse", "N", OCCURRENCE),
    _rule("crash explode collapse erupt flood", "V", OCCURRENCE),
)

#: Nouns that name an undertaking whose kind the noun before them gives: "mediation mission", "aid operation",
#: "bombing campaign" are events of the kind of "mediation", "aid", "bombing".
FRAME_NOUNS = frozenset({"effort", "mission", "operation", "campaign", "bid", "drive", "initiative", "process",
                         "programme", "program"})

#: Verbs that only say an act is taken up again, done, prolonged or deepened, which the act their object names
#: is: "resumed peace talks" are talks, "committed genocide" an assault, "extended its support" support,
#: "strengthened their cooperation" cooperation, "granted asylum" or "approved a loan" aid; their own type ("resumed relations", "committed troops",
#: "extended the deadline") holds only where the object names no act.
RESUMING = frozenset({"resume", "commit", "extend", "strengthen", "reinforce", "grant", "approve"})

#: Verbs of vowing, which PLOVER codes by what is vowed: a cooperative act AGREE, anything else THREATEN.
VOWING = frozenset({"vow", "swear"})

#: Words that are only an event when a place is attached: "Burns, who was in Qatar", "Blinken in Cairo".
PRESENCE_VERBS = frozenset({"be", "stay", "remain"})


def particles(word: Token) -> frozenset[str]:
    """The words a rule may ask for among a predicate's dependents: a verb's particles (or the adverb the
    parser reads one as: "pulled back"), prepositions, objects, passive subjects ("a deal was struck") and the
    names compounded with them ("violated the ceasefire agreement"), and adjective complements ("plead guilty",
    or the adjective right after the verb, which the parser may hang on another word: "pleaded guilty Monday"),
    and a noun or adjective the object is made or found ("took three men hostage", "found him guilty"); a
    noun's prepositions, compounds and adjectives ("press release", "joint exercises"),
    and :data:`ON_STATE` for a noun one is "on" ("went on strike"); a preposition of time is none
    ("a hunger strike on Monday")."""
    verbal = word.pos_ in ("VERB", "AUX")
    deps = ("prt", "advmod", "prep", "dobj", "nsubjpass", "acomp") if verbal else ("prep", "compound", "amod")
    found = frozenset(child.lower_ for child in word.children if child.dep_ in deps and not _of_time(child))
    if verbal:
        found |= {kind.lower_ for child in word.children if child.dep_ in ("dobj", "nsubjpass")
                  for kind in child.children if kind.dep_ == "compound"}
        found |= {child.lower_ for child in word.children
                  if child.dep_ in ("xcomp", "oprd", "ccomp") and child.pos_ in ("NOUN", "ADJ")}
    found |= {marker.lower_ for marker in _clause_markers(word)}  # "called for" or "its call for the army to"
    if verbal and word.i + 1 < len(word.doc) and word.doc[word.i + 1].pos_ == "ADJ":
        found |= {word.doc[word.i + 1].lower_}
    on_state = word.dep_ == "pobj" and word.head.lower_ == "on" and word.head.head.pos_ in ("VERB", "AUX")
    return found | {ON_STATE} if on_state else found


def clause_for(verb: Token) -> Token | None:
    """The clause a verb's "for" introduces with a subject of its own, which the parser hangs from the verb with
    "for" as the clause's marker, not the verb's preposition: "called for the government to release all
    prisoners", "is pushing hard for the US to support its plan"."""
    return next((clause for clause in verb.children if clause.dep_ in ("advcl", "ccomp")
                 and any(word.dep_ == "mark" and word.lower_ == "for" for word in clause.children)
                 and any(word.dep_ == "nsubj" for word in clause.children)), None)


def _clause_markers(verb: Token) -> list[Token]:
    """The "for" of :func:`clause_for`, which is the predicate's own preposition ("called for the army to
    withdraw", "renewed its call for the army to withdraw"), so a rule asking for it finds it."""
    clause = clause_for(verb)
    return [] if clause is None else [word for word in clause.children if word.dep_ == "mark"]


def _of_time(preposition: Token) -> bool:
    return any(child.dep_ == "pobj" and child.ent_type_ in ("DATE", "TIME") for child in preposition.children)


def match_rule(lemma: str, pos: str, particles: frozenset[str]) -> EventRule | None:
    """The first rule for ``lemma`` as part of speech ``pos`` ("V" or "N") whose word, if it asks for one,
    is among ``particles`` (the predicate's particles, prepositions and objects); none where that rule says
    the words are no event."""
    for rule in _RULES_BY_LEMMA.get(lemma, ()):
        if rule.pos in ("*", pos) and (rule.particle is None or rule.particle in particles):
            return rule if rule.type != NO_EVENT else None
    return None


_RULES_BY_LEMMA: dict[str, list[EventRule]] = {}
for _one in EVENT_RULES:
    for _lemma in _one.lemmas:
        _RULES_BY_LEMMA.setdefault(_lemma, []).append(_one)


#: Event types whose sides act together: PLOVER codes every party to a meeting, call or talks where neither
#: hosts nor visits, and to cooperation with a partner, as an actor, with no recipient (its manual, "Compound
#: and Reciprocal Actors").
JOINT_TYPES = frozenset({"CONSULT", "COOPERATE"})
#: Words for an act between two sides done by a third ("mediation between Syria and Arafat"): the sides are
#: its recipients.
MEDIATING = frozenset({"mediate", "mediation"})


def is_joint(rule: EventRule) -> bool:
    """Do the parties of an event of this rule act together, unless one visits the other?"""
    return rule.type in JOINT_TYPES and rule.mode != "visit" and not rule.lemmas & MEDIATING


#: PLOVER codes a cooperative act announced for the future as AGREE, and a conflictual one as THREATEN.
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
CONFLICTUAL = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})


def plover_type(type_: str, status: str) -> str:
    """The type PLOVER's coders give an event: Dateline keeps the act itself ("will visit" is CONSULT,
    planned; "would not meet" is CONSULT, denied), while PLOVER codes a promised cooperative act as AGREE,
    a threatened conflictual one as THREATEN, and a cooperative act refused as REJECT."""
    if status == "denied" and type_ in COOPERATIVE | {"AGREE"}:
        return "REJECT"
    if status in ("planned", "conditional"):
        if type_ in COOPERATIVE:
            return "AGREE"
        if type_ in CONFLICTUAL:
            return "THREATEN"
    return type_
