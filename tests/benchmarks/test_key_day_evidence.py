"""The strongest cue a story's texts carry for one of its key days."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from types import ModuleType

import pytest

from dateline.evaluation.real.gold import GoldArticle

PLEDGE = "The governor signed the measure on Tuesday, a week after lawmakers sent it to her desk."
DEADLINE = "Committee chairs demanded the documents by April 2 and said they would meet again Monday."
BACKGROUND = "The agency first proposed the rule on Oct. 3, 2016, and withdrew it on Sept. 12, 2017."


@pytest.fixture
def study(benchmark_script: Callable[[str], ModuleType]) -> ModuleType:
    return benchmark_script("key_day_evidence")


def test_days_are_read_with_and_without_their_year(study: ModuleType) -> None:
    assert study.written_days(BACKGROUND) == {(2016, 10, 3), (2017, 9, 12)}
    assert study.written_days(DEADLINE) == {(None, 4, 2)}
    assert study.written_days("Marching 5 abreast, the band passed Mayor 3 times.") == set()


def test_the_strongest_cue_of_any_text_is_the_day_s(study: ModuleType) -> None:
    texts = [PLEDGE, DEADLINE, BACKGROUND]
    assert study.strongest_cue(texts, date(2017, 9, 12)) == "full date"
    assert study.strongest_cue(texts, date(2019, 4, 2)) == "month and day"
    assert study.strongest_cue(texts, date(2019, 3, 26)) == "weekday"
    assert study.strongest_cue(texts, date(2019, 3, 28)) == "none"


def test_only_stories_told_by_plain_texts_alone_are_counted(study: ModuleType) -> None:
    def article(name: str, story: str | None, files: dict[str, str]) -> GoldArticle:
        return GoldArticle(name, "dev10", story, files, None, False, None, (), None, None, None, None)

    gold = [article("a-fox", "vote", {"text": "text/a-fox.txt"}), article("a-nyt", "vote", {"text": "text/a-nyt.txt"}),
            article("b-ap", "flood", {"html": "html/b-ap.html", "text": "text/b-ap.txt"}),
            article("b-cnn", "flood", {"text": "text/b-cnn.txt"}), article("c-npr", None, {"text": "text/c-npr.txt"})]
    assert {name: [a.id for a in members] for name, members in study.text_only_stories(gold).items()} == {
        "vote": ["a-fox", "a-nyt"]}
