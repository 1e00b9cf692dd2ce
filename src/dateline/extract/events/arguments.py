"""Who acted, on whom, and where: the spans a predicate's dependents give.

A verb's actor is its subject (or the "by" phrase of a passive), its target the object (or the passive
subject, or a "to"/"with"/"against"/"on" phrase). A noun's actor is its possessor ("Hamas's attack"), a
"by" phrase, or a name modifying it ("the US draft"), and its target an "of"/"on"/"against"/"with" phrase
("the release of Judith Tai", "the attack on Israel"). A noun a light verb carries ("held talks", "launched
an attack") takes the verb's subject as its actor. Each span is the argument's noun phrase, with the
entity mention that heads it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.extract.lexicon import REPORTING_VERBS
from dateline.records import Offsets

#: Named-entity kinds that can act or be acted on, and the kinds that are places.
ACTOR_KINDS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
PLACE_KINDS = frozenset({"GPE", "LOC", "FAC"})
#: Entity kinds a "by" phrase measures with rather than names an agent: "extended by two days".
MEASURES = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "PERCENT", "MONEY"})
#: Prepositions that introduce a target, and those that introduce where an event took place.
TARGET_PREPS = ("to", "with", "against", "on", "toward", "towards", "into")
PLACE_PREPS = frozenset({"in", "at"})
#: Verbs by which the subject performs the event a noun names, adding none of their own: "held talks",
#: "launched an attack", "imposed sanctions", "gave ... aid" (not "prolong the truce": that acts on it).
LIGHT_VERBS = frozenset({"launch", "carry", "conduct", "hold", "make", "stage", "mount", "begin", "start",
                         "continue", "give", "issue", "use", "announce", "have", "take", "lead", "resume",
                         "impose", "declare", "open", "deliver", "provide", "send", "order", "undertake", "wage",
                         "sign", "reach", "seal", "perform", "commit", "pursue", "initiate", "host", "organize",
                         "organise", "file", "lodge", "step", "intensify", "escalate"})
#: How far up the parse a noun looks for the verb that carries it.
CARRIER_STEPS = 4
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
    cabinet military navy family team""".split())


def verb_arguments(verb: Token) -> tuple[Token | None, Token | None]:
    """The heads of a verb's actor and target."""
    actor = None
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj") and actor is None:
            actor = child
        elif child.dep_ == "agent" and (by := _object_of(child)) is not None and by.ent_type_ not in MEASURES:
            actor = by if actor is None or actor.dep_ != "nsubj" else actor
    if actor is not None and actor.lower_ in RELATIVE and verb.dep_ == "relcl":
        actor = verb.head
    if actor is None and verb.dep_ in ("xcomp", "conj", "advcl"):
        governor = verb.head.head if verb.head.dep_ == "acomp" else verb.head  # "is ready to host"
        if governor.pos_ in ("VERB", "AUX"):
            actor = verb_arguments(governor)[0]
    return _reported_subject(verb, actor), _verb_target(verb)


def _verb_target(verb: Token) -> Token | None:
    """Who a verb acts on: its object or passive subject as :func:`_acted_on` reads it, else what its
    complement says (:func:`_complement_target`)."""
    theme = next((child for child in verb.children if child.dep_ in ("nsubjpass", "dobj", "dative")), None)
    target = _acted_on(verb, theme)
    return target if target is not None else _complement_target(verb)


def noun_arguments(noun: Token, predicates: set[int]) -> tuple[Token | None, Token | None]:
    """The heads of an event noun's actor and target; ``predicates``: the indices of the sentence's words
    that denote events themselves."""
    actor = target = None
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in ("its", "their", "his", "her"):
            actor = child
        elif child.dep_ in ("compound", "amod", "nmod") and child.ent_type_ in ACTOR_KINDS and actor is None:
            actor = child
        elif child.dep_ == "prep" and child.lower_ == "by":
            actor = _object_of(child) or actor
    target = _prep_object(noun, ("of", *TARGET_PREPS, "between"))
    if actor is None and (carrier := _carrier(noun, predicates)) is not None \
            and carrier.lemma_.lower() in LIGHT_VERBS:
        doer = verb_arguments(carrier)[0]
        actor = doer if doer is not None and _is_party(doer) else None
    return actor, _participant(target) if target is not None else None


