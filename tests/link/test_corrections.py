"""Corrections on the seed store, one of each kind, made as ``dateline correct`` makes them, then a rebuild that
analyses every article again: each correction still holds after it, and each can be undone."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline import pipeline
from dateline.link.corrections import InvalidCorrection
from dateline.store import Store
from dateline.store.corrections import Correction, corrections

BIDEN_ARTICLE, UNDATED_ARTICLE, QATAR_ARTICLE, CORPUS_DATED = (
    "7e572e21ee8fff05", "c7c500f4cc6026c4", "60f89531099b9bc1", "a6f97bcfff3eed16")
PRESSURE = (BIDEN_ARTICLE, 401, 600)  # "US Secretary of State Antony Blinken, meanwhile, said on Wednesday…"
HUMANITARIAN = (BIDEN_ARTICLE, 1550, 1694)  # "He noted that the humanitarian issue was the sticking point…"
WERE_PUSHING = (BIDEN_ARTICLE, 141, 157)  # "“We’re pushing,”", said by Biden
HOSTAGES_240 = (QATAR_ARTICLE, 1330, 1333)  # "240 hostages seized on Oct. 7", per Qatar

MADE = [
    Correction("hide", *PRESSURE, note="not news"),
    Correction("pin", *HUMANITARIAN, value={"day": "2023-12-20"}),
    Correction("date", UNDATED_ARTICLE, value={"day": "2024-08-20"}, note="from the page's print edition"),
    Correction("speaker", *WERE_PUSHING, value={"speaker": "Antony Blinken"}),
    Correction("figure", *HOSTAGES_240, value={"value": 250.0}),
    Correction("merge", value={"entity": "person:raan", "into": "person:natalie-raanan"}),
    Correction("split", value={"entity": "person:antony-blinken", "alias": "the US official"}),
    Correction("move", CORPUS_DATED, value={"storyline": None}),
]


def rows(db: Path, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def timeline_spans(db: Path) -> dict[tuple[str, int, int], str]:
    return {(a, s, e): day for day, a, s, e in rows(db, "SELECT day, article_id, start, end FROM timeline_entries")}


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory, seed_db: Path) -> Path:
    """The seed store with one correction of each kind, then analysed and linked again from scratch."""
    db = tmp_path_factory.mktemp("corrections") / "d.db"
    shutil.copy(seed_db, db)
    with Store(db) as store:
        for correction in MADE:
            pipeline.correct(store, correction, "tester", "cli")
        store.conn.execute("DELETE FROM stage_runs")  # every article is analysed again, as new code would
        report = pipeline.build([], store)
    assert report.analyzed == 5
    return db


@pytest.fixture()
def corrected_copy(rebuilt: Path, tmp_path: Path) -> Iterator[Store]:
    db = tmp_path / "copy.db"
    shutil.copy(rebuilt, db)
    with Store(db) as store:
        yield store


def test_a_hidden_entry_stays_off_the_timeline(seed_db: Path, rebuilt: Path) -> None:
    assert PRESSURE in timeline_spans(seed_db)
    assert PRESSURE not in timeline_spans(rebuilt)


def test_a_pinned_sentence_stays_on_the_timeline_on_its_day(seed_db: Path, rebuilt: Path) -> None:
    assert HUMANITARIAN not in timeline_spans(seed_db)
    assert timeline_spans(rebuilt)[HUMANITARIAN] == "2023-12-20"
    [(text, storyline)] = rows(rebuilt, "SELECT text, storyline_id FROM timeline_entries WHERE start = 1550")
    assert text.startswith("He noted that the humanitarian issue was the sticking point")
    assert storyline == rows(rebuilt, "SELECT storyline_id FROM articles WHERE id = ?", BIDEN_ARTICLE)[0][0]


def test_a_corrected_date_dates_the_article_and_its_time_expressions(seed_db: Path, rebuilt: Path) -> None:
    published = "SELECT published_earliest, published_latest, published_basis FROM articles WHERE id = ?"
    assert rows(seed_db, published, UNDATED_ARTICLE) == [(None, None, "unknown")]
    assert rows(rebuilt, published, UNDATED_ARTICLE) == [("2024-08-20", "2024-08-20", "metadata")]
    wednesday = "SELECT value FROM time_expressions WHERE article_id = ? AND start = 47"
    assert rows(seed_db, wednesday, UNDATED_ARTICLE) == [(None,)]
    assert rows(rebuilt, wednesday, UNDATED_ARTICLE) == [("2024-08-14",)]  # the Wednesday before Tue 20 August


def test_a_corrected_speaker_is_linked_to_the_entity(seed_db: Path, rebuilt: Path) -> None:
    speaker = "SELECT speaker, speaker_entity_id, speaker_confidence FROM quotes WHERE article_id = ? AND start = ?"
    assert rows(seed_db, speaker, BIDEN_ARTICLE, 141)[0][:2] == ("Joe Biden", "person:joe-biden")
    assert rows(rebuilt, speaker, BIDEN_ARTICLE, 141) == [("Antony Blinken", "person:antony-blinken", 1.0)]


def test_a_corrected_figure_keeps_its_series(seed_db: Path, rebuilt: Path) -> None:
    figure = "SELECT value, series_key, confidence FROM figures WHERE article_id = ? AND start = ?"
    assert rows(seed_db, figure, QATAR_ARTICLE, 1330)[0][:2] == (240.0, "hostages:taken")
    assert rows(rebuilt, figure, QATAR_ARTICLE, 1330) == [(250.0, "hostages:taken", 1.0)]


def test_merged_entities_are_one(seed_db: Path, rebuilt: Path) -> None:
    assert rows(seed_db, "SELECT count(*) FROM entities WHERE id = 'person:raan'") == [(1,)]
    assert rows(rebuilt, "SELECT count(*) FROM entities WHERE id = 'person:raan'") == [(0,)]
    [(aliases,)] = rows(rebuilt, "SELECT aliases FROM entities WHERE id = 'person:natalie-raanan'")
    assert "Raan" in json.loads(aliases)
    assert rows(rebuilt, "SELECT DISTINCT entity_id FROM entity_mentions WHERE text = 'Raan'") == \
        [("person:natalie-raanan",)]


def test_a_split_alias_is_an_entity_of_its_own(seed_db: Path, rebuilt: Path) -> None:
    official = "SELECT DISTINCT entity_id FROM entity_mentions WHERE text = 'the US official'"
    assert rows(seed_db, official) == [("person:antony-blinken",)]
    assert rows(rebuilt, official) == [("person:the-us-official",)]
    [(aliases,)] = rows(rebuilt, "SELECT aliases FROM entities WHERE id = 'person:antony-blinken'")
    assert json.loads(aliases) == ["Blinken"]


def test_a_moved_article_keeps_its_own_storyline(rebuilt: Path) -> None:
    # Only the move is asserted: the other four stay apart from it, however the grouping of the rest turns out
    # after the split correction takes an entity away from them.
    assert rows(rebuilt, "SELECT count(*) FROM articles WHERE storyline_id = ?", f"s-{CORPUS_DATED}") == [(1,)]
    assert rows(rebuilt, "SELECT storyline_id FROM articles WHERE id = ?", CORPUS_DATED) == [(f"s-{CORPUS_DATED}",)]


def test_every_correction_is_listed_with_who_and_when(rebuilt: Path) -> None:
    with Store(rebuilt) as store:
        made = corrections(store.conn, active=False)
    assert [c.correction.kind for c in made] == [c.kind for c in MADE]
    assert {(c.author, c.via, c.undone_at) for c in made} == {("tester", "cli", None)}
    assert made[2].correction.note == "from the page's print edition" and made[2].made_at.startswith("20")
    assert made[2].before == {"earliest": None, "latest": None, "basis": "unknown", "evidence": []}


def test_undoing_each_correction_restores_what_the_build_computes(corrected_copy: Store, seed_db: Path) -> None:
    store = corrected_copy
    for stored in corrections(store.conn):
        pipeline.undo_correction(store, stored.id, "tester")
    seed, now = sqlite3.connect(seed_db), store.conn
    for sql in ("SELECT day, article_id, start, end FROM timeline_entries ORDER BY 1, 2, 3",
                "SELECT id, published_earliest, published_latest, published_basis FROM articles ORDER BY id",
                "SELECT article_id, start, speaker, speaker_entity_id FROM quotes ORDER BY 1, 2",
                "SELECT article_id, start, value, series_key FROM figures ORDER BY 1, 2",
                "SELECT id, name, aliases FROM entities ORDER BY id",
                "SELECT id, storyline_id FROM articles ORDER BY id"):
        assert [tuple(r) for r in now.execute(sql)] == seed.execute(sql).fetchall(), sql
    seed.close()
    undone = corrections(store.conn, active=False)
    assert len(undone) == len(MADE) and all(c.undone_by == "tester" and c.undone_at for c in undone)


def test_a_correction_that_names_nothing_changes_nothing(corrected_copy: Store) -> None:
    store = corrected_copy
    before = len(corrections(store.conn, active=False))
    for wrong, error in [(Correction("hide", BIDEN_ARTICLE, 0, 5), KeyError),
                         (Correction("date", "nope", value={"day": "2024-01-01"}), KeyError),
                         (Correction("date", BIDEN_ARTICLE, value={"day": "2024-13-01"}), InvalidCorrection),
                         (Correction("speaker", BIDEN_ARTICLE, 0, 5, {"speaker": "X"}), KeyError),
                         (Correction("figure", *HOSTAGES_240, value={}), InvalidCorrection),
                         (Correction("merge", value={"entity": "person:joe-biden", "into": "person:joe-biden"}),
                          InvalidCorrection),
                         (Correction("split", value={"entity": "person:joe-biden", "alias": "Blinken"}),
                          InvalidCorrection),
                         (Correction("move", BIDEN_ARTICLE, value={"storyline": "s-nope"}), KeyError)]:
        with pytest.raises(error):
            pipeline.correct(store, wrong, "tester", "cli")
    assert len(corrections(store.conn, active=False)) == before
