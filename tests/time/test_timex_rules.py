"""One test group per rule family, on real sentences (the seeds, TimeBank-style news) with exact values."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.model import PublicationDate
from dateline.time.tagger import tag_text

THU = date(2023, 12, 21)  # seed 000 is dated Thursday 2023-12-21


def one(text: str, anchor: date | None = THU, direction=None):
    pub = PublicationDate.on(anchor, "metadata") if anchor else None
    return [(t.text, t.type, t.value, t.mod) for t in tag_text(text, pub, direction)]


class TestWeekdays:
    def test_seed_000_wednesday_is_the_day_before(self, tag):
        found = tag("US President Joe Biden said on Wednesday that he does not expect an agreement.", THU)
        assert [(t.text, t.value) for t in found] == [("Wednesday", "2023-12-20")]

    def test_same_weekday_is_the_anchor_day(self, tag):
        assert tag("Blinken said on Thursday that talks continue.", THU)[0].value == "2023-12-21"

    def test_future_tense_points_forward(self, tag):
        assert tag("The council will vote on Friday on the resolution.", THU)[0].value == "2023-12-22"

    def test_overtaken_plan_points_back(self, tag):
        mon = date(1989, 10, 30)
        assert tag("The bid had been set to lapse at midnight Friday.", mon)[0].value == "1989-10-27T24:00"
        assert tag("It had been due to lapse Friday evening.", mon)[0].value == "1989-10-27TEV"
        assert tag("The deal is scheduled to close Friday.", mon)[0].value == "1989-11-03"

    def test_participle_clause_takes_the_tense_it_depends_on(self, tag):
        mon = date(1989, 10, 30)
        text = "Ostervale Mills stock swung widely, climbing to a peak of $18 in July from $11 in March."
        assert [t.value for t in tag(text, mon)] == ["1989-07", "1989-03"]
        # an infinitive tells of a time after its verb's, so it takes no tense from it
        assert tag("Ostervale Mills agreed to buy the Tarrow plant in February.", mon)[0].value == "1990-02"

    def test_possessive_weekday_is_not_read_off_the_clause(self, tag):
        text = "The GM move follows Tuesday's declaration by Ford."
        assert tag(text, date(1989, 10, 27))[0].value == "1989-10-24"

    def test_last_and_next(self):
        assert one("last Friday and next Monday") == [
            ("last Friday", "DATE", "2023-12-15", None), ("next Monday", "DATE", "2023-12-25", None)]

    def test_part_of_day_and_plural(self):
        assert one("Sunday evening, and on Tuesdays") == [
            ("Sunday evening", "TIME", "2023-12-17TEV", None), ("Tuesdays", "SET", "XXXX-WXX-2", None)]


class TestCalendarDates:
    def test_full_dates_resolve_without_anchor(self):
        assert one("his visit to Cairo, Egypt, March 21, 2024.", None) == [
            ("March 21, 2024", "DATE", "2024-03-21", None)]

    def test_dateline_forms(self):
        assert one("RABAT | Sat Feb 26 , 2011", None)[0][2] == "2011-02-26"
        assert one("on 2023-10-07 and 10/7/2023", None) == [
            ("2023-10-07", "DATE", "2023-10-07", None), ("10/7/2023", "DATE", "2023-10-07", None)]

    def test_day_month_without_year_takes_the_anchor_year(self):
        assert [v for _, _, v, _ in one("Hamas's 7 October attack; the 240 hostages seized on Oct. 7")] == [
            "2023-10-07", "2023-10-07"]

    def test_month_day_in_january_story_is_last_year(self):
        assert one("since the Oct. 7 attack", date(2024, 1, 15))[0][2] == "2023-10-07"

    def test_month_day_unknown_anchor_has_no_value(self):
        assert one("the attack on October 7", None) == [("October 7", "DATE", None, None)]

    def test_months_years_decades_quarters(self):
        assert one("in May 2023, in 1998, the 1990s, the third quarter, the first half of 2023") == [
            ("May 2023", "DATE", "2023-05", None), ("1998", "DATE", "1998", None),
            ("the 1990s", "DATE", "199", None), ("the third quarter", "DATE", "2023-Q3", None),
            ("the first half of 2023", "DATE", "2023-H1", None)]

    def test_quantities_are_not_years(self):
        assert one("$1990 and 2000 people") == []

    def test_may_the_verb_is_not_a_month(self, tag):
        found = tag("Israel may resume its offensive. In May it did.", THU)
        assert [(t.text, t.value) for t in found] == [("May", "2023-05")]

    def test_holidays(self):
        assert one("Christmas, Thanksgiving 2023") == [
            ("Christmas", "DATE", "2023-12-25", None), ("Thanksgiving 2023", "DATE", "2023-11-23", None)]


class TestRelative:
    def test_deictic(self):
        assert one("later today, yesterday afternoon, last night, tomorrow") == [
            ("later today", "DATE", "2023-12-21", "END"), ("yesterday afternoon", "TIME", "2023-12-20TAF", None),
            ("last night", "TIME", "2023-12-20TNI", None), ("tomorrow", "DATE", "2023-12-22", None)]

    def test_mid_day(self):
        text = "In London at mid-afternoon yesterday, shares were up; by mid afternoon the judge had left at midday."
        assert one(text, date(1989, 11, 2)) == [
            ("mid-afternoon yesterday", "TIME", "1989-11-01TAF", None),
            ("mid afternoon", "TIME", "1989-11-02TAF", None), ("midday", "TIME", "1989-11-02T12:00", None)]

    def test_calendar_units(self):
        assert one("last week, this month, next year, earlier this year, the end of the year") == [
            ("last week", "DATE", "2023-W50", None), ("this month", "DATE", "2023-12", None),
            ("next year", "DATE", "2024", None), ("earlier this year", "DATE", "2023", "START"),
            ("the end of the year", "DATE", "2023", "END")]

    def test_month_of_a_relative_year(self):
        text = "But in June last year the leadership fell out; ratification began in February this year."
        assert one(text, date(1998, 4, 18)) == [
            ("June last year", "DATE", "1997-06", None), ("February this year", "DATE", "1998-02", None)]

    def test_next_or_last_month_name_is_never_the_anchor_month(self):
        text = "Whoever wins in Ostervale takes office next January; the ferry to Brannock closed last January."
        assert one(text, date(2016, 1, 23)) == [
            ("next January", "DATE", "2017-01", None), ("last January", "DATE", "2015-01", None)]
        assert one("The mill reopens next March and shut last November.", date(2016, 1, 23)) == [
            ("next March", "DATE", "2016-03", None), ("last November", "DATE", "2015-11", None)]

    def test_the_year_in_results_stories(self):
        text = ("For the year ended Sept. 30, Brightwater earned more. Revenue for the full year came to $6.6 billion, "
                "down from $4.5 billion the year before.")
        assert one(text, date(1989, 11, 2)) == [
            ("the year", "DURATION", "P1Y", None), ("Sept. 30", "DATE", "1989-09-30", None),
            ("the full year", "DATE", "1989", None)]

    def test_year_end(self):
        text = "Holders expect to complete the transaction by year-end, with rules in place by year's end."
        assert one(text, date(1989, 11, 2)) == [
            ("year-end", "DATE", "1989", "END"), ("year's end", "DATE", "1989", "END")]

    def test_ago(self):
        assert one("two weeks ago, three days ago, a year ago, several years ago") == [
            ("two weeks ago", "DATE", "2023-W49", None), ("three days ago", "DATE", "2023-12-18", None),
            ("a year ago", "DATE", "2022", None), ("several years ago", "DATE", "PAST_REF", None)]

    def test_start_of_ramadan(self):
        found = one("by the start of Ramadan on March 10 but talks failed", date(2024, 3, 22))
        assert found == [("March 10", "DATE", "2024-03-10", None)]

    def test_references(self):
        assert one("now, currently, recently, in the past, the future, in recent days") == [
            ("now", "DATE", "PRESENT_REF", None), ("currently", "DATE", "PRESENT_REF", None),
            ("recently", "DATE", "PAST_REF", None), ("the past", "DATE", "PAST_REF", None),
            ("the future", "DATE", "FUTURE_REF", None), ("recent days", "DURATION", "PXD", None)]

    def test_the_future_of_something_is_its_fate_not_a_time(self):
        assert one("Voters worry about the future of the steel town.") == []
        assert one("Voters worry about the future.") == [("the future", "DATE", "FUTURE_REF", None)]

    def test_current_or_now_qualifying_a_noun_like_former_is_no_time(self):
        text = ("Several current and former officials met current Prime Minister Ana Lopes, our current president, "
                "and the now-former mayor, who is now retired under the current rules.")
        assert one(text) == [("now", "DATE", "PRESENT_REF", None), ("current", "DATE", "PRESENT_REF", None)]
        assert one("He was charged with assaulting current or former Ostervale harbour wardens.") == []

    def test_generic_todays_is_the_present_era_not_the_day(self):
        assert one("Social media shapes today's teenagers and the politics of today's world.") == []
        assert one("Few of today's smartphones are built to be repaired.") == []
        assert one("Today's vote was delayed by a storm.") == [("Today", "DATE", "2023-12-21", None)]

    def test_unknown_anchor_leaves_relatives_unresolved(self):
        assert one("two weeks ago, on Friday", None) == [
            ("two weeks ago", "DATE", None, None), ("Friday", "DATE", None, None)]


class TestDurationsAndSets:
    def test_durations_with_mods(self):
        assert one("for two days, more than three years, about an hour, at least 72 hours, nearly two weeks") == [
            ("two days", "DURATION", "P2D", None), ("more than three years", "DURATION", "P3Y", "MORE_THAN"),
            ("about an hour", "DURATION", "PT1H", "APPROX"),
            ("at least 72 hours", "DURATION", "PT72H", "EQUAL_OR_MORE"),
            ("nearly two weeks", "DURATION", "P2W", "LESS_THAN")]

    def test_adjectival_and_fractional(self):
        assert one("a six-week ceasefire, 2 1/2 years, a minute and a half, the past three years") == [
            ("six-week", "DURATION", "P6W", None), ("2 1/2 years", "DURATION", "P2Y6M", None),
            ("a minute and a half", "DURATION", "PT1M30S", None), ("the past three years", "DURATION", "P3Y", None)]

    def test_ages_are_not_durations(self):
        assert one("a 6-year-old boy and a man 40 years old") == []

    def test_sets(self):
        assert one("every day, each year, every other week, every Monday, daily, $5 billion a year") == [
            ("every day", "SET", "P1D", None), ("each year", "SET", "P1Y", None),
            ("every other week", "SET", "P2W", None), ("every Monday", "SET", "XXXX-WXX-1", None),
            ("daily", "SET", "P1D", None), ("a year", "SET", "P1Y", None)]


class TestClockTimes:
    def test_times(self):
        assert one("at 5 p.m. Thursday, around 7:15 p.m., 10:35 a.m. EST, noon Sunday") == [
            ("5 p.m. Thursday", "TIME", "2023-12-21T17:00", None),
            ("around 7:15 p.m.", "TIME", "2023-12-21T19:15", "APPROX"),
            ("10:35 a.m. EST", "TIME", "2023-12-21T10:35", None), ("noon Sunday", "TIME", "2023-12-17T12:00", None)]


class TestRangeAnchor:
    """An anchor known only as a range: a value only where every day of it agrees."""

    def test_values_agree_or_share_a_prefix(self):
        pub = PublicationDate(date(2024, 3, 21), date(2024, 3, 27), "text")
        past = tag_text("said on Thursday; later today; last year; Monday", pub, lambda start, end: "past")
        found = {t.text: t.value for t in past}
        assert found == {"Thursday": "2024-03-21", "later today": "2024-03", "last year": "2023", "Monday": "2024-03"}

    @pytest.mark.parametrize("text,value", [("two weeks ago", "2023"), ("in 2023", "2023")])
    def test_year_boundary(self, text: str, value: str | None):
        pub = PublicationDate(date(2023, 12, 28), date(2024, 1, 3), "text")
        assert tag_text(text, pub)[0].value == value


class TestAnaphora:
    """Expressions that count from the date the story last named, not from publication."""

    def test_following_year_counts_from_the_named_date(self):
        text = "On May 22, 1995, Okafor became a deputy chief, and the following year he was appointed."
        assert one(text, date(1998, 4, 18)) == [
            ("May 22, 1995", "DATE", "1995-05-22", None), ("the following year", "DATE", "1996", None)]

    def test_that_year_and_later_that_year(self):
        text = "Delgado had moved to Texas in June 1998 and went back to Peru later that year, only to be jailed."
        assert [v for _, _, v, _ in one(text, date(2000, 1, 28))] == ["1998-06", "1998"]

    def test_that_quarter_and_the_next_day(self):
        text = ("Profit fell in the second quarter of 1988. Results for that quarter included a charge. "
                "Talks began on March 3, 1998. The next day, they collapsed.")
        assert [v for _, _, v, _ in one(text, date(1998, 4, 18))] == [
            "1988-Q2", "1988-Q2", "1998-03-03", "1998-03-04"]

    def test_previous_weekday_is_before_the_named_weekday(self):
        text = "The index closed at 2082.1 on Friday, down 4.5% from the previous Friday."
        assert [v for _, _, v, _ in one(text, date(1989, 10, 30))] == ["1989-10-27", "1989-10-20"]

    def test_referent_too_coarse_gives_an_underspecified_day(self):
        assert one("He was killed in 1998. That same day, the list was changed.", date(1999, 2, 6))[1] == (
            "That same day", "DATE", "1998-XX-XX", None)
        text = "The mill shut in March 2021. That same day, the union called a strike."
        assert one(text, date(2021, 6, 1))[1] == ("That same day", "DATE", "2021-03-XX", None)

    def test_without_a_named_date_the_publication_date_is_the_referent(self):
        assert one("The plant closed that day.", THU) == [("that day", "DATE", "2023-12-21", None)]


class TestTenseAndPeriods:
    """A period's year read off the tense: quarters just ended, seasons, cues that point forward."""

    def test_quarter_just_ended_keeps_its_year_under_the_future_tense(self, tag):
        found = tag("The retailer said its third-quarter profit will fall short of forecasts.", date(2023, 10, 30))
        assert [(t.text, t.value) for t in found] == [("third-quarter", "2023-Q3")]

    def test_quarter_further_back_is_next_years_under_the_future_tense(self, tag):
        found = tag("The airline will open the route in the first quarter.", date(2023, 10, 30))
        assert [(t.text, t.value) for t in found] == [("the first quarter", "2024-Q1")]

    def test_effective_points_forward(self, tag):
        found = tag("The chief executive resigned, effective Feb. 1.", date(2023, 10, 26))
        assert [(t.text, t.value) for t in found] == [("Feb. 1", "2024-02-01")]

    def test_until_in_the_pluperfect_points_back(self, tag):
        found = tag("Until Thursday, the police had not named a suspect.", date(2023, 12, 22))
        assert [(t.text, t.value) for t in found] == [("Thursday", "2023-12-21")]

    @pytest.mark.parametrize("text,value", [
        ("Ticket sales slowed over the summer.", "2023-SU"),
        ("The ferry service will resume in the summer.", "2024-SU"),
        ("Heating bills will climb in the winter.", "2023-WI"),
    ])
    def test_the_season_follows_the_tense(self, tag, text: str, value: str):
        assert [t.value for t in tag(text, date(2023, 10, 26))] == [value]

    def test_recent_and_coming_units_are_vague_durations(self):
        assert one("Rents have doubled in recent years and may rise again in the coming weeks.") == [
            ("recent years", "DURATION", "PXY", None), ("the coming weeks", "DURATION", "PXW", None)]


