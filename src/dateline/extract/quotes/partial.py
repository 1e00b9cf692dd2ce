"""Partial quotes: words in quotation marks inside an attribution's reported clause.

"Solberg admitted she was worried about the “very grave” findings" reports a stance in the
writer's words and quotes two of the speaker's own. A reader takes both: the clause is indirect speech,
and the quoted words are a direct quote of the same speaker, whatever the cue ("compared the tactics to
“mafia methods”", "sees it as its “Achilles heel”": the quoted words were said, even where the cue is a
stance). So such an attribution is kept whole as indirect (its spans unchanged) and the quoted words are
drawn out of it as a direct quote with its cue, source and speaker. ``attributions`` leaves the drawn-out
quotes aside where each attribution must count once (PolNeAR marks one per cue).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import islice

from spacy.tokens import Doc, Token

from dateline.extract.lexicon import KNOWING_VERBS, NAMING_VERBS, STATEMENT_NOUNS
from dateline.extract.lines import in_story_line
from dateline.extract.quotes.cue_words import UNSPOKEN_VERBS, cue_lemma, has_subject
from dateline.extract.quotes.runs import Run, quotations_within
from dateline.extract.quotes.sources import Voiced
from dateline.extract.quotes.spans import is_framed_title, is_named_term, is_quoted_title, quotes_a_predicate, span_at
from dateline.nlp.extensions import doc_text
from dateline.records import Offsets, Quote

#: Verbs of thought and perception: what the holder knows or perceives is not in their words, so words
#: quoted in it are someone's only as its verdict ("Judge Ellis knows they hope to ‘flip Gates’ by
#: pressing his partner" quotes no one Ellis heard).
_THOUGHT_VERBS = UNSPOKEN_VERBS | KNOWING_VERBS | frozenset({"believe", "expect", "wonder"})
#: Verbs of opinion, whose clause news writes for a view the holder stated: words quoted in it are the holder's
#: wherever they stand ("the coach believes the trade was “a steal for us”", "she thinks she ran “a clean
#: race” this time"), as in a verb of saying's clause. A fact known, found or shown is no one's words.
_OPINION_VERBS = frozenset({"believe", "think", "hope", "expect", "fear", "worry", "suspect", "doubt"})


#: Where the writer's words end a sentence before a quotation's lead-in.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")


def with_partial_quotes(doc: Doc, quotes: Sequence[Voiced], runs: Sequence[Run]) -> list[Quote]:
    """``quotes`` in order, each attribution that quotes some words amid its own made indirect and
    followed by a direct quote of those words, whose speaker is the quotation's own."""
    text = doc_text(doc)
    found = []
    for quote, voice in quotes:
        within = quotations_within(quote.content, runs)
        own = _own_words(text, quote.content, within) if within else []
        quoted = _quoted_words(doc, within)
        if not own:  # nothing but quotation: a direct quote, though its cue reached it through a clause,
            # or the verdict of a stance whose object it is ("expressed “deep regret”")
            held = voice is quote and _verdicts(doc, quote, quoted, whole=True) == within
            found.append(replace(voice, kind="direct", speech=True) if within and (quote.speech or held) else voice)
            continue
        if voice is quote and (not quote.speech or _is_thought(doc, quote)):  # no cue of its own voices them
            verdicts = _verdicts(doc, quote, quoted)
            quoted = _opinion_words(doc, quoted, verdicts) if _holds_opinion(doc, quote) else verdicts
        leads_in = _only_leads_in(doc, own, within) or _tagged_after(doc, quote, within)
        if quote.speech and quoted == within and (leads_in or _names_in_quotes(doc, quote, own, quoted)):
            found.append(replace(voice, kind="direct"))  # the writer's words only frame the quotation
            continue
        found.append(replace(quote, kind="indirect"))
        if quoted:
            found.append(replace(voice, kind="direct", content=quoted, speech=True))
    return found


def _quoted_words(doc: Doc, within: Sequence[Offsets]) -> tuple[Offsets, ...]:
    """The quotations that may be someone's words: a quoted title ("the film “Out There”", "his book “…”")
    or term ("the words “vaccine”") names something rather than quotes anyone, and words quoted on a
    headline line are no one's speech."""
    text = doc_text(doc)
    return tuple(span for span in within
                 if not is_quoted_title(text, [span]) and not is_framed_title(text, [span])
                 and not is_named_term(doc, span) and in_story_line(text, span[0]))


