"""Which figures the figure stage reads off headline and furniture lines when the cleaner misses them.

``dateline eval real`` counts the figures on labelled headline and furniture lines, but only on what the cleaner
left: on the tuning splits, whose furniture the cleaner's rules were fitted to, that is almost nothing, so the
figure stage's own line guard (:func:`dateline.extract.lines.off_paragraph_reason` and the furniture shapes of
:mod:`dateline.extract.figures`) is never asked about the furniture an unseen layout leaves. As
``quote_furniture.py`` does for quotes (whose reading, line labelling, parse cache and comparison this shares),
each labelled article of the tuning splits is read as the build reads it but not cleaned, the figure stage runs
as it stands on it (its quotes found first, as the build finds them), and every figure (of a value other than
one, as the evaluation counts them) is either

- *on furniture*: it touches a labelled boilerplate line or the headline; it must never be stored, or, if
  stored, never shown (in a series);
- *on the body*: it may be a real figure, and a change must not lose it.

Each figure on furniture is counted by its line's shape (:func:`line_shape`) and its outlet. ``--list`` prints
them with their lines; ``--dump`` writes every figure and ``--against`` compares with an earlier dump, per
outlet (furniture figures gone: wrong to right; body figures gone: right to wrong), for a leave-one-outlet-out
check.

Tuning splits only: ``.venv/bin/python benchmarks/figure_furniture.py ../shared/eval/real --cache /tmp/qf``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from quote_furniture import PARTS, Found, compared, line_place, parsed  # benchmarks/ is the script's folder
from spacy.tokens import Doc

from dateline.counts import SCALES, SMALL_NUMBERS
from dateline.evaluation.real.gold import GoldArticle, load_gold
from dateline.evaluation.real.matching import paragraphs
from dateline.evaluation.splits import NEWEST_SPLITS, READABLE_SPLITS
from dateline.extract.figures import find_figures
from dateline.extract.lines import in_prose_line
from dateline.extract.quotes import find_quotes
from dateline.nlp.extensions import doc_text
from dateline.nlp.pipeline import pipeline_through
from dateline.records import DEFAULT_MIN_CONFIDENCE

#: Words that may state a number: a line with none of them and no digit holds no figure, so its article is not
#: parsed unless ``--all`` asks.
_NUMBER_WORDS = frozenset(SMALL_NUMBERS) | frozenset(SCALES)
#: Words a line of a list of headlines or teasers runs to at most (as the line guard counts them).
_SHORT_LINE_WORDS = 25


def may_count(line: str) -> bool:
    """Could the figure stage find a figure on ``line``: it has a digit or a number word?"""
    return re.search(r"\d", line) is not None or not _NUMBER_WORDS.isdisjoint(re.findall(r"[a-z]+", line.lower()))


def line_shape(doc: Doc, start: int, end: int, place: str) -> str:
    """The shape of the line from ``start`` to ``end``: the headline, a line that does not end as a sentence,
    a short line with no finite verb (a teaser, a counter, a list item), a short sentence (a teaser written as
    one), or a long line."""
    if place == "headline":
        return "headline"
    line = doc_text(doc)[start:end]
    if not in_prose_line(line, 0):
        return "no stop"
    if len(line.split()) > _SHORT_LINE_WORDS:
        return "long line"
    tokens = doc.char_span(start, end, alignment_mode="expand") or []
    finite = any("Fin" in t.morph.get("VerbForm") for t in tokens)
    return "short sentence" if finite else "short, no finite verb"


def found_in(doc: Doc, part: str, gold: GoldArticle, outlet: str) -> list[Found]:
    """Every figure the figure stage finds in ``doc`` (of a value other than one), placed on its line; ``kind``
    is the line's shape, ``shown`` whether the figure joins a series."""
    text = doc_text(doc)
    lines = paragraphs(text)
    found = []
    for figure in find_figures(doc, find_quotes(doc)):
        if figure.value == 1:
            continue
        at = next(((span, line) for span, line in lines if span[0] <= figure.span[0] < span[1]), None)
        if at is None:
            continue
        (start, end), line = at
        place = line_place(line, gold)
        shown = figure.confidence >= DEFAULT_MIN_CONFIDENCE
        found.append(Found(part, gold.id, gold.split, outlet, place, line_shape(doc, start, end, place), shown,
                           f"{figure.span[0]}:{text[figure.span[0]:figure.span[1]]}", line))
    return found


