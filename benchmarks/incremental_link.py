"""Incremental link at scale: the link time and memory of adding articles to a large linked store.

    .venv/bin/python benchmarks/incremental_link.py --db /tmp/link50k.db [--articles 50000] [--add 100]
        [--corpus ../shared/eval/t17] [--seed 7]

Step 1 (once, kept in ``<db>.base``) synthesises a linked store without spaCy and without a full link (a
whole link of 50,000 articles takes far longer than the add it measures; ``benchmarks/consolidate.py`` times one).
Every synthetic article is eight sentences of one Timeline17 input document and two of another document of the
same topic, drawn at random, dated by the document's folder; its sentences are stored as analysis stores them
(so timelines can be summarized), and its entity mentions are runs of capitalised words (two words: a person;
three or more: an organisation; one word inside a sentence: a place). The link's index is then written as a
consolidation writes it, by the same functions: every article's MinHash signature and LSH buckets, the TF-IDF
and entity vocabulary of all articles, and a storyline for every topic and ISO week with the sum of its articles'
unit vectors (:func:`~dateline.link.storylines.fitted_vectors`); the mentions keyed by
:func:`~dateline.extract.entities.entity_keys` and the entities built by
:func:`~dateline.extract.entities.entity_of` (their relations are left empty, as a store whose entities
were never merged has them), and every storyline's timeline summarized
(:func:`~dateline.timeline.store.rebuild_timeline`, which keeps each sentence's traits as a consolidation does).
No figures, time expressions or quotes are synthesised.

Step 2 copies the base store, marks its articles linked by the link code under test (the base stands for a store
that code linked, so a base made once serves every later version of the code), and stores ``--add`` new
synthetic articles in the same way (from a different seed, each from its topic's last week of documents, as the
day's news a user adds would be), then runs the
build's link step (``pipeline.link``, which decides by itself: below a quarter of the store it links
incrementally) in a process of its own, printing the link's wall and CPU time, the process's peak memory before
and after the link, how many storylines it touched, and the load average. Run it with ``--articles 2000`` too:
equal memory growth at both sizes is the "memory flat" check. Read the memory of a run whose base already
exists: Linux keeps a process's peak across ``exec``, so the run that builds the base reports the build's.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dateline import pipeline
from dateline.extract.entities import entity_keys, entity_of, name_runs, normal_name, relabel_people
from dateline.link.duplicates import band_buckets, signature_bytes, text_minhash
from dateline.link.entities import index_mentions
from dateline.link.incremental import link_version
from dateline.link.storylines import fitted_vectors, summed
from dateline.records import Mention
from dateline.store import Store
from dateline.store.entity_index import KeyedMention, save_entity_words
from dateline.store.link_state import add_to_sum, log_link, mark_linked, save_original, save_vocabulary
from dateline.store.storylines import storyline_articles
from dateline.timeline.store import rebuild_timeline

_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*")


@dataclass(frozen=True, slots=True)
class Synthetic:
    id: str
    topic: str
    day: date
    sentences: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.sentences)


def t17_documents(corpus: Path) -> dict[str, list[tuple[date, list[str]]]]:
    """Each Timeline17 topic's input documents: their day and their non-empty lines."""
    topics: dict[str, list[tuple[date, list[str]]]] = defaultdict(list)
    for path in sorted(corpus.glob("*/InputDocs/*/*")):
        lines = [line.strip() for line in path.read_text("utf-8", errors="replace").splitlines() if line.strip()]
        if len(lines) >= 8:
            topics[path.parts[-4].split("_")[0]].append((date.fromisoformat(path.parent.name), lines))
    return topics


