"""How ``dateline eval real`` finds a label's words in stored text (``dateline.evaluation.real.matching``): at
every copy of a passage the page prints twice, the copy the label was read at first."""

from __future__ import annotations

from dateline.evaluation.real.matching import Placed, TextIndex, labels_touched, overlaps, same_speaker, shortens

#: A scrape that prints the same quote twice (a passage of the story repeated further down).
TEXT = ('"The free press needs to be protected," Scaramucci said on Twitter.\n'
        "Acosta kept working.\n"
        '"The free press needs to be protected," he added.')
SECOND = TEXT.rindex('"The free')


def test_a_label_repeats_where_its_passage_is_printed_again_not_where_its_phrase_recurs():
    index = TextIndex(TEXT)
    first = index.find("The free press needs to be protected")
    assert first is not None and TEXT[first[0]:first[1]] == "The free press needs to be protected"
    assert index.repeats("The free press needs to be protected", first) == [(SECOND + 1, SECOND + 37)]
    assert index.repeats("The free press needs to be protected", first, avoid=[(SECOND, SECOND + 5)]) == []
    text = 'Macron warned that the "far right" was gaining ground across Europe. Critics say he feeds the far right.'
    far_right = TextIndex(text)
    at = far_right.find("far right")
    assert at is not None and far_right.repeats("far right", at) == []


def test_a_prediction_on_a_repeat_is_judged_against_the_label_and_a_label_s_own_copy_wins():
    """A figure phrase labelled twice ("two officers" in two sentences) keeps each label at its own place; a
    prediction that touches no label's own copy falls on the labels whose words it repeats."""
    places: list[Placed | None] = [Placed((10, 20), ((50, 60),)), Placed((50, 60), ((10, 20),)), None]
    assert labels_touched(places, lambda span: overlaps(span, (52, 55))) == ([1], False)
    only_repeat = [Placed((10, 20), ((50, 60),)), None]
    assert labels_touched(only_repeat, lambda span: overlaps(span, (52, 55))) == ([0], True)
    assert labels_touched(only_repeat, lambda span: overlaps(span, (30, 40))) == ([], True)


def test_a_label_finds_its_words_with_or_without_the_page_s_soft_hyphens():
    text = "The Ken\xadne\xaddy es\xadtate qui\xadet\xadly sold the yacht to a col\xadlec\xadtor."
    index = TextIndex(text)
    span = index.find("the Kennedy estate quietly sold the yacht")
    assert span is not None
    assert text[span[0]:span[1]].replace("\xad", "") == "The Kennedy estate quietly sold the yacht"
    plain = TextIndex("The Clinton family personally paid Pagliano to maintain the server.")
    assert plain.find("the Clin\xadton fam\xadily per\xadson\xadally paid Pagliano") == (0, 43)


def test_a_speaker_s_short_form_names_the_labelled_speaker():
    """An article that names the agency once in full and then by its initials, or the paper by "NY Post",
    quotes one speaker under both forms."""
    assert same_speaker("CBP", "U.S. Customs and Border Protection")
    assert same_speaker("Federal Reserve", "Fed")
    assert same_speaker("NY Post", "New York Post")
    assert same_speaker("Walt Bettinger", "Walter W. Bettinger")
    assert shortens("DHS", "Department of Homeland Security")


def test_a_nickname_with_the_labelled_surname_names_the_labelled_speaker():
    assert same_speaker("Jim Ferrow", "James Ferrow")
    assert same_speaker("Robert Q. Lindqvist", "Bob Lindqvist")
    assert not same_speaker("Jim Ferrow", "John Ferrow")
    assert not same_speaker("Jim Lindqvist", "James Ferrow")


def test_a_name_that_merely_shares_letters_is_no_short_form():
    assert not same_speaker("Al Jones", "Alice Jones")
    assert not same_speaker("Ann Smith", "Anna Jones")
    assert not shortens("Post NY", "New York Post")
    assert not shortens("cbp", "Customs and Border Protection")
    assert not same_speaker("CBP", "ANONYMOUS")
