"""How a citation labels its article's publication date: exact, a range, one open side, or nothing."""

from __future__ import annotations

import pytest

from dateline.web.citations import cite, published_label


@pytest.mark.parametrize("earliest,latest,label", [
    ("2023-12-21", "2023-12-21", "2023-12-21"),
    ("2024-03-21", "2024-03-27", "2024-03-21–2024-03-27"),
    ("2023-12-15", None, "on or after 2023-12-15"),
    (None, None, None),
])
def test_published_label(earliest: str | None, latest: str | None, label: str | None) -> None:
    assert published_label(earliest, latest) == label


@pytest.mark.parametrize("outlet,source,shown", [
    ("reuters.com", "https://www.reuters.com/world/a", "reuters.com"),
    ("Al Jazeera", "/data/story.txt", "Al Jazeera"),
    (None, "/data/story.txt", "story.txt"),
])
def test_a_citation_names_the_outlet_else_the_file(outlet: str | None, source: str, shown: str) -> None:
    row = {"article_id": "a1", "article_title": "Talks resume", "published_earliest": "2023-12-21",
           "published_latest": "2023-12-21", "article_outlet": outlet, "article_source": source}
    assert cite(row, 3, 9).outlet == shown  # type: ignore[arg-type]
