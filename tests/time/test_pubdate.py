"""Publication dates on the seed corpus and on date lines: right or an honest range, never a wrong day."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.model import PublicationDate


def published(nlp: Language, text: str, metadata: date | None = None) -> PublicationDate:
    doc = nlp.make_doc(text)
    doc._.published = PublicationDate.on(metadata, "metadata") if metadata else None
    return nlp(doc)._.published


def seed(seeds_dir: Path, prefix: str) -> tuple[str, date | None]:
    """A seed's text, with its ``date YYYY-MM-DD`` prefix stripped and returned as metadata."""
    text = next(seeds_dir.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    found = re.match(r"\s*date (\d{4}-\d\d-\d\d)\s*", text)
    return (text[found.end():], date.fromisoformat(found.group(1))) if found else (text, None)


def test_metadata_date_is_kept(time_nlp: Language, seeds_dir: Path) -> None:
    text, day = seed(seeds_dir, "000")
    assert published(time_nlp, text, day) == PublicationDate.on(date(2023, 12, 21), "metadata")


@pytest.mark.parametrize("prefix,earliest,latest,true_days", [
    ("001", date(2024, 3, 21), date(2024, 3, 27), [date(2024, 3, 22)]),
    ("003", date(2023, 11, 28), date(2023, 12, 4), [date(2023, 11, 28), date(2023, 11, 29)]),
])
def test_caption_and_weekday_give_a_range(time_nlp: Language, seeds_dir: Path, prefix: str, earliest: date,
                                          latest: date, true_days: list[date]) -> None:
    text, _ = seed(seeds_dir, prefix)
    found = published(time_nlp, text)
    assert (found.earliest, found.latest, found.basis) == (earliest, latest, "text")
    assert all(found.earliest <= d <= found.latest for d in true_days)
    assert [text[s:e] for s, e in found.evidence][-1] in ("Thursday", "Tuesday")


@pytest.mark.parametrize("prefix", ["002", "004"])
def test_undatable_seeds_stay_unknown(time_nlp: Language, seeds_dir: Path, prefix: str) -> None:
    text, _ = seed(seeds_dir, prefix)
    assert published(time_nlp, text) == PublicationDate(None, None, "unknown")


def test_reuters_pipe_dateline(time_nlp: Language) -> None:
    text = "RABAT | Sat Feb 26 , 2011 4:12pm EST RABAT -LRB- Reuters -RRB- - Thousands marched on Saturday ."
    assert published(time_nlp, text) == PublicationDate.on(date(2011, 2, 26), "text", ((8, 25),))


def test_wire_month_day_dateline_takes_the_story_year(time_nlp: Language) -> None:
    text = "PARIS , April 27 (Reuters) - France said on Wednesday it would act, as it did in March 2011."
    assert published(time_nlp, text).exact == date(2011, 4, 27)


def test_an_old_date_alone_does_not_date_a_story(time_nlp: Language) -> None:
    text = "The well blew out on April 20 , 2010 . Officials said on Monday the cleanup would take years ."
    assert published(time_nlp, text).basis == "unknown"


def test_seed_000_timexes(time_nlp: Language, seeds_dir: Path) -> None:
    text, day = seed(seeds_dir, "000")
    doc = time_nlp.make_doc(text)
    doc._.published = PublicationDate.on(day, "metadata")
    found = {(t.text, t.value) for t in time_nlp(doc)._.timexes}
    assert {("Wednesday", "2023-12-20"), ("7 October", "2023-10-07")} <= found
    assert ("Wednesday", "2023-12-27") not in found
