"""From articles to the records the store keeps for each: the one analysis path that a build in one
process, a build's worker processes and a Ray cluster's actors all run."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from dateline.model import Article, ArticleAnalysis, PublicationDate, Sentence
from dateline.nlp.extensions import doc_text
from dateline.nlp.pipeline import make_doc, shared_pipeline


@dataclass(frozen=True, slots=True)
class AnalysisFailure:
    """An article on which a component raised: it is left unanalysed, and the next build tries it again."""

    article_id: str
    source: str
    #: The exception's type and message, e.g. ``IndexError: tuple index out of range``.
    reason: str


#: What analysing one article gives: its records, or why there are none. Plain picklable dataclasses, so a
#: worker process or a Ray actor hands them back as they are, and the store's writer never sees a Doc.
Analysed = ArticleAnalysis | AnalysisFailure


def analyse_articles(nlp: Language, articles: Sequence[Article], batch_size: int) -> list[Analysed]:
    """Each article's analysis, in order. If a component raises on the batch, the batch is redone an article
    at a time, so that only the articles it fails on are left out."""
    try:
        return [analysis_from_doc(doc)
                for doc in nlp.pipe((make_doc(nlp, article) for article in articles), batch_size=batch_size)]
    except Exception as error:  # noqa: BLE001 - a component failing on one article must not stop the build
        if len(articles) > 1:
            return [result for article in articles for result in analyse_articles(nlp, [article], 1)]
        return [AnalysisFailure(articles[0].id, articles[0].source, f"{type(error).__name__}: {error}")]


def analyse_chunk(components: tuple[str, ...], batch_size: int, articles: Sequence[Article]) -> list[Analysed]:
    """:func:`analyse_articles` with this process's pipeline of ``components``: what a worker process runs."""
    return analyse_articles(shared_pipeline(components), articles, batch_size)


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
