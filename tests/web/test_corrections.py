"""Corrections from the web app: made and undone from a page's forms on this machine, listed on the audit page
and in the exports, and refused from anywhere else, from another site, without the form's token, or when the
server is read-only."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dateline.web import create_app

LOCAL = {"base_url": "http://127.0.0.1:8000", "client": ("127.0.0.1", 50123)}
PRESSURE = "US Secretary of State Antony Blinken, meanwhile, said on Wednesday"


@pytest.fixture()
def writable_db(web_db: Path, tmp_path: Path) -> Path:
    db = tmp_path / "dateline.db"
    shutil.copy(web_db, db)
    return db


@pytest.fixture()
def local(writable_db: Path) -> Iterator[TestClient]:
    """A browser on the machine serving the store."""
    with TestClient(create_app(writable_db), follow_redirects=False, **LOCAL) as client:
        yield client


def form_fields(html: str, button: str, containing: str | None = None) -> dict[str, str]:
    """The hidden fields of the form whose button reads ``button`` (in the list item holding ``containing``)."""
    if containing is not None:
        html = next(li for li in re.findall(r"<li[^>]*>.*?</li>", html, re.S) if containing in li)
    form = next(f for f in re.findall(r"<form.*?</form>", html, re.S) if f"<button>{button}</button>" in f)
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', form))


def entry_texts(client: TestClient) -> list[str]:
    timeline = client.get("/api/storylines/all").json()
    return [entry["text"] for day in timeline["days"] for entry in day["entries"]]


def test_hiding_an_entry_from_its_page_then_undoing_it(local: TestClient) -> None:
    fields = form_fields(local.get("/storylines/all").text, "Hide", PRESSURE)
    assert fields["kind"] == "hide" and fields["back"] == "/storylines/all" and len(fields["csrf"]) > 30
    answer = local.post("/corrections", data=fields)
    assert (answer.status_code, answer.headers["location"]) == (303, "/storylines/all")
    assert not any(text.startswith(PRESSURE) for text in entry_texts(local))
    [made] = local.get("/api/corrections").json()["corrections"]
    assert (made["kind"], made["via"], made["undone_at"]) == ("hide", "web", None)
    assert made["author"] and made["made_at"].startswith("20")
    audit = local.get("/corrections").text
    undo = form_fields(audit, "Undo")
    assert f'action="/corrections/{made["id"]}/undo"' in audit
    assert local.post(f"/corrections/{made['id']}/undo", data=undo).status_code == 303
    assert any(text.startswith(PRESSURE) for text in entry_texts(local))
    [undone] = local.get("/api/corrections").json()["corrections"]
    assert undone["undone_at"] and "undone" in local.get("/corrections").text


def test_pinning_correcting_a_speaker_and_a_date_from_the_pages(local: TestClient, article_ids: dict[str, str]) -> None:
    html = local.get("/storylines/all").text
    pin = form_fields(html, "Pin", "US President Joe Biden said on Wednesday")
    assert local.post("/corrections", data=pin).status_code == 303
    assert '(pinned)' in local.get("/storylines/all").text
    article = local.get(f"/articles/{article_ids['000']}").text
    csrf = re.search(r'name="csrf" value="([^"]+)"', article)[1]
    speaker = {"csrf": csrf, "kind": "speaker", "article_id": article_ids["000"], "start": "141", "end": "157",
               "speaker": "Antony Blinken"}
    assert local.post("/corrections", data=speaker).status_code == 303
    quotes = local.get(f"/api/articles/{article_ids['000']}").json()["quotes"]
    assert [q["speaker"] for q in quotes if q["cite"]["start"] == 141] == ["Antony Blinken"]
    date = {"csrf": csrf, "kind": "date", "article_id": article_ids["002"], "day": "2024-08-20", "back": "/x"}
    assert local.post("/corrections", data=date).headers["location"] == "/x"
    published = local.get(f"/api/articles/{article_ids['002']}").json()["published"]
    assert (published["earliest"], published["latest"]) == ("2024-08-20", "2024-08-20")
    kinds = [c["kind"] for c in local.get("/api/corrections").json()["corrections"]]
    assert kinds == ["date", "speaker", "pin"]  # newest first


def test_merging_and_splitting_entities_from_the_entity_page(local: TestClient) -> None:
    merge = form_fields(local.get("/entities/person:raan").text, "Merge")
    assert local.post("/corrections", data={**merge, "into": "Natalie Raanan"}).status_code == 303
    assert local.get("/api/entities/person:raan").status_code == 404
    assert "Raan" in local.get("/api/entities/person:natalie-raanan").json()["aliases"]
    split = form_fields(local.get("/entities/person:antony-blinken").text, "Split off “the US official”")
    assert local.post("/corrections", data=split).status_code == 303
    assert local.get("/api/entities/person:the-us-official").json()["name"] == "the US official"


def test_a_wrong_correction_answers_why_and_changes_nothing(local: TestClient) -> None:
    fields = form_fields(local.get("/storylines/all").text, "Hide", PRESSURE)
    assert local.post("/corrections", data={**fields, "start": "1"}).status_code == 404
    assert local.post("/corrections", data={**fields, "kind": "date", "day": "someday"}).status_code == 422
    assert local.post("/corrections", data={**fields, "start": "one"}).status_code == 422
    assert local.post("/corrections", data={**fields, "back": "//evil.example/"}).headers["location"] == \
        "/corrections"  # only ever back to a page of the app
    assert [c["kind"] for c in local.get("/api/corrections").json()["corrections"]] == ["hide"]


@pytest.mark.parametrize(("headers", "reason"), [
    ({"Origin": "http://evil.example"}, "another site"),
    ({"Sec-Fetch-Site": "cross-site"}, "another site"),
    ({"Sec-Fetch-Site": "same-site"}, "another site"),
    ({"Host": "evil.example:8000"}, "only from this machine"),  # a DNS-rebinding page, under its own name
])
def test_cross_site_requests_are_refused(local: TestClient, headers: dict[str, str], reason: str) -> None:
    fields = form_fields(local.get("/storylines/all").text, "Hide", PRESSURE)
    answer = local.post("/corrections", data=fields, headers=headers)
    assert answer.status_code == 403 and reason in answer.text
    assert local.get("/api/corrections").json()["corrections"] == []


def test_a_form_without_the_servers_token_is_refused(local: TestClient) -> None:
    fields = form_fields(local.get("/storylines/all").text, "Hide", PRESSURE)
    for token in ("", "guessed", None):
        data = {**fields, "csrf": token} if token is not None else {k: v for k, v in fields.items() if k != "csrf"}
        assert local.post("/corrections", data=data).status_code == 403
    assert local.post("/corrections", data=fields, headers={"Origin": "http://127.0.0.1:8000",
                                                            "Sec-Fetch-Site": "same-origin"}).status_code == 303


def test_another_machine_sees_no_forms_and_cannot_correct(writable_db: Path) -> None:
    with TestClient(create_app(writable_db), follow_redirects=False, base_url="http://127.0.0.1:8000",
                    client=("192.0.2.7", 40000)) as remote, \
            TestClient(create_app(writable_db), follow_redirects=False, **LOCAL) as local:
        fields = form_fields(local.get("/storylines/all").text, "Hide", PRESSURE)
        assert "<form class=\"correct\"" not in remote.get("/storylines/all").text
        answer = remote.post("/corrections", data={**fields, "csrf": remote.app.state.token})
        assert answer.status_code == 403 and "only from this machine" in answer.text


def test_read_only_serving_takes_no_correction(writable_db: Path) -> None:
    with TestClient(create_app(writable_db, read_only=True), follow_redirects=False, **LOCAL) as client:
        assert "<form class=\"correct\"" not in client.get("/storylines/all").text
        answer = client.post("/corrections", data={"csrf": client.app.state.token, "kind": "hide"})
        assert answer.status_code == 403 and "--read-only" in answer.text
        assert "Corrections can be made and undone only" in client.get("/corrections").text


def test_corrections_are_in_the_exports(local: TestClient) -> None:
    fields = form_fields(local.get("/storylines/all").text, "Hide", PRESSURE)
    local.post("/corrections", data={**fields, "note": "a teaser, not news"})
    [listed] = local.get("/export/json").json()["corrections"]
    assert {k: listed[k] for k in ("kind", "start", "end", "note", "via")} == \
        {"kind": "hide", "start": 401, "end": 600, "note": "a teaser, not news", "via": "web"}
