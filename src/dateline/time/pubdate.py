"""Publication date from the text (placeholder replaced below)."""
from __future__ import annotations
from spacy.tokens import Doc
from dateline.model import PublicationDate

def infer_publication_date(doc: Doc) -> PublicationDate:
    return PublicationDate()
