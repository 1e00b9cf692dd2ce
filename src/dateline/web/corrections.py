"""Corrections from the browser: the audit page, the form every correction is posted with, and the guard
that lets only this machine's own pages write.

A write is refused unless the app was started writable (not ``dateline serve --read-only``), the request
comes from a loopback address and names a loopback host (so a DNS-rebinding page cannot reach it under its
own name), a browser's ``Sec-Fetch-Site`` and ``Origin`` say it comes from the app's own pages, and it carries
the token this server put in its forms (a fresh one each start; another site can neither read nor guess it).
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from ipaddress import ip_address
from typing import Any
from urllib.parse import urlsplit

from dateline.store.corrections import CORRECTION_KINDS, Correction, CorrectionKind, corrections
from dateline.web.models import CorrectionRecord, CorrectionsPage


class InvalidForm(ValueError):
    """A correction form whose fields cannot make a correction (an unknown kind, a span that is not a number)."""


@dataclass(frozen=True, slots=True)
class Editing:
    """What a page needs to offer correction forms: the server's token and where to come back to."""

    token: str
    back: str


def new_token() -> str:
    return secrets.token_urlsafe(32)


def corrections_page(conn: sqlite3.Connection) -> CorrectionsPage:
    """Every correction ever made, newest first, undone ones included."""
    made = corrections(conn, active=False)
    return CorrectionsPage(corrections=[CorrectionRecord(**c.record()) for c in reversed(made)])


def is_loopback(host: str | None) -> bool:
    """Whether a client address or a Host header's name is this machine."""
    if not host:
        return False
    name = host.strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ip_address(name).is_loopback
    except ValueError:
        return False


def write_refusal(read_only: bool, client: str | None, headers: Mapping[str, str], scheme: str, token: str,
                  sent_token: str | None) -> str | None:
    """Why a write must be refused, or None when it may go ahead."""
    if read_only:
        return "This server shows the store read-only (dateline serve --read-only)."
    host = headers.get("host", "")
    if not is_loopback(client) or not is_loopback(urlsplit(f"//{host}").hostname):
        return "Corrections are taken only from this machine (http://127.0.0.1 or http://localhost)."
    if headers.get("sec-fetch-site", "same-origin") != "same-origin" or \
            headers.get("origin", f"{scheme}://{host}") != f"{scheme}://{host}":
        return "Corrections are taken only from Dateline's own pages, never from another site."
    if not sent_token or not secrets.compare_digest(sent_token, token):
        return "This form is out of date: reload the page and correct again."
    return None


def correction_from_form(form: Mapping[str, str]) -> Correction:
    """The correction a form describes; empty fields are left out. Raises :class:`InvalidForm`."""
    kind = form.get("kind", "")
    if kind not in CORRECTION_KINDS:
        raise InvalidForm(f"unknown correction {kind!r}")
    field = {name: value.strip() for name, value in form.items() if value.strip()}
    value: dict[str, Any] = {name: field[name] for name in _VALUE_FIELDS[kind] if name in field}
    if kind == "speaker":
        value["speaker"] = field.get("speaker")  # left empty: nobody can tell who said it
    if kind == "figure" and "value" in value:
        value["value"] = _number(value["value"], float)
    if kind == "move":
        value["storyline"] = field.get("storyline")  # left empty: a storyline of its own
    start, end = (_number(field[n], int) if n in field else None for n in ("start", "end"))
    correction_kind: CorrectionKind = kind  # type: ignore[assignment]  # checked against CORRECTION_KINDS above
    return Correction(correction_kind, field.get("article_id"), start, end, value, field.get("note"))


_VALUE_FIELDS: dict[str, tuple[str, ...]] = {
    "hide": (), "pin": ("day",), "date": ("day",), "speaker": (), "figure": ("value", "what", "source"),
    "merge": ("entity", "into"), "split": ("entity", "alias"), "move": ()}


def _number(text: str, kind: type[int] | type[float]) -> Any:
    try:
        return kind(text)
    except ValueError:
        raise InvalidForm(f"{text!r} is not a number") from None


def local_path(path: str | None) -> str:
    """Where to send the browser after a write: a path of this app, never another site."""
    return path if path and path.startswith("/") and not path.startswith(("//", "/\\")) else "/corrections"
