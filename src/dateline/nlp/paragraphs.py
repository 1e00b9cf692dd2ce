"""A component that starts a sentence at every paragraph break.

The cleaner puts one paragraph per line; the statistical parser, which learned from running text, will
otherwise glue a headline or a photo caption onto the sentence below it. It must run before the parser,
which keeps sentence starts that are already set.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("dateline_paragraphs", assigns=["token.is_sent_start"])
def paragraph_sentence_starts(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text_with_ws and not token.is_space:
            token.is_sent_start = True
    return doc
