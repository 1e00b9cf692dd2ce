"""Can a learned score of a line's furniture-ness back the cleaner's rules on layouts it has not seen?

    python -m dateline.evaluation.furniture_train ARTICLES_DIR [--labels eval/real/labels]

The rules (:mod:`dateline.clean.boilerplate`, :mod:`dateline.clean.context`) name the furniture they know by
its words and place; a layout no rule has met lets its furniture through. What such lines share on any site is
their shape: short, no finite verb, most words capitalised, no closing stop, near the article's edges, beside
other such lines. This script builds every page (after trafilatura) and every scrape of the tuning splits with
the cleaner, takes the lines its rules keep, labels a line furniture where it is a labelled boilerplate line or
the headline (as the real-news report judges furniture left,
:func:`dateline.evaluation.real.matching.is_boilerplate_line`), and fits a logistic regression on those shapes
(:data:`FEATURES`) of the lines short enough to be scored. Each outlet's lines are scored by a model trained
without that outlet, and the script prints, per part, the furniture lines caught and the story lines lost above
a range of thresholds, and above the lowest threshold that loses at most :data:`MAX_BODY_LOST` story lines.
Held-out splits are never read.

Measured in session 32 (dev..dev22: 536 articles of 359 outlets; 14,064 kept lines, 737 of them furniture or
the headline, 587 short enough to score), leave-one-outlet-out, furniture caught / story lines lost:

    threshold   pages (301 / 4,395)   scrapes (436 / 8,932)   all (737 / 13,327)   article-parts left (of 780)
    0.50        196 / 471             257 / 463               453 / 934            137
    0.80        116 / 147             121 / 109               237 / 256            209
    0.90         59 /  50              63 /  38               122 /  88            250
    0.95         24 /  13              24 /  13                48 /  26            284
    0.983         3 /   1               5 /   1                 8 /   2            302 (rules alone: 305)

On the newest splits alone (dev19..dev22, 126 furniture lines left) it catches 2 above 0.983 and loses 1.

So it does not beat the rules: where story lines lost are about 0 it catches 8 of the 737 lines they leave
(three article-parts fewer with furniture), and the lines scored highest among the labelled story lines are
themselves mostly unlabelled furniture or tables (box scores, year columns), whose figures a drop would lose.
No model is shipped; the script stays to measure the next set of features against.
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

from dateline.clean.tagger import VERBS, tagged
from dateline.evaluation.real.gold import GoldArticle, load_gold
from dateline.evaluation.real.matching import is_boilerplate_line
from dateline.evaluation.splits import READABLE_SPLITS
from dateline.extract.quotes.content import FINITE_TAGS
from dateline.ingest import read_file
from dateline.model import RawArticle
from dateline.pipeline import clean_raw

#: Story lines the reported threshold may lose under leave-one-outlet-out, over all tuning lines: precision
#: first, a story line lost loses its quotes and figures.
MAX_BODY_LOST = 2
#: The thresholds the trade-off is printed at, besides the one :data:`MAX_BODY_LOST` chooses.
THRESHOLDS = (0.5, 0.8, 0.9, 0.95)
#: A line of more words than this is a paragraph, never scored: furniture of that length is prose a reader
#: needs the page to judge (a bio, a disclaimer), and the rules name what of it recurs.
MAX_SCORED_WORDS = 25
#: A line of this many words or fewer is short, as its neighbours see it.
SHORT_WORDS = 6
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
#: A line ends as a sentence does: a stop, a question or exclamation mark, perhaps inside a closing quote.
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*$")
#: Words a page's controls and links are made of on any site ("Read more", "Share", "Sign up", "Watch",
#: "Photo:", "Click here"): the site speaking to its reader about itself.
_CONTROL_WORDS = frozenset({
    "share", "shares", "click", "subscribe", "sign", "login", "log", "follow", "watch", "read", "more", "related",
    "newsletter", "comments", "comment", "advertisement", "photo", "photos", "image", "images", "video", "getty",
    "credit", "copyright", "download", "listen", "print", "email", "menu", "home", "next", "previous", "view",
})
#: The commonest function words: a sentence is a fifth to a half of them, a title, a label or a credit few.
_FUNCTION_WORDS = frozenset({
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "but", "with", "from", "by", "as", "that",
    "this", "is", "was", "were", "are", "be", "has", "have", "had", "will", "would", "said", "says", "it", "its",
    "he", "she", "they", "we",
})
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: The features, in the order of a row.
FEATURES = (
    "log_words", "one_word", "finite_verb", "any_verb", "capitalised", "upper_case", "digits",
    "sentence_end", "quote_mark", "control_words", "colon_or_bar", "from_start", "from_end", "first", "last",
    "neighbours_short", "neighbours_verbless", "function_words", "up_to_3_words", "4_to_8_words",
    "relative_place", "no_verb_no_stop", "scrape", "ends_colon", "list_mark", "bar", "question", "year", "by",
)


@dataclass(frozen=True, slots=True)
class Shape:
    """What a line looks like on its own, the part of its features its neighbours share."""

    words: int
    finite_verb: bool
    any_verb: bool


def shape(line: str) -> Shape:
    """A line's length and verbs; a line too long to be scored is read as a sentence without tagging it."""
    words = len(_WORD.findall(line))
    if words > MAX_SCORED_WORDS:
        return Shape(words, True, True)
    tokens = tagged(line)
    return Shape(words, any(t.tag_ in FINITE_TAGS for t in tokens), any(t.pos_ in VERBS for t in tokens))


