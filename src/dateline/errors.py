"""Every reason Dateline gives for skipping an input, in one place, each with a stable code.

Codes let users search for a message and let tests assert on the reason rather than on wording.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class SkipReason(str, Enum):
    """Why an input was not stored. The value is the message template shown to the user."""

    EMPTY = "D001 empty: no text after extraction"
    BINARY = "D002 binary: looks like a binary file, not text"
    NOT_UTF8 = "D003 not UTF-8: cannot decode as UTF-8 ({detail})"
    HUGE = "D004 too large: {detail} of text, the limit is 5 MB"
    NOT_ENGLISH = "D005 not English: detected {detail}"
    MALFORMED = "D006 malformed: {detail}"
    UNREADABLE = "D007 unreadable: {detail}"
    UNSUPPORTED = "D008 unsupported file type: {detail}"
    ROBOTS = "D009 disallowed by robots.txt: {detail}"
    HTTP_ERROR = "D010 HTTP error: {detail}"
    UNREACHABLE = "D011 no answer: {detail}"

    @property
    def code(self) -> str:
        return self.value.split(" ", 1)[0]


@dataclass(frozen=True, slots=True)
class Skipped:
    """One input that was not stored, and why: reported to the user, never fatal to the batch."""

    source: str
    reason: SkipReason
    detail: str = ""

    @property
    def message(self) -> str:
        return f"skipped {self.source}: {self.reason.value.format(detail=self.detail)}"


class SkippedInput(Exception):
    """Raised by a check on one input; the reader turns it into a :class:`Skipped` and goes on."""

    def __init__(self, reason: SkipReason, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(reason.value.format(detail=detail))

    def for_source(self, source: str) -> Skipped:
        return Skipped(source, self.reason, self.detail)


class StoreBusy(Exception):
    """Another process is writing to the store; raised at once, before this one changes anything."""

    CODE = "D012"

    def __init__(self, store: str) -> None:
        super().__init__(f"{self.CODE} store busy: another Dateline process is writing to {store}; "
                         "run this again when it has finished")
