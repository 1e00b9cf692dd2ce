"""Run Dateline's timeline summarizer on Timeline17 under the standard protocol and score it.

Each article becomes :class:`~dateline.timeline.records.CandidateSentence` records — the same input the
product pipeline gives the summarizer — with the days each sentence names from :func:`sentence_dates`.
Those records are cached on disk (one pickle for the whole data set, keyed by article id), so only the
first run pays for tagging; delete the cache directory, or bump :data:`TAGGER_VERSION`, after changing
the tagger (a change of the records' fields names another file by itself, :data:`RECORD_SHAPE`).

:func:`evaluate` scores a method (by default the product's, with the shipped timeline model, which was
trained on Timeline17); :func:`cross_validate` leaves one topic out, so that whatever a method learns or
chooses comes from the other topics only.
"""

from __future__ import annotations

import os
import pickle
import zlib
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import date
from functools import cached_property
from pathlib import Path

from dateline.evaluation.t17 import T17Article, T17Task, iter_tasks
from dateline.evaluation.tls_metrics import Timeline, TimelineScores, average_scores, score_timeline
from dateline.model import PublicationDate
from dateline.time.tagger import tag_text
from dateline.timeline.candidates import named_days
from dateline.timeline.features import Coverage
from dateline.timeline.ranker import TimelineModel
from dateline.timeline.records import CandidateSentence
from dateline.timeline.summarize import timeline

#: Part of the cache file name: change it whenever :func:`sentence_dates` changes its answers.
TAGGER_VERSION = "dateline-time-5"
#: Part of the cache file name too: the records' field names, since a pickle of records of another shape loads as
#: records missing a field, and a field added to :class:`CandidateSentence` would break every cached run.
RECORD_SHAPE = f"{zlib.crc32(' '.join(f.name for f in fields(CandidateSentence)).encode()):08x}"

Cache = dict[str, tuple[CandidateSentence, ...]]


def sentence_dates(text: str, published: date) -> list[date]:
    """The days one sentence reports on, by the project's temporal tagger, as the product finds them."""
    anchor = PublicationDate.on(published, "metadata")
    timexes = [(t.start, t.value) for t in tag_text(text, anchor) if t.type == "DATE" and t.value]
    return list(named_days(text, timexes))


def article_candidates(article: T17Article) -> tuple[CandidateSentence, ...]:
    """An article's sentences as summarizer input; offsets index the lines joined by newlines."""
    records, start = [], 0
    for text in article.sentences:
        dates = tuple(sentence_dates(text, article.published))
        records.append(CandidateSentence(article.id, start, start + len(text), text, article.published, dates))
        start += len(text) + 1
    return tuple(records)


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/dateline/t17``, else ``~/.cache/dateline/t17``."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "dateline" / "t17"


def cache_file(cache_dir: Path) -> Path:
    """Where the records of this tagger and record shape are cached."""
    return cache_dir / f"candidates-{TAGGER_VERSION}-{RECORD_SHAPE}.pickle"


def load_cache(cache_dir: Path) -> Cache:
    path = cache_file(cache_dir)
    return pickle.loads(path.read_bytes()) if path.exists() else {}


def save_cache(cache_dir: Path, cache: Cache) -> None:
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = cache_file(cache_dir).with_suffix(".tmp")
    tmp.write_bytes(pickle.dumps(cache, protocol=pickle.HIGHEST_PROTOCOL))
    tmp.replace(cache_file(cache_dir))


def task_candidates(task: T17Task, cache: Cache) -> list[CandidateSentence]:
    """The task's candidate sentences, tagging (and caching) articles not seen before."""
    for article in task.articles:
        if article.id not in cache:
            cache[article.id] = article_candidates(article)
    return [c for article in task.articles for c in cache[article.id]]


@dataclass(frozen=True)
class TaskInput:
    """One task with its candidate sentences: everything a method sees of it (and its reference, to learn)."""

    task: T17Task
    candidates: list[CandidateSentence]

    @cached_property
    def coverage(self) -> Coverage:
        """The candidates within the reference's range, indexed once for learning and predicting."""
        return Coverage(self.candidates, *self.task.date_range)


#: A timeline method: a task's input in, its timeline (exactly ``l`` dates, ``k`` sentences each) out.
Method = Callable[[TaskInput], Timeline]
#: What cross-validation calls on the training tasks to choose a method for the held-out topic.
Trainer = Callable[[Sequence[TaskInput]], Method]


def load_tasks(root: Path, cache_dir: Path | None = None,
               topics: Collection[str] | None = None) -> list[TaskInput]:
    """Every task under ``root`` (of ``topics`` only, if given) with its candidates, saving new tagging."""
    cache_dir = cache_dir or default_cache_dir()
    cache = load_cache(cache_dir)
    size = len(cache)
    inputs = [TaskInput(task, task_candidates(task, cache)) for task in iter_tasks(root, topics)]
    if len(cache) != size:
        save_cache(cache_dir, cache)
    return inputs


def predict(task_input: TaskInput, model: TimelineModel | None = None) -> Timeline:
    """The system timeline for a task: exactly ``l`` dates with ``k`` sentences, within its range."""
    task = task_input.task
    entries = timeline(task_input.coverage, task.n_dates, task.sentences_per_date, model)
    return {e.date: [s.text for s in e.sentences] for e in entries}


@dataclass(frozen=True, slots=True)
class TaskResult:
    task: str
    topic: str
    predicted: Timeline
    scores: TimelineScores


def evaluate(inputs: Iterable[TaskInput], method: Method = predict) -> Iterator[TaskResult]:
    """Predict and score each task."""
    for task_input in inputs:
        predicted = method(task_input)
        yield TaskResult(task_input.task.name, task_input.task.topic, predicted,
                         score_timeline(predicted, [task_input.task.reference]))


def run_tasks(root: Path, cache_dir: Path | None = None,
              topics: Collection[str] | None = None) -> Iterator[TaskResult]:
    """Predict and score every task under ``root`` (of ``topics`` only, if given), saving new tagging."""
    return evaluate(load_tasks(root, cache_dir, topics))


def cross_validate(inputs: Sequence[TaskInput], train: Trainer) -> Iterator[TaskResult]:
    """Leave one topic out: each topic's tasks are predicted by the method ``train`` chose on the others."""
    for topic in sorted({i.task.topic for i in inputs}):
        method = train([i for i in inputs if i.task.topic != topic])
        yield from evaluate((i for i in inputs if i.task.topic == topic), method)


def overall(results: list[TaskResult]) -> TimelineScores:
    """The papers' average over tasks."""
    return average_scores([r.scores for r in results])