def _is_thought(doc: Doc, quote: Quote) -> bool:
    """Is the attribution's cue a verb of thought or perception?"""
    cue = span_at(doc, quote.cue)
    return cue is not None and any(cue_lemma(token) in _THOUGHT_VERBS for token in cue if token.pos_ in ("VERB", "AUX"))


def _holds_opinion(doc: Doc, quote: Quote) -> bool:
    """Is the attribution's cue a verb of opinion (``_OPINION_VERBS``), or a noun of a statement ("the
    club's claim that the pitch was “never fit for play”", "a warning that they would “regret it”"), whose
    clause is what was stated?"""
    cue = span_at(doc, quote.cue)
    if cue is None:
        return False
    verb = cue.root.pos_ in ("VERB", "AUX") and cue_lemma(cue.root) in _OPINION_VERBS
    return verb or (cue.root.pos_ == "NOUN" and cue.root.lemma_.lower() in STATEMENT_NOUNS)


def _opinion_words(doc: Doc, quoted: Sequence[Offsets], verdicts: Sequence[Offsets]) -> tuple[Offsets, ...]:
    """The quotations of an opinion that are the holder's words: its verdicts, and any of two words or more
    wherever it stands. A lone quoted word in an opinion is as often the writer's term for a thing ("she
    believes the cells “taste” the air") as the holder's, as in ``_as_verdict``."""
    text = doc_text(doc)
    return tuple(span for span in quoted
                 if span in verdicts or _word_count(text[span[0] : span[1]]) >= 2)


def _word_count(text: str) -> int:
    """How many words a stretch of text holds, its punctuation and quotation marks left out."""
    return len(re.findall(r"[^\W_]+", text))


def _names_in_quotes(doc: Doc, quote: Quote, own: Sequence[int], quoted: Sequence[Offsets]) -> bool:
    """Does a naming verb give its object the quoted words as its name ("Police called it a “targeted
    attack”", "Conway called DNA testing “junk science”")? Then the quoted verdict is the report, one direct
    quote; the object is the writer's pointer to what it is about, not a report beside it. Words of the
    writer's own with a clause of their own, a verb with its subject ("found that the mind “senses” that
    it has seen enough …"), do report beside it; a participle or a word the parser misread as a verb is part of
    what is named ("called the protests unleashed by his death “necessary”", "called such trophy hunting a
    “horror show”")."""
    cue = span_at(doc, quote.cue)
    if cue is None or cue_lemma(cue.root) not in NAMING_VERBS:
        return False
    text = doc_text(doc)
    writers = set(own)
    verbs = [t for t in doc.char_span(own[0], own[-1] + 1, alignment_mode="expand") or ()
             if t.idx in writers and t.pos_ in ("VERB", "AUX") and has_subject(t)]
    return not verbs and not any(ch.isalnum() for ch in text[quoted[-1][1] : quote.content[-1][1]])


def _verdicts(doc: Doc, stance: Quote, quoted: Sequence[Offsets], whole: bool = False) -> tuple[Offsets, ...]:
    """The quoted words a person's stance ends on, its verdict ("sees the lineup as its “Achilles heel”",
    "compared the tactics to “mafia methods”"), or a predicate quoted anywhere in a stance that is no thought
    ("threatening to “spill the beans” about his wife": a verb phrase is a piece of what was said). A term
    quoted amid the clause ("welcoming Abe to the “southern White House” in Florida", "a CT showed a
    “ground glass” pattern") is the writer's label for something (one a naming verb in it gives is that verb's
    quote: "to what he called “the southern White House”"), and a stance held by a scan or a
    study says nothing in words. The verdict is in the stance's own clause: words quoted after a comma close
    another ("is considering firing him, as he tries to quell ‘the biggest crisis of his presidency’"). What
    the stance casts its object as is its verdict wherever it stands ("blasted the plan as “a giveaway” that
    ..."), and a body's too ("the paper depicted the club as “…”"): see ``_as_verdict``. So is a quotation
    of two words or more in the object of a stance that is no thought ("praised the “quick and brave
    work” of the crew", "expressed “deep regret”"): see ``_in_object``. Where the content is nothing but
    quotation (``whole``), only these two count: a lone quoted word there is more often a term. A holder named
    by a noun phrase no speaker was resolved from ("the league's lawyers", a name the tagger missed) casts its
    verdict all the same, shown as unknown; an unresolved pronoun ("you can add “…” to the list") is the
    writer's or the reader's."""
    source = span_at(doc, stance.source)
    unresolved = stance.speaker is None and source is not None and source.root.pos_ != "PRON"
    if stance.speaker_label not in ("PERSON", "ORG") and not unresolved:
        return ()
    cue = span_at(doc, stance.cue)
    said = not _is_thought(doc, stance)
    cast = () if cue is None else tuple(span for span in quoted if _as_verdict(doc, cue.root, span)
                                        or (said and _in_object(doc, cue.root, span)))
    if stance.speaker_label != "PERSON" or whole:
        return cast
    text = doc_text(doc)
    start, end = stance.content[0][0], stance.content[-1][1]
    return tuple(span for span in quoted if span in cast or (said and quotes_a_predicate(doc, span))
                 or (not any(ch.isalnum() for ch in text[span[1] : end])
                     and not any(mark in text[start : span[0]] for mark in ",;")))


