"""Publication dates of the real-news HTML pages with their structured metadata taken away: how the date stage
fares on a page that states nothing, against htmldate alone on the same page.

Each ablation removes one kind of statement from every page, in a copy written to a temporary folder (the gold
pages are only read):

- ``jsonld``: JSON-LD ``datePublished``, ``dateModified`` and ``dateCreated`` (the keys renamed, the JSON
  still valid);
- ``ogtime``: ``article:published_time`` and ``article:modified_time`` (and their ``og:`` spellings);
- ``meta``: every other ``<meta>`` whose name is a date's (``pubdate``, ``sailthru.date``, ``dc.date``,
  ``last-modified``, ...), and microdata ``itemprop`` dates;
- ``time``: the ``datetime`` of ``<time>`` elements (the element becomes a ``<span>``, its visible words stay);
- ``all``: all of these.

For each page the date stage's answer (ingest, cleaning and ``dateline_pubdate``, as a build dates a page
before the corpus stage) is scored right (the exact day), wrong (a day or range that misses it) or unknown
(none, or a range holding the day without naming it, or a day below the confidence line, kept for audit).
Each answer's evidence label is printed: ``metadata``, ``dateline`` (the article's own date line or stamp in
its text), ``page-guess`` (a day guessed from the page's markup or prose, no evidence in the text),
``reported`` (a range from the text's reported days), ``corpus``, ``unknown``.

Run (tuning splits only; a held-out split is refused)::

    PYTHONPATH=src .venv/bin/python benchmarks/pubdate_ablation.py ../shared/eval/real --split dev23
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dateline.confidence import below_line
from dateline.evaluation.pubdate import day_outcome
from dateline.evaluation.real.gold import GoldArticle, load_gold
from dateline.evaluation.real.text import htmldate_alone
from dateline.evaluation.splits import NEWEST_SPLITS, READABLE_SPLITS
from dateline.ingest.checks import decode_text
from dateline.model import PublicationDate
from dateline.nlp.pipeline import make_doc, pipeline_through
from dateline.pipeline import ingest
from dateline.store import Store
from dateline.store.articles import iter_articles

#: A JSON-LD date and its value, replaced by an empty entry so the JSON stays valid and holds no date.
_JSONLD_KEY = re.compile(r"([\"'])(?:datePublished|dateModified|dateCreated|uploadDate)\1\s*:\s*(?:\"[^\"]*\"|'[^']*')")
#: The Open Graph and article published and modified times.
_OG_TIME = re.compile(r"""<meta\b[^>]*\b(?:property|name)\s*=\s*["']?(?:article|og):(?:published|modified)_time"""
                      r"""[^>]*>""", re.IGNORECASE)
#: Any other ``<meta>`` whose name, property, itemprop or http-equiv names a date or a stamp.
_META_DATE = re.compile(r"""<meta\b[^>]*\b(?:property|name|itemprop|http-equiv)\s*=\s*["']?[^"'>]*"""
                        r"""(?:date|time|publish|modif|updated|created)[^>]*>""", re.IGNORECASE)
#: A microdata date on any element, its itemprop renamed.
_ITEMPROP_DATE = re.compile(r"""(\bitemprop\s*=\s*["']?)(date\w*)""", re.IGNORECASE)
_TIME_OPEN = re.compile(r"<time\b([^>]*)>", re.IGNORECASE)
_DATETIME_ATTRIBUTE = re.compile(r"""\s(?:datetime|pubdate)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?""", re.IGNORECASE)


def without_jsonld_dates(html: str) -> str:
    return _JSONLD_KEY.sub(r'\1removed\1: ""', html)


def without_og_times(html: str) -> str:
    return _OG_TIME.sub("", html)


def without_meta_dates(html: str) -> str:
    return _ITEMPROP_DATE.sub(r"\1removed", _META_DATE.sub("", without_og_times(html)))


def without_time_stamps(html: str) -> str:
    """``<time>`` elements as ``<span>`` without their machine-readable day: what a reader sees stays."""
    opened = _TIME_OPEN.sub(lambda found: "<span" + _DATETIME_ATTRIBUTE.sub("", found[1]) + ">", html)
    return re.sub(r"</time\s*>", "</span>", opened, flags=re.IGNORECASE)


def without_all(html: str) -> str:
    return without_time_stamps(without_meta_dates(without_jsonld_dates(html)))


ABLATIONS: dict[str, Callable[[str], str]] = {
    "none": lambda html: html, "jsonld": without_jsonld_dates, "ogtime": without_og_times,
    "meta": without_meta_dates, "time": without_time_stamps, "all": without_all}


@dataclass(frozen=True, slots=True)
class Answer:
    """One page's answer under one ablation: the date stage's and htmldate's, each scored."""

    id: str
    split: str
    outlet: str
    truth: date
    published: PublicationDate
    htmldate: PublicationDate

    @property
    def label(self) -> str:
        """The answer's evidence label: where its day comes from."""
        basis = self.published.basis
        if basis != "text":
            return basis
        if self.published.exact is None:
            return "reported"
        return "dateline" if self.published.evidence else "page-guess"

    @property
    def outcome(self) -> str:
        return outcome(self.truth, self.published)

    @property
    def htmldate_outcome(self) -> str:
        return outcome(self.truth, self.htmldate)


