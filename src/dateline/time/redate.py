"""Dating an analysed article anew, without parsing it again.

The corpus dates some articles only after their analysis (:mod:`dateline.link.dates`). The values of their
time expressions, the days of the events those date, and the dates of their quotes and figures all depend on
the publication date; what they are relative to does not, and the analysis stores it: each time expression's
form (:class:`~dateline.time.tagger.TimexForm`), the event its span dates, and the time expressions each quote
and figure takes its date from. Resolving those against the new date gives what analysing the article again
would give, for the cost of matching a few patterns.

The same resolution tells which day an article dated only to a range is news of: the days its lead names
against that range (:func:`lead_day`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from dateline.model import DatedRows, PublicationDate, Redated, Sentence, StoredDating, TimeExpression
from dateline.records import Offsets
from dateline.time.calendar import is_day_value
from dateline.time.corpus import news_day, reports_event_on_day
from dateline.time.events import dated_events
from dateline.time.tagger import resolve_forms


def redate_article(text: str, stored: StoredDating, published: PublicationDate) -> Redated:
    """Resolve an article's stored dating against ``published``; ``text`` is the text its analysis read."""
    timexes = resolve_forms(text, stored.forms, published)

    def dates(rows: DatedRows) -> list[tuple[int, str | None]]:
        return [(row, day_stated(dated_by, timexes, published)) for row, dated_by in rows]

    return Redated(timexes, dated_events(timexes, stored.form_events), dates(stored.quotes), dates(stored.figures))


def day_stated(dated_by: Iterable[Offsets], timexes: list[TimeExpression],
               published: PublicationDate | None) -> str | None:
    """The day the first of ``timexes`` spanning one of ``dated_by`` names, else the publication day, else
    None: a quote's or figure's date from its cue's time expressions, resolved."""
    spans = set(dated_by)
    for timex in timexes:
        if (timex.start, timex.end) in spans and is_day_value(timex.value):
            return timex.value
    exact = published.exact if published is not None else None
    return exact.isoformat() if exact is not None else None


def lead_day(text: str, stored: StoredDating, lead: list[Sentence], published: PublicationDate) -> PublicationDate:
    """``published`` pinned to the day the article's lead reports when it is a closed range and the lead
    (its ``lead`` sentences, picked by the rule that picks a parsed article's,
    :func:`dateline.extract.events.lead.stored_lead`) names a day inside it
    (:func:`~dateline.time.corpus.news_day`), else ``published``.
    The lead's time expressions are resolved against the range itself, as the article's analysis against
    that date would resolve them: "on Tuesday" names a day only if every day of the range agrees on it. Only
    a day told in the past counts ("Burns, who was in Qatar on Tuesday"): the article was written after what
    it reports, while a day told otherwise may still be to come ("storms may reach Texas Saturday")."""
    return news_day(published, past_days_named(text, stored, lead, published)) or published


def past_days_named(text: str, stored: StoredDating, sentences: list[Sentence],
                    published: PublicationDate) -> Iterator[tuple[date, Offsets]]:
    """The days ``sentences`` name in the past, resolved against ``published``, with their spans, in text order
    (:func:`days_named_in`): what :func:`lead_day` pins a range with, reading the lead."""
    past = {(form.start, form.end) for form in stored.forms if form.direction == "past"}
    timexes = [t for t in resolve_forms(text, stored.forms, published) if (t.start, t.end) in past]
    return days_named_in(text, timexes, sentences)


def days_named_in(text: str, timexes: list[TimeExpression],
                  sentences: list[Sentence]) -> Iterator[tuple[date, Offsets]]:
    """The days ``timexes`` name inside ``sentences`` with their spans, in text order, leaving out the bounds
    of spans ("since October 7")."""
    for sentence in sentences:
        for timex in timexes:
            if (sentence.start <= timex.start and timex.end <= sentence.end and is_day_value(timex.value)
                    and reports_event_on_day(text[sentence.start:timex.start])):
                yield date.fromisoformat(timex.value), (timex.start, timex.end)
