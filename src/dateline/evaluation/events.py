"""Events against PLOVER's gold-standard records (``PLOVER_GSR_CAMEO.txt``, github openeventdata/PLOVER).

Each record is one sentence coded with an event type and its source and target actors. The gold file predates
the 2023 codebook; its older type names are mapped by the codebook's own conversion table (DEMAND is REQUEST,
DISAPPROVE and INVESTIGATE are ACCUSE, FIGHT is ASSAULT). Dateline's answer for a sentence is the event the
sentence leads with: of the PLOVER-typed events it finds, the one nearest the root of the parse, its type
read as PLOVER's coders read it (:func:`~dateline.extract.events.lexicon.plover_type`: a promised cooperative
act is AGREE, a threatened conflictual one THREATEN).

Type accuracy counts a sentence right when that event's type is the gold type (a sentence with no event
counts wrong). Actor and target F1 are over words, pooled over all sentences: the words of the event's
parties as PLOVER codes them (``Event.actors``/``targets``: each member of a compound party, every side of
a joint act an actor) that are among the gold actors' words are right, the rest wrong, and gold words not
predicted are missed. "Shown right" is the same precision over the parties the product shows, those not below
the confidence line (:mod:`dateline.confidence`), beside the share of parties shown.

How a sentence's parties went wrong (:func:`party_error`) sorts its word errors into the classes a fix is
aimed at: a party missed, one found where the gold has none, one found that shares no word with the gold, or
one that shares some (its span's boundary).

Folds (:func:`fold_scores`) part a half into fixed groups by a hash of each record's id, so a rule tuned on
the half can be judged by whether it helps in most groups rather than in the pooled total only.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from dateline.confidence import below_line, party_confidence
from dateline.evaluation.scores import PRF
from dateline.extract.events import parse_depth
from dateline.extract.events.lexicon import OCCURRENCE, plover_type
from dateline.model import Article
from dateline.nlp.pipeline import make_doc, shared_pipeline
from dateline.records import Event, Offsets
from dateline.store.events import party_mention

GOLD_FILE = "PLOVER_GSR_CAMEO.txt"
#: The codebook's conversion of the gold file's older type names.
RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
_WORD = re.compile(r"\w+")
#: How many folds :func:`format_party_errors` counts a class's sentences over: those the issues' fold checks use.
FOLDS = 5


@dataclass(frozen=True, slots=True)
class GoldEvent:
    id: str
    text: str
    type: str
    actors: tuple[str, ...]
    targets: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EventScores:
    """``actor``/``target``: every party's words; ``*_shown``: the words of the parties shown (at or above the
    confidence line), and ``*_share`` the share of parties shown."""

    sentences: int
    type_correct: int
    actor: PRF
    target: PRF
    actor_shown: PRF
    target_shown: PRF
    actor_share: float
    target_share: float

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / self.sentences if self.sentences else 0.0


def load_gold(folder: Path) -> list[GoldEvent]:
    """The coded sentences of the gold file under ``folder`` (its documentation record left out)."""
    path = next(folder.rglob(GOLD_FILE), None)
    if path is None:
        raise FileNotFoundError(f"no {GOLD_FILE} under {folder}")
    records = json.loads(path.read_text(encoding="utf-8"))
    return [GoldEvent(r["id"], r["text"], RENAMED.get(r["event"], r["event"]), _actor_texts(r.get("source")),
                      _actor_texts(r.get("target"))) for r in records if r.get("text")]


def gold_split(gold: list[GoldEvent], split: str) -> list[GoldEvent]:
    """The records of one half, ``dev`` (tuned on) or ``test`` (held out), chosen by a hash of each record's
    id so the halves never change; ``all`` for every record."""
    if split == "all":
        return gold
    if split not in ("dev", "test"):
        raise ValueError(f"split {split!r}: all, dev or test")
    return [one for one in gold if (zlib.crc32(one.id.encode()) % 2 == 0) == (split == "dev")]


def lead_event(events: Iterable[Event], depth_of: dict[int, int]) -> Event | None:
    """The PLOVER-typed event nearest the root (then the first): what the sentence reports."""
    typed = [e for e in events if e.type != OCCURRENCE]
    return min(typed, key=lambda e: (depth_of[e.trigger[0]], e.trigger[0])) if typed else None


@dataclass(frozen=True, slots=True)
class Answer:
    """A gold sentence, the event Dateline leads it with, and that event's parties the product shows."""
    gold: GoldEvent
    event: Event | None
    shown_actors: tuple[Offsets, ...] = ()
    shown_targets: tuple[Offsets, ...] = ()


def score_events(gold: list[GoldEvent]) -> tuple[EventScores, list[Answer]]:
    """Scores over the gold sentences, and each sentence's answer for inspection."""
    nlp = shared_pipeline()
    answers = []
    for one in gold:
        doc = nlp(make_doc(nlp, Article(id=one.id, source=one.id, text=one.text)))
        depth_of = {token.idx: parse_depth(token) for token in doc}
        event = lead_event(doc._.events, depth_of)
        answers.append(Answer(one, event, *_shown_parties(event, one.text,
                                                          [(m.start, m.end) for m in doc._.mentions or []])))
    return scores_of(answers), answers


