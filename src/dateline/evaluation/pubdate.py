"""``dateline eval pubdate``: publication dates inferred for Timeline17 articles, whose folder names give
the true day, compared with that day.

Two protocols: each text alone, through the build's pipeline as far as ``dateline_pubdate``; or
(``corpus``) as ``dateline build`` dates articles that come without metadata, text then corpus.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from statistics import median

from spacy.language import Language

from dateline.model import PublicationDate
from dateline.nlp.pipeline import pipeline_through
from dateline.pipeline import analyze, ingest, redate
from dateline.store import Store
from dateline.store.articles import iter_articles


@dataclass(frozen=True, slots=True)
class PubdateReport:
    """How inferred publication dates compare with the true days (Timeline17 protocol of issue 3)."""

    total: int
    exact: int
    holds: int
    wrong: int
    unknown: int
    median_width_days: float | None

    def format(self) -> str:
        def pct(n: int) -> str:
            return f"{100 * n / self.total:.1f}%" if self.total else "n/a"
        width = "n/a" if self.median_width_days is None else f"{self.median_width_days:g} days"
        return (f"articles {self.total}: exact {pct(self.exact)}, range holds {pct(self.holds)}, "
                f"wrong {pct(self.wrong)}, unknown {pct(self.unknown)}, median range width {width}")


def pubdate_report(pairs: Iterable[tuple[date, PublicationDate]]) -> PubdateReport:
    """Exact = the range is the true day; holds = the range contains it (exact included); wrong = a range
    that misses it (a range open on one side is judged by its other side); unknown = no range. Width =
    latest - earliest + 1, over the ranges closed on both sides."""
    total = exact = holds = wrong = unknown = 0
    widths: list[int] = []
    for truth, inferred in pairs:
        total += 1
        if inferred.earliest is None and inferred.latest is None:
            unknown += 1
            continue
        if inferred.earliest is not None and inferred.latest is not None:
            widths.append((inferred.latest - inferred.earliest).days + 1)
        inside = holds_day(inferred, truth)
        holds += inside
        wrong += not inside
        exact += inferred.exact == truth
    return PubdateReport(total, exact, holds, wrong, unknown, median(widths) if widths else None)


def holds_day(inferred: PublicationDate, truth: date) -> bool:
    """Does the inferred range hold the true day? A range open on one side is judged by its other side."""
    return (inferred.earliest or truth) <= truth <= (inferred.latest or truth)


def day_outcome(truth: date, inferred: PublicationDate) -> str:
    """One answer as :func:`pubdate_report` counts it: "right" where it is the true day, "wrong" where its range
    misses it, "unknown" where it has no range or one holding the day without being it."""
    if inferred.earliest is None and inferred.latest is None:
        return "unknown"
    if not holds_day(inferred, truth):
        return "wrong"
    return "right" if inferred.exact == truth else "unknown"


def timeline17_articles(directory: Path, limit: int = 0, seed: int = 17) -> list[tuple[Path, date]]:
    """(path, true date) of Timeline17 articles (``*/InputDocs/<YYYY-MM-DD>/*.txt``); a seeded random
    sample of ``limit`` of them when ``limit`` > 0."""
    found = [(p, date.fromisoformat(p.parent.name)) for p in sorted(directory.glob("*/InputDocs/*/*.txt"))]
    if 0 < limit < len(found):
        found = sorted(random.Random(seed).sample(found, limit))
    return found


def infer_dates(nlp: Language, texts: Iterable[str], batch_size: int = 32) -> Iterator[PublicationDate]:
    """Publication dates inferred from text alone (no metadata) for each text."""
    for doc in nlp.pipe(texts, batch_size=batch_size):
        yield doc._.published


def evaluate_pubdate(directory: Path, limit: int = 0, seed: int = 17, nlp: Language | None = None,
                     corpus: bool = False) -> PubdateReport:
    """Hide each Timeline17 article's date (its folder name), infer it, compare: from each text alone, or
    (``corpus``) as ``dateline build`` dates articles that come without metadata, text then corpus."""
    articles = timeline17_articles(directory, limit, seed)
    if corpus:
        found = build_dates([path for path, _ in articles])
        return pubdate_report((truth, found[str(path)]) for path, truth in articles if str(path) in found)
    texts = (p.read_text(encoding="utf-8", errors="replace") for p, _ in articles)
    nlp = nlp or pipeline_through("dateline_pubdate")
    return pubdate_report(zip((truth for _, truth in articles), infer_dates(nlp, texts)))


def build_dates(paths: list[Path]) -> dict[str, PublicationDate]:
    """Each article's publication date, by source path, after the build's ingest, analysis and corpus
    dating stages in a scratch store (a copy of an article already stored is left out)."""
    with tempfile.TemporaryDirectory() as scratch, Store(Path(scratch) / "pubdate.db") as store:
        ingest(paths, store)
        analyze(store)
        redate(store)
        return {article.source: article.published for article in iter_articles(store.conn)}
