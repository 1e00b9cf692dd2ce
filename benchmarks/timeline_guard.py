"""How the timeline's body guard treats every labelled furniture line and every body sentence of the tuning splits.

``dateline eval storylines`` counts the timeline entries that sit on furniture, but only on what the cleaner left:
on the tuning pages that is almost nothing, so the guard (:func:`dateline.timeline.store.entry_traits` over
:func:`dateline.timeline.candidates.storyline_candidates`: whatever decides a sentence may be an entry) is never
asked about the furniture an unseen layout leaves. Here each article is built with the cleaner turned off (a page
still goes through trafilatura, which is how a page is read; a text scrape keeps every line), and every candidate
sentence of every storyline is judged by the guard as it stands:

- a labelled furniture line (eval/real labels, ``boilerplate``) is *passed* when any candidate on it is usable;
  it must never be;
- a body sentence (a candidate on no furniture line and not the headline) is *refused* when the guard refuses it;
  it may be an entry.

With ``--entries``, the product's timeline (the articles built as ``dateline eval storylines`` builds them) is read
too, and each listed entry on a body line that the guard, as it now stands, refuses is counted: entries the change
would take off; and the timelines are summarized again by the code as it stands and scored as that evaluation
scores them (key days found, days not key, entries, entries on boilerplate), beside the stored ones.
The stores are kept under ``--cache`` and reused, so a change of the guard is measured again in seconds; an entry
store built at the base commit keeps the base's entries. ``--dump`` writes every verdict and
``--against`` compares them with an earlier dump, per outlet (furniture refused that was passed: wrong to right;
body refused that was not: right to wrong), for a leave-one-outlet-out check.

Tuning splits only: ``.venv/bin/python benchmarks/timeline_guard.py ../shared/eval/real --cache /tmp/guard``.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline import pipeline
from dateline.clean.boilerplate import CleanedText
from dateline.clean.characters import as_shown
from dateline.evaluation.keydays import TimelineScores, is_boilerplate, load_boilerplate, load_key_days, score_timelines
from dateline.evaluation.real.gold import GoldArticle, load_gold
from dateline.evaluation.real.matching import is_boilerplate_line, paragraphs
from dateline.evaluation.splits import NEWEST_SPLITS, READABLE_SPLITS
from dateline.evaluation.storylines import PREFERRED_FILES, stored_article_ids
from dateline.store import Store
from dateline.timeline.candidates import storyline_candidates
from dateline.timeline.records import CandidateSentence
from dateline.timeline.store import entry_traits, rebuild_timeline

PARTS = ("html", "text")


@dataclass(frozen=True, slots=True)
class Verdict:
    """The guard's verdict on one furniture line or body sentence of a labelled article."""

    part: str
    article: str
    split: str
    outlet: str
    kind: str  # "furniture" or "body"
    text: str
    passed: bool

    @property
    def key(self) -> str:
        return f"{self.part}|{self.article}|{self.kind}|{self.text}"


def uncleaned(raw: str, **_: Any) -> CleanedText:
    """Every non-empty line of ``raw`` as shown to a reader, a paragraph each: the cleaner turned off."""
    return CleanedText("\n\n".join(line for line in (as_shown(line) for line in raw.splitlines()) if line.strip()))


def built_store(path: Path, files: Sequence[Path], cleaned: bool) -> Store:
    """The store at ``path``, built from ``files`` (with or without the cleaner) unless it is there already."""
    fresh = not path.exists()
    store = Store(path)
    if fresh:
        original = pipeline.clean_text
        if not cleaned:
            pipeline.clean_text = uncleaned  # type: ignore[assignment]
        try:
            pipeline.build(files, store)
        finally:
            pipeline.clean_text = original
    return store


def candidates_by_article(conn: sqlite3.Connection) -> dict[str, list[CandidateSentence]]:
    """Every storyline's candidate sentences, by article."""
    found: dict[str, list[CandidateSentence]] = defaultdict(list)
    for (storyline_id,) in conn.execute("SELECT DISTINCT storyline_id FROM articles WHERE storyline_id IS NOT NULL"):
        for c in storyline_candidates(conn, storyline_id):
            found[c.article_id].append(c)
    return found


def line_kinds(text: str, gold: GoldArticle) -> Iterator[tuple[tuple[int, int], str, str]]:
    """Each line of a stored text with its span and kind: furniture, headline or body."""
    for span, line in paragraphs(text):
        if any(is_boilerplate_line(line, label) for label in gold.boilerplate):
            yield span, line, "furniture"
        elif gold.headline and is_boilerplate_line(line, gold.headline):
            yield span, line, "headline"
        else:
            yield span, line, "body"


