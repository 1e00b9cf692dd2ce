"""Each article's lead event (``main``): what the article reports, with its who and when.

**Which sentence.** The story's lead sentences are its story lines from the dateline on, less headlines,
captions, lists, pull quotes and editor's notes ("EDITOR'S NOTE: …", "(This post was last updated …)"): one
rule on the text (:func:`is_lead_sentence`) picks them from a parse (:func:`story_sentences`) and from an
analysed article's stored sentences (:func:`stored_lead`, whose days pin an article dated to a range) alike.
The lead is the first of them that reports an event (an imperative addressed to the reader, "Sign up to
receive …", reports none), unless the text opens with a headline line that a later lead sentence restates:
the restating one leads, and a dek or photo line standing between them ("Donald Trump is planning to meet…"
under "Pompeo Secretly Met With Kim") does not. Where the text opens with no headline, the title its metadata
gives (``doc._.title``) stands for it, more warily: only a first sentence that restates next to nothing of it
gives way.

**Which predicate.** The sentence's main predicate: what a saying verb at its root says ("X happened,
officials said"), when that happened, is going on or is claimed, or is planned for a time of its own within
three months ("Biden will travel to Israel on Wednesday, the White House said"); when what is said is planned
with no time or for later ("said on Friday its CEO will retire … on March 31", seven months on), or only
conditional, hypothetical or denied, or only a judgement ("the tariffs are illogical, Ebrard said") or a
claim of things that act for no one ("The economy added 136,000 jobs in September, the government said
Friday"), the saying itself is the news ("The house will be turned into a police station, the minister said on Tuesday":
said). An act that a scheduling verb schedules is the news, not the
scheduling ("Apple is set to launch its tablet next month": launch, planned, in that month), as what a past
"had to" says was done is ("had to give up 12 floors": give up, with no day of its own). A verb the
parser buried in a noun-rooted sentence's long subject is its own ("The first woman to complete … graduated
today"). A root
that is only conditional or hypothetical ("could face 10 years in prison after pleading guilty") yields to
the act it follows. Where the root is no verb, or only says that something is there ("There is a new plot
twist"), the strong event nearest it (a PLOVER type, with an actor), unless the parser hung the verb as a
modifier on it ("Lowe's reported … earnings that beat estimates": reported); a copula with an adjective for its
complement and a party for its subject leads through the act the adjective's infinitive or a participle hung on it
tells ("is thrilled to have …", "hasn't been shy …, joking that …"). A predicate that only says an
event took place reports that event ("The strike by nurses came on Monday": the strike, dated by "came on
Monday").

**When.** The time expressions of its clause when none attaches to the predicate itself (a day, or a week at most:
"at the weekend"), less those of a clause with a time of its own (what an announcement reports; for a plan, the
saying that tells it, and a day in the possessive on a noun other than the predicate's object, which dates that
noun: "at the scene of Monday's fire"); a stretch of a month or less is narrowed to the one day the opening names in
it ("in October", then "the Oct. 13 attack"); a stretch left over before the publication day ("in 2016", "at the
weekend") dates a lead that happened or is claimed no better than a coin, so it is kept as a candidate and the lead
dated as one with no expression of its own. Else, for one that happened and is not told over time ("in recent
years", "a hundred times a day"), the day of the news when the tense says it is news of the day: the present perfect
("has agreed a deal"), by its tense alone where its opening names no earlier day; the present ("Trump extends
exemptions"), the simple past, active or passive ("was stabbed to death"), or the past progressive ("were reviewing
possible terror links") only where the text names that day ("… the agency said Monday"); a feature's lead that
introduces its actor unnamed ("A woman … has revealed") is that only where the text names the day. The day of the
news is the day of its attribution, else the story's dateline day, else the publication day; the evidence is stored
(``news_of_day``, the dateline's time expressions as the report's) so a redate keeps it. A lead that happened and is
left with no day in any tense is the news of the publication day where the story has named that day by the calendar
by the end of the lead's sentence ("Police detained a suspect on Friday", a sentence the lead passed over). A lead
that happened or is going on and is left with a range keeps it, with a below-line candidate day: the latest day its
opening tells in the past in the week up to the report (a "today" that only points at the day of writing aside).

**Who.** A dateline is never part of the actor, and one the parser took for the subject gives way to the
subject after it ("BERLIN -- The European Space Agency says"), as a dash it took for the root gives way to
the clause hung on it ("WASHINGTON ― President Donald Trump on Monday defended …"); an agentless passive has
no actor (its patient is the target), unless it only tells how its subject's own act came to light ("was caught
saying", "was supposed to be": the subject acts, and no one is acted on) or its subject's taking an office ("was
sworn in as governor": the winner acts), and one of dismissal is the act of the employer the dismissed person's
title names ("Harbor Authority inspector Ann Ortolan has been fired"); the party a receiving verb's "from" names
acts ("received scholarships from the university"); a nameless actor takes the name its
appositive gives ("North Korea's leader, Kim Jong-un") or, for a nameless one ("A New York man pleaded
guilty"), the named subject of the next lead sentence that tells the same act ("Patrick W. Carlineo Jr., 55, …
pleaded guilty"), else the organisation its own phrase names ("A team led by scientists from NASA's Goddard
Space Flight Center"; not the seat a candidate seeks, "A Republican candidate for U.S. Congress"), else, for an
indefinite one that opens its sentence ("A woman … has revealed"), the proper name the next story sentence opens
with (not one set after what it tells, "…, an appeals panel ruled", a source the story names later if
at all); a body its phrase names by its owner ("Ann Ortolan's campaign released") keeps that name, however the
next sentence's subject does the same act; what a "have" with a participle tells is the act of its "by" agent
("had two teeth knocked out by a police officer": the officer's); a pronoun
takes the nearest named subject before it in its sentence ("Novavax is hoping … and it's pushing"). A name
the parser hung on a subjectless verb ("Senator representing Borno South, Ahmad Lawan, on Monday tabled")
acts, and a company named with a possessive acts under its whole name ("Lowe's"); a dateline set in mixed
case ("Indianapolis –") is a dateline, and a clause the parser hung on it as on a verbless root leads. A
subject that is a thing ("Heated arguments often ensue") acts for no one: its words are kept as the actor's
candidate, marked ``thing`` (below the confidence line, :data:`dateline.confidence.LEAD_ACTOR_CONFIDENCE`), as
is the subject of a lead that only classes it ("Oregon has become the 9th US state to ban …"),
and one headed by a proper noun the entity recogniser missed ("Vidyard announced"), or by a capitalised word the
article's entities name elsewhere ("Facebook on Sunday removed …"), is marked ``proper``, unless another source in
its sentence claims the lead ("Geoengineering … has the potential …, according to a new study": a finding about a
thing). A lead whose subject names no party, a thing or a pronoun for one, is acted by the source that claims it
in its sentence ("That depends on your developers …, according to new research from Forrester"). A person
introduced unnamed ("A young, 54-year-old fake billionaire … had been practicing") is the person the next sentence
names acting; an act the table types ("A bipartisan immigration proposal has surfaced") is no one to identify so.
Whether a noun names a person at all is :func:`dateline.extract.lexicon.names_person`.
A measure that passed a body ("… reform bill passed the House of Representatives") was passed by it: the body
acts, and is no target.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from itertools import islice

from spacy.tokens import Doc, Span, Token

from dateline.clean.boilerplate import EDITORS_NOTE
from dateline.extract.events.arguments import (
    LIGHT_VERBS,
    entity_in,
    is_party,
    is_purpose,
    noun_arguments,
    phrase,
    verb_arguments,
)
from dateline.extract.events.dates import CALENDAR_WORDS, event_dates, is_news_tense, is_present_perfect, value_range
from dateline.extract.events.lexicon import OCCURRENCE, EventRule, match_rule, particles
from dateline.extract.events.status import attribution_around, event_status
from dateline.extract.lexicon import AGENT_ENDINGS, REPORTING_VERBS, SAYING_VERBS, names_person
from dateline.extract.lines import in_prose_line, in_story_line, line_bounds
from dateline.extract.quotes.runs import overlaps
from dateline.extract.quotes.spans import span_at
from dateline.model import Sentence, TimeExpression
from dateline.records import Event, EventStatus, Offsets, Quote
from dateline.time.corpus import MIN_WORDS, is_page_furniture
from dateline.time.tense import direction_at

__all__ = ["as_lead", "carried_event", "lead_predicate", "main_predicate", "parse_depth", "story_sentences"]

#: Statuses that keep an event from leading an article.
WEAK_STATUSES = frozenset({"conditional", "hypothetical", "denied"})
#: Statuses of what a saying reports that make it, not the saying, the news.
SAID_NEWS_STATUSES = frozenset({"happened", "ongoing", "claimed"})
#: Entity kinds that name an actor outright.
NAMED_ACTORS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def lead_predicate(doc: Doc, typed: list[tuple[Token, EventRule]], quotes: list[Quote],
                   lead_sentences: int) -> Token | None:
    """The predicate of the article's lead event, in the first of its lead sentences
    (:func:`lead_candidates`) that reports one (no imperative, :func:`_imperative`, nor question,
    :func:`_question`): its main predicate
    (:func:`_reported`), else, where the root is no verb or an existential "there is", the strong event
    nearest it (a PLOVER type, with an actor, not merely conditional, hypothetical or denied). A plan told
    with no saying and no time of its own within months (:func:`_untimed_plan`) leads only where no later
    lead sentence reports an event; a later one that says something is the plan's announcement, and its
    saying leads. A scene-setting lead, a thing doing what no one does (:func:`_scene_setting`), leads only
    where the next lead sentence tells no named party's act (:func:`_named_act`); one further down is as
    often a side detail as the news ("the new oyster bar on Front Street opens its doors Wednesday")."""
    rules = {token.i: rule for token, rule in typed}
    deferred: Token | None = None
    scene: Token | None = None
    scene_at = 0
    for position, sentence in enumerate(lead_candidates(doc, lead_sentences)):
        if scene is not None and position > scene_at + 1:
            break
        root = _main_clause(_clause_on_a_dash(sentence.root))
        if _imperative(root) or _question(sentence):
            continue
        existential = any(child.dep_ == "expl" for child in root.children)  # "There is a new plot twist"
        root = _headline_clause(doc, root)
        if root.pos_ in ("VERB", "AUX") and (root.i in rules or root.pos_ == "VERB") and not existential:
            occurring = _occurring_event(main_predicate(root), rules)
            if occurring is not None and _status(occurring, quotes) not in WEAK_STATUSES:
                return occurring
            if deferred is not None and main_predicate(root) != root:
                return root  # the announcement of the plan the lead told: "…, the company said Thursday"
            reported = _reported(doc, root, quotes)
            if reported is not None and scene is None and _untimed_plan(doc, reported, quotes):
                deferred = deferred or reported
            elif reported is not None:
                news = _framed_news(doc, reported, quotes) or reported
                if scene is None and deferred is None and _scene_setting(doc, news, rules):
                    scene, scene_at = news, position
                elif scene is None or _named_act(news):
                    return news
            continue
        strong = _verbless_lead(sentence, root, existential, rules, quotes)
        if strong is not None and (scene is None or _named_act(strong)):
            return strong
    return deferred or scene


def _clause_on_a_dash(root: Token) -> Token:
    """The clause of a sentence whose root the parser made its dateline's dash ("WASHINGTON ― President Donald
    Trump on Monday defended …": the bar taken for a verb, the dateline for its subject, and the story's clause
    hung on it): a dash is no word, and the first verb after it is the sentence's (its subject may hang on the
    dash too: :func:`_subject`); else the root."""
    if not _dash(root):
        return root
    return next((child for child in root.rights if child.pos_ in ("VERB", "AUX")), root)


def _main_clause(root: Token) -> Token:
    """The main clause of a sentence whose root the parser made a subordinate clause ("Top Democrats on Friday
    pressured President Trump to consider cancelling his summit, after a dozen Russian officers were indicted":
    "indicted" the root, opened by "after", with "pressured" hung on it): a clause its subordinator opens
    depends on another, so the clause before the subordinator is the sentence's; so is the clause before a
    participle set off by a comma that the parser took for the root's subject (:func:`_participle_subject`);
    else the root."""
    mark = next((child for child in root.children if child.dep_ == "mark" and child.i < root.i), None)
    opener = mark or _participle_subject(root)
    if opener is None:
        return root
    return next((child for child in root.lefts if child.dep_ in ("ccomp", "advcl") and child.i < opener.i
                 and child.pos_ in ("VERB", "AUX")), root)


def _participle_subject(root: Token) -> Token | None:
    """A participle right after a comma that the parser made the root's clausal subject ("Ann Lee was sworn in
    as mayor on Monday, opening an era that she promised would end the feud": "opening" the subject of "end",
    with "sworn" hung on it): a participle set off by a comma adds to the clause before it and is no subject,
    so the root is a clause inside the participle's, not the sentence's."""
    doc = root.doc
    return next((child for child in root.lefts if child.dep_ == "csubj" and child.tag_ == "VBG"
                 and child.left_edge.i > 0 and doc[child.left_edge.i - 1].text == ","), None)


#: The dashes a dateline is set with, which the parser may take for a verb ("WASHINGTON ― …").
_DASHES = frozenset("-‐‑‒–—―")


def _dash(word: Token) -> bool:
    """Is a word the dash that closes the story's dateline (:func:`dateline_span`), not a dash set inside a
    sentence ("Trump's pick ― a former lobbyist ― was confirmed"), a number or another mark?"""
    dateline = dateline_span(word.doc.text)
    return dateline is not None and dateline[0] <= word.idx < dateline[1] and bool(word.text) \
        and all(char in _DASHES for char in word.text)


def _verbless_lead(sentence: Span, root: Token, existential: bool, rules: dict[int, EventRule],
                   quotes: list[Quote]) -> Token | None:
    """The lead event of a sentence whose root is no verb or an existential "there is" (:func:`lead_predicate`):
    the act an only possible root follows, a past-tense verb misparsed as a modifier, else the strong event
    nearest the root (``rules``: each typed token's event rule, by index); None where the sentence has none."""
    prior = _prior_act(root) if root.pos_ == "AUX" and not existential \
        and _status(root, quotes) in WEAK_STATUSES else None
    if prior is not None and _status(prior, quotes) not in WEAK_STATUSES:
        return prior  # "Cheaper water could be on the horizon after researchers … solved a problem"
    misparsed = _misparsed_verb(sentence)
    if misparsed is not None and _status(misparsed, quotes) not in WEAK_STATUSES:
        return misparsed
    strong = [token for token in sentence if (rule := rules.get(token.i)) is not None and rule.type != OCCURRENCE
              and _actor_of(token, rules) is not None and not _describing(token, root)
              and _status(token, quotes) not in WEAK_STATUSES]
    return min(strong, key=lambda token: (parse_depth(token), token.i), default=None) or _complement_act(root, quotes)


def _complement_act(root: Token, quotes: list[Quote]) -> Token | None:
    """The act a copula with an adjective for its complement tells of its subject, a party: the adjective's
    infinitive ("The Ostervale Ferry Company is thrilled to have Ann Ortolan as its new captain": have), or a
    participle hung on the copula with no subject or conjunction of its own ("Mayor Quill hasn't been quiet
    about the levy, calling it a tax on sailors": calling). The copula only says how the subject stands; what
    it did is the news, and the subject acts (:func:`_copula_subject`). Not an "it" that only stands for the
    infinitive after it ("it would be easy to think …"), which no party does."""
    subject = _copula_subject(root)
    if subject is None or not is_party(subject) or subject.lower_ == "it":  # "it is easy to think that …"
        return None
    acts = [*(verb for complement in root.children if complement.dep_ == "acomp" for verb in complement.children
              if verb.dep_ == "xcomp" and verb.pos_ == "VERB"),
            *(verb for verb in root.children if verb.dep_ == "advcl" and verb.tag_ == "VBG"
              and not any(child.dep_ in ("nsubj", "nsubjpass", "mark") for child in verb.children))]
    return next((act for act in acts if _status(act, quotes) not in WEAK_STATUSES), None)


def _copula_subject(root: Token) -> Token | None:
    """The subject of a copula with an adjective for its complement ("is thrilled", "hasn't been quiet")."""
    if root.lemma_ != "be" or not any(child.dep_ == "acomp" for child in root.children):
        return None
    return next((child for child in root.children if child.dep_ == "nsubj"), None)


def _describing(token: Token, root: Token) -> bool:
    """Is an event told in a relative clause below a verbless or copular root, which only describes the noun it
    hangs on ("CalMatters is a nonprofit newsroom that covers the state capital", "Utah is one of the few
    states where a landlord must return a deposit within a week")? Such a sentence defines or describes; it
    reports no act, and the lead is in a later sentence."""
    return any(word.dep_ == "relcl" for word in (token, *token.ancestors) if word != root and root.is_ancestor(word))


def _scene_setting(doc: Doc, predicate: Token, rules: dict[int, EventRule]) -> bool:
    """Does a lead predicate only set the scene: a thing for its subject, or a pronoun for one
    (:func:`_partyless`: "Tensions are rising once more between India and Pakistan", "Much went on
    Tuesday at the ministry", "It looks like the president is having a change of heart") doing
    what the event table gives no type beyond occurring, or the writer or the reader doing anything
    (:data:`VOICES`: "I don't like the way this is heading", "If your candidate drops out, you can't get a new
    ballot")? A feature, a column or a mood opens so, and the news, a party's act, comes a sentence or two down
    ("On Friday, Pakistan tested a medium-range missile")."""
    subject = _subject(predicate)
    if subject is None:
        return False
    rule = rules.get(predicate.i)
    return subject.lower_ in VOICES or ((rule is None or rule.type == OCCURRENCE)
                                        and _partyless(doc, phrase(doc, subject)))


#: Pronouns by which a text speaks as its writer or to its reader: a column's or an opinion's voice, not a party
#: of the news it leads to. Not "we", which may be a party speaking as itself: a company's blog or a press
#: release ("In May 2019, we gave a $2 million grant …").
VOICES = frozenset({"i", "you"})


def _named_act(predicate: Token) -> bool:
    """Is a predicate a named party's act: its subject a name the entity recogniser tags as a party or a proper
    noun ("the ministry cut the fines it had set last year")? Only such an act displaces a
    scene-setting lead (:func:`_scene_setting`); a nameless or pronoun one is no surer than the scene."""
    subject = _subject(predicate)
    return subject is not None and (subject.ent_type_ in NAMED_ACTORS or subject.pos_ == "PROPN")


#: Conjunctions by which a clause tells what goes on at the time of the clause it hangs from.
_WHILE = frozenset({"as", "when", "while"})


def _framed_news(doc: Doc, predicate: Token, quotes: list[Quote]) -> Token | None:
    """The act a framing lead sets its scene by: where the predicate's subject is a thing, which acts for no
    one (:func:`_thing`: "New uncertainty hangs over the Democratic primary"), a clause it hangs on "as",
    "when" or "while" whose subject is a party ("as six candidates gather for the debate") tells the news;
    None where there is none (the mood is the news, and the lead has no actor)."""
    subject = _subject(predicate)
    if subject is None or not _thing(doc, phrase(doc, subject)):
        return None
    for clause in predicate.children:
        if clause.dep_ == "advcl" and clause.pos_ == "VERB" \
                and any(child.dep_ == "mark" and child.lower_ in _WHILE for child in clause.children):
            actor = verb_arguments(clause)[0]
            if actor is not None and is_party(actor) and actor.pos_ != "PRON" \
                    and _status(clause, quotes) not in WEAK_STATUSES:
                return clause
    return None


def _untimed_plan(doc: Doc, predicate: Token, quotes: list[Quote]) -> bool:
    """Is a lead predicate a plan with no time of its own within months (:func:`_planned_soon`) and no saying
    that tells it ("Vivint now will have its products displayed in 400 Best Buy stores", "foreigners will
    have to meet a minimum score … from September next year")? Such a lead is the gist of an announcement,
    which the story's next sentence reports with its day ("Vivint is opening mini-stores …, the company said
    Thursday": said), as the saying is the news where a sentence tells the plan it said (:func:`_reported`)."""
    return _status(predicate, quotes) == "planned" and predicate.lemma_.lower() not in SPEECH_VERBS \
        and not _planned_soon(doc, predicate)


def _headline_clause(doc: Doc, root: Token) -> Token:
    """The clause of a lead sentence that the text's headline restates, where the sentence coordinates
    clauses with subjects of their own ("Sam Reyes ran for two touchdowns and threw for another and
    Kent State rolled past Ohio, 31-10, on Tuesday night" under "Kent State routs
    Ohio": rolled, the team's win, the player's part in it a detail): one that shares at least
    :data:`RESTATED_WORDS` of the headline's words and more than the others; else the root."""
    heading = headline(doc)
    clauses = [root, *_coordinated_clauses(root)]
    if heading is None or len(clauses) == 1:
        return root
    headline_words = _content_words(heading)
    shared = [len(headline_words & _content_words(_own_words(clause, clauses))) for clause in clauses]
    best = max(range(len(clauses)), key=lambda k: shared[k])
    restated = shared[best] >= RESTATED_WORDS and shared.count(shared[best]) == 1
    return clauses[best] if restated else root


def _coordinated_clauses(root: Token) -> list[Token]:
    """The verbs coordinated with a root, down its chain of conjuncts, that have a subject of their own."""
    found, frontier = [], [root]
    while frontier:
        frontier = [child for verb in frontier for child in verb.children if child.dep_ == "conj"
                    and child.pos_ in ("VERB", "AUX")]
        found += [verb for verb in frontier
                  if any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)]
    return found


