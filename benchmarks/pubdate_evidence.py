"""How much dating evidence Timeline17 articles carry at all: the ceiling for publication dates from text.

``dateline eval pubdate`` scores the inference; this counts, for every article, the strongest cue its text
holds for its true day (the folder name), whatever the rules make of it:

- ``header day``: the true month and day printed in the first 700 characters (a date line or stamp);
- ``weekday``: the true day's weekday named anywhere ("said on Tuesday"), but not its date;
- ``yesterday/today``: only words relative to the publication day;
- ``none``: none of these.

Only the first kind can date an article to the exact day from its own text; the others need the corpus
(another article dating the same event). Run: ``.venv/bin/python benchmarks/pubdate_evidence.py ../shared/eval/t17``.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from datetime import date
from pathlib import Path

HEAD_CHARS = 700
MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
MONTH_DAY = re.compile(rf"\b{MONTH}\s+(\d{{1,2}})\b")
DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+{MONTH}")
RELATIVE = re.compile(r"\b(?:yesterday|today|tonight|this morning)\b")
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def month_days(text: str) -> set[tuple[int, int]]:
    """Every (month, day) written "June 3" or "3 June" in ``text`` (lower case)."""
    found = {(MONTHS.index(m[:3]) + 1, int(d)) for m, d in MONTH_DAY.findall(text)}
    return found | {(MONTHS.index(m[:3]) + 1, int(d)) for d, m in DAY_MONTH.findall(text)}


def strongest_cue(text: str, truth: date) -> str:
    """The strongest kind of evidence for ``truth`` that ``text`` carries."""
    lowered = text.lower()
    if (truth.month, truth.day) in month_days(lowered[:HEAD_CHARS]):
        return "header day"
    if truth.strftime("%A").lower() in lowered:
        return "weekday"
    return "yesterday/today" if RELATIVE.search(lowered) else "none"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("t17", type=Path)
    paths = sorted(parser.parse_args().t17.glob("*/InputDocs/*/*.txt"))
    counts = Counter(strongest_cue(p.read_text(encoding="utf-8", errors="replace"), date.fromisoformat(p.parent.name))
                     for p in paths)
    print(f"{len(paths)} articles")
    for cue in ("header day", "weekday", "yesterday/today", "none"):
        print(f"  {cue:16} {counts[cue]:5}  {counts[cue] / len(paths):6.1%}")


if __name__ == "__main__":
    main()
