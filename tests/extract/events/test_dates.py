"""Event dates from their stored evidence: TIMEX3 values as days or ranges, and a lead told as news of the day
re-dated by a new publication date without a parse."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline import pipeline
from dateline.extract.events.dates import (
    attached_timexes,
    event_dates,
    is_news_tense,
    is_present_perfect,
    redated_events,
    value_range,
)
from dateline.model import PublicationDate, TimeExpression
from dateline.nlp.pipeline import shared_pipeline
from dateline.store import Store


def _day(year: int, month: int, day: int) -> PublicationDate:
    return PublicationDate(earliest=date(year, month, day), latest=date(year, month, day), basis="corpus")


def test_a_weekend_is_its_saturday_and_sunday_and_a_week_its_seven_days() -> None:
    assert value_range("2018-W15-WE") == (None, "2018-04-14", "2018-04-15")
    assert value_range("2018-W15") == (None, "2018-04-09", "2018-04-15")


def test_news_of_the_day_is_the_day_of_its_report_else_of_publication_within_the_range_the_report_allows() -> None:
    said_on = TimeExpression(40, 47, "Tuesday", "DATE", "2019-11-19")
    assert event_dates("happened", (), (), [], _day(2019, 11, 20), news_of_day=True) == \
        ("2019-11-20", None, "2019-11-20")
    assert event_dates("happened", (), ((40, 47),), [said_on], _day(2019, 11, 20), news_of_day=True) == \
        ("2019-11-19", None, "2019-11-19")
    assert event_dates("happened", (), (), [], _day(2019, 11, 20)) == (None, None, "2019-11-20")
    assert event_dates("planned", (), (), [], _day(2019, 11, 20), news_of_day=True) == (None, "2019-11-20", None)


def test_news_of_the_day_outside_its_own_stated_range_stays_the_range() -> None:
    october = TimeExpression(10, 17, "October", "DATE", "2019-10")
    assert event_dates("happened", ((10, 17),), (), [october], _day(2019, 11, 20), news_of_day=True) == \
        (None, "2019-10-01", "2019-10-31")


def test_a_range_takes_the_latest_day_named_in_the_week_up_to_its_report_as_its_day_its_range_kept() -> None:
    thursday = TimeExpression(100, 108, "Thursday", "DATE", "2015-06-18")
    tuesday = TimeExpression(150, 157, "Tuesday", "DATE", "2015-06-16")
    weeks_ago = TimeExpression(200, 206, "June 5", "DATE", "2015-06-05")
    named = ((100, 108), (150, 157), (200, 206))
    timexes = [tuesday, thursday, weeks_ago]
    assert event_dates("happened", (), (), timexes, _day(2015, 6, 19), candidate_by=named) == \
        ("2015-06-18", None, "2015-06-19")
    assert event_dates("happened", (), (), timexes, _day(2015, 6, 19), candidate_by=((200, 206),)) == \
        (None, None, "2015-06-19")
    assert event_dates("ongoing", (), (), timexes, _day(2015, 6, 19), candidate_by=named) == \
        ("2015-06-18", None, "2015-06-19")
    assert event_dates("planned", (), (), timexes, _day(2015, 6, 19), candidate_by=named) == \
        (None, "2015-06-19", None)
    assert redated_events([(1, "happened", (), (), False, named)], timexes, _day(2015, 6, 17)) == \
        [(1, "2015-06-16", None, "2015-06-17")]


def test_a_redate_keeps_news_of_the_day_on_the_new_publication_day() -> None:
    dating = [(1, "happened", (), (), True, ()), (2, "happened", (), (), False, ())]
    assert redated_events(dating, [], _day(2019, 11, 21)) == [(1, "2019-11-21", None, "2019-11-21"),
                                                              (2, None, None, "2019-11-21")]


#: An article that dates nothing itself, whose lead in the present (a state, no act of the day) or in the
#: present perfect is bounded by its report, the strikes two days before being its candidate day; and a dated
#: one that dates the strikes it mentions, so the corpus dates the first: two days after them.
NEWS_UNDATED = """Negotiators reach a deal

Negotiators have reached a deal to pause the fighting for six weeks, officials said.
Officials said the strikes two days ago had hardened positions.
"""
STRIKES = """date 2024-04-25 Strikes hit Rafah

The strikes on Tuesday, April 23 killed 12 people, the health ministry said.
"""


@pytest.mark.parametrize(("tense", "redated"), [("reach", ("2024-04-23", None, "2024-04-25", 0)),
                                                  ("have reached", ("2024-04-23", None, "2024-04-25", 0))])
def test_a_redate_gives_the_lead_the_day_analysing_the_dated_article_gives(
        tmp_path: Path, tense: str, redated: tuple[str, None, str, int]) -> None:
    (tmp_path / "deal.txt").write_text(NEWS_UNDATED.replace("have reached", tense), "utf-8")
    (tmp_path / "strikes.txt").write_text(STRIKES, "utf-8")
    with Store(tmp_path / "d.db") as store:
        pipeline.ingest([tmp_path], store)
        pipeline.analyze(store)
        undated = _lead_dates(store)
        assert pipeline.redate(store) == 1
        assert (undated, _lead_dates(store)) == ((None, None, None, redated[3]), redated)


def _lead_dates(store: Store) -> tuple[str | None, str | None, str | None, int]:
    [row] = store.conn.execute("""SELECT v.day, v.earliest, v.latest, v.news_of_day FROM events v
                                  JOIN articles a ON a.id = v.article_id
                                  WHERE v.main = 1 AND a.source LIKE '%deal.txt'""").fetchall()
    return tuple(row)


def test_the_present_perfect_is_news_by_its_tense_but_tells_an_act_done_by_the_day_not_on_it() -> None:
    nlp = shared_pipeline()
    tested = next(t for t in nlp("Two people have tested positive for COVID-19.") if t.lower_ == "tested")
    captured = next(t for t in nlp("Dylann Roof has been captured in Shelby.") if t.lower_ == "captured")
    have = next(t for t in nlp("Rugby chiefs have no plans to stop them.") if t.lower_ == "have")
    assert [(is_news_tense(verb), is_present_perfect(verb)) for verb in (tested, captured, have)] == \
        [(True, True), (True, True), (True, False)]


def test_an_expression_in_the_subject_describes_the_actor_and_dates_the_act_only_when_nothing_else_does() -> None:
    nlp = shared_pipeline()
    lead = ("Marta Lindqvist, Duluth's one-time mayor and the 2018 Republican candidate for Minnesota governor, was "
            "involved in a highway crash early Friday morning outside Duluth.")
    undated = "The 2018 Republican candidate for Minnesota governor was involved in a highway crash."
    attached = []
    for text in (lead, undated):
        doc = nlp(text)
        involved = next(token.i for token in doc if token.lower_ == "involved")
        spans = [(text.find(words), text.find(words) + len(words)) for words in ("2018", "early Friday morning")
                 if words in text]
        attached.append({trigger: [text[start:end] for start, end in found]
                         for trigger, found in attached_timexes(doc, spans, {involved}, 5).items()})
    assert [list(found.values()) for found in attached] == [[["early Friday morning"]], [["2018"]]]