def tally(rows: Sequence[Found]) -> str:
    off = [r for r in rows if r.place != "body"]
    return (f"on furniture {len(off):>3} (shown {sum(r.shown for r in off):>3})   "
            f"body {len(rows) - len(off):>5} (shown {sum(r.shown for r in rows if r.place == 'body'):>5})")


def report(rows: Sequence[Found], splits: Sequence[str]) -> list[str]:
    """Pooled, newest splits, per split; then the figures on furniture by line shape and by outlet."""
    lines = []
    for part, name in PARTS.items():
        ours = [r for r in rows if r.part == part]
        if not ours:
            continue
        lines.append(f"{name:<8} pooled    {tally(ours)}")
        if newest := [r for r in ours if r.split in NEWEST_SPLITS]:
            lines.append(f"{name:<8} {NEWEST_SPLITS[0]}-{NEWEST_SPLITS[-1]} {tally(newest)}")
        lines += [f"{name:<8} {split:<9} {tally(of)}" for split in splits
                  if (of := [r for r in ours if r.split == split]) and any(r.place != "body" for r in of)]
    off = [r for r in rows if r.place != "body"]
    for title, key in (("shape", lambda r: r.kind), ("outlet", lambda r: r.outlet)):
        counts = Counter(key(r) for r in off)
        shown = Counter(key(r) for r in off if r.shown)
        lines.append(f"on furniture by {title}: " + ", ".join(f"{k} {n} (shown {shown[k]})"
                                                             for k, n in counts.most_common()))
    return lines


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles_dir", type=Path, help="the real-news articles (../shared/eval/real)")
    parser.add_argument("--split", action="append", choices=READABLE_SPLITS)
    parser.add_argument("--part", action="append", choices=list(PARTS))
    parser.add_argument("--manifest", type=Path, default=Path("eval/real/manifest.json"))
    parser.add_argument("--cache", type=Path, required=True,
                        help="where the parsed articles are kept and reused (shared with quote_furniture.py)")
    parser.add_argument("--all", action="store_true", help="parse every article, not only those with a headline "
                        "or furniture line that may hold a figure (body counts are of the articles parsed)")
    parser.add_argument("--list", action="store_true", help="print every figure on furniture with its line")
    parser.add_argument("--dump", type=Path, help="write every figure found here")
    parser.add_argument("--against", type=Path, help="compare with an earlier --dump")
    args = parser.parse_args(argv)
    splits = args.split or list(READABLE_SPLITS)
    entries = [e for e in json.loads(args.manifest.read_text(encoding="utf-8")) if e["split"] in splits]
    gold = {g.id: g for split in splits for g in load_gold(args.manifest.parent / "labels", split)}
    args.cache.mkdir(parents=True, exist_ok=True)
    nlp = pipeline_through("dateline_event_keys")  # the quote and figure stages run apart, on the kept parse
    rows: list[Found] = []
    read: set[tuple[str, str]] = set()  # every article parsed, whether or not the stage finds a figure in it
    for part in args.part or PARTS:
        for e in entries:
            if part in e["files"] and e["id"] in gold:
                print(part, e["id"], file=sys.stderr, flush=True)
                doc = parsed(nlp, args.articles_dir / e["files"][part], args.cache, gold[e["id"]], args.all,
                             may_count)
                if doc is not None:
                    read.add((part, e["id"]))
                    rows += found_in(doc, part, gold[e["id"]], e["outlet"] or e["id"])
    print("\n".join(report(rows, splits)))
    if args.list:
        print("\n".join(f"  {r.place:<9} [{r.part} {r.split} {r.article}] {r.kind} shown={r.shown} "
                        f"{r.quote[:60]!r}\n      line: {r.line[:160]!r}" for r in rows if r.place != "body"))
    if args.dump:
        args.dump.write_text(json.dumps([asdict(r) for r in rows], ensure_ascii=False), encoding="utf-8")
    if args.against:
        earlier = [Found(**r) for r in json.loads(args.against.read_text(encoding="utf-8"))]
        print("\n".join(compared(rows, earlier, read)))


if __name__ == "__main__":
    main()
