"""The benchmark's list of labelled quotes no found quote matched (``--missed``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from types import ModuleType

import pytest

from dateline.evaluation.real.gold import GoldArticle, GoldQuote
from dateline.evaluation.real.matching import TextIndex
from dateline.evaluation.real.measures import QuoteScores
from dateline.evaluation.real.quotes import StoredQuote, add_quotes
from dateline.records import Quote

TEXT = ('"We will not back down," Mayor Karen Bass said on Tuesday.\n\n'
        "The governor said the state would send more firefighters to the area.\n\n"
        "Officials said the fire was 40% contained.")
LABELS = (
    GoldQuote("direct", "We will not back down", "Karen Bass"),
    GoldQuote("indirect", "the state would send more firefighters", "Gavin Newsom"),
    GoldQuote("indirect", "the fire was 40% contained", "officials", optional=True),
    GoldQuote("direct", "Evacuation orders remain in place", "Los Angeles Fire Department"),
)


@pytest.fixture
def calibration(benchmark_script: Callable[[str], ModuleType]) -> ModuleType:
    return benchmark_script("speaker_calibration")


def _article() -> GoldArticle:
    return GoldArticle("lat-fire", "dev3", None, {"text": "lat-fire.txt"}, None, False, None, (), LABELS,
                       None, None, None)


def _span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def test_missed_lists_required_labels_no_found_quote_of_their_kind_touches(calibration: ModuleType) -> None:
    found = [Quote(None, "direct", (_span("We will not back down,"),), None, None, speaker="Karen Bass"),
             # a direct quote over an indirect label's words does not match it, as in the eval
             Quote(None, "direct", (_span("the state would send"),), None, None)]
    lost = list(calibration.missed(_article(), "text", "Los Angeles Times", TEXT, found))
    assert [(m.kind, m.speaker, m.text, m.placed) for m in lost] == [
        ("indirect", "Gavin Newsom", "the state would send more firefighters", True),
        ("direct", "Los Angeles Fire Department", "Evacuation orders remain in place", False),
    ]
    assert {(m.article, m.outlet, m.part) for m in lost} == {("lat-fire", "Los Angeles Times", "text")}
    # the eval's own count agrees: every required label is either found or listed
    scores = QuoteScores()
    add_quotes(scores, TextIndex(TEXT), LABELS, [StoredQuote(q.kind, q.content, q.speaker) for q in found], [])
    required = scores.direct.required + scores.indirect.required
    assert required - scores.direct.found - scores.indirect.found == len(lost)


def test_missed_report_counts_per_article_and_outlet(calibration: ModuleType) -> None:
    lost = list(calibration.missed(_article(), "text", "Los Angeles Times", TEXT, []))
    lines = calibration.missed_report(lost)
    assert sum(line.startswith("MISSED ") for line in lines) == 3
    assert lines[-4:] == ["missed per article (3 in all):", f"  {'lat-fire':28}    3",
                          "missed per outlet (3 in all):", f"  {'Los Angeles Times':28}    3"]


def _judged(calibration: ModuleType, outlet: str, evidence: str, shown: bool, right: bool) -> object:
    return calibration.Judged(f"{outlet}-1", outlet, "text", "direct", evidence, 0.9 if shown else 0.4, shown,
                              "Bryan Pagliano", "PERSON", "Elijah Cummings" if not right else "Bryan Pagliano",
                              right, f"“Mr. Pagliano’s testimony …” ({outlet})", 5, {}, ())


def test_change_report_counts_moved_answers_per_class_and_outlet(calibration: ModuleType) -> None:
    """A change that hides a wrong speaker at one outlet: one answer moved, shown precision held or rose
    with every outlet left out."""
    before = [_judged(calibration, "National Journal", "pronoun to speaker", True, False),
              _judged(calibration, "CalMatters", "named", True, True)]
    after = [_judged(calibration, "National Journal", "named in own words", False, False), before[1]]
    assert [(old.evidence, new.evidence) for old, new in calibration.changed(before, after)] == [
        ("pronoun to speaker", "named in own words")]
    assert calibration.change_report(before, after, "direct") == [
        "direct answers changed: 1 over 1 outlets",
        f"  {'named in own words':22}    1 at   1 outlets: Sx->hx 1",
        "  shown right 0.5000 -> 1.0000; held or rose with the outlet left out in 2/2 folds",
    ]


def test_cause_report_counts_why_labelled_quotes_lack_a_right_speaker(calibration: ModuleType) -> None:
    """One quote per cause: lost by the quote finding, found with no candidate, the right candidate below
    the line, a wrong one shown; a right speaker shown has no cause."""
    items = [_judged(calibration, "CalMatters", "named", True, True),
             _judged(calibration, "CalMatters", "unresolved", False, False),
             _judged(calibration, "National Journal", "pronoun past speaker", False, True),
             _judged(calibration, "National Journal", "pronoun past speaker", True, False)]
    lost = list(calibration.missed(_article(), "text", "Los Angeles Times", TEXT, []))
    lines = calibration.cause_report(items, lost, "direct")
    assert [calibration.cause(i) for i in items] == [None, "no candidate", "right below the line", "wrong candidate"]
    assert lines[0] == "direct quotes without a right speaker shown, by cause (5 in all):"
    assert lines[1].split("(")[0].split() == ["not", "found", "2", "over", "1", "outlets"]
    assert lines[-1].split() == ["right", "below", "the", "line", "as", "pronoun", "past", "speaker", "1;", "the",
                                 "class", "right", "0.500", "of", "2", "labelled"]


def test_wilson_lower_end_trusts_a_class_by_its_count(calibration: ModuleType) -> None:
    """Right 10 of 10 is weaker evidence than 99 of 100; the lower end mirrors the upper one a risk uses."""
    assert calibration.wilson_lower(10, 10) == pytest.approx(0.787, abs=0.001)
    assert calibration.wilson_lower(99, 100) == pytest.approx(0.956, abs=0.001)
    assert calibration.wilson_lower(9, 10) + calibration._upper(1, 10) == pytest.approx(1.0)


def test_show_rule_hides_a_class_whose_lower_end_misses_the_floor(calibration: ModuleType) -> None:
    """Named speakers right 30 of 30 show; pronouns right 9 of 10 hide; a class shown twice is too rare to judge
    and keeps its hand-set confidence. Left out, each split is scored with the classes chosen on the other."""
    named = [_judged(calibration, f"Outlet {n % 3}", "named", True, True) for n in range(30)]
    pronouns = [_judged(calibration, "National Journal", "pronoun to speaker", True, n > 0) for n in range(10)]
    rare = [_judged(calibration, "CalMatters", "role by title", True, True) for _ in range(2)]
    items = named + pronouns + rare
    assert calibration.passing(items, 0.9, 10) == {"named", "role by title"}
    lines = calibration.wilson_report(items, {i.article: "dev2" for i in items}, 0.9, 10)
    assert [line.split()[-1] for line in lines[2:5]] == ["shows", "HIDES", "kept"]
    assert lines[2].split()[:5] == ["named", "30", "30", "1.000", "3"]
    # one split only: left out, nothing remains to choose on, so every class is too rare and kept
    assert lines[-2].split()[:3] == ["dev2", "0.976", "(41/42)"]


def test_wrong_indirect_speakers_are_classed_by_the_labels_they_fall_on(calibration: ModuleType) -> None:
    """A shown indirect speaker judged wrong: on an indirect label of another speaker (a), on none but holding a
    labelled direct quote of its speaker (b) or of another (c), or on no label at all (d); a right or hidden
    one has no class."""
    base = replace(_judged(calibration, "Fox News", "named", True, False), kind="indirect")
    items = [base,
             replace(base, gold=None, held="Bryan Pagliano"),
             replace(base, gold=None, held="Elijah Cummings", outlet="HuffPost"),
             replace(base, gold=None, outlet="HuffPost"),
             replace(base, gold="Bryan Pagliano", right=True),
             replace(base, shown=False)]
    assert [calibration.wrong_indirect(i) for i in items] == [*calibration.WRONG_INDIRECT, None, None]
    lines = calibration.wrong_indirect_report(items)
    assert lines[0] == "shown indirect speakers judged wrong: 4 of 5"
    assert lines[3].split() == ["(b)", "held", "quote,", "its", "speaker", "1", "over", "1", "outlets", "(Fox",
                                "News", "1)"]
    assert lines[4] == "      by evidence: named 1"
