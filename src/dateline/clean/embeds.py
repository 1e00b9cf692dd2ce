"""Embedded posts: a tweet or an Instagram post that a page shows inside its article, as a scrape renders it.

The post's words are not the article's: its dates are the post's, its numbers and claims are its author's,
and its first line is often a headline-shaped teaser ("Sacked minister says he warned the president…").
What marks it is its signature — "— Ann Cole (@anncole) July 16, 2026", "A post shared by Ann Cole (@anncole)
on" — a line no article sentence looks like: a dash or "A post shared by", a name, a handle in brackets
and the day it was posted. The post's text is the lines right above its signature, as much as one post
holds (:data:`POST_CHARACTERS`, links aside), stopping at the line that introduces it ("See tweets:") and
at a paragraph that opens a quotation it does not close (the article quoting on across the embed).

The cleaner drops a post's lines (:func:`scraped_post_lines`), in a plain-text scrape and in the text an
extractor took out of its page alike: the scrape has lost the embed's box, and the extractor keeps the embed's
lines as paragraphs of the article (as extraction benchmarks' gold bodies do), so either way a reader of the
stored text would take the post's words for the article's, and the time stage its day for a day the story
reports. The posts' days stay the article's dating evidence: the lines are kept on the article as dropped
("embedded post"), and the publication-date stage reads the days of those that carry one
(:func:`carries_post_day`). A signature is never a "repeated line" (an account posts twice a day). A post
whose start is unclear stays whole and is marked: the stages that read claims from the stored text (quotes,
figures, timeline entries) ask :func:`in_embedded_post`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.days import MONTH_PATTERN

#: A tweet holds at most 280 characters (a link counts 23 however long): the post's text above its
#: signature is at most this long, links left out.
POST_CHARACTERS = 280
#: "(@RT_com)", "(@ladygaga)": a handle in brackets.
_HANDLE = r"\(@[\w.]{1,30}\)"
#: "July 18, 2026", "Dec 5, 2016 at 9:10am PST".
_POSTED = rf"{MONTH_PATTERN}\s+\d{{1,2}},?\s+\d{{4}}"
#: The signature: a dash and the author with their handle and the day posted (a tweet), or "A post shared by"
#: and the author with their handle (an Instagram post, whose day may follow on the next line).
_SIGNATURE = re.compile(rf"(?:[—–-]+\s*.{{1,80}}?{_HANDLE}\s*(?:on\s+)?{_POSTED}.{{0,30}}"
                        rf"|A post shared by\s+.{{1,80}}?{_HANDLE}(?:\s+on)?(?:\s+{_POSTED}.{{0,30}})?)", re.IGNORECASE)
#: A post set on one line with its signature, as a scrape that drops the embed's breaks renders it ("Pelosi is using
#: this moment to push for tax breaks. https://t.co/… — Vince Coglianese (@VinceCoglianese) May 12, 2020"): the
#: signature, set off by a space and a dash, ends the line.
_SIGNED_AT_END = re.compile(rf"\s[—–]+\s*[^—–]{{1,80}}?{_HANDLE}\s*(?:on\s+)?{_POSTED}.{{0,30}}$", re.IGNORECASE)
#: The day an Instagram signature leaves to its own line: "Dec 5, 2016 at 9:10am PST".
_POSTED_LINE = re.compile(rf"{_POSTED}(?:\s+at\s+[\d:]+\s*[ap]\.?m\.?(?:\s+[A-Z]{{2,4}})?)?", re.IGNORECASE)
_LINK = re.compile(r"(?:https?://|pic\.twitter\.com/)\S+")
#: What only a post's text holds among a scrape's paragraphs: a handle, a hashtag or a link.
_POST_MARK = re.compile(r"(?<![\w@])[@#]\w|https?://|pic\.twitter\.com/")
_OPENING_QUOTE = "\"“"
_CLOSING_QUOTE = "\"”"


def is_signature(line: str) -> bool:
    """Whether a line is an embedded post's signature (see the module's docstring)."""
    return bool(_SIGNATURE.fullmatch(line.strip()))


def is_signed_post(line: str) -> bool:
    """Whether a line is a whole post ending with its signature: a post's length of text (links aside) before
    the signature. An article's paragraph that ends on a post's signature would run longer than a post. The
    figure and timeline stages ask it of a line (:func:`dateline.extract.lines.off_story_reason`); the quote
    stage does not, since an article may quote the post's author by the name its signature gives."""
    signature = _SIGNED_AT_END.search(line.strip())
    return signature is not None and len(_LINK.sub("", line.strip()[: signature.start()])) <= POST_CHARACTERS


