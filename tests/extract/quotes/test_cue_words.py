"""The cue word and its span: a mended lemma, the auxiliaries, adverbs and verbs it takes in, and
"in a statement"."""

from __future__ import annotations

import pytest

from dateline.extract.quotes.cue_words import inverted_tag_name


def test_hopes_is_a_cue_though_lemmatised_hop(quotes_in, view):
    text = "Blinken hopes that the talks will resume next week."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == ("Blinken", "hopes", ["that the talks will resume next week"])


def test_texted_is_a_cue_though_lemmatised_texte(quotes_in, view):
    """A message sent by phone is reported speech; the lemmatizer's "texte" is mended to "text"."""
    text = "Jalen Pruitt, 16, was doing his homework.\n\n\"Ain't nobody told us that part, right,\" Jalen texted."
    [quote] = quotes_in(text)
    assert view(text, quote) == ("Jalen", "texted", ["\"Ain't nobody told us that part, right,\""], "Jalen Pruitt",
                                 "direct")


def test_prepositional_cue_keeps_its_auxiliary(quotes_in, view):
    text = "The governor has called for a new election."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == ("The governor", "has called for", ["a new election"])


@pytest.mark.parametrize("text, cue, content", [
    ("Voters in the county tended to support the incumbent.", "tended to support", "the incumbent"),
    ("The governor could not resist pointing out that the budget was balanced.", "could not resist pointing out",
     "that the budget was balanced"),
    ("The mayor went off script to praise the volunteers.", "went off script to praise", "the volunteers"),
    ("Officials continued to insist that the water was safe.", "continued to insist", "that the water was safe"),
])
def test_cue_takes_in_the_verb_it_complements(quotes_in, view, text, cue, content):
    """A cue verb completing another verb ("tended to support", "went off script to praise") is marked
    from that verb on."""
    [quote] = quotes_in(text)
    assert view(text, quote)[1:3] == (cue, [content])


def test_cue_keeps_a_modifier_phrase_before_it(quotes_in, view):
    """"once again" modifies the cue as a whole; the cue starts at "is", not inside the phrase."""
    text = "The challenger is once again questioning the count in three counties."
    [quote] = quotes_in(text)
    assert view(text, quote)[:2] == ("The challenger", "is once again questioning")


def test_that_clause_after_in_a_statement(quotes_in, view):
    text = "Alder says in a statement that the contest will now be a three-way fight."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == ("Alder", "says in a statement", ["that the contest will now be a three-way fight"])


def test_hearsay_adverb_on_a_cue_verb_joins_its_cue(quotes_in, view):
    text = "The senator reportedly told donors that the race was over."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == ("The senator", "reportedly told", ["that the race was over"])


@pytest.mark.parametrize("text, verb, name", [
    ("The harbour budget ran dry in March, recalled Olaf Pettersen-Vik.", "recalled", "Olaf Pettersen-Vik"),
    ("The reasons for the delay, says Tilda Brannock, are many.", "says", "Tilda Brannock"),
    # a verb of telling names its hearer after it; a name before the verb is its subject; a day dates the tag
    ("The pier will close, Tilda Brannock told The Vell Gazette.", "told", None),
    ("The pier will close, Brannock announced Tuesday.", "announced", None),
    ("The pier will close, she added Brannock.", "added", None),
])
def test_inverted_tag_name_is_the_name_after_a_tag_verb_set_off_by_a_comma(nlp, text, verb, name):
    doc = nlp(text)
    found = inverted_tag_name(next(t for t in doc if t.text == verb))
    assert (found.text if found is not None else None) == name
