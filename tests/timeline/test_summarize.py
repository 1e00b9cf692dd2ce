"""Day choice and sentence selection with the shipped model, on the rig story of ``conftest.py``."""

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from dateline.timeline.records import CandidateSentence
from dateline.timeline.summarize import (
    BEST_DAY_CONFIDENCE,
    MAX_TIMELINE_DAYS,
    UNCORROBORATED_CONFIDENCE,
    day_confidence,
    listed_days,
    summarize,
)

Make = Callable[..., CandidateSentence]

APR20, APR21, APR22, MAY1, MAY2 = (date(2010, 4, 20), date(2010, 4, 21), date(2010, 4, 22), date(2010, 5, 1),
                                   date(2010, 5, 2))


def test_the_day_every_article_names_comes_first_with_a_sentence_naming_it(rig_story: list[CandidateSentence]) -> None:
    (entry,) = summarize(rig_story, n_dates=1, sentences_per_date=1)
    assert entry.date == APR20
    assert APR20 in entry.sentences[0].referenced_dates


def test_a_timeline_has_the_requested_days_in_order(rig_story: list[CandidateSentence]) -> None:
    timeline = summarize(rig_story, n_dates=3, sentences_per_date=1)
    assert [e.date for e in timeline] == sorted(e.date for e in timeline)
    assert len(timeline) == 3 and timeline[0].date == APR20


def test_range_bounds_exclude_days(rig_story: list[CandidateSentence]) -> None:
    timeline = summarize(rig_story, n_dates=5, sentences_per_date=1, start=APR21, end=APR22)
    assert {e.date for e in timeline} <= {APR21, APR22}


def test_an_undated_sentence_reports_on_its_publication_day(rig_story: list[CandidateSentence]) -> None:
    (entry,) = summarize(rig_story, n_dates=1, sentences_per_date=1, start=APR21, end=APR21)
    assert entry.date == APR21 and entry.sentences[0].text.startswith("Coast Guard boats")


def test_redundant_and_unusable_sentences_are_skipped(rig_story: list[CandidateSentence]) -> None:
    (entry,) = summarize(rig_story, n_dates=1, sentences_per_date=4, start=APR20, end=APR20)
    texts = [s.text for s in entry.sentences]
    assert len(texts) == len(set(texts)) and not any(t.endswith("?") for t in texts)
    assert all(APR20 in s.referenced_dates for s in entry.sentences)


def test_with_no_length_asked_the_key_day_is_listed_and_a_side_detail_is_not(
        rig_story: list[CandidateSentence]) -> None:
    timeline = summarize(rig_story)
    listed = {e.date: e.confidence for e in timeline if e.listed}
    held = {e.date: e.confidence for e in timeline if not e.listed}
    assert listed.keys() == {APR20, APR22} and min(listed.values()) >= 0.5
    # one sentence names the anniversary, nothing was published on it: held back below the line, kept
    assert date(2010, 4, 1) in held and held[date(2010, 4, 1)] < 0.5
    # April 21 is only the day a1 was written, with news of the 20th: held back, not a repeat of the 20th
    assert APR21 in held
    assert all(len(e.sentences) <= 2 for e in timeline)  # the shipped model's sentences a day


def test_listed_days_keep_the_best_corroborated_day_and_corroborated_days_above_the_threshold() -> None:
    ranked = [APR20, APR22, MAY1, APR21]
    assert listed_days(ranked, [-3.0, -4.0, -5.0, -6.0], -2.0, {APR22}) == [APR22]
    assert listed_days(ranked, [-3.0, -4.0, -5.0, -6.0], -2.0, {APR22}, keep_best=False) == []
    # no day corroborated: each a passing mention, none listed (all held below the line)
    assert listed_days(ranked, [3.0, 2.0, 1.0, 0.5], -2.0, set()) == []
    assert listed_days(ranked, [1.0, 0.5, 0.2, -1.0], 0.0, {APR20, APR22, APR21}) == [APR20, APR22]
    many = [date.fromordinal(APR20.toordinal() + i) for i in range(60)]
    assert len(listed_days(many, [1.0] * 60, 0.0, set(many))) == MAX_TIMELINE_DAYS