def line_features(lines: Sequence[str], scrape: bool) -> list[list[float]]:
    """The feature rows (:data:`FEATURES`) of an article's kept lines, in order; ``scrape``: the text came
    without its page (no extractor set its main text apart), so more furniture is left to judge."""
    shapes = [shape(line) for line in lines]
    return [_row(lines, shapes, i, scrape) for i in range(len(lines))]


def _row(lines: Sequence[str], shapes: Sequence[Shape], i: int, scrape: bool) -> list[float]:
    line, own, n = lines[i].strip(), shapes[i], len(lines)
    words = _WORD.findall(line)
    alphabetic = [w for w in words if w[0].isalpha()] or [""]
    neighbours = [shapes[j] for j in (i - 1, i + 1) if 0 <= j < n]
    return [
        math.log1p(own.words),
        float(own.words <= 1),
        float(own.finite_verb),
        float(own.any_verb),
        sum(w[:1].isupper() for w in alphabetic) / len(alphabetic),
        sum(w.isupper() and len(w) > 1 for w in alphabetic) / len(alphabetic),
        sum(c.isdigit() for c in line) / max(1, len(line)),
        float(bool(_SENTENCE_END.search(line))),
        float(any(q in line for q in "\"“”")),
        float(any(w.lower() in _CONTROL_WORDS for w in words)),
        float(any(c in line for c in ":|•·»")),
        min(i, 10) / 10,
        min(n - 1 - i, 10) / 10,
        float(i == 0),
        float(i == n - 1),
        sum(s.words <= SHORT_WORDS for s in neighbours) / max(1, len(neighbours)),
        sum(not s.finite_verb for s in neighbours) / max(1, len(neighbours)),
        sum(w.lower() in _FUNCTION_WORDS for w in words) / max(1, len(words)),
        float(own.words <= 3),
        float(4 <= own.words <= 8),
        i / n,
        float(not own.finite_verb and not _SENTENCE_END.search(line)),
        float(scrape),
        float(line.endswith(":")),
        float(line[:1] in "-•*+"),
        float("|" in line),
        float(line.endswith("?")),
        float(bool(_YEAR.search(line))),
        float(line[:3].lower() == "by "),
    ]


@dataclass(frozen=True, slots=True)
class Example:
    """One kept line of one article's part, its features and its label."""

    article: str
    part: str
    outlet: str
    line: str
    row: list[float]
    furniture: bool

    @property
    def scored(self) -> bool:
        return len(_WORD.findall(self.line)) <= MAX_SCORED_WORDS


def kept_lines(raw: RawArticle) -> list[str]:
    """The lines the cleaner's rules keep of a read article, cleaned as the pipeline cleans it."""
    return [line for line in clean_raw(raw).text.split("\n\n") if line.strip()]


def is_furniture(line: str, gold: GoldArticle) -> bool:
    """Whether a kept line is a labelled boilerplate line or the headline."""
    labels = [*gold.boilerplate, *([gold.headline] if gold.headline else [])]
    return any(is_boilerplate_line(line, label) for label in labels)


