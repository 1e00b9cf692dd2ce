"""Invisible format characters (``dateline.clean.characters``): dropped, so words read as a reader sees them."""

from __future__ import annotations

from dateline.clean.characters import without_invisible


def test_soft_hyphens_inside_words_and_names_are_dropped():
    line = "The Bos\xadton Globe re\xadcal\xadled that the Ken\xadne\xaddy es\xadtate sold the boat."
    assert without_invisible(line) == "The Boston Globe recalled that the Kennedy estate sold the boat."


def test_zero_width_spaces_joiners_word_joiners_and_byte_order_marks_are_dropped():
    assert without_invisible("\ufeffKevin Johnson, USA TODAY\u200b") == "Kevin Johnson, USA TODAY"
    joined = "Mac\u2060Dougall said the \u200cvote\u200d was close."
    assert without_invisible(joined) == "MacDougall said the vote was close."
    assert without_invisible("No hidden characters here.") == "No hidden characters here."
