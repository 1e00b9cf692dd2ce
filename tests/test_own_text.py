"""The tests' sentences are our own: none repeats a run of words from the evaluation data.

The benchmarks and the real-news articles beside the repository (``../shared/eval``) are for measuring, never for
copying into the project: a test that pastes an article's sentence carries someone else's prose into an
open-source repository and quietly tunes on the data that is meant to check the tuning. A test shows the same
pattern in a sentence written for it. Eight words in a row shared with an evaluation file count as copied (shorter
runs are common phrases; eight in a row almost never are by chance). Older tests were written before this check,
so the count is a ceiling that only goes down as they are rewritten; it skips where the data is not beside the
repository.
"""

from __future__ import annotations

import ast
import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EVALUATION = REPO.parent / "shared" / "eval"
RUN = 8
COPIED_CEILING = 136
WORD = re.compile(r"[a-z0-9']+")
MARKUP = re.compile(r"<[^>]+>")
TEXT_SUFFIXES = {".txt", ".json", ".jsonl", ".html", ".htm", ".md", ".tml", ".xml", ".tsv", ".csv", ""}


def _runs(text: str) -> Iterator[tuple[str, ...]]:
    """Every run of RUN words, lower-cased, punctuation dropped (so a changed comma or quote mark still matches)."""
    words = WORD.findall(text.lower())
    return (tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1))


def _test_texts() -> Iterator[tuple[str, str]]:
    """(where, text) for every string literal of RUN words or more in the tests, and every test data file."""
    for path in sorted((REPO / "tests").rglob("*")):
        if not path.is_file() or path.name == Path(__file__).name:
            continue
        where = str(path.relative_to(REPO))
        if path.suffix == ".py":
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value.split()) >= RUN:
                    yield f"{where}:{node.lineno}", node.value
        elif path.suffix in TEXT_SUFFIXES:
            yield where, path.read_text(encoding="utf-8", errors="ignore")


def _evaluation_text(path: Path) -> str:
    text = path.read_text(encoding="utf-8", errors="ignore")
    if path.suffix in {".html", ".htm", ".tml", ".xml"}:
        return html.unescape(MARKUP.sub(" ", text))
    return text


def copied_runs() -> dict[str, str]:
    """Each test text that repeats RUN words of an evaluation file, with the first such run."""
    wanted: dict[tuple[str, ...], list[str]] = {}
    for where, text in _test_texts():
        for run in _runs(text):
            wanted.setdefault(run, []).append(where)
    copied: dict[str, str] = {}
    for path in sorted(EVALUATION.rglob("*")):
        if path.is_file() and path.suffix in TEXT_SUFFIXES:
            for run in _runs(_evaluation_text(path)):
                for where in wanted.get(run, ()):
                    copied.setdefault(where, " ".join(run))
    return copied


@pytest.mark.skipif(not EVALUATION.is_dir(), reason="the evaluation data is not beside the repository")
def test_no_more_tests_repeat_evaluation_text_than_before() -> None:
    copied = copied_runs()
    listing = "\n".join(f"{where}: {run!r}" for where, run in sorted(copied.items()))
    assert len(copied) <= COPIED_CEILING, f"write these tests' sentences anew:\n{listing}"


def test_a_pasted_sentence_is_caught_and_a_shared_phrase_is_not() -> None:
    article = "The council voted on Tuesday to close the old bridge to traffic, citing cracks in its supports."
    pasted = "the Council voted on Tuesday to close the old bridge -- to traffic"
    phrase = "The council voted on Tuesday to fund new bridges."
    assert set(_runs(pasted)) & set(_runs(article))
    assert not set(_runs(phrase)) & set(_runs(article))
