"""Line-level boilerplate removal for scraped plain text.

HTML gets trafilatura, which sees the page structure; plain-text scrapes have lost it, so what is left is
the shape of a line: teasers start with a section label, widgets are a few fixed words, photo credits are
``AGENCY/Name``. A rule fires only on a whole line, so a story sentence is never cut in half, and every
dropped line is returned with its reason so users can audit the cleaning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dateline.clean.context import furniture_reasons, is_title_like
from dateline.clean.embeds import is_signature
from dateline.model import DroppedLine

_TEASER_LABELS = r"opinion|read|read more|also read|related|watch|listen|more|recommended|analysis|explainer"
_WIDGETS = (r"most popular|most read|most viewed|trending( now)?|top stories|latest( news)?|related (articles|stories)"
            r"|you may also like|recommended( for you)?|editor'?s picks|share( this( article)?)?|advertisement")

#: (reason, pattern) — each pattern must match the whole stripped line (``fullmatch``).
LINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("section teaser", re.compile(rf"(?:{_TEASER_LABELS})\s*:\s*\S.*", re.I)),
    ("section teaser", re.compile(r"see also\b.*", re.I)),
    ("site widget", re.compile(rf"(?:{_WIDGETS})\s*:?", re.I)),
    ("newsletter prompt", re.compile(r"(?:subscribe|sign up|sign-up)\b.{0,120}", re.I)),
    ("newsletter prompt",
     re.compile(r"(?:get|join|receive|read) (?:our|the)\b[^.!?“”\"]{0,60}\bnewsletters?\b[^.!?]{0,40}", re.I)),
    ("comment form", re.compile(r"leave a (?:reply|comment)|post a comment|\d+ comments?|comments?", re.I)),
    ("comment form", re.compile(r".*(?:email address will not be published|required fields are marked).*", re.I)),
    ("navigation", re.compile(r"scroll to (?:the )?top|back to top|skip to (?:main )?content|home|menu", re.I)),
    ("photo credit", re.compile(r"\(?(?:photo|image|picture|photograph)s?(?: credit)?\s*[:/].{0,80}", re.I)),
    # ``REUTERS/Alexander Ermochenko``, ``AFP/Getty Images``: an agency in capitals, a slash, a name.
    ("photo credit", re.compile(r"[A-Z][A-Z.&]+(?: [A-Z]+)?\s*/\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}")),
)


@dataclass(slots=True)
class CleanedText:
    """The story text (kept lines, one paragraph each), its headline if any, and what was dropped."""

    text: str
    title: str | None = None
    dropped: list[DroppedLine] = field(default_factory=list)


def clean_text(raw: str, by_context: bool = True) -> CleanedText:
    """Drop boilerplate lines, repeated lines and leading site banners; detect the headline.

    ``by_context`` also drops the furniture around and inside the article block (:mod:`dateline.clean.context`);
    text an extractor already took out of its page is left to the line rules."""
    kept: list[tuple[int, str]] = []
    dropped: list[DroppedLine] = []
    seen: set[str] = set()
    for line_no, line in enumerate(raw.splitlines(), start=1):
        stripped = " ".join(line.split())
        if not stripped:
            continue
        reason = boilerplate_reason(stripped) or ("repeated line" if stripped in seen and not is_signature(stripped)
                                                  else None)
        if reason:
            dropped.append(DroppedLine(line_no, stripped, reason))
        else:
            kept.append((line_no, stripped))
            seen.add(stripped)
    title, banners = split_head(kept)
    dropped.extend(DroppedLine(n, line, "site banner") for n, line in banners)
    kept = [numbered for numbered in kept if numbered not in banners]
    placed = furniture_reasons([line for _, line in kept]) if by_context else [None] * len(kept)
    body: list[str] = []
    for (line_no, line), reason in zip(kept, placed, strict=True):
        if reason and line != title:
            dropped.append(DroppedLine(line_no, line, reason))
        else:
            body.append(line)
    return CleanedText("\n\n".join(body), title, sorted(dropped, key=lambda d: d.line_no))


def boilerplate_reason(line: str) -> str | None:
    """Why a whole line is boilerplate, or None if it may be part of the story."""
    for reason, pattern in LINE_RULES:
        if pattern.fullmatch(line):
            return reason
    return None


def split_head(lines: list[tuple[int, str]]) -> tuple[str | None, list[tuple[int, str]]]:
    """The headline and the site banners above it.

    The head is everything before the first line that reads like a body paragraph. Of the title-like lines
    there, the last is the headline (it sits right above the story); earlier ones are section banners and
    links to other stories ("Russia-Ukraine: Two years of war").
    """
    head: list[tuple[int, str]] = []
    for numbered in lines:
        if not is_title_like(numbered[1]):
            break
        head.append(numbered)
    if not head or len(head) == len(lines):
        return None, []
    return head[-1][1], head[:-1]
