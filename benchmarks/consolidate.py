"""A consolidation at scale: the wall time, CPU time and memory of regrouping every storyline of a large store.

    .venv/bin/python benchmarks/consolidate.py --db /tmp/c50k.db [--articles 50000] [--corpus ../shared/eval/t17]
        [--seed 7] [--link]

The store is the synthetic linked store of ``benchmarks/incremental_link.py``, built once by that benchmark's
own builder and kept in ``<db>.base`` (copy one made before instead, if you have it: the run opens a copy, so
the base is never changed). A process of its own then reads every article as a consolidation does
(:func:`~dateline.store.storylines.storyline_articles`) and groups them
(:func:`~dateline.link.storylines.consolidate_storylines`), printing the grouping's wall and CPU time, the
memory it allocated at its peak (``tracemalloc``: Python's and NumPy's and SciPy's arrays), the process's peak
resident memory before and after, how many storylines it made, and the load average. With ``--link`` it runs
the whole link as ``dateline link --consolidate`` does (entities, duplicates, storylines, figure series, event
reports and timelines) instead, and reports the same. Run it with ``--articles 2000`` too: memory that grows
far less than the square of the store is the check.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from incremental_link import copy_base, synthetic_store_arguments

from dateline import pipeline
from dateline.link.storylines import consolidate_storylines
from dateline.store import Store
from dateline.store.storylines import storyline_articles


def consolidate(db: Path, whole_link: bool) -> None:
    """Regroup the store (or link it whole), reporting time and memory; run in a process of its own, so its peak
    resident memory is this work's."""
    with Store(db) as store:
        if whole_link:
            work: Callable[[], str] = lambda: f"{pipeline.link(store, consolidate=True)} timeline entries"  # noqa: E731
        else:
            articles = storyline_articles(store.conn)
            work = lambda: f"{len(consolidate_storylines(articles).storylines)} storylines"  # noqa: E731
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        tracemalloc.start()
        started, cpu = time.perf_counter(), time.process_time()
        made = work()
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        _, traced = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        articles_stored = store.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    print(f"{'linked' if whole_link else 'consolidated'} a store of {articles_stored} articles: {made}, "
          f"{elapsed:.1f} s wall, {cpu:.1f} s CPU; allocated at most {traced / 2**20:.0f} MiB; peak memory "
          f"{before / 1024:.0f} MiB before, {after / 1024:.0f} MiB after; load average {os.getloadavg()[0]:.1f}")


def main() -> None:
    parser = synthetic_store_arguments(__doc__.split("\n")[0])
    parser.add_argument("--link", action="store_true", help="run the whole link, not only the storylines")
    parser.add_argument("--step", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        consolidate(args.db, args.link)
        return
    copy_base(args)
    subprocess.run([sys.executable, __file__, "--db", str(args.db), "--step", *(["--link"] if args.link else [])],
                   check=True)


if __name__ == "__main__":
    main()