def _as_verdict(doc: Doc, cue: Token, quotation: Offsets) -> bool:
    """Are the quoted words what the stance casts its object as ("blasted the plan as “a giveaway” that
    would cost billions", "defended its decision as “the only responsible path”", "referred to the ad as
    “a smear”")? The "as" hangs on the cue or on its object, and only a determiner stands between it and the
    opening mark: the words are the stance's own verdict, not a term the writer uses in passing, so they are
    the holder's words wherever the clause goes on after them. A lone quoted word is left alone, as in
    ``quotes_a_predicate``: the writer often picks up one word of a quote given earlier ("labeling the app as a
    “tool”")."""
    inner = doc.char_span(quotation[0] + 1, quotation[1] - 1, alignment_mode="contract")
    if inner is None or sum(t.is_alpha for t in inner) < 2:
        return False
    # the last three words before the quotation, read backwards from it rather than over the whole text before it
    before = list(islice((t for t in reversed(doc[: inner.start]) if not t.is_quote), 3))[::-1]
    determiners = next((n for n in range(len(before)) if before[-1 - n].lower_ == "as"), None)
    if determiners is None or any(t.pos_ not in ("DET", "PRON") for t in before[len(before) - determiners :]):
        return False
    head = before[-1 - determiners].head
    return head == cue or (head.head == cue and head.dep_ in ("dobj", "pobj"))


def _in_object(doc: Doc, cue: Token, quotation: Offsets) -> bool:
    """Are two words or more quoted as the stance's direct object or as words of its head noun ("praised
    the “quick and brave work” of the crew", "expressed “great admiration” for", "blasted the “reckless and
    cruel” plan")? What a person praises, blasts or expresses in quoted words is their judgement in their
    words, wherever the object goes on. Words quoted deeper in it name what the stance is about ("stressed
    the fear of “white replacement”"), and a term the writer goes on to explain is the writer's label
    ("favors “direct air capture,” which pulls carbon from the air"). A lone quoted word is left alone, as
    in ``_as_verdict``."""
    inner = doc.char_span(quotation[0] + 1, quotation[1] - 1, alignment_mode="contract")
    if inner is None or sum(t.is_alpha for t in inner) < 2:
        return False
    word = inner.root
    while word.head != cue and word.head != word and word.dep_ in _OF_THE_HEAD_NOUN:
        word = word.head
    explained = any(c.dep_ in ("relcl", "acl") and c.i >= inner.end for c in inner.root.children)
    return (word.head == cue and word.dep_ == "dobj" or _in_ground(cue, word)) and not explained


def _in_ground(cue: Token, word: Token) -> bool:
    """Is ``word`` the object of a preposition the stance itself takes, or of a gerund in it: what it is
    against ("railed against the “…” of audits") or the ground of its praise or blame ("attacked her for
    pushing a “…”", "accused them of “…”"), or what a complaint or a boast is about ("complained about
    “…”")? That is the holder's judgement as much as a direct object is. What a stance points to, refers to or
    answers ("referred to the “…” as …", "responded to “…”") is often someone else's words, and a topic
    ("asked about “…”") is the writer's pointer; a preposition of place or time ("at a “…”") or one hung on a
    noun of the object ("the fear of “…”") sets no ground."""
    if word.dep_ == "dobj" and word.head.dep_ == "pcomp":
        word = word.head
    preposition = word.head
    lemma = cue_lemma(cue)
    grounds = _GROUND_PREPOSITIONS | (frozenset({"about"}) if lemma in _GRIEVANCE_VERBS else frozenset())
    return (word.dep_ in ("pobj", "pcomp") and preposition.dep_ == "prep" and preposition.head == cue
            and preposition.lower_ in grounds)


