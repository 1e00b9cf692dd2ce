"""The summarizer's input read from the seed store: each sentence with its article's stored day and the days it
names, and a sentence too long to be an entry read as the clauses that name its days."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from dateline.timeline.candidates import dated_clauses, earlier_period, in_story, storyline_candidates
from dateline.timeline.features import days_reported, is_usable
from dateline.timeline.records import CandidateSentence


def _candidates(seed_db: Path) -> dict[str, list[CandidateSentence]]:
    conn = sqlite3.connect(seed_db)
    (storyline_id,) = conn.execute("SELECT id FROM storylines").fetchone()
    titles = dict(conn.execute("SELECT id, source FROM articles"))
    by_seed: dict[str, list[CandidateSentence]] = {}
    for c in storyline_candidates(conn, storyline_id):
        by_seed.setdefault(Path(titles[c.article_id]).name[:3], []).append(c)
    return by_seed


def test_sentences_take_their_article_s_stored_day(seed_db: Path) -> None:
    by_seed = _candidates(seed_db)
    published = {seed: {c.article_published for c in sentences} for seed, sentences in by_seed.items()}
    # 003 was dated to a week, which corpus dating pinned to the day its lead reports (28 November)
    assert published["003"] == {date(2023, 11, 28)}
    assert published["000"] == {date(2023, 12, 21)}
    # still a week (21-27 March 2024), and unknown: their sentences count only for the days they name
    assert published["001"] == published["002"] == {None}


def test_a_long_sentence_is_read_as_the_clause_that_reports_its_day(seed_db: Path) -> None:
    """Seed 003's 70-word sentence reports the truce's extension on 27 November between two dashes: the
    clause is a candidate of its own, citing its exact characters, where the sentence could be no entry."""
    clause = "the truce was extended by two days on Monday"
    [candidate] = [c for c in _candidates(seed_db)["003"] if date(2023, 11, 27) in c.referenced_dates]
    (text,) = sqlite3.connect(seed_db).execute("SELECT text FROM articles WHERE id = ?",
                                               (candidate.article_id,)).fetchone()
    assert candidate.text == clause
    assert text[candidate.start:candidate.end] == clause
    assert candidate.referenced_dates == (date(2023, 11, 27),)
    assert is_usable(candidate)


def test_only_a_long_sentence_naming_a_day_is_parted_and_only_into_readable_clauses() -> None:
    short = "The strikes on Tuesday killed 12 people, the health ministry said."
    assert dated_clauses(short, [short.index("Tuesday")]) == [(0, len(short))]
    briefing = ('The senators said the agency gave them a briefing on June 4, but they left "frustrated" because its '
                'officials "offered only general remarks — most of which had already appeared in the press — that '
                'did not answer" their questions or the agency\'s plans to counter the threat of foreign influence '
                'campaigns.')
    [(start, end)] = dated_clauses(briefing, [briefing.index("June 4")])
    assert briefing[start:end] == "The senators said the agency gave them a briefing on June 4"
    # the day's part hangs on the rest ("with …"): no clause a reader could take alone, the sentence stays whole
    aside = ("The former aide would then have said that he was told by an unnamed Pentagon source that the minister "
             "in the meeting had repeated his earlier off-the-record pledge to scrap the tank order if the unions "
             "would stay “quiet” until after the 2016 vote — with “quiet” perhaps meaning the unions holding off "
             "their strikes in the weeks before Election Day.")
    assert dated_clauses(aside, [aside.index("Election Day")]) == [(0, len(aside))]
    assert dated_clauses(aside, []) == [(0, len(aside))]


def _store_one_article_story(conn: sqlite3.Connection, text: str, sentences: list[tuple[int, int]]) -> None:
    """Article ``a`` with its ``sentences`` (spans of ``text``), alone in storyline ``s-a``."""
    conn.execute("INSERT INTO articles (id, source, text) VALUES ('a', 'a.txt', ?)", (text,))
    conn.execute("INSERT INTO storylines (id, title, anchor_article) VALUES ('s-a', 'Story', 'a')")
    conn.execute("UPDATE articles SET storyline_id = 's-a'")
    conn.executemany("INSERT INTO sentences (article_id, idx, start, end, text) VALUES ('a', ?, ?, ?, ?)",
                     [(i, start, end, text[start:end]) for i, (start, end) in enumerate(sentences)])


def test_a_sentence_of_a_post_the_article_embeds_is_no_candidate(tmp_path: Path) -> None:
    from dateline.store import Store

    text = ("The minister told reporters on Friday that the general had blocked his efforts to reform the "
            "ministry, and that he had urged the president to dismiss him before the protests began in the "
            "capital.\n\nOusted minister says he urged the president to fire the general\n\n"
            "The president backed the general and showed the minister the door https://t.co/WcgraWqkiA\n\n"
            "— RT (@RT_com) July 16, 2026")
    sentences = [(0, text.index("\n\nOusted")), (text.index("Ousted"), len(text))]
    with Store(tmp_path / "store.db") as store:
        conn = store.conn
        _store_one_article_story(conn, text, sentences)
        day = text.index("July 16, 2026")
        conn.execute("INSERT INTO time_expressions (article_id, start, end, text, type, value) "
                     "VALUES ('a', ?, ?, 'July 16, 2026', 'DATE', '2026-07-16')", (day, day + 13))
        assert [c.text[:26] for c in storyline_candidates(conn, "s-a")] == ["The minister told reporter"]


def test_the_sentence_telling_its_article_s_dated_lead_event_carries_the_event_s_day(tmp_path: Path) -> None:
    """Only the lead event (``main``) marks its sentence, and only when it is dated and told as having happened."""
    from dateline.store import Store

    text = ("A Texas woman pleaded guilty Tuesday to threatening a county judge over a custody ruling, the state "
            "said. She faces up to 8 years. A judge will sentence her in March.")
    first, second = text.index(" She"), text.index(" A judge")
    sentences = [(0, first), (first + 1, second), (second + 1, len(text))]
    with Store(tmp_path / "store.db") as store:
        conn = store.conn
        _store_one_article_story(conn, text, sentences)
        events = [(text.index("pleaded"), *sentences[0], "happened", "2019-11-19", 1),
                  (text.index("faces"), *sentences[1], "happened", "2019-11-19", 0),
                  (text.index("sentence her"), *sentences[2], "planned", "2020-03-13", 0)]
        conn.executemany("INSERT INTO events (article_id, type, start, end, sentence_start, sentence_end, status, day, "
                         "main) VALUES ('a', 'ACCUSE', ?, ?, ?, ?, ?, ?, ?)",
                         [(start, start + 5, s, e, status, day, main) for start, s, e, status, day, main in events])
        assert [c.lead_event_day for c in storyline_candidates(conn, "s-a")] == [date(2019, 11, 19), None, None]
        conn.execute("UPDATE events SET status = 'planned' WHERE main = 1")
        assert [c.lead_event_day for c in storyline_candidates(conn, "s-a")] == [None, None, None]


def test_a_sentence_naming_only_a_month_or_year_long_past_tells_background_not_its_article_s_news() -> None:
    """Written on 18 June 2015: "after he shot a man in April" and "founded in 2008" are of their time, so such a
    sentence reports no day; May's figures, just out, and a sentence naming a day as well are news of theirs."""
    published = date(2015, 6, 18)
    assert earlier_period(["2015-04"], published) == date(2015, 4, 30)
    assert earlier_period(["2008", "2015-04"], published) == date(2015, 4, 30)
    assert earlier_period(["2015-05"], published) is None
    assert earlier_period(["2015-04", "2015-06-17"], published) is None
    assert earlier_period([], published) is None and earlier_period(["2015-04"], None) is None
    text = "A night guard was charged with manslaughter after he struck a shoplifter in April ."
    background = CandidateSentence("a", 0, len(text), text, published, earlier_period=date(2015, 4, 30))
    assert days_reported(background) == ()
    assert days_reported(CandidateSentence("a", 0, len(text), text, published)) == (published, date(2015, 6, 17))


