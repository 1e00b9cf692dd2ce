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


def score_events(gold: list[GoldEvent]) -> tuple[EventScores, list[tuple[GoldEvent, Event | None]]]:
    """Scores over the gold sentences, and each sentence's answer for inspection."""
    nlp = shared_pipeline()
    answers = []
    shown: list[tuple[tuple[Offsets, ...], tuple[Offsets, ...]]] = []
    for one in gold:
        doc = nlp(make_doc(nlp, Article(id=one.id, source=one.id, text=one.text)))
        depth_of = {token.idx: parse_depth(token) for token in doc}
        event = lead_event(doc._.events, depth_of)
        answers.append((one, event))
        shown.append(_shown_parties(event, one.text, [(m.start, m.end) for m in doc._.mentions or []]))
    correct = sum(1 for one, event in answers
                  if event is not None and plover_type(event.type, event.status) == one.type)
    actor = _word_counts((one.actors, _words_at(one.text, event.actors if event else ())) for one, event in answers)
    target = _word_counts((one.targets, _words_at(one.text, event.targets if event else ())) for one, event in answers)
    actor_shown = _word_counts((one.actors, _words_at(one.text, parties[0]))
                               for (one, _), parties in zip(answers, shown))
    target_shown = _word_counts((one.targets, _words_at(one.text, parties[1]))
                                for (one, _), parties in zip(answers, shown))
    return EventScores(len(gold), correct, actor, target, actor_shown, target_shown,
                       _share(sum(len(parties[0]) for parties in shown), answers, "actors"),
                       _share(sum(len(parties[1]) for parties in shown), answers, "targets")), answers


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


def _share(shown: int, answers: list[tuple[GoldEvent, Event | None]], role: str) -> float:
    found = sum(len(getattr(event, role)) for _, event in answers if event is not None)
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
