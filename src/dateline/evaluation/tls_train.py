"""Train the timeline model (:mod:`dateline.timeline.ranker`) on reference timelines.

    python -m dateline.evaluation.tls_train DIR -o model.json [--cache-dir DIR]

``DIR`` holds stories in the Timeline17 layout (``<Topic>_<outlet>/InputDocs/<YYYY-MM-DD>/*.txt`` and
``timelines/*.txt``, see :mod:`dateline.evaluation.t17`): any user's own stories and journalists'
timelines of them will do. Point ``DATELINE_TIMELINE_MODEL`` at the written file to use it.

Labels come from the reference timelines only: a day is positive if the reference lists it; a sentence
that may report on a listed day is worth its ROUGE against the reference's summary of that day (the mean
of ROUGE-1 and ROUGE-2 F1, as the benchmark's AR-1 and AR-2 score it). The day scorer is a logistic
regression, the sentence scorer a ridge regression, both on standardised features; the listing
threshold is the day score that gives the best date F1 over the training timelines, and the number of
sentences a day their median.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, partial
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.preprocessing import StandardScaler

from dateline.evaluation.rouge import ngram_counts, ngrams, rouge_tokens
from dateline.evaluation.scores import PRF
from dateline.evaluation.t17_eval import Method, TaskInput, Trainer, load_tasks, predict
from dateline.timeline.features import DAY_FEATURES, SENTENCE_FEATURES, Coverage
from dateline.timeline.ranker import LinearScorer, TimelineModel

#: The day scorer's inverse regularisation is chosen among these by leave-one-topic-out on the training
#: stories (few stories, few positive days: the right amount of shrinkage is not known in advance).
DAY_C_GRID = (0.01, 0.1, 1.0)
#: Regularisation of the sentence scorer (scikit-learn's default: with tens of thousands of examples per
#: feature it barely matters).
SENTENCE_ALPHA = 1.0


@dataclass(frozen=True)
class StoryExamples:
    """One reference timeline's training examples: its story's candidate days and the sentences of the
    days it lists."""

    topic: str
    days: list[date]
    day_rows: np.ndarray
    reference: frozenset[date]
    sentence_rows: np.ndarray
    sentence_targets: np.ndarray
    #: The reference's mean number of sentences a day.
    sentences_per_day: float


def story_examples(topic: str, coverage: Coverage, reference: Mapping[date, Sequence[str]]) -> StoryExamples:
    """Day and sentence examples of one story (its coverage cut to the reference's range)."""
    rows, targets = [np.zeros((0, len(SENTENCE_FEATURES)))], [np.zeros(0)]
    for day in reference:
        summary = _grams(tuple(reference[day]))
        pool, features = coverage.sentence_features(day)
        rows.append(features)
        targets.append(np.array([sentence_rouge(_grams((coverage.usable[r].text,)), summary) for r in pool]))
    return StoryExamples(topic, coverage.days, coverage.day_features(), frozenset(reference),
                         np.vstack(rows), np.concatenate(targets),
                         sum(map(len, reference.values())) / len(reference))


#: A text's unigram and bigram counts, as ROUGE-1 and ROUGE-2 compare them.
Grams = tuple[Counter[tuple[str, ...]], Counter[tuple[str, ...]]]


@cache
def _grams(sentences: tuple[str, ...]) -> Grams:
    tokens = rouge_tokens(sentences)
    return ngrams(tokens, 1), ngrams(tokens, 2)


def sentence_rouge(sentence: Grams, summary: Grams) -> float:
    """Mean of the ROUGE-1 and ROUGE-2 F1 of a sentence against a reference day's summary."""
    f1 = []
    for predicted, reference in zip(sentence, summary):
        counts = ngram_counts(predicted, [reference])
        f1.append(PRF(_ratio(counts.hits, counts.predicted), _ratio(counts.hits, counts.reference)).f1)
    return sum(f1) / 2


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def fit_model(stories: Sequence[StoryExamples], trained_on: str) -> TimelineModel:
    """The day and sentence scorers and the listing threshold, fitted on ``stories``."""
    days = fit_day_scorer(stories, day_regularisation(stories))
    sentence_rows = np.vstack([s.sentence_rows for s in stories])
    sentence_targets = np.concatenate([s.sentence_targets for s in stories])
    sentences = _fit(Ridge(alpha=SENTENCE_ALPHA), SENTENCE_FEATURES, sentence_rows, sentence_targets)
    per_day = max(1, round(float(np.median([s.sentences_per_day for s in stories]))))
    return TimelineModel(days, sentences, listing_threshold(days, stories), per_day, trained_on)


def fit_day_scorer(stories: Sequence[StoryExamples], c: float) -> LinearScorer:
    """Logistic regression of "the reference lists the day" on the day features."""
    rows = np.vstack([s.day_rows for s in stories])
    labels = np.concatenate([[d in s.reference for d in s.days] for s in stories])
    return _fit(LogisticRegression(C=c, max_iter=1000), DAY_FEATURES, rows, labels)


def day_regularisation(stories: Sequence[StoryExamples]) -> float:
    """The value of :data:`DAY_C_GRID` whose day scorer, trained without a topic, best ranks that topic's
    days (date F1 of its top ``l`` days, papers' averaging); the middle one with fewer than three topics."""
    topics = sorted({s.topic for s in stories})
    if len(topics) < 3:
        return DAY_C_GRID[len(DAY_C_GRID) // 2]

    def held_out_f1(c: float) -> float:
        prf = []
        for topic in topics:
            scorer = fit_day_scorer([s for s in stories if s.topic != topic], c)
            prf += [_top_days_prf(s, scorer.score(s.day_rows)) for s in stories if s.topic == topic]
        return _mean_f1(prf)

    return max(DAY_C_GRID, key=held_out_f1)


def _fit(estimator: LogisticRegression | Ridge, names: tuple[str, ...], rows: np.ndarray,
         labels: np.ndarray) -> LinearScorer:
    scaler = StandardScaler().fit(rows)
    estimator.fit(scaler.transform(rows), labels)
    return LinearScorer(names, scaler.mean_, scaler.scale_, np.ravel(estimator.coef_),
                        float(np.ravel(estimator.intercept_)[0]))


def _top_days_prf(story: StoryExamples, scores: np.ndarray) -> PRF:
    """Date precision and recall of the story's ``l`` best-scored days (``l``: the reference's length)."""
    top = {story.days[i] for i in np.argsort(-scores, kind="stable")[:len(story.reference)]}
    return _date_prf(top, story.reference)


def _date_prf(listed: set[date], reference: frozenset[date]) -> PRF:
    hits = len(listed & reference)
    return PRF(hits / len(listed), hits / len(reference))


def _mean_f1(prf: Sequence[PRF]) -> float:
    """F1 of the mean precision and mean recall (the papers' averaging)."""
    return PRF(float(np.mean([p.precision for p in prf])), float(np.mean([p.recall for p in prf]))).f1


def listing_threshold(days: LinearScorer, stories: Sequence[StoryExamples]) -> float:
    """The day score above which listing days gives the best date F1 (papers' averaging) on ``stories``,
    the best-scored day of a story being listed whatever its score."""
    scores = [days.score(s.day_rows) for s in stories]
    candidates = np.unique(np.quantile(np.concatenate(scores), np.linspace(0.5, 1.0, 101)))

    def date_f1(threshold: float) -> float:
        return _mean_f1([_listing_prf(story, story_scores, threshold)
                         for story, story_scores in zip(stories, scores)])

    return float(max(candidates, key=date_f1))


def _listing_prf(story: StoryExamples, scores: np.ndarray, threshold: float) -> PRF:
    listed = {d for d, s in zip(story.days, scores) if s >= threshold} | {story.days[int(np.argmax(scores))]}
    return _date_prf(listed, story.reference)


def task_examples(task_input: TaskInput) -> StoryExamples:
    """The training examples of one task: its coverage within the reference's range, labelled by it."""
    return story_examples(task_input.task.topic, task_input.coverage, task_input.task.reference)


def model_trainer() -> Trainer:
    """A trainer that fits the timeline model on the training tasks' reference timelines; each task's
    examples are built once per run."""
    examples: dict[str, StoryExamples] = {}

    def train(inputs: Sequence[TaskInput]) -> Method:
        for i in inputs:
            if i.task.name not in examples:
                examples[i.task.name] = task_examples(i)
        topics = sorted({i.task.topic for i in inputs})
        model = fit_model([examples[i.task.name] for i in inputs], f"Timeline17 topics {', '.join(topics)}")
        return partial(predict, model=model)

    return train


def main() -> None:
    parser = argparse.ArgumentParser(description="Train the timeline model on reference timelines.")
    parser.add_argument("data_dir", type=Path, help="stories in the Timeline17 layout")
    parser.add_argument("-o", "--out", type=Path, required=True, help="the model file to write")
    parser.add_argument("--cache-dir", type=Path, default=None, help="where tagged sentences are cached")
    args = parser.parse_args()
    inputs = load_tasks(args.data_dir, args.cache_dir)
    topics = sorted({i.task.topic for i in inputs})
    trained_on = f"{args.data_dir.name}: {len(inputs)} timelines of {len(topics)} topics ({', '.join(topics)})"
    fit_model([task_examples(i) for i in inputs], trained_on).save(args.out)
    print(f"wrote {args.out} ({trained_on})")


if __name__ == "__main__":
    main()
