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

from dateline.records import Offsets

#: Named-entity kinds that can act or be acted on, and the kinds that are places.
ACTOR_KINDS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
PLACE_KINDS = frozenset({"GPE", "LOC", "FAC"})
#: Entity kinds a "by" phrase measures with rather than names an agent: "extended by two days".
MEASURES = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "PERCENT", "MONEY"})
#: Prepositions that introduce a target, and those that introduce where an event took place.
TARGET_PREPS = ("to", "with", "against", "on", "toward", "towards", "into")
PLACE_PREPS = frozenset({"in", "at"})
#: Verbs that carry an event noun without adding one of their own: "held talks", "launched an attack".
LIGHT_VERBS = frozenset({"launch", "carry", "conduct", "hold", "make", "stage", "mount", "begin", "start",
                         "continue", "give", "issue", "use", "announce", "have", "take", "lead", "resume"})
#: Relative pronouns, which stand for the noun their clause modifies ("Burns, who was in Qatar").
RELATIVE = frozenset({"who", "which", "that", "whom"})


def verb_arguments(verb: Token) -> tuple[Token | None, Token | None]:
    """The heads of a verb's actor and target."""
    actor = target = None
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj") and actor is None:
            actor = child
        elif child.dep_ == "nsubjpass" and target is None:
            target = child
        elif child.dep_ == "agent" and (by := _object_of(child)) is not None and by.ent_type_ not in MEASURES:
            actor = by if actor is None or actor.dep_ != "nsubj" else actor
        elif child.dep_ in ("dobj", "dative") and target is None:
            target = child
    if actor is not None and actor.lower_ in RELATIVE and verb.dep_ == "relcl":
        actor = verb.head
    if actor is None and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        actor = verb_arguments(verb.head)[0]
    if target is None:
        target = _prep_object(verb, TARGET_PREPS)
    return actor, target


def noun_arguments(noun: Token) -> tuple[Token | None, Token | None]:
    """The heads of an event noun's actor and target."""
    actor = target = None
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in ("its", "their", "his", "her"):
            actor = child
        elif child.dep_ in ("compound", "amod", "nmod") and child.ent_type_ in ACTOR_KINDS and actor is None:
            actor = child
        elif child.dep_ == "prep" and child.lower_ == "by":
            actor = _object_of(child) or actor
    target = _prep_object(noun, ("of", *TARGET_PREPS))
    if actor is None and noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in LIGHT_VERBS:
        actor = verb_arguments(noun.head)[0]
    return actor, target


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
