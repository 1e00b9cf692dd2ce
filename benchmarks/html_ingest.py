"""Time to read HTML pages into articles (:func:`dateline.ingest.html.article_from_html`): extraction, the
other-story and layout-table steps, the continued-story walk and the page's date, on every page of a folder.

    PYTHONPATH=src .venv/bin/python benchmarks/html_ingest.py ../shared/eval/real/html [--repeat 3]

Each page is read ``--repeat`` times (the first pass is a warm-up and not counted); reports the total and the
mean and p95 per page. Run it on two branches in the same session to compare them.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from dateline.errors import SkippedInput
from dateline.ingest.checks import decode_text
from dateline.ingest.html import article_from_html


def page_seconds(page: str, source: str) -> float:
    """Seconds to read one page into an article (a page with no text counts too: its reading was paid)."""
    start = time.perf_counter()
    try:
        article_from_html(page, source)
    except SkippedInput:
        pass
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int, default=0, help="read at most this many pages (0: all)")
    args = parser.parse_args()
    paths = sorted(args.folder.glob("*.htm*"))[: args.limit or None]
    pages = [(decode_text(path.read_bytes()), str(path)) for path in paths]
    for page, source in pages:  # warm-up: models, caches
        page_seconds(page, source)
    times = [min(page_seconds(page, source) for _ in range(max(1, args.repeat - 1))) for page, source in pages]
    print(f"{len(pages)} pages: total {sum(times):.2f} s, mean {1000 * statistics.mean(times):.1f} ms, "
          f"p95 {1000 * statistics.quantiles(times, n=20)[-1]:.1f} ms (best of {max(1, args.repeat - 1)} per page)")


if __name__ == "__main__":
    main()
