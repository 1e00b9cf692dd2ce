"""The store a writing command works on, with the one-writer lock held (:mod:`dateline.store.lock`)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import typer
from rich.console import Console

from dateline.errors import StoreBusy
from dateline.store import Store
from dateline.store.lock import exclusive_writer

#: Exit status when another process is writing to the store (nothing was done).
EXIT_BUSY = 4

console = Console(stderr=True)


@contextmanager
def writing(db: Path, create: bool = True) -> Iterator[Store]:
    """The store, with the writer lock held; exit 4 at once, having done nothing, if another process holds it.
    ``create``: make the store if it does not exist (building does; a correction needs an existing one)."""
    with ExitStack() as held:
        # A store that must exist is opened first, so a wrong path leaves not even a lock file behind.
        existing = None if create else held.enter_context(Store(db, create=False))
        try:
            held.enter_context(exclusive_writer(db))
        except StoreBusy as busy:
            console.print(f"[red]{busy}[/red]", highlight=False, soft_wrap=True)
            raise typer.Exit(EXIT_BUSY) from None
        yield existing or held.enter_context(Store(db))
