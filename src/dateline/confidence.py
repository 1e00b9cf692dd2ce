"""Precision first, in every view: one rule for showing a value that carries a confidence.

Below :data:`~dateline.records.DEFAULT_MIN_CONFIDENCE` a speaker, a figure's series, a publication date or a
timeline day is shown as unknown, and what it would have been is kept beside it as the candidate, for audit.
Every exporter, the CLI and the web pages ask :func:`shown_or_unknown`, so no view shows a below-line value as
if it were certain.
"""

from __future__ import annotations

from typing import Generic, NamedTuple, TypeVar

from dateline.records import DEFAULT_MIN_CONFIDENCE

Value = TypeVar("Value")


class Shown(NamedTuple, Generic[Value]):
    """What a view shows (None: unknown) and the candidate kept for audit (None when there is none)."""

    value: Value | None
    candidate: Value | None


def below_line(confidence: float | None) -> bool:
    """Whether a value this sure is shown as unknown; None (nothing was scored) is not below the line."""
    return confidence is not None and confidence < DEFAULT_MIN_CONFIDENCE


def shown_or_unknown(value: Value | None, confidence: float | None, candidate: Value | None = None) -> Shown[Value]:
    """``value`` when it is sure enough, else unknown with ``value`` (or, when a stage already cleared it, the
    ``candidate`` it stored) as the candidate."""
    if below_line(confidence):
        return Shown(None, value if value is not None else candidate)
    return Shown(value, candidate if value is None else None)


def confidence_label(confidence: float | None) -> str:
    """A confidence as views print it: ``.62``; empty when nothing was scored."""
    return "" if confidence is None else f"{confidence:.2f}".removeprefix("0")
