"""Publication-date bounds from running tolls, on seed 002 and short reports in the style of the wires."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from dateline import pipeline
from dateline.link.dates import intersect
from dateline.link.tolls import Reference, TimeMention, Toll, grows, source_key, time_frame, toll_bound
from dateline.model import PublicationDate
from dateline.store import Store
from dateline.store.articles import iter_articles

DECEMBER = """date 2023-12-22
Gaza toll passes 20,000

The health ministry in Gaza said on Friday that 20,000 Palestinians have been killed in Gaza since the war began.
Some 129 hostages are still held in Gaza, the military said."""
SMALLER = """Gaza hospitals overwhelmed

Doctors described operating without anaesthetic. Gaza's Ministry of Health says 15,000 Palestinians have been \
killed in Gaza."""
ONE_STRIKE = """School shelter hit

At least 20 people have been killed in an Israeli strike on a school in Gaza City, the health ministry said."""
ONE_DAY = """Strikes hit Rafah

In the past 24 hours, 90 Palestinians have been killed in Gaza, the health ministry said."""
STILL_HELD = """Hostage families rally

Israel's military says 136 hostages are still held in Gaza."""
REVISED = """date 2024-03-01
Aid convoy stalls at the crossing

Trucks waited at the Rafah crossing for a third day. The health ministry in Gaza says 18,000 Palestinians have \
been killed in Gaza."""


def _build(folder: Path, seeds_dir: Path, texts: dict[str, str]) -> dict[str, PublicationDate]:
    """Build a corpus of seed 002 and ``texts``; each article's publication date by file name."""
    folder.mkdir()
    shutil.copy(next(seeds_dir.glob("002_*.txt")), folder / "002.txt")
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    with Store(folder / "d.db") as store:
        pipeline.build([folder], store)
        return {Path(a.source).stem: a.published for a in iter_articles(store.conn)}


@pytest.fixture(scope="module")
def dated(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> dict[str, PublicationDate]:
    texts = {"december": DECEMBER, "smaller": SMALLER, "strike": ONE_STRIKE, "day": ONE_DAY, "held": STILL_HELD}
    return _build(tmp_path_factory.mktemp("tolls") / "corpus", seeds_dir, texts)


def test_larger_toll_than_a_dated_report_bounds_the_earliest_day_only(dated: dict) -> None:
    """002's 40,223 killed exceeds the 20,000 of 22 December: no earlier than a week before that day
    (the December figure may have been days old); the latest day stays open, not invented."""
    assert dated["002"] == PublicationDate(date(2023, 12, 15), None, "corpus", ((2142, 2148),))


def test_smaller_toll_bounds_the_latest_day_only(dated: dict) -> None:
    assert dated["smaller"] == PublicationDate(None, date(2023, 12, 29), "corpus", ((80, 86),))


@pytest.mark.parametrize("name", ["strike", "day", "held"])
def test_one_attack_one_day_and_a_shrinking_count_date_nothing(dated: dict, name: str) -> None:
    """20 killed in one strike and 90 in the past day are smaller than 20,000 but not the running total;
    136 hostages held exceeds 129 but that count shrinks as hostages go home."""
    assert dated[name] == PublicationDate()


def test_a_toll_that_falls_between_dated_reports_dates_nothing(tmp_path: Path, seeds_dir: Path) -> None:
    """18,000 on 1 March after 20,000 on 22 December: the series does not behave as a running total."""
    found = _build(tmp_path / "corpus", seeds_dir, {"december": DECEMBER, "revised": REVISED})
    assert found["002"] == PublicationDate()


def test_the_seeds_own_single_attack_count_is_not_a_toll(tmp_path: Path, seeds_dir: Path) -> None:
    """002 says "1,199 persons died as a result of the October 7 strike": a fixed count, never compared."""
    attack = "date 2023-11-10\nToll revised\n\nAn AFP count says 1,200 persons died in the October 7 strike in Israel."
    assert _build(tmp_path / "corpus", seeds_dir, {"attack": attack})["002"] == PublicationDate()


def _toll(low: float, high: float | None = None) -> Toll:
    return Toll("u", "palestinians:killed:gaza::health ministry", low, high or low, (0, 6))


def test_bound_needs_a_strict_difference_beyond_the_qualifiers() -> None:
    december = Reference(20000, 20000, date(2023, 12, 22), date(2023, 12, 22))
    assert toll_bound(_toll(20000), [december]) is None
    assert toll_bound(_toll(18000, 22000), [december]) is None
    assert toll_bound(_toll(21000), [december]).earliest == date(2023, 12, 15)


def test_a_later_smaller_report_breaks_the_series() -> None:
    early = Reference(20000, 20000, date(2023, 12, 22), date(2023, 12, 22))
    assert grows([early, Reference(30000, 30000, date(2024, 3, 1), date(2024, 3, 1))])
    assert not grows([early, Reference(18000, 18000, date(2024, 3, 1), date(2024, 3, 1))])


def test_ranges_intersect_with_open_sides_and_contradict_to_nothing() -> None:
    after = PublicationDate(date(2023, 12, 15), None, "corpus", ((0, 6),))
    before = PublicationDate(None, date(2024, 1, 10), "corpus", ((9, 12),))
    assert intersect([after, before]) == PublicationDate(date(2023, 12, 15), date(2024, 1, 10), "corpus",
                                                         ((0, 6), (9, 12)))
    assert intersect([after, PublicationDate(None, date(2023, 12, 1), "corpus", ())]) is None


@pytest.mark.parametrize(("source", "key"), [
    ("the health ministry of the Hamas-run enclave", "health ministry"),
    ("Gaza's Ministry of Health", "health ministry"),
    ("The health ministry in Gaza", "health ministry"),
    ("the ministry", "ministry"),
])
def test_source_key_keeps_who_counts(source: str, key: str) -> None:
    assert source_key(source) == key


def test_time_frame_keeps_a_fixed_start_and_refuses_a_window() -> None:
    assert time_frame([TimeMention("the ministry said on ", "DATE", "2023-12-22")]) == ""
    assert time_frame([TimeMention("killed in Gaza since ", "DATE", "2023-10-07")]) == "since=2023-10-07"
    assert time_frame([TimeMention("In the past ", "DURATION", "PT24H")]) is None
