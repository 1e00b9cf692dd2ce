"""The Timeline17 run end to end on the real H1N1 topic, and ``dateline eval t17`` on one outlet.

The numbers are pinned exactly: a change to the tagger, the features or the shipped model that moves them
must update them on purpose (the full run is ``dateline eval t17 ../shared/eval/t17``). The shipped model
was trained on these topics, so they are not held-out scores: ``test_t17_cv.py`` pins those.
"""

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.evaluation.cli import eval_app
from dateline.evaluation.t17_eval import cache_file, run_tasks


def test_h1n1_tasks_score_as_pinned(t17_dir: Path, t17_cache: Path) -> None:
    results = {r.task: r for r in run_tasks(t17_dir, t17_cache, topics={"H1N1"})}
    bbc = results["H1N1_bbc/influenza_A_h1n1_scotland_bbc"]
    assert sorted(bbc.predicted) == [date(2009, 4, d) for d in range(27, 31)] + [date(2009, 5, d) for d in (1, 2, 3)]
    assert all(len(sentences) == 6 for sentences in bbc.predicted.values())
    assert bbc.scores.date.f1 == pytest.approx(6 / 7)
    assert bbc.scores.ar1.f1 == pytest.approx(0.159033, abs=1e-6)
    assert bbc.scores.ar2.f1 == pytest.approx(0.042512, abs=1e-6)
    assert results["H1N1_guardian/swine_flu_guardian"].scores.date.f1 == pytest.approx(5 / 6)
    assert cache_file(t17_cache).exists()  # the tagging is cached for the next run


def test_cli_prints_scores_and_writes_timelines(t17_dir: Path, t17_cache: Path, tmp_path: Path) -> None:
    data = tmp_path / "t17"
    data.mkdir()
    (data / "H1N1_bbc").symlink_to(t17_dir / "H1N1_bbc")
    out = tmp_path / "predicted.json"
    result = CliRunner().invoke(eval_app, ["t17", str(data), "--out", str(out), "--cache-dir", str(t17_cache)])
    assert result.exit_code == 0, result.output
    assert "H1N1_bbc/influenza_A_h1n1_scotland_bbc" in result.output
    assert "average over 1 tasks" in result.output
    predicted = json.loads(out.read_text(encoding="utf-8"))
    entries = predicted["H1N1_bbc/influenza_A_h1n1_scotland_bbc"]
    assert len(entries) == 7 and all(len(sentences) == 6 for _, sentences in entries)
    assert [d for d, _ in entries] == sorted(d for d, _ in entries)