def article_examples(articles_dir: Path, gold: GoldArticle, outlet: str) -> list[Example]:
    """The kept lines of an article's page and scrape, labelled."""
    examples = []
    for part in ("html", "text"):
        if part not in gold.files:
            continue
        for raw in read_file(articles_dir / gold.files[part]):
            if isinstance(raw, RawArticle):
                lines = kept_lines(raw)
                examples += [Example(gold.id, part, outlet, line, row, is_furniture(line, gold))
                             for line, row in zip(lines, line_features(lines, scrape=not raw.extracted))]
    return examples


def load_examples(articles_dir: Path, labels_dir: Path, manifest: Path) -> list[Example]:
    """Every tuning article's labelled kept lines, with its outlet from the manifest."""
    outlets = {row["id"]: row["outlet"] for row in json.loads(manifest.read_text(encoding="utf-8"))}
    return [example for split in READABLE_SPLITS for gold in load_gold(labels_dir, split)
            for example in article_examples(articles_dir, gold, outlets[gold.id])]


def fit(examples: Sequence[Example]) -> tuple[StandardScaler, LogisticRegression]:
    """A logistic regression of "furniture" on the standardised rows of the scored ``examples``; the classes
    weighted alike, as furniture is one line in twenty."""
    rows = np.array([e.row for e in examples if e.scored])
    labels = np.array([e.furniture for e in examples if e.scored])
    scaler = StandardScaler().fit(rows)
    model = LogisticRegression(max_iter=2000, class_weight="balanced").fit(scaler.transform(rows), labels)
    return scaler, model


def held_out_scores(examples: Sequence[Example]) -> np.ndarray:
    """Each line's probability of furniture under a model trained without its outlet (0: too long to score)."""
    scores = np.zeros(len(examples))
    for outlet in sorted({e.outlet for e in examples}):
        scaler, model = fit([e for e in examples if e.outlet != outlet])
        own = [i for i, e in enumerate(examples) if e.outlet == outlet and e.scored]
        if own:
            rows = scaler.transform(np.array([examples[i].row for i in own]))
            scores[own] = model.predict_proba(rows)[:, 1]
    return scores


def trade_off(examples: Sequence[Example], scores: np.ndarray, threshold: float) -> dict[str, int]:
    """Furniture lines caught and story lines lost above ``threshold``, and the article parts (a page, a
    scrape) still holding a furniture line."""
    furniture = np.array([e.furniture for e in examples], dtype=bool)
    above = scores > threshold
    left = {(e.article, e.part) for e, up in zip(examples, above) if e.furniture and not up}
    return {"caught": int((furniture & above).sum()), "furniture": int(furniture.sum()),
            "lost": int((~furniture & above).sum()), "story": int((~furniture).sum()),
            "parts left": len(left), "parts": len({(e.article, e.part) for e in examples})}


def choose_threshold(examples: Sequence[Example], scores: np.ndarray) -> float:
    """The lowest held-out score above which at most :data:`MAX_BODY_LOST` story lines lie."""
    story = np.sort(scores[[not e.furniture for e in examples]])[::-1]
    return float(story[MAX_BODY_LOST]) if len(story) > MAX_BODY_LOST else 0.5


def report(examples: Sequence[Example], scores: np.ndarray) -> list[str]:
    """The trade-off per part and in all, at :data:`THRESHOLDS` and at the chosen threshold."""
    chosen = choose_threshold(examples, scores)
    lines = []
    for part in ("html", "text", None):
        members = [i for i, e in enumerate(examples) if part in (None, e.part)]
        for threshold in (*THRESHOLDS, chosen):
            counts = trade_off([examples[i] for i in members], scores[members], threshold)
            lines.append(f"{part or 'all':5} above {threshold:.3f}: {counts}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description="Measure a learned furniture score, leave-one-outlet-out.")
    parser.add_argument("articles_dir", type=Path, help="the real-news articles (html/, text/)")
    parser.add_argument("--labels", type=Path, default=Path("eval/real/labels"))
    args = parser.parse_args()
    examples = load_examples(args.articles_dir, args.labels, args.labels.parent / "manifest.json")
    print("\n".join(report(examples, held_out_scores(examples))))


if __name__ == "__main__":
    main()
