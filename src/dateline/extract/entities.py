"""Cross-article entity merging: many mentions in many articles -> canonical entities with aliases.

Input is a flat list of ``Mention`` records (the ``dateline_entities`` component makes them from an
annotated Doc and its quotes); output is an ``EntityTable`` of entities and mention -> entity links, ready
for two SQL tables. The function is pure: the same mentions always give the same ids.

Rules, in order of evidence:
- a person named in full ("Joe Biden") is one entity; a bare surname ("Biden") joins the full name in
  the same article if that article names exactly one such person, else the corpus's only one; with two
  candidates ("Donald Trump", "Eric Trump") a bare "Trump" is left as its own entity, never guessed;
- a role description resolved in its article ("the US president" -> Joe Biden) becomes an alias;
- organisations and places merge on their normalised name or its initials ("UN" = "United Nations");
- a name containing another entity's name ("Hamas-run health ministry", "Netanyahu's office") stays a
  distinct entity, listed as related;
- a description ("the health ministry", "the official", "mother of four"; :func:`is_description`) is no name:
  the same words pick out different things in different articles, so it is merged only within its article,
  unless it was resolved to a name ("the US president" -> Joe Biden), and an entity is named after a
  proper-name mention wherever it has one.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import partial

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline.extract.lexicon import ROLE_NOUNS
from dateline.extract.nicknames import nickname_variants
from dateline.extract.quotes.speakers import SpeakerResolver, abbreviates, title_of, title_span
from dateline.nlp.extensions import PARSE_ANNOTATIONS, doc_text
from dateline.records import Entity, EntityLink, EntityTable, Mention, Quote

_KINDS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")
_WORD = re.compile(r"[\w]+(?:[-'’][\w]+)*")
#: What may wrap a word of a name: quotation marks, brackets, a comma.
_QUOTES = "\"“”‘’'()[],"


@Language.component("dateline_entities", requires=[*PARSE_ANNOTATIONS, "doc.ents", "doc.sents", "doc._.quotes"],
                    assigns=["doc._.mentions"])
def entities_component(doc: Doc) -> Doc:
    """Set ``doc._.mentions`` to the article's entity mentions, which :func:`merge_entities` later merges
    across the corpus."""
    doc._.mentions = mentions_from_doc(doc, doc._.article_id, doc._.quotes or [])
    return doc


def mentions_from_doc(doc: Doc, article_id: str, quotes: Iterable[Quote] = ()) -> list[Mention]:
    """One article's mentions: its named entities (with titles, and the fullest form of a person's
    name), the role descriptions that stand for a titled person ("the US president"), and quote
    sources resolved to a named speaker ("the US official")."""
    resolver = SpeakerResolver(doc)
    titles = [title for ent in resolver.people if (title := title_span(ent)) is not None]
    mentions = [
        _named_mention(ent, article_id, resolver)
        for ent in doc.ents
        if ent.label_ in _KINDS and "/" not in ent.text  # "Evelyn Hockstein/Pool Photo" is a credit
        and not any(t.start <= ent.start and ent.end <= t.end for t in titles) and not resolver.names_nobody(ent)
    ]
    mentions += _descriptions(doc, article_id, resolver, quotes)
    return [m for m in mentions if m.text]


def _named_mention(ent: Span, article_id: str, resolver: SpeakerResolver) -> Mention:
    """The mention of a named entity; a name the tagger labelled otherwise that the article introduces as a
    person's ("Chike Ukaegbu, the founder of Startup52") is a person's."""
    label = "PERSON" if resolver.introduced_as_person(ent) else ent.label_
    while len(ent) > 1 and ent[-1].pos_ in ("DET", "ADP", "CCONJ"):
        ent = ent[:-1]  # "the health ministry of the" -> "health ministry"
    person = label == "PERSON"
    return Mention(article_id, ent.start_char, ent.end_char, clean_name(ent.text), label,
                   title_of(ent) if person else None, resolver.full_name(ent) if person else None,
                   _appositive_relative(ent))


def _appositive_relative(ent: Span) -> str | None:
    """The organisation a description ties the entity to: "The Al-Qassam Brigades, the military wing of the
    Hamas movement" or "the health ministry of the Hamas-run enclave" -> Hamas. Only a common-noun
    apposition describes ("Hamas, and not just Israel" is a list the parser may read as one), and the
    organisation must sit in the description's own noun phrase, not in a clause hung on it ("Israel, his
    sixth trip since the war began with Hamas's attack" says nothing of Israel and Hamas)."""
    for child in ent.root.children:
        describes = (child.dep_ == "appos" and child.pos_ == "NOUN") or (child.dep_ == "prep" and child.lower_ == "of")
        if describes:
            inner = [e for e in ent.doc.ents if e.label_ == "ORG" and e.start >= ent.end
                     and _in_noun_phrase(e.root, child)]
            if inner:
                return clean_name(inner[0].text)
    return None


