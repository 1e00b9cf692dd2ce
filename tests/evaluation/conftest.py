"""Timeline17 lives beside the repository (``../shared/eval/t17``, the ``t17_dir`` fixture); tests that read it
skip without it."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def t17_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One tagging cache for the session's Timeline17 tests: each article is tagged once."""
    return tmp_path_factory.mktemp("t17-cache")
