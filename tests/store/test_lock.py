"""Two writers on one store: the second is refused at once; two openers of a new store both get it whole."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from dateline.errors import StoreBusy
from dateline.store import SCHEMA_VERSION, Store
from dateline.store.lock import exclusive_writer


def test_a_second_writer_is_refused_at_once_with_a_coded_message(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    with exclusive_writer(db):
        started = time.monotonic()
        with pytest.raises(StoreBusy) as busy, exclusive_writer(db):
            pass
        assert time.monotonic() - started < 1
    assert str(busy.value) == (f"D013 store busy: another Dateline process is writing to {db}; "
                               "run this again when it has finished")
    with exclusive_writer(db):  # released with its holder
        pass


def test_two_processes_opening_a_new_store_at_once_both_get_it_whole(tmp_path: Path) -> None:
    """Both see an empty file and both set out to migrate it; before migrations ran under SQLite's write
    lock, the second died with "table articles already exists"."""
    db = tmp_path / "new.db"
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("PRAGMA journal_mode = WAL")
    holder.execute("BEGIN IMMEDIATE")  # holds both openers at the first write, after they read version 0
    outcomes: list[int | Exception] = []

    def open_store() -> None:
        try:
            with Store(db) as store:
                outcomes.append(store.conn.execute("PRAGMA user_version").fetchone()[0])
        except Exception as error:  # noqa: BLE001 - the outcome under test
            outcomes.append(error)

    openers = [threading.Thread(target=open_store) for _ in range(2)]
    for opener in openers:
        opener.start()
    time.sleep(0.5)
    holder.execute("ROLLBACK")
    holder.close()
    for opener in openers:
        opener.join()
    assert outcomes == [SCHEMA_VERSION, SCHEMA_VERSION]
