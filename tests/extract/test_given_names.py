from __future__ import annotations

from dateline.extract.given_names import given_name_gender


def test_a_given_name_borne_by_one_sex_tells_it():
    assert [given_name_gender(name) for name in ("Walt Bettinger", "Roy Moore", "Melania Trump")] == ["m", "m", "f"]


def test_a_name_given_to_either_sex_somewhere_tells_nothing():
    """Jean, Kim (either sex in the US), Andrea (a man's name in Italy), Ashley (in Britain): under the threshold."""
    assert {given_name_gender(f"{given} Moreau") for given in ("Jean", "Andrea", "Kim", "Ashley")} == {None}


def test_a_name_of_one_word_or_a_lower_case_word_tells_nothing():
    """A lone name is as likely a family name ("Carter"); a lower-case first word is no given name."""
    assert (given_name_gender("Donald"), given_name_gender("donald Carter")) == (None, None)
