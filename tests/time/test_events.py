"""Which event a time expression dates, on seed sentences."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from dateline.model import PublicationDate
from dateline.records import EventMention
from dateline.time.tagger import read_forms, resolve_forms


def _events(nlp: Language, text: str, day: date | None = None) -> list[EventMention]:
    """The events ``dateline_event_keys``, as configured by default, finds in the parsed text."""
    doc = nlp(text)
    doc._.timex_forms = read_forms(text)
    doc._.timexes = resolve_forms(text, doc._.timex_forms, PublicationDate.on(day, "metadata") if day else None)
    return nlp.create_pipe("dateline_event_keys")(doc)._.event_keys


@pytest.mark.parametrize(("text", "key"), [
    ("Israel ended the operation it launched after Hamas’s 7 October attack.", "attack"),
    ("Qatar says more than 40 of the 240 hostages seized on Oct. 7 are not held captive by Hamas.", "abduction"),
    ("1,199 persons died as a result of the October 7 strike on southern Israel.", "attack"),
])
def test_dated_event_keys(nlp: Language, text: str, key: str) -> None:
    (event,) = _events(nlp, text, date(2023, 12, 21))
    assert (event.event, event.day) == (key, "2023-10-07")


def test_relative_event_from_an_undated_article(nlp: Language) -> None:
    text = ("The release indicates the possibility of releasing more than 200 people believed to have been "
            "kidnapped by the armed movement after its bloody attacks two weeks ago.")
    (event,) = _events(nlp, text)
    assert (event.event, event.amount, event.unit, text[event.start:event.end]) == (
        "attack", 2.0, "week", "two weeks ago")


def test_the_event_word_is_sought_only_as_far_up_the_parse_as_configured(nlp: Language) -> None:
    """"seized" is two words up from "Oct. 7", through "on": one step does not reach it."""
    text = "Qatar says more than 40 of the 240 hostages seized on Oct. 7 are not held captive by Hamas."
    doc = nlp(text)
    doc._.timex_forms = read_forms(text)
    doc._.timexes = resolve_forms(text, doc._.timex_forms, PublicationDate.on(date(2023, 12, 21), "metadata"))
    assert [e.event for e in nlp.create_pipe("dateline_event_keys")(doc)._.event_keys] == ["abduction"]
    assert nlp.create_pipe("dateline_event_keys", config={"max_steps": 1})(doc)._.event_keys == []


def test_reporting_verbs_are_not_events(nlp: Language) -> None:
    assert _events(nlp, "US President Joe Biden said on Wednesday that he does not expect a deal.",
                   date(2023, 12, 21)) == []
