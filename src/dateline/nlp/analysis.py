"""From a processed Doc to the records the store keeps for one article."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from dateline.extract.entities import mentions_from_doc
from dateline.extract.records import Quote
from dateline.model import ArticleAnalysis, DatedQuote, PublicationDate, Sentence, TimeExpression

_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


def analysis_from_doc(doc: Doc) -> ArticleAnalysis:
    """The storable records of one Doc that has been through the full Dateline pipeline."""
    published: PublicationDate | None = doc._.published
    timexes: list[TimeExpression] = list(doc._.timexes or [])
    quotes: list[Quote] = list(doc._.quotes or [])
    article_day = published.exact if published else None
    return ArticleAnalysis(
        article_id=doc._.article_id,
        published=published,
        sentences=[trimmed_sentence(doc.text, s.start_char, s.end_char) for s in doc.sents
                   if not s.text.isspace()],
        mentions=mentions_from_doc(doc, doc._.article_id, quotes),
        timexes=timexes,
        quotes=[DatedQuote(q, quote_day(doc, q, timexes) or article_day) for q in quotes],
        figures=list(doc._.figures or []),
    )


def trimmed_sentence(text: str, start: int, end: int) -> Sentence:
    """A sentence without the paragraph breaks spaCy attaches to it, so it reads and cites cleanly."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, text[start:end])


def quote_day(doc: Doc, quote: Quote, timexes: list[TimeExpression]) -> date | None:
    """The day a quote was said when its attribution names one ("Blinken said on Thursday").

    Only a day-precise expression in the cue's sentence and outside the quoted words counts: a date
    inside the quote is what the speaker talks about, not when they spoke.
    """
    if quote.cue is None:
        return None
    sentence = doc.char_span(*quote.cue, alignment_mode="expand").sent
    for timex in timexes:
        inside_sentence = sentence.start_char <= timex.start and timex.end <= sentence.end_char
        quoted = any(start <= timex.start < end for start, end in quote.content)
        if inside_sentence and not quoted and timex.type == "DATE" and _DAY_VALUE.fullmatch(timex.value or ""):
            return date.fromisoformat(timex.value)
    return None
