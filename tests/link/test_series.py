from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from dateline.counts import figure_confidence, series_key
from dateline.link.series import KeyedPoint, confirmed, figure_series
from dateline.records import Figure, SeriesPoint


def figure(value: float, what: str, qualifier: str | None = None, source: str | None = None,
           article: str | None = None) -> Figure:
    """A figure of its own article unless ``article`` says which: reports that disagree come from two. Its
    confidence is what its source and counted noun give it, as the extractor scores it."""
    stated = Figure(article or f"{value} {what}", value, str(value), (0, 1), qualifier, what, source, None, (0, 1))
    return replace(stated, confidence=figure_confidence(stated))


def keyed(points: list[SeriesPoint]) -> list[KeyedPoint]:
    """Each point with the key the store would keep for it."""
    return [(series_key(point.figure.what), point) for point in points]


def test_hostages_taken_240_versus_251_is_a_conflict():
    [series] = figure_series(keyed([
        SeriesPoint(figure(251, "captives taken"), "2024-08-15"),
        SeriesPoint(figure(240, "hostages seized on Oct. 7", source="Qatar"), "2023-11-28"),
    ]))
    assert [p.figure.value for p in series.points] == [240, 251]
    assert series.conflicts == ((0, 1),)
    assert series.conflict_confidence == (0.6,)  # a one-time event: as sure as the unsourced 251 (.6)


def test_two_numbers_of_one_thing_in_one_article_are_two_groups_not_a_conflict():
    [series] = figure_series(keyed([
        SeriesPoint(figure(83, "people wounded in the attack", article="a"), "2019-11-18"),
        SeriesPoint(figure(42, "other people wounded in the attack", article="a"), "2019-11-18"),
    ]))
    assert series.conflicts == ()


def test_counts_that_say_nothing_happened_to_them_never_conflict():
    [series] = figure_series(keyed([
        SeriesPoint(figure(25_000_000, "people"), "2019-11-18"),
        SeriesPoint(figure(28, "people"), "2019-11-18"),
    ]))
    assert series.key == "people:" and series.conflicts == ()


def test_a_lower_bound_fits_a_later_exact_count():
    [series] = figure_series(keyed([
        SeriesPoint(figure(200, "people kidnapped", "more than"), "2023-10-22"),
        SeriesPoint(figure(240, "people kidnapped"), "2023-11-28"),
    ]))
    assert series.conflicts == ()


def test_death_tolls_grow_without_conflict_but_not_on_one_day():
    points = [SeriesPoint(figure(v, "Palestinians killed in Gaza"), d)
              for v, d in ((20000, "2023-12-21"), (40223, "2024-08-15"), (39000, "2024-08-15"))]
    [series] = figure_series(keyed(points))
    assert [p.figure.value for p in series.points] == [20000, 40223, 39000]
    assert series.conflicts == ((1, 2),)


def test_undated_reports_of_a_changing_count_conflict_only_below_the_line():
    """Two undated reports may be two days' counts: their conflict is kept for audit, and the pages do not flag
    it; an undated report is never compared with a dated one."""
    points = [SeriesPoint(figure(v, "Palestinians killed in Gaza"), None) for v in (20000, 40223)]
    [series] = figure_series(keyed(points))
    assert series.conflicts == ((0, 1),) and series.conflict_confidence == (0.3,)
    assert confirmed(series).conflicts == ()
    dated = [SeriesPoint(figure(20000, "Palestinians killed in Gaza"), "2023-12-21"), points[1]]
    assert figure_series(keyed(dated))[0].conflicts == ()


def test_many_reports_of_two_numbers_make_one_conflict_and_flag_every_report():
    """Conflicts are between claims, not reports: a big store repeating two numbers stays one pair."""
    points = [SeriesPoint(figure(value, "hostages taken"), f"2023-11-{day:02d}")
              for day in range(1, 29) for value in (240, 251, 250)]
    [series] = figure_series(keyed(points))
    assert [(series.points[i].figure.value, series.points[j].figure.value) for i, j in series.conflicts] == [
        (240, 251), (240, 250), (251, 250)]
    assert series.conflicting() == frozenset(range(len(points)))


def test_linking_the_seed_corpus_saves_the_hostages_taken_conflict(seed_db: Path) -> None:
    """Seed 003 has Qatar's 240 hostages seized on Oct. 7, seed 002 "251 captives were taken": the link stage
    saves one series with one conflict, as the whole store's reports (the exports), the whole store's claims
    and the seed storyline's claims (the figures pages)."""
    with sqlite3.connect(seed_db) as conn:
        assert conn.execute("SELECT stale FROM figure_claims_state").fetchone() == (0,)
        (storyline_id,) = conn.execute("SELECT id FROM storylines").fetchone()
        saved = conn.execute("""SELECT storyline_id, points, what FROM figure_series
                                WHERE series_key = 'hostages:taken' ORDER BY 1, 2""").fetchall()
        points = conn.execute("""SELECT p.storyline_id, p.points, p.position, f.value, f.source, f.text, p.reports,
                                        p.claim
                                 FROM figure_series_points p JOIN figures f ON f.id = p.figure_id
                                 WHERE p.series_key = 'hostages:taken' ORDER BY 1, 2, 3""").fetchall()
        conflicts = conn.execute("""SELECT storyline_id, points, first, second, confidence FROM figure_series_conflicts
                                    WHERE series_key = 'hostages:taken' ORDER BY 1, 2""").fetchall()
    scopes = [("", "claims"), ("", "reports"), (storyline_id, "claims")]
    assert saved == [(*scope, "hostages seized on Oct. 7") for scope in scopes]
    assert points == [(*scope, *point) for scope in scopes
                      for point in ((0, 240, "Qatar", "240", 1, 0), (1, 251, None, "251", 1, 1))]
    assert conflicts == [(*scope, 0, 1, 0.6) for scope in scopes]