def _own_words(clause: Token, clauses: list[Token]) -> list[Token]:
    """A clause's words, less those of the other clauses inside it."""
    inner = [other for other in clauses if other != clause and clause.is_ancestor(other)]
    return [word for word in clause.subtree if not any(other == word or other.is_ancestor(word) for other in inner)]


def _imperative(root: Token) -> bool:
    """Is a sentence an imperative, which addresses the reader and reports no event ("Sign up to receive the
    latest updates", "Look closely before you hand over an old $2 bill")? A bare verb at its root with no subject and
    no auxiliary."""
    return root.tag_ == "VB" and not any(child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl")
                                         for child in root.children)


def _question(sentence: Span) -> bool:
    """Is a sentence a question, which asks the reader rather than reports ("If Ukraine was really turning the
    tide, like the media insists, do you think Zelensky would dismiss his defence minister?"): a feature's or a
    column's hook, whose answer the next sentence tells ("Zelensky … fired one")?"""
    last = next((word for word in reversed(sentence) if not (word.is_space or word.is_quote
                                                               or word.text in (")", "]"))), None)
    return last is not None and last.text == "?"


#: Verbs that only say an event took place, when or after what: "The strike by nurses came on Monday", "The
#: arrest follows a months-long investigation", "The attack took place near the border".
OCCURRING_VERBS = frozenset({"come", "follow", "happen", "occur", "take"})


def _occurring_event(verb: Token, rules: dict[int, EventRule]) -> Token | None:
    """The event noun that a main predicate only saying it took place has for its subject, which is what the
    sentence reports ("The strike by nurses came on Monday": the strike); "take" only as "take place"."""
    lemma = verb.lemma_.lower()
    if lemma not in OCCURRING_VERBS or (lemma == "take" and not any(
            child.dep_ == "dobj" and child.lower_ == "place" for child in verb.children)):
        return None
    return next((child for child in verb.children if child.dep_ == "nsubj" and child.pos_ == "NOUN"
                 and child.i in rules and rules[child.i].type != OCCURRENCE), None)


def _telling_verb(predicate: Token) -> Token:
    """The verb whose time expressions and tense tell when a lead took place: its own, or for an event noun
    that an occurring verb says took place (:func:`_occurring_event`), that verb's ("came on Monday")."""
    head = predicate.head
    if predicate.pos_ == "NOUN" and predicate.dep_ == "nsubj" and head.lemma_.lower() in OCCURRING_VERBS:
        return head
    return predicate


def _misparsed_verb(sentence: Span) -> Token | None:
    """A past-tense verb the parser hung as a modifier on a verbless root: right after a name's possessive
    marker, a company named with one ("Lowe's reported third-quarter earnings on Wednesday that beat
    estimates", parsed as the noun phrase "Lowe's reported … earnings") reports, and the name acts
    (:func:`_subject`); with a subject of its own, a clause hung on a dateline the parser took for the root
    ("Columbus – Several thousand nurses in blue scrubs surrounded the Ohio Statehouse on Tuesday")
    reports, and its subject acts; so does a past tense right after a name the parser compounded onto the
    root (:func:`_name_compounded_before`); else the verb the parser buried in a long subject
    (:func:`_buried_verb`)."""
    return next((word for word in sentence if word.head == sentence.root and (
        (word.tag_ == "VBD" and word.dep_ == "amod" and _possessor_before(word) is not None)
        or (word.tag_ == "VBD" and word.dep_ in ("acl", "amod")
            and any(child.dep_ == "nsubj" for child in word.children))
        or (word.tag_ in ("VBD", "VBN") and word.dep_ == "amod" and _name_compounded_before(word) is not None))),
        None) or _buried_verb(sentence)


def _buried_verb(sentence: Span) -> Token | None:
    """The sentence's own verb that the parser hung as a modifier inside a noun-rooted sentence's long subject:
    a simple past anywhere there ("The first deaf cadet to finish the Navy's school and go on to a destroyer
    team graduated today": graduated, taken for a clause on "team"), since a clause that modifies a noun is
    never in the simple past (a reduced relative is a participle: "drones manufactured in China"); or a
    participle that closes the sentence hung on a noun deep in the subject, not on the root ("a bill
    sponsored by a senator that bars the agency from buying drones made abroad passed by voice vote in
    the House": passed, taken for a clause on "drones"), where a fragment's participle hangs on its root ("A
    bill sponsored by a senator.")."""
    root = sentence.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return None
    finite = next((word for word in sentence if word.tag_ == "VBD" and word.dep_ == "acl"
                   and not any(child.dep_ in ("nsubj", "nsubjpass") for child in word.children)), None)
    if finite is not None:
        return finite
    verbs = [word for word in sentence if word.pos_ == "VERB"]
    last = verbs[-1] if verbs else None
    closing = next((word for word in reversed(sentence) if not word.is_punct and not word.is_space), None)
    closes = last is not None and last.tag_ == "VBN" and last.dep_ == "acl" and last.head != root \
        and closing is not None and last.right_edge.i >= closing.i
    return last if closes else None


def _name_compounded_before(word: Token) -> Token | None:
    """The name right before a past-tense ``word`` when the parser read both as modifiers of the noun after
    them, the name a compound and the verb an adjective ("MIDVALE — Mayor Ortolan praised volunteers and a
    bakery on Friday …", parsed as one noun phrase headed by "volunteers", the dateline hung on it): a verbless
    sentence's lead opens on its actor, so the name is the verb's subject. A dateline's capitals mislead the
    parser so (on the real-news tuning splits, one wire story's lead, its actor then right; none hurt)."""
    name = word.nbor(-1) if word.i > word.sent.start else None
    if name is None or name.pos_ != "PROPN" or name.dep_ != "compound" or name.head != word.head:
        return None
    return name


def _possessor_before(word: Token) -> Token | None:
    """The name whose possessive marker stands right before ``word`` ("Lowe" in "Lowe's reported")."""
    marker = word.nbor(-1) if word.i > word.sent.start else None
    if marker is None or marker.tag_ != "POS" or marker.head.pos_ != "PROPN":
        return None
    return marker.head


def carried_event(lead: Token, typed: list[tuple[Token, EventRule]]) -> Token | None:
    """The PLOVER-typed event a lead predicate the word table leaves untyped carries, whose type and target the
    lead takes (:func:`as_lead`): a light verb's object ("filed a federal lawsuit": the lawsuit), else the act
    its own clause goes on to tell (:func:`_telling_act`: "voted to override the veto", "blasted his way
    through the newsroom, killing five"). An untyped predicate only says how or in what words the act was
    done; the act is what happened (s27, real-news tuning leads: 48 of 80 untyped leads were a PLOVER type)."""
    if any(token.i == lead.i for token, _ in typed):
        return None
    rules = {token.i: rule for token, rule in typed}
    strong = [child for child in lead.children if child.i in rules and rules[child.i].type != OCCURRENCE]
    if lead.lemma_.lower() in LIGHT_VERBS and (carried := next((c for c in strong if c.dep_ == "dobj"), None)):
        return carried
    return next((child for child in strong if _telling_act(child)), None)


def _telling_act(verb: Token) -> bool:
    """Is a verb hung on a lead predicate the act that predicate tells: its infinitive complement or purpose
    ("moved to demand", "used Twitter to tear into"), a participle after it with no conjunction of its own
    ("…, accusing a former aide of …"; "after pleading" or "while saying" set a time, not the act), or a
    verb coordinated with it that shares its subject ("stalked into the offices and opened fire")?"""
    if is_purpose(verb):
        return True
    if verb.pos_ != "VERB" or verb.dep_ == "xcomp":
        return False
    own_subject = any(word.dep_ in ("nsubj", "nsubjpass") for word in verb.children)
    if verb.dep_ == "advcl":
        return verb.tag_ == "VBG" and not own_subject and not any(word.dep_ == "mark" for word in verb.children)
    return verb.dep_ == "conj" and not own_subject


