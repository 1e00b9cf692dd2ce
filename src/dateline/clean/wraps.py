"""Rejoining a paragraph that a page's source hard-wrapped into short lines.

Some pages set an article's paragraph as several block elements, one per printed line (a print layout
copied to the web), so a scrape breaks a sentence mid-clause: ``… chief Kathy Chiu says they`` over
``"simply focused on picking …``. Read line by line, such a sentence loses its words to the line rules and
the context pass, and a quotation whose marks fall on different lines is never read. A line that stops
mid-clause, followed by one that carries the clause on, is one paragraph, and is rejoined before anything
judges it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dateline.clean.context import is_function_word

#: A line left mid-clause ends with a word not in capitals, perhaps followed by a comma (a
#: stamp ends in capitals or digits: ``3:19 AM``).
_OPEN_END = re.compile(r"\b([^\W\d_][\w’'-]*),?$")
#: A short continuation ends its sentence, perhaps inside closing marks (``founding teams."``).
_SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*$""")
#: The reporting verbs that introduce a quotation at a wrapped line's end (``… City, says`` over
#: ``"Diversity is …``); a function word leaves its clause open too (``… says they`` over ``"simply …``).
_SPEECH_VERB = re.compile(r"says|said|adds|added|tells|told|writes|wrote|explains|contends|notes|recalls")
_QUOTE_START = re.compile(r"""["“‘]\w""")
#: A wrapped line has at least this many words, and so has a continuation that does not end its sentence: a
#: shorter line is a label, a menu item, a share button or a byline (``… women’s businesses`` over
#: ``bySauli Giliard``, ``Share this item on X`` over ``x``).
MIN_WRAPPED_WORDS = 5


def rejoin_wrapped(lines: list[str], is_furniture: Callable[[str], bool]) -> list[str]:
    """``lines`` (spaces collapsed) with each hard-wrapped paragraph joined onto its first line and its other
    lines left blank, so line numbers still point at the scrape. Blank lines between the pieces are skipped
    (a scrape separates every block); a line ``is_furniture`` judges whole (a widget, a credit) is never
    joined, nor joined to, and a paragraph is only built on a line that :func:`opens_paragraph`."""
    joined = list(lines)
    last: int | None = None  # the line of the paragraph being built
    for index, line in enumerate(lines):
        if not line:
            continue
        if last is not None and continues(joined[last], line) and not is_furniture(line):
            joined[last] = f"{joined[last]} {line}"
            joined[index] = ""
        else:
            last = index if opens_paragraph(line) and not is_furniture(line) else None
    return joined


def opens_paragraph(line: str) -> bool:
    """Whether a line opens as a paragraph does, with a capital, a digit or a quote mark: one that opens in
    lower case is itself the tail of a wrapped line, of a label the rules may drop (``Your TownPaper`` over
    ``is where local news lives - made for the people of …``), and is left as the scrape set it."""
    return line[0].isupper() or line[0].isdigit() or line[0] in "\"'“‘"


def continues(wrapped: str, line: str) -> bool:
    """Whether ``line`` carries on the clause that ``wrapped`` left open after enough words: it opens in lower
    case and is long enough or ends the sentence, or it opens a quotation that a lower-case reporting verb or
    function word left open (a headline's last word is neither, so a teaser's title above a quoted paragraph
    stays apart)."""
    open_end = _OPEN_END.search(wrapped)
    if not open_end or open_end.group(1).isupper() or len(wrapped.split()) < MIN_WRAPPED_WORDS:
        return False
    if line[0].islower():
        return len(line.split()) >= MIN_WRAPPED_WORDS or bool(_SENTENCE_END.search(line))
    last_word = open_end.group(1)
    return (bool(_QUOTE_START.match(line)) and last_word.islower()
            and (bool(_SPEECH_VERB.fullmatch(last_word)) or is_function_word(last_word)))
