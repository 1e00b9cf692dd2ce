"""Characters a page sets inside its text that no reader sees.

Pages mark where a long word may break with soft hyphens (U+00AD: ``Mac\\xadDou\\xadgall``, ``un\\xadder\\xadstand``)
and leave zero-width spaces, joiners and non-joiners (U+200B to U+200D), word joiners (U+2060) and stray
byte-order marks (U+FEFF) between or inside words. They print as nothing, but every stage that reads words
sees them: the tagger splits a name in three, a name or quote search misses the words a reader sees, and a
line holding only such a character is a paragraph of nothing. The text is read as it is shown: without them.
"""

from __future__ import annotations

#: The invisible format characters dropped from text: soft hyphen, zero-width space, non-joiner and joiner,
#: word joiner, byte-order mark (zero-width no-break space).
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_DROP_INVISIBLE = str.maketrans(dict.fromkeys(INVISIBLE))


def without_invisible(text: str) -> str:
    """``text`` as a reader sees it: without the invisible format characters of :data:`INVISIBLE`."""
    return text.translate(_DROP_INVISIBLE)


def as_shown(line: str) -> str:
    """A line of input as a reader sees it: without invisible format characters, its spacing collapsed to
    single spaces (empty for a line of neither words nor marks)."""
    return " ".join(without_invisible(line).split())
