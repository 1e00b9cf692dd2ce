"""Making article text inert in Markdown.

Markdown renderers pass inline HTML through and turn ``[text](url)`` into links, so a hostile article could
put a ``<script>`` or a ``javascript:`` link into a report. Escaping HTML's three special characters and
Markdown's link brackets keeps every word readable and nothing executable.
"""

from __future__ import annotations

_MARKDOWN_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "[": "\\[", "]": "\\]"})


def markdown_text(text: str) -> str:
    """Article-derived text, on one line, safe to place in Markdown."""
    return " ".join(text.split()).translate(_MARKDOWN_ESCAPES)
