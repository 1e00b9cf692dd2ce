"""What a figure counts, and which values it allows.

Every stage that handles figures agrees on these two: the store keeps each figure's series key, the corpus
stages read death tolls by it, and a series groups its reports by it and compares their value ranges. So
they live below all stages.
"""

from __future__ import annotations

import math
import re

from dateline.records import Figure

_WORD = re.compile(r"[a-z]+")

#: Words for the counted thing, mapped to one name per kind.
_NOUNS: dict[str, str] = {
    "hostage": "hostages", "hostages": "hostages", "captive": "hostages", "captives": "hostages",
    "person": "people", "persons": "people", "people": "people",
    "palestinian": "palestinians", "palestinians": "palestinians", "israeli": "israelis", "israelis": "israelis",
    "civilian": "civilians", "civilians": "civilians", "soldier": "soldiers", "soldiers": "soldiers",
    "child": "children", "children": "children",
}
#: Words for what happened to them; the last one in a description decides ("hostages seized on Oct. 7
#: not held captive" are held, not taken).
_EVENTS: dict[str, str] = {
    "killed": "killed", "died": "killed", "dead": "killed", "deaths": "killed",
    "seized": "taken", "taken": "taken", "kidnapped": "taken", "abducted": "taken", "captured": "taken",
    "held": "held", "still": "held", "remain": "held", "remaining": "held",
    "released": "released", "freed": "released", "wounded": "wounded", "injured": "wounded",
}
#: The values each qualifier allows, as multiples of the number stated; any other qualifier is approximate.
_RANGES: dict[str | None, tuple[float, float]] = {
    None: (1.0, 1.0), "more than": (1.0 + 1e-9, math.inf), "over": (1.0 + 1e-9, math.inf),
    "at least": (1.0, math.inf), "less than": (0.0, 1.0 - 1e-9), "fewer than": (0.0, 1.0 - 1e-9),
    "under": (0.0, 1.0 - 1e-9), "at most": (0.0, 1.0), "up to": (0.0, 1.0), "as many as": (0.0, 1.0),
    "nearly": (0.9, 1.0), "almost": (0.9, 1.0),
}
_APPROXIMATE = (0.9, 1.1)


def series_key(what: str | None) -> str | None:
    """"hostages:taken" for "hostages seized on Oct. 7"; None when the counted thing is unknown."""
    words = _WORD.findall((what or "").lower())
    if not words:
        return None
    nouns = [_NOUNS.get(w, w) for w in words if w in _NOUNS] or words[:1]
    events = [_EVENTS[w] for w in words if w in _EVENTS]
    event = events[-1] if events else ""
    negated = "not-" if "not" in words and event else ""
    return f"{nouns[0]}:{negated}{event}"


#: How sure a figure counts something a series can follow: a stated source and a counted noun named above
#: (hostages, people killed...) make a claim; a bare number of an unnamed thing ("1 of 30", "768
#: resolution") is most often page furniture.
SOURCED_AND_COUNTED, COUNTED, SOURCED, BARE = 0.9, 0.6, 0.4, 0.2


def figure_confidence(figure: Figure) -> float:
    """The figure's confidence from its evidence: a source that states it, and a counted noun Dateline knows."""
    words = _WORD.findall((figure.what or "").lower())
    counted = any(word in _NOUNS for word in words)
    if figure.source is not None:
        return SOURCED_AND_COUNTED if counted else SOURCED
    return COUNTED if counted else BARE


def value_range(figure: Figure) -> tuple[float, float]:
    """The values a figure allows, given its qualifier ("more than 200" allows anything above 200)."""
    low, high = _RANGES.get(figure.qualifier, _APPROXIMATE)
    return figure.value * low, figure.value * high
