"""The summarizer's input read from the seed store: an article dated to a range is news of its lead's day."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from dateline.timeline.candidates import storyline_candidates


def _published(seed_db: Path) -> dict[str, set[date | None]]:
    conn = sqlite3.connect(seed_db)
    (storyline_id,) = conn.execute("SELECT id FROM storylines").fetchone()
    titles = dict(conn.execute("SELECT id, source FROM articles"))
    published: dict[str, set[date | None]] = {}
    for c in storyline_candidates(conn, storyline_id):
        published.setdefault(Path(titles[c.article_id]).name[:3], set()).add(c.article_published)
    return published


def test_a_range_dated_article_is_news_of_the_day_its_lead_names(seed_db: Path) -> None:
    published = _published(seed_db)
    # dated only to 28 Nov - 4 Dec 2023 (a photo caption); its second readable sentence, "CIA Director Bill
    # Burns, who was in Qatar on Tuesday", names 28 November: the caption's own date is not what it reports
    assert published["003"] == {date(2023, 11, 28)}
    # exactly dated: unchanged
    assert published["000"] == {date(2023, 12, 21)}
    # 21-27 March 2024: its lead names no day ("later today", a vote "on Friday" still to come, which the
    # time stage leaves unresolved), so it stays undated, as does the one article nothing dates
    assert published["001"] == published["002"] == {None}
