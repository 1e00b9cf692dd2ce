"""The rhythm of ``dateline watch``: rounds a fixed interval apart, as many as asked or for ever."""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Callable, Iterator

_SECONDS_PER_UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_INTERVAL = re.compile(r"(\d+(?:\.\d+)?)([smhd]?)")


def parse_interval(text: str) -> float:
    """Seconds in ``90s``, ``15m``, ``1h`` or ``1d`` (a bare number is seconds)."""
    match = _INTERVAL.fullmatch(text.strip().lower())
    if match is None:
        raise ValueError(f"not an interval: {text!r} (say 90s, 15m, 1h or 1d)")
    return float(match[1]) * _SECONDS_PER_UNIT[match[2] or "s"]


def rounds(every: float, limit: int | None = None, sleep: Callable[[float], None] = time.sleep,
           clock: Callable[[], float] = time.monotonic) -> Iterator[int]:
    """Round numbers from 1, each round starting ``every`` seconds after the one before began (at once if
    that one ran longer); after ``limit`` rounds it stops, without waiting after the last."""
    due = clock()
    for number in itertools.count(1) if limit is None else range(1, limit + 1):
        if (wait := due - clock()) > 0:
            sleep(wait)
        due = max(due, clock()) + every
        yield number
