"""How much faster ``dateline build --workers 2`` is than ``--workers 1``, and whether it writes the same store.

Runs, on the same Timeline17 articles, each in its own child process into a fresh store: ``dateline build
--workers 1``, then ``--workers 2`` (or the counts given), and compares each store's JSON export with the
first's. For reference it also times the bare spaCy parse of the same texts with ``nlp.pipe(n_process=1)`` and
``n_process=2``: spaCy's own multiprocessing scales the bare model, but cannot carry Dateline's components,
whose Doc extension values (dataclasses) its workers cannot serialise, which is why the build uses a process
pool that hands back records (:mod:`dateline.processes`). The load average is printed beside every run: on
a machine shared with other work the ratio means little, as a run of more processes also takes a larger
share of the contended cores; measure on an idle machine. CPU seconds include the workers'.

    .venv/bin/python benchmarks/workers.py [--articles 200] [--workers 1 2] [--no-bare] [--corpus ../shared/eval/t17]

Target (issue 16): ``--workers 2`` at least 1.6 times as fast as ``--workers 1`` on 200 articles, 2 cores.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_PARSE = """
import sys, spacy
from dateline.nlp.pipeline import ANALYSIS_CHAR_LIMIT, BATCH_SIZE, MODEL
nlp = spacy.load(MODEL)
paths = [line.strip() for line in open(sys.argv[1])]
texts = (open(p, encoding="utf-8").read()[:ANALYSIS_CHAR_LIMIT] for p in paths)
for _ in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=int(sys.argv[2])):
    pass
"""


def corpus_files(corpus: Path, articles: int) -> list[Path]:
    """``articles`` Timeline17 input articles spread evenly over every story and outlet, in a stable order."""
    files = sorted(corpus.glob("*/InputDocs/*/*.txt"))
    return files[::max(1, len(files) // articles)][:articles]


def timed(command: list[str], stderr: int | None = None) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds of the child and its workers, load averages before and after)."""
    before = os.getloadavg()[0]
    started, cpu = time.perf_counter(), _children_cpu()
    status = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=stderr).returncode
    if status not in (0, 3):  # 3: some inputs skipped (Timeline17 has an empty page and a Vietnamese one)
        raise SystemExit(f"{command[0]} {command[1]} failed with status {status}")
    return time.perf_counter() - started, _children_cpu() - cpu, f"load {before:.1f}→{os.getloadavg()[0]:.1f}"


def _children_cpu() -> float:
    times = os.times()
    return times.children_user + times.children_system


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared/eval/t17")
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--no-bare", action="store_true", help="skip the bare spaCy parse")
    args = parser.parse_args()
    files = corpus_files(args.corpus, args.articles)
    dateline = str(Path(sys.executable).with_name("dateline"))
    print(f"articles: {len(files)}, cores: {os.cpu_count()}")
    with tempfile.TemporaryDirectory() as scratch:
        listing = Path(scratch) / "files.txt"
        listing.write_text("\n".join(map(str, files)), encoding="utf-8")
        builds: dict[int, float] = {}
        for workers in args.workers:
            db, export = f"{scratch}/{workers}.db", Path(scratch) / f"{workers}.json"
            wall, cpu, load = timed([dateline, "build", *map(str, files), "--db", db, "--workers", str(workers)],
                                    stderr=subprocess.DEVNULL)
            subprocess.run([dateline, "export", "--format", "json", "--db", db, "-o", str(export)], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            same = export.read_bytes() == (Path(scratch) / f"{args.workers[0]}.json").read_bytes()
            builds[workers] = wall
            print(f"build --workers {workers}: {wall:6.1f} s wall {cpu:6.1f} s CPU  {len(files) / wall:5.2f} "
                  f"articles/s  x{builds[args.workers[0]] / wall:.2f}  export same as first: {same}  {load}")
        for processes in () if args.no_bare else (1, 2):
            wall, cpu, load = timed([sys.executable, "-c", BARE_PARSE, str(listing), str(processes)])
            print(f"bare spaCy parse, n_process={processes}: {wall:6.1f} s wall {cpu:6.1f} s CPU  {load}")


if __name__ == "__main__":
    main()
