"""Precision, recall and F1: the one record every evaluation command reports with."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision and recall; F1 is derived, so averaging P and R first gives the papers' F1 (Timeline17),
    and scaling both by an accuracy scales F1 alike (TempEval-3's value F1)."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)
