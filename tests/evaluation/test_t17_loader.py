"""The Timeline17 loader and protocol on the real H1N1 topic."""

from datetime import date
from pathlib import Path

from dateline.evaluation.t17 import iter_tasks, read_timeline


def test_reference_merges_a_date_listed_twice(t17_dir: Path) -> None:
    timeline = read_timeline(t17_dir / "H1N1_bbc" / "timelines" / "influenza_A_h1n1_scotland_bbc.txt")
    assert list(timeline)[:2] == [date(2009, 4, 27), date(2009, 4, 28)]
    assert len(timeline) == 7  # nine entries, two dates listed twice
    assert sum(map(len, timeline.values())) == 40


def test_tasks_pool_outlets_and_cut_input_to_the_reference_range(t17_dir: Path) -> None:
    tasks = {t.name: t for t in iter_tasks(t17_dir, topics={"H1N1"})}
    assert sorted(tasks) == ["H1N1_bbc/influenza_A_h1n1_scotland_bbc", "H1N1_guardian/swine_flu_guardian",
                             "H1N1_reuters/h1n1_reuters"]
    task = tasks["H1N1_bbc/influenza_A_h1n1_scotland_bbc"]
    assert (task.n_dates, task.sentences_per_date) == (7, 6)  # l = 7 dates, k = round(40 / 7)
    assert task.date_range == (date(2009, 4, 27), date(2009, 5, 4))
    assert len(task.articles) == 152  # from all three outlets
    assert {a.id.split("/")[0] for a in task.articles} == {"H1N1_bbc", "H1N1_guardian", "H1N1_reuters"}
    assert all(date(2009, 4, 27) <= a.published <= date(2009, 5, 4) for a in task.articles)