def synthesise(topics: dict[str, list[tuple[date, list[str]]]], count: int, seed: int,
               latest: bool = False) -> list[Synthetic]:
    """``count`` articles, the topics in turn; ``latest``: each from its topic's last week of documents (the
    news of the day a user adds), else from any of its documents."""
    rng = random.Random(seed)
    names = sorted(topics)
    articles = []
    for n in range(count):
        topic = names[n % len(names)]
        documents = topics[topic]
        if latest:
            last = max(day for day, _ in documents)
            documents = [(day, lines) for day, lines in documents if (last - day).days < 7]
        day, lines = rng.choice(documents)
        _, other = rng.choice(topics[topic])
        sentences = tuple(rng.sample(lines, 8) + rng.sample(other, min(2, len(other))))
        digest = hashlib.sha256(f"{seed} {n} {' '.join(sentences)}".encode()).hexdigest()[:16]
        articles.append(Synthetic(digest, topic, day, sentences))
    return articles


def mentions_of(article: Synthetic) -> list[Mention]:
    mentions, offset = [], 0
    for sentence in article.sentences:
        for match in _CAPITALISED.finditer(sentence):
            words = match.group().split()
            label = "PERSON" if len(words) == 2 else "ORG" if len(words) > 2 else "GPE"
            if label != "GPE" or match.start() > 0:
                mentions.append(Mention(article.id, offset + match.start(), offset + match.end(), match.group(), label))
        offset += len(sentence) + 1
    return mentions


def store_articles(conn: sqlite3.Connection, articles: list[Synthetic]) -> None:
    """Articles, sentences and entity mentions, as ingestion and analysis store them."""
    conn.executemany("""INSERT INTO articles (id, source, title, text, metadata_published, published_earliest,
                        published_latest, published_basis) VALUES (?, ?, ?, ?, ?, ?, ?, 'metadata')""",
                     [(a.id, f"synthetic/{a.topic}/{a.id}", a.sentences[0][:80], a.text, a.day.isoformat(),
                       a.day.isoformat(), a.day.isoformat()) for a in articles])
    rows = []
    for a in articles:
        offset = 0
        for idx, sentence in enumerate(a.sentences):
            rows.append((a.id, idx, offset, offset + len(sentence), sentence))
            offset += len(sentence) + 1
    conn.executemany("INSERT INTO sentences (article_id, idx, start, end, text) VALUES (?, ?, ?, ?, ?)", rows)
    conn.executemany("INSERT INTO entity_mentions (article_id, start, end, text, label) VALUES (?, ?, ?, ?, ?)",
                     [(m.article_id, m.start, m.end, m.text, m.label) for a in articles for m in mentions_of(a)])


def build_base(corpus: Path, count: int, seed: int, db: Path) -> None:
    started = time.perf_counter()
    articles = synthesise(t17_documents(corpus), count, seed)
    db.unlink(missing_ok=True)
    with Store(db) as store, store.transaction() as conn:
        store_articles(conn, articles)
        for a in articles:
            signature = text_minhash(a.text)
            save_original(conn, a.id, signature_bytes(signature), band_buckets(signature))
        synthesise_entities(conn)
        _storylines(conn, articles)
        rebuild_timeline(conn)
        log_link(conn, "full", len(articles), {"synthesised": True})
    print(f"base store of {count} articles: {time.perf_counter() - started:.0f} s", flush=True)


def _storylines(conn: sqlite3.Connection, articles: list[Synthetic]) -> None:
    """A storyline per topic and ISO week, with the summed vectors and vocabulary a consolidation would store."""
    unit, idf = fitted_vectors(storyline_articles(conn))  # in the order stored, as ``articles`` is
    save_vocabulary(conn, idf)
    terms = list(idf)
    groups: dict[tuple[str, int, int], list[int]] = defaultdict(list)
    for i, a in enumerate(articles):
        groups[(a.topic, *a.day.isocalendar()[:2])].append(i)
    for (topic, year, week), members in groups.items():
        members.sort(key=lambda i: articles[i].day)
        storyline_id = f"s-{articles[members[0]].id}"
        conn.execute("INSERT INTO storylines (id, title, anchor_article) VALUES (?, ?, ?)",
                     (storyline_id, f"{topic} {year}-W{week:02d}", articles[members[0]].id))
        conn.executemany("UPDATE articles SET storyline_id = ? WHERE id = ?",
                         [(storyline_id, articles[i].id) for i in members])
        add_to_sum(conn, storyline_id, summed(unit, members, terms), len(members))


