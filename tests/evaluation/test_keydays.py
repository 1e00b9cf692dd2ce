"""Key days of a story on its storyline's timeline, scored on the seed store (the hostage and truce talks)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

from dateline.evaluation.keydays import is_boilerplate, score_timelines

#: The seed articles by file, as a labelled set would name them.
SEEDS = ("000", "001", "002", "003", "004")
#: The talks' key days (issue 15): the attack, the truce extended, Burns in Qatar, Biden and Blinken on the
#: 20 December talks, the US draft resolution's vote.
KEY_DAYS = {date(2023, 10, 7), date(2023, 11, 27), date(2023, 11, 28), date(2023, 12, 20), date(2024, 3, 22)}
CAPTION = ("Israeli soldiers stand on an Israeli tank near the Israel-Gaza border, amid the temporary truce between "
           "Hamas and Israel, in southern Israel, November 28, 2023.")


def test_key_days_found_on_the_seed_timeline(seed_db: Path) -> None:
    conn = sqlite3.connect(seed_db)
    stored = {Path(source).name[:3]: article_id
              for article_id, source in conn.execute("SELECT id, source FROM articles")}
    boilerplate = {"003": (CAPTION, "REUTERS/Alexander Ermochenko")}
    scores = score_timelines(conn, dict.fromkeys(SEEDS, "talks"), {"talks": KEY_DAYS}, boilerplate, stored)
    # 7 October, 28 November and 20 December listed; the truce's extension (27 November, reported only inside
    # a sentence too long to be an entry) and the vote of 22 March (announced, not reported) are not
    assert (scores.key_days, scores.key_days_found) == (5, 3)
    assert (scores.story_days, scores.story_days_not_key) == (3, 0)
    # two sentences a day, none from the caption or its credit, none on two days
    assert (scores.entries, scores.boilerplate_entries, scores.repeated_entries) == (6, 0, 0)
    # 000 and 003 are dated: the talks are no undated story
    assert scores.undated_key_days == 0


def test_the_key_days_of_a_story_of_undated_articles_are_counted_apart(seed_db: Path, tmp_path: Path) -> None:
    """With no day of publication stored for 001 and 002 (a copy of the seed store), their story's key days are
    those of a story no text dates."""
    conn = sqlite3.connect(shutil.copy(seed_db, tmp_path / "undated.db"))
    stored = {Path(source).name[:3]: article_id
              for article_id, source in conn.execute("SELECT id, source FROM articles")}
    conn.execute("UPDATE articles SET published_earliest = NULL, published_latest = NULL WHERE id IN (?, ?)",
                 (stored["001"], stored["002"]))
    scores = score_timelines(conn, {"001": "vote", "002": "vote", "000": "talks"},
                             {"vote": {date(2024, 3, 22)}, "talks": {date(2023, 12, 20)}}, {}, stored)
    assert (scores.key_days, scores.undated_key_days) == (2, 1)


def test_an_entry_within_a_caption_or_holding_one_is_boilerplate() -> None:
    assert is_boilerplate(CAPTION, (CAPTION,))
    assert is_boilerplate("Credit: " + CAPTION, (CAPTION,))
    # a short furniture line (a prompt, a tag) is no evidence: any sentence may hold its words
    assert not is_boilerplate("Share prices fell sharply on Monday after the truce collapsed in Gaza.", ("Share",))
    assert not is_boilerplate("For instance, the Nintendo Switch Elden Ring version can’t hold a steady 30fps.",
                              ("Nintendo Switch", "Elden Ring"))
