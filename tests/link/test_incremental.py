from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline import pipeline
from dateline.cli import app
from dateline.link import incremental
from dateline.link.corrections import record_correction
from dateline.link.duplicates import find_duplicates
from dateline.link.incremental import StoredOriginals, consolidation_changes
from dateline.records import StorylineArticle
from dateline.store import Store
from dateline.store.corrections import Correction
from dateline.store.storylines import storyline_articles

Document = Callable[[Path], dict]
runner = CliRunner(env={"COLUMNS": "200"})


def _renamed(document: dict, old: str, new: str) -> dict:
    renamed: dict = json.loads(json.dumps(document).replace(old, new))
    return renamed


def test_seeds_stored_in_two_batches_link_as_one_build_but_for_the_storyline_id(
        seeds_dir: Path, seed_db: Path, store_document: Document, tmp_path: Path) -> None:
    """The last two seed articles are linked incrementally into the storyline the first three made: entities,
    duplicates, figure series, events and the timeline are what one build gives; the storyline keeps the id of
    its first batch's earliest article (a consolidation renames it), and a consolidation gives the build's store."""
    seeds, db = sorted(seeds_dir.glob("*.txt")), tmp_path / "d.db"
    with Store(db) as store:
        pipeline.build(seeds[:3], store)
        pipeline.ingest(seeds[3:], store)
        pipeline.analyze(store)
        pipeline.redate(store)
        pipeline.link(store, consolidate=False)
        kinds = [row[0] for row in store.conn.execute("SELECT kind FROM link_log ORDER BY id")]
        (kept,) = [row[0] for row in store.conn.execute("SELECT id FROM storylines")]
    whole = store_document(seed_db)
    (built,) = [s["id"] for s in whole["storylines"]]
    assert kinds == ["full", "incremental"]
    assert kept == "s-7e572e21ee8fff05" != built
    assert _renamed(store_document(db), kept, built) == whole
    with Store(db) as store:
        pipeline.link(store, consolidate=True)
        log = store.conn.execute("SELECT kind, articles, detail FROM link_log ORDER BY id DESC LIMIT 1").fetchone()
    assert store_document(db) == whole
    assert tuple(log[:2]) == ("full", 5)
    assert json.loads(log[2]) == {"storylines": 1, "merged": {}, "split": {}}


def test_a_build_adding_few_articles_links_only_them(seeds_dir: Path, tmp_path: Path) -> None:
    seeds = sorted(seeds_dir.glob("*.txt"))
    with Store(tmp_path / "d.db") as store:
        pipeline.build(seeds[:4], store)
        pipeline.build(seeds[4:], store)
        pipeline.build(seeds, store)  # nothing new: nothing linked
        log = [tuple(row) for row in store.conn.execute("SELECT kind, articles FROM link_log ORDER BY id")]
    assert log == [("full", 4), ("incremental", 1), ("incremental", 0)]


def test_the_stored_duplicate_index_finds_copies_across_batches(seeds_dir: Path, tmp_path: Path) -> None:
    story = next(seeds_dir.glob("000_*")).read_text("utf-8")[16:]
    copy = "DOHA (Reuters) - " + story.replace("Milwaukee, Wisconsin", "Milwaukee")
    other = next(seeds_dir.glob("001_*")).read_text("utf-8")
    with Store(tmp_path / "d.db") as store, store.transaction() as conn:
        conn.executemany("INSERT INTO articles (id, source, text) VALUES (?, ?, ?)",
                         [("a", "a", story), ("b", "b", other), ("c", "c", copy)])
        index = StoredOriginals(conn)
        assert find_duplicates([("a", story), ("b", other)], index) == {}
        assert find_duplicates([("c", copy)], index) == {"c": "a"}


def test_a_consolidation_logs_the_storylines_it_merged_and_split() -> None:
    before = {"s-a": {"a", "b"}, "s-c": {"c"}, "s-d": {"d", "e"}}
    after = {"s-a": {"a", "b", "c"}, "s-d": {"d"}, "s-e": {"e"}}
    assert consolidation_changes(before, after) == {"storylines": 3, "merged": {"s-a": ["s-a", "s-c"]},
                                                    "split": {"s-d": ["s-d", "s-e"]}}


def test_the_link_command_consolidates_on_demand(seed_db: Path, tmp_path: Path, store_document: Document) -> None:
    db = tmp_path / "d.db"
    shutil.copy(seed_db, db)
    plain = runner.invoke(app, ["link", "--db", str(db)])  # nothing new: nothing linked
    consolidated = runner.invoke(app, ["link", "--consolidate", "--db", str(db)])
    assert plain.exit_code == consolidated.exit_code == 0, plain.output + consolidated.output
    assert "timeline has 6 entries" in consolidated.output
    with Store(db) as store:
        log = [tuple(row) for row in store.conn.execute("SELECT kind, articles FROM link_log ORDER BY id")]
    assert log == [("full", 5), ("incremental", 0), ("full", 5)]
    assert store_document(db) == store_document(seed_db)


def test_a_consolidation_reads_every_article_once(seed_db: Path, tmp_path: Path, store_document: Document,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The duplicates and the regrouping read the articles as the entities stand once merged and corrected."""
    shutil.copy(seed_db, tmp_path / "d.db")
    reads: list[int] = []

    def counted(conn: sqlite3.Connection, article_ids: Sequence[str] | None = None) -> list[StorylineArticle]:
        read = storyline_articles(conn, article_ids)
        reads.append(len(read))
        return read

    monkeypatch.setattr(incremental, "storyline_articles", counted)
    with Store(tmp_path / "d.db") as store:
        pipeline.link(store, consolidate=True)
    assert reads == [5]
    assert store_document(tmp_path / "d.db") == store_document(seed_db)


def test_a_correction_relinks_what_it_names(seed_db: Path, tmp_path: Path) -> None:
    """A hidden entry relinks its article alone (its storyline's timeline is made again, without the entry), a
    corrected figure written again by every link relinks nothing more, and an entity merge relinks every
    article, which consolidates."""
    db = tmp_path / "d.db"
    shutil.copy(seed_db, db)
    hidden = ("7e572e21ee8fff05", 401, 600)
    entry = "SELECT count(*) FROM timeline_entries WHERE article_id = ? AND start = ? AND end = ?"
    with Store(db) as store:
        assert store.conn.execute(entry, hidden).fetchone()[0] == 1
        with store.transaction() as conn:
            record_correction(conn, Correction("hide", *hidden), "tester", "cli")
            record_correction(conn, Correction("figure", "60f89531099b9bc1", 1330, 1333, value={"value": 250.0}),
                              "tester", "cli")
        pipeline.link(store, consolidate=False)
        pipeline.link(store, consolidate=False)
        assert store.conn.execute(entry, hidden).fetchone()[0] == 0
        with store.transaction() as conn:
            merge = Correction("merge", value={"entity": "person:raan", "into": "person:natalie-raanan"})
            record_correction(conn, merge, "tester", "cli")
        pipeline.link(store)
        log = [tuple(row) for row in store.conn.execute("SELECT kind, articles FROM link_log ORDER BY id")]
    assert log == [("full", 5), ("incremental", 2), ("incremental", 0), ("full", 5)]
