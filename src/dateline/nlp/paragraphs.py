"""A component that sets sentence boundaries the statistical parser gets wrong in news text.

- A paragraph break always starts a sentence: the cleaner puts one paragraph per line, and the parser,
  which learned from running text, otherwise glues a headline or a photo caption onto the next sentence.
- A quotation never starts a sentence inside itself: “The gaps are narrowing. … it’s possible,” Blinken
  said — split at the inner full stops, the attribution would be cut off from most of what it attributes,
  and a timeline would cite a fragment.

It runs before the parser, which keeps sentence boundaries that are already set.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

_OPENING, _CLOSING, _EITHER = "“«", "”»", '"'


@Language.component("dateline_paragraphs", assigns=["token.is_sent_start"])
def paragraph_sentence_starts(doc: Doc) -> Doc:
    inside_quote = False
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text_with_ws and not token.is_space:
            token.is_sent_start = True
            inside_quote = False
        elif inside_quote and not token.is_space:
            token.is_sent_start = False
        inside_quote = _quote_state(token, inside_quote)
    return doc


def _quote_state(token: Token, inside: bool) -> bool:
    """Whether the text after ``token`` is inside a quotation."""
    if token.text in _OPENING:
        return True
    if token.text in _CLOSING:
        return False
    return not inside if token.text == _EITHER else inside
