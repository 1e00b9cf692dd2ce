"""Which quotes the quote stage reads off headline and furniture lines when the cleaner misses them.

``dateline eval real`` counts the direct quotes on labelled headline and furniture lines, but only on what the
cleaner left: on the tuning splits, whose furniture the cleaner's rules were fitted to, that is almost nothing,
so the quote stage's own guard (:func:`dateline.extract.quotes.find_quotes`) is never asked about the furniture an
unseen layout leaves. Here each labelled article of the tuning splits is read as the build reads it (a page through
trafilatura, a scrape whole) but not cleaned: every non-empty line is a paragraph, as the shown text would be had
the cleaner kept it (its title is still the one the reading or the cleaner gives: a title is evidence any page
has). The quote stage then runs as it stands, and every quote (speech only, as the evaluation counts them) is
either

- *on furniture*: any of its content touches a labelled boilerplate line or the headline; it must never be;
- *on the body*: it may be a real quote, and a change must not lose it.

The parse up to the quote stage is kept under ``--cache`` (pickled Docs), so a change of the quote stage is
measured again in a minute or two. ``--list`` prints each quote on furniture with the line it sits on; ``--dump``
writes every quote and ``--against`` compares with an earlier dump, per outlet (furniture quotes gone: wrong to
right; body quotes gone: right to wrong), for a leave-one-outlet-out check.

Tuning splits only: ``.venv/bin/python benchmarks/quote_furniture.py ../shared/eval/real --cache /tmp/qf``.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from dateline.clean.characters import as_shown
from dateline.errors import Skipped
from dateline.evaluation.real.gold import GoldArticle, load_gold
from dateline.evaluation.real.matching import is_boilerplate_line, paragraphs
from dateline.evaluation.splits import NEWEST_SPLITS, READABLE_SPLITS
from dateline.extract.lexicon import (
    INTENTION_VERBS,
    NAMING_VERBS,
    PREPOSITIONAL_CUES,
    RAISING_VERBS,
    REPORTING_VERBS,
    STANCE_VERBS,
)
from dateline.extract.lines import in_prose_line
from dateline.extract.quotes import find_quotes
from dateline.ingest import read_file
from dateline.model import Article
from dateline.nlp.extensions import doc_text
from dateline.nlp.pipeline import make_doc, pipeline_through
from dateline.pipeline import clean_raw, stated_or_date_line

PARTS = {"html": "pages", "text": "scrapes"}


@dataclass(frozen=True, slots=True)
class Found:
    """One quote the stage found on an uncleaned article, and the line it sits on."""

    part: str
    article: str
    split: str
    outlet: str
    place: str  # "headline", "furniture" or "body"
    kind: str  # "direct" or "indirect"
    shown: bool  # whether its speaker is shown (resolved above the confidence line)
    quote: str
    line: str

    @property
    def key(self) -> str:
        return f"{self.part}|{self.article}|{self.kind}|{self.quote}"


def uncleaned_article(path: Path) -> Article | None:
    """The article in ``path`` as the build reads it, every non-empty line kept as a paragraph; None if the
    build would skip it."""
    read = next(iter(read_file(path)), None)
    if read is None or isinstance(read, Skipped):
        return None
    text = "\n".join(line for line in (as_shown(line) for line in read.text.splitlines()) if line.strip())
    return Article(id=path.stem, source=str(path), text=text, title=read.title or clean_raw(read).title,
                   url=read.url, published=stated_or_date_line(read), outlet=read.outlet)


#: The words that can be a quote's cue, any inflection: a furniture line that ends as a sentence with none of
#: them and no quotation mark, or ends as none (the quote stage reads no quote there,
#: :func:`dateline.extract.lines.in_story_line`, unless the next line goes on with it), holds no quote, so its
#: article is not parsed unless ``--all`` asks (a parse costs a few seconds).
_CUES = frozenset().union(REPORTING_VERBS, STANCE_VERBS, PREPOSITIONAL_CUES, INTENTION_VERBS, NAMING_VERBS,
                          RAISING_VERBS)
_MARKS = re.compile("[\"“”‘’«»]")


def may_quote(line: str) -> bool:
    """Could the quote stage find a quote on ``line``: it ends as a sentence and has a quotation mark or a cue
    word, crudely stemmed?"""
    words = re.findall(r"[a-z]+", line.lower())
    stems = {form for w in words for form in (w, w[:-1], w[:-2], w[:-3], w[:-1] + "e", w[:-2] + "e", w[:-3] + "e")}
    return in_prose_line(line, 0) and (_MARKS.search(line) is not None or not stems.isdisjoint(_CUES))


def parsed(nlp: Language, path: Path, cache: Path, gold: GoldArticle, every: bool,
           may_hold: Callable[[str], bool] = may_quote) -> Doc | None:
    """The uncleaned article parsed by ``nlp`` (the build's pipeline before the quote stage), from ``cache`` when
    it is there; None when the build would skip it, or (unless ``every``) when none of its headline or furniture
    lines ``may_hold`` what the stage measured finds (:func:`may_quote`). The figure benchmark
    (``figure_furniture.py``) keeps its parses here too: both stages read the same parse."""
    kept = cache / f"{path.parent.name}-{path.name}.pickle"
    if kept.exists():
        return pickle.loads(kept.read_bytes())  # type: ignore[no-any-return]
    article = uncleaned_article(path)
    if article is None or not (every or any(line_place(line, gold) != "body" and may_hold(line)
                                            for _, line in paragraphs(article.text))):
        return None
    doc = nlp(make_doc(nlp, article))
    kept.write_bytes(pickle.dumps(doc))
    return doc


def line_place(line: str, gold: GoldArticle) -> str:
    """Whether a stored line is the labelled headline, a labelled furniture line, or the body."""
    if gold.headline and is_boilerplate_line(line, gold.headline):
        return "headline"
    return "furniture" if any(is_boilerplate_line(line, label) for label in gold.boilerplate) else "body"


def found_in(doc: Doc, part: str, gold: GoldArticle, outlet: str) -> list[Found]:
    """Every quote of speech the quote stage finds in ``doc``, placed on its first content's line."""
    text = doc_text(doc)
    lines = paragraphs(text)
    found = []
    for quote in find_quotes(doc):
        if not quote.speech:
            continue
        touched = [line for (start, end), line in lines if any(s < end and start < e for s, e in quote.content)]
        places = [line_place(line, gold) for line in touched]
        place = next((p for p in places if p != "body"), "body")
        line = touched[places.index(place)] if touched else ""
        words = " … ".join(text[s:e] for s, e in quote.content)
        found.append(Found(part, gold.id, gold.split, outlet, place, quote.kind,
                           quote.speaker is not None, words, line))
    return found


def tally(rows: Sequence[Found]) -> str:
    counts = Counter((r.place != "body", r.kind) for r in rows)
    shown = sum(r.place != "body" and r.shown for r in rows)
    return (f"on furniture direct {counts[True, 'direct']:>3} indirect {counts[True, 'indirect']:>3} "
            f"(speaker shown {shown:>3})   body direct {counts[False, 'direct']:>4} "
            f"indirect {counts[False, 'indirect']:>4}")


def report(rows: Sequence[Found], splits: Sequence[str],
           count: Callable[[Sequence[Found]], str] = tally) -> list[str]:
    """Pooled, the newest splits, and each split with anything on furniture, as ``count`` counts them (the
    figure benchmark counts its own)."""
    lines = []
    for part, name in PARTS.items():
        ours = [r for r in rows if r.part == part]
        if not ours:
            continue
        lines.append(f"{name:<8} pooled    {count(ours)}")
        if newest := [r for r in ours if r.split in NEWEST_SPLITS]:
            lines.append(f"{name:<8} {NEWEST_SPLITS[0]}-{NEWEST_SPLITS[-1]} {count(newest)}")
        lines += [f"{name:<8} {split:<9} {count(of)}" for split in splits
                  if (of := [r for r in ours if r.split == split]) and any(r.place != "body" for r in of)]
    return lines


def compared(rows: Sequence[Found], earlier: Sequence[Found], read: set[tuple[str, str]]) -> list[str]:
    """Per outlet, the furniture finds gone (wrong to right) and the body finds gone or new since ``earlier``,
    over the articles (part, id) this run ``read``, whether or not anything was found in them: a cached parse is
    read whatever the filter of what may hold a find says, so with the same cache both runs read the same."""
    rows = [r for r in rows if (r.part, r.article) in read]
    earlier = [r for r in earlier if (r.part, r.article) in read]
    now = {r.key for r in rows}
    before = {r.key for r in earlier}
    outlets: dict[str, Counter[str]] = {}
    lines = []
    for r in earlier:
        if r.key not in now:
            outlets.setdefault(r.outlet, Counter())["furniture gone" if r.place != "body" else "body lost"] += 1
            lines.append(f"  gone  {r.place:<9} [{r.part} {r.article}] {r.kind} {r.quote[:120]!r}")
    for r in rows:
        if r.key not in before:
            outlets.setdefault(r.outlet, Counter())["furniture new" if r.place != "body" else "body new"] += 1
            lines.append(f"  new   {r.place:<9} [{r.part} {r.article}] {r.kind} {r.quote[:120]!r}")
    lines += [f"  {outlet}: {dict(counts)}" for outlet, counts in sorted(outlets.items())]
    return lines


def argument_parser(description: str, what: str) -> argparse.ArgumentParser:
    """The arguments of a furniture benchmark; ``what`` names what its stage finds ("quote", "figure")."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("articles_dir", type=Path, help="the real-news articles (../shared/eval/real)")
    parser.add_argument("--split", action="append", choices=READABLE_SPLITS)
    parser.add_argument("--part", action="append", choices=list(PARTS))
    parser.add_argument("--manifest", type=Path, default=Path("eval/real/manifest.json"))
    parser.add_argument("--cache", type=Path, required=True, help="where the parsed articles are kept and reused "
                        "(the quote and figure benchmarks share them)")
    parser.add_argument("--all", action="store_true", help="parse every article, not only those with a headline "
                        f"or furniture line that may hold a {what} (body counts are of the articles parsed)")
    parser.add_argument("--list", action="store_true", help=f"print every {what} on furniture with its line")
    parser.add_argument("--dump", type=Path, help=f"write every {what} found here")
    parser.add_argument("--against", type=Path, help="compare with an earlier --dump")
    return parser


def run(args: argparse.Namespace, may_hold: Callable[[str], bool],
        find: Callable[[Doc, str, GoldArticle, str], list[Found]],
        reported: Callable[[Sequence[Found], Sequence[str]], list[str]]) -> None:
    """Read, parse (or take from the cache) and ``find`` in every labelled article of the chosen splits, then
    print what ``reported`` makes of it, and list, dump and compare as ``args`` ask."""
    splits = args.split or list(READABLE_SPLITS)
    entries = [e for e in json.loads(args.manifest.read_text(encoding="utf-8")) if e["split"] in splits]
    gold = {g.id: g for split in splits for g in load_gold(args.manifest.parent / "labels", split)}
    args.cache.mkdir(parents=True, exist_ok=True)
    nlp = pipeline_through("dateline_event_keys")  # the quote and figure stages run apart, on the kept parse
    rows: list[Found] = []
    read: set[tuple[str, str]] = set()  # every article parsed, whether or not the stage finds anything in it
    for part in args.part or PARTS:
        for e in entries:
            if part in e["files"] and e["id"] in gold:
                print(part, e["id"], file=sys.stderr, flush=True)
                doc = parsed(nlp, args.articles_dir / e["files"][part], args.cache, gold[e["id"]], args.all,
                             may_hold)
                if doc is not None:
                    read.add((part, e["id"]))
                    rows += find(doc, part, gold[e["id"]], e["outlet"] or e["id"])
    print("\n".join(reported(rows, splits)))
    if args.list:
        print("\n".join(f"  {r.place:<9} [{r.part} {r.split} {r.article}] {r.kind} shown={r.shown} "
                        f"{r.quote[:100]!r}\n      line: {r.line[:160]!r}" for r in rows if r.place != "body"))
    if args.dump:
        args.dump.write_text(json.dumps([asdict(r) for r in rows], ensure_ascii=False), encoding="utf-8")
    if args.against:
        earlier = [Found(**r) for r in json.loads(args.against.read_text(encoding="utf-8"))]
        print("\n".join(compared(rows, earlier, read)))


def main(argv: Sequence[str] | None = None) -> None:
    args = argument_parser(__doc__.split("\n\n")[0], "quote").parse_args(argv)
    run(args, may_quote, found_in, report)


if __name__ == "__main__":
    main()
