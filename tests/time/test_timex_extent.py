"""Extents that carry over between corpora: the determiner and modifiers a time expression owns, and the
words next to it that belong to the sentence instead. Sentences written for these tests, in news style."""

from __future__ import annotations

from datetime import date

from dateline.model import PublicationDate
from dateline.time.tagger import tag_text

MON = date(2019, 10, 28)


def spans(text: str, anchor: date = MON) -> list[tuple[str, str, str | None, str | None]]:
    return [(t.text, t.type, t.value, t.mod) for t in tag_text(text, PublicationDate.on(anchor, "metadata"))]


def test_preposition_before_a_span_stays_outside() -> None:
    assert spans("Prices have doubled over the past three years, and around the end of the month they fell.") == [
        ("the past three years", "DURATION", "P3Y", None), ("the end of the month", "DATE", "2019-10", "END")]


def test_comparator_before_a_span_is_its_mod() -> None:
    assert spans("The strike has lasted at least the past 18 months and about two weeks more.") == [
        ("at least the past 18 months", "DURATION", "P18M", "EQUAL_OR_MORE"),
        ("about two weeks", "DURATION", "P2W", "APPROX")]


def test_determiner_of_a_counted_span_is_part_of_it() -> None:
    assert spans("During the four days of talks, neither side moved; in the nine months since, little changed.") == [
        ("the four days", "DURATION", "P4D", None), ("the nine months", "DURATION", "P9M", None)]


def test_later_after_a_short_duration_stays_outside() -> None:
    assert spans("Ten days later the Ostervale council voted again.") == [("Ten days", "DURATION", "P10D", None)]
    assert spans("Two weeks ago the council met; a year earlier it had not.") == [
        ("Two weeks ago", "DATE", "2019-W42", None), ("a year earlier", "DATE", "2018", None)]


def test_years_later_count_from_the_year_just_told() -> None:
    assert spans("The Ostervale mill opened in 2009 and closed two years later.") == [
        ("2009", "DATE", "2009", None), ("two years later", "DATE", "2011", None)]
    assert spans("The Tarrow bridge opened on March 3, 2011, and a year later it cracked.")[1] == (
        "a year later", "DATE", "2012", None)


def test_determiner_of_a_prenominal_expression_belongs_to_the_noun() -> None:
    assert spans("The third-quarter loss widened and the 10-year note fell.") == [
        ("third-quarter", "DATE", "2019-Q3", None), ("10-year", "DURATION", "P10Y", None)]
    assert spans("The company said the third quarter was weak.")[0][0] == "the third quarter"


def test_comparison_compounds_are_not_periods() -> None:
    assert spans("The quarter-to-quarter comparison and day-to-day operations were hit; year-over-year sales "
                 "rose.") == []


def test_bare_plural_after_for_or_within_is_a_vague_duration() -> None:
    assert spans("Rescuers searched for hours and the fire was out within minutes; talks may take days.") == [
        ("hours", "DURATION", "PTXH", None), ("minutes", "DURATION", "PTXM", None)]


def test_year_ago_quarter_is_the_one_the_lead_names() -> None:
    text = ("Profit rose in the third quarter from a year ago. After a flat second quarter, sales in the "
            "period climbed from a year earlier.")
    found = spans(text)
    assert [(t, v) for t, _, v, _ in found if t.startswith("a year")] == [("a year ago", "2018-Q3"),
                                                                          ("a year earlier", "2018-Q3")]


def test_or_so_is_part_of_the_expression_as_an_approximation() -> None:
    assert spans("The plant will close over the next year or so; its sister plant shut a week or so ago.") == [
        ("the next year or so", "DATE", "2020", "APPROX"), ("a week or so ago", "DATE", "2019-W43", "APPROX")]


def test_a_time_zone_without_its_season_is_part_of_the_clock_time() -> None:
    assert spans("The Ostervale board met at 2:15 p.m. ET and adjourned by 6 PM PT.") == [
        ("2:15 p.m. ET", "TIME", "2019-10-28T14:15", None), ("6 PM PT", "TIME", "2019-10-28T18:00", None)]


def test_this_stressing_past_or_coming_belongs_to_the_expression() -> None:
    assert spans("The Brannock fair held this past July drew crowds; the next opens this coming Sunday.") == [
        ("this past July", "DATE", "2019-07", None), ("this coming Sunday", "DATE", "2019-11-03", None)]
    assert spans("Hearings held this past week ended.")[0][0] == "this past week"


def test_an_adverb_stressing_the_comparator_stays_outside() -> None:
    assert spans("The Ostervale ferry sank just over an hour after it left, and was raised well over a year on.") == [
        ("over an hour", "DURATION", "PT1H", "MORE_THAN"), ("over a year", "DURATION", "P1Y", "MORE_THAN")]


def test_a_year_closing_a_name_is_no_time() -> None:
    assert spans("Crowds flocked to see Tarrow Odyssey 2041 at the Ostervale fair in 2019.") == [
        ("2019", "DATE", "2019", None)]
    assert spans("Brannock Mills reported FY 2018 results, and in January 2019 it cut jobs.") == [
        ("2018", "DATE", "2018", None), ("January 2019", "DATE", "2019-01", None)]
