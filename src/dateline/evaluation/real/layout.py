"""What an attribution's layout says about its speaker beyond the class of evidence it rests on.

A speaker's evidence class (``extract.quotes.speakers``) says how its source was resolved, and its confidence
comes from that class alone. A reporter checking a quotation also looks at the page: is the speaker named in
the quotation's own paragraph or several paragraphs back; is the quotation cued at all; is anyone else named
beside it who might have said it; is the speaker named anywhere else. These are the properties
``benchmarks/speaker_calibration.py`` measures, per kind, on the development outlets with each outlet left
out in turn, to tell whether any of them predicts a wrong speaker on an outlet it was not measured on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from dateline.extract.lines import line_bounds
from dateline.extract.quotes.runs import overlaps
from dateline.nlp.extensions import doc_text
from dateline.records import Offsets, Quote

#: A run of line breaks, blank lines or not: one step from a paragraph to the next.
_NEW_PARAGRAPH = re.compile(r"\n[\s]*")
#: A possessive ending on a name ("Netanyahu’s").
_POSSESSIVE = re.compile(r"['’]s?$")
#: How far a speaker named nowhere (no mention kept) counts as named.
_NOWHERE = 99


@dataclass(frozen=True, slots=True)
class Layout:
    """The properties of one attribution a reader would check its speaker by, all read off the text."""

    #: No cue of its own: a quotation continuing the attribution before it.
    uncued: bool
    #: Paragraph breaks between the mention naming the speaker and the attribution (0: named in the
    #: quotation's or its cue's paragraph).
    paragraphs_to_name: int
    #: Other people, by family name, named in the attribution's sentences outside the quoted words, its source
    #: and the speaker's mention.
    others_named: int
    #: Characters of the quotation before its cue (a long quotation tagged only at its end).
    before_cue: int
    #: The quotation opens its paragraph with no cue in that paragraph.
    opens_paragraph_uncued: bool
    #: How often the last word of the speaker's name occurs in the article.
    name_mentions: int
    #: The source is the mention naming the speaker (a name, not a pronoun or a description).
    source_names: bool


def layout(doc: Doc, quote: Quote) -> Layout:
    """The layout of ``quote``, whose speaker (shown or candidate) was resolved in ``doc``."""
    text = doc_text(doc)
    region = line_bounds(text, quote.start)[0], line_bounds(text, max(quote.end - 1, quote.start))[1]
    cue = quote.cue
    if cue is not None:
        region = min(region[0], line_bounds(text, cue[0])[0]), max(region[1], line_bounds(text, cue[0])[1])
    mention = quote.speaker_span
    words = (quote.speaker or quote.speaker_candidate or "").split()
    return Layout(
        uncued=cue is None,
        paragraphs_to_name=_paragraphs_between(text, mention, region),
        others_named=_others_named(doc, quote, set(words)),
        before_cue=max(0, cue[0] - quote.start) if cue is not None else 0,
        opens_paragraph_uncued=_opens_line(text, quote.start) and (
            cue is None or line_bounds(text, cue[0]) != line_bounds(text, quote.start)),
        name_mentions=text.count(words[-1]) if words else 0,
        source_names=mention is not None and quote.source is not None and overlaps(mention, quote.source),
    )


#: The risks a reader checks a speaker for, as tests on its layout: ``crowded``, two or more other people named
#: in the attribution's sentences; ``once named``, another person named there and the speaker's name nowhere
#: else in the article; ``named far back``, the speaker's name three or more paragraphs away.
RISKS: dict[str, Callable[[Layout], bool]] = {
    "crowded": lambda found: found.others_named >= 2,
    "once named": lambda found: found.others_named >= 1 and found.name_mentions <= 1,
    "named far back": lambda found: found.paragraphs_to_name >= 3,
}


def risks(found: Layout) -> tuple[str, ...]:
    """The risks (keys of :data:`RISKS`) a layout shows."""
    return tuple(name for name, shows in RISKS.items() if shows(found))


def _paragraphs_between(text: str, mention: Offsets | None, region: Offsets) -> int:
    """Paragraph breaks between ``mention`` and ``region``: 0 inside it, at least 1 outside."""
    if mention is None:
        return _NOWHERE
    if region[0] <= mention[0] < region[1]:
        return 0
    start, end = (mention[1], region[0]) if mention[0] < region[0] else (region[1], mention[0])
    return max(1, len(_NEW_PARAGRAPH.findall(text, start, end)))


def _others_named(doc: Doc, quote: Quote, speaker_words: set[str]) -> int:
    """Distinct people, by family name, named in the attribution's sentences outside its quoted words, its
    source and its speaker's mention ("Netanyahu's office" is no one else), whose name is not the speaker's."""
    spans = [*quote.content, *([quote.cue] if quote.cue is not None else [])]
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    sentences = [(s.start_char, s.end_char) for s in doc.sents if s.start_char < end and start < s.end_char]
    own = [*quote.content, *(span for span in (quote.source, quote.speaker_span) if span is not None)]
    family = {_POSSESSIVE.sub("", ent.text.split()[-1]) for ent in doc.ents
              if ent.label_ == "PERSON" and not ent.text.isupper()  # in capitals: a dateline or a credit
              and any(s <= ent.start_char < e for s, e in sentences)
              and not any(s <= ent.start_char < e for s, e in own)}
    return len(family - speaker_words)


def _opens_line(text: str, position: int) -> bool:
    """Does ``position`` open its line, after any opening quotation mark?"""
    return not text[line_bounds(text, position)[0] : position].strip(" \"'“‘")
