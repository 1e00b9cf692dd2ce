"""From a processed Doc to the records the store keeps for one article."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.model import ArticleAnalysis, PublicationDate, Sentence
from dateline.nlp.extensions import doc_text


def analysis_from_doc(doc: Doc) -> ArticleAnalysis:
    """The storable records of one Doc that has been through the full Dateline pipeline: its sentences, and
    what the components set on ``doc._``."""
    published: PublicationDate | None = doc._.published
    text = doc_text(doc)
    return ArticleAnalysis(
        article_id=doc._.article_id,
        published=published,
        sentences=[trimmed_sentence(text, s.start_char, s.end_char) for s in doc.sents
                   if not text[s.start_char:s.end_char].isspace()],
        mentions=list(doc._.mentions or []),
        timexes=list(doc._.timexes or []),
        event_keys=list(doc._.event_keys or []),
        quotes=list(doc._.quotes or []),
        figures=list(doc._.figures or []),
        events=list(doc._.events or []),
        timex_forms=list(doc._.timex_forms or []),
        form_events=dict(doc._.form_events or {}),
    )


def trimmed_sentence(text: str, start: int, end: int) -> Sentence:
    """A sentence without the paragraph breaks spaCy attaches to it, so it reads and cites cleanly."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, text[start:end])
