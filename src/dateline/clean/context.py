"""Boilerplate by context: a scrape is one article block with furniture around it and in it.

A single line rarely says whether it is furniture ("Mark Rutte", "14 hours ago", "Palestinians react"), but
where it sits does. As jusText does for HTML paragraphs, each line is first judged alone — a body line reads
like prose: long enough, ending like a sentence, with function words — and then by its neighbours: the
article is the cluster of body lines with the most of them, the lines before its first body line and after
its last are bylines, share buttons and lists of other stories, and inside it a run of two or
more non-body lines is a video box, a gallery or a related-story list. A short line right above a body line
that is shaped like a subheading stays, and so does a list that the article opens with a colon.

Precision first: a line that reads as prose (a sentence, or long running text that lost its stop) is never
dropped for its place, only by the line rules, and neither is a date line above the article or a short one
in it (the stamp, or its clock time, that the publication-date guess reads; without them many scrapes'
dates went unknown on the real gold). So jusText's own classes are not used (given one ``<p>`` per line it
drops whole short-paragraph articles, such as a wire story's timed updates: 3% of the dev gold's story
tokens), only its English stop-word list.
"""

from __future__ import annotations

import re
from functools import cache

import justext

from dateline.days import MONTH_PATTERN

#: A body line has at least this many words ...
_MIN_BODY_WORDS = 7
#: ... and at least this share of them function words (prose; headlines, names and credits have few).
_MIN_STOPWORD_SHARE = 0.1
#: Body lines this many non-body lines apart or closer belong to one article block.
_MAX_GAP = 3
#: Inside the block, a run of this many non-body lines or more is furniture; one line alone only when it is
#: not shaped like a subheading.
_MIN_FURNITURE_RUN = 2
#: A headline or subheading is short and has no closing punctuation.
_MAX_HEADLINE_WORDS = 25
#: A closing mark of a sentence, perhaps inside quotes or brackets, which tokenized text sets apart
#: ("fighting each other . ''").
_SENTENCE_END = re.compile(r"""[.!?…](?:\s*["'”’)\]])*\s*$""")
#: ... or of a clause that opens a list ("Here are the highlights:").
_CLAUSE_END = re.compile(r"""[.!?…:](?:\s*["'”’)\]])*\s*$""")
#: A line that ends like a sentence and has this many words is never dropped for its place.
_MIN_SENTENCE_WORDS = 3
#: A caption: a sentence and then its credit in brackets ("... in Gaza City. (Adel Hana/AP)").
_CREDITED = re.compile(r"[.!?…][\"'”’]?\s*\([^()]{1,60}\)\s*$")
#: The number of a numbered subheading ("2. Never urged Ukraine ...").
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+")
#: A line of this many words, a fifth of them function words, is running text even without a final stop.
_MIN_PROSE_WORDS = 15
_MIN_PROSE_STOPWORD_SHARE = 0.2
#: A line naming a day or a time of day ("Posted: Aug 08, 2024 4:00 AM EDT", "18 NOV 2019", "5:50 PM").
_DAY = re.compile(rf"\b{MONTH_PATTERN}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{MONTH_PATTERN}(?:\s|$)"
                  r"|\b\d{4}-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}:\d\d\s*[ap]\.?m\b", re.IGNORECASE)
#: A clause that opens a list has this many words; a label ("More information:") has fewer.
_MIN_LIST_OPENER_WORDS = 4
_WORD = re.compile(r"[\w’'-]+")


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(justext.get_stoplist("English"))


def is_title_like(line: str) -> bool:
    return len(line.split()) <= _MAX_HEADLINE_WORDS and not _SENTENCE_END.search(line)


def is_subheading(line: str) -> bool:
    """Whether a line is shaped like a subheading: a few words without closing punctuation, opening (after
    its number, if it is numbered) with a capital or a quote mark — not a counter, a time stamp or a
    captioned credit."""
    unnumbered = _NUMBERED.sub("", line)
    return (is_title_like(line) and bool(unnumbered) and (unnumbered[0].isupper() or unnumbered[0] in "\"'“‘")
            and not _CREDITED.search(line))


