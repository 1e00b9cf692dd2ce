"""Which branch of the target choice decides each PLOVER record's target, and is it right in every fold?

``extract.events.arguments`` chooses a target by many branches (the object of the predicate, a "to" phrase,
the party a complement asks to act, the target of a purpose clause ...), each added on the records of the
tuning half. A branch fitted to a few records is right on them only in the folds it was fitted on; a
grammatical one is right across folds. This parses each record once, traces the calls that choose the lead
event's target (:mod:`sys.setprofile`: a tracer rather than flags threaded through the code, so the product's
code stays as it is), and names the branch by the chain of functions that returned the target, each with the
line it returned from (which ``return`` of a function decided). Per branch it prints, fold by fold, the
target words right and wrong (as the eval counts them: :func:`dateline.evaluation.events.scores_of`), and the
records with no target where the gold has one. Run, on the tuning half only::

    PYTHONPATH=src .venv/bin/python benchmarks/plover_target_branches.py /work/plover [--folds 5] [--records]

PLOVER's records are one coding team's; whether a branch carries to other news is asked of the real-news lead
events too (``--real ../shared/eval/real``, the tuning splits only): each lead's target is traced the same way
and counted right when the labelled "what" or "where" of the lead names it (:func:`_named_in`: "met North
Korean leader Kim Jong Un"), branch by branch, with how many outlets its answers come from.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import dateline.extract.events as events_module
from dateline.evaluation.events import (
    FOLDS,
    Answer,
    GoldEvent,
    fold_of,
    gold_split,
    lead_event,
    load_gold,
    party_error,
    scores_of,
)
from dateline.evaluation.real import lead_events
from dateline.evaluation.splits import READABLE_SPLITS
from dateline.extract.events import parse_depth
from dateline.model import Article
from dateline.nlp.pipeline import make_doc, shared_pipeline

ARGUMENTS_FILE = "extract/events/arguments.py"
#: The functions whose return names where an argument pair starts: the top of a target's chain.
ARGUMENT_FUNCTIONS = ("verb_arguments", "noun_arguments")
#: Helpers that only read a phrase's object, not a branch of the choice: left out of a chain's name.
PLUMBING = frozenset({"_object_of", "_prep_object", "_entity_of"})
#: Calls that pass a target on from the branch that chose it: skipped when a chain is named by its branch
#: (:func:`coarse`), so "the object of the verb" is one branch however the object's party was read.
PASSING_ON = frozenset({*ARGUMENT_FUNCTIONS, "_verb_target", "_party_acted_on", "_participant", "<genexpr>"})
#: A branch that decides records in fewer folds than this is narrow: fitted to a few records.
NARROW_FOLDS = 3
#: The branch named for a lead event with no target, and for one whose target the joint act moved to actors.
NO_TARGET = "(none)"
JOINT = "(joint: partner made an actor)"
LEADS = Path("eval/real/lead_events.json")
MANIFEST = Path("eval/real/manifest.json")
#: A word as the eval counts one (its ``_WORD``).
WORD = re.compile(r"\w+")


@dataclass(slots=True)
class Call:
    """One traced call in ``arguments``: its function, the line it returned from, what it returned."""
    name: str
    line: int = 0
    returned: Any = None
    calls: list[Call] = field(default_factory=list)


class Tracer:
    """A call tree of the functions of ``arguments`` called while an event is built."""

    def __init__(self) -> None:
        self.root = Call("root")
        self.stack = [self.root]

    def __call__(self, frame: FrameType, event: str, arg: Any) -> None:
        if not frame.f_code.co_filename.endswith(ARGUMENTS_FILE):
            return
        if event == "call":
            call = Call(frame.f_code.co_name)
            self.stack[-1].calls.append(call)
            self.stack.append(call)
        elif event == "return" and len(self.stack) > 1:
            call = self.stack.pop()
            call.line, call.returned = frame.f_lineno, arg


def branch_of(tree: Call) -> str:
    """The chain of calls that returned the event's target, from the argument function down."""
    top = next((call for call in tree.calls if call.name in ARGUMENT_FUNCTIONS), None)
    if top is None or not isinstance(top.returned, tuple) or top.returned[1] is None:
        return NO_TARGET
    target = top.returned[1]
    chain: list[str] = []
    node: Call | None = top
    while node is not None:
        chain.append(f"{node.name}:{node.line}")
        node = next((call for call in reversed(node.calls) if _returned(call, target)), None)
    return " > ".join(part for part in chain if part.split(":")[0] not in PLUMBING)


