"""The temporal tagger: find time expressions with the rule table, pick non-overlapping ones, resolve each
against the publication date (a day, a range of days, or unknown), or, for anaphors ("the following year",
"that day"), against the last date the text named before them.

Tagging is two steps. Reading (:func:`read_forms`) needs the text and the tense of each clause, and no date:
it gives each expression's form, what its value is relative to. Resolving (:func:`resolve_forms`) needs the
forms, the text and the publication date, and no parse: an article the corpus dates later is resolved again
from its stored forms (:mod:`dateline.time.redate`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dateline.model import Direction, PublicationDate, TimeExpression, TimexForm
from dateline.time.calendar import is_day_value, safe_date, shared_value
from dateline.time.grammar import MONTH, WEEKDAY_ABBR
from dateline.time.rules import Context, Reading
from dateline.time.table import HOLIDAYS, RULES

#: A range wider than this is too loose to resolve relative expressions against (more than a year).
MAX_RANGE_DAYS = 366

DirectionOf = Callable[[int, int], Direction]


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    rule: str
    reading: Reading
    priority: int


def find_candidates(text: str) -> list[Candidate]:
    """Every match of every rule whose reader accepts it (overlaps included)."""
    found: list[Candidate] = []
    for rule in RULES:
        for match in rule.pattern.finditer(text):
            reading = rule.read(match, text)
            if reading is not None:
                found.append(Candidate(match.start(), match.end(), rule.name, reading, rule.priority))
    return found


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then higher priority, then earliest; in text order."""
    chosen: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), -c.priority, c.start)):
        if all(cand.end <= c.start or cand.start >= c.end for c in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


def anchor_days(published: PublicationDate | None) -> list[date]:
    """The days an expression must be resolved against: one, every day of a range, or none."""
    if published is None or published.earliest is None or published.latest is None:
        return []
    width = (published.latest - published.earliest).days
    if width < 0 or width > MAX_RANGE_DAYS:
        return []
    return [published.earliest + timedelta(days=k) for k in range(width + 1)]


def resolve(reading: Reading, days: list[date], direction: Direction) -> str | None:
    """The value on every anchor day if they agree, else the most specific value they share."""
    if not days:
        return reading.resolve(Context(None, direction))
    return shared_value([reading.resolve(Context(day, direction)) for day in days])


def tag_text(text: str, published: PublicationDate | None, direction_of: DirectionOf | None = None,
             ) -> list[TimeExpression]:
    """All time expressions in ``text``, resolved against ``published``.

    ``direction_of(start, end)`` tells the tense around a span (see ``tense.direction_at``); without it every
    expression takes the news default (weekdays in the past, dates nearest the anchor).
    """
    return resolve_forms(text, read_forms(text, direction_of), published)


#: The rule name of a bare day coordinated with the date before it ("April 24 and 25"), which is a time
#: expression only when that date resolves to a day (:func:`coordinated_days`).
COORDINATED_DAY = "coordinated_day"


def read_forms(text: str, direction_of: DirectionOf | None = None) -> list[TimexForm]:
    """The form of every time expression in ``text``, in text order, each followed by the bare day
    coordinated with it, if any ("and 25" after "April 24"): that day is tagged only when the expression
    resolves to a day, which only the publication date may tell, so its form is kept either way."""
    forms: list[TimexForm] = []
    for cand in select(find_candidates(text)):
        start, end = trim(text, cand.start, cand.end)
        if in_title(text[start:end]) or in_name(text, start):
            continue
        forms.append(_form(start, end, cand.rule, cand.start, direction_of))
        day = coordinated_span(text, end)
        if day is not None:
            forms.append(_form(*day, COORDINATED_DAY, day[0], direction_of))
    return forms


def _form(start: int, end: int, rule: str, match_start: int, direction_of: DirectionOf | None) -> TimexForm:
    return TimexForm(start, end, rule, match_start, direction_of(start, end) if direction_of else "nearest")


def resolve_forms(text: str, forms: list[TimexForm], published: PublicationDate | None) -> list[TimeExpression]:
    """The time expressions that ``forms`` (read from ``text``) give against ``published``, in text order."""
    days = anchor_days(published)
    timexes: list[TimeExpression] = []
    referent: Referent | None = None
    for form in forms:
        if form.rule == COORDINATED_DAY:
            continue  # tagged by coordinated_days, if the expression before it resolves to a day
        reading = reading_of(text, form)
        value = resolve(reading, anaphor_days(reading, referent, days), form.direction) \
            or underspecified_day(reading, referent)
        timexes.append(TimeExpression(form.start, form.end, text[form.start:form.end], reading.type, value,
                                      reading.mod))
        referent = referent_of(value) or referent
    return coordinated_days(text, clock_on_named_day(text, year_on_year(text, timexes)))


RULE_NAMED = {rule.name: rule for rule in RULES}


def reading_of(text: str, form: TimexForm) -> Reading:
    """The reading the form's rule makes of its match: the one the text gave when the form was read, since
    a pattern matches the same at the same place of the same text, and its reader sees the same words."""
    rule = RULE_NAMED[form.rule]
    match = rule.pattern.match(text, form.match_start)
    reading = rule.read(match, text) if match else None
    if reading is None:
        raise ValueError(f"rule {form.rule} does not read {text[form.start:form.end]!r} at {form.match_start}: "
                         "the text is not the one the form was read from")
    return reading


#: A resolved value an anaphor can count from: its first day and the unit it is precise to.
Referent = tuple[date, str]
#: Units from coarse to fine: a referent serves an anaphor whose unit is no finer than its own precision.
PRECISION = ("year", "quarter", "month", "week", "day")
EXPLICIT_VALUE = re.compile(r"(\d{4})(?:-Q([1-4])|-(\d\d)(?:-(\d\d))?)?(?:T|$)")


def referent_of(value: str | None) -> Referent | None:
    """A calendar value ("1995-05-22", "1998-06", "1988-Q2", "1998") as the date it starts on and its
    precision; None for durations, weeks, references and the like, which do not anchor "that day"."""
    found = EXPLICIT_VALUE.match(value or "")
    if not found:
        return None
    year, quarter, month, day = found.groups()
    if quarter:
        return date(int(year), 3 * int(quarter) - 2, 1), "quarter"
    precision = "day" if day else "month" if month else "year"
    return date(int(year), int(month or 1), int(day or 1)), precision


def anaphor_days(reading: Reading, referent: Referent | None, days: list[date]) -> list[date]:
    """The anchor days of an expression. An anaphor ("the following year", "that day") counts from the last
    date the text named, as a reader of a narrative does; with none before it, from publication. A referent
    too coarse for it ("that day" after "in 1998") gives no anchor day (``underspecified_day`` then writes the
    value) rather than a guess, or, for a loose anaphor, anchors it on publication."""
    if reading.anaphor is None or referent is None:
        return days
    start, precision = referent
    if PRECISION.index(precision) >= PRECISION.index(reading.anaphor):
        return [start]
    return days if reading.loose else []


def underspecified_day(reading: Reading, referent: Referent | None) -> str | None:
    """A day anaphor after a coarser date ("that same day" after "last October") names an unknown day of
    that month or year, which TIMEX3 writes with X digits (``1998-10-XX``) rather than leaving it unvalued."""
    if reading.anaphor != "day" or reading.loose or referent is None:
        return None
    start, precision = referent
    return {"month": f"{start:%Y-%m}-XX", "year": f"{start.year}-XX-XX"}.get(precision)


#: Year-granular expressions that, in a story about a quarter, mean that quarter of their year.
YEAR_AGO = re.compile(r"(?:(?:a|one|the)\s+)?year[- ](?:ago|earlier)\b|.*\b(?:quarter|period)$", re.IGNORECASE)
#: "…compared with a $5 million loss last year": a figure set beside the same period a year before.
COMPARED = re.compile(r"(?:compared\s+with|from|versus|against)\s[^.;]{0,40}$", re.IGNORECASE)
QUARTER_VALUE = re.compile(r"(\d{4})-(Q[1-4]|H[12])$")


def year_on_year(text: str, timexes: list[TimeExpression]) -> list[TimeExpression]:
    """In a story about a quarter's results, "a year earlier" / "the year-ago quarter" is that quarter a
    year before (``1988-Q3``), not the whole year: narrow it to the quarter the story is about, the first one
    it names (the lead states the news; a quarter named later is usually a comparison, "a flat second
    quarter")."""
    quarter: re.Match[str] | None = None
    out = []
    for tx in timexes:
        found = QUARTER_VALUE.match(tx.value or "")
        if found:
            quarter = quarter or found
        elif quarter and tx.value and tx.value.isdigit() and len(tx.value) == 4 and is_comparison(text, tx):
            tx = replace(tx, value=f"{tx.value}-{quarter.group(2)}")
        out.append(tx)
    return out


def is_comparison(text: str, tx: TimeExpression) -> bool:
    """Whether a year-valued expression names a comparison period ("a year earlier", "the 1988 period",
    "compared with … last year")."""
    if YEAR_AGO.match(tx.text):
        return True
    return tx.text.lower() == "last year" and bool(COMPARED.search(text[max(0, tx.start - 60):tx.start]))


#: " and 25" after "April 24": a second day of the month just named, closing its clause or phrase.
NEXT_DAY = re.compile(r"\s+(?:and|or)\s+([12]\d|3[01]|[1-9])(?=\s*[.,;)]|\s+(?:in|at|on|when)\b)")


#: What may stand between a clock time and the day written right after it ("at 6:15pm on March 3"); not a
#: comma, which in a list parts two times of their own.
CLOCK_DAY_GAP = re.compile(r"\s+(?:on\s+)?", re.IGNORECASE)
#: A clock time on a day ("2023-06-02T16:30"), not a part of one ("2023-06-02TNI").
CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\d(T\d\d.*)")


def clock_on_named_day(text: str, timexes: list[TimeExpression]) -> list[TimeExpression]:
    """"Doors open at 6:15pm on March 3": a clock time followed at once by a day is at that day, not at the day
    the text named before it (or publication), which the clock time alone is resolved against."""
    out = list(timexes)
    for index, (tx, after) in enumerate(zip(timexes, timexes[1:])):
        clock = CLOCK_VALUE.fullmatch(tx.value or "") if tx.type == "TIME" else None
        day = (after.value or "")[:10]
        if clock and is_day_value(day) and CLOCK_DAY_GAP.fullmatch(text, tx.end, after.start):
            out[index] = replace(tx, value=day + clock.group(1))
    return out


def coordinated_days(text: str, timexes: list[TimeExpression]) -> list[TimeExpression]:
    """"The summit on April 24 and 25": the bare day after "and" is another date, of the month and year
    of the day before it; TimeML tags it apart, as it does each date of a list."""
    out: list[TimeExpression] = []
    for tx in timexes:
        out.append(tx)
        span = coordinated_span(text, tx.end)
        if span is not None and is_day_value(tx.value):
            day = safe_date(int(tx.value[:4]), int(tx.value[5:7]), int(text[span[0]:span[1]]))
            if day is not None:
                out.append(TimeExpression(*span, text[span[0]:span[1]], "DATE", day.isoformat()))
    return out


def coordinated_span(text: str, end: int) -> tuple[int, int] | None:
    """The span of a bare day coordinated with an expression that ends at ``end`` in a digit ("and 25"
    after "April 24")."""
    found = NEXT_DAY.match(text, end)
    return found.span(1) if found and text[end - 1].isdigit() else None


#: Words prose writes in lower case: capitalised after the first word, they are part of a title.
TITLE_WORD = re.compile(r"\s(?:Week|Weeks|Month|Months|Year|Years|Hours|Minutes|Morning|Night|Noon)\b")


def in_title(span: str) -> bool:
    """Whether an expression is part of a name ("ABC's This Week", "CBS's 60 Minutes"), which TimeML does not
    tag: a word prose writes in lower case is capitalised inside it."""
    return TITLE_WORD.search(span) is not None


#: The first word of a time name that prose capitalises anywhere: a month, a weekday ("Tuesdays"), a holiday, "Q3".
PROPER_TIME_WORD = re.compile(rf"(?:{MONTH}|{WEEKDAY_ABBR}|{HOLIDAYS}|q[1-4])s?(?![a-z])", re.IGNORECASE)
#: A word in capitals and small letters ("Daily", "Three-Day"), not an all-capitals one ("TODAY").
CAPITALISED = re.compile(r"[A-Z][a-z]")
#: A word and nothing but spaces before a position on its line: no sentence ends or starts there.
MID_SENTENCE = re.compile(r"[^\W_][ \t\u00a0]+$")


def in_name(text: str, start: int) -> bool:
    """Whether an expression opens with a word prose writes in lower case, capitalised in mid-sentence:
    part of a name ("The Daily Beast", "NBC's Today show", "the Christmas Weekly Address", "the Fair Hill
    Three-Day Event"), which TimeML does not tag. A capital at the start of a sentence or a line says
    nothing, and months, weekdays and holidays are capitalised wherever they stand."""
    if not CAPITALISED.match(text, start) or PROPER_TIME_WORD.match(text, start):
        return False
    return MID_SENTENCE.search(text, max(0, start - 40), start) is not None


#: "the third-quarter loss", "The year-ago results": a determiner before one hyphenated word that modifies
#: the noun after it.
PRENOMINAL = re.compile(r"the\s+(?=[^\s-]+(?:-[^\s-]+)+$)", re.IGNORECASE)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces and a trailing comma the patterns may have taken, and the determiner of a
    prenominal expression: in "the third-quarter loss" the time expression modifies "loss", and "the"
    belongs to the noun phrase that "loss" heads, not to the time expression (TimeML tags "third-quarter")."""
    while end > start and text[end - 1] in " ,\n\t":
        end -= 1
    while start < end and text[start] in " \n\t":
        start += 1
    determiner = PRENOMINAL.match(text[start:end])
    if determiner and re.match(r"\s+[a-z]", text[end:end + 2]):
        start += determiner.end()
    return start, end
