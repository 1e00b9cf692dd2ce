"""A publisher's profile set below a press release or an article: "About Brightmoor Labs" and the paragraph
under it, "Brightmoor Labs is a maker of …".

Press-release wires, company news pages and blogs close a story with a heading that names whom the box is about,
and under it a paragraph that opens with that name and says what it is. Those words are the publisher's standing
description of itself or its writer, the same below every release: not the story's report, and their figures
("subsidiaries in 15 countries", "founded in 2009") are nobody's claim about the news. The box is known by its
shape, whatever its host: the heading is "About" and a name alone on its line, and the line right under it opens
with that name's first word, spelt as the heading spells it. A story's own subheading ("About the vote") is followed
by the story's paragraph, which does not open by naming the heading's subject again.
"""

from __future__ import annotations

import re
from itertools import takewhile

#: "About Brightmoor Labs", "About Tessaly Systems Inc.:", "About my7lens": "About" and up to six words (a
#: company's name, perhaps with its legal form) alone on the line, perhaps closed by a colon; the name opens with a
#: letter ("About 40 people came." is a sentence). A name follows "About" bare: "About the study" heads the story's
#: own section, whose paragraph may well open with "Study …".
_HEADING = re.compile(r"About (?P<name>[^\W\d_][\w&’'-]*)(?: [\w&.,’'()-]+){0,5}\s*:?")


def profile_lines(lines: list[str]) -> frozenset[int]:
    """The indices of the lines (blank ones skipped, as the cleaner numbers them) that are a publisher's profile:
    its "About …" heading, when the line below opens with the heading's first named word, and the run of lines
    below that open with it ("Brightmoor Labs is …", "Brightmoor Labs is based in …")."""
    texts = [(index, line.strip()) for index, line in enumerate(lines) if line.strip()]
    marked: set[int] = set()
    for at, (index, line) in enumerate(texts):
        heading = _HEADING.fullmatch(line)
        if heading is None:
            continue
        opening = re.compile(rf"{re.escape(heading['name'])}\b")  # as the heading spells it: "my7lens" or "Brightmoor"
        rest = texts[at + 1:]
        run = sum(1 for _ in takewhile(opening.match, (text for _, text in rest)))
        if run:
            marked.update((index, *(number for number, _ in rest[:run])))
    return frozenset(marked)
