"""The "Needs review" pages: what is shown as unknown below the confidence line, with its candidate, confidence
and citation, and the correction that accepts it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from tests.web.test_corrections import LOCAL, form_fields

from dateline.web import create_app

CEASEFIRE = "The US had hoped to secure a six-week ceasefire and hostage deal by the start of"


def held(client: TestClient, path: str = "/api/review") -> list[tuple[str, float, str]]:
    return [(item["day"], item["confidence"], item["text"][:40]) for item in client.get(path).json()["items"]
            if item["kind"] == "held"]


def test_the_store_review_lists_the_seed_days_held_back_with_their_confidence(client: TestClient) -> None:
    assert ("2024-03-10", 0.2, CEASEFIRE[:40]) in held(client)
    [ceasefire] = [i for i in client.get("/api/review").json()["items"] if i["text"].startswith(CEASEFIRE)]
    assert (ceasefire["kind"], ceasefire["candidate"], ceasefire["cite"]["outlet"], ceasefire["cite"]["start"],
            ceasefire["cite"]["end"]) == ("held", "2024-03-10", "001_edec8fca0676912c.txt", 1140, 1351)
    page = client.get("/review")
    assert page.status_code == 200 and "Timeline days held back" in page.text and CEASEFIRE in page.text
    assert '<span class="confidence" title="confidence">.20</span>' in page.text
    assert "<form" not in page.text.split("<main>")[1]  # not this machine: nothing to correct with


def test_a_storyline_review_and_its_api_twin(client: TestClient) -> None:
    storyline = next(s for s in client.get("/api/storylines").json() if s["id"] != "all")
    api = client.get(f"/api/storylines/{storyline['id']}/review")
    assert api.status_code == 200 and api.json()["min_confidence"] == 0.5
    assert ("2024-03-10", 0.2, CEASEFIRE[:40]) in held(client, f"/api/storylines/{storyline['id']}/review")
    assert f'href="/storylines/{storyline["id"]}/review"' in client.get(f"/storylines/{storyline['id']}").text
    assert client.get("/storylines/nothing-here/review").status_code == 404
    assert client.get("/api/storylines/nothing-here/review").status_code == 404


@pytest.fixture()
def local_unsure(unsure_db: Path, tmp_path: Path) -> Iterator[TestClient]:
    db = tmp_path / "dateline.db"
    shutil.copy(unsure_db, db)
    with TestClient(create_app(db), follow_redirects=False, **LOCAL) as client:
        yield client


def test_a_speaker_and_a_figure_below_the_line_are_listed_and_a_candidate_accepted(local_unsure: TestClient) -> None:
    items = {item["kind"]: item for item in local_unsure.get("/api/review").json()["items"]}
    assert (items["speaker"]["candidate"], items["speaker"]["confidence"], items["speaker"]["text"]) == \
        ("MARK REGEV", 0.2, '"There is no agreement yet,"')
    assert (items["figure"]["candidate"], items["figure"]["confidence"], items["figure"]["text"]) == \
        ("cranes", 0.4, "12")
    article = local_unsure.get(f"/articles/{items['speaker']['cite']['article_id']}").text
    assert '<span class="unknown">unknown</span> <span class="meta">(candidate MARK REGEV)</span>' in article
    page = local_unsure.get("/review").text
    fields = form_fields(page, "Accept speaker")
    assert (fields["kind"], fields["speaker"], fields["back"]) == ("speaker", "MARK REGEV", "/review")
    assert local_unsure.post("/corrections", data=fields).status_code == 303
    [quote] = local_unsure.get(f"/api/articles/{items['speaker']['cite']['article_id']}").json()["quotes"]
    assert (quote["speaker"], quote["speaker_confidence"], quote["speaker_candidate"]) == ("MARK REGEV", 1.0, None)
    assert [i["kind"] for i in local_unsure.get("/api/review").json()["items"]] == ["figure"]


def test_pinning_a_held_day_from_the_review_page_puts_it_on_the_timeline(web_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "dateline.db"
    shutil.copy(web_db, db)
    with TestClient(create_app(db), follow_redirects=False, **LOCAL) as local:
        fields = form_fields(local.get("/review").text, "Pin", CEASEFIRE)
        assert (fields["kind"], fields["day"], fields["start"], fields["end"]) == ("pin", "2024-03-10", "1140", "1351")
        assert local.post("/corrections", data=fields).status_code == 303
        days = local.get("/api/storylines/all").json()["days"]
        assert any(day["day"] == "2024-03-10" and entry["text"].startswith(CEASEFIRE) and entry["confidence"] == 1.0
                   for day in days for entry in day["entries"])
        assert CEASEFIRE[:40] not in [text for _, _, text in held(local)]
