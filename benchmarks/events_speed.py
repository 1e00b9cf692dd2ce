"""What the ``dateline_events`` component adds to the parse, side by side in one run.

The same Timeline17 articles go through Dateline's pipeline without ``dateline_events`` (the stock parse and
every other component), timed; then ``dateline_events`` runs on each of those parsed Docs, timed alone.
Its time over the pipeline's is what it adds. Running it on the same Docs, in the same process, keeps load
on a shared machine from favouring either side.

    .venv/bin/python benchmarks/events_speed.py [--every N] [--limit 100] [--corpus /work/shared/eval/t17]

Target (issue 15): at most 10% of the parse time.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from dateline.model import Article
from dateline.nlp.pipeline import BATCH_SIZE, DEFAULT_COMPONENTS, load_pipeline, make_doc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("/work/shared/eval/t17"))
    parser.add_argument("--every", type=int, default=50)
    parser.add_argument("--limit", type=int, default=100)
    args = parser.parse_args()
    paths = sorted(args.corpus.glob("*/InputDocs/*/*.txt"))[::args.every][:args.limit]
    nlp = load_pipeline(tuple(name for name in DEFAULT_COMPONENTS if name != "dateline_events"))
    events = load_pipeline().get_pipe("dateline_events")
    articles = [Article(id=str(i), source=str(p), text=p.read_text(encoding="utf-8")) for i, p in enumerate(paths)]
    started = time.perf_counter()
    docs = list(nlp.pipe((make_doc(nlp, a) for a in articles), batch_size=BATCH_SIZE))
    parse = time.perf_counter() - started
    started = time.perf_counter()
    found = sum(len(events(doc)._.events) for doc in docs)
    added = time.perf_counter() - started
    chars = sum(len(a.text) for a in articles)
    print(f"{len(articles)} articles, {chars:,} characters, {found:,} events")
    print(f"pipeline without dateline_events {parse:7.2f} s")
    print(f"dateline_events on the same Docs {added:7.2f} s  (+{added / parse:.1%})")


if __name__ == "__main__":
    main()