def synthesise_entities(conn: sqlite3.Connection) -> None:
    tagged = [KeyedMention(row[0], Mention(*row[1:])) for row in conn.execute(
        "SELECT id, article_id, start, end, text, label FROM entity_mentions ORDER BY article_id, start")]
    keyed = [KeyedMention(k.id, mention)
             for k, mention in zip(tagged, relabel_people([k.mention for k in tagged]), strict=True)]
    keys = entity_keys([k.mention for k in keyed])
    groups: dict[str, list[Mention]] = defaultdict(list)
    for k in keyed:
        groups[keys[(k.mention.article_id, k.mention.start, k.mention.end)]].append(k.mention)
    for key, group in groups.items():
        entity = entity_of(key, group)
        conn.execute("INSERT INTO entities (id, name, type, aliases, titles) VALUES (?, ?, ?, '[]', '[]')",
                     (entity.id, entity.name, entity.type))
        save_entity_words(conn, entity.id, normal_name(entity.name), name_runs(entity.name))
    conn.executemany("UPDATE entity_mentions SET entity_id = ? WHERE id = ?",
                     [(keys[(k.mention.article_id, k.mention.start, k.mention.end)], k.id) for k in keyed])
    index_mentions(conn, keyed)


def add_articles(corpus: Path, db: Path, add: int, seed: int) -> None:
    """Mark the store's articles linked by this link code, and store ``add`` new synthetic articles, as a build's
    ingestion and analysis would, without linking them."""
    new = synthesise(t17_documents(corpus), add, seed + 1, latest=True)
    with Store(db) as store, store.transaction() as conn:
        mark_linked(conn, [article_id for (article_id,) in conn.execute("SELECT id FROM articles")], link_version())
        store_articles(conn, new)


def link_added(db: Path) -> None:
    """Link what is new in the store, as a build's link step does, reporting time and memory (run in a process
    of its own, so its peak memory is the link's)."""
    with Store(db) as store:
        link_version()  # the link's code fingerprint, read once a process: not the link's own work
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started, cpu = time.perf_counter(), time.process_time()
        pipeline.link(store)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        kind, added, detail = store.conn.execute(
            "SELECT kind, articles, detail FROM link_log ORDER BY id DESC LIMIT 1").fetchone()
        articles = store.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    touched = detail.count('"s-')
    print(f"linked {added} new articles into a store of {articles}: {kind} link, {elapsed:.2f} s wall, "
          f"{cpu:.2f} s CPU, {touched} storylines touched; peak memory {before / 1024:.0f} MiB before the link, "
          f"{after / 1024:.0f} MiB after; load average {os.getloadavg()[0]:.1f}")


def synthetic_store_arguments(description: str) -> argparse.ArgumentParser:
    """The options of a benchmark on a synthetic store: where it is, how many articles, made from what."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--corpus", type=Path, default=Path("../shared/eval/t17"))
    parser.add_argument("--seed", type=int, default=7)
    return parser


def copy_base(args: argparse.Namespace) -> None:
    """Copy ``<db>.base`` to ``--db``, building the base first if there is none."""
    base = args.db.with_name(args.db.name + ".base")
    if not base.exists():
        build_base(args.corpus, args.articles, args.seed, base)
    shutil.copy(base, args.db)


def main() -> None:
    parser = synthetic_store_arguments(__doc__.split("\n")[0])
    parser.add_argument("--add", type=int, default=100)
    parser.add_argument("--step", choices=("add", "link"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step == "add":
        add_articles(args.corpus, args.db, args.add, args.seed)
        return
    if args.step == "link":
        link_added(args.db)
        return
    copy_base(args)
    for step in ("add", "link"):
        subprocess.run([sys.executable, __file__, "--db", str(args.db), "--add", str(args.add), "--corpus",
                        str(args.corpus), "--seed", str(args.seed), "--step", step], check=True)


if __name__ == "__main__":
    main()
