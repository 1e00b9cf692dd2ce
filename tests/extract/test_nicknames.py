from __future__ import annotations

from dateline.extract.nicknames import is_nickname_of, nickname_variants


def test_a_nickname_and_its_formal_given_name_with_one_surname_are_one_person():
    assert nickname_variants("Jim Holloway", "James Holloway") == "James Holloway"
    assert nickname_variants("William Tarrow", "Bill Tarrow") == "William Tarrow"
    assert nickname_variants("Mike Q. Ostervald", "Michael Ostervald") == "Michael Ostervald"


def test_other_surnames_two_formal_names_and_single_words_are_not():
    assert nickname_variants("Jim Holloway", "James Tarrow") is None
    assert nickname_variants("James Holloway", "John Holloway") is None
    assert nickname_variants("Rupert Holloway", "Robert Holloway") is None  # the table pairs them; both formal
    assert nickname_variants("Holloway", "James Holloway") is None


def test_a_nickname_is_the_shorter_form_and_not_of_the_other_sex():
    assert is_nickname_of("Bob", "Robert")
    assert not is_nickname_of("Robert", "Bob")
    assert not is_nickname_of("Hank", "Henrietta")  # the table pairs them; a man's name and a woman's


def test_a_name_either_sex_bears_is_nobodys_nickname():
    """The table pairs "Erin" with Aaron and "Micah" with Michael, each a formal name of its own."""
    assert not is_nickname_of("Erin", "Aaron")
    assert not is_nickname_of("Micah", "Michael")
    assert not is_nickname_of("Chris", "Christopher")
