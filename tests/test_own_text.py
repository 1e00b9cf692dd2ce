"""Our words are our own: no test, docstring or comment repeats a run of words from the evaluation data.

The benchmarks and the real-news articles beside the repository (``../shared/eval``) are for measuring, never for
copying into the project: a test that pastes an article's sentence, or a docstring that quotes one as its example,
carries someone else's prose into an open-source repository and quietly tunes on the data that is meant to check
the tuning. A test shows the same pattern in a sentence written for it, and a docstring names the pattern. Eight
words in a row shared with an evaluation file count as copied (shorter runs are common phrases; eight in a row
almost never are by chance). Older tests and docstrings were written before this check, so each count is a ceiling
that only goes down as they are rewritten; the check skips where the data is not beside the repository.
"""

from __future__ import annotations

import ast
import html
import io
import re
import tokenize
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EVALUATION = REPO.parent / "shared" / "eval"
RUN = 8
COPIED_IN_TESTS_CEILING = 0
COPIED_IN_SOURCE_CEILING = 0
WORD = re.compile(r"[a-z0-9']+")
MARKUP = re.compile(r"<[^>]+>")
TEXT_SUFFIXES = {".txt", ".json", ".jsonl", ".html", ".htm", ".md", ".tml", ".xml", ".tsv", ".csv", ""}


def _runs(text: str) -> Iterator[tuple[str, ...]]:
    """Every run of RUN words, lower-cased, punctuation dropped (so a changed comma or quote mark still matches),
    that is mostly words: a run of numbers ("6 7 8 9 …" in a page's calendar, "?6, ?7, …" in SQL) is nobody's prose."""
    words = WORD.findall(text.lower())
    runs = (tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1))
    return (run for run in runs if sum(not word.isdigit() for word in run) > RUN // 2)


def _literals(source: str) -> Iterator[tuple[int, str]]:
    """(line, text) for every string literal of RUN words or more in Python source, docstrings included."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value.split()) >= RUN:
            yield node.lineno, node.value


def _comment_blocks(source: str) -> Iterator[tuple[int, str]]:
    """(first line, text) for every block of comment lines in a row, read as one text (a quotation wraps)."""
    lines = {token.start[0]: token.string.lstrip("#")
             for token in tokenize.generate_tokens(io.StringIO(source).readline) if token.type == tokenize.COMMENT}
    block: list[str] = []
    for number in sorted(lines):
        block.append(lines[number])
        if number + 1 not in lines:
            yield number - len(block) + 1, " ".join(block)
            block = []


def _python_texts(path: Path, with_comments: bool) -> Iterator[tuple[str, str]]:
    source, where = path.read_text(encoding="utf-8"), str(path.relative_to(REPO))
    yield from ((f"{where}:{line}", text) for line, text in _literals(source))
    if with_comments:
        yield from ((f"{where}:{line}#", text) for line, text in _comment_blocks(source))


def _test_texts() -> Iterator[tuple[str, str]]:
    """Every string literal of the tests, and every test data file."""
    for path in sorted((REPO / "tests").rglob("*")):
        if not path.is_file() or path.name == Path(__file__).name:
            continue
        if path.suffix == ".py":
            yield from _python_texts(path, with_comments=False)
        elif path.suffix in TEXT_SUFFIXES:
            yield str(path.relative_to(REPO)), path.read_text(encoding="utf-8", errors="ignore")


def _source_texts() -> Iterator[tuple[str, str]]:
    """Every string literal and comment block of the package and the benchmarks."""
    for path in sorted([*(REPO / "src").rglob("*.py"), *(REPO / "benchmarks").rglob("*.py")]):
        yield from _python_texts(path, with_comments=True)


def _evaluation_text(path: Path) -> str:
    text = path.read_text(encoding="utf-8", errors="ignore")
    if path.suffix in {".html", ".htm", ".tml", ".xml"}:
        return html.unescape(MARKUP.sub(" ", text))
    return text


@cache
def copied_runs() -> dict[str, str]:
    """Each text of ours that repeats RUN words of an evaluation file, with the first such run (one read of the
    evaluation data for both checks)."""
    wanted: dict[tuple[str, ...], list[str]] = {}
    for where, text in (*_test_texts(), *_source_texts()):
        for run in _runs(text):
            wanted.setdefault(run, []).append(where)
    copied: dict[str, str] = {}
    for path in sorted(EVALUATION.rglob("*")):
        if path.is_file() and path.suffix in TEXT_SUFFIXES:
            for run in _runs(_evaluation_text(path)):
                for where in wanted.get(run, ()):
                    copied.setdefault(where, " ".join(run))
    return copied


def _copied_under(folder: str) -> dict[str, str]:
    return {where: run for where, run in copied_runs().items() if where.startswith(folder)}


def _listing(copied: dict[str, str]) -> str:
    return "\n".join(f"{where}: {run!r}" for where, run in sorted(copied.items()))


@pytest.mark.skipif(not EVALUATION.is_dir(), reason="the evaluation data is not beside the repository")
def test_no_more_tests_repeat_evaluation_text_than_before() -> None:
    copied = _copied_under("tests")
    assert len(copied) <= COPIED_IN_TESTS_CEILING, f"write these tests' sentences anew:\n{_listing(copied)}"


@pytest.mark.skipif(not EVALUATION.is_dir(), reason="the evaluation data is not beside the repository")
def test_no_more_docstrings_or_comments_repeat_evaluation_text_than_before() -> None:
    copied = {**_copied_under("src"), **_copied_under("benchmarks")}
    assert len(copied) <= COPIED_IN_SOURCE_CEILING, f"say these in your own words:\n{_listing(copied)}"


def test_a_pasted_sentence_is_caught_and_a_shared_phrase_is_not() -> None:
    article = "The council voted on Tuesday to close the old bridge to traffic, citing cracks in its supports."
    pasted = "the Council voted on Tuesday to close the old bridge -- to traffic"
    phrase = "The council voted on Tuesday to fund new bridges."
    assert set(_runs(pasted)) & set(_runs(article))
    assert not set(_runs(phrase)) & set(_runs(article))


def test_a_comment_wrapped_over_lines_is_read_as_one_text() -> None:
    source = "x = 1\n# the council voted on\n# Tuesday to close the old bridge\ny = 2\nz = 3  # alone\n"
    assert list(_comment_blocks(source)) == [(2, " the council voted on  Tuesday to close the old bridge"),
                                              (5, " alone")]
