"""What a figure counts and which values it allows, on descriptions from the seed articles."""

from __future__ import annotations

import math

import pytest

from dateline.counts import series_key, value_range
from dateline.records import Figure


def test_keys_name_the_thing_and_its_last_event():
    assert series_key("hostages seized on Oct. 7") == "hostages:taken"
    assert series_key("captives taken") == "hostages:taken"
    assert series_key("hostages seized on Oct. 7 not held captive by Hamas") == "hostages:not-held"
    assert series_key("Palestinians killed in Gaza") == "palestinians:killed"


def test_a_description_without_words_has_no_series() -> None:
    assert series_key("10,000") is None
    assert series_key(None) is None


def test_a_qualifier_makes_the_number_a_range() -> None:
    def allowed(value: float, qualifier: str | None) -> tuple[float, float]:
        return value_range(Figure("a", value, str(value), (0, 1), qualifier, "people kidnapped", None, None, (0, 1)))

    assert allowed(240, None) == (240, 240)
    assert allowed(200, "at least") == (200, math.inf)
    assert allowed(200, "more than")[0] > 200
    assert allowed(100, "about") == pytest.approx((90, 110))  # any other qualifier: within a tenth
