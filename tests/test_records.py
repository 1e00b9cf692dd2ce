from datetime import date

from dateline.records import StorylineArticle, title_apart


def _article(title: str | None, text: str) -> StorylineArticle:
    return StorylineArticle("a1", date(2023, 11, 27), title, text)


def test_a_headline_set_apart_is_read_with_the_text() -> None:
    article = _article("Truce extended by two days", "Qatar said on Monday that the pause would go on.")
    assert article.wording == "Truce extended by two days\nQatar said on Monday that the pause would go on."


def test_a_text_that_opens_with_its_headline_holds_it_once() -> None:
    text = "Truce extended by two days\nQatar said on Monday that the pause would go on."
    assert _article("Truce extended by two days", text).wording == text
    assert _article(None, "Qatar said on Monday.").wording == "Qatar said on Monday."


def test_a_title_stands_apart_unless_the_text_opens_with_it() -> None:
    assert title_apart("Truce extended", "Qatar said on Monday.")
    assert not title_apart("Truce extended", "  Truce extended\nQatar said on Monday.")
    assert not title_apart(None, "Qatar said on Monday.")
