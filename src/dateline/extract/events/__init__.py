"""The ``dateline_events`` component: who did what to whom, when and where, and each article's lead event.

Every predicate that denotes an event, verbal ("vetoed") or nominal ("the release of", "talks in Doha"), is
typed by the ordered word table of :mod:`.lexicon` (PLOVER types, or ``OCCURRENCE``), given its actor,
target and place (:mod:`.arguments`), its status (:mod:`.status`) and its date (:mod:`.dates`). An event
inside an attribution's content is only claimed, by the attribution's speaker. The lead event (``main``) is
what the first story sentence that reports one reports: its main predicate (what a saying verb at its root
says), typed or else an ``OCCURRENCE``, when that is not merely conditional, hypothetical or denied, or,
where the root is no verb, its strong event (a PLOVER type, with an actor) nearest the root. A lead event
that happened, with no day of its own, told in the present perfect or present is news of the day.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline.extract.events.arguments import (
    entity_in,
    met_with,
    noun_arguments,
    parties,
    phrase,
    place_of,
    verb_arguments,
)
from dateline.extract.events.dates import attached_timexes, event_dates, is_news_tense, news_day, value_range
from dateline.extract.events.lexicon import (
    FRAME_NOUNS,
    OCCURRENCE,
    PRESENCE_VERBS,
    EventRule,
    is_joint,
    match_rule,
    particles,
)
from dateline.extract.events.status import noun_status, verb_status
from dateline.extract.lexicon import REPORTING_VERBS
from dateline.extract.quotes.spans import in_story_line
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
    quotes: list[Quote] = doc._.quotes or []
    lead = _lead_predicate(doc, typed, quotes, lead_sentences)
    if lead is not None and all(token.i != lead.i for token, _ in typed):
        typed = sorted([*typed, (lead, EventRule(frozenset({lead.lemma_.lower()}), "V", OCCURRENCE))],
                       key=lambda pair: pair[0].i)
    forms = [(form.start, form.end) for form in doc._.timex_forms or []]
    predicates = {token.i for token, _ in typed}
    dated_by = attached_timexes(doc, forms, predicates, timex_steps)
    events = [_event(doc, token, rule, tuple(dated_by.get(token.i, ())), _quote_around(quotes, token), predicates)
              for token, rule in typed]
    if lead is None:
        return events
    return [_as_lead(doc, event, lead) if token.i == lead.i else event for (token, _), event in zip(typed, events)]


def _rule_for(token: Token) -> EventRule | None:
    """The table's rule for a predicate, or the presence rule ("Burns, who was in Qatar")."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" or (token.pos_ == "AUX" and lemma in PRESENCE_VERBS and token.dep_ in ("ROOT", "relcl")):
        if lemma in PRESENCE_VERBS:
            return _presence(token)
        return _obligation(token) or match_rule(lemma, "V", particles(token))
    if token.pos_ == "NOUN" and token.dep_ != "compound":
        kinds = [child.lemma_.lower() for child in token.children if child.dep_ == "compound"]
        words = [lemma, *kinds] if lemma in FRAME_NOUNS else [lemma]
        return next((rule for word in words if (rule := match_rule(word, "N", particles(token))) is not None), None)
    return None


def _obligation(verb: Token) -> EventRule | None:
    """Saying that someone must act is demanding it: "declared that China must drop barriers", "reiterated
    that Libya must hand over the bombers"; this comes before the verb's own type ("concluded that the US
    must allocate resources" demands, it agrees to nothing)."""
    if verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    for clause in verb.children:
        if clause.dep_ == "ccomp" and any(word.dep_ == "aux" and word.lower_ == "must" for word in clause.children):
            return EventRule(frozenset({verb.lemma_.lower()}), "V", "REQUEST")
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
    status = _status(token, quote is not None)
    claimed_by = None
    if quote is not None:
        claimed_by = quote.speaker or (doc.text[quote.source[0]:quote.source[1]] if quote.source else None)
        if status == "happened":
            status = "claimed"
    said_dated_by = quote.dated_by if quote is not None else ()
    day, earliest, latest = event_dates(status, dated_by, said_dated_by, doc._.timexes or [], doc._.published)
    place = place_of(token, target, rule.mode == "visit")
    actors, targets = parties(doc, actor), parties(doc, target)
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


