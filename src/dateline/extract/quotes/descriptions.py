"""Definite descriptions of a source ("the company", "the agency", "the statement") resolved to the one name of
their kind the reader has in mind.

A writer names a body or a document once and then describes it: "Facebook on Sunday removed the page …. The
page broke its rules, the social network told Reuters"; "In a report printed on
Sunday, the paper claimed …. The report alleged …". A reader takes the description for the name of its kind
that the story is about at that point: of the names before it, the one that is salient, that is the subject
of its clause or the source of an attribution (a body named only as an object, "removed the page for Natural
News", is talked about, not acting). Where exactly one name of that kind is salient, the description stands
for it; where several are, or none, the reader cannot tell, and the nearest name is only a candidate, kept
below the line. A document's kind is its issuer: whoever an attribution quoted with that very document ("said
in a statement", "in a report …, the paper claimed"), so "the statement" after it is theirs.

The speaker resolution (``speakers``) collects the candidates of each kind; this module decides among them.
Measured on the text parts of the tuning splits (dev..dev5): the salient body and the document's
issuer each changed one labelled speaker, both to the right one (a Salt Lake Tribune "Provo-based company", a
Euronews "report"), and none to a wrong one: rare, but never a guess shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from spacy.tokens import Span, Token

#: What a candidate carries for its caller (the speaker resolution's referent of the name).
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Candidate(Generic[T]):
    """A name of a description's kind mentioned before it."""

    #: The token where it is mentioned: the nearest one is the candidate when the reader cannot tell.
    index: int
    #: The name it goes by in the article: two mentions of one body are one candidate.
    name: str
    #: The subject of its clause or the source of an attribution, so that the story is about it there.
    salient: bool
    referent: T


@dataclass(frozen=True, slots=True)
class Resolution(Generic[T]):
    """The candidate a description stands for, and whether it is the only one the reader could mean."""

    candidate: Candidate[T]
    sure: bool


def resolve_description(candidates: Sequence[Candidate[T]]) -> Resolution[T] | None:
    """The candidate a description stands for: sure where only one name of its kind was mentioned, or only one
    was salient (then that one, even past a nearer name mentioned in passing); else the nearest salient name
    (or the nearest name where none is salient), as a candidate only. None where nothing of its kind came
    before."""
    if not candidates:
        return None
    ordered = sorted(candidates, key=lambda candidate: candidate.index)
    salient = [candidate for candidate in ordered if candidate.salient]
    if len({candidate.name for candidate in ordered}) == 1:
        return Resolution(ordered[-1], sure=True)
    if len({candidate.name for candidate in salient}) == 1:
        return Resolution(salient[-1], sure=True)
    return Resolution((salient or ordered)[-1], sure=False)


def is_salient(mention: Span) -> bool:
    """Is the named mention the subject of its clause ("Facebook on Sunday removed the page", "CBP announced
    that …", "Public Health Wales officials said"), not of a relative clause (the writer's aside)? Such a name
    is what the story is about at that point; an object or a modifier is only talked about. Names joined as
    subjects ("Google and Microsoft cut prices") are all salient."""
    root = mention.root
    while root.dep_ in ("compound", "poss", "appos", "conj") and root.head != root:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ != "relcl"


def names_document(sentence: Span, lemma: str, description: Token) -> bool:
    """Does the sentence of an earlier attribution say its source spoke in a document of the description's kind
    ("said in a statement", "In a report printed on Sunday, the paper claimed"): then that source
    issued the document the description points back to. A document that is itself the subject ("The county's
    report said") is a source of its own, whose issuer the sentence does not say."""
    return any(token.lemma_.lower() == lemma and token.dep_ == "pobj" and token.i != description.i
               for token in sentence)
