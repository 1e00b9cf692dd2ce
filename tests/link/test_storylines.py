"""Storyline grouping on real text: the seeds are one story; an unrelated story stays apart, and so does a report
on the same subject far apart in time; the blocked, sparse grouping is the dense one's on Timeline17, and never
holds an articles-by-articles array."""

from __future__ import annotations

import math
import re
import sqlite3
import tracemalloc
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from dateline.link import storylines
from dateline.link.storylines import (
    FAR_APART,
    FAR_APART_PENALTY,
    SAME_REPORT_THRESHOLD,
    STORY_THRESHOLD,
    Spans,
    apply_moves,
    average_linkage,
    best_match,
    consolidate_storylines,
    far_apart,
    far_apart_penalty,
    fitted_vectors,
    group_storylines,
    merge_close_groups,
    publication_spans,
    single_pass,
    stored_vectors,
    summed,
)
from dateline.records import StorylineArticle
from dateline.store.storylines import storyline_articles

OIL_SPILL = [
    "BP said on Tuesday that oil was still leaking from its Deepwater Horizon well off the Gulf of Mexico coast, "
    "and the coast guard widened the spill response along the Louisiana coast as crude reached the marshes.",
    "The coast guard said the Gulf of Mexico oil spill from BP's Deepwater Horizon well had reached the "
    "Louisiana marshes, and BP engineers tried again to cap the leaking well with a containment dome.",
]


def _seeds(seed_db: Path) -> list[StorylineArticle]:
    """The seed articles as the build's storyline stage reads them: text, and the entities merged across them."""
    with sqlite3.connect(seed_db) as conn:
        return storyline_articles(conn)


def test_seed_corpus_is_one_storyline(seed_db: Path) -> None:
    seeds = _seeds(seed_db)
    (storyline,) = group_storylines(seeds)
    assert sorted(storyline.article_ids) == sorted(a.article_id for a in seeds)


def test_words_alone_split_the_seeds_and_shared_actors_hold_them_together(seed_db: Path) -> None:
    """Ten months of talks share few words from one report to the next; Blinken, Hamas and Qatar join them."""
    seeds = _seeds(seed_db)
    assert len(group_storylines([replace(a, entities=()) for a in seeds])) > 1
    assert len(group_storylines(seeds)) == 1


def test_unrelated_story_is_its_own_storyline(seed_db: Path) -> None:
    oil = [StorylineArticle(f"oil{i}", date(2010, 5, 4 + i), "BP fights Gulf oil spill", text)
           for i, text in enumerate(OIL_SPILL)]
    seeds = _seeds(seed_db)
    storylines = group_storylines(seeds + oil)
    assert sorted(sorted(s.article_ids) for s in storylines) == [sorted(a.article_id for a in seeds),
                                                                ["oil0", "oil1"]]
    oil_line = next(s for s in storylines if "oil0" in s.article_ids)
    assert (oil_line.id, oil_line.title) == ("s-oil0", "BP fights Gulf oil spill")


#: BP's settlement with the spill's claimants, as alike to :data:`OIL_SPILL`'s reports as one story's (a mean cosine
#: of .235), not as one report's.
OIL_SETTLEMENT = ("BP agreed to pay billions to settle the claims of fishermen and businesses over the oil spill "
                  "from its Deepwater Horizon well off the Gulf of Mexico coast.")


@pytest.mark.parametrize(("day", "together"), [(date(2010, 5, 20), True),
                                               (date(2010, 5, 5) + timedelta(FAR_APART), True),
                                               (date(2012, 3, 2), False), (None, True)])
def test_a_report_far_apart_in_time_joins_only_on_strong_evidence(day: date | None, together: bool) -> None:
    """The settlement joins the spill's reports when published within :data:`FAR_APART` days of them, not two
    years later; undated, it is near every day, so it joins as it would by its words alone."""
    spill = [StorylineArticle(f"oil{i}", date(2010, 5, 4 + i), None, text) for i, text in enumerate(OIL_SPILL)]
    grouped = group_storylines([*spill, StorylineArticle("settlement", day, None, OIL_SETTLEMENT)])
    assert len(grouped) == (1 if together else 2)


