"""Find quotations in raw text by their quotation marks, whatever the typographic style.

Works on characters rather than tokens because tokenisers split quote marks inconsistently (``’s`` vs
``’``), and a quotation may run over several paragraphs, where by convention each paragraph opens
with a quote mark and only the last one closes.
"""

from __future__ import annotations

import re

from dateline.extract.quotes.spans import is_quoted_title
from dateline.records import Offsets

_PARAGRAPH_BREAK = r"\n[ \t]*\n[ \t]*"
# A closing curly single quote is also the apostrophe, so a ‘…’ quotation only ends at a ’ that is not
# between two letters ("Israel’s" keeps going).
_PAIRS: tuple[re.Pattern[str], ...] = (
    # Within one paragraph (a quote over several is found by _UNCLOSED_PARAGRAPH); some sites close a
    # curly opening with a straight mark, or a straight opening with a curly one.
    re.compile(r"“[^“”\n]*?(?:”|\"(?!\w))"),
    re.compile(r"(?<![\w\"])\"[^\"“”\n]*?”"),
    # A straight opening closed by two apostrophes, as wire copy typed on old systems does ("He would never
    # shoot anybody,'' Owens said).
    re.compile(r"(?<![\w\"])\"[^\"“”\n]*?''(?!\w)"),
    re.compile(r"``.*?''", re.DOTALL),
    # Two apostrophes as both marks (''…''), as some archives render quotes; within one paragraph.
    re.compile(r"(?<![\w'])''(?=\S)[^\n]*?''(?!\w)"),
    # A ‘…’ quotation may wrap over lines, and go on into a paragraph that opens with ‘ again (British
    # speech over paragraphs), but never past a paragraph break into one that does not: a heading left
    # unclosed ("‘Hiring spree raises odds of a rate rise: Oxford Economics") ends at its line, not at the
    # next heading's mark paragraphs below, swallowing the speech between.
    re.compile(rf"(?<![\w’])‘(?:[^\n]|\n(?=[ \t]*[^\s])|{_PARAGRAPH_BREAK}(?=‘))+?’(?!\w)"),
)
# A straight quote after a letter or digit is a closing mark or an inch sign (12"), never an opening one.
_STRAIGHT = re.compile(r'(?<![\w"])"[^"\n]*"(?!\w)')
# A caption or credit line set between the paragraphs (one that does not end as a sentence does) is passed
# over: "“A lot of things happened…\n\nEpstein groomed Lacerda (Image: AFP)\n\n“I remember…".
_BETWEEN = r"\n[ \t]*\n?[ \t]*(?:[^\n]*[^.!?…\"”’'\s][ \t]*\n[ \t]*\n?[ \t]*)?"
# Straight single quotes, as British papers print speech ('It's very rare,' Hawk said). The mark is also
# the apostrophe ("It's", "workers' union", "'90s"), so a quotation opens only where no word or mark
# stands before it and a word follows, and closes only on a mark right after the punctuation that ends
# speech (",' he said", ".'"): a word or two in single quotes is left alone.
_SINGLE_OPENING = r"(?<![\w'’‘`])'(?=[^\s'])"
_SINGLE_CLOSING = r"[,.!?…]'(?![\w'])"
_SINGLE = re.compile(rf"{_SINGLE_OPENING}[^\n]*?{_SINGLE_CLOSING}")
# A paragraph opening with a single quote that does not close in it, where the next paragraph opens with
# one: the speech goes on.
_SINGLE_UNCLOSED = re.compile(rf"^{_SINGLE_OPENING}(?:(?!{_SINGLE_CLOSING})[^\n])*(?={_BETWEEN}')", re.MULTILINE)
# An opening mark whose paragraph ends before any closing mark, where the next paragraph opens with a mark.
# A curly opening may be closed by a straight mark, and `` only by '' (which no character class can say); a
# straight opening stands after a space or at the line's start (one after a comma or a letter closes), and
# goes on only into a paragraph opening with a straight mark too.
_UNCLOSED_PARAGRAPH = re.compile(rf"(?:“[^“”\"\n]*|``(?:(?!'')[^\n])*)(?={_BETWEEN}(?:“|``))"
                                 rf"|(?<!\S)\"[^“”\"\n]*(?={_BETWEEN}\")")

