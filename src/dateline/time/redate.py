"""Dating an analysed article anew, without parsing it again.

The corpus dates some articles only after their analysis (:mod:`dateline.link.dates`). The values of their
time expressions, the days of the events those date, and the dates of their quotes and figures all depend on
the publication date; what they are relative to does not, and the analysis stores it: each time expression's
form (:class:`~dateline.time.tagger.TimexForm`), the event its span dates, and the time expressions each quote
and figure takes its date from. Resolving those against the new date gives what analysing the article again
would give, for the cost of matching a few patterns.
"""

from __future__ import annotations

from dataclasses import dataclass

from dateline.extract.dates import day_stated
from dateline.model import PublicationDate, TimeExpression
from dateline.time.events import EventMention, dated_events
from dateline.time.tagger import TimexForm, resolve_forms

#: The time expressions (spans) a quote or figure, by its row id, takes its date from.
DatedRows = list[tuple[int, tuple[tuple[int, int], ...]]]


@dataclass(frozen=True, slots=True)
class StoredDating:
    """What an article's dates are relative to, as its analysis stored it."""

    forms: list[TimexForm]
    #: The event each time expression's span dates (:func:`dateline.time.events.event_keys`).
    form_events: dict[tuple[int, int], str]
    quotes: DatedRows
    figures: DatedRows


@dataclass(frozen=True, slots=True)
class Redated:
    """An article's dates against its new publication date: what its analysis would store now."""

    timexes: list[TimeExpression]
    events: list[EventMention]
    #: (row id, YYYY-MM-DD or None) per quote and per figure.
    quote_dates: list[tuple[int, str | None]]
    figure_dates: list[tuple[int, str | None]]


def redate_article(text: str, stored: StoredDating, published: PublicationDate) -> Redated:
    """Resolve an article's stored dating against ``published``; ``text`` is the text its analysis read."""
    timexes = resolve_forms(text, stored.forms, published)

    def dates(rows: DatedRows) -> list[tuple[int, str | None]]:
        return [(row, day_stated(dated_by, timexes, published)) for row, dated_by in rows]

    return Redated(timexes, dated_events(timexes, stored.form_events), dates(stored.quotes), dates(stored.figures))