def test_a_publication_range_is_far_apart_only_where_it_ends_far_apart() -> None:
    """An article known only to fall within 2011 is near a report of June 2011 and of December 2010, far from
    one of 2013 (a year and two days on: two steps of :data:`FAR_APART`)."""
    ranged = StorylineArticle("ranged", date(2011, 1, 1), None, "", last_day=date(2011, 12, 31))
    spans = publication_spans([ranged, *(StorylineArticle(str(d), d, None, "") for d in
                                         (date(2011, 6, 1), date(2010, 12, 1), date(2013, 1, 1)))])
    assert spans.penalties(spans.first[0], spans.last[0]).tolist() == pytest.approx([0.0, 0.0, 0.0,
                                                                                      2 * FAR_APART_PENALTY])


def test_the_longer_the_silence_between_two_ranges_the_more_is_taken_off() -> None:
    """Within :data:`FAR_APART` days nothing; then one penalty for each further :data:`FAR_APART` begun: a
    report four years on needs far more likeness than one seven months on."""
    gaps = np.array([0.0, FAR_APART, FAR_APART + 1, 2 * FAR_APART, 2 * FAR_APART + 1, 4 * 365])
    assert far_apart_penalty(gaps).tolist() == pytest.approx([0.0, 0.0, FAR_APART_PENALTY, FAR_APART_PENALTY,
                                                               2 * FAR_APART_PENALTY, 8 * FAR_APART_PENALTY])


def test_a_storyline_is_far_apart_from_an_article_when_their_ranges_are() -> None:
    """A new article of March 2012 is far from a storyline of May 2010, near one that ran on into 2012, and near
    one whose articles are undated; an undated article is near every storyline."""
    ranges = {"s-2010": (date(2010, 5, 4), date(2010, 5, 30)), "s-on": (date(2010, 5, 4), date(2012, 1, 10)),
              "s-undated": (None, None)}
    assert far_apart(StorylineArticle("new", date(2012, 3, 2), None, ""), ranges) == {
        "s-2010": pytest.approx(3 * FAR_APART_PENALTY)}
    assert far_apart(StorylineArticle("new", None, None, ""), ranges) == {}


def test_moves_join_an_anchor_or_stand_alone() -> None:
    groups = [[0, 1, 2], [3]]
    ids = ["a", "b", "c", "d"]
    assert apply_moves(groups, ids, {"b": "d"}) == [[0, 2], [1, 3]]
    assert apply_moves(groups, ids, {"c": "c"}) == [[0, 1], [3], [2]]


def test_seed_storyline_is_titled_by_what_happened(seed_db: Path) -> None:
    """The lead event of the most central article with one (actor, deed, target, told by the article
    itself), not a headline that only says who travelled where."""
    (storyline,) = group_storylines(_seeds(seed_db))
    assert storyline.title == ("US President Joe Biden pressed Israeli Prime Minister Benjamin Netanyahu to strike "
                               "a cease-fire agreement with Hamas")


def test_new_articles_are_weighed_and_joined_as_the_consolidation_groups(seed_db: Path) -> None:
    """A stored storyline's summed unit vectors give an article's mean cosine to its articles (average
    linkage), the stored vocabulary weighs an article as the consolidation did, and a word it never saw
    weighs nothing."""
    seeds = _seeds(seed_db)
    unit, idf = fitted_vectors(seeds)
    dense, terms = unit.toarray(), list(idf)
    for i, vector in enumerate(stored_vectors(seeds, idf)):
        assert vector == pytest.approx(summed(unit, [i], terms))
    first, rest = dense[0], summed(unit, range(1, len(seeds)), terms)
    mean_cosine = float(np.mean(dense[1:] @ first))
    assert sum(rest[t] * first[terms.index(t)] for t in rest) / (len(seeds) - 1) == pytest.approx(mean_cosine)
    assert mean_cosine >= STORY_THRESHOLD
    assert stored_vectors([StorylineArticle("new", None, None, "Zebras quokkas axolotls")], idf) == [{}]


