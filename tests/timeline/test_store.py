"""The stored timeline's summaries: the traits of each sentence kept from the first summary that read it."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from dateline.store import Store
from dateline.store.timeline import storyline_traits
from dateline.timeline.candidates import storyline_candidates
from dateline.timeline.features import SentenceTraits, sentence_traits
from dateline.timeline.records import CandidateSentence
from dateline.timeline.store import entry_traits, is_dated, rebuild_timeline
from dateline.timeline.summarize import summarize


def test_a_storyline_summarized_with_the_traits_kept_is_summarized_as_afresh(seed_db: Path, tmp_path: Path) -> None:
    shutil.copy(seed_db, tmp_path / "d.db")
    with Store(tmp_path / "d.db") as store:
        conn = store.conn
        (storyline_id,) = conn.execute("SELECT id FROM storylines").fetchone()
        candidates = storyline_candidates(conn, storyline_id)
        kept = storyline_traits(conn, storyline_id)
        # the build kept every whole sentence's traits, as computed from its words (through JSON, bit for
        # bit); a dated clause of a long sentence, read as a candidate of its own, is computed every time
        spans = [(c.article_id, c.start, c.end) for c in candidates]
        assert [span for span in spans if span not in kept] == [
            (c.article_id, c.start, c.end) for c in candidates if "extended by two days on Monday" in c.text]
        traits = [SentenceTraits(*kept[span]) if span in kept else entry_traits(c)
                  for span, c in zip(spans, candidates, strict=True)]
        assert traits == [entry_traits(c) for c in candidates]
        # every usable sentence of the seeds states something: the body check takes none of them away
        assert traits == [sentence_traits(c) for c in candidates]
        assert (sum(t.usable for t in traits), len(traits)) == (48, 65)
        assert summarize(candidates, traits=traits) == summarize(candidates)
        stored = conn.execute("SELECT * FROM timeline_entries ORDER BY id").fetchall()
        with store.transaction():
            conn.execute("DELETE FROM timeline_entries")
            rebuild_timeline(conn, [storyline_id])
        assert conn.execute("SELECT * FROM timeline_entries ORDER BY id").fetchall() == stored


def test_a_storyline_is_dated_while_one_of_its_articles_is_even_to_a_range(seed_db: Path, tmp_path: Path) -> None:
    shutil.copy(seed_db, tmp_path / "d.db")
    with Store(tmp_path / "d.db") as store, store.transaction() as conn:
        (storyline_id,) = conn.execute("SELECT id FROM storylines").fetchone()
        assert is_dated(conn, storyline_id)
        conn.execute("UPDATE articles SET published_earliest = NULL, published_latest = '2024-03-27'")
        assert is_dated(conn, storyline_id)
        conn.execute("UPDATE articles SET published_latest = NULL")
        assert not is_dated(conn, storyline_id)


def test_a_reader_comment_the_cleaner_kept_is_no_entry() -> None:
    # below an Android Central report (2017), its readers' comments; the report's own sentence stays usable
    report = CandidateSentence("a", 0, 173, "Samsung is hosting its launch at 7pm on February 26, and while it "
                               "remains unclear which models the Korean firm will show, a folding phone seems "
                               "unlikely to appear this time.", date(2017, 1, 13), (date(2017, 2, 26),))
    comment = CandidateSentence("a", 900, 995, "6\" mid range Galaxy A... No bloat no gimmicks. A plain phone with "
                                "that Galaxy S look from 2015.", date(2017, 1, 13))
    assert sentence_traits(report).usable and entry_traits(report).usable
    assert sentence_traits(comment).usable and entry_traits(comment) == SentenceTraits(False)


def test_a_sentence_off_the_story_s_lines_is_no_entry_whatever_day_it_names() -> None:
    # a photo's caption, closing on the day it was taken, reads as a report of that day
    caption = CandidateSentence("c", 0, 99, "George Papadopoulos visits a Fox News studio on March 26, 2019.",
                                date(2019, 11, 27), (date(2019, 3, 26),), in_story=False)
    assert sentence_traits(caption).usable and entry_traits(caption) == SentenceTraits(False)


def test_a_headline_or_a_cut_line_is_no_entry_a_dated_clause_still_is() -> None:
    # a related link and a line the page cut, read as news of their article's day for want of a day of their own
    day = date(2019, 11, 19)
    headline = CandidateSentence("h", 0, 56, "Dog found in Nevada three years after vanishing in Idaho", day)
    cut = CandidateSentence("n", 0, 55, "Kenyan sprinter, Ruth Wambui, who in 2012, finished the", day)
    assert sentence_traits(headline).usable and entry_traits(headline) == SentenceTraits(False)
    assert entry_traits(cut) == SentenceTraits(False)
    # a long sentence's clause reporting its day has no full stop of its own, and stays an entry
    clause = CandidateSentence("t", 0, 44, "the truce was extended by two days on Monday", date(2023, 11, 28),
                               (date(2023, 11, 27),))
    assert entry_traits(clause).usable


def test_a_sentence_that_speaks_to_the_reader_is_no_entry_whatever_day_it_names() -> None:
    # a standfirst's promise and a link's pointer, one naming the day its report came out
    day = date(2021, 5, 4)
    promise = CandidateSentence("p", 0, 62, "Here’s what the Ostervale budget means for your council tax.", day)
    pointer = CandidateSentence("q", 0, 80, "To read the harbour board's report, published on May 3, click here.",
                                day, (date(2021, 5, 3),))
    assert sentence_traits(promise).usable and entry_traits(promise) == SentenceTraits(False)
    assert entry_traits(pointer) == SentenceTraits(False)


def test_a_sentence_that_turns_to_the_reader_or_holds_a_post_s_marks_is_no_entry_whatever_day_it_names() -> None:
    # a column's aside, a comment prompt and a post the cleaner found no signature for, one naming a day
    day = date(2022, 9, 14)
    aside = CandidateSentence("a", 0, 70, "If you drove across the Brannock bridge on Monday, the tolls were gone.",
                              day, (date(2022, 9, 12),))
    prompt = CandidateSentence("b", 0, 64, "Log in again and you will be asked to choose a display name.", day)
    post = CandidateSentence("c", 0, 58, "Proud of the @OstervaleFerries crews who worked all night.", day)
    report = CandidateSentence("d", 0, 66, "The Ostervale ferry board cut fares by a third on Monday.", day,
                               (date(2022, 9, 12),))
    assert all(sentence_traits(c).usable and entry_traits(c) == SentenceTraits(False) for c in (aside, prompt, post))
    assert entry_traits(report).usable
    # a speaker's "you" is the speaker's: the sentence reports what was said
    quoted = CandidateSentence("e", 0, 75, "Mayor Tilda Brannock told the crews: “You kept the city moving.”", day)
    assert entry_traits(quoted).usable
