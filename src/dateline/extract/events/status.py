"""Whether an event happened: the grammar around its predicate.

A negated verb is denied ("did not veto"); a modal one conditional ("would add a day for every 10 hostages
released", or under "if"/"unless") or hypothetical ("could", "might"), except that a reported "would" is a
future seen from the past ("Washington said it would submit a draft on Friday": planned) unless a condition
goes with it ("for every 10 hostages", "if"); a future or an intention planned
("will arrive", "is set to visit", "plans to meet"); a progressive ongoing ("is leading talks"); one a
"whether" opens hypothetical ("asked whether the bridge had collapsed": a question is no one's claim, so no
attribution marks it reported). A noun takes the modality of the verb that carries it ("would allow for the
release of...") and of words such as "upcoming" or "possible"; a negation does not pass down ("has not gained
anything from the release").
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.records import EventStatus, Quote

CONDITIONAL_MODALS = frozenset({"would", "should", "'d"})
HYPOTHETICAL_MODALS = frozenset({"could", "might", "may"})
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
CONDITION_MARKS = frozenset({"if", "unless"})
#: The mark of an embedded question: "asked whether the bridge had collapsed" leaves open whether it did.
QUESTION_MARKS = frozenset({"whether"})
#: Verbs whose infinitive complement is something intended, not done: "set to visit", "plans to meet".
INTENTION_VERBS = frozenset({"plan", "set", "expect", "intend", "aim", "hope", "want", "seek", "prepare",
                             "schedule", "due", "going", "propose", "offer", "threaten", "vow", "promise",
                             "agree", "push", "press", "urge", "work", "need"})
#: Verbs of attempting: the act attempted is done, failed or not ("tried to hack into the computers"), but
#: what it is to bring about is not yet ("to try to arrange the release of more hostages").
ATTEMPT_VERBS = frozenset({"try", "attempt"})
#: Adjectives whose infinitive complement is something intended: "is ready to host", "is willing to withdraw".
INTENTION_ADJECTIVES = frozenset({"ready", "willing", "prepared", "eager", "determined", "keen", "poised"})
#: Nouns whose infinitive complement is something intended: "its readiness to resume talks", "a plan to withdraw".
INTENTION_NOUNS = frozenset({"readiness", "willingness", "intention", "plan", "promise", "pledge", "offer",
                             "commitment", "determination", "desire", "threat", "vow", "proposal"})
PLANNED_WORDS = frozenset({"upcoming", "planned", "proposed", "future", "expected", "scheduled", "next", "coming"})
POSSIBLE_WORDS = frozenset({"possible", "potential", "likely", "hypothetical"})
#: The dependencies through which a verb carries a word: its object, complement, or a phrase of either.
CARRIED = frozenset({"dobj", "pobj", "prep", "nsubjpass", "attr", "conj", "acl", "xcomp"})
#: How far up the parse a noun looks for the verb that carries it.
CARRIER_STEPS = 3


def verb_status(verb: Token, reported: bool = False, carrying: bool = False) -> EventStatus:
    """The status of a verbal event from its auxiliaries, negation, clause and governing verb; ``reported``:
    it sits in an attribution's content; ``carrying``: the status asked is that of the noun the verb carries,
    which an attempt has not yet brought about."""
    words = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass", "neg", "mark")}
    if words & {"not", "n't", "never"}:
        return "denied"
    if words & CONDITION_MARKS or _in_condition(verb) or _per_unit(verb):
        return "conditional"
    if words & QUESTION_MARKS:
        return "hypothetical"
    if words & CONDITIONAL_MODALS:
        return "planned" if reported else "conditional"
    if words & HYPOTHETICAL_MODALS:
        return "hypothetical"
    if words & FUTURE_MODALS or _intended(verb, carrying):
        return "planned"
    if verb.tag_ == "VBG" and words & {"is", "are", "am", "'s", "'re"}:
        return "ongoing"
    return _inherited(verb, reported) if verb.dep_ in ("acl", "xcomp", "conj") else "happened"


def noun_status(noun: Token, reported: bool = False) -> EventStatus:
    """A noun's status: its own modifiers, else the modality of the verb that carries it."""
    modifiers = {child.lower_ for child in noun.children if child.dep_ in ("amod", "compound")}
    if modifiers & POSSIBLE_WORDS:
        return "hypothetical"
    if modifiers & PLANNED_WORDS:
        return "planned"
    return _inherited(noun, reported)


def _inherited(word: Token, reported: bool = False) -> EventStatus:
    """The modality of the verb that carries a word ("would add a day for every 10 hostages released")."""
    carrier = _carrier(word)
    if carrier is None:
        return "happened"
    status = verb_status(carrier, reported, carrying=True)
    return status if status in ("conditional", "hypothetical", "planned") else "happened"


def _carrier(word: Token) -> Token | None:
    """The verb a word is the object or complement of, climbing over prepositions ("allow for the release")."""
    token = word
    for _ in range(CARRIER_STEPS):
        if token.dep_ not in CARRIED or token.head == token:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _per_unit(verb: Token) -> bool:
    """A rate that makes the event depend on something else: "add a day for every 10 hostages released"."""
    return any(child.dep_ == "prep" and any(grand.dep_ == "pobj" and any(d.lower_ in ("every", "each")
               for d in grand.children) for grand in child.children) for child in verb.children)


def _in_condition(verb: Token) -> bool:
    """Is the verb in an "if"/"unless" clause, or in a clause a modal of its governing verb rules?"""
    return verb.dep_ == "advcl" and any(child.lower_ in CONDITION_MARKS for child in verb.children)


def _intended(verb: Token, carrying: bool) -> bool:
    """An infinitive under a verb, adjective or noun of intention: "is set to visit", "plans to meet", "is ready
    to host", "expressed its readiness to resume talks"; or, for the noun it carries (``carrying``), of
    attempting: "try to arrange the release"."""
    has_to = any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)
    governors = INTENTION_VERBS | INTENTION_ADJECTIVES | (ATTEMPT_VERBS if carrying else frozenset())
    head = verb.head.lemma_.lower()
    return has_to and (verb.dep_ in ("xcomp", "ccomp", "advcl") and head in governors
                       or verb.dep_ == "acl" and head in INTENTION_NOUNS)


def event_status(token: Token, reported: bool) -> EventStatus:
    """A predicate's status; ``reported``: it sits in an attribution's content."""
    return verb_status(token, reported) if token.pos_ in ("VERB", "AUX") else noun_status(token, reported)


def attribution_around(quotes: list[Quote], token: Token) -> Quote | None:
    """The speech attribution whose content holds the word."""
    for quote in quotes:
        if quote.speech and any(start <= token.idx < end for start, end in quote.content):
            return quote
    return None
