"""What a figure counts and which values it allows, on descriptions from the seed articles."""

from __future__ import annotations

import math

import pytest

from dateline.counts import period_of, place_of, series_key, stated_bounds, value_range
from dateline.records import Figure


def test_keys_name_the_thing_and_its_last_event():
    assert series_key("hostages seized on Oct. 7") == "hostages:taken"
    assert series_key("captives taken") == "hostages:taken"
    assert series_key("hostages seized on Oct. 7 not held captive by Hamas") == "hostages:not-held"
    assert series_key("Palestinians killed in Gaza") == "palestinians:killed"


def test_a_noun_after_a_preposition_is_not_what_is_counted():
    """"Marchers cheered on Thursday at word that four city officers now face charges over a man's death" (a
    cable news page): four officers, not four deaths, so no series with the death toll."""
    assert series_key("Minneapolis officers charged in George Floyd 's death") == "minneapolis:killed"
    assert series_key("victims dead") == "people:killed"
    assert series_key("deaths in Europe during the fourteenth century") == "people:killed"


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


@pytest.mark.parametrize(("text", "bounds"), [
    ("40,223", (40223, 40223)), ("two dozen", (24, 24)), ("20 to 50 million", (20e6, 50e6)),
    ("350–375 million", (350e6, 375e6)), ("30-60", (30, 60)), ("between four to six", (4, 6)), ("5 or 6", (5, 6)),
    ("24-17", None), ("787-9", None), ("1-800-843-0008", None), ("a", None), ("0 million", (0, 0)),
])
def test_stated_bounds_read_one_number_or_one_rising_range(text: str, bounds: tuple[float, float] | None) -> None:
    assert stated_bounds(text) == bounds


def test_a_range_allows_its_values_widened_by_its_qualifier() -> None:
    def allowed(text: str, qualifier: str | None) -> tuple[float, float]:
        value = stated_bounds(text)
        assert value is not None
        return value_range(Figure("a", value[0], text, (0, 1), qualifier, "passengers", None, None, (0, 1)))

    assert allowed("242 to 330", None) == (242, 330)
    assert allowed("20 to 50 million", "an estimated") == pytest.approx((18e6, 55e6))


def test_deaths_count_people_killed() -> None:
    assert series_key("deaths in Europe during the fourteenth century") == "people:killed"
    assert series_key("people killed in Europe alone in the 14th Century") == "people:killed"


def test_the_dead_are_people_killed() -> None:
    assert series_key("victims dead") == "people:killed"
    assert series_key("dead") == "people:killed"
    assert series_key("people killing") == "people:killed"


def test_places_and_closed_past_periods_of_a_count() -> None:
    assert place_of("deaths in Europe during the fourteenth century") == "Europe"
    assert place_of("deaths from 2010") is None
    assert period_of("people killed in Europe alone in the 14th Century", "2019-11-18") == "century 14"
    assert period_of("deaths in Europe during the fourteenth century", None) == "century 14"
    assert period_of("cases reported between 2010 and 2015", "2019-11-18") == "2010 2015"
    assert period_of("people killed in 2019", "2019-11-18") is None  # the year is not over: the count may grow
    assert period_of("cases reported in 2015", None) is None  # undated: not known to be over
    assert period_of("people killed in the 1300s", None) == "1300s"
