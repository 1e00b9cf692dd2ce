"""One writer at a time: every command that writes holds an exclusive lock on a file beside the store.

SQLite keeps each transaction whole, but two builds interleaving their stages would analyse the same
articles twice and wait on each other's long transactions until one gives up with "database is locked".
The lock is taken before the store is opened and refused at once when held, with a coded message; the
operating system drops it when its holder exits, ``kill -9`` included, so a crash never leaves it stale.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from dateline.errors import StoreBusy


def lock_path(store: Path) -> Path:
    return store.with_name(store.name + ".lock")


@contextmanager
def exclusive_writer(store: Path) -> Iterator[None]:
    """Hold the store's writer lock for the block; raises :class:`StoreBusy` if another process holds it."""
    lock = FileLock(lock_path(store), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise StoreBusy(str(store)) from None
    try:
        yield
    finally:
        lock.release()
