"""Which event a time expression dates: "Hamas's 7 October attack", "hostages seized on Oct. 7", "its bloody
attacks two weeks ago".

Corpus dating needs to know that an undated article's "attacks two weeks ago" and another article's
"attack on October 7" are the same event. The parse gives the word a time expression attaches to (through
its preposition); that word's lemma, folded into a small class of near-synonyms, is the event's key. It is
deliberately coarse: a key only ever joins mentions whose dates must then agree across articles
(:func:`dateline.link.dates.event_days` keeps only a clear majority day).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.model import TimeExpression, TimexForm
from dateline.records import EventMention
from dateline.time.calendar import is_day_value
from dateline.time.corpus import ago_offset

#: Near-synonyms news uses for one event, folded to one key.
EVENT_CLASSES: dict[str, str] = {
    **dict.fromkeys(("attack", "strike", "assault", "raid", "incursion", "massacre"), "attack"),
    **dict.fromkeys(("kidnap", "abduct", "seize", "capture", "abduction", "kidnapping"), "abduction"),
    **dict.fromkeys(("release", "free", "freeing"), "release"),
    **dict.fromkeys(("explosion", "blast", "explode"), "explosion"),
}


def event_keys(doc: Doc, forms: list[TimexForm], max_steps: int) -> dict[tuple[int, int], str]:
    """The event each time expression's span dates, read off the parse; none of it depends on the
    publication date, so it is stored with the article's time expression forms. An expression's event word
    is at most ``max_steps`` words up the parse from it."""
    keys = {}
    for form in forms:
        key = _event_key(_event_word(doc, form.start, form.end, max_steps))
        if key is not None:
            keys[form.start, form.end] = key
    return keys


def dated_events(timexes: list[TimeExpression], keys: dict[tuple[int, int], str]) -> list[EventMention]:
    """The events ``timexes`` date, to the day or relative to the publication day, given each span's event
    key (:func:`event_keys`)."""
    found = []
    for timex in timexes:
        key = keys.get((timex.start, timex.end))
        if key is None:
            continue
        offset = ago_offset(timex.text)
        if offset is not None:
            found.append(EventMention(key, timex.start, timex.end, amount=offset[0], unit=offset[1]))
        elif timex.type == "DATE" and is_day_value(timex.value):
            found.append(EventMention(key, timex.start, timex.end, day=timex.value))
    return found


def _event_key(word: Token | None) -> str | None:
    """An event noun's lemma (folded into its class); a verb only when it names a known event, because
    most verbs a date attaches to ("said on Wednesday", "stand") say nothing about which event it is."""
    if word is None:
        return None
    lemma = word.lemma_.lower()
    if word.pos_ == "NOUN" or lemma in EVENT_CLASSES:
        return EVENT_CLASSES.get(lemma, lemma)
    return None


def _event_word(doc: Doc, start: int, end: int, max_steps: int) -> Token | None:
    """The noun or verb the expression at ``start:end`` modifies, climbing over its preposition ("attack on
    October 7")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    for _ in range(max_steps):
        if token.head is token:
            return None
        token = token.head
        if token.pos_ in ("NOUN", "VERB") and not (token.i >= span.start and token.i < span.end):
            return token
    return None
