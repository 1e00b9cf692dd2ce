"""One person's given name in two forms: "Jim" and "James", "Bill" and "William", "Mike" and "Michael".

Articles and outlets differ in which form they print, and a reader takes "Jim Holloway" in one report and
"James Holloway" in another for one person. The table is the ``nicknames`` package's hand-curated list of
English given names and their nicknames (Apache-2.0). It also lists pairs of names that are each a formal
name ("Robert" and "Rupert", "Aaron" and "Erin", "Michael" and "Micah"), so a pair is taken only where the
nickname is the shorter form and the given-name table knows both names as one sex
(:func:`~dateline.extract.given_names.given_name_sex`): a name it cannot place ("Erin", "Chris", given to girls and
boys alike) merges nobody, since two people wrongly made one is worse than one person shown under two forms.
"""

from __future__ import annotations

from functools import cache

from nicknames import NickNamer

from dateline.extract.given_names import given_name_sex


@cache
def _namer() -> NickNamer:
    """The package's table, read once (a few thousand pairs)."""
    return NickNamer()


def is_nickname_of(nickname: str, formal: str) -> bool:
    """Whether ``nickname`` is a short form of the given name ``formal`` ("Jim" of "James"): the table says so,
    it is shorter, and both are names of one and the same sex ("Hank" is no Henrietta; "Erin", either sex's,
    is not taken for Aaron)."""
    short, full = nickname.lower(), formal.lower()
    if len(short) >= len(full) or short not in _namer().nicknames_of(full):
        return False
    sex = given_name_sex(short)
    return sex is not None and sex == given_name_sex(full)


def nickname_variants(first: str, second: str) -> str | None:
    """The formal form where two full names are one person's under a nickname and its formal given name: the
    same surname (last word) and first words of which one is a nickname of the other ("Jim Holloway",
    "James Holloway": "James Holloway"); else None. Words between them (a middle initial) may differ."""
    a, b = first.split(), second.split()
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return None
    if is_nickname_of(a[0], b[0]):
        return second
    return first if is_nickname_of(b[0], a[0]) else None
