"""The watch's rhythm, on a clock the test moves by hand."""

from __future__ import annotations

import pytest

from dateline.sources.watch import parse_interval, rounds


@pytest.mark.parametrize("text, seconds", [("15m", 900.0), ("90s", 90.0), ("1h", 3600.0), ("1d", 86400.0),
                                           ("2.5m", 150.0), ("45", 45.0), (" 10M ", 600.0)])
def test_intervals_in_words(text: str, seconds: float) -> None:
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "m", "15 minutes", "-5m", "1w"])
def test_what_is_not_an_interval(text: str) -> None:
    with pytest.raises(ValueError, match="not an interval"):
        parse_interval(text)


def test_rounds_start_an_interval_apart_however_long_each_takes() -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    took = {1: 100.0, 2: 950.0, 3: 0.0}  # the second round runs past the start of the third
    started = []
    for number in rounds(900.0, 3, sleep=sleep, clock=lambda: now[0]):
        started.append(now[0])
        now[0] += took[number]
    assert started == [0.0, 900.0, 1850.0]
    assert slept == [800.0]  # none before the first round, none to catch up, none after the last


def test_without_a_limit_rounds_go_on() -> None:
    numbers = rounds(0.0, sleep=lambda seconds: None)
    assert [next(numbers) for _ in range(5)] == [1, 2, 3, 4, 5]
