"""Days in words: the one way every output (Markdown, web pages, figure series) says a range of days.

A module of its own, with no imports from the package, so both the core records (:mod:`dateline.model`)
and the derived records (:mod:`dateline.records`) can use it without an import cycle.
"""

from __future__ import annotations

from datetime import date


def day_range_phrase(earliest: date | str | None, latest: date | str | None) -> str:
    """``2023-12-21``, ``between A and B``, ``on or after A``, ``on or before B`` or ``unknown``."""
    if earliest and earliest == latest:
        return str(earliest)
    if earliest and latest:
        return f"between {earliest} and {latest}"
    if earliest or latest:
        return f"on or after {earliest}" if earliest else f"on or before {latest}"
    return "unknown"
