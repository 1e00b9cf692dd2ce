"""Finding a label's words in stored text whatever its typography, and the comparisons built on that:
furniture lines, overlapping spans, speaker names.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from dateline.clean.characters import without_invisible
from dateline.evaluation.real.gold import GoldArticle
from dateline.extract.nicknames import nickname_variants

#: Gold speakers that name nobody: a prediction is right about them only by showing no speaker.
NAMELESS = frozenset({"ANONYMOUS", "UNKNOWN"})
#: Words a speaker's name can gain or lose between articles without naming someone else.
_NAME_NOISE = frozenset({"the", "of", "for", "and", "mr", "mrs", "ms", "dr", "rep", "sen", "gov", "president",
                         "prime", "minister", "s"})
#: A span of stored text: start and end offsets.
Span = tuple[int, int]
#: A word, as main-text token bags and speaker names count them.
WORD = re.compile(r"\w+")
_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "‘": "'", "’": "'", "‚": "'",
                       "‛": "'", "′": "'", "`": "'"})
_EDGE = " ,.;:!?\"'"
#: A kicker run into a furniture line ("Related:", "©", "SEE MORE:") is at most this many words.
_MAX_KICKER_WORDS = 3
#: A label's other copy repeats its passage (a paragraph printed twice) where the text around both copies agrees
#: over at least this many folded characters, a clause of some seven words; the labels of tuning texts repeat
#: their passages over 48 characters or more and recur as phrases over 33 or fewer.
_MIN_REPEATED_PASSAGE = 40
#: ... and a label that makes up at least this share of a line's characters is that line ("Share this Story :
#: …" before a headline).
_MIN_LABEL_SHARE = 0.5


def fold(text: str) -> str:
    """Text as labels are compared: without invisible format characters (a label written with or without a
    page's soft hyphens finds the same words), compatibility forms, one kind of each quote mark, lower case."""
    return unicodedata.normalize("NFKC", without_invisible(text)).translate(_FOLD).lower()


def folded_words(text: str) -> str:
    """The folded text's words, one space apart: what a label and a line are compared as."""
    return " ".join(fold(text).split())


class TextIndex:
    """An article's text folded and with spacing collapsed, mapped back to the original offsets, so a
    label written with curly quotes and one space finds the words whatever the page's typography."""

    def __init__(self, text: str) -> None:
        self.text = text
        chars: list[str] = []
        origin: list[int] = []
        for position, char in enumerate(text):
            for folded in fold(char):
                if folded.isspace():
                    if not chars or chars[-1] == " ":
                        continue
                    folded = " "
                chars.append(folded)
                origin.append(position)
        self.folded = "".join(chars)
        self.origin = origin

    def find(self, needle: str, start: int = 0,
             avoid: Sequence[Span] = ()) -> Span | None:
        """The original span of the first occurrence of ``needle`` at or after original offset ``start``
        that overlaps none of the ``avoid`` spans (a headline repeating the lead's words)."""
        return next((span for _, span in self._occurrences(needle, start, avoid)), None)

    def repeats(self, needle: str, at: Span, avoid: Sequence[Span] = ()) -> list[Span]:
        """The original spans of the other copies of ``needle`` (off the ``avoid`` spans) that repeat the
        passage around its copy ``at``: the folded text around both agrees over at least
        :data:`_MIN_REPEATED_PASSAGE` characters. A page that prints a paragraph twice repeats a label with its
        sentence; a phrase that merely recurs ("far right", "two officers") agrees only over its own words."""
        own, length = self._folded_offset(at[0]), len(self._key(needle))
        return [span for folded, span in self._occurrences(needle, 0, avoid)
                if not overlaps(span, at) and self._common_run(own, folded, length) >= _MIN_REPEATED_PASSAGE]

    def _occurrences(self, needle: str, start: int, avoid: Sequence[Span]) -> Iterator[tuple[int, Span]]:
        """Each occurrence of ``needle`` at or after original offset ``start`` off the ``avoid`` spans, none
        overlapping the one before: its folded offset and its original span."""
        key = self._key(needle)
        if not key:
            return
        at = self.folded.find(key, self._folded_offset(start))
        while at >= 0:
            span = self.origin[at], self.origin[at + len(key) - 1] + 1
            if any(overlaps(span, other) for other in avoid):
                at = self.folded.find(key, at + 1)
            else:
                yield at, span
                at = self.folded.find(key, at + len(key))

    def _common_run(self, first: int, second: int, length: int) -> int:
        """How many folded characters agree around two copies of ``length`` characters at these offsets: the
        copies and the same characters on both sides of them."""
        text, before, after = self.folded, 0, 0
        while min(first, second) > before and text[first - before - 1] == text[second - before - 1]:
            before += 1
        while (max(first, second) + length + after < len(text)
               and text[first + length + after] == text[second + length + after]):
            after += 1
        return before + length + after

    @staticmethod
    def _key(needle: str) -> str:
        return folded_words(needle).strip(_EDGE)

    def closing_quote(self, after: int, limit: int = 1500) -> int:
        """The original offset just past the next double quote mark after ``after`` (within ``limit``),
        else ``after``: where a quote whose opening words were found ends."""
        begin = self._folded_offset(after)
        at = self.folded.find('"', begin, begin + limit)
        return self.origin[at] + 1 if at >= 0 else after

    def _folded_offset(self, original: int) -> int:
        return bisect_left(self.origin, original)


@dataclass(frozen=True, slots=True)
class Placed:
    """Where a label's words are in the stored text: the copy the label was read at, and the passage's
    other copies where the page prints it again."""

    at: Span
    copies: tuple[Span, ...] = ()


def labels_touched(places: Sequence[Placed | None], touches: Callable[[Span], bool]) -> tuple[list[int], bool]:
    """The labels a prediction falls on, and whether it falls on them only at a repeated copy. The copy a
    label was read at comes first, so a phrase labelled twice keeps each label at its own place; a
    prediction on none of them is judged against the labels whose words it repeats (a quote printed twice
    is the same quote whichever copy Dateline reads it at)."""
    own = [i for i, place in enumerate(places) if place is not None and touches(place.at)]
    if own:
        return own, False
    return [i for i, place in enumerate(places) if place is not None and any(map(touches, place.copies))], True


def share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def paragraphs(text: str) -> Iterator[tuple[tuple[int, int], str]]:
    """Each non-empty line of an article with its span."""
    start = 0
    for line in text.split("\n"):
        if line.strip():
            yield (start, start + len(line)), line
        start += len(line) + 1


def is_boilerplate_line(line: str, label: str) -> bool:
    """Whether a line of stored text is the labelled furniture line: the same words, or, for a label
    cut short with "…", the same opening. A long label (five words or more) also counts where it is most of
    the line or opens it after at most a short kicker ("Related: …", "© …", "SEE MORE: …"): the furniture
    line with its neighbours run into it. A story sentence that merely holds the label's words (a caption's
    name in a quote's attribution) is not that line."""
    line_key = folded_words(line)
    truncated = label.endswith("…")
    key = folded_words(label.rstrip("…"))
    if truncated:
        return line_key.startswith(key)
    if line_key == key:
        return True
    at = line_key.find(key)
    return len(key.split()) >= 5 and at >= 0 and (
        len(line_key[:at].split()) <= _MAX_KICKER_WORDS or len(key) >= len(line_key) * _MIN_LABEL_SHARE)


def carries_boilerplate_line(line: str, label: str) -> bool:
    """Whether a line of stored text is the labelled furniture line or holds a long label anywhere in it
    (:func:`is_boilerplate_line` asks more: the label must be most of the line or open it). Where a story's
    opening is, a line a caption or teaser was run into is no place to look for it."""
    key = folded_words(label.rstrip("…"))
    return is_boilerplate_line(line, label) or (len(key.split()) >= 5 and key in folded_words(line))


def furniture_spans(text: str, gold: GoldArticle, *, carrying: bool = False) -> list[tuple[int, int]]:
    """Spans of the stored text's lines that are the headline or labelled furniture (``carrying``: or that
    hold a long furniture label, :func:`carries_boilerplate_line`)."""
    labels = [*gold.boilerplate, *([gold.headline] if gold.headline else [])]
    test = carries_boilerplate_line if carrying else is_boilerplate_line
    return [span for span, line in paragraphs(text) if any(test(line, label) for label in labels)]


def same_speaker(predicted: str | None, gold: str) -> bool:
    """Whether a shown speaker is the labelled one: nameless gold wants no speaker; a named one wants a
    name whose words contain, or are contained in, the gold name's (titles and joining words aside), or one
    that is a short form of it or it of that (:func:`shortens`), so "Mr. Kennedy" and "James P. Kennedy Jr."
    agree, as do "CBP" and "Customs and Border Protection", and "Martin Taylor" for an unnamed patient does
    not. A nickname of the gold given name with its surname ("Bill Tarrow" for "William Tarrow") names the same
    person: outlets print either form."""
    if gold in NAMELESS:
        return predicted is None
    if predicted is None:
        return False
    p, g = _name_words(predicted), _name_words(gold)
    return bool(p) and bool(g) and (p <= g or g <= p or shortens(predicted, gold) or shortens(gold, predicted)
                                    or _nickname_of_same(predicted, gold))


def _nickname_of_same(predicted: str, gold: str) -> bool:
    """Whether the two names are one person's under a nickname and its formal given name
    (:func:`~dateline.extract.nicknames.nickname_variants`), titles and joining words aside."""
    return nickname_variants(" ".join(_name_word_list(predicted)), " ".join(_name_word_list(gold))) is not None


def shortens(short: str, full: str) -> bool:
    """Whether ``short`` is a short form of the name ``full``: its words (titles and joining words aside), in
    the full name's order, each either open a word of it ("Fed" for Federal, "Walt" for Walter) or are the
    initials of a run of its words ("NY" for New York in "NY Post", "CBP" for Customs and Border Protection).
    An article writes both forms of one name, and a reader takes them for one speaker; an opening shorter than
    three letters ("Al" in Alice) or initials in lower case ("ny") are ordinary words, no short form."""
    words = [w for w in WORD.findall(without_invisible(short)) if w.lower() not in _NAME_NOISE]
    rest = _name_word_list(full)
    at = 0
    for word in words:
        end = _run_end(word, rest, at)
        if end is None:
            return False
        at = end
    return bool(words)


def _run_end(word: str, words: list[str], start: int) -> int | None:
    """Where the first run of ``words`` from ``start`` on that ``word`` stands for ends, if one does."""
    return next((begin + size for begin in range(start, len(words)) for size in (1, len(word))
                 if _stands_for(word, words[begin:begin + size])), None)


def _stands_for(word: str, run: list[str]) -> bool:
    """Whether one word of a short form stands for this run of a full name's folded words: the opening (three
    letters or more) of a single word, or, for an upper-case word of two letters or more, the run's initials."""
    key = fold(word)
    if len(run) == 1 and len(key) >= 3 and run[0].startswith(key):
        return True
    return word.isupper() and len(key) == len(run) >= 2 and "".join(w[0] for w in run) == key


def _name_word_list(name: str) -> list[str]:
    """A name's folded words in order, titles and joining words aside."""
    return [w for w in WORD.findall(fold(name)) if w not in _NAME_NOISE]


def _name_words(name: str) -> set[str]:
    return set(_name_word_list(name))
