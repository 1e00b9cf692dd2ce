"""A box of links to other stories that an extractor left in or below the article: "Ostervale ferry fares to rise
[Video]", "- Seven Hidden Beaches Along the Calder Coast", "Opinion3 hours ago Why the valley needs a hospital".

An extractor (trafilatura) sets a page's main text apart, but a list of other stories' headlines under the last
paragraph, or a "Don't miss" box between two paragraphs, often rides along: each a short line, mostly the text of a
link. Its words read as headlines, and headlines read as claims (a quote, a figure, a day), none of them the
story's. Whatever the host, the box is known by its layout, not its words: below the story's first paragraph, a
run of at least ``MIN_LINKED_TITLES`` headline-length lines in a row whose letters are mostly the text of the
page's links. A story's subheading stands above its paragraph, not above another subheading, and is seldom a
link; a list of links the story sets out itself is introduced by a colon or numbered, and stays.
"""

from __future__ import annotations

import re

from dateline.clean.context import is_body_line

#: A link box has at least this many linked titles in a row (one alone is a "Read more" link or the story's own
#: source link, left to the line rules).
MIN_LINKED_TITLES = 2
#: A linked title has at most this many words (a headline, perhaps with its section label and stamp run in),
#: and at least this share of its letters and digits inside the text of the page's links.
MAX_LINKED_TITLE_WORDS, MIN_LINK_SHARE = 25, 0.6
#: A link whose text has fewer words ("Finance", "Read") is a menu's or a button's, and its word may be any
#: line's.
MIN_LINK_WORDS = 2
#: A list item's bullet, which the extractor writes before a link's text; a numbered list's item ("2. The
#: Complete Course", "3) Budget cuts").
_BULLET, _NUMBERED = re.compile(r"^[-•*·▪●–]\s+"), re.compile(r"\d{1,2}[.)]\s+")
_WORD_CHARACTER = re.compile(r"\w")


def link_box_lines(lines: list[str], links: frozenset[str]) -> frozenset[int]:
    """The indices of the lines (blank ones skipped, as the cleaner numbers them) that are a box of linked
    titles in or below the story: each run of at least ``MIN_LINKED_TITLES`` linked titles in a row
    (:func:`is_linked_title`) below the story's first paragraph that is no list of the story's own
    (:func:`is_story_list`). Above the first paragraph such a run is the page's head, left to the head's rules.
    ``links``: the text of each link of the page, its spacing collapsed; none for text that comes without
    its page."""
    links = frozenset(link for link in links if len(link.split()) >= MIN_LINK_WORDS)
    if not links:
        return frozenset()
    texts = [line.strip() for line in lines]
    shown = [index for index, line in enumerate(texts) if line]
    begun = next((at for at, index in enumerate(shown) if is_body_line(texts[index])), len(shown))
    runs: list[list[int]] = [[]]
    for index in shown[begun + 1:]:
        if is_linked_title(texts[index], links):
            runs[-1].append(index)
        elif runs[-1]:
            runs.append([])
    boxed = (run for run in runs if len(run) >= MIN_LINKED_TITLES
             and not is_story_list([texts[index] for index in run], texts[shown[shown.index(run[0]) - 1]]))
    return frozenset(index for run in boxed for index in run)


def is_story_list(items: list[str], above: str) -> bool:
    """Whether a run of linked titles is a list the story sets out itself: one that a line ending in a colon
    right ``above`` it introduces ("Five courses on the platform:"), or one whose items are numbered ("2. An
    Engineering Course"). A box of other stories' titles stands under a label without a colon or none, its
    items unnumbered; below a label with a colon ("Related:") the titles are the line rules' related links
    (:func:`dateline.clean.boilerplate.linked_titles`)."""
    return above.rstrip().endswith(":") or any(_NUMBERED.match(item) for item in items)


def is_linked_title(line: str, links: frozenset[str]) -> bool:
    """Whether a line is headline-length and most of its letters and digits (``MIN_LINK_SHARE``) are inside the
    text of one or more of the page's ``links``: a teaser's title, with its section label or stamp run in."""
    shown = " ".join(_BULLET.sub("", line).split())
    if not shown or len(shown.split()) > MAX_LINKED_TITLE_WORDS:
        return False
    covered = [False] * len(shown)
    for link in links:
        start = shown.find(link)
        while start >= 0:
            covered[start:start + len(link)] = [True] * len(link)
            start = shown.find(link, start + 1)
    letters = [covered[at] for at, character in enumerate(shown) if _WORD_CHARACTER.match(character)]
    return bool(letters) and sum(letters) >= MIN_LINK_SHARE * len(letters)
