"""The publication-date range in words: open sides are said, never printed as a missing day."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.model import PublicationDate


@pytest.mark.parametrize("earliest,latest,phrase", [
    (date(2023, 12, 21), date(2023, 12, 21), "2023-12-21"),
    (date(2024, 3, 21), date(2024, 3, 27), "between 2024-03-21 and 2024-03-27"),
    (date(2023, 12, 15), None, "on or after 2023-12-15"),
    (None, date(2023, 12, 29), "on or before 2023-12-29"),
    (None, None, "unknown"),
])
def test_phrase(earliest: date | None, latest: date | None, phrase: str) -> None:
    assert PublicationDate(earliest, latest, "corpus").phrase == phrase
