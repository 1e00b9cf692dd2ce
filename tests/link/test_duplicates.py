from __future__ import annotations

from pathlib import Path

from dateline.link.duplicates import find_duplicates


def test_wire_copy_with_changed_dateline_is_a_duplicate(seeds_dir: Path) -> None:
    story = next(seeds_dir.glob("000_*")).read_text("utf-8")[16:]
    copy = "DOHA (Reuters) - " + story.replace("Milwaukee, Wisconsin", "Milwaukee")
    other = next(seeds_dir.glob("001_*")).read_text("utf-8")
    assert find_duplicates([("a", story), ("b", other), ("c", copy)]) == {"c": "a"}


def test_two_reports_of_one_event_are_not_duplicates(seeds_dir: Path) -> None:
    texts = [(p.name, p.read_text("utf-8")) for p in sorted(seeds_dir.glob("*.txt"))]
    assert find_duplicates(texts) == {}
