"""A person's sex as their given name tells it, where nearly everyone given that name is of one sex.

Weak evidence, for where an article shows a person's gender nowhere (no title, honorific, apposition or
bound pronoun): a reporter reading "Walt Bettinger" knows a later "she" is someone else, and that "Mr. Trump"
is no "Melania Trump". The table (``data/given_names.tsv``) holds the given names at least 99% of whose US
births were of one sex; ``benchmarks/given_name_genders.py`` derives it from the Social Security
Administration's baby-name counts and says why those thresholds. A name of either sex anywhere (Jean, Andrea,
Kim) is not in it.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def _given_names() -> dict[str, str]:
    """The shipped table: lower-case given name -> "f" or "m"."""
    text = (files("dateline.extract") / "data" / "given_names.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))


def given_name_gender(full_name: str) -> str | None:
    """The sex ("f", "m") the first word of a name given in full tells ("Walt Bettinger": "m"), if the table
    knows it. A name of one word is no evidence: it is as likely a family name ("Trump", "Kelly")."""
    given, _, family = full_name.partition(" ")
    return given_name_sex(given) if family and given[:1].isupper() else None


def given_name_sex(given: str) -> str | None:
    """The sex ("f", "m") a given name alone tells ("Walt": "m"), if the table knows it."""
    return _given_names().get(given.lower())
