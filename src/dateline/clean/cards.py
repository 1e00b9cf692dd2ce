"""A link's hover card run into the sentence that names its person.

Some pages put a card on a person's name, hidden until the reader points at it: their full name, the titles
of stories about them and a "MORE" link. A scrape, and an extractor, take its text with the sentence's,
without spaces where the card's elements meet: ``President Trump Donald John TrumpSenate panel subpoenas two
aides … MORE’s trade policy``. The card is known by its shape: right after the name in the sentence, the full
name ending with the same surname and run straight into a title (no space before its capital), and the
"MORE" that closes it; the sentence reads on without it ("President Trump’s war powers"). A story never
repeats a surname glued to the next word.
"""

from __future__ import annotations

import re

#: The surname in the sentence, then the card: up to four more names (perhaps a nickname in brackets) and the
#: surname again glued to the first title, up to the card's closing "MORE" (within a few titles' length).
_CARD = re.compile(r"(?P<surname>\b[A-Z][\w'’-]+)(?P<card>\s?(?:[A-Z(][\w.'’()-]*\s){0,4}(?P=surname)"
                   r"(?=[A-Z\"'‘“])[^\n]{1,800}?\sMORE\b)")


def without_link_cards(line: str) -> str:
    """The line with every hover card run into it taken out, the name it was set on kept."""
    return _CARD.sub(lambda found: found["surname"], line)
