"""The command line as a user runs it."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

from typer.testing import CliRunner

from dateline.cli import EXIT_SKIPPED, app

runner = CliRunner(env={"COLUMNS": "200"})


def test_build_then_export_markdown(tmp_path: Path, seeds_dir: Path) -> None:
    db = tmp_path / "d.db"
    result = runner.invoke(app, ["build", str(seeds_dir), "--db", str(db)])
    assert result.exit_code == 0, result.output
    out = tmp_path / "timeline.md"
    assert runner.invoke(app, ["export", "--format", "markdown", "--db", str(db), "-o", str(out)]).exit_code == 0
    assert out.read_text("utf-8").startswith("# Timeline")


def test_skips_are_reported_one_line_each_and_set_the_exit_code(tmp_path: Path, seeds_dir: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(next(seeds_dir.glob("004_*")), inputs / "story.txt")
    (inputs / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(inputs), "--db", str(tmp_path / "d.db")])
    assert result.exit_code == EXIT_SKIPPED
    assert f"skipped {inputs}/empty.txt: D001 empty: no text after extraction\n" in result.output
    assert "stored 1 new, 0 already stored, 1 skipped" in result.output


def test_an_article_no_component_can_analyse_sets_the_exit_code(
        tmp_path: Path, seeds_dir: Path, quotes_broken_on_ramadan: Callable[[], None]) -> None:
    result = runner.invoke(app, ["build", str(seeds_dir), "--db", str(tmp_path / "d.db")])
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert "could not analyse" in result.output and "stored articles left unanalysed: 1" in result.output


def test_unknown_export_format_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "pdf", "--db", str(tmp_path / "d.db")])
    assert result.exit_code == 2 and "unknown export format" in result.output


def test_timeline_with_readers_settings(seed_db: Path) -> None:
    result = runner.invoke(app, ["timeline", "--db", str(seed_db), "--dates", "2", "--per-date", "1",
                                 "--from", "2023-11-01", "--to", "2023-12-31"])
    assert result.exit_code == 0, result.output
    days = [line for line in result.output.splitlines() if re.fullmatch(r"\w{3} \d{2} \w{3} \d{4}", line)]
    assert days == ["Tue 28 Nov 2023", "Wed 20 Dec 2023"]
    assert result.output.count("•") == 2