def _reported(doc: Doc, root: Token, quotes: list[Quote]) -> Token | None:
    """What a sentence with a verb at its root reports: what a saying there says when that happened, is
    going on or is claimed, or is planned for a time it names within months (:func:`_planned_soon`: "Biden
    will travel to Israel on Wednesday, the White House said"), else the saying ("The house will be turned
    into a police station, the minister said on Tuesday"); else the root, or the act it schedules ("Apple is
    set to launch its phone next month": launch); else what an only possible root follows ("could face 10
    years after pleading guilty"); None when all of it is conditional, hypothetical or denied."""
    said = _said_through(root)
    if said != root and not _judgement(said) and not _said_of_things(doc, said):
        said = _scheduled_act(said) or said
        status = _status(said, quotes)
        if status in SAID_NEWS_STATUSES or (status == "planned" and _planned_soon(doc, said)):
            return said
    own = _scheduled_act(root) or _obliged_act(root) or root
    if _status(own, quotes) not in WEAK_STATUSES:
        return own
    contrasted = _act_after_denial(root, quotes)
    if contrasted is not None:
        return contrasted
    prior = _prior_act(root)
    return prior if prior is not None and _status(prior, quotes) not in WEAK_STATUSES else None


def _act_after_denial(root: Token, quotes: list[Quote]) -> Token | None:
    """The act a denied root sets up in a clause coordinated with it ("Mayor Quill isn't used to losing, but
    she conceded the race on Sunday night": conceded): a lead that opens by saying what is not so turns on
    what is, so that clause is the news, not a reason to pass the sentence over; None where the root is not
    denied or no such clause happened. A saying the parser coordinated with the denial ("X will not back Y,
    … The Daily Planet reported Saturday") only tells where the denial was heard, and is no such clause."""
    if _status(root, quotes) != "denied":
        return None
    return next((clause for clause in _coordinated_clauses(root) if _status(clause, quotes) not in WEAK_STATUSES
                 and clause.lemma_.lower() not in SAYING_VERBS | SPEECH_VERBS), None)


def _said_through(root: Token) -> Token:
    """What a saying at a sentence's root reports (:func:`main_predicate`), read through the sayings it
    reports in turn: "The attorney … said … that prosecutors have told him the two other guards will
    also be charged" reports the charging, not the telling, which is only how the attorney heard of it; so
    where the charging is no news of its own (a plan with no time), the attorney's saying is."""
    said = main_predicate(root)
    while said != root and said.lemma_.lower() in SPEECH_VERBS and (inner := main_predicate(said)) != said:
        root, said = said, inner
    return said


def _judgement(verb: Token) -> bool:
    """Is what a saying says only a judgement, a "be" with an adjective or a noun for its predicate ("The
    tariffs … are illogical and a 'bad idea', Economy Minister Marcelo Ebrard said Tuesday")? It tells no
    act, so the saying is the news."""
    return verb.lemma_ == "be" and any(child.dep_ in ("acomp", "attr") for child in verb.children)


def _said_of_things(doc: Doc, verb: Token) -> bool:
    """Does what a saying says tell of things, not of a party: a thing, or a pronoun for one, for its subject
    (:func:`_partyless`: "differences between the leaders have paved the ground for mounting insecurity, the
    governor said", "The economy gained 98,000 new jobs in October, the government said Friday")? Such a
    clause is a claim or a finding, which acts for no one; the news is that its source made it, so the saying
    leads, as for a judgement (:func:`_judgement`), with its speaker and its day."""
    subject = verb_arguments(verb)[0]
    return subject is not None and _partyless(doc, phrase(doc, subject))


#: How many days after the news a plan may start and still be the news itself ("will travel to Cairo on
#: Thursday", "is set to launch its tablet next month"); one set further off ("will retire … on March 31",
#: seven months away) leaves its announcement as the news.
PLAN_HORIZON_DAYS = 90


def _planned_soon(doc: Doc, act: Token) -> bool:
    """Is a planned act set for a time of its own, none of which starts more than :data:`PLAN_HORIZON_DAYS`
    after the publication day (when that is known)?"""
    spans = set(_clause_timexes(doc, act, days_only=False))
    published = doc._.published
    exact = published.exact if published is not None else None
    horizon = (exact + timedelta(days=PLAN_HORIZON_DAYS)).isoformat() if exact is not None else None
    starts = [found[1] for t in doc._.timexes or [] if (t.start, t.end) in spans
              and (found := value_range(t.value)) is not None and found[1] is not None]
    return bool(spans) and not (horizon is not None and any(start > horizon for start in starts))


#: Verbs (and adjectives) that only say an act is scheduled or expected: "is set to launch", "plans to
#: meet", "is expected to visit", "is due to arrive"; promising, threatening or agreeing is an act itself.
SCHEDULING_WORDS = frozenset({"plan", "set", "expect", "schedule", "slate", "due", "intend", "go", "poise",
                              "poised"})


def _scheduled_act(verb: Token) -> Token | None:
    """The act a scheduling verb schedules: its infinitive complement."""
    return _infinitive(verb) if verb.lemma_.lower() in SCHEDULING_WORDS else None


def _obliged_act(verb: Token) -> Token | None:
    """The act a past "had to" says was done, which is the news, not the obligation ("IRCC had to give up
    12 floors": give up; "The airline had to cancel 300 flights on Monday": cancel)."""
    return _infinitive(verb) if verb.lemma_.lower() == "have" and verb.tag_ == "VBD" else None


def _infinitive(verb: Token) -> Token | None:
    """A verb's infinitive complement: "set to launch", "had to give up"."""
    return next((child for child in verb.children if child.dep_ == "xcomp" and child.pos_ == "VERB"
                 and any(word.dep_ == "aux" and word.lower_ == "to" for word in child.children)), None)


def _status(token: Token, quotes: list[Quote]) -> EventStatus:
    return event_status(token, attribution_around(quotes, token) is not None)


#: Words by which a clause tells the act that a consequence follows: "after pleading guilty".
_AFTER = frozenset({"after", "following"})


def _prior_act(root: Token) -> Token | None:
    """The act a root's clause says it follows: "could get as many as 10 years behind bars … after pleading
    guilty" (pleading), through its coordinated and complement verbs but no other clause."""
    for token in root.subtree:
        if token.lower_ not in _AFTER or token.dep_ not in ("prep", "mark"):
            continue
        act = next((child for child in token.children if child.dep_ == "pcomp" and child.pos_ == "VERB"),
                   token.head if token.dep_ == "mark" and token.head.pos_ == "VERB" else None)
        if act is not None and _within_clause(token.head, root):
            return act
    return None


def _within_clause(word: Token, root: Token) -> bool:
    """Is ``word`` the root or reached from it only through coordinated and complement verbs?"""
    while word != root:
        if word.dep_ not in ("conj", "xcomp", "advcl", "prep") or word.head == word:
            return False
        word = word.head
    return True


#: Verbs that only say what the lead reports ("…, officials said", "reports indicated that…", an outlet's
#: "Page Six has learned that lawyers plan to sue"); announcing, confirming or denying is an event
#: of its own.
SPEECH_VERBS = frozenset({"say", "tell", "add", "note", "write", "state", "explain", "argue", "insist", "claim",
                          "stress", "report", "indicate", "learn"})