def is_lone_furniture(line: str) -> bool:
    """Whether one line alone between body lines is furniture: a caption with its credit, or a short line
    not shaped like a subheading ("2 hours ago", "Advertisement 5" is kept: it opens with a capital)."""
    return bool(_CREDITED.search(line)) or (is_title_like(line) and not is_subheading(line))


def is_sentence(line: str) -> bool:
    """Whether a line ends like a sentence (or a clause opening a list) and has a few words: context never
    drops it, however short or odd its neighbours."""
    return len(line.split()) >= _MIN_SENTENCE_WORDS and bool(_CLAUSE_END.search(line))


def is_prose(line: str) -> bool:
    """Whether a line reads as prose that context must never drop: a sentence, or a long line of running
    text that lost its final stop (an embedded post ending in a link or a hashtag) and is not a credited
    caption."""
    if is_sentence(line):
        return True
    words = _WORD.findall(line.lower())
    return (len(words) >= _MIN_PROSE_WORDS and not _CREDITED.search(line)
            and sum(word in _stopwords() for word in words) / len(words) >= _MIN_PROSE_STOPWORD_SHARE)


def opens_list(line: str) -> bool:
    """Whether a line is a clause that opens a list ("The band's 2020 tour dates:"), not a label ("Related
    links:", "Citation:")."""
    return len(line.split()) >= _MIN_LIST_OPENER_WORDS and line.rstrip("\"'”’)] ").endswith(":")


def is_body_line(line: str) -> bool:
    """Whether a line reads like a paragraph of prose: enough words, a sentence's end, many function words."""
    words = _WORD.findall(line.lower())
    if len(words) < _MIN_BODY_WORDS or not is_sentence(line):
        return False
    return sum(word in _stopwords() for word in words) / len(words) >= _MIN_STOPWORD_SHARE


def article_block(body: list[bool]) -> tuple[int, int] | None:
    """First and last index of the article: the cluster of body lines (at most ``_MAX_GAP`` other lines
    apart) with the most body lines; None when no line reads like prose."""
    clusters: list[list[int]] = []
    for index, is_body in enumerate(body):
        if not is_body:
            continue
        if clusters and index - clusters[-1][-1] - 1 <= _MAX_GAP:
            clusters[-1].append(index)
        else:
            clusters.append([index])
    if not clusters:
        return None
    best = max(clusters, key=len)
    return best[0], best[-1]


def furniture_reasons(lines: list[str]) -> list[str | None]:
    """For each line, why it is furniture by its place in the scrape ("before the article", "after the
    article", "furniture block in the article"), or None to keep it."""
    body = [is_body_line(line) for line in lines]
    block = article_block(body)
    if block is None:
        return [None] * len(lines)
    first, last = block
    reasons: list[str | None] = [None] * len(lines)
    for index in range(first):
        reasons[index] = "before the article"
    for index in range(last + 1, len(lines)):
        reasons[index] = "after the article"
    run: list[int] = []
    for index in range(first, last + 2):
        if index <= last and not body[index]:
            run.append(index)
            continue
        if len(run) >= _MIN_FURNITURE_RUN or (run and is_lone_furniture(lines[run[0]])):
            if is_subheading(lines[run[-1]]):
                run.pop()  # the short line right above a body line introduces it
            for inside in run:
                reasons[inside] = "furniture block in the article"
        run = []
    for index in range(first, len(lines)):
        if opens_list(lines[index]):
            _keep_list(reasons, body, index + 1)
    for index in range(last + 1):
        if _DAY.search(lines[index]) and (index < first or is_title_like(lines[index])):
            reasons[index] = None  # the page's date line: the publication stamp the date guesser reads
    return [None if reason and is_prose(line) else reason for line, reason in zip(lines, reasons, strict=True)]


def _keep_list(reasons: list[str | None], body: list[bool], start: int) -> None:
    """Keep the lines from ``start`` to the next body line: the list that a clause ending in a colon opens
    ("The tour dates:") belongs to the article, however short and odd its items."""
    for index in range(start, len(body)):
        if body[index]:
            return
        reasons[index] = None
