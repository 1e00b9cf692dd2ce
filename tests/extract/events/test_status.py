"""Whether an event happened, read off the grammar around it by the full pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline.model import Article
from dateline.nlp.pipeline import make_doc, shared_pipeline


@pytest.fixture(scope="module")
def pipeline() -> Language:
    return shared_pipeline()


@pytest.mark.parametrize(("text", "trigger", "status"), [
    # An attempt is an act done, failed or not; what it is to bring about is not yet done.
    ("Iran has tried to hack into the email accounts of Israeli defence officials.", "hack", "happened"),
    ("Militants attempted to assassinate the prime minister on Monday.", "assassinate", "happened"),
    ("Mediators are trying to arrange the release of more hostages.", "release", "planned"),
    # An intention is not done.
    ("The minister plans to visit Cairo next week.", "visit", "planned"),
    # So is the act of a noun of intention's complement.
    ("The guild voiced its readiness to resume talks with the mill owners.", "talks", "planned"),
    # An embedded question leaves its event open, asked by anyone.
    ("The harbour clerk asked whether pirates had attacked the blue ferry off Vantry.", "attacked", "hypothetical"),
])
def test_the_status_of_an_event(pipeline: Language, text: str, trigger: str, status: str) -> None:
    doc = pipeline(make_doc(pipeline, Article(id="a", source="a", text=text)))
    found = [e.status for e in doc._.events if text[e.trigger[0]:e.trigger[1]] == trigger]
    assert found == [status]
