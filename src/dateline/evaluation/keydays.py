"""The timeline part of the real-news evaluation (``dateline eval storylines``): does each story's timeline list its
key days, and nothing else?

The labelled stories (``eval/real/stories.json``) name the days a reader of each story must find on its
timeline. A story's timeline is the one of the storyline holding most of its articles (the reader opens that
storyline); so a key day counts as found when that storyline lists it. Since no story lists every day its
coverage reports on, the share of the listed days that are no key day of any story is only a rough
precision: an upper bound on the days a reader would call side details. Timelines of articles in no story
are not judged.

The key days of stories none of whose articles has a day of publication are counted apart: their relative days
("on Friday") resolve to no day, so their timelines can list only what the texts date in full, and a key day
missed there says more of the input than of the summarizer.

Two faults a reader sees whatever the story are counted over every listed entry: an entry taken from a line
labelled as boilerplate (captions, photo credits, bylines, promotions), and one sentence listed on two days.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass(frozen=True, slots=True)
class TimelineScores:
    """The key-day measures of one split: key days found of all, listed days of the stories' timelines that
    are no key day, and the entries from boilerplate or on two days (of all listed entries); ``undated_key_days``
    are the key days of stories whose articles all lack a day of publication."""

    key_days: int
    key_days_found: int
    story_days: int
    story_days_not_key: int
    entries: int
    boilerplate_entries: int
    repeated_entries: int
    undated_key_days: int = 0


def load_key_days(stories_file: Path) -> dict[str, set[date]]:
    """Story name -> its labelled key days."""
    stories = json.loads(stories_file.read_text(encoding="utf-8"))
    return {name: {date.fromisoformat(k["day"]) for k in story.get("key_days", ())} for name, story in stories.items()}


def load_boilerplate(labels_dir: Path) -> dict[str, tuple[str, ...]]:
    """Article id -> its labelled boilerplate lines, whitespace squeezed and any "…" of a cut line dropped."""
    labels = (json.loads(path.read_text(encoding="utf-8")) for path in sorted(labels_dir.glob("*.json")))
    return {label["id"]: tuple(_squeezed(line).rstrip("…").strip() for line in label.get("boilerplate", ()))
            for label in labels}


def score_timelines(conn: sqlite3.Connection, stories: Mapping[str, str], key_days: Mapping[str, set[date]],
                    boilerplate: Mapping[str, tuple[str, ...]], stored: Mapping[str, str]) -> TimelineScores:
    """Score the stored timeline for the labelled articles ``stories`` (id -> story, an article in no story
    labelled with its own id); ``stored`` maps a labelled id to its stored article id."""
    to_label = {article_id: label for label, article_id in stored.items()}
    storyline_of = dict(conn.execute("SELECT id, storyline_id FROM articles"))
    dated = {article_id for (article_id,) in conn.execute(
        "SELECT id FROM articles WHERE published_earliest IS NOT NULL")}
    listed: dict[str, set[date]] = defaultdict(set)
    entries = conn.execute("SELECT storyline_id, day, article_id, start, end, text FROM timeline_entries").fetchall()
    for storyline, day, *_ in entries:
        listed[storyline].add(date.fromisoformat(day))
    all_key_days = set().union(*key_days.values()) if key_days else set()
    found = total = story_days = not_key = undated = 0
    judged: set[str] = set()
    for story, days in key_days.items():
        articles = [stored[a] for a, s in stories.items() if s == story and a in stored]
        if not articles:
            continue
        storyline = Counter(storyline_of[a] for a in articles).most_common(1)[0][0]
        total += len(days)
        undated += len(days) if dated.isdisjoint(articles) else 0
        found += len(days & listed[storyline])
        if storyline not in judged:
            judged.add(storyline)
            story_days += len(listed[storyline])
            not_key += len(listed[storyline] - all_key_days)
    ours = [e for e in entries if e[2] in to_label]
    spans = Counter((article_id, start, end) for _, _, article_id, start, end, _ in ours)
    return TimelineScores(
        key_days=total, key_days_found=found, story_days=story_days, story_days_not_key=not_key, entries=len(ours),
        boilerplate_entries=sum(is_boilerplate(text, boilerplate.get(to_label[article_id], ()))
                                for *_, article_id, _, _, text in ours),
        repeated_entries=sum(n for n in spans.values() if n > 1), undated_key_days=undated)


def is_boilerplate(text: str, lines: Sequence[str]) -> bool:
    """The entry lies within a labelled boilerplate line, or is mostly one ("SEE MORE: " and a related headline).
    A shorter line inside it is no evidence: a tag ("Red Dead Redemption 2") or a prompt ("Share") may be
    words of any sentence."""
    entry = _squeezed(text)
    return any(line and (entry in line or (line in entry and 2 * len(line) >= len(entry))) for line in lines)


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
