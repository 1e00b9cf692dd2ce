"""The Markdown export's "What happened" on the seed corpus: every party, each unknown below the line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from dateline.export import get_exporter
from dateline.store import Store


@pytest.fixture(scope="module")
def what_happened(seed_db: Path) -> list[str]:
    out = io.StringIO()
    with Store(seed_db) as store:
        get_exporter("markdown")(store.conn, out)
    return out.getvalue().split("# What happened")[1].split("# Sources")[0].splitlines()


def test_a_joint_act_names_every_side(what_happened: list[str]) -> None:
    [conference] = [line for line in what_happened if "“conference”" in line and "Shoukry" in line]
    assert conference.startswith("- on or before 2024-03-27: CONSULT (multilateral) “conference” US Secretary of "
                                 "State Antony Blinken and Egyptian Foreign Minister Sameh Shoukry [")


def test_each_target_is_named_and_a_pronoun_one_is_unknown(what_happened: list[str]) -> None:
    """Seed 002: Burns "urging Hamas and Israel" (two targets); seed 000: "since they were kidnapped by Hamas"
    ("they", the hostages, is not resolved: unknown)."""
    assert any("REQUEST “urging” CIA Director Bill Burns → Hamas and Israel, ongoing **lead**" in line
               for line in what_happened)
    assert any("ASSAULT (abduct) “kidnapped” Hamas → unknown [" in line for line in what_happened)
