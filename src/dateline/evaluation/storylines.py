"""``dateline eval storylines``: are the articles of one story in one storyline, and different stories apart?

A labelled set (a manifest naming each article's file, split and story; an article in no story is a story
of its own) is built whole into a temporary store by the product's own pipeline, so the storylines scored
are those ``dateline build`` makes when every story is mixed with the others. They are scored with B-cubed
precision and recall (Bagga & Baldwin 1998), averaged over articles: for each article, the share of its
storyline that is of its story (precision) and the share of its story that is in its storyline (recall).
A split is scored over its own articles, each storyline cut down to them. Each split's timelines are scored
too, against the stories' key days (:mod:`dateline.evaluation.keydays`); the column ``undated`` counts the key
days of stories none of whose articles has a day of publication.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from dateline import pipeline
from dateline.evaluation.keydays import TimelineScores, load_boilerplate, load_key_days, score_timelines
from dateline.evaluation.scores import PRF
from dateline.evaluation.splits import TUNED_SPLITS
from dateline.store import Store

#: The input kinds in the order one is chosen for an article: the raw page where there is one.
PREFERRED_FILES = ("html", "text")


@dataclass(frozen=True, slots=True)
class LabelledArticle:
    id: str
    split: str
    #: The story's name; an article in no multi-article story is labelled with its own id.
    story: str
    path: Path


@dataclass(frozen=True, slots=True)
class StorylineScores:
    """B-cubed scores of one split (``all``: every article), with its size."""

    split: str
    articles: int
    stories: int
    storylines: int
    scores: PRF
    timelines: TimelineScores


def load_manifest(manifest: Path, articles_dir: Path) -> list[LabelledArticle]:
    """The manifest's articles, each with its preferred file (see :data:`PREFERRED_FILES`)."""
    entries = json.loads(manifest.read_text(encoding="utf-8"))
    return [LabelledArticle(e["id"], e["split"], e["story"] or e["id"],
                            articles_dir / next(e["files"][kind] for kind in PREFERRED_FILES if kind in e["files"]))
            for e in entries]


def bcubed(truth: Mapping[str, Hashable], system: Mapping[str, Hashable]) -> PRF:
    """B-cubed precision and recall of the ``system`` clustering against ``truth`` (both: item -> cluster),
    averaged over the items of ``truth``; an item ``system`` does not place is a cluster of its own."""
    if not truth:
        return PRF(0.0, 0.0)
    placed = {item: system.get(item, ("alone", item)) for item in truth}
    gold_members: dict[Hashable, set[str]] = defaultdict(set)
    system_members: dict[Hashable, set[str]] = defaultdict(set)
    for item in truth:
        gold_members[truth[item]].add(item)
        system_members[placed[item]].add(item)
    precision = recall = 0.0
    for item in truth:
        same_gold, same_system = gold_members[truth[item]], system_members[placed[item]]
        both = len(same_gold & same_system)
        precision += both / len(same_system)
        recall += both / len(same_gold)
    return PRF(precision / len(truth), recall / len(truth))


def evaluate_storylines(articles_dir: Path, manifest: Path,
                        splits: Sequence[str] = TUNED_SPLITS) -> list[StorylineScores]:
    """Build the labelled articles of ``splits`` into one temporary store and score its storylines per split
    and, when there are several, in all. Only those articles are built, and only their stories' key days are
    counted, so a held-out split (``fresh``, ``fresh2``) is measured on its own and leaves the others' numbers
    as they were."""
    labelled = [a for a in load_manifest(manifest, articles_dir) if a.split in splits]
    stories = {a.story for a in labelled}
    key_days = {story: days for story, days in load_key_days(manifest.parent / "stories.json").items()
                if story in stories}
    boilerplate = load_boilerplate(manifest.parent / "labels")
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "storylines.db") as store:
        pipeline.build([a.path for a in labelled], store)
        stored = stored_article_ids(store.conn, {str(a.path): a.id for a in labelled})
        storyline_of = dict(store.conn.execute("SELECT id, storyline_id FROM articles"))
        system = {label: storyline_of[article_id] for label, article_id in stored.items()}
        results = []
        for name in (*splits, "all") if len(splits) > 1 else splits:
            members = [a for a in labelled if name == "all" or a.split == name]
            timelines = score_timelines(store.conn, {a.id: a.story for a in members}, key_days, boilerplate,
                                        {a.id: stored[a.id] for a in members if a.id in stored})
            results.append(score_split(name, members, system, timelines))
    return results


def stored_article_ids(conn: sqlite3.Connection, source_to_label: Mapping[str, str]) -> dict[str, str]:
    """Labelled id -> the id the build stored its article under (an article not stored is absent)."""
    rows = conn.execute("SELECT source, id FROM articles")
    return {source_to_label[source]: article_id for source, article_id in rows if source in source_to_label}


def score_split(name: str, articles: Sequence[LabelledArticle], system: Mapping[str, str],
                timelines: TimelineScores) -> StorylineScores:
    truth = {a.id: a.story for a in articles}
    placed = {a.id: system[a.id] for a in articles if a.id in system}
    return StorylineScores(name, len(articles), len(set(truth.values())),
                           len(set(placed.values())) + len(truth) - len(placed), bcubed(truth, placed), timelines)


def format_scores(results: Sequence[StorylineScores]) -> str:
    lines = [f"{'split':<6} {'articles':>8} {'stories':>8} {'storylines':>10} {'P':>6} {'R':>6} {'F1':>6}"]
    lines += [f"{r.split:<6} {r.articles:>8} {r.stories:>8} {r.storylines:>10} {r.scores.precision:6.3f} "
              f"{r.scores.recall:6.3f} {r.scores.f1:6.3f}" for r in results]
    lines += ["", f"{'split':<6} {'key days found':>16} {'days not key':>14} {'entries':>8} {'boilerplate':>12} "
                  f"{'on two days':>12} {'undated':>8}"]
    lines += [f"{r.split:<6} {_share(r.timelines.key_days_found, r.timelines.key_days):>16} "
              f"{_share(r.timelines.story_days_not_key, r.timelines.story_days):>14} {r.timelines.entries:>8} "
              f"{r.timelines.boilerplate_entries:>12} {r.timelines.repeated_entries:>12} "
              f"{r.timelines.undated_key_days:>8}" for r in results]
    return "\n".join(lines)


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "n/a"