def test_an_article_joins_the_storyline_most_like_it_on_average_if_enough() -> None:
    assert best_match({"s-a": STORY_THRESHOLD - 0.01, "s-b": STORY_THRESHOLD + 0.01}) == "s-b"
    assert best_match({"s-a": STORY_THRESHOLD + 0.05, "s-b": STORY_THRESHOLD + 0.01},
                      {"s-a": FAR_APART_PENALTY}) == "s-b"
    assert best_match({"s-a": SAME_REPORT_THRESHOLD}, {"s-a": FAR_APART_PENALTY}) == "s-a"
    assert best_match({"s-a": 0.5, "s-b": 0.5}) == "s-a"
    assert best_match({"s-a": STORY_THRESHOLD - 0.01}) is None
    assert best_match({}) is None


_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*")


def _t17_articles(documents: list[Path], lines: int | None = None) -> list[StorylineArticle]:
    """Timeline17 input documents (their first ``lines`` lines), runs of capitalised words standing in for
    merged entities."""
    articles = []
    for path in documents:
        kept = [line.strip() for line in path.read_text("utf-8", errors="replace").splitlines() if line.strip()]
        text = " ".join(kept[:lines])
        articles.append(StorylineArticle(f"{path.parts[-4]}/{path.parent.name}/{path.name}",
                                         date.fromisoformat(path.parent.name), kept[0] if kept else None, text,
                                         tuple(m.group() for m in _NAME.finditer(text))))
    return articles


def _far_apart(first: list[int], last: list[int], day_first: int, day_last: int) -> np.ndarray:
    """:data:`FAR_APART_PENALTY` for each :data:`FAR_APART` begun beyond the first between each range (``first``,
    ``last``: day ordinals) and the other."""
    gaps = [max(0, day_first - b, a - day_last) for a, b in zip(first, last, strict=True)]
    return np.array([FAR_APART_PENALTY * max(0, math.ceil(gap / FAR_APART) - 1) for gap in gaps])


def _dense_grouping(unit: Any, days: list[int]) -> list[list[int]]:
    """The grouping as it was computed before it was blocked, every row dated (``days``: ordinals): a single pass
    over dense rows and centroids, then average linkage over a groups-by-groups matrix, the best pair (first by
    row, then column) merged each round, each likeness less the penalty for ranges far apart."""
    rows = unit.toarray()
    sums = np.zeros((0, rows.shape[1]))
    groups: list[list[int]] = []
    for i, row in enumerate(rows):
        lengths = np.linalg.norm(sums, axis=1) * np.linalg.norm(row)
        similarity = np.divide(sums @ row, lengths, out=np.zeros_like(lengths), where=lengths > 0)
        similarity -= _far_apart([min(days[j] for j in g) for g in groups], [max(days[j] for j in g) for g in groups],
                                 days[i], days[i])
        if groups and similarity.max() >= SAME_REPORT_THRESHOLD:
            sums[int(np.argmax(similarity))] += row
            groups[int(np.argmax(similarity))].append(i)
        else:
            sums = np.vstack([sums, row])
            groups.append([i])
    dots, sizes = sums @ sums.T, np.array([len(group) for group in groups], dtype=float)
    alive = np.ones(len(groups), dtype=bool)
    while alive.sum() > 1:
        first, last = [min(days[j] for j in g) for g in groups], [max(days[j] for j in g) for g in groups]
        similarity = dots / np.outer(sizes, sizes) - np.array([_far_apart(first, last, a, b)
                                                               for a, b in zip(first, last, strict=True)])
        similarity[~alive, :] = similarity[:, ~alive] = -1.0
        np.fill_diagonal(similarity, -1.0)
        a, b = sorted(np.unravel_index(int(np.argmax(similarity)), similarity.shape))
        if similarity[a, b] < STORY_THRESHOLD:
            break
        dots[a, :] += dots[b, :]
        dots[:, a] += dots[:, b]
        sizes[a] += sizes[b]
        alive[b] = False
        groups[a] += groups[b]
    return sorted(sorted(group) for group, keep in zip(groups, alive) if keep)


@pytest.fixture(scope="module")
def t17_mix(t17_dir: Path) -> list[StorylineArticle]:
    """Three Timeline17 topics in one store: the oil spill, the flu, the war in Libya."""
    return [a for topic in ("bpoil_bbc", "H1N1_reuters", "LibyaWar_cnn")
            for a in _t17_articles(sorted((t17_dir / topic / "InputDocs").glob("*/*"))[:60])]


