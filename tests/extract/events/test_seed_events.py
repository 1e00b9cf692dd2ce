"""The events the seed corpus reports, as ``dateline build`` stores them: issue 15's list, each with its day or
an honest range, and Israel's offer to add a day for every 10 hostages marked conditional."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from dateline.store.events import event_rows


@pytest.fixture(scope="module")
def seed_events(seed_db: Path) -> list[dict[str, Any]]:
    with sqlite3.connect(seed_db) as conn:
        return event_rows(conn)


def _one(events: list[dict[str, Any]], text: str, **fields: Any) -> dict[str, Any]:
    found = [e for e in events if e["text"] == text and all(e[k] == v for k, v in fields.items())]
    assert found, f"no {text!r} with {fields}"
    return found[0]


def test_hamas_attack_on_israel_dated_7_october(seed_events: list[dict[str, Any]]) -> None:
    attack = _one(seed_events, "attack", actor="Hamas", date="2023-10-07")
    assert attack["type"] == "ASSAULT" and attack["claimed_by"] == "Antony Blinken"


def test_release_of_tai_and_raanan_before_publication(seed_events: list[dict[str, Any]]) -> None:
    release = _one(seed_events, "release", target="Judith Tai and Natalie Raanan")
    assert (release["type"], release["mode"], release["status"]) == ("RETREAT", "release", "happened")
    # "on Friday" in an article dated only to 18-24 October by the corpus, after the NLP stage: no later than
    # its latest publication day, never a guessed Friday.
    assert (release["date"], release["earliest"], release["latest"]) == (None, None, "2023-10-24")


def test_us_veto(seed_events: list[dict[str, Any]]) -> None:
    veto = _one(seed_events, "veto", actor="US")
    assert (veto["type"], veto["status"], veto["latest"]) == ("REJECT", "happened", "2023-12-21")


def test_truce_extended_on_monday_is_dated_from_the_day_its_article_reports(seed_events: list[dict[str, Any]]) -> None:
    """Seed 003 is news of Tuesday 28 November (its lead's day inside the week its text dates it to): its
    "Monday" is the 27th."""
    extended = _one(seed_events, "extended", target="truce")
    assert (extended["type"], extended["mode"], extended["status"]) == ("RETREAT", "ceasefire", "happened")
    assert (extended["date"], extended["latest"]) == ("2023-11-27", "2023-11-27")


def test_burns_in_qatar_on_tuesday(seed_events: list[dict[str, Any]]) -> None:
    visit = _one(seed_events, "was", actor="CIA Director Bill Burns")
    assert (visit["type"], visit["mode"], visit["location"], visit["date"]) == ("CONSULT", "visit", "Qatar",
                                                                                 "2023-11-28")


def test_blinken_visits_cairo_and_israel(seed_events: list[dict[str, Any]]) -> None:
    cairo = _one(seed_events, "visit", location="Cairo")
    assert cairo["date"] == "2024-03-21"
    israel = _one(seed_events, "arrive", actor="Secretary of State Antony Blinken")
    assert (israel["location"], israel["status"]) == ("Israel", "planned")


def test_draft_resolution_put_to_a_vote_on_friday(seed_events: list[dict[str, Any]]) -> None:
    vote = _one(seed_events, "vote", claimed_by="Washington")
    assert vote["status"] == "planned"
    assert (vote["earliest"], vote["latest"]) == ("2024-03-21", "2024-03-31")


def test_biden_netanyahu_talks_lead_an_undated_article(seed_events: list[dict[str, Any]]) -> None:
    pressed = _one(seed_events, "pressed", actor="US President Joe Biden")
    assert (pressed["target"], pressed["main"]) == ("Israeli Prime Minister Benjamin Netanyahu", True)
    # The article gives no date of its own, so neither does the event.
    assert (pressed["date"], pressed["earliest"], pressed["latest"]) == (None, None, None)


def test_add_a_day_for_every_10_hostages_is_conditional(seed_events: list[dict[str, Any]]) -> None:
    add = _one(seed_events, "add")
    assert (add["status"], add["claimed_by"], add["type"]) == ("conditional", "Israel", "RETREAT")
    assert add["date"] is None and add["latest"] is None
    # "Israel has said it would add": the pronoun subject of a reported clause is the reporter.
    assert add["actor"] == "Israel"


def test_ready_to_release_is_planned_by_the_brigades(seed_events: list[dict[str, Any]]) -> None:
    """"The Al-Qassam Brigades ... said in a statement on Saturday that it was ready to release “two detained
    persons”": an intention, by the brigades, dated no earlier than the statement's earliest day. The target
    names who, not how many ("detained persons"): the count is a figure."""
    release = _one(seed_events, "release", target="detained persons")
    assert (release["actor"], release["status"], release["claimed_by"]) == ("Al-Qassam Brigades", "planned",
                                                                             "Al-Qassam Brigades")
    assert (release["date"], release["earliest"], release["latest"]) == (None, "2023-10-18", None)


def test_every_article_has_one_lead_event(seed_events: list[dict[str, Any]]) -> None:
    leads = [e["article_id"] for e in seed_events if e["main"]]
    assert len(leads) == len(set(leads)) == 5