def coarse(branch: str) -> str:
    """The branch a chain names: its first call that chose rather than passed the target on ("_acted_on:503",
    the verb's object; "_complement_target:559", the target of its complement), the chain itself if none."""
    links = branch.split(" > ")
    return next((link for link in links if link.split(":")[0] not in PASSING_ON), branch)


def _returned(call: Call, target: Any) -> bool:
    if call.returned is target:
        return True
    return isinstance(call.returned, tuple) and len(call.returned) == 2 and call.returned[1] is target \
        and call.name in ARGUMENT_FUNCTIONS


@dataclass(frozen=True, slots=True)
class Decided:
    answer: Answer
    branch: str


@contextmanager
def traced_events() -> Iterator[dict[tuple[str, int], Call]]:
    """While open, every event built is traced: its call tree by its article's id and its trigger's offset."""
    original = events_module._event
    trees: dict[tuple[str, int], Call] = {}

    def traced(doc: Any, token: Any, *rest: Any) -> Any:
        tracer = Tracer()
        sys.setprofile(tracer)
        try:
            return original(doc, token, *rest)
        finally:
            sys.setprofile(None)
            trees[doc._.article_id, token.idx] = tracer.root

    events_module._event = traced
    try:
        yield trees
    finally:
        events_module._event = original


def decide(gold: list[GoldEvent]) -> list[Decided]:
    """Each record's answer and the branch that chose its lead event's target."""
    nlp = shared_pipeline()
    decided = []
    with traced_events() as trees:
        for one in gold:
            doc = nlp(make_doc(nlp, Article(id=one.id, source=one.id, text=one.text)))
            event = lead_event(doc._.events, {token.idx: parse_depth(token) for token in doc})
            branch = NO_TARGET if event is None else branch_of(trees[doc._.article_id, event.trigger[0]])
            if event is not None and event.target is not None and not event.targets:
                branch = JOINT
            decided.append(Decided(Answer(one, event), branch))
    return decided


@dataclass(frozen=True, slots=True)
class RealLead:
    """A real-news article's lead event: its outlet, the branch of its target, the target's words, and whether
    the labelled what or where names it (None: no target)."""
    outlet: str
    branch: str
    target: str | None
    right: bool | None
    #: The event's type and its trigger's words ("ACCUSE accused").
    event: str = ""


def real_leads(articles: Path, labels: Path, manifest: Path, splits: tuple[str, ...]) -> list[RealLead]:
    """Each labelled lead of ``splits`` as Dateline builds it, its target traced and judged."""
    said = {row["id"]: f"{row.get('what') or ''} {row.get('where') or ''}".lower()
            for row in json.loads(labels.read_text(encoding="utf-8"))}
    found = []
    for split in splits:
        leads = lead_events.load_leads(labels, manifest, split)
        with traced_events() as trees:
            answers = lead_events.build_answers(articles, leads)
        for answer in answers:
            event = answer.event
            if event is None:
                continue
            tree = trees.get((event["article_id"], event["start"]))
            target = event["target"]
            branch = NO_TARGET if tree is None or target is None else coarse(branch_of(tree))
            found.append(RealLead(answer.gold.outlet, branch, target, _named_in(target, said[answer.gold.id]),
                                  f"{event['type']} {event['text']}"))
    return found


def _named_in(target: str | None, label: str) -> bool | None:
    """Does the label name the target: one of the target's names (its capitalised words), or for a target
    with none its head, the last word ("Michael Flynn's businesses": "subpoenaed two of Michael Flynn's
    businesses")? A label says who in fewer words than a span ("Donald Trump" for "President Donald Trump"),
    so the whole span is not asked for. None: no target."""
    if not target:
        return None
    words = WORD.findall(target)
    names = [word for word in words if word[0].isupper()] or words[-1:]
    return any(name.lower() in WORD.findall(label) for name in names)