def test_the_blocked_grouping_is_the_dense_one_on_timeline17(t17_mix: list[StorylineArticle]) -> None:
    ordered = sorted(t17_mix, key=lambda a: a.day or date.min)
    unit, _ = fitted_vectors(ordered)
    spans = publication_spans(ordered)
    dense = _dense_grouping(unit, [a.day.toordinal() for a in ordered if a.day])
    assert merge_close_groups(single_pass(unit, spans), unit, spans) == dense
    assert (len(ordered), len(dense), max(len(group) for group in dense)) == (180, 85, 23)


def test_blocks_of_any_size_group_alike(t17_mix: list[StorylineArticle], monkeypatch: pytest.MonkeyPatch) -> None:
    """A block of a few cells takes one row at a time against the groups: every path through the blocks."""
    grouped = consolidate_storylines(t17_mix).storylines
    monkeypatch.setattr(storylines, "BLOCK_CELLS", 40)
    assert consolidate_storylines(t17_mix).storylines == grouped


def test_the_grouping_never_holds_an_articles_by_articles_array(t17_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every Timeline17 input document, by its first three lines (3,083 articles), in blocks of 2¹⁶ cells: what
    the grouping allocates at its peak, its rows given, is a fraction of one float64 array of articles by
    articles (73 MiB) and a sliver of the dense rows (articles by words); most of it is the largest group of
    groups that may merge (:func:`average_linkage` over their dot products)."""
    articles = _t17_articles(sorted(t17_dir.glob("*/InputDocs/*/*")), lines=3)
    unit, _ = fitted_vectors(articles)
    monkeypatch.setattr(storylines, "BLOCK_CELLS", 1 << 16)
    tracemalloc.start()
    spans = publication_spans(articles)
    groups = merge_close_groups(single_pass(unit, spans), unit, spans)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert sum(len(group) for group in groups) == len(articles) == 3083
    assert peak < len(articles) ** 2 * 8 / 5
    assert peak < unit.shape[0] * unit.shape[1] * 8 / 25


def test_average_linkage_merges_the_most_alike_pair_first_and_the_first_of_ties() -> None:
    """Groups 0, 1, 2 of one article each: 0-1 and 1-2 alike at .5, 0-2 at .1. The first tie (0-1) merges;
    {0, 1} is then .3 like 2 (the mean of .5 and .1), so it merges too; a threshold above that keeps 2 apart."""
    dots = np.array([[1.0, 0.5, 0.1], [0.5, 1.0, 0.5], [0.1, 0.5, 1.0]])
    assert average_linkage(dots.copy(), np.ones(3), _undated(3)) == [[0, 1, 2]]
    dots[0, 2] = dots[2, 0] = -0.15
    assert average_linkage(dots.copy(), np.ones(3), _undated(3)) == [[0, 1], [2]]


def test_a_merged_group_is_far_apart_from_what_is_far_from_all_of_it() -> None:
    """Groups 0 and 1 (days 0 and 100) merge; group 2 (day 250) is far from 0, near 1, and alike to both at .25:
    the merged group's range reaches day 100, so 2 joins it; on day 400 it stays apart."""
    dots = np.array([[1.0, 0.5, 0.25], [0.5, 1.0, 0.25], [0.25, 0.25, 1.0]])
    for day, merged in ((250.0, [[0, 1, 2]]), (400.0, [[0, 1], [2]])):
        days = np.array([0.0, 100.0, day])
        assert average_linkage(dots.copy(), np.ones(3), Spans(days, days.copy())) == merged


def _undated(rows: int) -> Spans:
    return Spans(np.full(rows, np.nan), np.full(rows, np.nan))


def test_a_pair_is_titled_by_its_earlier_article() -> None:
    """Both articles of a pair are as close to its centre: the earlier one tells the story."""
    oil = [StorylineArticle(f"oil{i}", date(2010, 5, 4 + i), title, text)
           for i, (title, text) in enumerate(zip(("BP fights Gulf oil spill", "Oil reaches Louisiana marshes"),
                                                 OIL_SPILL, strict=True))]
    for articles in (oil, oil[::-1]):
        (storyline,) = group_storylines(articles)
        assert storyline.title == "BP fights Gulf oil spill"
