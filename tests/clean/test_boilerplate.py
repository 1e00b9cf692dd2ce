"""Boilerplate removal on the seed corpus: every listed kind of boilerplate goes, every story line stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.clean import clean_text
from dateline.ingest.text import split_date_prefix


def _clean(seeds_dir: Path, prefix: str):
    (path,) = seeds_dir.glob(f"{prefix}_*.txt")
    return clean_text(split_date_prefix(path.read_text("utf-8"))[1])


@pytest.mark.parametrize(("prefix", "expected"), [
    ("000", [(9, "section teaser"), (19, "section teaser")]),
    ("001", [(4, "repeated line"), (22, "site widget")]),
    ("002", []),
    ("003", [(1, "site banner"), (2, "navigation"), (8, "photo credit"), (10, "photo credit"),
             (27, "newsletter prompt")]),
    ("004", [(19, "section teaser"), (27, "comment form"), (29, "comment form")]),
])
def test_seed_boilerplate_is_dropped_with_reasons(seeds_dir: Path, prefix: str, expected: list) -> None:
    assert [(d.line_no, d.reason) for d in _clean(seeds_dir, prefix).dropped] == expected


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_story_line_is_kept(seeds_dir: Path, prefix: str) -> None:
    (path,) = seeds_dir.glob(f"{prefix}_*.txt")
    raw = split_date_prefix(path.read_text("utf-8"))[1]
    cleaned = _clean(seeds_dir, prefix)
    dropped = {d.line_no for d in cleaned.dropped}
    for line_no, line in enumerate(raw.splitlines(), start=1):
        if line.strip() and line_no not in dropped:
            assert " ".join(line.split()) in cleaned.text


def test_headlines_are_detected(seeds_dir: Path) -> None:
    assert _clean(seeds_dir, "003").title == "US pushes for longer Israel-Hamas truce"
    assert _clean(seeds_dir, "001").title.startswith("Blinken heads to Israel on next leg")
    assert _clean(seeds_dir, "000").title is None
    assert _clean(seeds_dir, "002").title is None


def test_quoted_story_line_and_tldr_are_not_boilerplate() -> None:
    text = "Readers wrote in.\n\n“I read the newsletter every day,” she said.\n\nTL;DR: The conflict is paused."
    assert clean_text(text).dropped == []


def test_photo_credit_needs_the_agency_slash_name_shape() -> None:
    cleaned = clean_text("AFP/Getty Images\nThe U.N./Red Cross convoy arrived on Monday.")
    assert [d.text for d in cleaned.dropped] == ["AFP/Getty Images"]