def main_predicate(root: Token) -> Token:
    """What a sentence reports: its root, or the clause a saying verb at the root reports ("Two service
    members have been killed, the military said": killed), as any reporting verb set after what it reports
    does ("Pompeo met with Kim over Easter weekend, Fox News has confirmed": met); where the parser took the
    dateline's dash for that clause, the clause hung on it ("PHILADELPHIA ― Americans should vote for …, Michael
    Bloomberg … said": vote, :func:`_clause_on_a_dash`)."""
    lemma = root.lemma_.lower()
    if lemma in REPORTING_VERBS or lemma in SPEECH_VERBS:
        said = next((child for child in root.children if child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX")),
                    None)
        if said is not None and (lemma in SPEECH_VERBS or said.i < root.i):
            return _clause_on_a_dash(said)
    return root


def _actor_of(token: Token, rules: dict[int, EventRule]) -> Token | None:
    verbal = token.pos_ in ("VERB", "AUX")
    return (verb_arguments(token) if verbal else noun_arguments(token, set(rules)))[0]


# --- which sentence ---------------------------------------------------------------------------------------

#: A dateline that opens a story's first paragraph: "WASHINGTON —", "TEL AVIV (Reuters) -", "PUTRAJAYA, Nov 22 —",
#: "BERLIN --", "NEW DELHI:", "WASHINGTON ―" (some papers set a horizontal bar for the dash), a press-release
#: wire's "PALO ALTO, Calif., April 25, 2016 /PRNewswire/ --" (its day and the wire's name); a dash stands apart
#: ("NATO-member Norway" opens no dateline), but a dash proper may be set closed up against the words around it
#: and the capital that opens the story ("OSTERVALE—Harbor inspectors"), as a company's release sets it around its
#: day too ("TILDEN FALLS, Oregon—May 4, 2021—Quillmark today said"). Some papers set it in mixed case
#: ("Indianapolis –", "Dekalb, Ill. —"), then only before a dash proper and a capital, and some give the agency's
#: name alone ("(CNN) Reporters and editors at the paper spun around").
DATELINE = re.compile(r"^(?:[A-Z][A-Z.'’ /-]{2,}(?:, [\w. ]{2,20}){0,3}(?: \([\w .]+\)| /[\w .-]+/)?"
                      r"(?:(?: (?:--|[—―–-])|:)\s|[—―–](?:[A-Z][a-z]+\.? \d{1,2}, \d{4}[—―–])?(?=[A-Z\"“]))"
                      r"|[A-Z][a-z]+(?:[ .-][A-Z][a-z]*\.?){0,2}(?:, [A-Z][a-z]*\.?(?: ?[A-Z][a-z]*\.?){0,2})?"
                      r" (?:--|[—―–])\s(?=[A-Z\"“])"
                      r"|\([A-Z][A-Za-z]{1,15}\)(?: (?:--|[—―–-]))? (?=[A-Z\"“]))", re.MULTILINE)
#: How many characters into the text a dateline may open the story (below a headline, dek and byline).
DATELINE_REACH = 1500
#: Words a headline capitalises all of its longer words over, at least.
HEADLINE_WORDS = 4
#: The most words of a headline standing as the text's first line; a story's one-sentence lead runs longer.
HEADLINE_MAX_WORDS = 16
#: How many content words a lead sentence shares with the headline it restates, at least, and what share of
#: the most that any of the lead sentences shares.
RESTATED_WORDS = 3
RESTATED_SHARE = 0.6
#: The most of a title's words a first lead sentence may restate and still give way to one that restates it:
#: a background or scene-setting opening restates next to nothing of it.
BACKGROUND_WORDS = 1


def lead_candidates(doc: Doc, lead_sentences: int) -> list[Span]:
    """The first ``lead_sentences`` story sentences, in the order they are tried for the lead: as they come,
    unless one of them restates the article's headline where those before it do not
    (:func:`_restating`), which then comes first; a headline line opening the text is no candidate. A story
    that opens at its dateline is taken as it comes: a dek is set above the dateline, never below it, so the
    dateline's sentence is the lead, and a later one that restates the headline is a detail of it ("MIDVALE —
    Mayor Ann Ortolan signed the spending plan on Monday." before "Activist groups slammed the budget vote."
    under "Activists Slam Budget Vote"; on the real-news tuning splits, one such story, none hurt)."""
    heading = headline(doc)
    below = list(islice(_sentences_below(doc, heading), lead_sentences))
    first = _restating(doc, heading, below) if below and dateline_span(doc.text) is None else None
    if first is None:
        return list(islice(story_sentences(doc), lead_sentences))
    if _tells_an_act(below[0]):
        return below
    return [below[first], *below[:first], *below[first + 1:]]


def _restating(doc: Doc, heading: Span | None, below: list[Span]) -> int | None:
    """Which of the lead sentences ``below`` restates the article's headline, if any. Under a headline line
    opening the text, the first to share at least :data:`RESTATED_WORDS` of its words and nearly as many as
    any (:data:`RESTATED_SHARE`): a dek or photo line shares some ("the president plans to meet the
    rebel leader" under "Envoy Quietly Met With Rebel Leader Ahmed Salim"), the lead most.
    Where the headline is only the title the metadata gives, the first sentence leads unless it restates next
    to nothing of the title (:data:`BACKGROUND_WORDS`) and a later one, with none before it restating more,
    restates at least :data:`RESTATED_WORDS` of its words ("The fans are hoping the band gets back together."
    then "The singer shared a picture of her former partner …" under "Singer Shares Picture of Former
    Partner …"): a title is written over the lead, and a lead that restates part of it is the lead
    still, however much more a later detail repeats."""
    if heading is not None:
        headline_words = _content_words(heading)
        shared = [len(headline_words & _content_words(sentence)) for sentence in below]
        enough = max(RESTATED_WORDS, RESTATED_SHARE * max(shared))
        return next((k for k, count in enumerate(shared) if count >= enough), None)
    title = _title_words(doc)
    restated = [sum(1 for keys in title if keys & _content_words(sentence)) for sentence in below]
    return next((k for k, count in enumerate(restated)
                 if count >= RESTATED_WORDS and max(restated[:k], default=0) <= BACKGROUND_WORDS), None)


def _tells_an_act(sentence: Span) -> bool:
    """Does a first lead sentence tell a dated act of its own: what it reports (:func:`main_predicate`) in the
    simple past or the present perfect, with a day in its clause or its saying's (:func:`_clause_timexes`:
    "Federal agents made an arrest on Friday", "Version 4 has been released today")? Such a sentence is the
    news, and a later one restating more of the title is a detail of it (the suspect's record, the release's
    features): a title is written over the lead's act, so its words recur wherever the story names the thing
    again. A background or scene-setting opening, which the reorder is for, tells no dated act ("The fans are
    hoping …", "Many launches lately have centred on phones"), nor does a dek ("the president plans to meet
    …"), nor a group's demand dated by its saying ("Police must investigate the killing, the group said
    today")."""
    root = _main_clause(_clause_on_a_dash(sentence.root))
    act = main_predicate(root)
    if act.pos_ != "VERB" or not (act.tag_ == "VBD" or is_present_perfect(act)):
        return False
    return any(_clause_timexes(sentence.doc, verb) for verb in {act, root})


def _sentences_below(doc: Doc, heading: Span | None) -> Iterator[Span]:
    """The story sentences below the text's headline line, less any that only repeat the article's title."""
    title = _title(doc)
    return (s for s in story_sentences(doc) if (heading is None or s.start_char >= heading.end_char)
            and (title is None or " ".join(s.text.split()).casefold() not in title.casefold()))


def _title(doc: Doc) -> str | None:
    """The article's title from its metadata, where the Doc carries one (a Doc made bare has none)."""
    title: str | None = doc._.title if Doc.has_extension("title") else None
    return title


#: Regular English inflections, by which a title word is a form of a lemma the parse of the text gives
#: ("Pleads" of "plead", "Stabbed" of "stab" aside): the title is not parsed, so its words are read through the
#: text's parse.
_INFLECTIONS = ("s", "es", "ed", "ing")


def _title_words(doc: Doc) -> list[set[str]]:
    """The title's words, each as the forms a sentence's content words (:func:`_content_words`) may restate it
    by: the word lower-cased, and the lemma of every content word of the text it is a form of (the same
    word, or the lemma with a regular inflection: :data:`_INFLECTIONS`); stop words aside. The title is not
    parsed (the pipeline parses the text alone), so the text's own parse lemmatises it, which is all a
    comparison with the text needs."""
    title = _title(doc)
    if not title:
        return []
    forms = {word.lower() for word in re.findall(r"[A-Za-z][A-Za-z'’]*", title) if not doc.vocab[word.lower()].is_stop}
    content = [token for token in doc if token.is_alpha and not token.is_stop
               and token.pos_ in ("PROPN", "NOUN", "VERB", "ADJ")]
    return [{form} | {token.lemma_.lower() for token in content if _form_of(token, {form})} for form in sorted(forms)]


def _form_of(token: Token, forms: set[str]) -> bool:
    """Is one of the title's word ``forms`` the token's own, or its lemma's, plain or regularly inflected
    (a final "e" dropped before an ending: "vote", "voted", "voting")?"""
    lemma = token.lemma_.lower()
    stem = lemma.removesuffix("e")
    return token.lower_ in forms or lemma in forms or any(
        lemma + ending in forms or stem + ending in forms for ending in _INFLECTIONS)


def headline(doc: Doc) -> Span | None:
    """The text's first line when it is a headline: a line of its own above more text, of at most
    :data:`HEADLINE_MAX_WORDS` words, one sentence at most, with no dateline opening a story in it, and in
    a headline's form (:func:`_headline_form`)."""
    end = doc.text.find("\n")
    if end < 0 or not doc.text[end:].strip() or DATELINE.match(doc.text[:end + 1]):
        return None
    line = doc.char_span(0, len(doc.text[:end].rstrip()), alignment_mode="contract")
    if line is None or len(line) == 0 or sum(1 for t in line if not t.is_punct) > HEADLINE_MAX_WORDS \
            or any(token.is_sent_start for token in line[1:]):
        return None
    return line if _headline_form(doc, line) else None


def _headline_form(doc: Doc, line: Span) -> bool:
    """Is a line written as headlines are: in title case, with no closing stop, or told in the simple
    present ("Trump tweets that…", "Home Depot sales miss") or without a finite verb ("Hitler's birth house
    to become police station"), as a story's lead, in the past or present perfect ("A Texas man pleaded
    guilty Monday…"), is not?"""
    if _title_case(line.text) or not in_prose_line(doc.text, line.start_char):
        return True
    root = line.root
    if root.tag_ in ("VBZ", "VBP"):
        return not any(child.dep_ in ("aux", "auxpass") for child in root.children)
    return root.tag_ not in ("VBD", "VBN", "VBG")


def _content_words(span: Iterable[Token]) -> set[str]:
    """The lemmas (and lower-cased forms: a title-case headline is parsed poorly) of a span's names, nouns,
    verbs and adjectives."""
    words = set()
    for token in span:
        if token.is_alpha and not token.is_stop and token.pos_ in ("PROPN", "NOUN", "VERB", "ADJ"):
            words |= {token.lemma_.lower(), token.lower_}
    return words


def story_sentences(doc: Doc) -> Iterator[Span]:
    """The sentences a story's lead may be in, in order (:func:`is_lead_sentence`, with what the parse tells:
    a line with no verb, or a photo caption by its tense, is none)."""
    start = story_start(doc.text)
    return (s for s in doc.sents if is_lead_sentence(doc.text, s.start_char, s.end_char, start,
                                                     untold=_untold(doc, s)))


def _untold(doc: Doc, sentence: Span) -> bool:
    """Does a sentence's parse say it tells no story: no verb in it, or a photo caption (:func:`_caption`)?"""
    return not any(token.pos_ in ("VERB", "AUX") for token in sentence) or _caption(doc, sentence)


def stored_lead(text: str, sentences: Iterable[Sentence], count: int) -> list[Sentence]:
    """An analysed article's first ``count`` lead sentences, from its stored sentences and the text they
    index: the same sentences :func:`story_sentences` finds in its parse."""
    start = story_start(text)
    return [s for s in sentences if is_lead_sentence(text, s.start, s.end, start)][:count]


def is_lead_sentence(text: str, start: int, end: int, story_begins: int = 0, untold: bool = False) -> bool:
    """Might the sentence ``text[start:end]`` be (part of) a story's lead? The one rule for a parsed article
    and for its stored sentences alike, so it reads the text alone: a sentence from the story's dateline on
    (``story_begins``, :func:`story_start`), on a line of the story (no headline or list line, whatever
    its last character, no pull quote), no quotation standing first in it (a quoted dek), no photo caption
    or credit (:func:`~dateline.time.corpus.is_page_furniture`), no editor's note (:data:`NOTE_ON_PAGE`), and
    long enough to tell an event; where a parse says more, not ``untold`` by it (:func:`story_sentences`)."""
    sentence = text[start:end].rstrip()
    line = text[slice(*line_bounds(text, start))]
    return (start >= story_begins and in_story_line(text, start) and sentence.lstrip()[:1] not in "\"“‘"
            and not _title_case(line) and not NOTE_ON_PAGE.match(line) and not is_page_furniture(sentence)
            and len(sentence.split()) >= MIN_WORDS and not untold)


#: A paragraph the editors set above or into a story about the page itself, not the news: an editors' note
#: (:data:`dateline.clean.boilerplate.EDITORS_NOTE`, "EDITOR'S NOTE: The mayor on Monday revised the death
#: toll …"), "(This article was last updated at 9:05 a.m. ET.)", "UPDATE 2: …", or a note its writer signs by name
#: ("Brooke's Note: Originally this note cited sources …"); its acts (the toll revised a day later) are no lead.
NOTE_ON_PAGE = re.compile(rf"{EDITORS_NOTE.pattern}|\W*(?:\w+['’]s notes?:|update[ds]?(?: \d+)?:"
                          r"|this (?:post|story|article|report) (?:was|has been) (?:last )?updated\b)", re.IGNORECASE)


def story_start(text: str) -> int:
    """Where a story's lead may begin: at its dateline where one opens a paragraph near the top, else at
    the start."""
    dateline = dateline_span(text)
    return dateline[0] if dateline else 0


#: A photographer's credit closing a caption: "(Evelyn Hockstein/Pool Photo via AP)".
_CREDIT = re.compile(r"\s*\([^()]*\)\s*$")


def _caption(doc: Doc, sentence: Span) -> bool:
    """A photo caption: told in the simple or progressive present, or a present passive, and closing on the
    day it was taken ("Israeli soldiers stand on an Israeli tank near the Israel-Gaza border, …, November 28,
    2023."); a present perfect is a story's ("has finally arrived as … launched Tuesday morning"), and so is
    an act scheduled ("The Senate is scheduled to vote on the bill Thursday"). A dateline's dash the parser took
    for a verb in the present ("WASHINGTON ― … was re-elected … Wednesday morning.") tells no tense: the clause
    hung on it does (:func:`_clause_on_a_dash`)."""
    root = _clause_on_a_dash(sentence.root)
    present = root.tag_ in ("VBZ", "VBP") or any(
        child.dep_ in ("aux", "auxpass") and child.tag_ in ("VBZ", "VBP") and child.lemma_ == "be"
        for child in root.children)
    if not present or _scheduled_act(root) is not None:
        return False
    closing = sentence.start_char + len(_CREDIT.sub("", sentence.text.rstrip()).rstrip(" ."))
    return any(t.end == closing and names_a_day(t.value) for t in doc._.timexes or [])


def dateline_span(text: str) -> Offsets | None:
    dateline = DATELINE.search(text[:DATELINE_REACH])
    return dateline.span() if dateline else None


def _title_case(text: str) -> bool:
    """Written as a headline: every longer word capitalised ("Trump Postpones Steel, Aluminum Tariffs Until
    June.")."""
    words = [word for word in re.findall(r"[^\W\d_]+", text) if len(word) > 3]
    return len(words) >= HEADLINE_WORDS and all(word[:1].isupper() for word in words)


# --- when and who -----------------------------------------------------------------------------------------


def as_lead(doc: Doc, event: Event, predicate: Token, lead_sentences: int, carried: Event | None = None) -> Event:
    """The lead event, marked ``main``, dated and given its actor as the module says; one told by a light
    verb takes the type and target of the event it ``carried`` (:func:`carried_event`)."""
    if carried is not None:
        event = replace(event, type=carried.type, mode=carried.mode, target=carried.target,
                        target_mention=carried.target_mention, targets=carried.targets)
    dateline = dateline_span(doc.text)
    telling = _telling_verb(predicate)
    if (dating := _dating(doc, event.dated_by)) != event.dated_by:
        event = _redated(doc, replace(event, dated_by=dating))
    if not event.dated_by and (clause := _own_timexes(doc, _clause_timexes(doc, telling), telling, event.status)):
        event = _redated(doc, replace(event, dated_by=clause))
    if event.date is None and (day := _day_within(doc, event, predicate)) is not None:
        event = _redated(doc, replace(event, dated_by=(day,)))
    if event.date is None and _figure_period(doc, event, telling):
        event = _redated(doc, replace(event, dated_by=()))
    if earlier := _stretch_before_report(doc, event):
        event = _redated(doc, replace(event, dated_by=(), candidate_dated_by=earlier))
    if event.date is None and event.status in ("happened", "claimed") and not _told_over_time(doc, event) \
            and (is_news_tense(telling) or _past_news(doc, telling)) and not _reported_past_act(event, telling):
        event = _news_of_the_day(doc, event, predicate, dateline)
    if event.date is None and event.status == "happened" and not event.news_of_day \
            and not _told_over_time(doc, event) and (told := _publication_day_told_by(doc, predicate)):
        event = _redated(doc, replace(event, said_dated_by=told, news_of_day=True))
    if event.date is None and not event.news_of_day and not _told_over_time(doc, event):
        candidates = dict.fromkeys((*event.candidate_dated_by, *_opening_past_days(doc, predicate)))
        event = _redated(doc, replace(event, candidate_dated_by=tuple(candidates)))
    if _complement_told(predicate):  # "the shipment was meant to be …": its subject acts, no one is acted on
        event = replace(event, target=None, target_mention=None, targets=())
    actor = _lead_actor(doc, predicate, dateline, lead_sentences)
    if actor is not None and actor[0] != event.actor:
        event = _acted_on_by_others(replace(event, actor=actor[0], actor_mention=actor[1],
                                            actors=(actor[0], *_partners(event, actor[0]))))
    elif dateline is not None and event.actor is not None and event.actor[0] < dateline[1]:
        event = replace(event, actor=None, actor_mention=None,
                        actors=tuple(span for span in event.actors if span[0] >= dateline[1]))
    claimant = _claimant(doc, predicate) if event.actor is not None and _partyless(doc, event.actor) \
        else _discloser(doc, predicate) if event.actor is None else None
    if claimant is not None:
        words, mention = _affiliated(doc, claimant, AUTHORS) or _as_actor(doc, claimant)
        event = replace(event, actor=words, actor_mention=mention, actors=(words, *_partners(event, words)))
    if event.actor is not None and (_thing(doc, event.actor) or (claimant is None and _tells_state(predicate))):
        event = replace(event, actor_mention=None, actor_evidence="thing",
                        actors=tuple(span for span in event.actors if not overlaps(span, event.actor)))
    elif event.actor is not None and _two_subjects(predicate, dateline):
        event = replace(event, actor_evidence="doubtful",
                        actors=tuple(span for span in event.actors if not overlaps(span, event.actor)))
    elif event.actor is not None and event.actor_mention is None and _proper_name(doc, event.actor) \
            and not _claimed_by_another(doc, predicate, event.actor):
        event = replace(event, actor_evidence="proper")
    return replace(event, main=True)


def _two_subjects(predicate: Token, dateline: Offsets | None) -> bool:
    """Did the parser give a lead's predicate two subjects in the story ("The Rams wide receiver said …": both
    "Rams" and "receiver" the subjects of "said"; "a judge other than Ann Porter has been chosen": both
    "judge" and "Porter")? A clause has one subject, so two say the parse misread it, and the actor read off
    it is no more than a candidate: kept with its mention (so its entity link, for audit), below the confidence
    line (``doubtful``). A dateline the parser took for a subject ("BERLIN -- The European Space Agency says")
    is none (:func:`_past_dateline`), and one set off by a comma is an appositive naming the same party
    ("Quatar's emir, Sheikh Hamad … launched", "Members of the Society of Nordic Jurists, a group tied
    to …, investigated")."""
    story = dateline[1] if dateline is not None else 0
    subjects = [child for child in predicate.children if child.dep_ in ("nsubj", "nsubjpass") and child.idx >= story]
    return any(not any(word.text == "," for word in predicate.doc[first.right_edge.i:second.left_edge.i + 1])
               for first, second in zip(subjects, subjects[1:]))


def _tells_state(predicate: Token) -> bool:
    """Does a lead predicate only class its subject, a copula with a noun for its complement (the parser's
    ``attr``: "Oregon has become the 9th US state to ban …", "it's a good bet that …")? Its subject
    does nothing: the act that put it in the class was someone else's (a governor signed the bill), whom the
    sentence does not name, so its words stay the actor's candidate below the confidence line (``thing``: it
    acts for no one), for audit. An adjective for the complement is not so: it may tell the subject's own
    conduct ("Judge T.S. Ellis became very irritated with the prosecutors"), and an act may take one ("pleaded
    guilty")."""
    return any(child.dep_ == "attr" for child in predicate.children)


def _proper_name(doc: Doc, actor: Offsets) -> bool:
    """Is a lead's actor headed by a proper noun that no entity mention covers ("Vidyard announced …",
    "Cannabis firm Canopy Growth WEED-T said …")? The entity recogniser misses many a company's name, and
    such an actor is as sure as a named one, not a nameless "police" or "a man". A capitalised common word is
    none (:func:`_capitalised_common_word`), nor a word the entity recogniser reads as a number, an order or a
    time (:data:`NUMBER_KINDS`: "First dives are planned …", which a tagger may take for a name and its
    subject, sentence-initial as it is)."""
    words = doc.char_span(*actor, alignment_mode="expand")
    return words is not None and (words.root.pos_ == "PROPN" or _named_elsewhere(words.root)) \
        and not _capitalised_common_word(words.root) and words.root.ent_type_ not in NUMBER_KINDS


#: Entity kinds that count, order or date things: no party is named by one ("First", "Two", "Monday").
NUMBER_KINDS = frozenset({"ORDINAL", "CARDINAL", "DATE", "TIME", "QUANTITY", "PERCENT", "MONEY"})


#: Endings that make abstract nouns ("Fairness", "Bravery", "Resentment"), which no company or body is named by
#: alone.
ABSTRACT_ENDINGS = ("ment", "ness", "ity", "ism", "tion", "sion", "ery", "ance", "ence", "ship", "hood")
#: Heads that name a policy, a law or a paper ("the Osterfeld Doctrine", "the Clean Rivers Act"): a thing, not a party.
DOCUMENT_HEADS = frozenset({"doctrine", "act", "law", "treaty", "accord", "agreement", "amendment", "plan", "policy",
                            "rule", "resolution", "manifesto"})


def _capitalised_common_word(word: Token) -> bool:
    """Is a capitalised head the tagger took for a proper noun a common word: the head of a policy's or a law's
    name, or, standing alone, an abstract noun by its ending? A sentence's first word is capitalised whatever it
    is ("Fairness was always going to …"), and a name's head may be a common noun ("The Osterfeld Doctrine
    held that …"); neither is a party that acts. A body's name may end as an abstract noun does ("the Marlow
    Foundation"), so the ending counts only for a word alone; a word the article also sets in lower case is
    no sign (a body's name may open with one: "Help for …")."""
    lower = word.lower_
    alone = all(other.pos_ == "DET" for other in word.subtree if other != word)
    return lower in DOCUMENT_HEADS or (alone and len(lower) > 6 and lower.endswith(ABSTRACT_ENDINGS))


def _named_elsewhere(word: Token) -> bool:
    """Is a capitalised word the tagger took for a common noun a name the article's entities give elsewhere
    ("Facebook on Sunday removed the page …", then "Facebook said …")? Opening a sentence, a name's capital
    tells the tagger nothing, and the same word named elsewhere is that name; a word for people ("Police
    arrested …") is none, however the tagger labels it elsewhere."""
    return word.is_title and not is_party(word) \
        and any(ent.text == word.text and ent.label_ in NAMED_ACTORS for ent in word.doc.ents)


def _thing(doc: Doc, actor: Offsets) -> bool:
    """Is a lead's actor a thing, which acts for no one: a common noun that is no word for people or a body of them,
    nor an event, with no name or party in its phrase ("Heated arguments often ensue", "The new framework comes as
    …", "The 5-to-4 decision … did two things", "had bail set")? The sentence then names no one who did the act, and
    the lead shows no actor rather than a wrong one. A name ("Steam Linux usage") or a word for people ("a man",
    "teachers", "the agency", an agent noun: "researchers", "patients": :func:`names_person`) stays, as the parser's
    entities and the list of words for people miss many, and so does an event the table types ("A minefield
    explosion killed two youths": PLOVER codes the cause as the actor), and a party's thing acts for it ("The
    government's job retention scheme is set to change"); a number names no one ("The 5-to-4 decision"). A common
    noun for people that only sorts the thing, as its compound, names no party ("The group stage of qualifying
    finished": a stage, no group's), nor does a name in a phrase that only says where or in what the thing is ("A
    glitch in the enormously popular video game Minecraft makes it possible …"). Its words stay the actor's, marked a
    ``thing`` (below the confidence line, for audit), and it is no party."""
    words = doc.char_span(*actor, alignment_mode="expand")
    if words is None or words.root.pos_ != "NOUN" or is_party(words.root) or names_person(words.root, AGENT_ENDINGS) \
            or match_rule(words.root.lemma_.lower(), "N", particles(words.root)) is not None:
        return False
    return not any((word.ent_type_ in NAMED_ACTORS or word.pos_ == "PROPN" or _named_elsewhere(word)
                    or (is_party(word) and not _sorting(word)))
                   and not _in_place_phrase(word, words.root) for word in words)


#: Who a source's work may be by: "new research from Forrester", "a study by the University of Utah".
AUTHORS = frozenset({"ORG", "PERSON"})

#: Pronouns that stand for a thing, never a party, when nothing before them in the sentence names one.
_THING_PRONOUNS = frozenset({"it", "that", "this"})


def _partyless(doc: Doc, actor: Offsets) -> bool:
    """Does a lead's actor name no party: a thing (:func:`_thing`) or a pronoun for one ("That depends on your
    developers")?"""
    return doc.text[actor[0]:actor[1]].lower() in _THING_PRONOUNS or _thing(doc, actor)


def _claimant(doc: Doc, predicate: Token) -> Token | None:
    """The head of the source a lead is claimed by in its own sentence ("That depends on your developers …,
    according to new research from Forrester": new research from Forrester, :func:`_affiliated`). A lead whose
    subject names no party tells a finding, and the news is whose finding it is, as a study's or a report's lead
    names its author only as the source; the name the source resolves to where the quotes' speakers resolve it
    (a source "The Rams wide receiver", named Cooper Kupp a sentence before); None where no attribution in the
    sentence claims it."""
    quote = attribution_around(doc._.quotes or [], predicate)
    if quote is None or quote.source is None or not (predicate.sent.start_char <= quote.source[0]
                                                     and quote.source[1] <= predicate.sent.end_char):
        return None
    named = quote.speaker_span if quote.speaker is not None else None  # "The Rams wide receiver": Cooper Kupp
    source = doc.char_span(*(named or quote.source), alignment_mode="expand")
    return source.root if source is not None and source.root.pos_ in ("NOUN", "PROPN") else None


#: Cues by which a source makes known an act of its own or a finding of its own ("prosecutors announced", "a new
#: study revealed"), not only passes on what happened ("… was shot dead, police said": the shooting is no act of
#: the police).
DISCLOSING_CUES = frozenset({"announce", "reveal", "find", "show", "disclose"})


def _discloser(doc: Doc, predicate: Token) -> Token | None:
    """The head of the source that makes known an agentless passive lead in its own sentence (:func:`_claimant`):
    "Rep. Duncan Hunter and his wife were indicted on charges of …, prosecutors announced Tuesday", "70 percent of
    the findings leaned to the left, a new study showed Wednesday". An official act told without its
    agent is as a rule the announcer's own, and a finding its study's; a source that only says it happened
    (:data:`DISCLOSING_CUES`) is no actor. None where these do not hold."""
    if not _agentless_passive(predicate):
        return None
    quote = attribution_around(doc._.quotes or [], predicate)
    cue = span_at(doc, quote.cue) if quote is not None else None
    return _claimant(doc, predicate) if cue is not None and cue.root.lemma_.lower() in DISCLOSING_CUES else None


def _claimed_by_another(doc: Doc, predicate: Token, actor: Offsets) -> bool:
    """Does a source other than a lead's actor claim the lead in its sentence ("Geoengineering … has the
    potential to counteract political polarization …, according to a new study"; "The LGBTQ film RAFIKI lost
    its … ruling …, according to a statement issued … by the film's director")? The lead then tells a
    finding about its subject, a technology or a film, and a capital the entity recogniser missed there is no
    sign of a party that acts, so the actor is not marked ``proper`` (shown as named) but stays nameless,
    below the line (dev..dev9 pooled: of 16 ``proper`` lead actors, the two so claimed, at two outlets, were the
    two wrong). An actor that is its own source ("Vidyard launched … on Tuesday, Vidyard said") is not so."""
    claimant = _claimant(doc, predicate)
    return claimant is not None and claimant.lower_ not in doc.text[actor[0]:actor[1]].lower()


#: Prepositions by which a thing's phrase says where or in what it is, naming no one it belongs to; not "on",
#: which as often says what it is about ("acrimony on the House", whose party it may be).
_PLACE_PREPS = frozenset({"in", "at", "inside", "within"})


def _in_place_phrase(word: Token, head: Token) -> bool:
    """Is ``word`` inside a phrase on ``head`` that says where or in what it is ("a flaw in … Minecraft")?"""
    while word != head and word.head != word:
        if word.dep_ == "prep" and word.head == head and word.lower_ in _PLACE_PREPS:
            return True
        word = word.head
    return False


def _sorting(word: Token) -> bool:
    """Is a common noun only a compound that sorts the noun it modifies ("group stage", "police car")?"""
    return word.dep_ == "compound" and word.pos_ == "NOUN"


def _dating(doc: Doc, spans: tuple[Offsets, ...]) -> tuple[Offsets, ...]:
    """The time expressions that date, less those inside a title ("said during an interview on NBC's
    'Today'", a show: the tagger takes the word for the day of writing, but it names no day at all) and those
    that only date another event (:func:`_possessed_day`)."""
    titles = [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "WORK_OF_ART"]
    return tuple(span for span in spans if not any(start <= span[0] and span[1] <= end for start, end in titles)
                 and not _possessed_day(doc, span))


def _possessed_day(doc: Doc, span: Offsets) -> bool:
    """Is a time expression a day in the possessive on a noun that is not the predicate's object ("Lawmakers at
    the scene of Wednesday's shooting described …", "said hours after Thursday's ceremony")? It names the day of
    what that noun tells, another event the lead looks back on, not the lead's own day; as the object
    ("won Tuesday's runoff") the noun is what the predicate did, and its day is the lead's. Not a longer
    stretch ("efforts during the weekend's heatwave backfired"), which frames the lead as often as not."""
    words = doc.char_span(*span, alignment_mode="expand")
    value = next((timex.value for timex in doc._.timexes or [] if (timex.start, timex.end) == span), None)
    return words is not None and words.root.dep_ == "poss" and words.root.head.dep_ != "dobj" and names_a_day(value)


def _figure_period(doc: Doc, event: Event, predicate: Token) -> bool:
    """Is a lead's own expression the past month a figure it reports covers, not the day it was reported
    ("Canada's unemployment rate dropped to 5.1 per cent in May …, according to Statistics Canada", published in
    June)? A statistic's release is the news: so where the lead is claimed by its source, states a figure, and
    its expression is a whole calendar month that ended before the publication, the month dates the figure
    and the lead is dated as the report is (:func:`_news_of_the_day`)."""
    published = doc._.published
    stated = next((found for t in doc._.timexes or [] if (t.start, t.end) in set(event.dated_by)
                   and (found := value_range(t.value)) is not None), None)
    if event.status != "claimed" or stated is None or published is None or published.earliest is None:
        return False
    day, earliest, latest = stated
    whole_month = day is None and earliest is not None and latest is not None and earliest[:7] == latest[:7] \
        and earliest.endswith("-01") and date.fromisoformat(latest).month != (
            date.fromisoformat(latest) + timedelta(days=1)).month
    return whole_month and latest < published.earliest.isoformat() \
        and any(word.like_num and not _in_spans(word, event.dated_by) for word in predicate.subtree)


def _stretch_before_report(doc: Doc, event: Event) -> tuple[Offsets, ...]:
    """The spans of a lead's own expressions where they give it only a stretch (a week, a month, a year) that
    ended before the publication day, for a lead told as done or claimed ("… in 2016", "last month"): none
    otherwise. Such a stretch dates the news no better than a coin: on the real-news tuning splits dev..dev15
    (session 26) it held the labelled day or range 9 times in 16 (6 in 12 without dev), and 4 of the 7 it missed
    were the publication day itself, so it is no range to show. The lead is dated as one with no expression of
    its own (the range reporting allows, which holds the publication day), and the stretch is kept among its
    candidates for audit (:func:`~dateline.extract.events.dates.candidate_day` takes days only, so it moves
    nothing)."""
    published = doc._.published
    if event.date is not None or event.latest is None or event.status not in ("happened", "claimed") \
            or published is None or published.earliest is None or event.latest >= published.earliest.isoformat():
        return ()
    return event.dated_by


def _in_spans(word: Token, spans: tuple[Offsets, ...]) -> bool:
    return any(start <= word.idx < end for start, end in spans)


def _acted_on_by_others(event: Event) -> Event:
    """An event whose lead actor was named anew less the targets that are that actor: a party does not act on
    itself, so a target the parse read where the lead finds its actor ("… bill passed the House": the House,
    the verb's object, is the one that passed it, :func:`_passing_body`) is no target."""
    if event.actor is None or not any(overlaps(span, event.actor) for span in (*event.targets, event.target) if span):
        return event
    kept = tuple(span for span in event.targets if not overlaps(span, event.actor))
    if event.target is not None and overlaps(event.target, event.actor):
        return replace(event, target=None, target_mention=None, targets=kept)
    return replace(event, targets=kept)


def _partners(event: Event, actor: Offsets) -> tuple[Offsets, ...]:
    """The parties an event's actor acts jointly with ("Pompeo met with Kim Jong Un": Kim), which stay its
    actors when the lead names the actor anew: those outside both the actor's old words and its new ones."""
    return tuple(span for span in event.actors
                 if not any(overlaps(span, words) for words in (actor, event.actor) if words is not None))


def _redated(doc: Doc, event: Event) -> Event:
    day, earliest, latest = event_dates(event.status, event.dated_by, event.said_dated_by, doc._.timexes or [],
                                        doc._.published, event.news_of_day, event.candidate_dated_by)
    return replace(event, date=day, earliest=earliest, latest=latest)


def _news_of_the_day(doc: Doc, event: Event, predicate: Token, dateline: Offsets | None) -> Event:
    """A lead event told as news of the day: dated by the day of its attribution, else of the story's
    dateline ("WASHINGTON, April 30 (Reuters) -", which a later publication day may not be; it dates the
    report as a cue dates a quote), else the publication's day when that is one, and only where its own time
    expressions allow that day. Where neither names a day, an expression of the story's opening that names
    the publication day does ("… the agency said Monday"), so the text, not the tense alone, vouches for the
    day (:data:`~dateline.confidence.DAY_CONFIDENCE`); an expression that only points at the day of writing
    (:func:`_writing_day_only`) vouches for nothing. Where nothing names a day, the tense alone dates the
    lead only as :func:`_dated_by_tense` allows, else it keeps its range. The reading is kept even when no
    day is known yet (an undated article), so a redate dates it."""
    said_by = tuple(span for span in event.said_dated_by if not _writing_day_only(doc, span)) or tuple(
        (t.start, t.end) for t in doc._.timexes or [] if dateline and dateline[0] <= t.start < dateline[1]
        and not _writing_day_only(doc, (t.start, t.end)))
    if not _names_day(doc, said_by):
        said_by = (*said_by, *_naming_the_publication_day(doc, predicate))
    if not _names_day(doc, said_by) and not _dated_by_tense(doc, predicate):
        return event
    return _redated(doc, replace(event, said_dated_by=said_by, news_of_day=True))


def _dated_by_tense(doc: Doc, predicate: Token) -> bool:
    """Does a lead's tense alone tell it as news of the publication day, where nothing names that day? The
    present does not: it tells a state or a view that holds on the day of writing ("Most Americans feel …",
    "rugby chiefs have no plans", "argues"), not an act done on it, so it keeps the range reporting allows
    (on the real-news dev..dev10 sets, of eight such leads with nothing naming a day, at eight outlets, the
    publication day was right for two, a range for five). The present perfect, the news's "hot news" tense,
    does unless the opening names an earlier day (:func:`_earlier_day_named`): "have tested positive" tells an
    act done by the day of writing, and "were diagnosed … on Saturday" its day, the lead's candidate then (on
    the real-news dev..dev5 sets, of the nine such leads, the publication day was right for two, the earlier
    day for four on four outlets, a range for two). The simple past does not: a reporter tells the day's news
    in it with a day ("approved … on Thursday"), so with none it may be days old (dev..dev5: of eleven such
    leads the publication day was right for three, a range for eight, on eleven outlets). Nor does a lead
    that introduces its actor unnamed (:func:`_introduced_unnamed`)."""
    telling = _telling_verb(predicate)
    return is_present_perfect(telling) and not _introduced_unnamed(predicate) \
        and not _earlier_day_named(doc, predicate)


def _names_day(doc: Doc, spans: tuple[Offsets, ...]) -> bool:
    return any((t.start, t.end) in spans and names_a_day(t.value) for t in doc._.timexes or [])


def _naming_the_publication_day(doc: Doc, predicate: Token) -> tuple[Offsets, ...]:
    """The span of the first expression of the story's opening that names the publication day, if any."""
    exact = _publication_day(doc)
    return next(((span,) for day, span in _opening_days(doc, predicate)
                 if day == exact and not _writing_day_only(doc, span)), ())


def _publication_day_told_by(doc: Doc, predicate: Token) -> tuple[Offsets, ...]:
    """The span of the first expression from the story's start (:func:`story_start`) to the end of the lead's
    sentence that names the publication day by the calendar (a weekday, a date: :data:`CALENDAR_WORDS`), if
    any. A lead that happened with no day of its own is that day's news where the story has named it by then:
    the day it tells ("Police detained a suspect on Friday") in a sentence the lead passed over, or in a phrase
    of the lead's own the parse hung elsewhere ("mocked the council and a rival on Wednesday in new posts"). Else its
    honest range stays: a day named only later in the story, or "today" alone, which may mean these days. On
    the real-news tuning sets (dev..dev22) such leads were the publication day's news 9 of 10 times, at 7
    outlets (a story retelling another paper's report of that day was the one labelled a range)."""
    exact = _publication_day(doc)
    if exact is None:
        return ()
    begins, ends = story_start(doc.text), predicate.sent.end_char
    return next((((timex.start, timex.end),) for timex in doc._.timexes or []
                 if begins <= timex.start < ends and (stated := value_range(timex.value)) is not None
                 and stated[0] == exact and CALENDAR_WORDS.search(timex.text)), ())


def _opening_past_days(doc: Doc, predicate: Token) -> tuple[Offsets, ...]:
    """The spans of the expressions of the story's opening that tell a time in the past ("stopped outside
    the church on Thursday"), the candidates for the day of a lead told with none: a day still to come ("will
    be arraigned … Friday") is not the news's, nor one not told by a clause at all (an embedded post's stamp).
    Which of them name a day, and whether that day is only the day of writing, is settled when the event is
    dated (:func:`~dateline.extract.events.dates.candidate_day`): the spans are kept whether or not the
    publication date is known yet, so a redate finds the same candidates as analysing the dated article."""
    return tuple((timex.start, timex.end) for timex in _opening_timexes(doc, predicate)
                 if timex.type in ("DATE", "TIME") and direction_at(doc, timex.start, timex.end) == "past")


def _publication_day(doc: Doc) -> str | None:
    """The publication day (ISO) when it is one day."""
    published = doc._.published
    return published.exact.isoformat() if published is not None and published.exact is not None else None


def _writing_day_only(doc: Doc, span: Offsets) -> bool:
    """Does an expression name the publication day only by pointing at the day of writing ("said today",
    "this morning", "around 3 p.m.", or a TV show's "Today" taken for one), with no weekday, month or date
    in its words? It resolves to the publication day whatever the news's day, so as evidence that the lead
    is news of that day it adds nothing to the tense (on the real-news dev2 set, 1 of 3 such leads was
    that day's news, as likely as the publication day itself); "said on Tuesday" or "yesterday" does."""
    exact = _publication_day(doc)
    stated = next((value_range(t.value) for t in doc._.timexes or [] if (t.start, t.end) == span), None)
    return exact is not None and stated is not None and stated[0] == exact \
        and not CALENDAR_WORDS.search(doc.text[span[0]:span[1]])


def _told_over_time(doc: Doc, event: Event) -> bool:
    """Does an expression attached to the event tell it over a stretch of time or as a habit, which no tense
    makes the day's news: a duration ("for four years", "in recent years"), a frequency ("a hundred times a
    day") or the vague past ("recently")?"""
    spans = set(event.dated_by)
    return any(t.type in ("DURATION", "SET") or t.value == "PAST_REF"
               for t in doc._.timexes or [] if (t.start, t.end) in spans)


#: The longest stretch of its own (a weekend, a month) that a day the opening names may narrow a lead to.
NARROWED_DAYS = 31


def _day_within(doc: Doc, event: Event, predicate: Token) -> Offsets | None:
    """The span of the one day the story's opening names inside the stretch a lead's own expression gives it
    ("killed a Reuters reporter in October" then "the Oct. 13 attack"; "gathered at the weekend" then "on
    Saturday, June 21"), when that stretch is at most :data:`NARROWED_DAYS` long and ends by the publication
    day; None when the opening names no day there, or several (an honest range stays)."""
    if not event.dated_by or event.earliest is None or event.latest is None:
        return None
    first, last = date.fromisoformat(event.earliest), date.fromisoformat(event.latest)
    published = doc._.published
    if (last - first).days >= NARROWED_DAYS or published is None or published.latest is None \
            or last > published.latest:
        return None
    inside: dict[str, Offsets] = {}
    for day, span in _opening_days(doc, predicate):
        if event.earliest <= day <= event.latest:
            inside.setdefault(day, span)
    return next(iter(inside.values())) if len(inside) == 1 else None


def _opening_timexes(doc: Doc, predicate: Token) -> Iterator[TimeExpression]:
    """The time expressions of the story's opening, which runs :data:`OPENING_SENTENCES` story sentences from
    the lead's own."""
    opening = list(islice((s for s in story_sentences(doc) if s.end_char > predicate.idx), OPENING_SENTENCES))
    if not opening:
        return
    start, end = opening[0].start_char, opening[-1].end_char
    yield from (timex for timex in doc._.timexes or [] if start <= timex.start < end)


def _opening_days(doc: Doc, predicate: Token) -> Iterator[tuple[str, Offsets]]:
    """The days (ISO) the story's opening names, each with its expression's span."""
    for timex in _opening_timexes(doc, predicate):
        stated = value_range(timex.value)
        if stated is not None and stated[0] is not None:
            yield stated[0], (timex.start, timex.end)


#: How many story sentences from the lead's own a simple-past lead's opening runs, where an earlier day
#: named would make it not plainly news of the day.
OPENING_SENTENCES = 5


def _past_news(doc: Doc, predicate: Token) -> bool:
    """A lead told in the simple past with no day of its own ("President Donald Trump spoke about the
    leaked memo…", "Home Depot reported third-quarter earnings…") is news of the publication day when
    the story's opening, from the lead on, names no day before it; an earlier day there ("Pochettino was
    sacked last night") may be the lead's, and then only its range is known."""
    return _simple_past(predicate) and _publication_day(doc) is not None and not _earlier_day_named(doc, predicate)


def _reported_past_act(event: Event, telling: Token) -> bool:
    """Is a lead a finished past act that only a saying reports, in the simple past with no day of its own ("A
    New York man pleaded guilty …, the U.S. Attorney's Office announced Monday"; "The film lost its ruling …,
    according to a statement issued on Wednesday")? The saying's day is the day it was told, the act on or before
    it, so it is no news of that day: the lead keeps its range, and the day the opening names stays a candidate
    below the line. What the saying tells as going on then ("Investigators were reviewing …") is that day's. On
    the real-news dev..dev8 sets such leads were the saying's day 2 of 5 times (5 outlets; the other three are
    labelled ranges), so holding them back raised the days shown right from .918 (112/122) to .940 (110/117)."""
    return event.status == "claimed" and telling.tag_ != "VBG" and _simple_past(telling)


def _earlier_day_named(doc: Doc, predicate: Token) -> bool:
    """Does the story's opening, from the lead on, name a day before the publication day? It may be the day
    of a lead told with none ("Pochettino was sacked last night"; "Two people … have tested positive for
    COVID-19", then "were diagnosed … on Saturday"). Before the article is dated, any time its opening tells
    in the past counts ("the strikes two days ago"), so a redate mostly gives what analysing the dated
    article gives: the day it names is then the lead's candidate (:func:`_opening_past_days`)."""
    exact = _publication_day(doc)
    if exact is None:
        return bool(_opening_past_days(doc, predicate))
    return any(day < exact for day, _ in _opening_days(doc, predicate))


#: The auxiliaries of the simple past passive ("was arrested", "were killed").
_PAST_PASSIVE = frozenset({"was", "were"})


def _simple_past(verb: Token) -> bool:
    """Is a verb told in the simple past, active ("reported") or passive ("was stabbed to death", "were
    released Thursday"), or in the past progressive ("Investigators were reviewing possible terror links")?"""
    auxiliaries = [(child.dep_, child.lower_) for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxiliaries
    return verb.tag_ in ("VBN", "VBG") and len(auxiliaries) == 1 and auxiliaries[0][1] in _PAST_PASSIVE \
        and auxiliaries[0][0] == ("auxpass" if verb.tag_ == "VBN" else "aux")


def _clause_timexes(doc: Doc, predicate: Token, days_only: bool = True) -> tuple[Offsets, ...]:
    """The time expressions in a predicate's clause, not in a relative clause within it ("the man who was
    sentenced on Monday"), that name a day or a week at most set as an adverbial of a verb ("at the
    weekend", "this week"), or, not ``days_only``, any stretch of days; a year or a month modifying a noun
    there dates something else ("the 2016 election"), and a month or a quarter set further off in the clause
    is as often the period a figure covers ("jobless rate fell … in May", in a report of June)."""
    found = []
    for timex in doc._.timexes or []:
        stated = value_range(timex.value)
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        token = span.root if span is not None else None
        if stated is None or token is None or (days_only and stated[0] is None
                                               and not (_adverbial(token) and _within_a_week(stated))):
            continue
        while token != predicate and token.dep_ not in ("relcl", "acl") and token.head != token:
            token = token.head
        if token == predicate:
            found.append((timex.start, timex.end))
    return _dating(doc, tuple(found))


def _own_timexes(doc: Doc, spans: tuple[Offsets, ...], predicate: Token, status: EventStatus) -> tuple[Offsets, ...]:
    """The time expressions of a lead's clause (:func:`_clause_timexes`) that date its predicate, less those
    of a clause with a time of its own: what a reporting predicate reports ("The commissioner announced that
    the league will close its offices on Friday, Nov. 22": the day the offices close, not the announcement's),
    and, for a plan, the saying that tells it ("The committee will issue subpoenas …, its ranking member said
    on Tuesday", where the parser hung the saying on the plan: the day it was said, not the day the subpoenas
    go out), as a plan is dated by its own time. The day a saying names stays the saying's, and dates a lead
    that happened as the day's news (:func:`_news_of_the_day`). Whether a plan is set for soon
    (:func:`_planned_soon`) still reads the whole clause."""
    return tuple(span for span in spans if (word := doc.char_span(*span, alignment_mode="expand")) is None
                 or not any(_clause_of_its_own(clause, predicate, status) for clause in word.root.ancestors))


def _clause_of_its_own(clause: Token, predicate: Token, status: EventStatus) -> bool:
    """Is ``clause``, hung on a lead's predicate, one whose time is its own (:func:`_own_timexes`)?"""
    if clause.head != predicate or clause == predicate or clause.pos_ not in ("VERB", "AUX"):
        return False
    reported = clause.dep_ == "ccomp" and predicate.lemma_.lower() in REPORTING_VERBS
    return reported or (status == "planned" and clause.i > predicate.i and clause.lemma_.lower() in SAYING_VERBS)


def _within_a_week(stated: tuple[str | None, str | None, str | None]) -> bool:
    """Does a closed stretch of days run less than a week (a weekend, "this week")?"""
    _, earliest, latest = stated
    return earliest is not None and latest is not None \
        and (date.fromisoformat(latest) - date.fromisoformat(earliest)).days < 7


def _adverbial(word: Token) -> bool:
    """Is a time expression's head set to a verb, bare or through a preposition ("met at the weekend",
    "killed in October"), rather than modifying a noun?"""
    if word.dep_ == "pobj" and word.head.pos_ == "ADP":
        word = word.head
    return word.dep_ in ("prep", "npadvmod", "advmod", "tmod") and word.head.pos_ in ("VERB", "AUX")


def names_a_day(value: str | None) -> bool:
    stated = value_range(value)
    return stated is not None and stated[0] is not None


ActorSpans = tuple[Offsets, Offsets | None]


def _lead_actor(doc: Doc, predicate: Token, dateline: Offsets | None, lead_sentences: int) -> ActorSpans | None:
    """The lead's actor where the parse's subject alone gets it wrong or leaves it nameless (the module
    says how), its words starting after any dateline ("WASHINGTON (Reuters) - U.S. President Donald
    Trump"); None to keep the event's own. A lead told by an attribution that opens its sentence is its
    speaker's act (:func:`_opening_saying`)."""
    predicate = _opening_saying(predicate) or predicate
    head = _subject(predicate)
    head = _passing_body(predicate, head) or _giver(predicate) or _causer(predicate) or head
    if head is None:
        return _agent_told_next(doc, predicate, lead_sentences) or _employer(doc, predicate)
    if dateline is not None and head.idx < dateline[1]:
        head = _past_dateline(head, predicate, dateline[1])
        if head is None:
            return None
    story = len(doc.text) - len(doc.text[dateline[1]:].lstrip()) if dateline is not None else 0
    words, mention = _named_actor(doc, head, predicate, lead_sentences, story)
    words = (words[0], _own_possessive_end(head, predicate, words[1]))
    if words[0] >= story:
        return words, mention
    return (story, words[1]), mention if mention is not None and mention[0] >= story else None


def _opening_saying(predicate: Token) -> Token | None:
    """The saying that reports a lead from before it, when a party says it: "The president on Monday said the
    agency wrecked the career of …" (said), "The victim's parents on Monday told a radio host
    that they back …" (told). A news lead opens on its news-maker, so a speaker who opens the sentence is
    the one the news is about, and what is said is their claim; an attribution set after what it reports ("A
    man opened fire …, police said") only sources it. A speaker must be a named party: "Two officials told
    Reuters that …" and "Various reports indicated that Kim Jong-un announced …" only source the act they tell,
    as does an outlet's reporting or learning (:data:`VOICING_VERBS`). None where these do not hold."""
    saying = predicate.head
    if predicate.dep_ != "ccomp" or saying.i > predicate.i or saying.lemma_.lower() not in VOICING_VERBS:
        return None
    speaker = verb_arguments(saying)[0]
    named = speaker is not None and any(word.ent_type_ in NAMED_ACTORS for word in speaker.subtree)
    return saying if named and speaker is not None and speaker.i < saying.i and is_party(speaker) else None


#: Speech verbs by which a speaker voices a claim of their own, not passes on what was found ("local media
#: reported", "reports indicated", "Page Six has learned"): those only source the act they tell.
VOICING_VERBS = SPEECH_VERBS - {"report", "indicate", "learn"}


def _agent_told_next(doc: Doc, predicate: Token, lead_sentences: int) -> ActorSpans | None:
    """The actor of an agentless passive lead that a later lead sentence names as it tells the act again
    ("Ada Limon … has been announced as the state Poet Laureate." then "Governor Andy Beshear
    made the announcement on Wednesday"): a news lead puts the one acted on first and the one who acted next,
    named or not ("… were indicted Tuesday" then "A grand jury in Denver indicted the pair")."""
    if not _agentless_passive(predicate):
        return None
    retold = _named_in_retelling(doc, predicate, lead_sentences, bodies=True)
    return _as_actor(doc, retold) if retold is not None else None


#: Verbs by which an employer ends or halts someone's service: "has been fired", "was suspended".
DISMISSING_VERBS = frozenset({"fire", "dismiss", "sack", "suspend", "oust"})
#: Arcs by which a person's own phrase gives their title and, in it, their employer ("Harbor Authority inspector
#: Ann Ortolan", "Ann Ortolan, the authority's senior inspector"), not a clause about them.
TITLE_ARCS = frozenset({"compound", "appos", "poss"})


def _employer(doc: Doc, predicate: Token) -> ActorSpans | None:
    """The organisation that dismissed the subject of an agentless passive lead of dismissal
    (:data:`DISMISSING_VERBS`): the one the subject's title names ("Harbor Authority inspector Ann Ortolan has
    been fired"), else the one the verb's "from" phrase names ("fired from the agency" where the entity
    recogniser tags it). Only an employer fires or suspends its staff, so the organisation a person is named
    as serving did it, though the lead names no agent. None where it names none."""
    subject = _passive_subject(predicate)
    if subject is None or predicate.lemma_.lower() not in DISMISSING_VERBS or not _agentless_passive(predicate):
        return None
    frontier, found = [subject], []
    for _ in range(AFFILIATION_STEPS):
        frontier = [child for word in frontier for child in word.children if child.dep_ in TITLE_ARCS]
        found += frontier
    found += [word for child in predicate.children if child.dep_ == "prep" and child.lower_ == "from"
              for word in child.children if word.dep_ == "pobj"]
    organisation = next((ent for word in found if word.ent_type_ == "ORG" for ent in doc.ents
                         if ent.start <= word.i < ent.end), None)
    name = [word for word in organisation or () if word.dep_ not in ("det", "case")]  # "the Harbor Authority's"
    return ((name[0].idx, name[-1].idx + len(name[-1])),) * 2 if name else None


#: Verbs by which a measure goes through a body that votes on it: "the bill passed the House", "the nomination
#: cleared the Senate".
PASSING_VERBS = frozenset({"pass", "clear"})
#: Words for a body that votes a measure through, where the entity recogniser names none ("the chamber").
VOTING_BODIES = frozenset({"house", "senate", "congress", "parliament", "legislature", "assembly", "chamber",
                           "council", "committee", "panel", "board"})


def _passing_body(predicate: Token, head: Token | None) -> Token | None:
    """The body a measure passed, which acts where the lead's subject (or "by" phrase) is no party: "the
    governor's … budget bill passed the state Senate on Monday" (the Senate), "a bill sponsored by a
    senator … passed on a voice vote in the full House" (the House, not the voice vote). A measure passes a
    body by the body's vote, so the body did the act and the measure is what it acted on, as when the lead
    says "The House passed the bill"; the body is the verb's object or the "in" phrase of the verb or of its
    vote ("by a voice vote in the city council"), an organisation's name or a word for a voting body
    (:data:`VOTING_BODIES`). None where these do not hold."""
    if predicate.lemma_.lower() not in PASSING_VERBS or (head is not None and is_party(head)):
        return None
    votes = [predicate, *(vote for child in predicate.children if child.dep_ == "agent"
                          for vote in child.children if vote.dep_ == "pobj")]
    places = [child for child in predicate.children if child.dep_ == "dobj"] + [
        word for vote in votes for child in vote.children if child.dep_ == "prep" and child.lower_ == "in"
        for word in child.children if word.dep_ == "pobj"]
    return next((word for word in places if word.ent_type_ == "ORG" or word.lemma_.lower() in VOTING_BODIES), None)


#: Verbs by which their subject receives what another gives or does to it, the giver named in a "from" phrase:
#: "received scholarships from the university", "drew sharp criticism from lawmakers", "faced a lawsuit from
#: the state", "got approval from regulators". Not "take" ("took the keys from the guard": the taker acts) nor
#: "earn" or "win", whose "from" is as often a time or a source of money ("earned $3 million from 2010 to 2014").
RECEIVING_VERBS = frozenset({"receive", "draw", "face", "get", "attract", "garner"})


def _giver(predicate: Token) -> Token | None:
    """The party a lead's subject receives from, which acts: the "from" phrase, on the verb or on its object,
    of a receiving verb (:data:`RECEIVING_VERBS`) with an object, naming a party ("Three pupils received
    scholarships from Ostervale University": the university awarded them, the pupils are its targets, as
    "Ostervale University awarded three pupils scholarships" says). None where these do not hold."""
    if predicate.lemma_.lower() not in RECEIVING_VERBS:
        return None
    objects = [child for child in predicate.children if child.dep_ == "dobj"]
    sources = [child for word in (predicate, *objects) if objects for child in word.children
               if child.dep_ == "prep" and child.lower_ == "from"]
    return next((word for source in sources for word in source.children if word.dep_ == "pobj" and is_party(word)),
                None)


def _causer(predicate: Token) -> Token | None:
    """The party that did to a lead's subject what a "have" with a participle tells, named by its "by" phrase:
    "A student … had two teeth knocked out by a Halden Police officer" (the officer acted, the student is the
    one it befell, as "A Halden Police officer knocked out two of the student's teeth" says), "The singer had
    her passport seized by border agents". The subject only underwent the act, so a name for it, from its own
    sentence or the next, is no actor. None where these do not hold (no "by", or no party in it)."""
    if predicate.lemma_.lower() != "have":
        return None
    objects = [child for child in predicate.children if child.dep_ == "dobj"]
    done = [word for word in (*predicate.children, *(c for o in objects for c in o.children))
            if word.dep_ in ("ccomp", "xcomp", "acl")]  # a passive participle by its "by" agent: taggers miss VBN
    return next((word for participle in done for agent in participle.children if agent.dep_ == "agent"
                 for word in agent.children if word.dep_ == "pobj" and is_party(word)), None)


def _own_possessive_end(head: Token, predicate: Token, end: int) -> int:
    """Where an actor's words end, its name's own possessive marker included when the marker possesses
    nothing the name acts through: "Lowe's", "McDonald's" (the company, named so), not "Lowe" or
    "McDonald"."""
    marker = next((child for child in head.children if child.dep_ == "case" and child.tag_ == "POS"
                   and child.i == head.i + 1 and child.idx == end), None)
    acting = head.dep_ in ("nsubj", "nsubjpass") or head == _possessor_before(predicate)
    return marker.idx + len(marker) if marker is not None and acting and head.pos_ == "PROPN" else end


def _named_actor(doc: Doc, head: Token, predicate: Token, lead_sentences: int, story: int) -> ActorSpans:
    """An actor's words and entity mention, named by its appositive, or where it is nameless by the next lead
    sentence telling the same act or the organisation it belongs to, or where it is a pronoun by its
    antecedent in the story (from ``story``, past any dateline: :func:`_antecedent`), else for "he" or "she"
    by the person the next sentence opens naming (:func:`_person_named_next`)."""
    named = _appositive_name(head)
    if named is not None:
        return (phrase(doc, head)[0], phrase(doc, named)[1]), entity_in(doc, phrase(doc, named), named)
    if head.ent_type_ not in NAMED_ACTORS and (head.pos_ == "NOUN" or head.lower_ == "one") \
            and not _owner_named(head):
        retold = _named_in_retelling(doc, predicate, lead_sentences)
        if retold is not None:
            return _as_actor(doc, retold)
        affiliated = _affiliated(doc, head) if head.lower_ != "one" else None  # "one of the resorts": a kind
        if affiliated is not None:
            return affiliated
        identified = _identified_next(doc, head, predicate) if _opens_story_sentence(head, story) else None
        if identified is not None:
            return _as_actor(doc, identified)
    if head.lower_ in PERSONAL_PRONOUNS:
        named = _antecedent(head, story) or _person_named_next(doc, head, predicate) \
            or _person_subject_before(doc, head)
        return _as_actor(doc, named or head)
    return _as_actor(doc, head)


def _owner_named(head: Token) -> bool:
    """Is a nameless actor a body its own phrase names by its owner, a party or a proper noun the entity
    recogniser missed: "Ann Ortolan's campaign on Friday released …", "Halvorsen Group's board approved …"?
    The owner's name names the body, so it needs no name from a later sentence, whose subject may be another
    party doing the same ("On the same day, the ministry released …": the ministry). Not a person
    named by whose they are ("the mayor's lawyer", "her son"): that is someone else, whom the story may name
    later."""
    return not names_person(head) and any(
        child.dep_ == "poss" and any(word.ent_type_ in AUTHORS or word.pos_ == "PROPN" for word in child.subtree)
        for child in head.children)


def _opens_story_sentence(head: Token, story: int) -> bool:
    """Does a nameless actor's phrase open its sentence (past any dateline, which ends at ``story``), as the
    actor of a delayed identification does ("A woman … has revealed …", then the name)? One set after what it
    tells, a source ("The new ballot map is lawful, an appeals panel ruled on Tuesday."), is hard news's
    unnamed source, not a feature's subject held back: the name opening the next sentence is another party's."""
    opening = next((word for word in head.sent if word.idx >= story and not (word.is_punct or word.is_space)),
                   None)
    return opening is not None and head.left_edge.i <= opening.i


def _as_actor(doc: Doc, head: Token) -> ActorSpans:
    """The words of the phrase ``head`` heads, and the entity mention in them."""
    return phrase(doc, head), entity_in(doc, phrase(doc, head), head)


def _affiliated(doc: Doc, head: Token, kinds: frozenset[str] = frozenset({"ORG"})) -> ActorSpans | None:
    """A nameless actor's words up to the organisation (or one of the entity ``kinds``) its phrase names
    (:func:`_affiliation`), and that mention; None where it names none."""
    body = _affiliation(doc, head, kinds)
    if body is None:
        return None
    words = phrase(doc, head)
    return (words[0], max(words[1], body.end_char)), (body.start_char, body.end_char)


#: Pronouns a lead's actor may be, which name no one until their antecedent is found.
PERSONAL_PRONOUNS = frozenset({"he", "she", "it", "they"})


def _antecedent(pronoun: Token, story: int) -> Token | None:
    """The name a lead's pronoun actor stands for: the nearest named subject before it in its sentence
    ("Novavax hopes to bring out one more vaccine soon … and it's pushing new ads"), where the parse
    may not coordinate the two clauses; a dateline the parser took for a subject ("DUBLIN — She’s slammed
    NATO") stands for no one, so the story from ``story`` on."""
    named = [word for word in pronoun.sent[:pronoun.i - pronoun.sent.start]
             if word.dep_ in ("nsubj", "nsubjpass") and word.pos_ == "PROPN" and word.idx >= story]
    return named[-1] if named else None


#: How far down a nameless actor's own phrase the organisation it belongs to may be named.
AFFILIATION_STEPS = 6


def _affiliation(doc: Doc, head: Token, kinds: frozenset[str] = frozenset({"ORG"})) -> Span | None:
    """The organisation a nameless actor's phrase says it belongs to or is led from: "A team led by
    scientists from NASA's Goddard Space Flight Center" (the Center), "officials at the Health Ministry";
    not a place ("researchers in Maryland"), nor the seat a candidate seeks (:func:`_seat_sought`), and nothing
    in a clause of its own. With a person among the entity ``kinds``, a work's author too ("new research from
    Forrester")."""
    frontier = [head]
    for _ in range(AFFILIATION_STEPS):
        frontier = [child for word in frontier for child in word.children
                    if child.dep_ in ("prep", "pobj", "agent", "acl", "poss", "compound") and child.i > head.i
                    and not _seat_sought(word, child)]
        for word in frontier:
            if word.ent_type_ in kinds:
                return next((ent for ent in doc.ents if ent.start <= word.i < ent.end), None)
    return None


#: Words for one who seeks an office, whose "for" phrase names the seat sought, not a body they belong to or
#: speak for ("a Republican candidate for U.S. Congress", "the nominee for attorney general").
SEEKERS = frozenset({"candidate", "nominee", "contender", "hopeful", "challenger", "applicant"})


def _seat_sought(word: Token, child: Token) -> bool:
    """Is ``child`` the "for" of a seeker (:data:`SEEKERS`), which names what is sought: "a candidate for U.S.
    Congress" belongs to no Congress, where "a spokesman for the company" speaks for the company."""
    return child.dep_ == "prep" and child.lower_ == "for" and word.lemma_.lower() in SEEKERS


def _subject(predicate: Token) -> Token | None:
    """The head of a lead predicate's actor; a verb after "after" acts as its clause's subject ("could face
    10 years after pleading guilty"), an act scheduled as the scheduling verb's ("Apple is set to
    launch"), the subject of an agentless passive that only tells how its own act came to light
    (:func:`_complement_told`), and a clause hung on a dash the parser took for the root
    (:func:`_clause_on_a_dash`) by the name between the two, which the parser took for the dash's subject or
    object."""
    if predicate.pos_ not in ("VERB", "AUX"):
        return None
    actor = verb_arguments(predicate)[0]
    if actor is None and predicate.dep_ == "pcomp" and predicate.head.head.pos_ in ("VERB", "AUX"):
        actor = _subject(predicate.head.head)
    if actor is None and _scheduled_act(predicate.head) == predicate:  # "Apple is set to launch"
        actor = _passive_subject(predicate.head)
    if actor is None and (_complement_told(predicate) or _takes_office(predicate)):  # "was meant to be", "was elected"
        actor = _passive_subject(predicate)
    if actor is None and predicate.dep_ in ("xcomp", "advcl") and _complement_act(predicate.sent.root, []) == predicate:
        actor = _copula_subject(predicate.sent.root)  # "is thrilled to have", "hasn't been quiet…, calling"
    if actor is None and predicate.dep_ == "ROOT":
        actor = _opening_noun(predicate) or _name_before(predicate)
    if actor is None and predicate.dep_ == "amod":  # "Lowe's reported … earnings": Lowe's
        actor = _possessor_before(predicate) or _name_compounded_before(predicate)
    if actor is None and _dash(predicate.head):  # "WASHINGTON ― President Donald Trump on Tuesday renewed"
        actor = next((word for word in predicate.head.children if word.dep_ in ("nsubj", "dobj")
                      and predicate.head.i < word.i < predicate.i), None)
    return actor


#: Verbs whose passive with a verb complement tells how its subject's own act came to light or what is thought of
#: it: perceiving and finding ("was caught saying", "was seen leaving"), believing and telling ("was supposed to
#: be", "is said to have"); not an order or a request ("was told to leave", "was forced to resign"), which is the
#: unnamed agent's act on the subject.
PERCEIVING_OR_SUPPOSING = frozenset({"catch", "see", "hear", "spot", "film", "record", "find", "suppose", "believe",
                                     "think", "say", "report", "know", "allege", "rumor", "rumour", "expect"})


def _complement_told(predicate: Token) -> bool:
    """Does an agentless passive lead tell its subject's own act in a verb complement ("A Republican candidate
    … was caught saying that …", "the shipment was meant to be en route to …")? The passive only says how the
    act came to light or what was thought of it (:data:`PERCEIVING_OR_SUPPOSING`): whoever caught or supposed
    is no party to the news, and the subject is the one acting in it."""
    return predicate.lemma_.lower() in PERCEIVING_OR_SUPPOSING and _passive_subject(predicate) is not None \
        and any(child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX") for child in predicate.children)


#: Verbs whose agentless passive tells its subject taking an office or a title: an election won ("was re-elected
#: to her leadership post"), an office assumed ("was inaugurated as the 45th president", "was sworn in as
#: governor"), a post given ("was appointed to an eighth term as leader"), a title won ("was crowned champion").
#: Whoever voted, swore in or appointed is seldom named, and the news is the winner's: the subject acts.
OFFICE_VERBS = frozenset({"elect", "reelect", "re-elect", "inaugurate", "swear", "appoint", "crown"})


def _takes_office(predicate: Token) -> bool:
    """Does an agentless passive lead tell its subject taking an office or a title (:data:`OFFICE_VERBS`: "Mayor
    Ann Ortolan was re-elected on Tuesday", "Ben Ruiz was sworn in as governor")? Such a lead is the winner's
    news, as the active "Ben Ruiz took the oath of office" is: the subject acts in it, not the voters or the
    official who swore them in, whom a lead seldom names. "Sworn" only with "in" ("sworn to secrecy" is
    another's act on the subject)."""
    lemma = predicate.lemma_.lower()
    sworn_in = lemma != "swear" or any(child.dep_ == "prt" and child.lower_ == "in" for child in predicate.children)
    return lemma in OFFICE_VERBS and sworn_in and _agentless_passive(predicate)


def _opening_noun(root: Token) -> Token | None:
    """A name or noun opening a subjectless sentence that the parser hung on its verb as a bare modifier:
    "Senator representing Borno South, Ahmad Lawan, on Monday tabled a motion" (Senator, npadvmod); its
    appositive, where it has one, names it."""
    first = root.sent[0]
    if first.head != root or first.dep_ not in ("npadvmod", "dep") or first.pos_ not in ("PROPN", "NOUN"):
        return None
    named = next((word for word in first.subtree if word.dep_ == "appos" and word.ent_type_ == "PERSON"), None)
    return named or first


#: Tags of a finite verb in the present or past, which has a subject wherever it is no imperative.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _name_before(verb: Token) -> Token | None:
    """The name standing right before a finite verb the parser left subjectless, a parenthetical ticker
    aside, which it hung elsewhere: "Halfway through a rescue plan meant to … bring it back to profit,
    BlackBerry (BBRY) turned in mixed results" (BlackBerry, taken for a conjunct of "profitability"). A
    finite verb has a subject, and a name just before it is the one there."""
    if verb.tag_ not in _FINITE:
        return None
    before = verb.i - 1
    if before >= 0 and verb.doc[before].text == ")":
        before = next((k - 1 for k in range(before - 1, verb.sent.start - 1, -1) if verb.doc[k].text == "("), -1)
    if before < verb.sent.start:
        return None
    entity = next((ent for ent in verb.doc.ents if ent.start <= before < ent.end), None)
    return entity.root if entity is not None and entity.end == before + 1 and entity.label_ in NAMED_ACTORS \
        and entity.root.pos_ == "PROPN" else None


def _past_dateline(head: Token, predicate: Token, dateline_end: int) -> Token | None:
    """The subject past a dateline the parser took for it: another subject of the predicate ("BERLIN -- The
    European Space Agency says"), else the phrase set beside the dateline ("SEOUL, South Korea — the
    country's president, Moon Jae-in, said") or coordinated with it ("NEW YORK -- A U.S. senator from Florida
    set forth", the dash read as an "and")."""
    others = [child for child in predicate.children if child.dep_ == "nsubj" and child.idx >= dateline_end]
    if others:
        return others[0]
    beside = [child for child in head.children if child.dep_ in ("appos", "conj") and child.idx >= dateline_end]
    return beside[0] if beside else _opening_subject(predicate.sent, dateline_end)


def _opening_subject(sentence: Span, dateline_end: int) -> Token | None:
    """The subject the story opens with right after its dateline, wherever the parser hung it ("DUBLIN —
    She’s attacked NATO, voted against treaties", parsed with "DUBLIN" the subject of "voted" and "She" of
    a clause set beside it): a lead opens on its actor."""
    opening = next((word for word in sentence if word.idx >= dateline_end and not (word.is_punct or word.is_space)),
                   None)
    return next((word for word in sentence if word.dep_ == "nsubj" and word.left_edge == opening), None) \
        if opening is not None else None


def _appositive_name(head: Token) -> Token | None:
    """The name an appositive gives a nameless actor: "North Korea's leader, Kim Jong-un", or a title the tagger
    took for a proper noun, being capitalised, that no entity covers: "Acting Governor of the province, Atta
    Mohammad Noor"."""
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_:
        return None
    return next((child for child in head.children if child.dep_ == "appos" and child.ent_type_ in ("PERSON", "ORG")),
                None)


def _named_in_retelling(doc: Doc, predicate: Token, lead_sentences: int, bodies: bool = False) -> Token | None:
    """The named subject of a later lead sentence that tells the lead's act again: "A New York man pleaded
    guilty …" then "Patrick W. Carlineo Jr., 55, of Addison, … pleaded guilty …"; a saying is no act told
    again ("Authorities say …" then "The Chronicle says …"). With ``bodies``, for a lead that names no actor
    at all (an agentless passive), a nameless party will do too ("A grand jury … indicted the Hunters"): it
    is the actor the story gives, where a nameless actor of the lead's own waits for a name."""
    later = (s for s in story_sentences(doc) if s.start_char > predicate.idx)
    for sentence in islice(later, lead_sentences - 1):
        for verb in sentence:
            if _retells(verb, predicate) and verb.lemma_.lower() not in SPEECH_VERBS:
                subject = verb_arguments(verb)[0]
                if subject is not None and (subject.ent_type_ in ("PERSON", "ORG")
                                            or (bodies and subject.pos_ == "NOUN" and is_party(subject))):
                    return subject
    return None


#: How long a verb's stem must be for a noun that begins with it to be taken for its nominalisation.
NOMINAL_STEM = 4


def _retells(verb: Token, predicate: Token) -> bool:
    """Does ``verb`` tell the act of a lead ``predicate`` again: the same verb, or a light verb whose object is
    the predicate's nominalisation ("has been announced as …" then "Carla Hayden made the announcement")? The
    noun is found by its stem (the verb's lemma less a final "e": announc-ement, approv-al), as English derives
    its event nouns so and a table of them would miss most."""
    if verb.pos_ != predicate.pos_:
        return False
    if verb.lemma_ == predicate.lemma_:
        return True
    stem = predicate.lemma_.lower().removesuffix("e")
    return verb.lemma_.lower() in LIGHT_VERBS and len(stem) >= NOMINAL_STEM and any(
        child.dep_ == "dobj" and child.pos_ == "NOUN" and child.lemma_.lower().startswith(stem)
        and child.lemma_.lower() != predicate.lemma_.lower() for child in verb.children)


#: Words that introduce an actor the story has yet to name: "A woman who was raped … has revealed", "One of
#: North America's iconic resorts has emerged".
_INDEFINITE = frozenset({"a", "an", "one"})


def _indefinite(head: Token) -> bool:
    """Is a noun phrase one the story has yet to identify: "a woman", "one of the resorts"?"""
    return head.lower_ == "one" or any(child.dep_ == "det" and child.lower_ in _INDEFINITE
                                       for child in head.children)


def _introduced_unnamed(predicate: Token) -> bool:
    """Does a lead introduce its actor unnamed ("A woman who was raped … has revealed", "One of North
    America's iconic resorts has emerged", "A Chinese-owned mining company has come under criticism"), or
    the subject of its agentless passive ("A cat … has been found")? A
    feature's delayed identification, told with no day named, is no news of the day by its tense alone (on
    the real-news dev set all three such leads tell an older event); the hard news lead that opens so names
    its day ("A New York man pleaded guilty Monday", "… has confirmed", then "… said on Monday")."""
    subject = _subject(predicate) or _passive_subject(predicate)
    return subject is not None and subject.ent_type_ not in NAMED_ACTORS and _indefinite(subject)


def _agentless_passive(predicate: Token) -> bool:
    """Is the predicate a passive with a subject and no "by" agent ("Rep. Hunter was indicted Tuesday")?"""
    return _passive_subject(predicate) is not None and not any(child.dep_ == "agent" for child in predicate.children)


def _passive_subject(predicate: Token) -> Token | None:
    """The subject of an agentless passive ("A cat missing for five years has been found"): no actor, but
    the one the lead introduces, which a feature names as late as it names an actor; the nearest the verb,
    as a dateline the parser takes for a subject stands before it ("SANTA FE, N.M. (AP) — A cat …")."""
    return next((child for child in reversed(list(predicate.lefts)) if child.dep_ == "nsubjpass"), None)


def _identified_next(doc: Doc, head: Token, predicate: Token) -> Token | None:
    """The name a lead's indefinite, nameless actor is given by the subject the very next story sentence opens
    with, as a delayed identification does ("A woman … has revealed …" then "Marina Lacerda, identified as …,
    says …"), not by a source named after what it reports ("ISIS claimed responsibility …, Reuters
    reported"); the parser's entity types miss many such names, so a proper noun will do. An act the table types
    ("A bipartisan immigration proposal has surfaced") is no one to identify: the name opening the next sentence
    is only someone it concerns."""
    event_noun = match_rule(head.lemma_.lower(), "N", particles(head)) is not None  # "A proposal has surfaced"
    if not _indefinite(head) or event_noun:
        return None
    return _opening_name(doc, predicate) or (_person_acting_next(doc, predicate) if names_person(head) else None)


#: Pronouns that name a person, whom a lead may introduce before naming.
PERSON_PRONOUNS = frozenset({"he", "she"})


def _person_named_next(doc: Doc, pronoun: Token, predicate: Token) -> Token | None:
    """The person a lead's "he" or "she" with nothing before it to stand for is, where the next story
    sentence opens naming one, as a delayed identification does ("She’s attacked NATO, voted against
    treaties … and now she’s set to become Ireland’s next president." then "Catherine Connolly, a
    former mayor of …, has opened a wide lead in the polls"); here the name must be a person's."""
    if pronoun.lower_ not in PERSON_PRONOUNS:
        return None
    named = _opening_name(doc, predicate)
    return named if named is not None and named.ent_type_ == "PERSON" else None


def _person_subject_before(doc: Doc, pronoun: Token) -> Token | None:
    """The person a lead's "he" or "she" stands for when its own sentence names no one before it and the next
    sentence names no one either: the one person the story sentence before it has for a subject ("Governor
    Ada Quill expected to enter the race." then "She'll announce it at noon"), as a lead that tells a plan
    in one sentence and its time in the next does; None where that sentence has no person, or several, for
    a subject, since then the pronoun's person is a guess."""
    if pronoun.lower_ not in PERSON_PRONOUNS:
        return None
    before = [s for s in story_sentences(doc) if s.end_char <= pronoun.sent.start_char]
    if not before:
        return None
    people = [word for word in before[-1] if word.ent_type_ == "PERSON" and word.dep_ in SUBJECT_OR_HEAD]
    return people[0] if len({word.text for word in people}) == 1 else None


#: The dependencies of a sentence's subject, or of a noun its verbless head is ("Governor Ada Quill expected
#: to …", which the parser may root at the name).
SUBJECT_OR_HEAD = frozenset({"nsubj", "nsubjpass", "ROOT"})


def _person_acting_next(doc: Doc, predicate: Token) -> Token | None:
    """The person the next story sentence names first as the subject of an act, in whatever clause, for a lead
    that introduces a person unnamed ("A young, 54-year-old fake billionaire … had been practicing singing"
    then "And as Donald Trump happily grabbed the mic, …"): a feature names its subject in the sentence
    after, if not as the sentence's opening word; a reporting verb's subject is a source, not the one
    introduced."""
    following = next((s for s in story_sentences(doc) if s.start_char > predicate.sent.start_char), None)
    subjects = [word for word in following or () if word.dep_ in ("nsubj", "nsubjpass")
                and word.head.lemma_.lower() not in REPORTING_VERBS]
    return subjects[0] if subjects and subjects[0].ent_type_ == "PERSON" else None


def _opening_name(doc: Doc, predicate: Token) -> Token | None:
    """The proper noun the story sentence after the lead's opens with as its subject, not a source named
    after what it reports ("ISIS claimed responsibility …, Reuters reported")."""
    following = next((s for s in story_sentences(doc) if s.start_char > predicate.sent.start_char), None)
    if following is None:
        return None
    subject = verb_arguments(following.root)[0] if following.root.pos_ in ("VERB", "AUX") else None
    if subject is None or subject.left_edge != following[0]:  # not "…, Reuters reported"
        return None
    return subject if subject.pos_ == "PROPN" else None


def parse_depth(token: Token) -> int:
    """How many words up the parse the root is: the nearer, the more the sentence is about it."""
    depth = 0
    while token.head != token:
        token = token.head
        depth += 1
    return depth
