from __future__ import annotations

import pytest

from dateline.errors import SkippedInput, SkipReason
from dateline.ingest.checks import check_article_text


def test_english_news_passes() -> None:
    check_article_text("US Secretary of State Antony Blinken, meanwhile, said on Wednesday that the world "
                       "must put pressure on Hamas, and not just Israel.")


@pytest.mark.parametrize(("text", "reason"), [
    ("   \n\n  ", SkipReason.EMPTY),
    ("<<<>>> | 12", SkipReason.EMPTY),
    ("Le secrétaire d'État américain Antony Blinken a déclaré mercredi que le monde devait faire pression "
     "sur le Hamas, et pas seulement sur Israël.", SkipReason.NOT_ENGLISH),
])
def test_bad_text_is_refused_with_its_reason(text: str, reason: SkipReason) -> None:
    with pytest.raises(SkippedInput) as raised:
        check_article_text(text)
    assert raised.value.reason is reason


def test_not_english_names_the_language() -> None:
    with pytest.raises(SkippedInput, match="D005 not English: detected German"):
        check_article_text("Der US-Außenminister Antony Blinken sagte am Mittwoch, die Welt müsse Druck auf "
                           "die Hamas ausüben und nicht nur auf Israel.")