def carries_post_mark(text: str) -> bool:
    """Whether ``text`` holds what only a post's text holds (:data:`_POST_MARK`: a handle or a hashtag used as a
    word, a link): a post the cleaner found no signature for, or a prompt to follow the page's account."""
    return _POST_MARK.search(text) is not None


def carries_post_day(line: str) -> bool:
    """Whether a line of a post carries the day it was posted: its signature, a whole post ending on its
    signature, or the day an Instagram signature leaves to the line below. The post's text may name other
    days (what it reports), which are not the post's."""
    return is_signature(line) or is_signed_post(line) or bool(_POSTED_LINE.fullmatch(line.strip()))


def embedded_post_lines(lines: list[str]) -> list[bool]:
    """For each line, whether it belongs to an embedded post: a signature, the day on the line below an
    Instagram signature, and the post's text above it (see the module's docstring)."""
    marked = [False] * len(lines)
    for index, line in enumerate(lines):
        if not is_signature(line):
            continue
        marked[index] = True
        if index + 1 < len(lines) and _POSTED_LINE.fullmatch(lines[index + 1].strip()):
            marked[index + 1] = True
        for above in _post_text(lines, index):
            marked[above] = True
    return marked


def scraped_post_lines(lines: list[str]) -> frozenset[int]:
    """The indices of a scrape's or an extractor's lines (blank ones included, as the cleaner numbers them) that
    belong to an embedded post: :func:`embedded_post_lines` read over the input's own lines, where the post's
    text still stands above its signature (in the cleaned text a line the cleaner dropped there would let the
    walk up take the article's paragraph instead), and every post set on one line with its signature
    (:func:`is_signed_post`). These lines are the cleaner's to drop, but only a post whose text surely begins
    where the walk up stops (:func:`_sure_post`); one that is not stays whole, its signature marking it in the
    cleaned text as before."""
    texts = [line for line in lines if line.strip()]
    numbers = [index for index, line in enumerate(lines) if line.strip()]
    marked = embedded_post_lines(texts)
    unsure = {index for signature, line in enumerate(texts) if is_signature(line) and not _sure_post(texts, signature)
              for index in (*_post_text(texts, signature), signature, signature + 1)}  # the day below, if any
    return frozenset(numbers[index] for index, line in enumerate(texts)
                     if (marked[index] and index not in unsure) or is_signed_post(line))


def _sure_post(lines: list[str], signature: int) -> bool:
    """Whether the post's text above its signature is surely the post's: beyond its nearest line, every line the
    walk up took within a post's length carries a post's marks (:data:`_POST_MARK`). A short paragraph of the
    article's own that introduces the post ("Trump answered on Twitter.") fits a post's length too, and a dropped
    line is lost to the reader."""
    return all(_POST_MARK.search(lines[index]) for index in _post_text(lines, signature)[1:])


def _post_text(lines: list[str], signature: int) -> list[int]:
    """The indices of the post's text above its signature: the nearest line always (unless it introduces
    the post or is another signature), then more while the post's length allows."""
    taken: list[int] = []
    length = 0
    for index in range(signature - 1, -1, -1):
        line = lines[index].strip()
        if is_signature(line) or line.endswith(":") or (taken and _opens_unclosed_quotation(line)):
            break
        length += len(_LINK.sub("", line))
        if taken and length > POST_CHARACTERS:
            break
        taken.append(index)
    return taken


def _opens_unclosed_quotation(line: str) -> bool:
    """Whether a paragraph opens a quotation and never closes it: a quotation that runs on into the next
    paragraph, as an article's do and a post's text does not."""
    return line[:1] in _OPENING_QUOTE and not any(mark in line[1:] for mark in _CLOSING_QUOTE)


@lru_cache(maxsize=64)
def embedded_post_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The character spans of the lines of ``text`` (an article's cleaned text) that belong to embedded posts."""
    spans: list[tuple[int, int]] = []
    lines: list[str] = []
    start = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((start, start + len(line)))
            lines.append(line)
        start += len(line) + 1
    return tuple(span for span, marked in zip(spans, embedded_post_lines(lines), strict=True) if marked)


def in_embedded_post(text: str, position: int) -> bool:
    """Whether the character at ``position`` of an article's cleaned text is in an embedded post."""
    return any(start <= position < end for start, end in embedded_post_spans(text))
