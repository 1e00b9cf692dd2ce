"""The PLOVER records split in two fixed halves: one to tune on, one held out."""

from __future__ import annotations

import pytest

from dateline.evaluation.events import GoldEvent, gold_split


def test_the_halves_part_the_records_by_id_and_never_change() -> None:
    gold = [GoldEvent(f"PLOVER-GSR01-AGREE-{n:04d}", "", "AGREE", (), ()) for n in range(1, 41)]
    dev, test = gold_split(gold, "dev"), gold_split(gold, "test")
    assert sorted(one.id for one in dev + test) == [one.id for one in gold]
    assert 10 < len(dev) < 30 and not {one.id for one in dev} & {one.id for one in test}
    assert gold_split(list(reversed(gold)), "dev") == list(reversed(dev))
    assert gold_split(gold, "all") == gold
    with pytest.raises(ValueError, match="all, dev or test"):
        gold_split(gold, "train")
