"""Pull quotes: a quotation a page sets a second time as a display line, apart from the paragraph reporting it.

Pages print a striking sentence of a story's quotation again, larger, between the paragraphs (a pull quote, a
quote card) or under the headline (a dek): one quotation alone on its line, perhaps with its speaker's tag
(``“…,” Tamsin Orley said of the bridge.``), whose words the body prints again inside a longer paragraph. Kept as a
paragraph of its own it is one quote said twice, and set before its own paragraph it takes the place of the last
speaker, so the next paragraph's "he continued" goes to whoever the display line named. The body's copy is the
quote's own place; the display copy is left out of the body.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dateline.clean.embeds import is_signed_post

#: The reason a display copy is dropped with; the context pass still sees the line, a line of the article block.
PULL_QUOTE = "pull quote"
#: The closing mark of each opening mark a display line may start with.
_CLOSING = {"“": "”", '"': '"', "‘": "’", "'": "'"}
#: A single closing mark ends the quotation only before a space, a stop or the line's end: inside a word it is
#: an apostrophe (``don’t``).
_SINGLE_CLOSE = {"’": re.compile(r"’(?![\w])"), "'": re.compile(r"'(?![\w])")}
#: Every quotation mark: the tag after a display quotation holds none (a line that quotes twice, ``“…,” the judge
#: said. “…”``, is a paragraph reporting the words again, not a display copy of them).
_ANY_MARK = re.compile("[\"“”‘]")
#: A display quotation has at least this many words: a shorter one is a phrase a story may well repeat.
MIN_PULLED_WORDS = 6
#: The most words of the speaker's tag after a display quotation (``says Orla Venn, director of the fund.``).
MAX_TAG_WORDS = 15
#: Punctuation the display copy ends its quotation with where the body's copy goes on (``working together,``).
_TRAILING = ",.;:!?… "


def pull_quote_lines(lines: list[str], is_furniture: Callable[[str], bool],
                     posts: frozenset[int] = frozenset()) -> frozenset[int]:
    """The indexes of ``lines`` that are a display copy of a quotation (:func:`quoted_words`) whose words another,
    longer line prints again. A line ``is_furniture`` judges whole (a teaser, a widget) and an embedded post (one of
    ``posts``, or a line ending on a post's signature) are neither such a copy nor the quotation's own place: the
    paragraph that quotes a post (``“…,” the senator posted.``) is the body's, the post's text under it is not."""
    folded = [_fold(line) if line and index not in posts and not is_furniture(line) and not is_signed_post(line)
              else "" for index, line in enumerate(lines)]
    found = set()
    for index, line in enumerate(lines):
        words = quoted_words(line) if folded[index] else None
        if words is None:
            continue
        needle = _fold(words)
        if any(len(other) > len(folded[index]) and needle in other for other in folded):
            found.add(index)
    return frozenset(found)


def quoted_words(line: str) -> str | None:
    """The words of the one quotation a line opens with, if that is all it holds but a speaker's tag, and they
    are enough to be a display copy (``MIN_PULLED_WORDS``); the quotation's closing punctuation left off."""
    if not line or line[0] not in _CLOSING:
        return None
    closer = _CLOSING[line[0]]
    if (pattern := _SINGLE_CLOSE.get(closer)) is not None:
        end = close.start() if (close := pattern.search(line, 1)) is not None else -1
    else:
        end = line.find(closer, 1)
    if end <= 0:
        return None
    tag = line[end + 1 :]
    if _ANY_MARK.search(tag) or len(tag.split()) > MAX_TAG_WORDS:
        return None
    words = line[1:end].rstrip(_TRAILING)
    return words if len(words.split()) >= MIN_PULLED_WORDS else None


#: Curly quotation marks to straight ones (:func:`_fold`).
_STRAIGHT_MARKS = str.maketrans("“”‘’", "\"\"''")


def _fold(text: str) -> str:
    """``text`` with its quotation marks straight and its spacing single, so the two copies compare as words."""
    return " ".join(text.translate(_STRAIGHT_MARKS).split())
