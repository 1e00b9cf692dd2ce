"""``dateline eval polnear``: the attribution gold of PolNeAR, by Newell, Margolin and Ruths (LREC 2018), read
and scored as the papers count it, against ``dateline_quotes`` in the build's pipeline.

Each attribution has a source, a cue and a content span (content may be discontinuous). Scores are
given per role three ways:

- exact: a predicted span counts only if all its fragments' character offsets equal a gold span's
  (after trimming white space): the whole attribution span, the strictest reading;
- exact-fragment: CofeNet's own count. CofeNet (Wang et al., COLING 2022) labels each sentence's tokens
  B/I/O per role and scores every contiguous run of one label as a span (its ``get_element`` and
  ``cal_evaluation_detail``), so a discontinuous span counts once per fragment and a span crossing
  sentences once per sentence. Here each fragment is clipped at the sentence bounds of the parse, the
  same bounds for gold and prediction. Its F1 is the one to set beside CofeNet's published numbers;
- token overlap: each predicted span earns the share of its tokens found in the best-overlapping gold
  span of that role (precision), each gold span the share of its tokens found in the best predicted
  one (recall), as PolNeAR's partial-match scores are counted.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from dateline.evaluation.scores import PRF
from dateline.extract.quotes import attributions
from dateline.nlp.pipeline import pipeline_through
from dateline.records import Quote

ROLES = ("source", "cue", "content")
_TOKEN = re.compile(r"\w+|[^\w\s]")

#: A role span: its fragments, each (start, end).
RoleSpan = tuple[tuple[int, int], ...]
#: The character bounds of a text's sentences, in order.
SentenceBounds = tuple[tuple[int, int], ...]
#: Whatever one span is written as: its fragments, or one fragment.
_Span = TypeVar("_Span", bound=Hashable)
#: CofeNet (BERT) exact-match F1 on the PolNeAR test split, the reference the issue sets; it counts
#: per-sentence fragments, so it stands beside the ``exact-fragment`` rows.
COFENET_EXACT_F1 = {"source": 0.832, "cue": 0.753, "content": 0.729}


@dataclass(frozen=True, slots=True)
class GoldArticle:
    name: str
    text: str
    attributions: tuple[dict[str, RoleSpan], ...]


@dataclass(frozen=True, slots=True)
class Prediction:
    """One article's predicted attributions and the sentence bounds of the parse that found them."""

    quotes: list[Quote]
    sentences: SentenceBounds

    @classmethod
    def from_doc(cls, doc: Doc, quotes: list[Quote]) -> Prediction:
        """PolNeAR marks each attribution once, its quoted words inside its content: the partial quotes
        drawn out of one are left aside."""
        return cls(attributions(quotes), tuple((sent.start_char, sent.end_char) for sent in doc.sents))


def load_split(directory: Path) -> Iterator[GoldArticle]:
    """The articles of one PolNeAR split folder (``text/`` and ``attributions/``), one annotator each.

    Articles annotated by several annotators (for agreement studies) are scored against the first
    annotator's file in name order, so every article counts once.
    """
    for text_path in sorted((directory / "text").glob("*.txt")):
        annotations = sorted((directory / "attributions").glob(f"{text_path.stem}_*.ann"))
        if annotations:
            text = text_path.read_text(encoding="utf-8")
            yield GoldArticle(text_path.stem, text, tuple(parse_ann(annotations[0].read_text(encoding="utf-8"))))


def parse_ann(ann: str) -> Iterator[dict[str, RoleSpan]]:
    """Attributions from brat standoff: ``T`` lines hold spans, ``E`` lines tie a source, cue and content.

    An ``E`` line may come before the ``T`` lines it names, so spans are read first.
    """
    rows = [line.split("\t") for line in ann.splitlines()]
    spans = {row[0]: _fragments(row[1]) for row in rows if row[0].startswith("T") and len(row) >= 2}
    for row in rows:
        if row[0].startswith("E") and len(row) >= 2:
            roles = dict(arg.split(":", 1) for arg in row[1].split())
            yield {role: spans[roles[role.capitalize()]] for role in ROLES if role.capitalize() in roles}


def _fragments(annotation: str) -> RoleSpan:
    _kind, _, ranges = annotation.partition(" ")
    return tuple(_fragment(part) for part in ranges.split(";"))


def _fragment(part: str) -> tuple[int, int]:
    start, end = part.split()
    return int(start), int(end)


def normalise(text: str, span: RoleSpan) -> RoleSpan:
    """Fragments with surrounding white space trimmed, so offsets that differ only by spaces match."""
    trimmed = []
    for start, end in span:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            trimmed.append((start, end))
    return tuple(trimmed)


def exact_score(text: str, predicted: Iterable[RoleSpan], gold: Iterable[RoleSpan]) -> tuple[int, int, int]:
    """(true positives, predicted, gold) counts for exact span matching."""
    return _matches({normalise(text, span) for span in predicted}, {normalise(text, span) for span in gold})