#: Dependencies that keep a word inside the noun phrase of its head: modifiers, possessors and "of".
_NOUN_PHRASE_LINKS = frozenset({"compound", "poss", "amod", "nmod", "pobj", "case"})


def _in_noun_phrase(token: Token, top: Token) -> bool:
    """Whether ``token`` hangs from ``top`` through noun-phrase links and "of" only."""
    while token.i != top.i:
        if not (token.dep_ in _NOUN_PHRASE_LINKS or (token.dep_ == "prep" and token.lower_ == "of")):
            return False
        if token.head.i == token.i:
            return False
        token = token.head
    return True


def _descriptions(doc: Doc, article_id: str, resolver: SpeakerResolver, quotes: Iterable[Quote]) -> list[Mention]:
    """Definite role descriptions and quote sources that the article resolves to a named person."""
    text = doc_text(doc)
    spans = {(q.source, q.speaker) for q in quotes if q.source and q.speaker and q.speaker_label == "PERSON"}
    sources = {span for span, _ in spans}  # a quote's resolution of its source stands: it knows what was reported
    for chunk in doc.noun_chunks:
        if (chunk.start_char, chunk.end_char) in sources:
            continue
        if chunk[0].lower_ == "the" and chunk.root.lemma_.lower() in ROLE_NOUNS:
            referent = resolver.resolve(chunk)
            if referent.name and referent.is_person:
                spans.add(((chunk.start_char, chunk.end_char), referent.name))
    return [
        Mention(article_id, start, end, text[start:end], "PERSON", None, name)
        for (start, end), name in sorted(spans)
        if text[start:end].lower().startswith("the ")
    ]


def clean_name(text: str) -> str:
    """A name without a leading article or trailing possessive: "the State Department's" -> "State Department"."""
    text = re.sub(r"(?:['’]s?|['’])$", "", text.strip())
    return re.sub(r"^(?:the|The)\s+", "", text)


def is_description(name: str) -> bool:
    """Whether a mention's name is a description, not a proper name: its head, the last word that is not a
    function word (English puts it last: "mother of four", "Associated Press that"), is written in lower case
    letters ("the health ministry", "the US official", "Israel's military"), as a name's never is ("Hamas",
    "al-Qaeda", "Apollo 11", "WordPress.org", "@rachelweinerwp")."""
    words = [word.strip(_QUOTES) for word in name.split()]
    head = next((word for word in reversed(words) if word not in STOP_WORDS), "")  # "The Who" keeps "Who"
    letters = re.sub(r"[-'’]", "", head)
    return not head or (letters.isalpha() and letters.islower())


def described(mention: Mention) -> bool:
    """Whether the mention stands for no name: a description that its article did not resolve to one."""
    return is_description(mention.refers_to or mention.text)


def description_key(mention: Mention) -> str:
    """The entity id of a description: its words within its own article (``org:health-ministry@<article>``)."""
    return f"{entity_slug(mention.label, mention.refers_to or mention.text)}@{mention.article_id}"


def merge_entities(mentions: Iterable[Mention]) -> EntityTable:
    """Canonical entities across articles, and which mention is which entity."""
    mentions = relabel_people(list(mentions))
    keys = entity_keys(mentions)
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        groups[keys[_mention_id(mention)]].append(mention)
    entities = {key: entity_of(key, group) for key, group in groups.items()}
    related = _related(entities, _appositive_pairs(mentions, keys))
    table = tuple(
        Entity(e.id, e.name, e.type, e.aliases, e.titles, tuple(sorted(related.get(e.id, ()))))
        for e in sorted(entities.values(), key=lambda e: e.id)
    )
    links = tuple(EntityLink(m.article_id, m.start, m.end, keys[_mention_id(m)]) for m in mentions)
    return EntityTable(table, links)


def entity_keys(mentions: list[Mention]) -> dict[tuple[str, int, int], str]:
    """The entity id of each mention (by article, start and end), over mentions already relabelled."""
    return _person_keys(mentions) | _other_keys(mentions) | _description_keys(mentions)


def relabel_people(mentions: list[Mention]) -> list[Mention]:
    """The tagger sometimes calls a surname a place ("Blinken" as GPE); a one-word name that is a
    known person's surname in the same article is that person."""
    surnames = {(m.article_id, (m.refers_to or m.text).split()[-1]) for m in mentions
                if m.label == "PERSON" and " " in (m.refers_to or m.text) and not described(m)}
    return [
        replace(m, label="PERSON") if m.label != "PERSON" and (m.article_id, m.text) in surnames else m
        for m in mentions
    ]


