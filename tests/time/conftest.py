"""Fixtures for the time stage: the model with Dateline's time components, and a tagging helper."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language

from dateline.model import PublicationDate, TimeExpression


@pytest.fixture(scope="session")
def time_nlp(nlp: Language) -> Language:
    """The session model with the two time components appended (once)."""
    for name in ("dateline_pubdate", "dateline_timex"):
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


@pytest.fixture(scope="session")
def tag(time_nlp: Language) -> Callable[[str, date | None], list[TimeExpression]]:
    """tag(text, anchor day or None) -> the timexes, through the full pipeline (parse included)."""
    def run(text: str, day: date | None) -> list[TimeExpression]:
        doc = time_nlp.make_doc(text)
        doc._.published = PublicationDate.on(day, "metadata") if day else None
        return time_nlp(doc)._.timexes
    return run


def values(timexes: list[TimeExpression]) -> dict[str, str | None]:
    return {t.text: t.value for t in timexes}
