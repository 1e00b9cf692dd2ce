"""A hover card run into a sentence goes, and the name it was set on stays."""

from __future__ import annotations

import pytest

from dateline.clean.cards import without_link_cards


@pytest.mark.parametrize(("line", "expected"), [
    ("A high-profile debate over President Trump Donald John TrumpLev Parnas implicates Rick Perry, says Giuliani "
     "had him pressure Ukraine MORE’s war powers is fueling a feud among Senate Republicans.",
     "A high-profile debate over President Trump’s war powers is fueling a feud among Senate Republicans."),
    ("Rep. Alexandria Ocasio-CortezAlexandria Ocasio-CortezSanders doubles down on Bolivia 'coup,' few follow suit "
     "MORE (D-N.Y.) shortly after the arrest linked the incident to Omar's hijab.",
     "Rep. Alexandria Ocasio-Cortez (D-N.Y.) shortly after the arrest linked the incident to Omar's hijab."),
    ("Sens. Rand Paul Randal (Rand) Howard PaulPaul predicts no Republicans will vote to convict Trump MORE (R-Ky.) "
     "and Lindsey Graham spoke.", "Sens. Rand Paul (R-Ky.) and Lindsey Graham spoke."),
])
def test_the_card_goes_and_the_name_stays(line: str, expected: str) -> None:
    assert without_link_cards(line) == expected


@pytest.mark.parametrize("line", [
    "Sen. John McCain said the plan would cost MORE than the Pentagon had asked for.",
    "Trump Trump Trump, the crowd chanted, as MORE people arrived.",
])
def test_a_sentence_without_a_glued_repeated_surname_is_untouched(line: str) -> None:
    assert without_link_cards(line) == line
