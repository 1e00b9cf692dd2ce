"""The events component's own reading across events: a predicate that names no party acted on takes it from the
act its phrases tell of, on invented sentences run through the full pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline.model import Article
from dateline.nlp.pipeline import make_doc, shared_pipeline
from dateline.records import Event


@pytest.fixture(scope="module")
def pipeline() -> Language:
    return shared_pipeline()


def _event(pipeline: Language, text: str, trigger: str) -> Event:
    doc = pipeline(make_doc(pipeline, Article(id="a", source="a", text=text)))
    found = [e for e in doc._.events if text[e.trigger[0]:e.trigger[1]] == trigger]
    assert found, f"no event {trigger!r} in {[text[e.trigger[0]:e.trigger[1]] for e in doc._.events]}"
    return found[0]


def _targets(text: str, event: Event) -> list[str]:
    return [text[start:end] for start, end in event.targets]


@pytest.mark.parametrize(("text", "trigger", "targets"), [
    ("Hundreds of dockworkers in Pellston rioted after a rally calling for the resignation of Governor Anselm "
     "Tragg.", "rioted", ["Governor Anselm Tragg"]),
    ("The Velmar parliament on Tuesday approved a law recognizing the victory of the Tarnian opposition alliance.",
     "approved", ["Tarnian opposition"]),
])
def test_an_act_done_takes_the_target_of_the_act_it_tells_of(pipeline: Language, text: str, trigger: str,
                                                             targets: list[str]) -> None:
    assert _targets(text, _event(pipeline, text, trigger)) == targets


@pytest.mark.parametrize(("text", "trigger", "targets"), [
    ("Mayor Tilda Brannock has declined to step down despite mounting pressure by the Harwick city council.",
     "declined", ["Harwick city council"]),
    ("Vostria on Friday denounced as a crime Marekia's crackdown on striking dockworkers.", "denounced",
     ["Marekia"]),
])
def test_a_response_targets_the_party_whose_act_it_responds_to(pipeline: Language, text: str, trigger: str,
                                                               targets: list[str]) -> None:
    """Refusing or denouncing an act is aimed at whoever does it, not at whom that act is aimed at."""
    assert _targets(text, _event(pipeline, text, trigger)) == targets


def test_a_clause_with_its_own_subject_tells_another_act(pipeline: Language) -> None:
    text = "Mayor Tilda Brannock resigned on Sunday as protesters threatened to storm her office in Ostervale."
    event = _event(pipeline, text, "resigned")
    assert (event.target, event.targets) == (None, ())


def test_an_act_another_party_does_is_not_searched(pipeline: Language) -> None:
    """What the students demand is their act: the tear gas is fired at them, not at whom they make demands of."""
    text = ("Police in Brellin fired tear gas at hundreds of students demanding the resignation of the education "
            "minister.")
    event = _event(pipeline, text, "fired")
    assert "education minister" not in _targets(text, event)