def verdicts(conn: sqlite3.Connection, part: str, labelled: dict[str, str], gold: dict[str, GoldArticle],
             outlets: dict[str, str]) -> list[Verdict]:
    """The guard's verdict on each furniture line and body sentence of the store's labelled articles
    (``labelled``: stored id -> labelled id)."""
    by_article = candidates_by_article(conn)
    found = []
    for article_id, text in conn.execute("SELECT id, text FROM articles WHERE duplicate_of IS NULL"):
        if article_id not in labelled:
            continue
        label = gold[labelled[article_id]]
        candidates = [(c, entry_traits(c).usable) for c in by_article.get(article_id, ())]
        for (start, end), line, kind in line_kinds(text, label):
            on_line = [(c, usable) for c, usable in candidates if c.start < end and start < c.end]
            if kind == "furniture":
                found.append(Verdict(part, label.id, label.split, outlets[label.id], kind, line,
                                     any(usable for _, usable in on_line)))
            elif kind == "body":
                found += [Verdict(part, label.id, label.split, outlets[label.id], kind, c.text, usable)
                          for c, usable in on_line]
    return found


def refused_entries(conn: sqlite3.Connection, labelled: dict[str, str], gold: dict[str, GoldArticle]
                    ) -> tuple[int, list[tuple[str, str]]]:
    """The stored timeline's entries on body lines, and those of them the guard as it stands refuses."""
    by_article = candidates_by_article(conn)
    body = refused = 0
    lost: list[tuple[str, str]] = []
    for article_id, start, end, text in conn.execute("SELECT article_id, start, end, text FROM timeline_entries"):
        label = gold.get(labelled.get(article_id, ""))
        if label is None or is_boilerplate(text, label.boilerplate):
            continue
        body += 1
        match = next((c for c in by_article.get(article_id, ()) if (c.start, c.end) == (start, end)), None)
        if match is not None and not entry_traits(match).usable:
            refused += 1
            lost.append((label.id, text))
    return body, lost


def timeline_scores(conn: sqlite3.Connection, stories: dict[str, str], labels_dir: Path,
                    stored: dict[str, str]) -> TimelineScores:
    """The storylines evaluation's timeline scores of the stored timeline (``stories``: labelled id -> story)."""
    key_days = {story: days for story, days in load_key_days(labels_dir.parent / "stories.json").items()
                if story in set(stories.values())}
    return score_timelines(conn, stories, key_days, load_boilerplate(labels_dir), stored)


def resummarized(path: Path) -> sqlite3.Connection:
    """An in-memory copy of the store at ``path`` whose timelines are summarized again by the code as it stands
    (the sentences' kept traits dropped, so that every one is judged afresh)."""
    copy = sqlite3.connect(":memory:")
    with sqlite3.connect(path) as source:
        source.backup(copy)
    copy.execute("DELETE FROM sentence_traits")
    rebuild_timeline(copy)
    return copy


def scores_line(name: str, t: TimelineScores) -> str:
    return (f"{name:<7} key days found {t.key_days_found}/{t.key_days}   days not key {t.story_days_not_key}/"
            f"{t.story_days}   entries {t.entries}   boilerplate {t.boilerplate_entries}   "
            f"on two days {t.repeated_entries}")


def tally(rows: Sequence[Verdict]) -> str:
    furniture = [v for v in rows if v.kind == "furniture"]
    body = [v for v in rows if v.kind == "body"]
    passed = sum(v.passed for v in furniture)
    refused = sum(not v.passed for v in body)
    return (f"furniture passed {passed}/{len(furniture)} ({passed / max(len(furniture), 1):.3f})   "
            f"body refused {refused}/{len(body)} ({refused / max(len(body), 1):.3f})")


def report(rows: Sequence[Verdict], splits: Sequence[str]) -> list[str]:
    lines = []
    for part in PARTS:
        ours = [v for v in rows if v.part == part]
        if not ours:
            continue
        lines.append(f"{part:<5} pooled   {tally(ours)}")
        newest = [v for v in ours if v.split in NEWEST_SPLITS]
        if newest:
            lines.append(f"{part:<5} {NEWEST_SPLITS[0]}-{NEWEST_SPLITS[-1]} {tally(newest)}")
        lines += [f"{part:<5} {split:<8} {tally(of)}" for split in splits
                  if (of := [v for v in ours if v.split == split])]
    return lines


