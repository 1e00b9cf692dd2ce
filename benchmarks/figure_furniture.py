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

import re
from collections import Counter
from collections.abc import Sequence

from quote_furniture import Found, argument_parser, line_place, run  # benchmarks/ is the script's folder
from quote_furniture import report as furniture_report
from spacy.tokens import Doc

from dateline.counts import SCALES, SMALL_NUMBERS
from dateline.evaluation.real.gold import GoldArticle
from dateline.evaluation.real.matching import paragraphs
from dateline.extract.figures import find_figures
from dateline.extract.lines import in_prose_line
from dateline.extract.quotes import find_quotes
from dateline.nlp.extensions import doc_text
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
    """:func:`quote_furniture.report` of the figures; then the figures on furniture by line shape and by outlet."""
    lines = furniture_report(rows, splits, tally)
    off = [r for r in rows if r.place != "body"]
    for title, key in (("shape", lambda r: r.kind), ("outlet", lambda r: r.outlet)):
        counts = Counter(key(r) for r in off)
        shown = Counter(key(r) for r in off if r.shown)
        lines.append(f"on furniture by {title}: " + ", ".join(f"{k} {n} (shown {shown[k]})"
                                                             for k, n in counts.most_common()))
    return lines


def main(argv: Sequence[str] | None = None) -> None:
    run(argument_parser(__doc__.split("\n\n")[0], "figure").parse_args(argv), may_count, found_in, report)


if __name__ == "__main__":
    main()
