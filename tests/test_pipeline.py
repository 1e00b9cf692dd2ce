"""The whole data path on the seed corpus, and how a batch survives bad inputs and re-runs."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from dateline import pipeline
from dateline.errors import SkipReason
from dateline.nlp.pipeline import DEFAULT_COMPONENTS, shared_pipeline
from dateline.store import Store
from dateline.store.articles import article_ids, iter_articles


def test_build_stores_every_seed_with_sentences(seed_db: Path) -> None:
    with Store(seed_db) as store:
        assert len(article_ids(store.conn)) == 5
        counts = dict(store.conn.execute("SELECT article_id, count(*) FROM sentences GROUP BY article_id"))
        assert len(counts) == 5 and min(counts.values()) >= 8


def test_sentence_offsets_index_the_article_text(seed_db: Path) -> None:
    with Store(seed_db) as store:
        texts = {a.id: a.text for a in iter_articles(store.conn)}
        for article_id, start, end, text in store.conn.execute("SELECT article_id, start, end, text FROM sentences"):
            assert texts[article_id][start:end] == text


def test_full_text_search_finds_sentences(seed_db: Path) -> None:
    with Store(seed_db) as store:
        hits = [row[0] for row in store.conn.execute(
            "SELECT text FROM sentences_fts WHERE sentences_fts MATCH 'Milwaukee'")]
    assert hits == ["“We’re pushing,” Biden told reporters during a trip to Milwaukee, Wisconsin."]


def test_rerun_is_idempotent(tmp_path: Path, seeds_dir: Path) -> None:
    with Store(tmp_path / "d.db") as store:
        first = pipeline.build([seeds_dir], store)
        rows = store.conn.execute("SELECT count(*) FROM sentences").fetchone()[0]
        second = pipeline.build([seeds_dir], store)
        assert (first.ingest.stored, second.ingest.stored, second.ingest.duplicates) == (5, 0, 5)
        assert second.analyzed == 0
        assert store.conn.execute("SELECT count(*) FROM sentences").fetchone()[0] == rows


def test_bad_inputs_are_skipped_and_the_batch_goes_on(tmp_path: Path, seeds_dir: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy(next(seeds_dir.glob("002_*")), batch / "good.txt")
    (batch / "empty.txt").write_text("  \n", encoding="utf-8")
    (batch / "binary.txt").write_bytes(b"\x00\x01\x02 PK")
    (batch / "french.txt").write_text("Le président américain Joe Biden a déclaré mercredi qu'il ne s'attendait "
                                      "pas à un accord rapide.", encoding="utf-8")
    (batch / "feed.jsonl").write_text('{"text": ""}\n{broken\n', encoding="utf-8")
    with Store(tmp_path / "d.db") as store:
        pipeline.build([next(seeds_dir.glob("000_*"))], store)
        report = pipeline.ingest([batch], store)
        assert report.stored == 1
        assert sorted((Path(s.source).name, s.reason) for s in report.skipped) == [
            ("binary.txt", SkipReason.BINARY), ("empty.txt", SkipReason.EMPTY),
            ("feed.jsonl:1", SkipReason.EMPTY), ("feed.jsonl:2", SkipReason.MALFORMED),
            ("french.txt", SkipReason.NOT_ENGLISH)]
        assert len(article_ids(store.conn)) == 2


def _mark_analysed(store: Store, version: str, source_like: str = "%") -> None:
    store.conn.execute("INSERT OR REPLACE INTO stage_runs (article_id, stage, version) SELECT id, ?, ? FROM articles "
                       "WHERE source LIKE ?", (pipeline.ANALYZE_STAGE, version, source_like))


def test_killed_analysis_resumes_where_it_stopped(tmp_path: Path, seeds_dir: Path) -> None:
    with Store(tmp_path / "d.db") as store:
        pipeline.ingest([seeds_dir], store)
        _mark_analysed(store, pipeline.analysis_version(shared_pipeline(DEFAULT_COMPONENTS)), "%000_%")
        assert pipeline.analyze(store) == 4
        assert pipeline.analyze(store) == 0


def test_a_store_analysed_by_other_code_is_analysed_again(tmp_path: Path, seeds_dir: Path) -> None:
    """An article analysed by an older Dateline (version "1" was the hand-bumped number) is redone."""
    with Store(tmp_path / "d.db") as store:
        pipeline.ingest([seeds_dir], store)
        _mark_analysed(store, "1")
        assert pipeline.analyze(store) == 5


def test_the_analysis_version_names_the_model_components_and_code() -> None:
    nlp = shared_pipeline(DEFAULT_COMPONENTS)
    fewer = shared_pipeline(("dateline_quotes",))
    assert pipeline.analysis_version(nlp) == pipeline.analysis_version(nlp)
    assert pipeline.analysis_version(nlp) != pipeline.analysis_version(fewer)


def test_very_long_article_is_analysed_up_to_the_limit_and_said_so(tmp_path: Path) -> None:
    from dateline.nlp.pipeline import ANALYSIS_CHAR_LIMIT

    paragraphs = [f"The committee met for the {n}th time on Tuesday and heard from the treasury secretary."
                  for n in range(ANALYSIS_CHAR_LIMIT // 80 + 100)]
    (tmp_path / "transcript.txt").write_text("\n\n".join(paragraphs), "utf-8")
    notes: list[str] = []
    with Store(tmp_path / "d.db") as store:
        pipeline.ingest([tmp_path / "transcript.txt"], store)
        assert pipeline.analyze(store, on_note=notes.append) == 1
        last_end = store.conn.execute("SELECT max(end) FROM sentences").fetchone()[0]
    assert ANALYSIS_CHAR_LIMIT - 100 < last_end <= ANALYSIS_CHAR_LIMIT
    assert notes == [f"analysed the first 100,000 of {len(chr(10).join(paragraphs)) + len(paragraphs) - 1:,} "
                     f"characters of {tmp_path}/transcript.txt"]


def test_an_article_that_breaks_a_component_is_skipped_and_the_batch_goes_on(
        tmp_path: Path, seeds_dir: Path, quotes_broken_on_ramadan: Callable[[], None]) -> None:
    """A component's bug on one article leaves that article unanalysed, said so, and the others stored;
    the next build tries it again."""
    notes: list[str] = []
    with Store(tmp_path / "d.db") as store:
        pipeline.ingest([seeds_dir], store)
        assert pipeline.analyze(store, on_note=notes.append) == 4
        [note] = notes
        assert "001_" in note and "IndexError: tuple index out of range" in note
        quotes_broken_on_ramadan()  # mended
        assert pipeline.analyze(store) == 1


#: Reports of one shooting: two dated by their source, one undated whose lead names the day in the past.
SHOOTING = {
    "wire.txt": "date 2018-06-28\nGunman kills five at Capital Gazette newsroom in Annapolis\n\nA gunman opened fire "
                "at the Capital Gazette newsroom in Annapolis, killing five employees of the newspaper, police said.\n",
    "police.txt": "date 2018-06-28\nCapital Gazette gunman held after newsroom shooting in Annapolis\n\nPolice held "
                  "the gunman who opened fire at the Capital Gazette newsroom in Annapolis, killing five employees.\n",
    "undated.txt": "Capital Gazette newsroom shooting in Annapolis\n\nA gunman opened fire at the Capital Gazette "
                   "newsroom in Annapolis on Thursday, killing five employees of the newspaper, police said.\n",
}


def _shooting_date(store: Store) -> tuple[str | None, str | None, str]:
    [row] = store.conn.execute("SELECT published_earliest, published_latest, published_basis FROM articles "
                               "WHERE source LIKE '%undated.txt'")
    return tuple(row)


def test_a_build_dates_an_undated_report_from_its_story_mates_as_a_later_build_does(tmp_path: Path) -> None:
    """The storylines the link makes date the undated report (its "Thursday", inside 26-30 June, is the 28th),
    in a build of all three as in a build that adds it to the two already linked."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in SHOOTING.items():
        (folder / name).write_text(text, "utf-8")
    with Store(tmp_path / "full.db") as store:
        pipeline.build([folder], store)
        assert _shooting_date(store) == ("2018-06-28", "2018-06-28", "corpus")
        [thursday] = store.conn.execute("SELECT t.value FROM time_expressions t JOIN articles a ON a.id = t.article_id "
                                        "WHERE a.source LIKE '%undated.txt' AND t.text = 'Thursday'")
        assert tuple(thursday) == ("2018-06-28",)
    with Store(tmp_path / "later.db") as store:
        pipeline.build([folder / "wire.txt", folder / "police.txt"], store)
        pipeline.build([folder / "undated.txt"], store)
        assert _shooting_date(store) == ("2018-06-28", "2018-06-28", "corpus")
