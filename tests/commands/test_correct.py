"""``dateline correct``: a correction from the command line, listed with who and when, undone by id, and every
mistake a coded one-line error that changes nothing."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app

runner = CliRunner()
BIDEN_ARTICLE, CORPUS_DATED = "7e572e21ee8fff05", "a6f97bcfff3eed16"


@pytest.fixture()
def db(seed_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "d.db"
    shutil.copy(seed_db, copy)
    return copy


def spans(db: Path) -> set[tuple[str, int, int]]:
    with sqlite3.connect(db) as conn:
        return set(conn.execute("SELECT article_id, start, end FROM timeline_entries"))


def test_hide_list_and_undo(db: Path) -> None:
    hidden = runner.invoke(app, ["correct", "hide", BIDEN_ARTICLE, "401", "600", "--db", str(db), "--by", "ana",
                                 "--note", "a teaser"])
    assert hidden.exit_code == 0 and "correction 1: hide recorded" in hidden.output
    assert (BIDEN_ARTICLE, 401, 600) not in spans(db)
    listed = runner.invoke(app, ["correct", "list", "--db", str(db)]).output.splitlines()
    assert listed[0].split("\t")[:6] == ["1", "hide", f"{BIDEN_ARTICLE} 401 600", "{}", "ana", "cli"]
    assert listed[0].endswith("\ta teaser")
    assert runner.invoke(app, ["correct", "undo", "1", "--db", str(db), "--by", "ben"]).exit_code == 0
    assert (BIDEN_ARTICLE, 401, 600) in spans(db)
    assert "undone" in runner.invoke(app, ["correct", "list", "--db", str(db)]).output
    again = runner.invoke(app, ["correct", "undo", "1", "--db", str(db)])
    assert again.exit_code == 4 and again.output.startswith("error D103: no active correction 1")


def test_a_storyline_move_is_a_correction_from_either_command(db: Path) -> None:
    assert runner.invoke(app, ["storylines", "move", CORPUS_DATED, "--db", str(db)]).exit_code == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT storyline_id FROM articles WHERE id = ?", (CORPUS_DATED,)).fetchone() == \
            (f"s-{CORPUS_DATED}",)
        rest = conn.execute("SELECT storyline_id FROM articles WHERE id = ?", (BIDEN_ARTICLE,)).fetchone()[0]
    assert runner.invoke(app, ["correct", "move", CORPUS_DATED, "--to", rest, "--db", str(db)]).exit_code == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(DISTINCT storyline_id) FROM articles").fetchone() == (1,)
        assert conn.execute("SELECT kind, count(*) FROM corrections GROUP BY kind").fetchall() == [("move", 2)]


@pytest.mark.parametrize(("args", "code", "message"), [
    (["date", "nope", "2024-01-01"], 4, "error D103: no article 'nope'"),
    (["date", BIDEN_ARTICLE, "2024-13-01"], 2, "error D108: a day is written YYYY-MM-DD"),
    (["hide", BIDEN_ARTICLE, "0", "5"], 4, f"error D103: no sentence at {BIDEN_ARTICLE} 0–5"),
    (["merge", "person:joe-biden", "person:joe-biden"], 2, "error D108: an entity cannot be merged into itself"),
    (["split", "person:nobody", "X"], 4, "error D103: no entity 'person:nobody'"),
    (["speaker", BIDEN_ARTICLE, "141", "157"], 2, "Invalid value"),
])
def test_a_wrong_correction_is_one_coded_line_and_changes_nothing(db: Path, args: list[str], code: int,
                                                                  message: str) -> None:
    before = spans(db)
    result = runner.invoke(app, ["correct", *args, "--db", str(db)])
    assert result.exit_code == code and message in result.output, result.output
    assert spans(db) == before
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM corrections").fetchone() == (0,)


def test_correcting_a_missing_store_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    result = runner.invoke(app, ["correct", "hide", BIDEN_ARTICLE, "401", "600", "--db", str(missing)])
    assert result.exit_code == 4 and result.output.startswith("error D101")
    assert list(tmp_path.iterdir()) == []