def _quote_around(quotes: list[Quote], token: Token) -> Quote | None:
    """The speech attribution whose content holds the word."""
    for quote in quotes:
        if quote.speech and any(start <= token.idx < end for start, end in quote.content):
            return quote
    return None


def _lead_predicate(doc: Doc, typed: list[tuple[Token, EventRule]], quotes: list[Quote],
                    lead_sentences: int) -> Token | None:
    """The predicate of the article's lead event: in the first of its lead sentences (story lines, not a
    headline, caption or list) that reports one, the main predicate, what a saying verb at the root says
    ("X happened, officials said"), when it is a verb that is not merely conditional, hypothetical or
    denied, else the saying itself ("Biden said on Wednesday that he does not expect…"); where the root is
    no verb, the strong event nearest it (a PLOVER type, with an actor)."""
    rules = {token.i: rule for token, rule in typed}
    for sentence in islice(story_sentences(doc), lead_sentences):
        root = sentence.root
        if root.pos_ in ("VERB", "AUX") and (root.i in rules or root.pos_ == "VERB"):
            # What was said leads, unless it is only conditional or denied: then the saying does.
            for predicate in dict.fromkeys((main_predicate(root), root)):
                if _status(predicate, _quote_around(quotes, predicate) is not None) not in WEAK_STATUSES:
                    return predicate
            continue
        strong = [token for token, rule in typed if token.sent == sentence and rule.type != OCCURRENCE
                  and _actor_of(token, rules) is not None
                  and _status(token, _quote_around(quotes, token) is not None) not in WEAK_STATUSES]
        if strong:
            return min(strong, key=lambda token: (parse_depth(token), token.i))
    return None


#: A dateline that opens a story's first paragraph: "WASHINGTON —", "TEL AVIV (Reuters) -", "PUTRAJAYA, Nov 22 —",
#: "NEW DELHI:"; a dash stands apart ("NATO-member Norway" opens no dateline).
DATELINE = re.compile(r"^[A-Z][A-Z.'’ /-]{2,}(?:, [\w. ]{2,20})?(?: \([\w .]+\))?(?: [—–-]|:)\s", re.MULTILINE)
#: How many characters into the text a dateline may open the story (below a headline, dek and byline).
DATELINE_REACH = 1500
#: Words a headline capitalises all of its longer words over, at least.
HEADLINE_WORDS = 4


def story_sentences(doc: Doc) -> Iterator[Span]:
    """The sentences a story's lead may be in, in order: from its dateline where one opens a paragraph near
    the top, else from the start, leaving out headlines and list lines (whatever their last character),
    photo captions, quotations standing first in their sentence (a pull quote, a quoted dek), and lines with
    no verb."""
    dateline = _dateline_span(doc)
    start = dateline[0] if dateline else 0
    for sentence in doc.sents:
        if sentence.start_char < start or not in_story_line(doc.text, sentence.start_char):
            continue
        if sentence.text.lstrip()[:1] in "\"“‘" or _title_case(_line(doc.text, sentence.start_char)) \
                or _caption(doc, sentence):
            continue
        if any(token.pos_ in ("VERB", "AUX") for token in sentence):
            yield sentence


#: A photographer's credit closing a caption: "(Evelyn Hockstein/Pool Photo via AP)".
_CREDIT = re.compile(r"\s*\([^()]*\)\s*$")


def _caption(doc: Doc, sentence: Span) -> bool:
    """A photo caption: told in the present and closing on the day it was taken ("Israeli soldiers stand on
    an Israeli tank near the Israel-Gaza border, …, November 28, 2023.")."""
    present = sentence.root.tag_ in ("VBZ", "VBP") or any(
        child.dep_ in ("aux", "auxpass") and child.tag_ in ("VBZ", "VBP") for child in sentence.root.children)
    closing = sentence.start_char + len(_CREDIT.sub("", sentence.text.rstrip()).rstrip(" ."))
    return present and any(t.end == closing and _names_a_day(t.value) for t in doc._.timexes or [])


def _dateline_span(doc: Doc) -> Offsets | None:
    dateline = DATELINE.search(doc.text[:DATELINE_REACH])
    return dateline.span() if dateline else None


def _line(text: str, position: int) -> str:
    end = text.find("\n", position)
    return text[text.rfind("\n", 0, position) + 1:end if end >= 0 else len(text)]


