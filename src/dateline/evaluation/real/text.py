"""Main text against the benchmark's gold body, furniture lines left, and the baselines (htmldate and
trafilatura, each alone on the same pages).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date
from pathlib import Path

import trafilatura
from htmldate import find_date

from dateline.clean.characters import without_invisible
from dateline.evaluation.pubdate import pubdate_report
from dateline.evaluation.real.gold import GoldArticle
from dateline.evaluation.real.matching import WORD, is_boilerplate_line, paragraphs
from dateline.evaluation.real.measures import BaselineScores, TextScores
from dateline.evaluation.scores import PRF
from dateline.evaluation.tempeval import prf
from dateline.ingest.checks import decode_text
from dateline.model import PublicationDate
from dateline.store.articles import load_article


def token_prf(predicted: str, gold: str) -> PRF:
    """Bag-of-words precision and recall of extracted text against the gold body, as extraction
    benchmarks score main text; words are read without invisible format characters, as the cleaner reads them
    (a soft hyphen would split a word in three)."""
    p, g = (Counter(WORD.findall(without_invisible(text).lower())) for text in (predicted, gold))
    common = sum((p & g).values())
    return prf(common, sum(p.values()), sum(g.values()))


def add_text(scores: TextScores, extracted: str, gold: GoldArticle, gold_body: str | None) -> None:
    """Count one article's main-text overlap (when a gold body exists) and its furniture lines left."""
    if gold_body is not None:
        measured = token_prf(extracted, gold_body)
        scores.f1.append(measured.f1)
        scores.precision.append(measured.precision)
        scores.recall.append(measured.recall)
    if gold.boilerplate:
        lines = [line for _, line in paragraphs(extracted)]
        left = sum(any(is_boilerplate_line(line, label) for line in lines) for label in gold.boilerplate)
        scores.lines += len(gold.boilerplate)
        scores.lines_left += left
        scores.articles += 1
        scores.articles_left += left > 0


def score_text(conn: sqlite3.Connection, articles_dir: Path, gold: list[GoldArticle],
               stored: dict[str, str]) -> TextScores:
    scores = TextScores()
    for g in gold:
        text = load_article(conn, stored[g.id]).text if g.id in stored else ""
        add_text(scores, text, g, _gold_body(articles_dir, g))
    return scores


def _gold_body(articles_dir: Path, gold: GoldArticle) -> str | None:
    path = gold.files.get("gold")
    return (articles_dir / path).read_text(encoding="utf-8") if path else None


def score_baselines(articles_dir: Path, gold: list[GoldArticle]) -> BaselineScores:
    """htmldate and trafilatura, each alone, on the part's HTML pages."""
    pages = [(g, decode_text((articles_dir / g.files["html"]).read_bytes())) for g in gold if "html" in g.files]
    text = TextScores()
    for g, html in pages:
        add_text(text, trafilatura.extract(html, include_comments=False) or "", g, _gold_body(articles_dir, g))
    dates = pubdate_report((g.day, htmldate_alone(html)) for g, html in pages if g.day is not None and not g.ambiguous)
    return BaselineScores(dates, text)


def htmldate_alone(html: str) -> PublicationDate:
    """htmldate as its documentation advises for publication dates: original date, extensive search."""
    found = find_date(html, original_date=True, outputformat="%Y-%m-%d")
    return PublicationDate.on(date.fromisoformat(found), "metadata") if found else PublicationDate()