class TestNamedPeriods:
    def test_election_day(self):
        assert one("a theme of the campaign from now to Election Day", date(2024, 10, 28))[1] == (
            "Election Day", "DATE", "2024-11-05", None)

    def test_last_half_of_a_year(self):
        assert one("weaker earnings for the last half of 2019") == [
            ("the last half of 2019", "DATE", "2019-H2", None)]

    def test_the_week_of_a_day(self):
        assert one("a zoning vote the week of March 6", date(2000, 2, 24)) == [
            ("the week of March 6", "DATE", "2000-W10", None)]

    def test_each_month_is_a_set(self):
        assert one("Marchers parade through the town each July.") == [("each July", "SET", "XXXX-07", None)]

    def test_hour_in_the_morning_or_evening(self):
        assert one("The ferry leaves at 4 in the morning and returns at 9 in the evening.") == [
            ("4 in the morning", "TIME", "2023-12-21T04:00", None),
            ("9 in the evening", "TIME", "2023-12-21T21:00", None)]

    def test_titles_are_not_time_expressions(self):
        assert one('The minister said on ABC\'s "This Week" and on CBS\'s "60 Minutes" that talks go on.') == []

    def test_a_time_word_capitalised_in_mid_sentence_is_part_of_a_name(self):
        text = ("A reporter told The Daily Beast that the Hourly Wage Project and the Three-Day Event opened "
                "on Tuesday, as NBC's Today show said.")
        assert one(text) == [("Tuesday", "DATE", "2023-12-19", None)]

    def test_a_capital_opening_a_sentence_or_a_line_or_a_month_is_no_name(self):
        text = "Court Hears Appeal\nToday the court sat. It will sit again in May. Daily sessions follow."
        assert [(t, v) for t, _, v, _ in one(text)] == [("Today", "2023-12-21"), ("May", "2024-05"),
                                                        ("Daily", "P1D")]


