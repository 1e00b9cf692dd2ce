"""The rule table, in one place: pattern and reader for every family of time expression.

When two matches overlap the longer wins, then the higher priority, then the earlier; so a rule may match
generously and leave the choice to the tagger.
"""

from __future__ import annotations

from dateline.time import relative as rel
from dateline.time import rules as r
from dateline.time.grammar import (
    ANY_YEAR,
    DAY,
    MONTH,
    MONTH_FULL,
    NUMBER,
    PART_OF_DAY,
    POSITION,
    QUANTITY_MOD,
    SPELLED_YEAR,
    UNIT,
    WEEKDAY,
    WEEKDAY_ABBR,
    YEAR,
    compile_rule,
)

WD_PREFIX = rf"(?:(?:{WEEKDAY}|{WEEKDAY_ABBR})\s*,?\s+)?"
#: A time zone after a clock time is part of it, as every corpus tags it ("5 p.m. EST", "12:20 PM ET"); US
#: sites write the zone without the season ("ET", "PT") as often as with it.
TZ = r"(?:\s+(?:[ECMP][SD]?T|GMT|UTC|BST|CET|local\s+time))?"
CLOCK_DAY = rf"(?:\s*,?\s+(?:{WEEKDAY}|(?P<w>today|yesterday|tomorrow)|{MONTH}\s*{DAY}))?"
HOLIDAYS = (
    r"(?P<h>new\s+year['’]s\s+(?:day|eve)|christmas(?:\s+(?:day|eve))?|valentine['’]s\s+day|halloween"
    r"|independence\s+day|veterans\s+day|boxing\s+day|bastille\s+day|thanksgiving(?:\s+day)?"
    r"|easter(?:\s+sunday)?|labor\s+day|memorial\s+day|election\s+day)"
)
REF_WORDS = (
    r"(?P<ref>right\s+now|now|currently|current|nowadays|these\s+days|at\s+present|recently|recent|lately"
    r"|the\s+past|the\s+near\s+future|the\s+future|a\s+later\s+date|(?:the\s+)?coming)"
)
REL_WORDS = (
    r"(?P<rel>this|last|next|previous|coming|current|the\s+past|past|the\s+previous|the\s+coming|the\s+next"
    r"|the\s+current|the\s+latest|the\s+last|the)"
)
REL_UNITS = r"(?P<unit>week|weekend|month|quarter|period|year|decade|century|spring|summer|fall|autumn|winter)\b"
FRACTION = r"(?P<frac>\s+1/2)?"
#: "this past July", "this coming Sunday": "this" only stresses "past" or "coming", and belongs to the
#: expression (TimeBank and the real-news labels of two outlets tag it with it); the reading is theirs.
THIS_PAST = r"(?:this\s+(?=(?:past|coming)\b))?"
#: "Later" after years ("two years later" dates a year counted from the year just told), not after shorter units:
#: "three days later" is the span "three days" and the word relating it, as TimeBank and AQUAINT tag it.
LATER_YEARS = r"(?:(?<=year\s)|(?<=years\s)|(?<=decade\s)|(?<=decades\s))later"
#: "the next year or so", "a week or so ago": the approximation is part of the expression (mod APPROX).
OR_SO = r"(?P<orso>\s+or\s+so\b)?"
#: What may open a counted span: "the past", "the first"…, or the determiner alone ("the four days"),
#: which TimeML tags with the span; not before a prenominal one ("the 10-year note"), whose "the" is the noun's.
DURATION_REL = (r"(?:(?:the\s+)?(?:past|last|next|coming|previous|first|final|remaining|other|same)\s+"
                r"|the\s+(?!\S*-))?")