def _carrier(noun: Token, predicates: set[int]) -> Token | None:
    """The verb whose object a noun is, directly or in a phrase on it ("imposed sanctions", "gave the Ivory
    Coast 5.1 million dollars of aid"); the climb stops at another event noun ("an extension of the truce"):
    the outer event is what the verb carries."""
    word = noun
    for _ in range(CARRIER_STEPS):
        if word.dep_ not in ("dobj", "nsubjpass", "pobj", "prep") or word.head == word:
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
    a party, or the party that owns or names it ("rejected North Korea's demand", "rejected the US offer");
    else a party a preposition attaches ("lifted a curfew in Montenegro"); else the object itself."""
    recipient = _prep_object(verb, ("to",))
    if recipient is not None and _is_party(recipient):
        return recipient
    if theme is not None and _is_party(theme := _participant(theme)):
        return theme
    attached = _prep_object(verb, (*TARGET_PREPS, "from", "in"))
    if attached is not None and _is_party(attached := _participant(attached)):
        return attached
    return theme


def _complement_target(verb: Token) -> Token | None:
    """The target of a verb whose complement says what is asked, promised or threatened: the party asked to
    act ("demanded that the US cancel": the US), else the target of the act ("threatened to cut off
    electricity to Nakhichevan": Nakhichevan)."""
    for child in verb.children:
        if child.dep_ == "ccomp":
            subject = next((word for word in child.children if word.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ != "PRON" and _is_party(subject):
                return subject
        if child.dep_ == "xcomp" and child.pos_ == "VERB":
            return _verb_target(child)
    return None


def _participant(word: Token) -> Token:
    """The party a word stands for: itself when it is one, else a named party that owns, names or heads it
    ("North Korea's demand", "the US offer", "the withdrawal of Serbian forces")."""
    if _is_party(word):
        return word
    for child in word.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.ent_type_ in ACTOR_KINDS:
            return child
        if child.dep_ == "prep" and child.lower_ in ("of", "by") and (of := _object_of(child)) is not None \
                and _is_party(of):
            return of
    return word


def _is_party(word: Token) -> bool:
    """Can the word act or be acted on: a named party, a person's pronoun, or a word for people."""
    return (word.ent_type_ in ACTOR_KINDS or word.lower_ in PERSONAL_PRONOUNS
            or word.lemma_.lower() in PEOPLE_WORDS)


def _reported_subject(verb: Token, actor: Token | None) -> Token | None:
    """A pronoun subject of a reported clause stands for the reporter named just above it: "Hungary has said
    it will support" (Hungary), "Militants said they attempted" (Militants)."""
    if actor is None or actor.lower_ not in PERSONAL_PRONOUNS or verb.dep_ != "ccomp" \
            or verb.head.lemma_.lower() not in REPORTING_VERBS:
        return actor
    reporter = next((child for child in verb.head.children if child.dep_ == "nsubj"), None)
    if reporter is None or reporter.pos_ == "PRON" or not _is_party(reporter):
        return actor
    return reporter


def place_of(trigger: Token, target: Token | None, visit: bool) -> Token | None:
    """The place an "in"/"at" phrase attaches to the trigger ("talks in Doha"); for a visit, the place
    visited ("visit to Cairo")."""
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
            place = _object_of(child)
            if place is not None and place.ent_type_ in PLACE_KINDS:
                return place
    if visit and target is not None and target.ent_type_ in PLACE_KINDS:
        return target
    return None


def phrase(doc: Doc, head: Token) -> Offsets:
    """The noun phrase ``head`` heads, its coordinated phrases included ("Jordan and Britain"), without a
    leading determiner or a relative clause: the words that name the participant."""
    words = [head, *_coordinated(head)]
    start = min(_phrase_start(word) for word in words)
    end = max(_phrase_end(word) for word in words)
    while start < end and doc[start].dep_ in ("det", "punct", "cc") and doc[start].lower_ not in ("no",):
        start += 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def entity_in(doc: Doc, span: Offsets, head: Token) -> Offsets | None:
    """The named entity that heads an argument: the one holding its head word, else the first in its span."""
    if head.ent_type_ in ACTOR_KINDS:
        ent = _entity_of(doc, head)
        if ent is not None:
            return ent.start_char, ent.end_char
    chars = doc.char_span(*span, alignment_mode="expand")
    for ent in chars.ents if chars is not None else ():
        if ent.label_ in ACTOR_KINDS:
            return ent.start_char, ent.end_char
    return None


def _entity_of(doc: Doc, token: Token) -> Span | None:
    for ent in doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


def _coordinated(head: Token) -> list[Token]:
    return [child for child in head.children if child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN", "PRON")]


def _phrase_start(word: Token) -> int:
    left = [child.left_edge.i for child in word.lefts if child.dep_ not in ("punct", "cc", "prep")]
    return min([word.i, *left])


def _phrase_end(word: Token) -> int:
    """Past the word and its compound or flat names to the right ("Natalie Raanan"), and an "of" phrase
    ("the leaders of the US and Israel"), but no clause or apposition."""
    end = word.i + 1
    for child in word.rights:
        if child.dep_ in ("compound", "flat", "nummod") or (child.dep_ == "prep" and child.lower_ == "of"):
            end = max(end, child.right_edge.i + 1)
    return end


def _object_of(preposition: Token) -> Token | None:
    for child in preposition.children:
        if child.dep_ == "pobj":
            return child
    return None


def _prep_object(word: Token, preps: tuple[str, ...]) -> Token | None:
    """The object of the first of ``preps`` attached to ``word`` (in the order ``preps`` lists them)."""
    attached = {child.lower_: child for child in word.children if child.dep_ in ("prep", "dative")}
    for preposition in preps:
        if preposition in attached:
            found = _object_of(attached[preposition])
            if found is not None and found.ent_type_ not in MEASURES:
                return found
    return None