class TestClockAnaphora:
    def test_clock_time_is_on_the_day_the_story_tells_about(self):
        text = "The doctor was shot on Oct. 23, 1998. He died at 10 p.m. in hospital."
        assert [v for _, _, v, _ in one(text, date(1999, 4, 19))] == ["1998-10-23", "1998-10-23T22:00"]

    def test_clock_time_followed_by_a_day_is_on_that_day(self):
        text = "Ostervale voted on Dec. 12. Brannock votes at 4:30pm on Jan. 8 and Tull at 9 a.m. Friday."
        assert [v for _, _, v, _ in one(text)] == ["2023-12-12", "2024-01-08T16:30", "2024-01-08",
                                                   "2023-12-22T09:00"]

    def test_clock_time_after_a_coarse_date_is_on_the_publication_day(self):
        text = "The plant opened in 1998. Voting closes at 5 p.m."
        assert [v for _, _, v, _ in one(text, THU)] == ["1998", "2023-12-21T17:00"]


class TestSecondPass:
    """Spelled years after a month or season, hyphenated positions, "the past year", holiday weeks,
    fractional durations and tense cues the tagger cannot trust."""

    def test_spelled_year_after_a_month_or_season(self):
        assert one("Prices last hit that level in the winter of nineteen ninety-four, and again in "
                   "January nineteen ninety-seven.") == [
            ("the winter of nineteen ninety-four", "DATE", "1994-WI", None),
            ("January nineteen ninety-seven", "DATE", "1997-01", None)]

    def test_hyphenated_positions(self):
        assert one("Talks stalled in late-November; post-1990 rules and mid-1980s prices still apply.") == [
            ("late-November", "DATE", "2023-11", "END"), ("post-1990", "DATE", "1990", "AFTER"),
            ("mid-1980s", "DATE", "198", "MID")]

    def test_the_past_year_is_the_year_before_but_the_past_decade_a_span(self):
        assert one("Exports fell in the past year and will recover in the next month after "
                   "the past decade of growth.") == [
            ("the past year", "DATE", "2022", None), ("the next month", "DATE", "2024-01", None),
            ("the past decade", "DURATION", "P10Y", None)]

    def test_the_past_week_or_month_is_a_span_up_to_the_report(self):
        text = "Ferry bookings to Ostervale doubled over the past month and rose again in the past week."
        assert one(text) == [("the past month", "DURATION", "P1M", None),
                             ("the past week", "DURATION", "P1W", None)]

    def test_a_past_week_named_by_what_follows_or_the_last_week_stays_a_calendar_week(self):
        assert one("Harbour fees in Brannock rose in the last week and in the past month of haggling.") == [
            ("the last week", "DATE", "2023-W50", None), ("the past month", "DATE", "2023-11", None)]

    def test_holiday_week_is_the_week_holding_it(self):
        monday = date(2025, 4, 14)  # Easter Sunday 2025 is 20 April
        assert one("Pilgrims filled the old city as Easter week began.", monday) == [
            ("Easter week", "DATE", "2025-W16", None)]

    def test_holiday_weekend_is_the_weekend_next_to_it(self):
        monday = date(2025, 4, 14)  # Easter Sunday 2025 is 20 April; Thanksgiving 2025 is Thursday 27 November
        assert one("Traffic peaked over the Easter weekend.", monday) == [
            ("Easter weekend", "DATE", "2025-W16-WE", None)]
        assert one("Stores opened early on Thanksgiving weekend.", date(2025, 11, 20)) == [
            ("Thanksgiving weekend", "DATE", "2025-W48-WE", None)]

    def test_fractions_keep_whole_units(self):
        assert one("The trial lasted 3 1/2 years; the jury deliberated for 5 1/2 hours.") == [
            ("3 1/2 years", "DURATION", "P3Y6M", None), ("5 1/2 hours", "DURATION", "PT5H30M", None)]

    def test_invariant_past_verb_is_not_read_as_present(self, tag):
        mon = date(2024, 3, 11)
        assert tag("Weakness in bank shares hurt the index on Friday, analysts said.", mon)[0].value == "2024-03-08"

    def test_infinitive_subject_is_not_a_plan(self, tag):
        mon = date(2024, 3, 11)
        found = tag("The only senators to vote against the bill on Friday were two Democrats.", mon)
        assert found[0].value == "2024-03-08"