def _mention_id(mention: Mention) -> tuple[str, int, int]:
    return (mention.article_id, mention.start, mention.end)


def _person_keys(mentions: list[Mention]) -> dict[tuple[str, int, int], str]:
    """Entity ids for named people: the full name each one stands for."""
    people = [m for m in mentions if m.label == "PERSON" and not described(m)]
    printed: dict[str, set[str]] = defaultdict(set)
    for m in people:
        name = m.refers_to or m.text
        if " " in name:
            printed[m.article_id].add(name)
    formal = formal_names(printed.values())
    full_in_article = {article_id: {formal.get(n, n) for n in names} for article_id, names in printed.items()}
    everywhere = set().union(*full_in_article.values()) if full_in_article else set()

    def shares_story(article_id: str, full: str) -> bool:
        own = full_in_article.get(article_id, set()) - {full}
        return any(full in names and names & own for other, names in full_in_article.items() if other != article_id)

    return {_mention_id(m): entity_slug("PERSON", formal.get(full := full_name(
                m, full_in_article.get(m.article_id, set()), everywhere, partial(shares_story, m.article_id)), full))
            for m in people}


def formal_names(articles: Iterable[set[str]]) -> dict[str, str]:
    """Each full name the corpus prints under a nickname of one given name, mapped to its formal form printed
    elsewhere ("Jim Holloway" -> "James Holloway"; of "James Holloway" and "James T. Holloway", the one of
    fewest words), from each article's full names. Taken only where it is sure: a nickname form that an
    article prints beside a formal one names two people there ("Jim" and "James" Holloway, father and son),
    and a nickname of two formal given names ("Chris" of Christopher and of Christine) names neither."""
    articles = list(articles)
    by_surname: dict[str, set[str]] = defaultdict(set)
    for name in set().union(*articles) if articles else set():
        by_surname[name.split()[-1]].add(name)
    formal: dict[str, str] = {}
    for same_surname in by_surname.values():
        for name in same_surname:
            formals = {f for other in same_surname if (f := nickname_variants(name, other)) not in (None, name)}
            # the corpus-wide scan only for a name that has a formal form: most names have none
            if len({f.split()[0] for f in formals}) == 1 and not any(name in names and names & formals
                                                                     for names in articles):
                formal[name] = min(formals, key=lambda f: (len(f.split()), f))
    return formal


def full_name(mention: Mention, in_article: set[str], everywhere: set[str],
              shares_story: Callable[[str], bool]) -> str:
    """The full name a person's mention stands for: its own, the one full name with its surname in its
    article, or else the one full name with that surname in the corpus, only where an article naming it in
    full shares another person named in full with the mention's (``shares_story``): the same story told
    again ("Lee" in one report of a Senate vote, "Mike Lee" in another, both naming Rand Paul). A surname
    met in an unrelated story is as likely another person ("Jones" in a report on Minneapolis police is not
    the "Ryan Jones" of a report on Orlando): it stays the bare name."""
    name = mention.refers_to or mention.text
    if " " in name:
        return name
    for pool in (in_article, everywhere):
        matches = {full for full in pool if full.split()[-1] == name}
        if len(matches) == 1:
            full = matches.pop()
            return full if pool is in_article or shares_story(full) else name
        if matches:
            return name  # two people share the surname: no evidence which one is meant
    return name


def _other_keys(mentions: list[Mention]) -> dict[tuple[str, int, int], str]:
    """Entity ids for named organisations and places: the longest name sharing their normalised form or
    initials."""
    others = [m for m in mentions if m.label != "PERSON" and not described(m)]
    longest: dict[str, Mention] = {}
    for m in sorted(others, key=lambda m: len(m.text)):
        for form in name_forms(m):
            longest[form] = m
    named_as = {_mention_id(m): longest[name_forms(_spelled_in_article(m, others) or m)[0]] for m in others}
    return {mention_id: entity_slug(m.label, m.text) for mention_id, m in named_as.items()}


def _description_keys(mentions: list[Mention]) -> dict[tuple[str, int, int], str]:
    """Entity ids for descriptions, of people or of anything else: each stands for itself, in its article."""
    return {_mention_id(m): description_key(m) for m in mentions if described(m)}


def _spelled_in_article(mention: Mention, others: list[Mention]) -> Mention | None:
    """The longest name its own article spells initials out to ("CDC" in an article on "the Chinese Center
    for Disease Control"): initials stand for what their article means by them, not for
    another article's body with the same letters ("Centre for Disease Control")."""
    if not (mention.text.isupper() and mention.text.isalpha()):
        return None
    spelled = [m for m in others if m.article_id == mention.article_id and abbreviates(mention.text, m.text)]
    return max(spelled, key=lambda m: len(m.text), default=None)


