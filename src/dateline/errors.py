"""Every reason Dateline gives for skipping an input, in one place, each with a stable code.

Codes let users search for a message and let tests assert on the reason rather than on wording.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import ClassVar


class _Coded(str, Enum):
    """A message template whose first word is its stable code."""

    @property
    def code(self) -> str:
        template: str = self.value
        return template.split(" ", 1)[0]


class SkipReason(_Coded):
    """Why an input was not stored. The value is the message template shown to the user."""

    EMPTY = "D001 empty: no text after extraction"
    BINARY = "D002 binary: looks like a binary file, not text"
    NOT_UTF8 = "D003 not UTF-8: cannot decode as UTF-8 ({detail})"
    HUGE = "D004 too large: {detail} of text, the limit is 5 MB"
    NOT_ENGLISH = "D005 not English: detected {detail}"
    MALFORMED = "D006 malformed: {detail}"
    UNREADABLE = "D007 unreadable: {detail}"
    UNSUPPORTED = "D008 unsupported file type: {detail}"
    ROBOTS = "D010 disallowed by robots.txt: {detail}"
    HTTP_ERROR = "D011 HTTP error: {detail}"
    UNREACHABLE = "D012 no answer: {detail}"


class WarnReason(_Coded):
    """Why an input was stored with less than it gave: the article is kept, the user is told what was lost."""

    UNPARSED_PUBLISHED = "D009 publication date not understood: {detail}; dated from its text instead"
    UNCORROBORATED_PUBLISHED = "D014 publication date only guessed, unconfirmed: {detail}; dated from its text instead"


@dataclass(frozen=True, slots=True)
class _Reported:
    """One input and what happened to it, told to the user by :attr:`message`, never fatal to the batch."""

    source: str
    reason: _Coded
    detail: str = ""
    lead: ClassVar[str] = ""

    @property
    def message(self) -> str:
        return f"{self.lead} {self.source}: {self.reason.value.format(detail=self.detail)}"


@dataclass(frozen=True, slots=True)
class Skipped(_Reported):
    """One input that was not stored (``reason`` a :class:`SkipReason`)."""

    lead: ClassVar[str] = "skipped"


@dataclass(frozen=True, slots=True)
class Warned(_Reported):
    """Something of one stored input that was set aside (``reason`` a :class:`WarnReason`): the article is
    kept, and the user hears what was lost."""

    lead: ClassVar[str] = "warning for"


class SkippedInput(Exception):
    """Raised by a check on one input; the reader turns it into a :class:`Skipped` and goes on."""

    def __init__(self, reason: SkipReason, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(reason.value.format(detail=detail))

    def for_source(self, source: str) -> Skipped:
        return Skipped(source, self.reason, self.detail)


class ErrorCode(Enum):
    """Why a command could not do what it was asked, with the exit status it ends with.

    Unlike a skip, an error stops the command: it is printed as one line, ``error D101: …``, and the
    exit status tells scripts the kind of failure without parsing the message.
    """

    INTERNAL = ("D100", 1)
    NO_STORE = ("D101", 4)
    NOT_A_STORE = ("D102", 4)
    UNKNOWN_ID = ("D103", 4)
    UNWRITABLE = ("D104", 5)
    UNREADABLE = ("D105", 5)
    NEEDS_OUTPUT = ("D106", 2)
    ONE_ARTICLE = ("D107", 2)
    BAD_CORRECTION = ("D108", 2)

    def __init__(self, code: str, exit_status: int) -> None:
        self.code = code
        self.exit_status = exit_status


class DatelineError(Exception):
    """A failure the user can act on; the CLI prints it as one line and exits with its code's status."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        self.code = code
        self.message = message
        super().__init__(f"{code.code} {message}")


class StoreBusy(Exception):
    """Another process is writing to the store; raised at once, before this one changes anything."""

    CODE = "D013"

    def __init__(self, store: str) -> None:
        super().__init__(f"{self.CODE} store busy: another Dateline process is writing to {store}; "
                         "run this again when it has finished")
