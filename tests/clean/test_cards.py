"""A hover card run into a sentence goes, and the name it was set on stays."""

from __future__ import annotations

import pytest

from dateline.clean.cards import without_link_cards


@pytest.mark.parametrize(("line", "expected"), [
    ("A bitter fight over President Trump Donald John TrumpJudge blocks tariff order, says White House overstepped "
     "its powers MORE’s trade powers is splitting House Republicans.",
     "A bitter fight over President Trump’s trade powers is splitting House Republicans."),
    ("Rep. Alexandria Ocasio-CortezAlexandria Ocasio-CortezWarren backs rent cap plan, few colleagues join "
     "MORE (D-N.Y.) hours after the vote called the bill a giveaway to landlords.",
     "Rep. Alexandria Ocasio-Cortez (D-N.Y.) hours after the vote called the bill a giveaway to landlords."),
    ("Sens. Rand Paul Randal (Rand) Howard PaulPaul says spending deal will not pass before the holiday MORE (R-Ky.) "
     "and Josh Hawley objected.", "Sens. Rand Paul (R-Ky.) and Josh Hawley objected."),
])
def test_the_card_goes_and_the_name_stays(line: str, expected: str) -> None:
    assert without_link_cards(line) == expected


@pytest.mark.parametrize("line", [
    "Sen. John McCain said the plan would cost MORE than the Pentagon had asked for.",
    "Trump Trump Trump, the crowd chanted, as MORE people arrived.",
])
def test_a_sentence_without_a_glued_repeated_surname_is_untouched(line: str) -> None:
    assert without_link_cards(line) == line
