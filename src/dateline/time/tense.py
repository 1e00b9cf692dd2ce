"""Which way a time expression points, read off the verb that governs it in the spaCy parse.

News convention: a bare weekday or "Oct. 7" is in the past unless the clause is in the future ("will meet
on Friday", "is scheduled to vote Tuesday"); past tense pins it to the past.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dateline.model import Direction
from dateline.nlp.extensions import doc_text

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
FUTURE_GOVERNORS = frozenset({"going", "scheduled", "expected", "due", "set", "planning", "plans", "plan",
                              "slated", "poised", "intends", "hopes", "aims", "prepared", "ready"})
PAST_AUX = frozenset({"was", "were", "had", "has", "have", "did"})
#: Verbs that put their time in the future whatever their own tense ("scheduled a news conference Thursday").
SCHEDULING = frozenset({"schedule", "reschedule", "postpone", "delay", "defer", "adjourn", "slate"})
#: Words just before the expression that point forward ("until 9 a.m. Tuesday", "as soon as Tuesday",
#: "effective Feb. 1": the day a change takes effect is announced ahead of it).
FORWARD_CUE = re.compile(r"\b(?:until|till|as\s+soon\s+as|as\s+early\s+as|no\s+later\s+than|effective)\s+"
                         r"(?:\S+\s+){0,2}$", re.IGNORECASE)
#: Reporting verbs, whose present tense in news tells the past ("Israel says Monday").
REPORTING = frozenset({"say", "tell", "report", "announce", "confirm", "deny", "claim", "state", "add"})
#: Verbs whose past tense is spelled as their present ("Weakness hurt the index on Friday"): the tagger's
#: present-tense reading of them is a guess, so it says nothing about the direction.
INVARIANT_PAST = frozenset({"hurt", "cut", "put", "set", "hit", "cost", "shut", "quit", "let", "spread", "bid",
                            "cast", "split", "burst", "upset", "bet", "broadcast", "forecast"})


def direction_at(doc: Doc, start: int, end: int) -> Direction:
    """The direction of the clause around the characters ``start:end`` of ``doc``. A forward cue wins over
    the tense ("postponed until Tuesday"), except in the pluperfect ("until Thursday, they had not called
    him a suspect"), which tells of the time before a past day."""
    span = doc.char_span(start, end, alignment_mode="expand")
    root = span.root if span is not None and doc.has_annotation("DEP") else None
    verb = governing_verb(root) if root is not None else None
    if FORWARD_CUE.search(doc_text(doc)[max(0, start - 30):start]):
        return "past" if verb is not None and pluperfect(verb) else "future"
    if root is None or verb is None or root.dep_ == "poss":
        # "follows Tuesday's declaration": a possessive names an event, the clause's tense is not its own
        return "nearest"
    return clause_direction(verb)


#: How many gerund clauses up the parse a tense may be sought ("were fined for selling shares after buying
#: them in March").
MAX_GERUND_STEPS = 2


def clause_direction(verb: Token) -> Direction:
    """The direction of a verb's clause. A gerund with no auxiliary ("rising to a high in June", "after
    appearing") has no tense of its own and tells of the time of the clause it depends on, so it takes that
    clause's tense. An infinitive does not ("agreed to buy the plant in February": the buying comes after
    the agreeing), nor a participle, whose own reading stands."""
    for _ in range(MAX_GERUND_STEPS + 1):
        direction = verb_direction(verb)
        if direction != "nearest" or verb.tag_ != "VBG" or verb.head is verb or any(
                c.dep_ in ("aux", "auxpass") for c in verb.children):
            return direction
        above = governing_verb(verb.head)
        if above is None:
            return direction
        verb = above
    return direction


def governing_verb(token: Token) -> Token | None:
    """The nearest verb at or above ``token`` in the dependency tree (at most four steps up)."""
    for _ in range(5):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def verb_direction(verb: Token) -> Direction:
    """past / future / nearest from the verb's tag, its auxiliaries and what governs it."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in FUTURE_AUX for a in auxes):
        return "future"
    if verb.dep_ in ("xcomp", "ccomp", "advcl") and verb.head.lower_ in FUTURE_GOVERNORS and verb.tag_ == "VB":
        return "past" if pluperfect(verb.head) else "future"
    if verb.lemma_ in SCHEDULING:
        return "future"
    if verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and any(
            c.lower_ == "to" for c in verb.children):
        return "future"
    if verb.tag_ == "VBD" or any(a in PAST_AUX for a in auxes):
        return "past"
    if verb.tag_ == "VBG" and any(a in ("is", "are", "'s", "'re", "am") for a in auxes):
        return "future"
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod", "relcl"):
        return "past"
    if verb.tag_ in ("VBZ", "VBP") and not auxes and verb.lemma_ not in REPORTING | INVARIANT_PAST | {"be"}:
        return "future"
    return "nearest"


def pluperfect(governor: Token) -> bool:
    """Whether a plan is told in the pluperfect ("had been due to expire Friday", "had been scheduled to"):
    a plan already overtaken by events, so its day is in the past."""
    clause = governor.head if governor.dep_ == "acomp" else governor
    return any(c.lower_ == "had" for c in clause.children if c.dep_ in ("aux", "auxpass"))
