"""Regular-expression building blocks for time expressions, shared by the rules and the date-line finder.

Each block captures named groups; a rule's pattern is a few blocks joined, so the surface forms are
written once. Patterns are matched case-insensitively; rules that need a capital (month and weekday
names, which are also verbs and nouns: "may", "march", "sat") check it themselves.
"""

from __future__ import annotations

import re

MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:\.|\b)"
)
MONTH_FULL = (
    r"(?P<month>january|february|march|april|may|june|july|august|september|october|november|december)\b"
)
WEEKDAY = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
WEEKDAY_ABBR = r"(?:(?P<wdp>mon|tue|tues|wed|thu|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?)"
YEAR = r"(?P<y>(?:1[6-9]|20)\d\d)\b"
#: A year as transcripts spell it: "nineteen ninety-six", "two thousand and one".
SPELLED_YEAR = (
    r"(?P<sy>nineteen\s+(?:(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven"
    r"|eight|nine))?)|two\s+thousand(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine))?)"
)
#: A year in digits or spelled out, after a month or a season ("January nineteen ninety-seven").
ANY_YEAR = rf"(?:{YEAR}|{SPELLED_YEAR})"
DAY = r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
POSITION = (
    r"(?:(?P<pos>early|late|mid|earlier|later|(?:pre|post)(?=-)|(?:the\s+)?(?:beginning|start|end|middle)\s+of)"
    r"(?:\s*|-))?"
)
NUMBER = (
    r"(?P<num>\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|a\s+couple\s+of|couple\s+of|a\s+few|a\s+dozen|a\s+hundred|one\s+hundred|several|few|many|hundreds\s+of"
    r"|dozens\s+of|half\s+an?|an?)"
)
UNIT = (
    r"(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?"
    r"|decades?|century|centuries|weekends?)"
)
#: An approximator or comparator before a quantity ("about two weeks", "more than a year", "at least the
#: past 18 months"); "over", "under", "around" and "about" before a determiner are prepositions ("over the
#: last two weeks", "around the year end") and stay outside. An adverb stressing the comparator ("just over
#: an hour", "well over a year") stays outside too: neither TimeBank nor AQUAINT ever puts "just" in a span.
QUANTITY_MOD = (
    r"(?:(?P<qmod>(?:about|around|over|under)(?!\s+the\b)|roughly"
    r"|approximately|nearly|almost|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|no\s+more\s+than"
    r"|up\s+to)\s+)?"
)
PART_OF_DAY = r"(?P<pod>morning|afternoon|evening|night)"


def compile_rule(pattern: str) -> re.Pattern[str]:
    """Compile a rule pattern anchored on word boundaries, case-insensitively. A match that opens a
    compound adjective of comparison ("quarter-to-quarter", "year-over-year", "day-to-day") is no time
    expression: the compound names a way of comparing, not a period."""
    return re.compile(r"(?<![\w-])" + pattern + r"(?![\w]|-(?:to|over|on|by)-)", re.IGNORECASE)
