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
        # 7 October, 28 November (Burns in Qatar "on Tuesday", the lead of an article its text dates to 28 Nov - 4
        # Dec, pinned to that day) and 20 December, two entries each: 21 December, the day the report of the 20th
        # was written, and 27 November (the truce extended "on Monday", told once, deep in that article) are held
        # back, 27 November above the line but named by no other sentence, with their confidence
        assert [(day.isoformat(), [e.confidence for e in entries]) for day, entries in days] == [
            ("2023-10-07", [0.643, 0.643]), ("2023-11-28", [0.55, 0.55]), ("2023-12-20", [0.518, 0.518])]
        held = conn.execute("SELECT day, round(confidence, 3) FROM timeline_held GROUP BY day ORDER BY day").fetchall()
        assert [tuple(row) for row in held] == [("2023-11-27", 0.2), ("2023-12-21", 0.2), ("2024-03-10", 0.2)]
        assert timeline_by_day(conn, storyline_id) == days and timeline_by_day(conn, "no such storyline") == []
        first_day, entries = days[0]
        with store.transaction():
            assert replace_timeline(conn, [(storyline_id, entry) for entry in reversed(entries)]) == len(entries)
        assert timeline_by_day(conn) == [(first_day, entries)]