class TestFourthPass:
    """Year-ago periods named by their number, idioms that are not times, coordinated days,
    "in the morning" of the day told about, "one day" in the future and "within weeks"."""

    def test_year_ago_quarter_is_that_quarter_of_the_year_before(self):
        assert one("In the year-ago third quarter, the bank earned $22.5 million; in the year-earlier "
                   "first half, it lost money.", date(2024, 10, 30)) == [
            ("the year-ago third quarter", "DATE", "2023-Q3", None),
            ("the year-earlier first half", "DATE", "2023-H1", None)]

    def test_generic_tomorrow_and_high_noon_are_not_days(self):
        assert one("If I could pick the leaders of tomorrow, I would pick them again.") == []
        assert one('The poster showed Gary Cooper in "High Noon." For Poland, high noon comes today.',
                   date(1999, 3, 12)) == [("today", "DATE", "1999-03-12", None)]

    def test_coordinated_day_is_another_day_of_the_month(self):
        assert one("The summit will still be held on April 24 and 25, officials said.", date(1999, 2, 10)) == [
            ("April 24", "DATE", "1999-04-24", None), ("25", "DATE", "1999-04-25", None)]

    def test_in_the_morning_is_on_the_day_told_about(self):
        text = "Shares slid on Friday. Traders put in big sell orders in the morning."
        assert one(text, date(1989, 10, 30)) == [
            ("Friday", "DATE", "1989-10-27", None), ("the morning", "TIME", "1989-10-27TMO", None)]

    def test_one_day_after_a_modal_is_the_future(self):
        assert one("Solar will one day be the cheapest source of power; the strike lasted one day.") == [
            ("one day", "DATE", "FUTURE_REF", None), ("one day", "DURATION", "P1D", None)]

    def test_within_weeks_is_a_vague_duration(self):
        assert one("Troops are expected to be committed within weeks; some stay for years.") == [
            ("weeks", "DURATION", "PXW", None), ("years", "DURATION", "PXY", None)]
