"""How ``dateline eval pubdate`` compares inferred publication dates with the true days."""

from __future__ import annotations

from datetime import date

from dateline.evaluation.pubdate import pubdate_report
from dateline.model import PublicationDate


def test_pubdate_report() -> None:
    truth = date(2024, 3, 22)
    report = pubdate_report([(truth, PublicationDate.on(truth, "text")),
                             (truth, PublicationDate(date(2024, 3, 21), date(2024, 3, 27), "text")),
                             (truth, PublicationDate.on(date(2024, 3, 1), "text")),
                             (truth, PublicationDate())])
    assert (report.exact, report.holds, report.wrong, report.unknown) == (1, 2, 1, 1)
    assert report.median_width_days == 1
