"""A publisher's profile set below a press release or an article: "About Brightmoor Labs" and the paragraph
under it, "Brightmoor Labs is a maker of …".

Press-release wires, company news pages and blogs close a story with a heading that names whom the box is about,
and under it a paragraph that opens with that name and says what it is. Those words are the publisher's standing
description of itself or its writer, the same below every release: not the story's report, and their figures
("subsidiaries in 15 countries", "founded in 2009") are nobody's claim about the news. The box is known by its
shape, whatever its host: the heading is "About" and a name alone on its line, and the line right under it opens
with that name's first word, spelt as the heading spells it. A story's own subheading ("About the vote") is followed
by the story's paragraph, which does not open by naming the heading's subject again.

A press release closes, too, with its contact box: "Media Contact" and under it a name, a title, an office, an
e-mail address, a telephone number, each a short line that is no sentence (:func:`contact_lines`). Wires and
university news offices set it alike; it is nobody's report, and its lines would be read as names and numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import takewhile

#: "About Brightmoor Labs", "About Tessaly Systems Inc.:", "About my7lens": "About" and up to six words (a
#: company's name, perhaps with its legal form) alone on the line, perhaps closed by a colon; the name opens with a
#: letter ("About 40 people came." is a sentence). A name follows "About" bare: "About the study" heads the story's
#: own section, whose paragraph may well open with "Study …".
_HEADING = re.compile(r"About (?P<name>[^\W\d_][\w&’'-]*)(?: [\w&.,’'()-]+){0,5}\s*:?")
#: "Media Contact", "Press contacts:", "Contact Information:": a contact box's heading alone on its line. "Contact"
#: alone is a site menu's link ("Contact", "Careers", "Privacy policy"), left to the other rules.
_CONTACT_HEADING = re.compile(r"(?:(?:media|press|investor)\s+contacts?|contacts?\s+information)\s*:?", re.IGNORECASE)
#: A contact box lists a name, a title, an office, an address and a number: at most this many lines under its
#: heading, each of at most ``_MAX_CONTACT_WORDS`` words and none ending as a sentence does.
_MAX_CONTACT_LINES = 6
_MAX_CONTACT_WORDS = 8


#: What a box's heading asks of the lines under it: a test each must pass, and how many at most (None: any).
_Box = tuple[Callable[[str], object], int | None]


def profile_lines(lines: list[str]) -> frozenset[int]:
    """The indices of the lines (blank ones skipped, as the cleaner numbers them) that are a publisher's profile:
    its "About …" heading, when the line below opens with the heading's first named word, and the run of lines
    below that open with it ("Brightmoor Labs is …", "Brightmoor Labs is based in …")."""
    def profile_under(line: str) -> _Box | None:
        heading = _HEADING.fullmatch(line)
        if heading is None:
            return None
        opening = re.compile(rf"{re.escape(heading['name'])}\b")  # as the heading spells it: "my7lens" or "Brightmoor"
        return opening.match, None

    return _box_lines(lines, profile_under)


def contact_lines(lines: list[str]) -> frozenset[int]:
    """The indices of the lines (blank ones skipped, as the cleaner numbers them) of a press release's contact box:
    its heading (:data:`_CONTACT_HEADING`) and the run of short lines under it that are no sentences, when there is
    one. A story's paragraph under such a heading ends the run: it is a sentence or longer."""
    return _box_lines(lines, lambda line: (_is_contact_entry, _MAX_CONTACT_LINES)
                      if _CONTACT_HEADING.fullmatch(line) else None)


def _box_lines(lines: list[str], box_under: Callable[[str], _Box | None]) -> frozenset[int]:
    """The indices of the lines (blank ones skipped) of each box: a line ``box_under`` reads as a box's heading,
    and the run of lines right under it that pass its test, when there is one."""
    texts = [(index, line.strip()) for index, line in enumerate(lines) if line.strip()]
    marked: set[int] = set()
    for at, (index, line) in enumerate(texts):
        if (box := box_under(line)) is None:
            continue
        is_entry, most = box
        below = texts[at + 1:][:most]
        run = sum(1 for _ in takewhile(is_entry, (text for _, text in below)))
        if run:
            marked.update((index, *(number for number, _ in below[:run])))
    return frozenset(marked)


def _is_contact_entry(line: str) -> bool:
    """A contact box's line: a name, a title, an office, an e-mail address or a number, short and no sentence."""
    return len(line.split()) <= _MAX_CONTACT_WORDS and not line.endswith((".", "!", "?"))
