"""The Porter (1980) stemmer exactly as ROUGE-1.5.5 runs it.

Published timeline-summarization scores come from ROUGE-1.5.5 with ``-m``, whose stemmer differs from
the paper and from NLTK's variants: it has Martin Porter's ``bli -> ble`` and ``logi -> log`` rules, and
its step 4 (changed by Chin-Yew Lin in 2004) tries ``-ment`` and ``-ent`` after the other suffixes instead
of as alternatives to them. Matching AR-1/AR-2 to the last digit needs the same stems, hence this module.

Each step is a list of suffix rules; as in the original, only the longest matching suffix of a step is
considered, and it is replaced only when the rest of the word meets the step's measure condition.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_C = "[^aeiou][^aeiouy]*"  # a consonant sequence ('y' after a consonant is a vowel)
_V = "[aeiouy][aeiou]*"  # a vowel sequence
_M_GT_0 = re.compile(f"^({_C})?{_V}{_C}")
_M_EQ_1 = re.compile(f"^({_C})?{_V}{_C}({_V})?$")
_M_GT_1 = re.compile(f"^({_C})?{_V}{_C}{_V}{_C}")
_HAS_VOWEL = re.compile(f"^({_C})?[aeiouy]")
_CVC = re.compile(f"^{_C}[aeiouy][^aeiouwxy]$")
_DOUBLE_CONSONANT = re.compile(r"([^aeiouylsz])\1$")

_STEP2 = {
    "ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize", "bli": "ble",
    "alli": "al", "entli": "ent", "eli": "e", "ousli": "ous", "ization": "ize", "ation": "ate",
    "ator": "ate", "alism": "al", "iveness": "ive", "fulness": "ful", "ousness": "ous", "aliti": "al",
    "iviti": "ive", "biliti": "ble", "logi": "log",
}
_STEP3 = {"icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "", "ness": ""}
_STEP4 = ("al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ou", "ism", "ate", "iti",
          "ous", "ive", "ize")


def _suffix_pattern(suffixes: Iterable[str]) -> re.Pattern[str]:
    """A regex for the suffixes at the end of a word; the leftmost match is the longest suffix."""
    return re.compile("(" + "|".join(suffixes) + ")$")


_STEP2_RE, _STEP3_RE, _STEP4_RE = _suffix_pattern(_STEP2), _suffix_pattern(_STEP3), _suffix_pattern(_STEP4)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The stem ROUGE-1.5.5 gives a lowercase ``word``; words under three letters are left alone."""
    if len(word) < 3:
        return word
    # An initial y is a consonant: upper-casing it keeps the vowel patterns off it.
    initial_y = word[0] == "y"
    w = "Y" + word[1:] if initial_y else word
    for step in (_step1a, _step1b, _step1c, _step2, _step3, _step4, _step5):
        w = step(w)
    return "y" + w[1:] if initial_y else w


def _step1a(w: str) -> str:
    """Plurals: sses -> ss, ies -> i, s -> (nothing) unless after another s."""
    if m := re.search("(ss|i)es$", w):
        return w[: m.start()] + m.group(1)
    if re.search("[^s]s$", w):
        return w[:-1]
    return w


def _step1b(w: str) -> str:
    """Past tenses and gerunds: eed -> ee when the rest has m > 0; ed/ing dropped after a vowel."""
    if w.endswith("eed"):
        return w[:-1] if _M_GT_0.search(w[:-3]) else w
    m = re.search("(ed|ing)$", w)
    if not m or not _HAS_VOWEL.search(w[: m.start()]):
        return w
    w = w[: m.start()]
    if re.search("(at|bl|iz)$", w):
        return w + "e"
    if _DOUBLE_CONSONANT.search(w):
        return w[:-1]
    return w + "e" if _CVC.search(w) else w


def _step1c(w: str) -> str:
    """A final y after a stem with a vowel becomes i."""
    return w[:-1] + "i" if w.endswith("y") and _HAS_VOWEL.search(w[:-1]) else w


def _replace_suffix(w: str, pattern: re.Pattern[str], table: dict[str, str]) -> str:
    """Steps 2 and 3: swap the longest listed suffix for its replacement when the stem has m > 0."""
    m = pattern.search(w)
    if m and _M_GT_0.search(w[: m.start()]):
        return w[: m.start()] + table[m.group(1)]
    return w


def _step2(w: str) -> str:
    """Double suffixes such as -ational, -izer, -biliti."""
    return _replace_suffix(w, _STEP2_RE, _STEP2)


def _step3(w: str) -> str:
    """Suffixes such as -icate, -ful, -ness."""
    return _replace_suffix(w, _STEP3_RE, _STEP3)


def _drop_if_m_gt_1(w: str, start: int) -> str:
    """Cut ``w`` at ``start`` when what remains has measure m > 1."""
    return w[:start] if _M_GT_1.search(w[:start]) else w


def _step4(w: str) -> str:
    """Residual suffixes, in ROUGE-1.5.5's order: the list, then -ment, then -ent or -(s|t)ion."""
    if m := _STEP4_RE.search(w):
        w = _drop_if_m_gt_1(w, m.start())
    if w.endswith("ment"):
        w = _drop_if_m_gt_1(w, len(w) - 4)
    if w.endswith("ent"):
        return _drop_if_m_gt_1(w, len(w) - 3)
    if re.search("[st]ion$", w):
        return _drop_if_m_gt_1(w, len(w) - 3)
    return w


def _step5(w: str) -> str:
    """A final e goes when m > 1 (or m == 1 and not after cvc); a final ll becomes l when m > 1."""
    if w.endswith("e"):
        rest = w[:-1]
        if _M_GT_1.search(rest) or (_M_EQ_1.search(rest) and not _CVC.search(rest)):
            w = rest
    if w.endswith("ll") and _M_GT_1.search(w):
        w = w[:-1]
    return w
