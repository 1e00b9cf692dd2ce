"""How ``dateline eval real`` judges figures: every stored figure for P/R, and apart the ones sure enough to
join a series, which are what the product follows and flags conflicts in."""

from __future__ import annotations

from dateline.evaluation.real.figures import StoredFigure, add_figures
from dateline.evaluation.real.gold import GoldFigure
from dateline.evaluation.real.matching import TextIndex
from dateline.evaluation.real.measures import FigureScores

TEXT = "Police said 12 people were killed and 40 others were hurt. The 3 GW array opened in 2019."


def _stored(value: float, phrase: str, in_series: bool) -> StoredFigure:
    start = TEXT.index(phrase)
    return StoredFigure("a1", value, (start, start + len(phrase)), "Police", in_series)


def test_figures_in_a_series_are_judged_apart_from_all_figures():
    scores = FigureScores()
    gold = [GoldFigure(12, "12 people", "Police"), GoldFigure(40, "40 others", "Police")]
    predicted = [_stored(12, "12 people", True), _stored(40, "40 others", False), _stored(3, "3 GW", True)]
    add_figures(scores, TextIndex(TEXT), gold, predicted, [])
    assert (scores.tally.right, scores.tally.judged) == (2, 3)
    assert (scores.shown_right, scores.shown) == (1, 2)


def test_a_shown_source_is_judged_against_a_named_label_and_a_label_giving_the_figure_to_no_one():
    """The police's 12 is theirs (right); the 40 is the reporter's, so "Police" shown for it is wrong; the 3 is
    labelled with an unnamed source, which any words may describe, so it is not judged."""
    scores = FigureScores()
    gold = [GoldFigure(12, "12 people", "Police"), GoldFigure(40, "40 others", None),
            GoldFigure(3, "3 GW", "ANONYMOUS")]
    predicted = [_stored(12, "12 people", True), _stored(40, "40 others", True), _stored(3, "3 GW", True)]
    add_figures(scores, TextIndex(TEXT), gold, predicted, [])
    assert (scores.sources_shown_right, scores.sources_shown) == (1, 2)
    assert (scores.source_right, scores.sourced) == (1, 1)


def test_a_figure_read_at_a_repeat_of_its_phrase_is_the_labelled_figure():
    """A scrape that prints a sentence twice: the label is read at its first copy, the figure found at the
    second is the same figure, not a wrong one."""
    lead = "Over a hundred farm workers from Oaxaca blocked the highway to the state capital on Friday."
    text = f"{lead}\nThe workers waited at the toll booth.\n{lead}"
    second = text.rindex("Over a hundred")
    scores = FigureScores()
    add_figures(scores, TextIndex(text), [GoldFigure(100, "Over a hundred farm workers", None)],
                [StoredFigure("a1", 100, (second, second + 14), None, True)], [])
    assert (scores.tally.right, scores.tally.judged, scores.tally.found) == (1, 1, 1)
