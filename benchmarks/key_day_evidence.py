"""What the texts of a story told only by undated reports say about its key days: the ceiling for its timeline.

``dateline eval storylines`` scores the timelines; this counts, for every key day of a labelled story whose
articles are all plain texts (no page, so no metadata to date them: the BASIL triplets, dev's WCL texts), the
strongest cue any of the story's texts holds for that day, whatever the time rules make of it:

- ``full date``: its month, day and year written ("May 9, 2017"): the texts date it by themselves;
- ``month and day``: its month and day without a year ("May 9"): the year has to come from elsewhere;
- ``weekday``: only its weekday named ("on Tuesday"), which resolves only against a known publication week;
- ``none``: none of these.

Session 25 measured 2 of the 54 key days of dev10..dev14's text-only stories as ``full date`` or ``month and
day`` and 52 as ``weekday``: the texts carry no day to stand on, so dating their publication from the dates they
state cannot reach the key days. Tuning splits only (it reads their texts): ``.venv/bin/python
benchmarks/key_day_evidence.py ../shared/eval/real --split dev10 --split dev11``.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from dateline.days import MONTH_PATTERN, MONTHS
from dateline.evaluation.real.gold import GoldArticle, load_gold
from dateline.evaluation.splits import READABLE_SPLITS

CUES = ("full date", "month and day", "weekday", "none")
WRITTEN_DAY = re.compile(rf"\b({MONTH_PATTERN})\s+(\d{{1,2}})\b(?:,?\s+(\d{{4}})\b)?")


def written_days(text: str) -> set[tuple[int | None, int, int]]:
    """Every (year or None, month, day) written "May 9, 2017" or "May 9" in ``text``; words that only start
    like a month ("Marching 5") are no date."""
    found = set()
    for name, day, year in WRITTEN_DAY.findall(text):
        month = MONTHS.get(name.rstrip(".").lower())
        if month is not None:
            found.add((int(year) if year else None, month, int(day)))
    return found


def strongest_cue(texts: Sequence[str], day: date) -> str:
    """The strongest kind of evidence for ``day`` that any of ``texts`` carries (one of :data:`CUES`)."""
    written = set().union(*map(written_days, texts))
    if (day.year, day.month, day.day) in written:
        return "full date"
    if (None, day.month, day.day) in written:
        return "month and day"
    weekday = re.compile(rf"\b{day.strftime('%A')}\b")
    return "weekday" if any(weekday.search(t) for t in texts) else "none"


def text_only_stories(gold: Sequence[GoldArticle]) -> dict[str, list[GoldArticle]]:
    """The stories of ``gold`` whose every article is a plain text, each with its articles."""
    stories: dict[str, list[GoldArticle]] = {}
    for article in gold:
        if article.story is not None:
            stories.setdefault(article.story, []).append(article)
    return {name: members for name, members in stories.items()
            if all("html" not in a.files and "text" in a.files for a in members)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path, help="the real-news articles (../shared/eval/real)")
    parser.add_argument("--labels", type=Path, default=Path("eval/real/labels"))
    parser.add_argument("--split", action="append", required=True, choices=READABLE_SPLITS)
    args = parser.parse_args()
    key_days = json.loads((args.labels.parent / "stories.json").read_text(encoding="utf-8"))
    total: Counter[str] = Counter()
    for split in args.split:
        counts: Counter[str] = Counter()
        for name, members in text_only_stories(load_gold(args.labels, split)).items():
            texts = [(args.articles / a.files["text"]).read_text(encoding="utf-8") for a in members]
            counts.update(strongest_cue(texts, date.fromisoformat(k["day"]))
                          for k in key_days.get(name, {}).get("key_days", ()))
        total += counts
        print(f"{split:6} " + "  ".join(f"{cue} {counts[cue]}" for cue in CUES))
    print(f"{'all':6} " + "  ".join(f"{cue} {total[cue]}" for cue in CUES))


if __name__ == "__main__":
    main()