def test_a_press_release_s_close_is_no_claim_of_the_story() -> None:
    """The issuer's standing description below "About" its name, and what follows a prompt to its web address, read
    as reports of the release's day; the release's own paragraphs stay claims."""
    text = ("Brannock Labs opened a ferry depot in Ostervale on Tuesday, the company said.\n\n"
            "The depot employs 40 crews.\n\n"
            "About Brannock Labs\n\n"
            "Brannock Labs designs electric ferries and is headquartered in Ostervale.\n\n"
            "Media Contact\n\nTilda Brannock\n")
    assert in_story(text, 0) and in_story(text, text.index("The depot"))
    assert not in_story(text, text.index("Brannock Labs designs"))
    prompt = ("Kelmar Water said it cut its prices in March.\n\n"
              "For more information, please visit www.kelmarwater.example.com\n\n"
              "Kelmar Water is a supplier of pumps with offices in 12 countries.\n")
    assert in_story(prompt, 0)
    assert not in_story(prompt, prompt.index("Kelmar Water is"))


@pytest.mark.parametrize("stamp", [
    "Posted on March 4, 2019 at 7:41 AM",
    "Published Aug 2, 2022 • 6 minute read",
    "Last updated Tue 9 Jul 2024 10.15 BST",
])
def test_a_page_s_publication_stamp_is_no_claim_of_the_story(stamp: str) -> None:
    """The page's stamp names its day in full, and would date itself as an entry; the story's own dated line and a
    chronology's bare date heading stay claims."""
    text = f"{stamp}\n\nThe Ostervale council approved the ferry depot on March 3, 2019.\n\nMarch 3, 2019\n"
    assert not in_story(text, 0)
    assert in_story(text, text.index("The Ostervale council"))
    assert in_story(text, text.rindex("March 3, 2019"))


