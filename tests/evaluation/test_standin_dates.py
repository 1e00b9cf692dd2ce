"""The stand-in day resolver, on sentences in Timeline17's tokenisation (published Monday 24 May 2010)."""

from datetime import date

import pytest

from dateline.evaluation.standin_dates import referenced_dates

MONDAY = date(2010, 5, 24)


@pytest.mark.parametrize(("text", "expected"), [
    ("Earlier on Monday , BP pledged $ 500m to study the spill", [date(2010, 5, 24)]),
    ("The rig sank on Thursday , two days after the blast", [date(2010, 5, 20)]),
    ("BP says it will be Wednesday before it tries a `` top kill ''", [date(2010, 5, 26)]),
    ("since the 20 April explosion", [date(2010, 4, 20)]),
    ("Hearings open on Dec. 3rd", [date(2009, 12, 3)]),  # the nearest 3 December to the publication
    ("On April 20 , 2010 the rig exploded ; yesterday it leaked", [date(2010, 4, 20), date(2010, 5, 23)]),
    ("Output fell in June 2010", []),  # a month is not a day
])
def test_resolves_day_references(text: str, expected: list[date]) -> None:
    assert referenced_dates(text, MONDAY) == expected
