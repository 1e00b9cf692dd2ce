"""ROUGE-N counts exactly as ROUGE-1.5.5 computes them with ``-n 2 -x -f A -m -s -t 2``.

Timeline-summarization papers report ROUGE from the original Perl script (through tilse's pyrouge), so
this module reproduces its text handling step by step rather than a "standard" tokenizer: ASCII
lower-casing, every character outside ``[A-Za-z0-9-]`` turned into a space, hyphens split off and
dropped, the SMART stopwords removed (``-s``), and words longer than three letters replaced by their
WordNet 2.0 exception form or else their Porter stem (``-m``). N-grams run across sentence boundaries,
because the script joins a summary's sentences before counting. ``-f A`` with ``-t 2`` means raw
counts summed over the reference summaries.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from dateline.evaluation.porter import stem

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_NOT_WORD = re.compile(r"[^A-Za-z0-9\-]")


@dataclass(frozen=True, slots=True)
class NgramCounts:
    """ROUGE-1.5.5's raw counts: matched n-grams, n-grams in the references, n-grams in the summary.

    ``predicted`` is counted once per reference, as the script does, so that precision
    ``hits / predicted`` stays within [0, 1] with several references.
    """

    hits: int
    reference: int
    predicted: int


@cache
def _data_lines(name: str) -> tuple[str, ...]:
    """The non-comment lines of a file shipped in ``dateline/evaluation/data``."""
    text = (files("dateline.evaluation") / "data" / name).read_text(encoding="utf-8")
    return tuple(line for line in text.splitlines() if line and not line.startswith("#"))


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(_data_lines("rouge_stopwords.txt"))


@cache
def _exceptions() -> dict[str, str]:
    return dict(line.split("\t") for line in _data_lines("rouge_exceptions.tsv"))


def _summary_text(sentences: Sequence[str]) -> str:
    """The text the script reads from pyrouge's SEE file: each sentence re-spaced, cut at its first ``<``.

    pyrouge writes ``^`` as ``&circ;`` without escaping anything else, and the script's line pattern
    stops at ``<`` and skips a sentence left empty.
    """
    lines = (" ".join(sentence.split()).replace("^", "&circ;").split("<", 1)[0] for sentence in sentences)
    return " ".join(line for line in lines if line)


def _normalise(token: str) -> str:
    """A token as counted under ``-m``: its exception form, else its Porter stem if longer than 3."""
    if len(token) <= 3:
        return token
    return _exceptions().get(token) or stem(token)


def rouge_tokens(sentences: Sequence[str]) -> list[str]:
    """The tokens ROUGE-1.5.5 counts n-grams over for one summary, in order."""
    text = _NOT_WORD.sub(" ", _summary_text(sentences).translate(_ASCII_LOWER).replace("-", " - "))
    stopwords = _stopwords()
    return [_normalise(t) for t in text.split() if t not in stopwords and t != "-"]


def ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    """The multiset of ``n``-grams of ``tokens``."""
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def ngram_counts(
    predicted: Counter[tuple[str, ...]], references: Sequence[Counter[tuple[str, ...]]]
) -> NgramCounts:
    """ROUGE counts of a summary's n-grams against each reference's, clipped per reference and summed."""
    hits = sum(sum((predicted & reference).values()) for reference in references)
    total = sum(predicted.values())
    return NgramCounts(hits, sum(sum(r.values()) for r in references), total * len(references))