def real_report(leads: list[RealLead], records: bool = False) -> str:
    """Per branch: leads with a target, right, the outlets they come from, and each wrong target (each
    target, with ``records``)."""
    by_branch: dict[str, list[RealLead]] = defaultdict(list)
    for lead in leads:
        if lead.right is not None:
            by_branch[lead.branch].append(lead)
    lines = [f"{'leads':>5}  {'right':>5}  outlets  branch"]
    for branch, found in sorted(by_branch.items(), key=lambda pair: (-len(pair[1]), pair[0])):
        right = sum(1 for lead in found if lead.right)
        lines.append(f"{len(found):>5}  {right:>5}  {len({lead.outlet for lead in found}):>7}  {branch}")
        lines += [f"         {'right' if lead.right else 'wrong'}  {lead.outlet}: {lead.event}: {lead.target!r}"
                  for lead in found if not lead.right or records]
    return "\n".join(lines)


def report(decided: list[Decided], folds: int, records: bool, name: Callable[[str], str] = coarse) -> str:
    """Per branch (as ``name`` groups chains): records, how many folds they fall in ("narrow" below
    :data:`NARROW_FOLDS`), and per fold the target words right/wrong and the records missed (no target where
    the gold has one)."""
    by_branch: dict[str, list[Decided]] = defaultdict(list)
    for one in decided:
        by_branch[name(one.branch)].append(one)
    lines = [f"{'records':>7}  {'P':>5}  folds  per fold right/wrong (missed)  branch"]
    for branch, found in sorted(by_branch.items(), key=lambda pair: (-len(pair[1]), pair[0])):
        in_fold = [[one.answer for one in found if fold_of(one.answer.gold.id, folds) == fold] for fold in range(folds)]
        spread = sum(1 for answers in in_fold if answers)
        pooled = scores_of([one.answer for one in found]).target
        lines.append(f"{len(found):>7}  {pooled.precision:5.2f}  {spread}{'n' if spread < NARROW_FOLDS else ' '}"
                     f"     {' '.join(_cell(answers) for answers in in_fold)}  {branch}")
        for one in found if records else ():
            wrong = party_error(one.answer, "targets") or "right"
            got = [one.answer.gold.text[s:e] for s, e in one.answer.event.targets] if one.answer.event else []
            lines.append(f"          f{fold_of(one.answer.gold.id, folds) + 1} {wrong:<8} {one.answer.gold.id} "
                         f"gold {list(one.answer.gold.targets)} got {got}")
    return "\n".join(lines)


def _cell(answers: list[Answer]) -> str:
    """``right/wrong`` target words of a fold's records (from the eval's precision over them), and in brackets
    the records that missed their target."""
    predicted = sum(len(_words(a)) for a in answers)
    right = round(scores_of(answers).target.precision * predicted)
    missed = sum(1 for a in answers if party_error(a, "targets") == "missed")
    return f"{right:>2}/{predicted - right:<2}({missed})"


def _words(answer: Answer) -> list[str]:
    event = answer.event
    if event is None:
        return []
    return [word for start, end in event.targets for word in WORD.findall(answer.gold.text[start:end])]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the folder holding PLOVER_GSR_CAMEO.txt")
    parser.add_argument("--folds", type=int, default=FOLDS)
    parser.add_argument("--records", action="store_true", help="list each branch's records")
    parser.add_argument("--chains", action="store_true", help="group by the whole chain, not its branch")
    parser.add_argument("--real", type=Path, help="instead, the real-news leads of the tuning splits, from "
                                                  "this folder of articles (e.g. ../shared/eval/real)")
    args = parser.parse_args(argv)
    if args.real is not None:
        print(real_report(real_leads(args.real, LEADS, MANIFEST, READABLE_SPLITS), args.records))
        return
    decided = decide(gold_split(load_gold(args.folder), "dev"))  # the tuning half only: never the held-out one
    print(report(decided, args.folds, args.records, (lambda chain: chain) if args.chains else coarse))


if __name__ == "__main__":
    main()
