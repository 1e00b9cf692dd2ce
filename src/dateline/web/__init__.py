"""The web app: browse a store's storylines, timelines, articles, entities, figures and search results.

``create_app(db)`` builds the FastAPI app (for tests and ASGI servers); ``serve(db, host, port)`` runs it.
Both live in :mod:`dateline.web.app` and load lazily, so the HTML export can use this package's templates
without importing FastAPI.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app", "serve"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from dateline.web import app

        return getattr(app, name)
    raise AttributeError(f"module 'dateline.web' has no attribute {name!r}")