def test_one_past_periods_toll_conflicts_across_report_days() -> None:
    """The Black Death toll in Europe as two outlets gave it (plague-china): "an estimated 25 million" allows 22.5
    to 27.5 million, "more than 50 million" anything above 50 million; both count the fourteenth century's
    dead, so the day each was reported does not matter."""
    [series] = figure_series(keyed([
        SeriesPoint(figure(25_000_000, "people killed in Europe alone in the 14th Century", "an estimated"),
                    "2019-11-18"),
        SeriesPoint(figure(50_000_000, "deaths in Europe during the fourteenth century", "more than"), None),
    ]))
    assert series.key == "people:killed" and series.conflicts == ((0, 1),)
    assert series.conflict_confidence == (0.6,)  # a closed period's count: as sure as the unsourced tolls


def test_a_lower_bound_below_a_count_is_no_conflict_nor_are_other_periods_or_places() -> None:
    [series] = figure_series(keyed([
        SeriesPoint(figure(20, "people killed in Valencia", "more than"), "2024-02-24"),
        SeriesPoint(figure(25, "people killed in Valencia"), "2024-02-24"),
    ]))
    assert series.conflicts == ()
    [series] = figure_series(keyed([
        SeriesPoint(figure(25_000_000, "people killed in Europe in the 14th Century", "an estimated"), "2019-11-18"),
        SeriesPoint(figure(584, "deaths between 2010 and 2015"), "2019-11-18"),
        SeriesPoint(figure(100, "people killed in Kyiv"), "2019-11-18"),
        SeriesPoint(figure(3, "people killed in Lviv"), "2019-11-18"),
    ]))
    assert series.conflicts == ()


def test_a_range_agrees_with_what_it_overlaps_and_conflicts_with_what_it_does_not() -> None:
    """"20 to 25" fits "at least 22" but not "30"."""
    def ranged(low: float, text: str, qualifier: str | None = None) -> Figure:
        return Figure(text, low, text, (0, 1), qualifier, "people killed in Valencia", None, None, (0, 1))

    [series] = figure_series(keyed([SeriesPoint(ranged(20, "20 to 25"), "2024-02-24"),
                                    SeriesPoint(ranged(22, "22", "at least"), "2024-02-24"),
                                    SeriesPoint(ranged(30, "30"), "2024-02-24")]))
    assert series.conflicts == ((0, 2),)


def test_two_sources_tolls_on_one_day_conflict_but_less_surely_than_a_fixed_count() -> None:
    """Two ministries' tolls of one day: a changing count may still move within the day (.9 times .8)."""
    [series] = figure_series(keyed([
        SeriesPoint(figure(40223, "Palestinians killed in Gaza", source="the Gaza Health Ministry"), "2024-08-15"),
        SeriesPoint(figure(39000, "Palestinians killed in Gaza", source="the Israeli military"), "2024-08-15"),
    ]))
    assert series.conflicts == ((0, 1),) and series.conflict_confidence == (0.72,)
    assert confirmed(series).conflicts == ((0, 1),)


def test_one_source_revising_its_own_count_is_an_unconfirmed_conflict_kept_with_its_confidence() -> None:
    """The Health Ministry (so written, or "the Health Ministry") giving 40,223 and 39,000 the same day is an
    update, not a dispute: .9 times .5, below the line, so the pages flag none, yet the series keeps it."""
    [series] = figure_series(keyed([
        SeriesPoint(figure(40223, "Palestinians killed in Gaza", source="the Health Ministry"), "2024-08-15"),
        SeriesPoint(figure(39000, "Palestinians killed in Gaza", source="Health Ministry"), "2024-08-15"),
    ]))
    assert series.conflicts == ((0, 1),) and series.conflict_confidence == (0.45,)
    assert confirmed(series).conflicts == () and confirmed(series).conflicting() == frozenset()


def test_an_unsourced_toll_against_another_on_one_day_is_unconfirmed() -> None:
    """Neither toll names who counted it (.6 each), and a day's toll may move: .6 times .8 is below the line."""
    points = [SeriesPoint(figure(v, "Palestinians killed in Gaza"), d)
              for v, d in ((20000, "2023-12-21"), (40223, "2024-08-15"), (39000, "2024-08-15"))]
    [series] = figure_series(keyed(points))
    assert series.conflicts == ((1, 2),) and series.conflict_confidence == (0.48,)


def test_a_claim_is_as_sure_as_its_surest_report() -> None:
    """The unsourced 251 is the first to state its claim, but a later report attributes the same 251 to Israel:
    the conflict with Qatar's 240 rests on two sourced counts (.9), not on the bare one (.6)."""
    [series] = figure_series(keyed([
        SeriesPoint(figure(240, "hostages seized on Oct. 7", source="Qatar"), "2023-11-28"),
        SeriesPoint(figure(251, "captives taken"), "2024-08-15"),
        SeriesPoint(figure(251, "hostages taken", source="Israel"), "2024-08-16"),
    ]))
    assert series.conflicts == ((0, 1),) and series.conflict_confidence == (0.9,)
