"""The stored timeline: replaced whole, read back by day in text order."""

from __future__ import annotations

import shutil
from pathlib import Path

from dateline.store import Store
from dateline.store.timeline import replace_timeline, timeline_by_day


def test_the_seed_timeline_is_replaced_whole_and_read_back_by_day(seed_db: Path, tmp_path: Path) -> None:
    shutil.copy(seed_db, tmp_path / "d.db")
    with Store(tmp_path / "d.db") as store:
        conn = store.conn
        days = timeline_by_day(conn)
        (storyline_id,) = conn.execute("SELECT id FROM storylines").fetchone()
        assert [day for day, _ in days] == sorted(day for day, _ in days)
        assert sum(len(entries) for _, entries in days) == 6
        assert timeline_by_day(conn, storyline_id) == days and timeline_by_day(conn, "no such storyline") == []
        first_day, entries = days[0]
        with store.transaction():
            assert replace_timeline(conn, [(storyline_id, entry) for entry in reversed(entries)]) == len(entries)
        assert timeline_by_day(conn) == [(first_day, entries)]
