"""Timeline17 lives beside the repository (``../shared/eval/t17``); tests that read it skip without it."""

from __future__ import annotations

from pathlib import Path

import pytest

T17 = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "t17"


@pytest.fixture(scope="session")
def t17_dir() -> Path:
    if not (T17 / "H1N1_bbc").is_dir():
        pytest.skip("Timeline17 not found at ../shared/eval/t17")
    return T17


@pytest.fixture(scope="session")
def t17_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One tagging cache for the session's Timeline17 tests: each article is tagged once."""
    return tmp_path_factory.mktemp("t17-cache")