def name_forms(mention: Mention) -> tuple[str, ...]:
    """The normalised name (a group's in the singular: "Israelis" is "israeli") and, for a name of
    several capitalised words, its initials."""
    name = mention.text
    normal = _singular(normal_name(name)) if mention.label == "NORP" else normal_name(name)
    words = _WORD.findall(name)
    capitals = [w for w in words if w[:1].isupper() and w.lower() not in ("of", "the", "and")]
    initials = "".join(w[0] for w in capitals).lower() if len(capitals) > 1 else None
    return (normal, initials) if initials else (normal,)


def _singular(name: str) -> str:
    """A group's name without a plural "s" ("palestinians" -> "palestinian"); "swiss" keeps its own."""
    return name[:-1] if len(name) > 4 and name.endswith("s") and not name.endswith("ss") else name


def normal_name(name: str) -> str:
    return " ".join(w.lower() for w in _WORD.findall(name))


def name_runs(name: str) -> list[str]:
    """Every run of consecutive words of the normalised name, its hyphenated words split ("Hamas-run health
    ministry": "hamas", "hamas run", …, "health ministry"): a name containing another's is one of whose runs
    is the other's normalised name."""
    words = normal_name(name).replace("-", " ").split()
    return [" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)]


def entity_words(name: str) -> tuple[str | None, list[str]]:
    """What ties an entity to others by words: its normalised name, which a name containing it relates to it,
    and the runs of its words (:func:`name_runs`), each of which relates it to the entity so named. A
    description's own words are no name, so it has no whole name to be found by, and only the runs of its
    capitalised words ("Hamas-run health ministry": "hamas"), so the same lower-case words elsewhere tie
    nothing."""
    if not is_description(name):
        return normal_name(name), name_runs(name)
    words = _WORD.findall(name.replace("-", " "))
    capitalised = [run for run in re.split(r"\s*\b[^A-Z\s]\S*\s*", " ".join(words)) if run]
    return None, [run for words_run in capitalised for run in name_runs(words_run)]


def entity_slug(label: str, name: str) -> str:
    kind = "person" if label == "PERSON" else "place" if label in ("GPE", "LOC", "FAC") else label.lower()
    return f"{kind}:{'-'.join(_WORD.findall(name.lower()))}"


def entity_of(key: str, group: list[Mention]) -> Entity:
    names = sorted({m.text for m in group}, key=lambda n: (-len(n.split()) if " " in n else 0, n))
    canonical = max((m.refers_to or m.text for m in group), key=lambda n: (len(n.split()), len(n)))
    # The most frequent label; a tie goes to the label of the earliest mention (Counter keeps first-seen order),
    # never to a set's hash order, so the type is the same in every process.
    label = Counter(m.label for m in group).most_common(1)[0][0]
    aliases = tuple(sorted(n for n in names if n != canonical))
    titles = tuple(sorted({m.title for m in group if m.title}))
    return Entity(key, canonical, label, aliases, titles)


def _appositive_pairs(mentions: list[Mention], keys: dict[tuple[str, int, int], str]) -> set[tuple[str, str]]:
    """Entity id pairs an apposition ties together ("the Al-Qassam Brigades, the military wing of Hamas")."""
    by_name = {(m.article_id, m.text): keys[_mention_id(m)] for m in mentions}
    return {
        (keys[_mention_id(m)], by_name[(m.article_id, m.related_to)])
        for m in mentions
        if m.related_to and (m.article_id, m.related_to) in by_name
    }


def _related(entities: dict[str, Entity], pairs: set[tuple[str, str]]) -> dict[str, set[str]]:
    """Entities tied by apposition, or whose name contains another's whole name as words
    ("Hamas-run health ministry")."""
    related: dict[str, set[str]] = defaultdict(set)
    # Indexed by name, so each entity looks up its own word runs: linear in the entities, where comparing
    # every pair grew with the square of the store (most of a full link's entity merging at 2,000 articles).
    ids_named: dict[str, list[str]] = defaultdict(list)
    words = {entity.id: entity_words(entity.name) for entity in entities.values()}
    for entity_id, (whole, _) in words.items():
        if whole is not None:
            ids_named[whole].append(entity_id)
    for entity in entities.values():
        for run in set(words[entity.id][1]):
            pairs.update((entity.id, id_b) for id_b in ids_named.get(run, ()) if id_b != entity.id)
    for id_a, id_b in pairs:
        if id_a != id_b:
            related[id_a].add(id_b)
            related[id_b].add(id_a)
    return related