# A curly opening mark left open at its paragraph's end where the next paragraph opens with no mark: the page
# lost the mark that closes the quote, or the one that reopens each further paragraph ("tweeted: “I had to fire
# General Flynn…\n\nHe has pled guilty…\n\nThere was nothing to hide!”"). A curly “ only opens, so what it
# opens is a quotation; it ends with its own paragraph, where that ends as a sentence does: running it on to a
# closing mark paragraphs below would swallow whatever stands between (a caption, the reports a quoted block
# holds of its own). The mark stands where speech opens (a line's start, or after a sentence's end, a colon or
# a comma: "Mr. Trump wrote. “But in the end…"), not amid the writer's clause, where one whose other mark is
# mistyped marks a term ("you’re “blessed’ to have") or a cut-off title closes a teaser ("New Console For
# “PlaySta..."); and it opens a word ("2017. “, was authored" misprints a closing one).
_OPEN_CURLY = r"(?:\A|(?<=\n)|(?<=[.!?:,][ \t]))“(?=[^\W_])"
#: A sentence's end, maybe with a nested single quote or a bracket closing after it ("They chanted, ‘Out!’").
_SENTENCE_ENDED = r"(?:(?<=[.!?…])|(?<=[.!?…][’)]))"
_LOST_CLOSING = re.compile(rf"{_OPEN_CURLY}[^“”\"\n]*{_SENTENCE_ENDED}(?=[ \t]*(?:\n|\Z))")

# A closing mark that ends speech (after the comma or stop that ends what was said, before a space or the line's
# end) where nothing opened it: the page lost the opening mark ("We had hired 30 engineers. … in three months,"
# recalls …), or the one that reopens a quote's further paragraph. A curly ” only closes, and a straight one
# right after such punctuation does too (one opening speech stands after a space: "said, "We…").
_LOST_OPENING = re.compile(r"(?<=[.,!?…])[”\"](?=[ \t]|\n|\Z)")
#: Where a sentence after a closed quotation opens ("…,” a spokesperson said. We now have…”).
_SENTENCE_START = re.compile(r"[.!?…][ \t]+(?=[^\W_])")


def continues_over(between: str) -> bool:
    """Can a quotation left open go on past ``between`` into the next quotation: only paragraph breaks,
    maybe around a caption line?"""
    return re.fullmatch(_BETWEEN, between) is not None


def quotation_spans(text: str) -> list[Offsets]:
    """Character spans of every quotation in ``text``, quote marks included, in order.

    Nested quotes are kept only as part of their outer quotation.
    """
    spans = [m.span() for pattern in _PAIRS for m in pattern.finditer(text)]
    spans += [m.span() for m in _STRAIGHT.finditer(text) if _is_quotation(m.group())]
    spans += [m.span() for pattern in (_UNCLOSED_PARAGRAPH, _LOST_CLOSING)
              for m in pattern.finditer(text)]
    # a few capitalised words in single marks are a title ('All Bets Are Off.'), not British speech
    spans += [m.span() for pattern in (_SINGLE, _SINGLE_UNCLOSED) for m in pattern.finditer(text)
              if not is_quoted_title(text, [m.span()])]
    spans += _lost_openings(text, spans)
    return _outermost(sorted(spans))


def _lost_openings(text: str, spans: list[Offsets]) -> list[Offsets]:
    """Quotations whose closing mark stands alone in its paragraph: each runs from where its words can begin,
    the paragraph's start or the first sentence after the last quotation closed in it, to the mark. A mark
    inside a quotation found otherwise closes that one; one with another double mark before it in its stretch was
    typed as an opening one (were ”dwindling.”); and one with no words before it quotes nothing."""
    found = []
    for mark in _LOST_OPENING.finditer(text):
        end = mark.end()
        if any(start < end <= stop for start, stop in spans):
            continue
        opening = text.rfind("\n", 0, mark.start()) + 1
        closed = [stop for _, stop in spans if opening <= stop <= mark.start()]
        if closed:
            after = _SENTENCE_START.search(text, max(closed), mark.start())
            if after is None:
                continue
            opening = after.end()
        if _is_quotation(text[opening:end]) and not re.search(r"[“”\"]", text[opening : mark.start()]):
            found.append((opening, end))
    return found


def _is_quotation(quoted: str) -> bool:
    """Straight double quotes also mark inches and titles; a quotation holds at least one word."""
    return any(ch.isalpha() for ch in quoted)


def _outermost(spans: list[Offsets]) -> list[Offsets]:
    """Drop spans inside (or overlapping) an earlier kept span: the outer quotation carries the words."""
    kept: list[Offsets] = []
    for start, end in spans:
        if kept and start < kept[-1][1]:
            if end > kept[-1][1] and start == kept[-1][0]:
                kept[-1] = (start, end)
            continue
        kept.append((start, end))
    return kept
