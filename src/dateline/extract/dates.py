"""When a quote was said or a figure stated: the time expression on its cue, else the article's date.

Which time expressions are on a cue is the parse's to say (:func:`cue_times`), and is kept with the quote;
which day they name, and the article's date, are the publication date's (:func:`day_stated`), so an article
dated anew by the corpus re-dates its quotes and figures without a parse. Reads ``doc._.timex_forms``,
``doc._.timexes`` and ``doc._.published`` when the time components have run; without them a record simply
gets no date.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dateline.records import Offsets
from dateline.time.redate import day_stated

if TYPE_CHECKING:  # dateline.model imports the records of this package
    pass


def cue_times(doc: Doc, cue: Offsets | None) -> tuple[Offsets, ...]:
    """The spans of the time expressions that modify a cue's verb ("said on Wednesday"), in text order;
    a bare day that is a time expression only when the date before it resolves to a day ("and 25" after
    "April 24") is among them, since another publication date may make it one."""
    verb = doc.char_span(*cue, alignment_mode="expand") if cue is not None else None
    if verb is None:
        return ()
    return tuple((form.start, form.end) for form in doc._.timex_forms or []
                 if _modifies(doc, form.start, form.end, verb.root))


def stated_on(doc: Doc, dated_by: Iterable[Offsets]) -> str | None:
    """The day (YYYY-MM-DD) a record whose cue has the time expressions ``dated_by`` was stated on, by
    :func:`day_stated` over the Doc's time expressions and publication date."""
    return day_stated(dated_by, doc._.timexes or [], doc._.published)


def _modifies(doc: Doc, start: int, end: int, verb: Token) -> bool:
    """Is the time expression a modifier of ``verb`` (directly or through "on"/"last")?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    return head == verb or (head.head == verb and head.dep_ == "prep")