RULES: list[r.Rule] = [
    r.Rule("iso_date", compile_rule(r"(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"),
           r.read_iso_date, 3),
    r.Rule("slash_date", compile_rule(r"(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>\d{4}|\d\d)"),
           r.read_slash_date, 3),
    r.Rule("month_day_year", compile_rule(rf"{WD_PREFIX}{MONTH}\s*{DAY}(?:\s*,\s*|\s+){YEAR}"),
           r.read_full_date, 3),
    r.Rule("day_month_year", compile_rule(rf"{WD_PREFIX}(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:\s*,?\s*{YEAR})?"),
           r.read_month_day, 2),
    r.Rule("month_day", compile_rule(rf"{WD_PREFIX}{MONTH}\s*{DAY}(?!\d|:\d)"), r.read_month_day, 2),
    r.Rule("month_year", compile_rule(rf"{POSITION}{MONTH}\s*,?\s+(?:of\s+)?{ANY_YEAR}"), r.read_month_year, 2),
    r.Rule("month", compile_rule(rf"{POSITION}(?:{THIS_PAST}(?P<rel>last|next|this|past|coming)\s+)?{MONTH_FULL}"
                                 r"(?:\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year\b)?"), r.read_month, 1),
    r.Rule("year", compile_rule(rf"{POSITION}(?:(?P<fiscal>fiscal|calendar)(?:\s+year)?\s+)?{YEAR}"),
           r.read_year, 0),
    r.Rule("decade", compile_rule(rf"(?:the\s+)?{POSITION}(?:(?P<c>1[89]|20)(?P<d>\d)0|'(?P<d2>\d)0)['’]?s"),
           r.read_decade, 1),
    r.Rule("century", compile_rule(rf"(?:the\s+)?{POSITION}(?P<n>\d{{1,2}})(?:st|nd|rd|th)\s+century"),
           r.read_century, 1),
    r.Rule("quarter", compile_rule(
        rf"(?:the\s+)?{POSITION}(?:fiscal\s+)?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last)[\s-]+"
        rf"(?:fiscal\s+)?(?P<unit>quarter|half)|Q(?P<q>[1-4]))(?:\s*(?:of\s+)?(?:(?:fiscal|calendar)\s+)?{YEAR})?"),
        r.read_quarter, 2),
    r.Rule("year_period", compile_rule(
        rf"(?:the\s+)?(?:{YEAR}|(?P<rel>this|last|next)\s+year['’]s)\s+(?:(?P<ord>first|second|third|fourth)"
        r"[\s-]+|fiscal\s+)?(?P<unit>quarter|period|half)"), r.read_year_period, 2),
    r.Rule("holiday", compile_rule(rf"{HOLIDAYS}(?P<hw>\s+week(?P<hwe>end)?)?(?:\s*,?\s*{YEAR})?"), r.read_holiday, 1),
    r.Rule("weekday", compile_rule(
        rf"{POSITION}(?:{THIS_PAST}(?P<rel>last|next|this|past|coming|the\s+previous)\s+)?{WEEKDAY}(?P<pl>s)?"
        rf"(?:\s+{PART_OF_DAY})?"),
        rel.read_weekday, 1),
    r.Rule("deictic", compile_rule(rf"{POSITION}(?P<w>today|tonight|yesterday|tomorrow)(?:\s+{PART_OF_DAY})?"),
           rel.read_deictic, 1),
    r.Rule("mid_day", compile_rule(
        r"mid-?\s?(?:(?P<pod>morning|afternoon|evening)|day)(?:\s+(?P<w>today|yesterday|tomorrow))?"),
        rel.read_mid_day, 2),
    r.Rule("part_of_day", compile_rule(rf"{POSITION}(?P<rel>this|last)\s+{PART_OF_DAY}"), rel.read_this_part, 1),
    r.Rule("the_part_of_day", compile_rule(r"(?<=\bin\s)the\s+(?P<pod>morning|afternoon|evening)"),
           rel.read_the_part, 1),
    r.Rule("reference", compile_rule(rf"{REF_WORDS}(?:\s+(?P<noun>years|months|weeks|days|decades))?"),
           rel.read_reference, 0),
    r.Rule("relative_unit", compile_rule(rf"{POSITION}{THIS_PAST}{REL_WORDS}\s+(?:(?:fiscal|full)\s+)?{REL_UNITS}{OR_SO}"),
           rel.read_relative_unit, 1),
    r.Rule("anaphoric_unit", compile_rule(
        rf"{POSITION}(?:that\s+(?:same\s+)?|the\s+(?P<rel>following|next|same)\s+)(?P<unit>day|week|month|quarter|year)"),
        rel.read_anaphoric_unit, 1),
    r.Rule("week_of", compile_rule(rf"the\s+week\s+of\s+{MONTH}\s*{DAY}(?:\s*,\s*{YEAR})?"), r.read_week_of, 2),
    r.Rule("year_end", compile_rule(r"year[- ]end|year['’]s\s+end"), rel.read_year_end, 1),
    r.Rule("season_year", compile_rule(
        rf"{POSITION}(?:the\s+)?(?P<s>spring|summer|fall|autumn|winter)\s+(?:of\s+)?{ANY_YEAR}"),
        rel.read_season_year, 2),
    r.Rule("duration", compile_rule(
        rf"{QUANTITY_MOD}{DURATION_REL}{NUMBER}{FRACTION}[\s-]+(?:more\s+)?{UNIT}(?P<frac2>\s+and\s+a\s+half)?(?P<long>-long|-old|\s+old)?"
        rf"{OR_SO}(?:\s+(?P<dir>ago|earlier|{LATER_YEARS}|from\s+now|hence))?"), rel.read_duration, 1),
    r.Rule("year_ago", compile_rule(r"(?:the\s+)?year[- ](?:earlier|ago)(?:\s+(?:(?P<ord>first|second|third|fourth)"
                                    r"[\s-]+)?(?P<unit>quarter|half|period|month|nine\s+months))?"),
           rel.read_year_ago, 1),
    r.Rule("spelled_year", compile_rule(rf"(?:the\s+year\s+)?{SPELLED_YEAR}"),
        r.read_spelled_year, 1),
    r.Rule("vague_plural", compile_rule(
        r"(?:(?<=\bfor\s)|(?<=\bwithin\s))(?P<unit>years|months|weeks|days|hours|minutes|decades|centuries)"), rel.read_vague_plural, 0),
    r.Rule("set", compile_rule(rf"(?:every|each|per)\s+(?:(?P<other>other)\s+)?(?:(?:{NUMBER})\s+)?(?:{UNIT}|{WEEKDAY}"
                               rf"|{MONTH_FULL})"),
           rel.read_set, 1),
    r.Rule("rate", compile_rule(r"(?:(?P<times>once|twice|(?:\w+\s+)times)\s+)?(?:a|per)\s+"
                                r"(?P<unit>year|month|week|day|hour)"), rel.read_rate, 2),
    r.Rule("frequency", compile_rule(r"(?P<f>hourly|daily|nightly|weekly|biweekly|monthly|yearly)"),
           rel.read_frequency, 0),
    r.Rule("clock", compile_rule(
        rf"{QUANTITY_MOD}(?:(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d\d))?\s*(?:(?P<ap>[ap]\.?m\b\.?)|in\s+the\s+{PART_OF_DAY})"
        r"|(?P<nm>noon|midnight))"
        rf"{TZ}{CLOCK_DAY}"), rel.read_clock, 2),
]
