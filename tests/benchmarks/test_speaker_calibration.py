"""The benchmark's list of labelled quotes no found quote matched (``--missed``)."""

from __future__ import annotations

from collections.abc import Callable
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