def scores_of(answers: list[Answer]) -> EventScores:
    """Type accuracy, pooled actor and target word scores, and the same over the parties shown."""
    correct = sum(1 for a in answers
                  if a.event is not None and plover_type(a.event.type, a.event.status) == a.gold.type)
    actor = _word_counts((a.gold.actors, _words_at(a.gold.text, a.event.actors if a.event else ())) for a in answers)
    target = _word_counts((a.gold.targets, _words_at(a.gold.text, a.event.targets if a.event else ()))
                          for a in answers)
    actor_shown = _word_counts((a.gold.actors, _words_at(a.gold.text, a.shown_actors)) for a in answers)
    target_shown = _word_counts((a.gold.targets, _words_at(a.gold.text, a.shown_targets)) for a in answers)
    return EventScores(len(answers), correct, actor, target, actor_shown, target_shown,
                       _share(sum(len(a.shown_actors) for a in answers), answers, "actors"),
                       _share(sum(len(a.shown_targets) for a in answers), answers, "targets"))


def fold_of(record_id: str, folds: int) -> int:
    """The fold of ``folds`` a record falls in, by a hash of its id: fixed, and independent of the split's
    own bit (the hash's lowest, which :func:`gold_split` reads)."""
    return (zlib.crc32(record_id.encode()) >> 1) % folds


def fold_scores(answers: list[Answer], folds: int) -> list[EventScores]:
    """The scores of each fold's answers, fold by fold."""
    if folds < 2:
        raise ValueError(f"folds {folds}: at least 2")
    return [scores_of([a for a in answers if fold_of(a.gold.id, folds) == fold]) for fold in range(folds)]


def format_folds(per_fold: list[EventScores]) -> str:
    """One line a fold, then each measure's lowest, mean and highest over the folds: how stable it is."""
    measures = {"type": [s.type_accuracy for s in per_fold], "actor F1": [s.actor.f1 for s in per_fold],
                "target F1": [s.target.f1 for s in per_fold]}
    lines = [f"fold {n + 1}  sentences {scores.sentences:>3}  "
             + "  ".join(f"{name} {values[n]:.3f}" for name, values in measures.items())
             for n, scores in enumerate(per_fold)]
    lines.append("spread  " + "  ".join(
        f"{name} {min(values):.3f}/{sum(values) / len(values):.3f}/{max(values):.3f}"
        for name, values in measures.items()) + "  (lowest/mean/highest)")
    return "\n".join(lines)


#: The classes of :func:`party_error`, in the order they are listed.
PARTY_ERRORS = ("missed", "spurious", "wrong", "boundary")


def party_error(answer: Answer, role: str) -> str | None:
    """How the sentence's ``role`` ("actors" or "targets") went wrong, by the words the scores count: none
    found where the gold has some ("missed"), some where it has none ("spurious"), none of the gold's words
    among those found ("wrong"), or some but not all, or more ("boundary"); None when the words match."""
    gold = [w for text in getattr(answer.gold, role) for w in _WORD.findall(text.lower())]
    found = _words_at(answer.gold.text, getattr(answer.event, role) if answer.event else ())
    right = _word_counts([(getattr(answer.gold, role), found)])
    if not gold and not found or right.precision == right.recall == 1.0:
        return None
    if not found:
        return "missed"
    if not gold:
        return "spurious"
    return "wrong" if right.precision == 0.0 else "boundary"


def format_party_errors(answers: list[Answer], role: str) -> str:
    """One line: how many sentences' ``role`` went wrong in each class of :func:`party_error`, and how
    many of the records' folds each class falls in (a fix for a class seen in one fold is a fix for a record)."""
    classes = {name: [a for a in answers if party_error(a, role) == name] for name in PARTY_ERRORS}
    return f"{role} errors  " + "  ".join(
        f"{name} {len(found)} ({len({fold_of(a.gold.id, FOLDS) for a in found})} folds)"
        for name, found in classes.items())


def _shown_parties(event: Event | None, text: str,
                   mentions: list[Offsets]) -> tuple[tuple[Offsets, ...], tuple[Offsets, ...]]:
    """The actors and targets of an event that the product shows: those whose confidence, from the mention
    that names each as the store finds it, is not below the line."""
    if event is None:
        return (), ()
    heads = tuple(span for span in (event.actor_mention, event.target_mention) if span is not None)

    def shown(spans: tuple[Offsets, ...]) -> tuple[Offsets, ...]:
        return tuple(span for span in spans if not below_line(party_confidence(
            text[span[0]:span[1]], party_mention(span, mentions, heads), span, event.sentence)))

    return shown(event.actors), shown(event.targets)


def _share(shown: int, answers: list[Answer], role: str) -> float:
    found = sum(len(getattr(a.event, role)) for a in answers if a.event is not None)
    return shown / found if found else 0.0


def _word_counts(pairs: Iterable[tuple[tuple[str, ...], list[str]]]) -> PRF:
    tp = fp = fn = 0
    for gold_texts, predicted in pairs:
        gold = [w for text in gold_texts for w in _WORD.findall(text.lower())]
        remaining = list(gold)
        for word in predicted:
            if word in remaining:
                remaining.remove(word)
                tp += 1
            else:
                fp += 1
        fn += len(remaining)
    return PRF(tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0)


def _words_at(text: str, spans: tuple[tuple[int, int], ...]) -> list[str]:
    return [word for start, end in spans for word in _WORD.findall(text[start:end].lower())]


def _actor_texts(actors: object) -> tuple[str, ...]:
    if not isinstance(actors, list):
        return ()
    return tuple(a["actorText"] for a in actors if isinstance(a, dict) and a.get("actorText"))
