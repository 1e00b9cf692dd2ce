"""Throughput of ``dateline build --engine ray`` with 1 and 2 Ray workers on the same articles, phase by phase.

For each worker count, into a fresh store, on a local Ray runtime with that many CPUs: the runtime's
start, the cluster stage (reading, cleaning and analysis by the actors, Parquet shards written), the merge
of the shards into the store, and the end every build shares (corpus dating, linking, the timeline). The
cluster stage's articles a second is the number that scales with the cluster; the merge and the end run
in this one process, and docs/scale.md sizes them. The load average is printed beside every run: on a
machine shared with other work the ratio means little, as a run of more processes also takes a larger share
of the contended cores; measure on an idle machine.

    .venv/bin/python benchmarks/ray_workers.py [--articles 60] [--workers 1 2] [--corpus ../shared/eval/t17]
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

from workers import corpus_files  # benchmarks/ is the script's folder

from dateline import pipeline
from dateline.cluster import analyse_on_ray, merge_shards, ray_runtime
from dateline.store import Store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared/eval/t17")
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    files = corpus_files(args.corpus, args.articles)
    print(f"articles: {len(files)}, cores: {os.cpu_count()}")
    stage_seconds: dict[int, float] = {}
    for workers in args.workers:
        with tempfile.TemporaryDirectory() as scratch, Store(Path(scratch) / "ray.db") as store:
            load = os.getloadavg()[0]
            shards = Path(scratch) / "shards"
            started = time.perf_counter()
            with ray_runtime(None, workers):
                up = time.perf_counter()
                analyse_on_ray(files, shards, None, workers)
                analysed = time.perf_counter()
            report, _ = merge_shards(shards, store, None, None)
            merged = time.perf_counter()
            shard_bytes = sum(path.stat().st_size for path in shards.rglob("*.parquet"))
            shutil.rmtree(shards)
            pipeline.finish_build(store, report, 0, None, None)
            finished = time.perf_counter()
        stage = stage_seconds[workers] = analysed - up
        print(f"ray workers {workers}: start {up - started:5.1f} s, cluster stage {stage:6.1f} s "
              f"({len(files) / stage:5.2f} articles/s, x{stage_seconds[args.workers[0]] / stage:.2f}), "
              f"merge {merged - analysed:5.1f} s, link {finished - merged:5.1f} s, "
              f"total {finished - started:6.1f} s; shards {shard_bytes / len(files) / 1024:.1f} KiB an article  "
              f"load {load:.1f}→{os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
