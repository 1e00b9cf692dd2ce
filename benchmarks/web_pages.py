"""Page times of the web app on a large store: p50 and p95 for the timeline, article, entity, search,
storyline figures and figure series pages (HTML, rendered in-process through the ASGI app, so network time
is left out), and the largest page of each kind.

    .venv/bin/python benchmarks/web_store.py --db /tmp/web_big.db     # once: ~52,000 articles
    .venv/bin/python benchmarks/web_pages.py --db /tmp/web_big.db [--requests 200]

Each kind of page is requested ``--requests`` times with ids, dates, entities and words drawn at random
(seeded) from the store; the first request of each kind is a warm-up and not counted. Target: p95 < 100 ms.
``timeline`` mixes the first page, a page from a random day and a deep page; ``timeline+entity`` is the
timeline filtered by a random entity; ``figures`` mixes the first page and the others; ``figure series`` is
a random page of a random series, so its time grows with the series' length.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from fastapi.testclient import TestClient

from dateline.web import create_app

SEARCH_WORDS = ["swine flu", "Obama", "oil spill", "Gaddafi", "Michael Jackson", "BP", "Mubarak", "Syria",
                "Egypt protesters", "vaccine", "Tripoli", "Deepwater Horizon", "bank", "Yemen", "Assad"]


def page_makers(conn: sqlite3.Connection, rng: random.Random) -> dict[str, Callable[[], str]]:
    """For each page kind, a function returning the URL of one random page of that kind."""
    days = [r[0] for r in conn.execute("SELECT DISTINCT day FROM timeline_entries")]
    entries = conn.execute("SELECT article_id, start, end FROM timeline_entries "
                           "ORDER BY random() LIMIT 2000").fetchall()
    entities = [r[0] for r in conn.execute("SELECT id FROM entities")]
    # The copied benchmark store has no storylines of its own; then the whole store's page is timed.
    storylines = [r[0] for r in conn.execute("SELECT id FROM storylines")] or ["all"]
    series = conn.execute("SELECT series_key, count(*) FROM figures WHERE series_key IS NOT NULL "
                          "GROUP BY series_key").fetchall()
    return {
        "timeline": lambda: rng.choice(["/storylines/all", f"/storylines/all?since={rng.choice(days)}",
                                        f"/storylines/all?page={rng.randint(2, 50)}"]),
        "timeline+entity": lambda: f"/storylines/all?entity={rng.choice(entities)}",
        "article": lambda: "/articles/{}?start={}&end={}".format(*rng.choice(entries)),
        "entity": lambda: f"/entities/{rng.choice(entities)}",
        "search": lambda: f"/search?q={rng.choice(SEARCH_WORDS)}",
        "figures": lambda: f"/storylines/{rng.choice(storylines)}/figures?page={rng.randint(1, 3)}",
        "figure series": lambda: "/storylines/all/figures/{}?page={}".format(*_series_page(rng, series)),
    }


def _series_page(rng: random.Random, series: list[tuple[str, int]]) -> tuple[str, int]:
    """A random series key and a random page of its reports (50 a page)."""
    key, reports = rng.choice(series)
    return quote(key, safe=":"), rng.randint(1, (reports + 49) // 50)


def measure(client: TestClient, make_url: Callable[[], str], requests: int) -> tuple[list[float], int]:
    """Milliseconds per request, and the largest page in bytes; every response must be a 200."""
    client.get(make_url())
    times, largest = [], 0
    for _ in range(requests):
        url = make_url()
        began = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - began) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        largest = max(largest, len(response.content))
    return times, largest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    conn = sqlite3.connect(args.db)
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    makers = page_makers(conn, random.Random(17))
    print(f"{args.db}: {articles:,} articles; {args.requests} requests per page kind")
    print(f"{'page':<16}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'max KB':>9}")
    with TestClient(create_app(args.db)) as client:
        for kind, make_url in makers.items():
            times, largest = measure(client, make_url, args.requests)
            p95 = statistics.quantiles(times, n=20)[-1]
            print(f"{kind:<16}{statistics.median(times):>9.1f}{p95:>9.1f}{max(times):>9.1f}{largest / 1024:>9.0f}",
                  flush=True)


if __name__ == "__main__":
    main()
