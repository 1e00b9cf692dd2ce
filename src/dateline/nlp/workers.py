"""Analysis in worker processes: the parent reads articles from the store and writes their records, the
workers parse.

A process pool rather than spaCy's own ``nlp.pipe(n_process=N)``: spaCy's workers send back whole Docs,
serialised with their extension attributes as msgpack, which Dateline's records (dataclasses) are not, and
the parent would then rebuild every Doc and turn it into records itself, on the core the workers need.
Here each worker runs :func:`~dateline.nlp.analysis.analyse_articles` and hands back the records alone
(``benchmarks/workers.py`` measures both). Workers are forked from the parent, which has loaded the
pipeline already to fingerprint it, so they start at once and share its memory.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.connection import wait

from dateline.model import Article
from dateline.nlp.analysis import Analysed, analyse_articles
from dateline.nlp.pipeline import shared_pipeline

#: Chunks handed out ahead of the one being written, per worker: enough that no worker waits for the
#: writer, few enough that memory does not grow with the corpus.
CHUNKS_AHEAD = 2


def default_workers() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def analysed_chunks(chunks: Iterable[Sequence[Article]], components: tuple[str, ...], batch_size: int,
                    workers: int = 1) -> Iterator[list[Analysed]]:
    """Each chunk's analyses, in the chunks' order, from ``workers`` processes (1: this process alone).
    Chunks are taken from ``chunks`` only a few ahead of the one yielded, so a corpus streams through."""
    if workers <= 1:
        nlp = shared_pipeline(components)
        yield from (analyse_articles(nlp, chunk, batch_size) for chunk in chunks)
        return
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                             initializer=_exit_with_parent) as pool:
        ahead: deque[Future[list[Analysed]]] = deque()
        for chunk in chunks:
            ahead.append(pool.submit(_analyse_chunk, components, chunk, batch_size))
            if len(ahead) > CHUNKS_AHEAD * workers:
                yield ahead.popleft().result()
        while ahead:
            yield ahead.popleft().result()


def _analyse_chunk(components: tuple[str, ...], chunk: Sequence[Article], batch_size: int) -> list[Analysed]:
    return analyse_articles(shared_pipeline(components), chunk, batch_size)


def _exit_with_parent() -> None:
    """Make this worker exit as soon as the build that started it ends, ``kill -9`` included: a pool's
    workers wait for work forever, and a forked worker holds the parent's open files, the store's writer
    lock among them, so an orphan would keep the store busy."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=lambda: (wait([parent.sentinel]), os._exit(1)), daemon=True).start()
