"""When a quote was said or a figure stated: the time expression on its cue, else the article's date.

Reads ``doc._.timexes`` and ``doc._.published`` when the time components have run; without them a
record simply gets no date.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.records import Offsets
from dateline.time.calendar import is_day_value


def stated_on(doc: Doc, cue: Offsets | None) -> str | None:
    """The day (YYYY-MM-DD) a cue's own time expression names ("said on Wednesday"), else the article's
    publication day, else None."""
    if cue is not None:
        verb = doc.char_span(*cue, alignment_mode="expand")
        for timex in doc._.timexes or []:
            if verb is not None and is_day_value(timex.value) and _modifies(doc, timex.start, timex.end, verb.root):
                return timex.value
    published = doc._.published
    exact = getattr(published, "exact", None)
    return exact.isoformat() if exact is not None else None


def _modifies(doc: Doc, start: int, end: int, verb: Token) -> bool:
    """Is the time expression a modifier of ``verb`` (directly or through "on"/"last")?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    return head == verb or (head.head == verb and head.dep_ == "prep")
