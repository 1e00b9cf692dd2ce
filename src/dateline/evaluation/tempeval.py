"""``dateline eval tempeval``: time expressions scored as TempEval-3's official scorer
(``TE3-evaluation.py``) counts them, on the text of its gold TimeML files tagged by the build's pipeline.

The official tool first renames each system TIMEX3 to the id of the gold TIMEX3 it overlaps (any shared
token), then: a relaxed match is a gold timex with an overlapping system timex; a strict match also has the
same extent; precision divides by the number of system timexes, recall by the number of gold ones. Type
and value are compared on the relaxed matches only: accuracy = correct / relaxed matches, and the
reported attribute F1 (e.g. "value F1") is that accuracy times the relaxed F1 (so value P and R are the
accuracy times the relaxed P and R). Here overlap is on characters, and each gold timex takes the first
system timex overlapping it that no earlier gold timex took.

``--by corpus`` scores each corpus of the folder apart (TempEval-3's TimeBank and AQUAINT, annotated by
different teams from different news sources); the command adds the real-news labels
(:func:`dateline.evaluation.real.timexes.score_bodies`), a set no rule was written against. A rule fitted
to one corpus shows as a gain there and none, or a loss, on the others.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from dateline.evaluation.scores import PRF
from dateline.evaluation.timeml import read_dir, tag_timeml
from dateline.model import TimeExpression
from dateline.nlp.pipeline import pipeline_through


@dataclass(slots=True)
class TimexCounts:
    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, other: TimexCounts) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(frozen=True, slots=True)
class TempEvalScores:
    strict: PRF
    relaxed: PRF
    type: PRF
    value: PRF
    type_accuracy: float
    value_accuracy: float
    counts: TimexCounts


def match_pairs(gold: list[TimeExpression], system: list[TimeExpression],
                ) -> list[tuple[TimeExpression, TimeExpression]]:
    """Pairs (gold, system) whose extents overlap, one system timex per gold timex."""
    taken: set[int] = set()
    pairs = []
    for g in gold:
        for index, s in enumerate(system):
            if index not in taken and s.start < g.end and g.start < s.end:
                taken.add(index)
                pairs.append((g, s))
                break
    return pairs


def count_document(gold: list[TimeExpression], system: list[TimeExpression]) -> TimexCounts:
    """The TempEval-3 counts for one document."""
    pairs = match_pairs(gold, system)
    return TimexCounts(
        gold=len(gold), system=len(system), relaxed=len(pairs),
        strict=sum(g.start == s.start and g.end == s.end for g, s in pairs),
        type_ok=sum(g.type == s.type for g, s in pairs),
        value_ok=sum((g.value or "") == (s.value or "") for g, s in pairs),
    )


def prf(matched: int, system: int, gold: int) -> PRF:
    p = matched / system if system else 0.0
    r = matched / gold if gold else 0.0
    return PRF(p, r)


def scale(base: PRF, accuracy: float) -> PRF:
    return PRF(base.precision * accuracy, base.recall * accuracy)


def score(documents: Iterable[tuple[list[TimeExpression], list[TimeExpression]]]) -> TempEvalScores:
    """Scores over (gold, system) timex lists of many documents, micro-averaged as the official tool does."""
    total = TimexCounts()
    for gold, system in documents:
        total.add(count_document(gold, system))
    return scores_of(total)


def scores_of(total: TimexCounts) -> TempEvalScores:
    """Scores from counts summed over documents (or over corpora)."""
    relaxed = prf(total.relaxed, total.system, total.gold)
    type_acc = total.type_ok / total.relaxed if total.relaxed else 0.0
    value_acc = total.value_ok / total.relaxed if total.relaxed else 0.0
    return TempEvalScores(prf(total.strict, total.system, total.gold), relaxed, scale(relaxed, type_acc),
                          scale(relaxed, value_acc), type_acc, value_acc, total)


def format_scores(scores: TempEvalScores) -> str:
    """The scores as a small table, in percent like the official tool prints them."""
    rows = [("strict", scores.strict), ("relaxed", scores.relaxed), ("type", scores.type), ("value", scores.value)]
    lines = [f"{'':8}{'P':>8}{'R':>8}{'F1':>8}"]
    lines += [f"{name:8}{m.precision * 100:8.2f}{m.recall * 100:8.2f}{m.f1 * 100:8.2f}" for name, m in rows]
    c = scores.counts
    lines.append(f"type accuracy {scores.type_accuracy * 100:.2f}  value accuracy {scores.value_accuracy * 100:.2f}"
                 f"  (gold {c.gold}, system {c.system}, relaxed {c.relaxed}, strict {c.strict})")
    return "\n".join(lines)


def evaluate_tempeval(directory: Path, nlp: Language | None = None) -> TempEvalScores:
    """Tag the text of every gold ``.tml`` under ``directory`` and score it against the gold TIMEX3s."""
    nlp = nlp or pipeline_through("dateline_timex")
    docs = read_dir(directory)
    return score(zip((d.timexes for d in docs), tag_timeml(nlp, docs)))


def corpora(directory: Path) -> list[Path]:
    """The corpora of a TempEval-3 folder: its sub-folders holding ``.tml`` files (TimeBank, AQUAINT), or
    the folder itself when it holds them directly."""
    found = [p for p in sorted(directory.iterdir()) if p.is_dir() and any(p.rglob("*.tml"))]
    return found or [directory]


def evaluate_by_corpus(directory: Path, nlp: Language | None = None) -> dict[str, TempEvalScores]:
    """Scores of each corpus under ``directory`` and, when there are several, of all of them together."""
    nlp = nlp or pipeline_through("dateline_timex")
    results = {path.name: evaluate_tempeval(path, nlp) for path in corpora(directory)}
    if len(results) > 1:
        total = TimexCounts()
        for scores in results.values():
            total.add(scores.counts)
        results["all"] = scores_of(total)
    return results


def format_by_corpus(results: dict[str, TempEvalScores]) -> str:
    """One row per corpus: F1 of strict and relaxed extraction, type and value, and the counts."""
    lines = [f"{'':10}{'strict':>8}{'relaxed':>8}{'type':>8}{'value':>8}{'gold':>7}{'system':>7}"]
    for name, s in results.items():
        lines.append(f"{name:10}" + "".join(f"{m.f1 * 100:8.2f}" for m in (s.strict, s.relaxed, s.type, s.value))
                     + f"{s.counts.gold:7}{s.counts.system:7}")
    return "\n".join(lines)
