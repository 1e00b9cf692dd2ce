"""Re-dating an analysed article from what its analysis stored: no parse, and exactly what analysing it again
with the new date gives."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from dateline import pipeline
from dateline.link.dates import date_from_corpus
from dateline.model import PublicationDate
from dateline.store import Store
from dateline.store.articles import iter_articles
from dateline.time.tagger import read_forms, resolve_forms

#: An article that dates nothing itself. Its expressions have every kind of anchor: none ("Oct. 7, 2023"),
#: the publication day ("on Wednesday" told in the past, "Tuesday", "two days ago", "April 24" and the bare
#: day coordinated with it) and the date the text last named ("that day"). Quotes are dated by their cue's
#: weekday, by "that day", or by the article's day; the figure by the quote that states it.
UNDATED = """Mediators see a narrow path to a truce

US Secretary of State Antony Blinken said on Wednesday that the gaps were narrowing.
Negotiators met in Cairo on April 24 and 25, and that day the mediators proposed a six-week pause.
“More than 240 hostages were seized on Oct. 7, 2023,” the Qatari official told reporters on Tuesday.
Officials said the strikes two days ago had hardened positions.
"""
#: A dated article that dates the strikes, so the corpus dates the first one: two days after them.
DATED = """date 2024-04-25 Strikes hit Rafah

The strikes on Tuesday, April 23 killed 12 people, the health ministry said.
"""


def _dated_rows(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """Every stored row that depends on the publication date, without row ids."""
    queries = {"time_expressions": "SELECT article_id, start, end, text, type, value, mod FROM time_expressions",
               "event_mentions": "SELECT article_id, event, start, end, day, amount, unit FROM event_mentions",
               "quotes": "SELECT article_id, start, end, cue_start, date, dated_by FROM quotes",
               "figures": "SELECT article_id, start, end, value, date, dated_by FROM figures",
               "events": "SELECT article_id, start, end, type, day, earliest, latest FROM events"}
    return {table: conn.execute(f"{query} ORDER BY article_id, start, end").fetchall()
            for table, query in queries.items()}


def _count_parses(patch: pytest.MonkeyPatch) -> list[str]:
    """Make running or loading a spaCy pipeline fail, and say so in the list returned (the build would
    take the failure for a component's and carry on)."""
    parses: list[str] = []

    def parse(*args: object, **kwargs: object) -> None:
        parses.append(repr(args))
        raise RuntimeError("re-dating must not run a spaCy pipeline")

    for method in ("__call__", "pipe"):
        patch.setattr(Language, method, parse)
    patch.setattr(spacy, "load", parse)
    return parses


def _analysed(folder: Path) -> Store:
    """A store of the two articles, analysed; the corpus has not dated the undated one yet."""
    folder.mkdir()
    (folder / "talks.txt").write_text(UNDATED, "utf-8")
    (folder / "strikes.txt").write_text(DATED, "utf-8")
    store = Store(folder / "d.db")
    pipeline.ingest([folder], store)
    pipeline.analyze(store)
    return store


def test_redating_gives_what_analysing_again_gives_without_a_parse(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    with _analysed(tmp_path / "redated") as store:
        undated = _dated_rows(store.conn)
        with monkeypatch.context() as patch:
            parses = _count_parses(patch)
            assert pipeline.redate(store) == 1
        assert parses == []
        redated = _dated_rows(store.conn)
        [talks] = [a for a in iter_articles(store.conn) if a.source.endswith("talks.txt")]

    with _analysed(tmp_path / "analysed") as store:  # dated, then analysed again, as redating did before
        with store.transaction() as conn:
            conn.executemany("DELETE FROM stage_runs WHERE article_id = ?", [(a,) for a in date_from_corpus(conn)])
        pipeline.analyze(store)
        analysed = _dated_rows(store.conn)

    ago = talks.text.index("two days ago")
    assert talks.published == PublicationDate.on(date(2024, 4, 25), "corpus", ((ago, ago + 12),))
    assert redated == analysed
    assert redated != undated
    assert {row[3]: row[5] for row in redated["time_expressions"] if row[0] == talks.id} == {
        "Wednesday": "2024-04-24", "April 24": "2024-04-24", "25": "2024-04-25", "that day": "2024-04-24",
        "six-week": "P6W", "Oct. 7, 2023": "2023-10-07", "Tuesday": "2024-04-23", "two days ago": "2024-04-23"}
    assert [row[4] for row in redated["quotes"] if row[0] == talks.id] == ["2024-04-24", "2024-04-24",
                                                                             "2024-04-23", "2024-04-25"]
    assert [(row[3], row[4]) for row in redated["figures"] if row[0] == talks.id] == [(240.0, "2024-04-23")]
    days = {talks.text[row[1]:row[2]]: row[4] for row in redated["events"] if row[0] == talks.id}
    assert (days["met"], days["proposed"], days["seized"]) == ("2024-04-24", "2024-04-24", "2023-10-07")


def test_a_form_read_again_from_another_text_fails_loudly() -> None:
    """A stored form is read again from the text it was read from; any other text is an error, never a
    silently different value."""
    forms = read_forms(UNDATED)
    assert [(f.rule, f.direction) for f in forms if UNDATED[f.start:f.end] in ("Wednesday", "25")] == [
        ("weekday", "nearest"), ("coordinated_day", "nearest")]
    with pytest.raises(ValueError, match="not the one the form was read from"):
        resolve_forms(UNDATED.replace("Wednesday", "yesterday"), forms, None)
