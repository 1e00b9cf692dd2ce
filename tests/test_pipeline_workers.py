"""A build that reads and analyses in worker processes writes the same store as one that runs in one process."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from dateline import pipeline
from dateline.store import Store

StoreRows = Callable[[Path], dict[str, list[tuple]]]


@pytest.fixture(scope="module")
def corpus(seeds_dir: Path, t17_dir: Path) -> list[Path]:
    """The seeds and six Timeline17 articles from three stories: six batches of two."""
    stories = sorted(t17_dir.glob("*/InputDocs"))
    return [seeds_dir, *(path for story in stories[::4] for path in sorted(story.glob("*/*.txt"))[:2])]


def test_two_workers_write_the_store_one_process_writes(tmp_path: Path, corpus: list[Path],
                                                        store_rows: StoreRows) -> None:
    for workers in (1, 2):
        with Store(tmp_path / f"{workers}.db") as store:
            ingested = pipeline.ingest(corpus, store, workers=workers)
            notes: list[str] = []
            analysed = pipeline.analyze(store, batch_size=2, workers=workers, on_note=notes.append)
            report = pipeline.finish_build(store, ingested, analysed, None, None)
            assert (report.ingest.stored, report.analyzed, report.unanalysed, notes) == (11, 11, 0, [])
    one, two = store_rows(tmp_path / "1.db"), store_rows(tmp_path / "2.db")
    assert len(one["sentences"]) == 285 and len(one["timeline_entries"]) > 0  # headlines are titles, not text
    assert {table: rows for table, rows in two.items() if rows != one[table]} == {}


def test_an_article_a_component_fails_on_is_left_out_in_a_worker_too(
        tmp_path: Path, seeds_dir: Path, quotes_broken_on_ramadan: Callable[[], None]) -> None:
    with Store(tmp_path / "d.db") as store:
        pipeline.ingest([seeds_dir], store)
        notes: list[str] = []
        assert pipeline.analyze(store, batch_size=2, workers=2, on_note=notes.append) == 4
    assert len(notes) == 1 and "IndexError: tuple index out of range" in notes[0] and "001_" in notes[0]
