"""Which time rules carry over: each rule's contribution on TimeBank, on AQUAINT and on the real-news gold,
and the tagger's errors on each set by class.

TempEval-3's TimeBank and AQUAINT are the sets the rules were written against; the real-news gold
(``eval/real/labels``, the first five sentences of each fully labelled article, tagged on the clean body
text with its labelled publication day) was not. A rule that helps one set and does nothing or harm on the
others was fitted to that set. Three reports:

* ``rules``: per rule, the timexes it tags on each set and how many of them match a gold timex strictly,
  only relaxed (an extent error), or not at all (a false positive);
* ``ablation``: per rule, strict and relaxed F1 on each set with that rule removed, as a change from all
  rules (negative: the rule helps);
* ``errors``: false positives, false negatives and extent errors on each set, grouped by class, with
  examples (``--examples N``).

Tagging here is tense-free (the tagger's defaults, no parse), so extraction is exactly the pipeline's and
values differ only where the clause's tense would steer them; the measured numbers are
``dateline eval tempeval --by corpus``.

    .venv/bin/python benchmarks/timex_ablation.py ../shared/eval/tempeval3 ../shared/eval/real \\
        [--labels eval/real/labels] [--report rules ablation errors] [--examples 5] [--open-splits]

``--open-splits`` adds the labelled articles of dev2 to dev17 (767 time expressions when it was added, against
89 in dev and test), tagged on their clean body or scraped text: the widest set no rule was written against.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from dateline.evaluation.real.gold import GoldArticle, load_gold
from dateline.evaluation.real.timexes import body_pair, labelled_bodies
from dateline.evaluation.splits import HELD_OUT_SPLITS, SPLITS, TUNED_SPLITS
from dateline.evaluation.tempeval import match_pairs, score
from dateline.evaluation.timeml import read_dir
from dateline.model import PublicationDate, TimeExpression
from dateline.time import tagger
from dateline.time.table import RULES


@dataclass(frozen=True, slots=True)
class Document:
    """A text to tag, its anchor and its gold timexes; a real-news article keeps its label to find the gold
    spans in the text and the scope of the scoring (its first five sentences)."""

    text: str
    published: PublicationDate | None
    gold: list[TimeExpression]
    article: GoldArticle | None = None


def tempeval_set(directory: Path) -> list[Document]:
    return [Document(d.text, PublicationDate.on(d.dct, "metadata") if d.dct else None, d.timexes)
            for d in read_dir(directory)]


def real_set(articles: Path, labels: Path) -> list[Document]:
    """The real-news articles with labelled time expressions, on their clean bodies."""
    return [Document(body.text, PublicationDate.on(body.dct, "metadata") if body.dct else None, [], g)
            for g, body in labelled_bodies(articles, labels)]


#: The splits past dev and test whose labels the tagger may be checked on (dev2 to dev17; never a held-out one).
OPEN_SPLITS = tuple(split for split in SPLITS if split not in (*TUNED_SPLITS, *HELD_OUT_SPLITS))


def open_real_set(articles: Path, labels: Path) -> list[Document]:
    """The articles of dev2 to dev17 with labelled time expressions, about eight times the labels of dev and
    test: the clean body where one was written, else the scraped text (the label scope finds the first five
    sentences in either)."""
    docs = []
    for g in load_gold(labels):
        name = g.files.get("gold") or g.files.get("text")
        if g.split in OPEN_SPLITS and g.timexes is not None and name is not None:
            text = (articles / name).read_text(encoding="utf-8")
            docs.append(Document(text, PublicationDate.on(g.day, "metadata") if g.day else None, [], g))
    return docs


def pairs(doc: Document) -> tuple[list[TimeExpression], list[TimeExpression]] | None:
    """(gold, system) timexes of one document as the evaluations score them."""
    system = tagger.tag_text(doc.text, doc.published)
    if doc.article is None:
        return doc.gold, system
    return body_pair(doc.article, doc.text, system)


def scored(docs: list[Document]) -> list[tuple[list[TimeExpression], list[TimeExpression]]]:
    return [p for p in map(pairs, docs) if p is not None]


@contextmanager
def without(rule_name: str) -> Iterator[None]:
    """The tagger with one rule of the table removed."""
    kept = tagger.RULES
    tagger.RULES = [r for r in kept if r.name != rule_name]
    try:
        yield
    finally:
        tagger.RULES = kept


#: Rules whose matches are a handful of words ("now", "currently", "daily"): reported per word, since one
#: word of such a list may be fitted to one set while the others hold.
WORD_LIST_RULES = frozenset({"reference", "frequency", "rate", "vague_plural", "year_end", "anaphoric_unit"})


def rule_of(doc: Document) -> dict[tuple[int, int], str]:
    """The rule that tagged each span of a document (with the words, for a word-list rule)."""
    return {(f.start, f.end): f"{f.rule}:{doc.text[f.start:f.end].lower()}" if f.rule in WORD_LIST_RULES else f.rule
            for f in tagger.read_forms(doc.text)}


def outcome(gold: list[TimeExpression], system: list[TimeExpression]) -> dict[tuple[int, int], str]:
    """Each system span as "strict", "extent" (overlaps a gold timex, other extent) or "fp"."""
    matched = {(s.start, s.end): "strict" if (g.start, g.end) == (s.start, s.end) else "extent"
               for g, s in match_pairs(gold, system)}
    return {(s.start, s.end): matched.get((s.start, s.end), "fp") for s in system}


def rules_report(sets: dict[str, list[Document]]) -> None:
    table: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for name, docs in sets.items():
        for doc in docs:
            pair = pairs(doc)
            if pair is None:
                continue
            rules = rule_of(doc)
            for span, result in outcome(*pair).items():
                table[rules.get(span, "coordinated_day")][name][result] += 1
    print(f"{'rule':32}" + "".join(f"{n + ' n/strict/extent/fp':>30}" for n in sets))
    for rule in sorted(table):
        cells = [table[rule][n] for n in sets]
        print(f"{rule:32}" + "".join(f"{sum(c.values()):>15}/{c['strict']}/{c['extent']}/{c['fp']:<8}"
                                     for c in cells))


def ablation_report(sets: dict[str, list[Document]]) -> None:
    base = {n: score(scored(d)) for n, d in sets.items()}
    print("all rules: " + "  ".join(f"{n} strict {s.strict.f1 * 100:.2f} relaxed {s.relaxed.f1 * 100:.2f}"
                                    for n, s in base.items()))
    print(f"{'without':18}" + "".join(f"{n + ' Δstrict/Δrelaxed':>28}" for n in sets))
    for rule in RULES:
        with without(rule.name):
            deltas = {n: score(scored(d)) for n, d in sets.items()}
        print(f"{rule.name:18}" + "".join(
            f"{(s.strict.f1 - base[n].strict.f1) * 100:>19.2f}/{(s.relaxed.f1 - base[n].relaxed.f1) * 100:<8.2f}"
            for n, s in deltas.items()))


MODIFIER = re.compile(r"^(?:the|this|that|last|next|past|early|late|mid|about|around|some|more|nearly|almost|"
                      r"over|recent|coming|previous|each|every|a|an)\b", re.IGNORECASE)


def error_class(kind: str, tx: TimeExpression, other: TimeExpression | None) -> str:
    """A coarse class of an error, so that one of every kind is looked at, not one of every article."""
    words = tx.text.lower()
    if kind == "extent" and other is not None:
        longer = "system longer" if len(other.text) > len(tx.text) else "system shorter"
        extra = other.text if len(other.text) > len(tx.text) else tx.text
        lead = extra.lower().split()[0] if extra.split() else ""
        return f"extent/{longer}/{'leading ' + lead if MODIFIER.match(lead) else 'other'}"
    if re.fullmatch(r"\d{4}", words):
        return f"{kind}/bare year"
    if re.search(r"\b(?:now|currently|current|present|today)\b", words):
        return f"{kind}/now-current-today"
    if re.search(r"quarter|fiscal|half", words):
        return f"{kind}/quarter-fiscal"
    if re.search(r"\b(?:recent|recently|past|former|future|once|soon|later|earlier|before|after)\b", words):
        return f"{kind}/vague reference"
    return f"{kind}/{tx.type}"


def errors_report(sets: dict[str, list[Document]], examples: int) -> None:
    for name, docs in sets.items():
        found: dict[str, list[str]] = defaultdict(list)
        for doc in docs:
            pair = pairs(doc)
            if pair is None:
                continue
            gold, system = pair
            matched = match_pairs(gold, system)
            for g, s in matched:
                if (g.start, g.end) != (s.start, s.end):
                    found[error_class("extent", g, s)].append(f"gold {g.text!r} / system {s.text!r}")
            gold_hit = {id(g) for g, _ in matched}
            system_hit = {id(s) for _, s in matched}
            for g in gold:
                if id(g) not in gold_hit:
                    found[error_class("fn", g, None)].append(f"{g.text!r} {g.type} {g.value}")
            for s in system:
                if id(s) not in system_hit:
                    found[error_class("fp", s, None)].append(f"{s.text!r} {s.type} {s.value}")
        print(f"== {name}")
        for cls, items in sorted(found.items(), key=lambda kv: -len(kv[1])):
            print(f"{len(items):5}  {cls}: " + "; ".join(items[:examples]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tempeval3", type=Path, help="TempEval-3 folder with TimeBank/ and AQUAINT/")
    parser.add_argument("real", type=Path, help="The real-news articles (html/, text/, gold/)")
    parser.add_argument("--labels", type=Path, default=Path("eval/real/labels"))
    parser.add_argument("--report", nargs="+", default=["rules", "ablation", "errors"],
                        choices=["rules", "ablation", "errors"])
    parser.add_argument("--examples", type=int, default=5)
    parser.add_argument("--open-splits", action="store_true",
                        help="Add the labelled articles of dev2 to dev17 as a fourth set")
    args = parser.parse_args()
    sets = {"TimeBank": tempeval_set(args.tempeval3 / "TimeBank"), "AQUAINT": tempeval_set(args.tempeval3 / "AQUAINT"),
            "real": real_set(args.real, args.labels)}
    if args.open_splits:
        sets["dev2-17"] = open_real_set(args.real, args.labels)
    if "rules" in args.report:
        rules_report(sets)
    if "ablation" in args.report:
        ablation_report(sets)
    if "errors" in args.report:
        errors_report(sets, args.examples)


if __name__ == "__main__":
    main()
