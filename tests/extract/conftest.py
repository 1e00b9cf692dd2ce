"""Fixtures for the attribution tests: the seed articles, cleaned and parsed once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dateline.clean.boilerplate import clean_text
from dateline.ingest.text import split_date_prefix


@pytest.fixture(scope="session")
def seed_docs(nlp: Language, seeds_dir: Path) -> dict[str, Doc]:
    """Seed number ("000"…"004") -> its cleaned story text, parsed, with ``article_id`` set."""
    docs = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = nlp(clean_text(split_date_prefix(path.read_text(encoding="utf-8"))[1]).text)
        doc._.article_id = path.stem[:3]
        docs[path.stem[:3]] = doc
    return docs
