"""Dating an analysed article anew, without parsing it again.

The corpus dates some articles only after their analysis (:mod:`dateline.link.dates`). The values of their
time expressions, the days of the events those date, and the dates of their quotes and figures all depend on
the publication date; what they are relative to does not, and the analysis stores it: each time expression's
form (:class:`~dateline.time.tagger.TimexForm`), the event its span dates, and the time expressions each quote
and figure takes its date from. Resolving those against the new date gives what analysing the article again
would give, for the cost of matching a few patterns.
"""

from __future__ import annotations

from collections.abc import Iterable

from dateline.model import DatedRows, PublicationDate, Redated, StoredDating, TimeExpression
from dateline.records import Offsets
from dateline.time.calendar import is_day_value
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