def test_captions_quotations_and_first_person_are_never_chosen(sentence: Make) -> None:
    coast = [
        sentence("b1", MAY2, "Oil from the sunken rig reached the coast of Louisiana on Saturday , officials said .",
                 MAY1),
        sentence("b2", MAY2, "Crews laid boom along the coast of Louisiana as oil reached the shore on Saturday .",
                 MAY1),
        sentence("b3", MAY2, "May 1 - Oil from the leaking well reaches the coast of Louisiana .", MAY1),
        sentence("b4", MAY2, "We are doing everything we can to keep the oil off the coast of Louisiana .", MAY1),
        sentence("b5", MAY2, "Photograph : Oil reached the coast of Louisiana on Saturday , staining the marshes .",
                 MAY1),
        sentence("b6", MAY2, "`` The oil reached the coast of Louisiana on Saturday , '' a fisherman said .", MAY1),
        sentence("b7", MAY2, "Oil-soaked boom lies on the beach of Grand Isle , Louisiana , May 1 , 2010 .", MAY1),
    ]
    (entry,) = summarize(coast, n_dates=1, sentences_per_date=7)
    assert {s.article_id for s in entry.sentences} <= {"b1", "b2", "b3"}


def test_a_one_article_story_lists_its_own_day_not_the_background_day_it_names(sentence: Make) -> None:
    """The one day the article names, a quarter century back, outscores its publication day, whose report names
    no day: the report's day is listed, the execution held back."""
    published, executed = date(2026, 1, 6), date(1999, 7, 6)
    story = [
        sentence("m", published, "A farmhouse where a cult leader kept his followers has been put up for sale in Ohio.",
                 start=0),
        sentence("m", published, "The two-storey house on Old Mill Road is listed at 350,000 dollars.",
                 start=90),
        sentence("m", published, "Neighbours recalled the strange noises coming from the house before his arrest.",
                 start=180),
        sentence("m", published, "He was convicted of murder and put to death on July 6, 1999 in Ohio.", executed,
                 start=300),
    ]
    timeline = summarize(story)
    assert [e.date for e in timeline if e.listed] == [published]
    assert executed in {e.date for e in timeline if not e.listed}
    # listed as the story's best day below the scorer's line: the measured share of such days right, not the scorer's
    assert all(e.confidence >= 0.5 if e.listed else e.confidence < 0.5 for e in timeline)


def test_a_story_no_article_dates_lists_no_day_its_bodies_name_below_the_line(sentence: Make) -> None:
    """Two undated reports of a mayor's resignation name only an old council vote in full; their news, "on
    Tuesday", resolves to no day. Dated or not, the vote's day is the best corroborated one; undated, it is held."""
    vote = date(2011, 3, 14)
    story = [
        sentence("p", None, "The mayor of Vellmar Creek resigned on Tuesday after weeks of pressure from the council.",
                 start=0),
        sentence("p", None, "The council had first censured him in a vote on March 14, 2011, over a land deal.", vote,
                 start=100),
        sentence("q", None, "Mayor Aldo Brenning stepped down on Tuesday, ending a decade in the town hall.", start=0),
        sentence("q", None, "His troubles began with the land deal the council condemned on March 14, 2011.", vote,
                 start=100),
    ]
    assert [e.date for e in summarize(story) if e.listed] == [vote]
    undated = summarize(story, story_dated=False)
    assert [e.date for e in undated if not e.listed] == [vote] and undated[0].confidence < 0.5


def test_a_day_s_confidence_follows_the_rule_that_lists_or_holds_it() -> None:
    assert day_confidence(0.3, corroborated=True, best=True) == BEST_DAY_CONFIDENCE
    assert day_confidence(0.9, corroborated=True, best=True) == 0.9
    assert day_confidence(0.7, corroborated=False, best=False) == UNCORROBORATED_CONFIDENCE
    assert day_confidence(0.1, corroborated=False, best=False) == 0.1
    assert day_confidence(0.6, corroborated=True, best=False) == 0.6


def test_the_sentence_telling_its_article_s_lead_event_reports_the_day_before_a_detail_of_its_body(
        sentence: Make) -> None:
    """The scorer alone prefers a detail of the body that names the day; the lead event's sentence comes first."""
    monday, tuesday = date(2019, 11, 18), date(2019, 11, 19)
    detail = sentence("a", tuesday, "Mercer had told the deputies who came to her home on Monday that she meant no "
                      "harm.", monday)
    lead = sentence("a", tuesday, "A Texas woman pleaded guilty Monday to threatening a county judge over a custody "
                    "ruling, the state said.", monday, start=200)
    other = sentence("b", tuesday, "Dana Mercer admitted on Monday that she had phoned the judge's chambers and "
                     "threatened him.", monday)
    [plain] = summarize([detail, lead, other], n_dates=1, sentences_per_date=1)
    assert plain.sentences == (detail,)
    led = replace(lead, lead_event_day=monday)
    [day] = summarize([detail, led, other], n_dates=1, sentences_per_date=1)
    assert (day.date, day.sentences) == (monday, (led,))