_FERRY_STORY = ("The Ostervale council voted on Monday to close the harbour ferry for repairs.\n\n"
                "Mayor Tilda Brannock said the repairs would take until the spring.\n\n"
                "Crews from Kelmar Docks began pulling the old pontoons out on Tuesday morning.\n\n")


@pytest.mark.parametrize("thread", [
    # a header counting the comments, each comment under its commenter and stamp, a button below it
    ("14 Responses to “Ostervale ferry closed”\n\nRuth Aldane says:\n\nMarch 8, 2021 at 9:14 am\n\n"
     "The ferry was closed for a week in June 2019 and nobody was told.\n\nReply\n"),
    # no header: two comments in a row, each a name, a stamp and its buttons
    ("Ruth Aldane\n\n3 hours ago\n\nThe council closed the ferry on March 6 without a vote.\n\nReply\n\n"
     "Pim Varga\n\n2 hours ago\n\nIt reopened on June 9 last year after the same repairs.\n\nLike · Reply\n"),
    # the bare label, with a comment's stamp right below it
    ("Comments\n\nRuth Aldane\n\nMarch 8, 2021 at 9:14 am\n\n"
     "The ferry was closed for a week in June 2019 and nobody was told.\n"),
])
def test_the_readers_thread_below_the_story_is_no_claim_of_it(thread: str) -> None:
    """A comment reads as a report and names its own days: from the thread's start down, no line is a claim of the
    story; the story's paragraphs above it stay claims."""
    text = _FERRY_STORY + thread
    assert in_story(text, 0) and in_story(text, text.index("Crews from"))
    assert not in_story(text, text.index("The ferry was") if "The ferry was" in text else text.index("The council"))


def test_a_bare_comments_label_in_a_share_bar_opens_no_thread() -> None:
    """"Comments" as a share bar's button under the head, with no comment's stamp or button below it, leaves the
    story's paragraphs below it claims."""
    text = ("Ostervale ferry closed\n\nBy Ruth Aldane\n\nShare\n\nTweet\n\n"
            "The council's decision leaves islanders without a crossing for months.\n\nComments\n\n" + _FERRY_STORY)
    assert in_story(text, text.index("Mayor Tilda"))


def test_a_run_of_other_stories_teasers_is_no_claim_of_the_story() -> None:
    """Each blurb under another story's title and stamp reads as a report of its own day; the story's paragraphs
    above the run stay claims."""
    teasers = ("Brannock Wins Second Term as Ostervale Mayor\n\nMay 17, 2016\n\n"
               "Tilda Brannock won a second term on Tuesday with a clear majority of the vote.\n\n"
               "Kelmar Docks Hires Forty New Welders\n\nMay 16, 2016\n\n"
               "The shipyard said on Monday it would hire forty welders before the summer.\n")
    text = _FERRY_STORY + teasers
    assert in_story(text, text.index("Crews from"))
    assert not in_story(text, text.index("Tilda Brannock won"))
    assert not in_story(text, text.index("The shipyard said"))
