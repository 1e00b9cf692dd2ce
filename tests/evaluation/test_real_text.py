"""How ``dateline eval real`` scores main text (``dateline.evaluation.real.text``)."""

from __future__ import annotations

from dateline.evaluation.real.text import token_prf


def test_main_text_words_are_counted_without_invisible_format_characters():
    """A gold body set with a page's soft hyphens and the cleaner's text without them hold the same words."""
    measured = token_prf("The Clinton family paid Pagliano.", "The Clin\xadton fam\xadily paid Pagliano.")
    assert (measured.precision, measured.recall) == (1.0, 1.0)
