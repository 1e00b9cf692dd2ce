"""The ``dateline/1`` export contract on the seed corpus."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from dateline import pipeline
from dateline.export import get_exporter
from dateline.store import Store


@pytest.fixture(scope="module")
def document(seed_db: Path) -> dict:
    out = io.StringIO()
    with Store(seed_db) as store:
        get_exporter("json")(store.conn, out)
    return json.loads(out.getvalue())


def test_contract_keys(document: dict) -> None:
    assert document["schema"] == "dateline/1"
    assert set(document) >= {"articles", "time_expressions", "entities", "quotes", "figures", "figure_series",
                             "storylines", "timeline"}
    assert set(document["articles"][0]) >= {"id", "source", "title", "published", "published_earliest",
                                            "published_latest", "published_basis", "text", "dropped"}


def test_metadata_date_and_dropped_lines(document: dict) -> None:
    by_name = {Path(a["source"]).name[:3]: a for a in document["articles"]}
    first = by_name["000"]
    assert (first["published"], first["published_basis"]) == ("2023-12-21", "metadata")
    assert [d["text"][:8] for d in first["dropped"]] == ["OPINION:", "READ: US"]
    assert by_name["003"]["title"] == "US pushes for longer Israel-Hamas truce"


def test_every_span_indexes_its_article_text(document: dict) -> None:
    texts = {a["id"]: a["text"] for a in document["articles"]}
    for timex in document["time_expressions"]:
        assert texts[timex["article_id"]][timex["start"]:timex["end"]] == timex["text"]
    for event in document["events"]:
        for party in event["actors"] + event["targets"]:
            assert texts[event["article_id"]][party["start"]:party["end"]] == party["text"] or party["candidate"]
    for day in document["timeline"]:
        for entry in day["entries"]:
            assert texts[entry["article_id"]][entry["start"]:entry["end"]] == entry["text"]


def test_the_hostages_taken_series_shows_both_sides_of_its_conflict(document: dict) -> None:
    """Seed 003 has Qatar's 240 hostages seized on Oct. 7, seed 002 "251 captives were taken": one series,
    one conflict, each point naming its figure and its honest report date."""
    texts = {a["id"]: a["text"] for a in document["articles"]}
    (taken,) = [s for s in document["figure_series"] if s["series"] == "hostages:taken"]
    points = [(p["value"], p["source"], p["date"], p["earliest"], p["latest"]) for p in taken["points"]]
    assert points == [(240, "Qatar", "2023-11-28", "2023-11-28", "2023-11-28"), (251, None, None, None, None)]
    assert taken["conflicts"] == [[0, 1]] and taken["conflict_confidence"] == [0.6]
    assert [p["confidence"] for p in taken["points"]] == [0.9, 0.6]
    assert [texts[p["article_id"]][p["start"]:p["end"]] for p in taken["points"]] == ["240", "251"]


def test_timeline_days_are_in_order(document: dict) -> None:
    days = [day["date"] for day in document["timeline"]]
    assert days == sorted(days)


def test_every_timeline_entry_carries_its_confidence_at_or_above_the_line(document: dict) -> None:
    confidences = [e["confidence"] for day in document["timeline"] for e in day["entries"]]
    assert confidences == [0.643, 0.643, 0.55, 0.55, 0.518, 0.518]


def test_one_seed_storyline_holds_every_entry(document: dict) -> None:
    (storyline,) = document["storylines"]
    assert len(storyline["article_ids"]) == 5
    assert {e["storyline_id"] for day in document["timeline"] for e in day["entries"]} == {storyline["id"]}


def test_unknown_format_names_the_available_ones() -> None:
    with pytest.raises(KeyError, match="available: .*json.*markdown"):
        get_exporter("pdf")


def test_events_list_every_party_and_how_sure_each_part_is(document: dict) -> None:
    """A joint act (seed 001's press conference) has both sides as actors; a pronoun actor is unknown, its
    words kept as the candidate; each event says how sure its actor, target and day are."""
    [conference] = [e for e in document["events"] if e["text"] == "conference" and e["actors"]]
    assert [(p["text"], p["entity_id"], p["confidence"]) for p in conference["actors"]] == [
        ("US Secretary of State Antony Blinken", "person:antony-blinken", 0.9),
        ("Egyptian Foreign Minister Sameh Shoukry", "person:sameh-shoukry", 0.9)]
    assert conference["confidence"] == {"actor": 0.9, "target": 0.9, "date": None, "type": None}
    [resign] = [e for e in document["events"] if e["text"] == "resign"]
    assert (resign["actor"], resign["actor_candidate"], resign["actors"][0]["candidate"]) == (None, "him", "him")
    assert all(set(e["confidence"]) == {"actor", "target", "date", "type"} for e in document["events"])


def test_a_doubtful_lead_actor_is_exported_unknown_with_its_candidate(tmp_path: Path) -> None:
    """A lead actor read off a predicate the parser gave two subjects ("Bills" and "receiver" both subjects of
    "said") keeps its entity link in the store, but the export shows it as unknown, its words the candidate."""
    (tmp_path / "bills.txt").write_text("date 2019-11-19 Receiver back\n\nThe Bills wide receiver said the "
                                        "hamstring recovery took most of the summer.\n\nThe Buffalo Bills open "
                                        "their season at home on Sunday.\n", "utf-8")
    out = io.StringIO()
    with Store(tmp_path / "d.db") as store:
        pipeline.build([tmp_path], store)
        get_exporter("json")(store.conn, out)
    [lead] = [e for e in json.loads(out.getvalue())["events"] if e["main"]]
    assert (lead["actor"], lead["actor_entity_id"], lead["actor_candidate"], lead["confidence"]["actor"]) == \
        (None, None, "Bills", 0.45)