def outcome(truth: date, found: PublicationDate) -> str:
    """right, wrong or unknown, as ``dateline eval real`` scores a page's day; a day below the confidence line
    is shown as unknown, so it scores unknown (it is kept for audit, not shown)."""
    return "unknown" if below_line(found.confidence) else day_outcome(truth, found)


def dated_pages(articles_dir: Path, labels: Path, splits: Iterable[str]) -> list[GoldArticle]:
    """The pages of ``splits`` with an HTML file and an unambiguous day."""
    return [g for split in splits for g in load_gold(labels, split)
            if "html" in g.files and g.day is not None and not g.ambiguous]


def ablated_answers(articles_dir: Path, pages: list[GoldArticle], ablate: Callable[[str], str],
                    outlets: dict[str, str]) -> list[Answer]:
    """Each page's answers once ``ablate`` took statements out of a copy of it."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        copies: dict[str, tuple[GoldArticle, str]] = {}
        for page in pages:
            html = ablate(decode_text((articles_dir / page.files["html"]).read_bytes()))
            path = folder / f"{page.id}.html"
            path.write_text(html, encoding="utf-8")
            copies[str(path)] = (page, html)
        published = stage_dates(list(map(Path, copies)), folder / "ablation.db")
    return [Answer(page.id, page.split, outlets.get(page.id, "?"), page.day, published.get(path, PublicationDate()),
                   htmldate_alone(html)) for path, (page, html) in copies.items() if page.day is not None]


def stage_dates(paths: list[Path], database: Path) -> dict[str, PublicationDate]:
    """Each page's date after ingest and ``dateline_pubdate``, by source path: the date a build gives a page
    before the corpus stage."""
    nlp = pipeline_through("dateline_pubdate")
    with Store(database) as store:
        ingest(paths, store)
        articles = list(iter_articles(store.conn))
    stated = [a for a in articles if a.published.basis == "metadata" and a.published.earliest is not None]
    read = [a for a in articles if not (a.published.basis == "metadata" and a.published.earliest is not None)]
    dates = {a.source: a.published for a in stated}
    for article, doc in zip(read, nlp.pipe(make_doc(nlp, a) for a in read)):
        dates[article.source] = doc._.published or PublicationDate()
    return dates


def summary(name: str, answers: list[Answer]) -> str:
    """Right / wrong / unknown of the stage and of htmldate, and the stage's evidence labels."""
    ours, theirs = Counter(a.outcome for a in answers), Counter(a.htmldate_outcome for a in answers)
    labels = Counter(f"{a.label}:{a.outcome}" for a in answers)
    total = len(answers) or 1

    def rwu(counts: Counter[str]) -> str:
        return "/".join(f"{counts[k] / total:.3f}" for k in ("right", "wrong", "unknown"))

    return (f"{name:14} {len(answers):4}  stage {rwu(ours)} ({ours['right']}/{ours['wrong']}/{ours['unknown']})"
            f"  htmldate {rwu(theirs)} ({theirs['right']}/{theirs['wrong']}/{theirs['unknown']})\n"
            f"{'':20}labels {', '.join(f'{k} {n}' for k, n in sorted(labels.items()))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path, help="the real-news pages (e.g. ../shared/eval/real)")
    parser.add_argument("--labels", type=Path, default=Path("eval/real/labels"), help="the label files")
    parser.add_argument("--split", action="append", choices=READABLE_SPLITS,
                        help="a split open to tuning (repeat); all by default")
    parser.add_argument("--ablation", action="append", choices=tuple(ABLATIONS), help="repeat; all by default")
    parser.add_argument("--recent", nargs="*", default=list(NEWEST_SPLITS),
                        help="splits also summed apart (by default the newest open to tuning)")
    parser.add_argument("--dump", type=Path, help="write every page's answers here as JSON lines")
    args = parser.parse_args()
    pages = dated_pages(args.articles, args.labels, args.split or READABLE_SPLITS)
    outlets = {path.stem: json.loads(path.read_text(encoding="utf-8")).get("outlet", "?")
               for path in args.labels.glob("*.json")}
    rows = []
    for name in args.ablation or ABLATIONS:
        answers = ablated_answers(args.articles, pages, ABLATIONS[name], outlets)
        print(summary(name, answers))
        recent = [a for a in answers if a.split in args.recent]
        if recent and len(recent) < len(answers):
            print(summary(f"  {'+'.join(args.recent)}"[:14], recent))
        rows += [{"ablation": name, "id": a.id, "split": a.split, "outlet": a.outlet, "truth": a.truth.isoformat(),
                  "answer": a.published.phrase, "label": a.label, "confidence": round(a.published.confidence, 2),
                  "outcome": a.outcome, "htmldate": a.htmldate.phrase, "htmldate_outcome": a.htmldate_outcome}
                 for a in answers]
    if args.dump:
        args.dump.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
