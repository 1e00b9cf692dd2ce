"""The shared parse readings: a preposition's object, read one way by the quote, figure and event rules."""

from __future__ import annotations

from spacy.language import Language

from dateline.extract.syntax import object_of


def test_a_prepositions_object_is_the_noun_it_governs(nlp: Language) -> None:
    doc = nlp("The ferry levy was approved by the Ostervale council on Tuesday.")
    by = next(token for token in doc if token.lower_ == "by")
    on = next(token for token in doc if token.lower_ == "on")
    assert object_of(by).text == "council"
    assert object_of(on).text == "Tuesday"


def test_a_word_governing_no_object_has_none(nlp: Language) -> None:
    doc = nlp("The harbour master signed off.")
    assert object_of(next(token for token in doc if token.lower_ == "off")) is None
