"""Fixtures for the attribution tests: the attributions in a sentence, and a quote read back as text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from dateline.extract.quotes import find_quotes
from dateline.records import Quote

#: (source, cue, content, speaker, kind) of a quote, its spans as text.
View = tuple[str | None, str | None, list[str], str | None, str]


@pytest.fixture(scope="session")
def quotes_in(nlp: Language) -> Callable[[str], list[Quote]]:
    """The attributions ``find_quotes`` finds in a text parsed by the bare model."""
    return lambda text: find_quotes(nlp(text))


@pytest.fixture(scope="session")
def resolved_in(nlp: Language) -> Callable[[str], list[Quote]]:
    """The attributions in a text with every speaker shown however unsure, to test how a source is resolved
    apart from which resolutions are sure enough to show (``extract.quotes.speakers.CONFIDENCE``)."""
    return lambda text: find_quotes(nlp(text), min_confidence=0.0)


@pytest.fixture(scope="session")
def view() -> Callable[[str, Quote], View]:
    """A quote as (source, cue, content, speaker, kind) text, for readable assertions."""
    def read(text: str, quote: Quote) -> View:
        def at(span: tuple[int, int] | None) -> str | None:
            return text[span[0] : span[1]] if span else None

        return at(quote.source), at(quote.cue), [text[s:e] for s, e in quote.content], quote.speaker, quote.kind

    return read
