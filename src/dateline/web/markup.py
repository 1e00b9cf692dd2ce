"""Text with marked spans as safe HTML: every character of the text is escaped, every mark is our element.

Spans may nest (a quote holding a date and a name) or cross (a highlighted sentence cutting a quote). Longer
spans open first, so they hold the shorter ones; equal spans nest by ``rank``. When a span ends while spans
opened after it are still open, those are closed with it and reopened just after, so the HTML always nests
properly; a span cut in pieces carries its ``id`` on the first piece only.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    tag: str
    attrs: tuple[tuple[str, str], ...] = ()
    rank: int = 0  # of two marks on the same span, the lower rank holds the other

    def open(self, first: bool) -> str:
        attrs = "".join(f' {name}="{escape(value)}"' for name, value in self.attrs if first or name != "id")
        return f"<{self.tag}{attrs}>"


def mark_up(text: str, marks: Iterable[Mark]) -> Markup:
    """``text`` escaped, with each mark's span wrapped in its element; marks outside the text are ignored."""
    pending = deque(sorted((m for m in marks if 0 <= m.start < m.end <= len(text)),
                           key=lambda m: (m.start, -m.end, m.rank)))
    cuts = sorted({0, len(text), *(m.start for m in pending), *(m.end for m in pending)})
    html: list[str] = []
    stack: list[Mark] = []
    for start, end in pairwise(cuts):
        stack = _close_ended(start, stack, html)
        while pending and pending[0].start == start:
            stack.append(pending.popleft())
            html.append(stack[-1].open(first=True))
        html.append(str(escape(text[start:end])))
    _close_ended(len(text), stack, html)
    return Markup("".join(html))


def _close_ended(at: int, stack: list[Mark], html: list[str]) -> list[Mark]:
    """Close the marks ending at ``at`` and any opened inside them; reopen those that go on. The new stack."""
    ended = [i for i, mark in enumerate(stack) if mark.end <= at]
    if not ended:
        return stack
    inner = stack[ended[0]:]
    html.extend(f"</{mark.tag}>" for mark in reversed(inner))
    going_on = [mark for mark in inner if mark.end > at]
    html.extend(mark.open(first=False) for mark in going_on)
    return stack[:ended[0]] + going_on
