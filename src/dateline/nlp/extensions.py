"""The ``Doc._`` attributes through which Dateline's spaCy components hand results to each other.

Each component declares the attributes it reads (``requires``) and writes (``assigns``) by these names,
so ``nlp.analyze_pipes()`` can check a pipeline before it runs.
"""

from __future__ import annotations

from spacy.tokens import Doc

#: name -> what it holds. Defaults are None: a component that assigns an attribute always sets it.
DOC_ATTRIBUTES: dict[str, str] = {
    "article_id": "str: the article's content-hash id",
    "published": "dateline.model.PublicationDate: metadata date on input; text-inferred after dateline_pubdate",
    "timex_forms": "list[dateline.time.tagger.TimexForm]: time expressions as read, before the publication date",
    "timexes": "list[dateline.model.TimeExpression]: resolved time expressions",
    "quotes": "list of quote records (dateline.extract)",
    "figures": "list of figure records (dateline.extract)",
}


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once per Doc: ``Doc.text`` joins every token again on each access, which makes
    a component that reads it once per match quadratic in the article's length."""
    if "dateline_text" not in doc.user_data:
        doc.user_data["dateline_text"] = doc.text
    return doc.user_data["dateline_text"]


def register_doc_extensions() -> None:
    """Register every Dateline ``Doc._`` attribute once; safe to call repeatedly."""
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
