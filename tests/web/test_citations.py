"""How a citation labels its article's publication date: exact, a range, one open side, or nothing."""

from __future__ import annotations

import pytest

from dateline.web.citations import published_label


@pytest.mark.parametrize("earliest,latest,label", [
    ("2023-12-21", "2023-12-21", "2023-12-21"),
    ("2024-03-21", "2024-03-27", "2024-03-21–2024-03-27"),
    ("2023-12-15", None, "on or after 2023-12-15"),
    (None, None, None),
])
def test_published_label(earliest: str | None, latest: str | None, label: str | None) -> None:
    assert published_label(earliest, latest) == label
