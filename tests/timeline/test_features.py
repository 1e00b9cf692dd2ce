"""Day and sentence features on the rig story of ``conftest.py``."""

from collections.abc import Callable
from datetime import date

import numpy as np
import pytest

from dateline.timeline.features import (
    DAY_FEATURES,
    SENTENCE_FEATURES,
    Coverage,
    days_reported,
    is_chronology_entry,
    is_usable,
    news_days,
    recent_days,
)
from dateline.timeline.records import CandidateSentence

APR1, APR20, APR21, APR22, MAY1, MAY2 = (date(2010, 4, 1), date(2010, 4, 20), date(2010, 4, 21),
                                         date(2010, 4, 22), date(2010, 5, 1), date(2010, 5, 2))


Make = Callable[..., CandidateSentence]


def column(rows: np.ndarray, names: tuple[str, ...], name: str) -> np.ndarray:
    return rows[:, names.index(name)]


def test_day_features_count_articles_relative_to_the_average_day(rig_story: list[CandidateSentence]) -> None:
    coverage = Coverage(rig_story)
    assert coverage.days == [APR1, APR20, APR21, APR22, MAY1]
    rows = coverage.day_features()
    # articles naming each day: 1, 3, 0, 1, 1 (mean 1.2); naming it afterwards: 1, 3, 0, 0, 1 (mean 1)
    assert column(rows, DAY_FEATURES, "named") == pytest.approx([1 / 1.2, 2.5, 0, 1 / 1.2, 1 / 1.2])
    assert column(rows, DAY_FEATURES, "named_after") == pytest.approx([1, 3, 0, 0, 1])
    # the one chronology entry ("April 20 - …") is April 20's
    assert column(rows, DAY_FEATURES, "chronology_entries") == pytest.approx([0, 5, 0, 0, 0])
    # a2 was published on April 22, a1 on the 21st: the day after April 20
    assert column(rows, DAY_FEATURES, "published")[3] > 0 and column(rows, DAY_FEATURES, "published_next_day")[1] > 0


def test_a_day_named_twice_led_with_or_written_on_with_its_news_is_corroborated_a_passing_mention_is_not(
        rig_story: list[CandidateSentence]) -> None:
    """a2 was written on April 22 of that day's sinking; a1 (April 21) and a3 (May 2) lead with the day
    before, so their publication days are not days of their own, but a3's news day, May 1 (the oil reaching
    the coast, named by its lead alone), is; April 1, named once deep in an article, is a passing mention."""
    coverage = Coverage(rig_story)
    assert news_days(coverage.candidates, coverage.positions) == {"a1": APR20, "a2": APR22, "a3": MAY1}
    assert coverage.corroborated_days() == {APR20, APR22, MAY1}


def test_a_day_of_the_week_before_an_article_is_the_story_s_course_unless_it_dates_a_source_or_a_headline(
        sentence: Make) -> None:
    """Written on Monday, an article names Friday's plea once and deep in its body: the story's course, not
    background as last month's award is, nor the Sunday a rival paper reported on, nor the
    day of a related headline; a photo caption's day is its photo's."""
    friday, sunday, monday = date(2021, 3, 5), date(2021, 3, 7), date(2021, 3, 8)
    plea = sentence("m", monday, "The former aide pleaded guilty on Friday to lying to investigators .", friday,
                    start=300)
    rival = sentence("m", monday, "A rival paper reported on Sunday that the aide would testify .", sunday, start=400)
    award = sentence("m", monday, "The firm won a state award on Feb. 3 for its work .", date(2021, 2, 3), start=500)
    headline = sentence("m", monday, "Aide pleads guilty in Friday hearing", friday, start=600)
    caption = CandidateSentence("m", 700, 760, "The aide leaves the courthouse on Friday after his plea .", monday,
                                (friday,), in_story=False)
    assert recent_days([plea, rival, award, headline, caption]) == {friday}
    assert recent_days([rival, award, headline, caption]) == set()
    lead = [sentence("m", monday, "The aide's lawyer asked the court for leniency on Monday .", monday),
            *(sentence("m", monday, f"The judge will read the {n} letters of support before the hearing .",
                       start=100 + n) for n in (12, 40))]
    assert Coverage([*lead, plea, award]).corroborated_days() == {friday, monday}


def test_sentence_features_say_how_a_sentence_reports_the_day(rig_story: list[CandidateSentence]) -> None:
    coverage = Coverage(rig_story)
    rows, features = coverage.sentence_features(APR20)
    texts = [coverage.usable[r].text for r in rows]
    # four sentences name the day; a1's undated one may report on the day before its publication
    assert len(texts) == 5 and texts[2].startswith("Coast Guard")
    assert list(column(features, SENTENCE_FEATURES, "names_day")) == [1, 1, 0, 1, 1]
    assert list(column(features, SENTENCE_FEATURES, "chronology_entry")) == [0, 0, 0, 0, 1]
    assert list(column(features, SENTENCE_FEATURES, "published_next_day")) == [1, 1, 1, 0, 0]
    assert list(column(features, SENTENCE_FEATURES, "first")) == [1, 0, 0, 0, 0]
    # "on Tuesday night": the sentence dates its own event
    assert column(features, SENTENCE_FEATURES, "on_day")[0] == 1
    # the explosion, told by three articles, has more support from the others than the search, told by one
    support = column(features, SENTENCE_FEATURES, "support")
    assert support[0] > 5 * support[2]


def test_chronology_entries_and_unusable_sentences(rig_story: list[CandidateSentence], sentence: Make) -> None:
    assert is_chronology_entry(rig_story[6], APR20) and not is_chronology_entry(rig_story[4], APR20)
    caption = sentence("c", MAY2, "Oil-soaked boom lies on the beach of Grand Isle , Louisiana , May 1 , 2010 .", MAY1)
    comment = sentence("c", MAY2, "May 1 , 2010 at 6:11 pm | The oil company should pay for every bit of it .")
    quote = sentence("c", MAY2, "`` The oil reached the coast of Louisiana on Saturday , '' a fisherman said .")
    first_person = sentence("c", MAY2, "We are doing everything we can to keep the oil off the coast .")
    assert not any(map(is_usable, (caption, comment, quote, first_person)))
    assert is_usable(rig_story[0])


def test_an_undated_sentence_telling_its_article_s_lead_event_reports_that_event_s_day_only(sentence: Make) -> None:
    """Published on Tuesday with no day of its own, a sentence may report Tuesday or Monday; told as the article's
    lead event, which the event stage dated to Monday, it reports Monday alone."""
    monday, tuesday = date(2019, 11, 18), date(2019, 11, 19)
    text = "Google's game streaming service, Stadia, has launched in 14 countries."
    assert days_reported(sentence("a", tuesday, text)) == (tuesday, monday)
    assert days_reported(CandidateSentence("a", 0, len(text), text, tuesday, (), monday)) == (monday,)
    named = CandidateSentence("a", 0, len(text), text, tuesday, (tuesday,), monday)
    assert days_reported(named) == (tuesday,)