#: Prepositions that give a stance's ground, whatever the verb: what it is against, or praises or blames its
#: object for, or of.
_GROUND_PREPOSITIONS = frozenset({"for", "of", "against"})
#: Verbs of complaint and boasting, whose "about" gives their ground in the holder's words ("bragged about
#: “…”"), where another verb's "about" names a topic.
_GRIEVANCE_VERBS = frozenset({"complain", "boast", "brag", "rant", "joke", "gripe", "grumble"})


#: The dependencies that make a word part of the noun it hangs on rather than of a phrase about something else.
_OF_THE_HEAD_NOUN = frozenset({"amod", "compound", "nmod", "conj"})


def _own_words(text: str, content: Sequence[Offsets], quoted: Sequence[Offsets]) -> list[int]:
    """Where the content holds letters or digits outside its quotations: the writer's report around them."""
    inside = {i for start, end in quoted for i in range(start, end)}
    return [i for start, end in content for i in range(start, end) if i not in inside and text[i].isalnum()]


def _only_leads_in(doc: Doc, own: Sequence[int], quoted: Sequence[Offsets]) -> bool:
    """Are the writer's words only a frame for the quotation: a lead-in set off by a comma before it ("That
    being said, “people … shouldn’t panic”", "that, amid planning for a meeting, “we have had direct
    talks”"), or a speech tag whose colon introduces it in the same sentence ("said Epstein told her: “We're
    going to…”": the words are Epstein's, told as a direct quote inside the report; not "said the pressure
    will not ease. He added: “…”", where a report of its own comes first), or a few words, all before it or
    all after it, naming what it is about or where it applies, with no verb of their own but "be" ("said
    the plan “is really not that wild”", "The aim, he said, is “a lasting peace…”", "“We
    are not training to take sides” over the strait, Blanco told the press")? The quotation is then what
    was reported, a direct quote, and counts once; words with a predicate of their own report something
    beside it ("Google's servers can “send…”")."""
    text = doc_text(doc)
    if not own:
        return False
    if own[-1] < quoted[0][0]:
        lead = text[own[0] : quoted[0][0]].rstrip()
        if lead.endswith(",") or (lead.endswith(":") and not _SENTENCE_END.search(lead)):
            return True
    frame = doc.char_span(own[0], own[-1] + 1, alignment_mode="expand")
    writers = set(own)
    words = [t for t in frame or () if t.is_alpha and t.idx in writers]  # not a speech tag between
    one_side = own[-1] < quoted[0][0] or own[0] >= quoted[-1][1]
    quoted_words = sum(_word_count(text[start:end]) for start, end in quoted)
    predicate = any(t.pos_ == "VERB" or (t.pos_ == "AUX" and t.lemma_ != "be") for t in words)
    return frame is not None and one_side and not predicate and len(words) < quoted_words


def _tagged_after(doc: Doc, quote: Quote, quoted: Sequence[Offsets]) -> bool:
    """Does a verb's speech tag follow the quotation that ends the content ("Finding the cause was “a
    bit like a puzzle,” Dempsey said", "the pain, which was “deeply upsetting,” wrote Taylor")? A
    tag set after quoted words reports them: the writer's words before only lead in to the quote. An
    "according to" after them attributes the writer's whole sentence, quote and all."""
    if quote.cue is None or quoted[-1][1] != quote.content[-1][1]:
        return False
    cue = doc.char_span(*quote.cue, alignment_mode="expand")
    if cue is None or cue.root.pos_ not in ("VERB", "AUX") or cue.root.lower_ == "according":
        return False
    tag = min(quote.cue[0], quote.source[0]) if quote.source is not None else quote.cue[0]
    return tag >= quoted[-1][1] and not doc_text(doc)[quoted[-1][1] : tag].strip(" ,—–")


def attributions(quotes: Sequence[Quote]) -> list[Quote]:
    """The attributions among ``quotes``, without the partial quotes drawn out of one."""
    return [quote for quote in quotes if not any(_drawn_from(quote, other) for other in quotes)]


def _drawn_from(quote: Quote, attribution: Quote) -> bool:
    """Was ``quote`` drawn out of ``attribution`` as its quoted words?"""
    return (quote is not attribution and quote.kind == "direct" and attribution.kind == "indirect"
            and quote.cue == attribution.cue and quote.source == attribution.source
            and all(any(s <= start and end <= e for s, e in attribution.content) for start, end in quote.content))
