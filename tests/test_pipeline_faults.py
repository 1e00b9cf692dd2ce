"""Faults a build must survive: ``kill -9`` at any stage, and a second build on the same store.

Each build here runs in its own process, stopped inside a stage's open transaction (tests/pause_at.py) and
killed there with a real SIGKILL; the next build must leave the store exactly as one uninterrupted build does.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import EXIT_BUSY, app
from dateline.store import Store

from .pause_at import kill_hard, start_paused, wait_until_paused

#: Where each stage is stopped: after the N-th call of a function that writes inside the stage's transaction.
STOPS = {
    "ingest": ("dateline.pipeline:insert_article", 3),  # two articles committed, the third not yet
    "analysis": ("dateline.pipeline:save_analysed", 3),  # the chunk's third article saved, the chunk not committed
    "link": ("dateline.pipeline:rebuild_timeline", 1),  # every link table rewritten, none committed
}
runner = CliRunner(env={"COLUMNS": "200"})
#: Each stage's paused build: its process and its store.
PausedBuilds = dict[str, tuple[subprocess.Popen, Path]]
Document = Callable[[Path], dict]


@pytest.fixture(scope="module")
def paused_builds(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[PausedBuilds]:
    """A build for each stage, each in its own process and store, started at once (their start-up, spaCy's
    loading most of all, is the slow part), each stopping in its stage."""
    builds = {}
    for stage, (target, call) in STOPS.items():
        db = tmp_path_factory.mktemp(stage) / "d.db"
        builds[stage] = start_paused(target, call, db.with_name("paused"), "build", str(seeds_dir), "--db", str(db)), db
    yield builds
    for child, _ in builds.values():
        child.kill()
        child.wait()


@pytest.mark.parametrize("stage", STOPS)
def test_a_build_killed_in_any_stage_is_finished_by_the_next_with_nothing_lost_or_twice(
        stage: str, paused_builds: PausedBuilds, seeds_dir: Path, seed_db: Path, store_document: Document) -> None:
    child, db = paused_builds[stage]
    wait_until_paused(child, db.with_name("paused"))
    busy = runner.invoke(app, ["build", str(seeds_dir), "--db", str(db)])  # a second build meanwhile
    assert busy.exit_code == EXIT_BUSY and "D013 store busy" in busy.output
    kill_hard(child)
    with Store(db) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        counts = store.conn.execute("""SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM stage_runs),
                                              (SELECT count(*) FROM timeline_entries)""").fetchone()
    assert tuple(counts) == {"ingest": (2, 0, 0), "analysis": (5, 0, 0), "link": (5, 5, 0)}[stage]
    rebuild = runner.invoke(app, ["build", str(seeds_dir), "--db", str(db)])  # the kill released the lock
    assert rebuild.exit_code == 0, rebuild.output
    assert store_document(db) == store_document(seed_db)
