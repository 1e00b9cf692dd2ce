"""How much the whole ``dateline build`` costs beyond the bare spaCy parse, and its peak memory.

Runs, in one session and on the same Timeline17 articles: (1) the bare parse — the same spaCy model over the
same texts with ``nlp.pipe`` in one process, the floor every build pays; (2) ``dateline build`` into a fresh
store. Each runs in its own child process so its peak memory (max RSS) is measured alone. Both read at most
``ANALYSIS_CHAR_LIMIT`` characters of an article (Timeline17 holds a few 600,000-character transcripts),
so they parse the same text.

    .venv/bin/python benchmarks/build_speed.py [--every N] [--limit N] [--corpus ../shared/eval/t17]

Target (issue 2): build time ≤ 1.5 × bare parse; build peak memory < 2 GB whatever the corpus size.
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
for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
    pass
"""


def corpus_files(corpus: Path, every: int, limit: int | None) -> list[Path]:
    """Timeline17 input articles (not the reference timelines), every ``every``-th in a stable order."""
    files = sorted(corpus.glob("*/InputDocs/*/*.txt"))[::every]
    return files[:limit] if limit else files


def run_child(command: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of one child process."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in (0, 3):
        raise SystemExit(f"{command[0]} failed with status {status}")
    return elapsed, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared/eval/t17")
    parser.add_argument("--every", type=int, default=1, help="a sample: every N-th article (all outlets)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args()
    files = corpus_files(args.corpus, args.every, args.limit)
    with tempfile.TemporaryDirectory() as scratch:
        listing = Path(scratch) / "files.txt"
        listing.write_text("\n".join(map(str, files)), encoding="utf-8")
        parse_s, parse_mb = run_child([sys.executable, "-c", BARE_PARSE, str(listing)])
        dateline = str(Path(sys.executable).with_name("dateline"))
        build_s, build_mb = run_child([dateline, "build", *map(str, files), "--db", f"{scratch}/bench.db"])
    n = len(files)
    print(f"articles: {n}")
    print(f"bare spaCy parse: {parse_s:7.1f} s  {n / parse_s:6.1f} articles/s  peak {parse_mb:6.0f} MB")
    print(f"dateline build:   {build_s:7.1f} s  {n / build_s:6.1f} articles/s  peak {build_mb:6.0f} MB")
    print(f"build / parse: {build_s / parse_s:.2f}x (target ≤ 1.5x); peak memory target < 2048 MB")


if __name__ == "__main__":
    main()
