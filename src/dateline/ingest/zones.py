"""The publisher's time zone, as a page prints it beside a clock time ("7:04 pm ET", "12:24 am EST").

Many pages state their publication instant in UTC (``2019-11-20T02:07:18Z``), whose day is the next one for an
American evening story (21:07 in New York on the 19th). The page's own stamps print the publisher's clock with
its zone, an update stamp as much as the publication's (the zone is the publisher's either way), so the zone
they print turns the UTC instant into the publisher's local day.

Only unambiguous abbreviations are read. "IST" (India, Ireland or Israel) and "CST" (Central or China) name
zones a day apart for some instants, so they are left out: no zone then, and the UTC day stands as before.
A page that prints two different zones beside its clocks (a match's kick-off in another zone) gives none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, tzinfo
from zoneinfo import ZoneInfo

#: Abbreviations a news page prints after a clock time, and the zone each names (summer or winter time is the
#: zone's own rule on the instant's day, so "EST" and "EDT" both read as New York's clock).
ZONE_NAMES: dict[str, str] = {
    "ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
    "CT": "America/Chicago", "CDT": "America/Chicago",
    "MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
    "PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
    "AKST": "America/Anchorage", "AKDT": "America/Anchorage", "HST": "Pacific/Honolulu",
    "BST": "Europe/London", "CET": "Europe/Paris", "CEST": "Europe/Paris",
    "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney", "ACST": "Australia/Adelaide",
    "ACDT": "Australia/Adelaide", "AWST": "Australia/Perth", "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland",
    "JST": "Asia/Tokyo", "KST": "Asia/Seoul", "SGT": "Asia/Singapore", "HKT": "Asia/Hong_Kong",
    "SAST": "Africa/Johannesburg", "EAT": "Africa/Nairobi", "WAT": "Africa/Lagos", "PKT": "Asia/Karachi",
}
#: Abbreviations that name UTC itself.
_UTC_NAMES = frozenset({"GMT", "UTC"})
#: A clock time, with its half of the day where printed, then the zone: "7:04 pm ET", "12:24 a.m. EST",
#: "17:30 GMT", "10.15am AEDT"; the zone in capitals, as pages print it ("et" is a word).
_CLOCK_AND_ZONE = re.compile(
    r"(?<![\d:.])\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?i:[ap]\.?\s?m\.?)?\s*\(?\b("
    + "|".join(sorted([*ZONE_NAMES, *_UTC_NAMES], key=len, reverse=True)) + r")\b")


def printed_zone(texts: Iterable[str]) -> tzinfo | None:
    """The one zone the page's stamps print beside a clock time; None when they print none or several."""
    named = {found[1] for text in texts for found in _CLOCK_AND_ZONE.finditer(text)}
    zones = {"UTC" if name in _UTC_NAMES else ZONE_NAMES[name] for name in named}
    if len(zones) != 1:
        return None
    zone = zones.pop()
    return UTC if zone == "UTC" else ZoneInfo(zone)