def _title_case(text: str) -> bool:
    """Written as a headline: every longer word capitalised ("Trump Postpones Steel, Aluminum Tariffs Until
    June.")."""
    words = [word for word in re.findall(r"[^\W\d_]+", text) if len(word) > 3]
    return len(words) >= HEADLINE_WORDS and all(word[:1].isupper() for word in words)


#: Verbs that only say what the lead reports ("…, officials said"); announcing, confirming or denying is an
#: event of its own.
SPEECH_VERBS = frozenset({"say", "tell", "add", "note", "write", "state", "explain", "argue", "insist", "claim",
                          "stress", "report"})


def main_predicate(root: Token) -> Token:
    """What a sentence reports: its root, or the clause a saying verb at the root reports ("Two service
    members have been killed, the military said": killed)."""
    if root.lemma_.lower() in SPEECH_VERBS:
        said = next((child for child in root.children if child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX")),
                    None)
        if said is not None:
            return said
    return root


def _actor_of(token: Token, rules: dict[int, EventRule]) -> Token | None:
    verbal = token.pos_ in ("VERB", "AUX")
    return (verb_arguments(token) if verbal else noun_arguments(token, set(rules)))[0]


def _status(token: Token, reported: bool) -> EventStatus:
    """A predicate's status; ``reported``: it sits in an attribution's content."""
    return verb_status(token, reported) if token.pos_ in ("VERB", "AUX") else noun_status(token, reported)


def _as_lead(doc: Doc, event: Event, predicate: Token) -> Event:
    """The lead event, marked ``main``: dated by the time expressions of its clause when none attaches to
    its predicate itself ("used the missile during an attack on Kyiv on Sunday"); one that happened and has
    still no day is dated as news of the day when its predicate says it is (:func:`.dates.news_day`); and
    a dateline the parser took for its subject is no actor ("TIJUANA, Mexico — …")."""
    dateline = _dateline_span(doc)
    if not event.dated_by and (clause := _clause_timexes(doc, predicate)):
        day, earliest, latest = event_dates(event.status, clause, event.said_dated_by, doc._.timexes or [],
                                            doc._.published)
        event = replace(event, dated_by=clause, date=day, earliest=earliest, latest=latest)
    if event.date is None and event.status in ("happened", "claimed") and is_news_tense(predicate):
        day = news_day(event.said_dated_by, doc._.timexes or [], doc._.published, dateline)
        if day is not None and (event.earliest is None or event.earliest <= day) \
                and (event.latest is None or day <= event.latest):
            event = replace(event, date=day, earliest=day, latest=day)
    if dateline is not None and event.actor is not None and event.actor[0] < dateline[1]:
        actor, mention = _after_dateline(doc.text, event.actor, event.actor_mention, dateline[1])
        actors = tuple(cut for span in event.actors if (cut := span if span[0] >= dateline[1] else _after_dateline(
            doc.text, span, None, dateline[1])[0]) is not None)
        event = replace(event, actor=actor, actor_mention=mention, actors=actors)
    return replace(event, main=True)


def _clause_timexes(doc: Doc, predicate: Token) -> tuple[Offsets, ...]:
    """The time expressions naming a day in a predicate's clause, not in a relative clause within it ("the
    man who was sentenced on Monday"); a year or a month there dates something else ("the 2016 election")."""
    found = []
    for start, end in ((t.start, t.end) for t in doc._.timexes or [] if _names_a_day(t.value)):
        span = doc.char_span(start, end, alignment_mode="expand")
        token = span.root if span is not None else None
        while token is not None and token != predicate and token.dep_ not in ("relcl", "acl") \
                and token.head != token:
            token = token.head
        if token == predicate:
            found.append((start, end))
    return tuple(found)


def _names_a_day(value: str | None) -> bool:
    stated = value_range(value)
    return stated is not None and stated[0] is not None


def _after_dateline(text: str, actor: Offsets, mention: Offsets | None,
                    dateline_end: int) -> tuple[Offsets | None, Offsets | None]:
    """An actor's words and mention with the dateline before them cut off; none when nothing is left."""
    start = len(text) - len(text[dateline_end:].lstrip())
    if start >= actor[1]:
        return None, None
    return (start, actor[1]), mention if mention and mention[0] >= start else None


def parse_depth(token: Token) -> int:
    """How many words up the parse the root is: the nearer, the more the sentence is about it."""
    depth = 0
    while token.head != token:
        token = token.head
        depth += 1
    return depth
