"""How ``dateline eval real`` judges quotes (``dateline.evaluation.real.quotes``): by place, at every copy of
a quote the page prints twice."""

from __future__ import annotations

from dateline.evaluation.real.gold import GoldQuote
from dateline.evaluation.real.matching import TextIndex
from dateline.evaluation.real.measures import QuoteScores
from dateline.evaluation.real.quotes import StoredQuote, add_quotes, quote_region

TEXT = ('Ortega described a tense evening: "I’m deeply afraid that the anger stirred up at these rallies will end '
        'with someone being injured," she said.\n'
        'Ortega said the mood had turned. "I’m deeply afraid that the anger stirred up at these rallies will end '
        'with someone being injured," she said.')
LABEL = GoldQuote("direct", "I'm deeply afraid that the anger stirred up", "Lena Ortega")


def _quote_at(occurrence: int, speaker: str | None) -> StoredQuote:
    start = -1
    for _ in range(occurrence):
        start = TEXT.index("I’m deeply", start + 1)
    end = TEXT.index(',"', start)
    return StoredQuote("direct", ((start, end),), speaker)


def test_a_direct_quote_s_region_runs_to_its_closing_mark_at_each_copy():
    region = quote_region(TextIndex(TEXT), LABEL, [])
    assert region is not None
    assert TEXT[region.at[0]:region.at[1]].endswith('being injured,"')
    assert len(region.copies) == 1 and TEXT[region.copies[0][0]:region.copies[0][1]].endswith('being injured,"')


def test_a_quote_read_at_the_repeated_copy_is_the_labelled_quote():
    """Before, the label sat at the first copy only and a prediction on the second was a wrong quote and a
    wrong shown speaker."""
    scores = QuoteScores()
    add_quotes(scores, TextIndex(TEXT), [LABEL], [_quote_at(2, "Ortega")], [])
    assert (scores.direct.right, scores.direct.judged, scores.direct.found) == (1, 1, 1)
    assert (scores.shown_right, scores.shown, scores.speaker_right) == (1, 1, 1)


def test_the_label_s_own_copy_gives_its_speaker_when_both_copies_are_read():
    scores = QuoteScores()
    add_quotes(scores, TextIndex(TEXT), [LABEL], [_quote_at(2, None), _quote_at(1, "Ortega")], [])
    assert (scores.direct.right, scores.direct.judged, scores.direct.found) == (2, 2, 1)
    assert scores.speaker_right == 1


def test_shown_indirect_speakers_are_counted_apart_from_direct_ones():
    """A shown indirect speaker is judged as a shown direct one is: right only where it matches a required
    label and names its speaker; a quote with no speaker shown is not counted."""
    text = "Police said the road would stay closed. The council said it would reopen the bridge next week."
    gold = [GoldQuote("indirect", "the road would stay closed", "police"),
            GoldQuote("indirect", "it would reopen the bridge next week", "the council")]
    road, bridge = text.index("the road"), text.index("it would reopen")
    predicted = [StoredQuote("indirect", ((road, road + 26),), "Police"),
                 StoredQuote("indirect", ((bridge, bridge + 36),), "Police")]
    scores = QuoteScores()
    add_quotes(scores, TextIndex(text), gold, predicted, [])
    assert (scores.indirect_shown, scores.indirect_shown_right) == (2, 1)
    assert (scores.shown, scores.shown_right) == (0, 0)
    unshown = QuoteScores()
    add_quotes(unshown, TextIndex(text), gold, [StoredQuote("indirect", ((road, road + 26),), None)], [])
    assert (unshown.indirect_shown, unshown.indirect_shown_right, unshown.indirect.right) == (0, 0, 1)


def test_an_unlabelled_indirect_report_is_judged_by_the_direct_quote_it_holds():
    """A clause labelled only by its partial quote: the report naming the quote's speaker is right by held
    quotes and still wrong by the indirect labels; one naming another speaker, or one on an indirect label
    with the wrong speaker, is wrong by both."""
    text = ("Senator Ruth Hale said the bill was “dead on arrival” in the Senate. "
            "Her aides said the vote would come in May.")
    gold = [GoldQuote("direct", "dead on arrival", "Ruth Hale"),
            GoldQuote("indirect", "the vote would come in May", "ANONYMOUS")]
    clause, vote = text.index("the bill"), text.index("the vote")
    held = ((clause, text.index(" in the Senate") + 14),)
    scores = QuoteScores()
    add_quotes(scores, TextIndex(text), gold, [StoredQuote("indirect", held, "Hale"),
                                               StoredQuote("indirect", held, "Marco Diaz"),
                                               StoredQuote("indirect", ((vote, vote + 26),), "Hale")], [])
    assert (scores.indirect_shown, scores.indirect_shown_right, scores.indirect_shown_right_held) == (3, 0, 1)
    assert (scores.indirect.right, scores.indirect.judged) == (1, 3)
