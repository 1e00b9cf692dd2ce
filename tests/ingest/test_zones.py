"""The publisher's zone, read from the clocks its stamps print."""

from __future__ import annotations

from datetime import UTC
from zoneinfo import ZoneInfo

from dateline.ingest.zones import printed_zone


def test_a_stamps_zone_beside_its_clock_is_the_publishers() -> None:
    assert printed_zone(["By Dana Whitfield Mar. 4, 2021 6:48 pm ET"]) == ZoneInfo("America/New_York")
    assert printed_zone(["Updated 10.15am AEDT, 3 March 2021"]) == ZoneInfo("Australia/Sydney")
    assert printed_zone(["Published 17:30 GMT"]) == UTC


def test_summer_and_winter_names_of_one_zone_agree() -> None:
    assert printed_zone(["Published 9:12 pm EDT", "Updated 10:03 pm ET"]) == ZoneInfo("America/New_York")


def test_no_zone_from_ambiguous_names_two_zones_or_a_lower_case_word() -> None:
    assert printed_zone(["Updated 11:21 pm IST, Tuesday"]) is None  # India, Ireland or Israel
    assert printed_zone(["Kick-off 3:00 pm GMT (10:00 am ET)"]) is None
    assert printed_zone(["Smith et al. 2:30 pm et cetera"]) is None
    assert printed_zone(["November 18, 2019"]) is None