def compare(rows: Sequence[Verdict], before_file: Path) -> list[str]:
    """Per outlet, furniture lines the guard now refuses that it passed (wrong to right) and the other way, and
    body sentences it now refuses that it passed (right to wrong) and the other way."""
    before = json.loads(before_file.read_text(encoding="utf-8"))
    changes: dict[str, Counter[str]] = defaultdict(Counter)
    for v in rows:
        if v.key not in before or before[v.key] == v.passed:
            continue
        right_now = v.passed == (v.kind == "body")
        changes[v.outlet]["wrong->right" if right_now else "right->wrong"] += 1
    net = {outlet: c["wrong->right"] - c["right->wrong"] for outlet, c in changes.items()}
    total = sum(net.values())
    lines = [f"changed: {sum(c['wrong->right'] for c in changes.values())} wrong->right, "
             f"{sum(c['right->wrong'] for c in changes.values())} right->wrong at {len(changes)} outlets"]
    lines += [f"  {outlet}: +{c['wrong->right']} -{c['right->wrong']}" for outlet, c in sorted(changes.items())]
    worst = min(((total - n, outlet) for outlet, n in net.items()), default=(total, "-"))
    lines.append(f"leave one outlet out: net {total}; worst left out {worst[1]}: net {worst[0]}")
    return lines


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles_dir", type=Path)
    parser.add_argument("--split", action="append", choices=READABLE_SPLITS)
    parser.add_argument("--part", action="append", choices=PARTS)
    parser.add_argument("--manifest", type=Path, default=Path("eval/real/manifest.json"))
    parser.add_argument("--cache", type=Path, required=True, help="where the built stores are kept and reused")
    parser.add_argument("--entries", action="store_true", help="also judge the product timeline's entries")
    parser.add_argument("--list", action="store_true", help="print the furniture lines passed")
    parser.add_argument("--dump", type=Path, help="write every verdict here")
    parser.add_argument("--against", type=Path, help="compare with an earlier --dump")
    args = parser.parse_args(argv)
    splits = args.split or list(READABLE_SPLITS)
    rows_of = [e for e in json.loads(args.manifest.read_text(encoding="utf-8")) if e["split"] in splits]
    gold = {g.id: g for g in load_gold(args.manifest.parent / "labels") if g.split in splits}
    outlets = {e["id"]: e["outlet"] or e["id"] for e in rows_of}
    name = "-".join(sorted(splits)) if len(splits) < len(READABLE_SPLITS) else "tuning"
    args.cache.mkdir(parents=True, exist_ok=True)
    rows: list[Verdict] = []
    for part in args.part or PARTS:
        files = {str(args.articles_dir / e["files"][part]): e["id"] for e in rows_of if part in e["files"]}
        with built_store(args.cache / f"{part}-{name}.db", [Path(f) for f in files], cleaned=False) as store:
            labelled = {stored: label for label, stored in stored_article_ids(store.conn, files).items()}
            rows += verdicts(store.conn, part, labelled, gold, outlets)
    print("\n".join(report(rows, splits)))
    if args.list:
        print("\n".join(f"  passed [{v.part} {v.article}] {v.text[:150]}" for v in rows
                        if v.kind == "furniture" and v.passed))
    if args.entries:
        files = {str(args.articles_dir / next(e["files"][k] for k in PREFERRED_FILES if k in e["files"])): e["id"]
                 for e in rows_of}
        path = args.cache / f"product-{name}.db"
        with built_store(path, [Path(f) for f in files], cleaned=True) as store:
            stored = stored_article_ids(store.conn, files)
            labelled = {article_id: label for label, article_id in stored.items()}
            body, lost = refused_entries(store.conn, labelled, gold)
            stories = {e["id"]: e["story"] or e["id"] for e in rows_of}
            print(scores_line("stored", timeline_scores(store.conn, stories, args.manifest.parent / "labels", stored)))
        print(scores_line("now", timeline_scores(resummarized(path), stories, args.manifest.parent / "labels", stored)))
        print(f"entries on body lines: {body}; the guard now refuses {len(lost)}")
        print("\n".join(f"  refused [{article}] {text[:150]}" for article, text in lost))
    if args.against:
        print("\n".join(compare(rows, args.against)))
    if args.dump:
        args.dump.write_text(json.dumps({v.key: v.passed for v in rows}, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