def fragment_score(
    text: str, sentences: SentenceBounds, predicted: Iterable[RoleSpan], gold: Iterable[RoleSpan]
) -> tuple[int, int, int]:
    """(true positives, predicted, gold) counts when each fragment within a sentence is its own span."""
    def fragments(spans: Iterable[RoleSpan]) -> set[tuple[int, int]]:
        return {fragment for span in spans for fragment in sentence_fragments(text, sentences, span)}

    return _matches(fragments(predicted), fragments(gold))


def _matches(predicted: set[_Span], gold: set[_Span]) -> tuple[int, int, int]:
    """(true positives, predicted, gold) for two sets of distinct spans: a span said twice counts once."""
    return len(predicted & gold), len(predicted), len(gold)


def sentence_fragments(text: str, sentences: SentenceBounds, span: RoleSpan) -> RoleSpan:
    """The span's fragments cut at sentence bounds and trimmed: the runs a per-sentence BIO tagging sees."""
    pieces = tuple(
        (max(start, first), min(end, last))
        for start, end in span
        for first, last in sentences
        if start < last and first < end
    )
    return normalise(text, pieces)


def overlap_score(text: str, predicted: list[RoleSpan], gold: list[RoleSpan]) -> tuple[float, float, int, int]:
    """(precision credit, recall credit, predicted, gold) for token-overlap matching."""
    pred_tokens = [_tokens(text, span) for span in predicted]
    gold_tokens = [_tokens(text, span) for span in gold]
    precision = sum(_best_share(p, gold_tokens) for p in pred_tokens)
    recall = sum(_best_share(g, pred_tokens) for g in gold_tokens)
    return precision, recall, len(pred_tokens), len(gold_tokens)


def _tokens(text: str, span: RoleSpan) -> frozenset[tuple[int, int]]:
    return frozenset(
        (start + m.start(), start + m.end()) for start, end in span for m in _TOKEN.finditer(text[start:end])
    )


def _best_share(tokens: frozenset[tuple[int, int]], others: list[frozenset[tuple[int, int]]]) -> float:
    if not tokens:
        return 0.0
    return max((len(tokens & other) for other in others), default=0) / len(tokens)


def quote_roles(quote: Quote) -> dict[str, RoleSpan]:
    """A quote record as PolNeAR role spans; a missing source or cue is simply absent."""
    roles: dict[str, RoleSpan] = {"content": quote.content}
    if quote.source is not None:
        roles["source"] = (quote.source,)
    if quote.cue is not None:
        roles["cue"] = (quote.cue,)
    return roles


def evaluate(articles: Iterable[GoldArticle], predictions: Iterable[Prediction]) -> dict[str, dict[str, PRF]]:
    """Micro-averaged exact, exact-fragment and token-overlap scores per role over paired articles."""
    totals = {role: [0.0] * 10 for role in ROLES}
    for article, prediction in zip(articles, predictions, strict=True):
        predicted = [quote_roles(q) for q in prediction.quotes]
        for role in ROLES:
            pred = [roles[role] for roles in predicted if role in roles]
            gold = [roles[role] for roles in article.attributions if role in roles]
            counts = (
                exact_score(article.text, pred, gold)
                + fragment_score(article.text, prediction.sentences, pred, gold)
                + overlap_score(article.text, pred, gold)
            )
            totals[role] = [a + b for a, b in zip(totals[role], counts, strict=True)]
    return {role: _scores(values) for role, values in totals.items()}


def _scores(values: list[float]) -> dict[str, PRF]:
    hits, n_pred, n_gold, f_hits, f_pred, f_gold, p_credit, r_credit, o_pred, o_gold = values
    return {
        "exact": PRF(_ratio(hits, n_pred), _ratio(hits, n_gold)),
        "exact-fragment": PRF(_ratio(f_hits, f_pred), _ratio(f_hits, f_gold)),
        "overlap": PRF(_ratio(p_credit, o_pred), _ratio(r_credit, o_gold)),
    }


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


def polnear_scores(directory: Path, nlp: Language | None = None, limit: int | None = None,
                   ) -> dict[str, dict[str, PRF]]:
    """Scores of ``dateline_quotes`` on one PolNeAR split folder (the first ``limit`` articles)."""
    nlp = nlp or pipeline_through("dateline_quotes")
    articles = list(load_split(directory))[:limit]
    docs = nlp.pipe((article.text for article in articles), batch_size=16)
    return evaluate(articles, (Prediction.from_doc(doc, doc._.quotes) for doc in docs))


def format_scores(scores: dict[str, dict[str, PRF]]) -> str:
    """One row per role and way of matching, CofeNet's published F1 beside the exact-fragment rows."""
    lines = [f"{'role':<8} {'match':<14} {'P':>6} {'R':>6} {'F1':>6}   CofeNet exact F1"]
    for role in ROLES:
        for match, score in scores[role].items():
            reference = f"{COFENET_EXACT_F1[role]:.3f}" if match == "exact-fragment" else ""
            numbers = f"{score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f}"
            lines.append(f"{role:<8} {match:<14} {numbers}   {reference}")
    return "\n".join(lines)
