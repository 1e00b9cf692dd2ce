"""The ``dateline_events`` component: who did what to whom, when and where, and each article's lead event.

Every predicate that denotes an event, verbal ("vetoed") or nominal ("the release of", "talks in Doha"), is
typed by the ordered word table of :mod:`.lexicon` (PLOVER types, or ``OCCURRENCE``), given its actor,
target and place (:mod:`.arguments`), its status (:mod:`.status`) and its date (:mod:`.dates`). An event
inside an attribution's content is only claimed, by the attribution's speaker. The lead event (``main``) is
the first strong event of the article's lead sentences: a PLOVER type, with an actor, that is not merely
conditional, hypothetical or denied; within its sentence, the one nearest the root of the parse.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from dateline.extract.events.arguments import entity_in, noun_arguments, phrase, place_of, verb_arguments
from dateline.extract.events.dates import attached_timexes, event_dates
from dateline.extract.events.lexicon import FRAME_NOUNS, OCCURRENCE, PRESENCE_VERBS, EventRule, match_rule
from dateline.extract.events.status import noun_status, verb_status
from dateline.nlp.extensions import PARSE_ANNOTATIONS
from dateline.records import Event, EventStatus, Offsets, Quote

__all__ = ["EventFinder", "events_component", "find_events", "parse_depth"]

#: Statuses that keep an event from leading an article.
WEAK_STATUSES = frozenset({"conditional", "hypothetical", "denied"})


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
    forms = [(form.start, form.end) for form in doc._.timex_forms or []]
    predicates = {token.i for token, _ in typed}
    dated_by = attached_timexes(doc, forms, predicates, timex_steps)
    quotes: list[Quote] = doc._.quotes or []
    events = [_event(doc, token, rule, tuple(dated_by.get(token.i, ())), _quote_around(quotes, token), predicates)
              for token, rule in typed]
    return _mark_lead(doc, typed, events, lead_sentences)


def _rule_for(token: Token) -> EventRule | None:
    """The table's rule for a predicate, or the presence rule ("Burns, who was in Qatar")."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" or (token.pos_ == "AUX" and lemma in PRESENCE_VERBS and token.dep_ in ("ROOT", "relcl")):
        if lemma in PRESENCE_VERBS:
            return _presence(token)
        particles = frozenset(child.lower_ for child in token.children if child.dep_ in ("prt", "prep", "dobj"))
        return match_rule(lemma, "V", particles)
    if token.pos_ == "NOUN" and token.dep_ != "compound":
        particles = frozenset(child.lower_ for child in token.children if child.dep_ == "prep")
        kinds = [child.lemma_.lower() for child in token.children if child.dep_ == "compound"]
        words = [lemma, *kinds] if lemma in FRAME_NOUNS else [lemma]
        return next((rule for word in words if (rule := match_rule(word, "N", particles)) is not None), None)
    return None


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
    status: EventStatus = verb_status(token, quote is not None) if verbal else noun_status(token, quote is not None)
    claimed_by = None
    if quote is not None:
        claimed_by = quote.speaker or (doc.text[quote.source[0]:quote.source[1]] if quote.source else None)
        if status == "happened":
            status = "claimed"
    said_dated_by = quote.dated_by if quote is not None else ()
    day, earliest, latest = event_dates(status, dated_by, said_dated_by, doc._.timexes or [], doc._.published)
    place = place_of(token, target, rule.mode == "visit")
    sentence = token.sent
    return Event(
        article_id=doc._.article_id, type=rule.type, mode=rule.mode,
        trigger=(token.idx, token.idx + len(token)), sentence=(sentence.start_char, sentence.end_char),
        status=status, claimed_by=claimed_by, date=day, earliest=earliest, latest=latest,
        actor=_span(doc, actor), actor_mention=entity_in(doc, phrase(doc, actor), actor) if actor else None,
        target=_span(doc, target), target_mention=entity_in(doc, phrase(doc, target), target) if target else None,
        location=(place.idx, place.idx + len(place)) if place is not None else None,
        dated_by=dated_by, said_dated_by=said_dated_by,
    )


def _span(doc: Doc, head: Token | None) -> Offsets | None:
    return phrase(doc, head) if head is not None else None


def _quote_around(quotes: list[Quote], token: Token) -> Quote | None:
    """The speech attribution whose content holds the word."""
    for quote in quotes:
        if quote.speech and any(start <= token.idx < end for start, end in quote.content):
            return quote
    return None


def _mark_lead(doc: Doc, typed: list[tuple[Token, EventRule]], events: list[Event], lead_sentences: int) -> list[Event]:
    """Mark the first strong event of the lead sentences ``main``: in the first sentence that has one, the
    one nearest the root."""
    lead = [s.start_char for s in list(doc.sents)[:lead_sentences]]
    strong = [(events[i].sentence[0], parse_depth(token), i) for i, (token, _) in enumerate(typed)
              if events[i].sentence[0] in lead and events[i].type != OCCURRENCE and events[i].actor is not None
              and events[i].status not in WEAK_STATUSES]
    if not strong:
        return events
    chosen = min(strong)[2]
    return [replace(event, main=True) if i == chosen else event for i, event in enumerate(events)]


def parse_depth(token: Token) -> int:
    """How many words up the parse the root is: the nearer, the more the sentence is about it."""
    depth = 0
    while token.head != token:
        token = token.head
        depth += 1
    return depth
