"""TF-IDF terms of sentences."""

from dateline.timeline.vectors import content_terms


def test_terms_are_content_words_then_adjacent_pairs() -> None:
    assert content_terms("BP said the top kill had failed on Saturday .") == [
        "bp", "kill", "failed", "saturday", "bp kill", "kill failed", "failed saturday"]
