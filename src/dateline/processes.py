"""Work spread over processes, handed back in order: the build's reading and its analysis run in worker
processes while one process, the caller, writes the store.

A process pool rather than spaCy's own ``nlp.pipe(n_process=N)``: spaCy's workers send back whole Docs,
serialised with their extension attributes as msgpack, which Dateline's records (dataclasses) are not, and
the parent would then rebuild every Doc and turn it into records itself, on a core the workers need. Here a
worker hands back the records alone (``benchmarks/workers.py`` times both). Workers are forked, so they
share what the caller has loaded (the spaCy pipeline, loaded to fingerprint it) and start at once.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.connection import wait
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
#: Items handed out ahead of the one being handed back, per worker: enough that no worker waits for the
#: caller, few enough that memory does not grow with the corpus.
ITEMS_AHEAD = 2


def default_workers() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def in_order(function: Callable[[Item], Result], items: Iterable[Item], workers: int = 1) -> Iterator[Result]:
    """``map(function, items)`` over ``workers`` processes (1: this process alone), results in the items'
    order. ``function`` must be picklable (a module's function, or a ``functools.partial`` of one). Items are
    taken only a few ahead of the result handed back, so a corpus streams through."""
    if workers <= 1:
        yield from map(function, items)
        return
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                             initializer=_exit_with_parent) as pool:
        ahead: deque[Future[Result]] = deque()
        for item in items:
            ahead.append(pool.submit(function, item))
            if len(ahead) > ITEMS_AHEAD * workers:
                yield ahead.popleft().result()
        while ahead:
            yield ahead.popleft().result()


def _exit_with_parent() -> None:
    """Make this worker exit as soon as the process that started it ends, ``kill -9`` included: a pool's
    workers wait for work forever, and a forked worker holds the parent's open files, the store's writer
    lock among them, so an orphan would keep the store busy."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=lambda: (wait([parent.sentinel]), os._exit(1)), daemon=True).start()
