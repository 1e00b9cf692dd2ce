"""Dateline's time stage as spaCy components.

``dateline_pubdate`` (after the stock pipeline) keeps a metadata publication date or infers one from the
text; ``dateline_timex`` (after it) tags every time expression and resolves it against that date. Add them
with ``nlp.add_pipe("dateline_pubdate"); nlp.add_pipe("dateline_timex")`` once this module is imported.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.model import PublicationDate
from dateline.nlp.extensions import doc_text, register_doc_extensions
from dateline.time.pubdate import infer_publication_date
from dateline.time.tagger import read_forms, resolve_forms
from dateline.time.tense import direction_at

register_doc_extensions()


@Language.component("dateline_pubdate", requires=["doc.ents", "doc.sents"], assigns=["doc._.published"])
def dateline_pubdate(doc: Doc) -> Doc:
    """Keep a metadata date; otherwise infer the publication date from the text, falling back on a date
    the corpus gave (the text, when it dates the article at all, is the article's own evidence)."""
    current = doc._.published
    if isinstance(current, PublicationDate) and current.basis == "metadata" and current.earliest is not None:
        return doc
    inferred = infer_publication_date(doc)
    from_corpus = isinstance(current, PublicationDate) and current.basis == "corpus"
    doc._.published = current if from_corpus and inferred.basis == "unknown" else inferred
    return doc


@Language.component("dateline_timex", requires=["doc._.published"], assigns=["doc._.timex_forms", "doc._.timexes"])
def dateline_timex(doc: Doc) -> Doc:
    """Every time expression's form (what its value is relative to), and the expression with its TIMEX3 type
    and value, resolved against ``doc._.published``."""
    doc._.timex_forms = read_forms(doc_text(doc), lambda s, e: direction_at(doc, s, e))
    doc._.timexes = resolve_forms(doc_text(doc), doc._.timex_forms, doc._.published)
    return doc
