"""Small readings of spaCy's dependency parse that several extractors share.

Kept apart from the word lists (:mod:`dateline.extract.lexicon`) and from any one extractor, so that the quote,
figure and event rules read a preposition's object one way: a rule that fixes how it is read fixes it for all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def object_of(preposition: Token) -> Token | None:
    """The object of a preposition ("by the court": court; "from the Quarry Party": Party), or None where the
    parser hung none on it ("by one hour" read as a particle)."""
    return next((child for child in preposition.children if child.dep_ == "pobj"), None)
