"""One definition of a noun that names a person: by the parse, then its ending, then a short list."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline.extract.lexicon import AGENT_ENDINGS, PERSON_ENDINGS, demonym_number, names_person, person_word


@pytest.mark.parametrize(("sentence", "noun", "endings", "person"), [
    ("A billionaire bought the club on Tuesday.", "billionaire", PERSON_ENDINGS, True),
    ("Patients diagnosed with advanced cancer now have a new option.", "Patients", PERSON_ENDINGS, True),
    ("A man who had a feud with the newspaper opened fire on Thursday.", "man", PERSON_ENDINGS, True),
    ("The economist warned of a recession.", "economist", PERSON_ENDINGS, True),
    ("The committee approved the budget.", "committee", PERSON_ENDINGS, False),
    ("The committee approved the budget.", "committee", AGENT_ENDINGS, True),
    ("The new framework comes as the ministry adjusts salaries.", "framework", AGENT_ENDINGS, False),
])
def test_names_person_by_parse_ending_or_list(nlp: Language, sentence: str, noun: str,
                                              endings: tuple[str, ...], person: bool) -> None:
    word = next(token for token in nlp(sentence) if token.text == noun)
    assert names_person(word, endings) is person


@pytest.mark.parametrize(("lemma", "person"), [
    ("artist", True), ("list", False), ("wrist", False), ("chairman", True), ("human", False),
    ("client", True), ("analyst", True),
])
def test_an_ending_needs_a_stem_before_it(lemma: str, person: bool) -> None:
    assert person_word(lemma) is person


@pytest.mark.parametrize(("word", "number"), [("Frenchman", "singular"), ("Frenchmen", "plural"),
                                              ("Spaniard", "singular"), ("Africans", "plural"),
                                              ("Brannock", None), ("Taliban", None), ("Vatican", None)])
def test_a_noun_for_people_by_nation_and_its_number(word: str, number: str | None) -> None:
    assert demonym_number(word) == number
