"""The web app: server-rendered pages over a store, and the same records as JSON under ``/api/``.

Each page is one loader (a FastAPI dependency returning a record from :mod:`dateline.web.models`) mounted
twice: at its path as HTML, and at ``/api`` + its path as JSON with a schema in ``/api/openapi.json``.
No route reads files: templates and styles are compiled into the package, so no URL reaches the disk.
"""

# No ``from __future__ import annotations``: FastAPI reads the annotations of the closures in _mount, which
# name their loader, at definition time.

import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from importlib.metadata import version
from pathlib import Path
from typing import Annotated, Any, ParamSpec, TypeVar

from fastapi import Depends, FastAPI, HTTPException, Query, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from pydantic import BeforeValidator
from starlette.exceptions import HTTPException as StarletteHTTPException

from dateline.store import Store
from dateline.web import articles, entities, figures, search, storylines
from dateline.web.db import check_store, connect_readonly
from dateline.web.models import ArticlePage, EntityPage, FiguresPage, SearchPage, SeriesPage, Storyline, TimelinePage
from dateline.web.render import CONTENT_SECURITY_POLICY, render

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 8000
_SECURITY_HEADERS = {"Content-Security-Policy": CONTENT_SECURITY_POLICY, "X-Content-Type-Options": "nosniff",
                     "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}


def connection(request: Request) -> Iterator[sqlite3.Connection]:
    """A read-only connection for one request, closed when the response is sent."""
    conn = connect_readonly(request.app.state.db_path)
    try:
        yield conn
    finally:
        conn.close()


Conn = Annotated[sqlite3.Connection, Depends(connection)]
PageNumber = Annotated[int, Query(ge=1, le=10_000)]


def _blank_is_none(value: Any) -> Any:
    return value if value not in ("", None) else None


#: A day from a form's date field: left empty, the browser still sends ``since=``, which means "no bound".
OptionalDay = Annotated[date | None, BeforeValidator(_blank_is_none), Query()]

#: What a page loader takes, and the page it returns.
_Args = ParamSpec("_Args")
_Page = TypeVar("_Page")


def _found(load: Callable[_Args, _Page], *args: _Args.args, **kwargs: _Args.kwargs) -> _Page:
    """The loader's record, or 404 when an id names nothing in the store."""
    try:
        return load(*args, **kwargs)
    except KeyError:
        raise HTTPException(404, "Nothing with this id in the store.") from None


def storylines_data(conn: Conn) -> list[Storyline]:
    """Every storyline with its date span and article and outlet counts."""
    return storylines.storylines(conn)


def timeline_data(conn: Conn, storyline_id: str, entity: Annotated[str | None, Query(max_length=200)] = None,
                  since: OptionalDay = None, until: OptionalDay = None, page: PageNumber = 1) -> TimelinePage:
    """A storyline's timeline, oldest first; ``entity`` keeps entries whose sentence mentions it."""
    return _found(storylines.timeline_page, conn, storyline_id, entity, since, until, page)


def figures_data(conn: Conn, storyline_id: str, page: PageNumber = 1) -> FiguresPage:
    """A page of a storyline's figure series, those with conflicts first, each with a bounded chart."""
    return _found(figures.figures_page, conn, storyline_id, page)


def figure_series_data(conn: Conn, storyline_id: str, series_key: str, page: PageNumber = 1) -> SeriesPage:
    """One figure series of a storyline: its chart and a page of all its reports in date order."""
    return _found(figures.series_page, conn, storyline_id, series_key, page)


def article_data(conn: Conn, article_id: str, start: int | None = None, end: int | None = None) -> ArticlePage:
    """An article with its annotations; ``start``/``end`` highlight a span of its text."""
    highlight = (start, end) if start is not None and end is not None else None
    return _found(articles.article_page, conn, article_id, highlight)


def entity_data(conn: Conn, entity_id: str) -> EntityPage:
    """An entity: names, quotes by date, appearances."""
    return _found(entities.entity_page, conn, entity_id)


def search_data(conn: Conn, q: Annotated[str, Query(max_length=200)] = "", page: PageNumber = 1) -> SearchPage:
    """Sentences containing every word of ``q``, best first, with the matched ranges."""
    return search.search_page(conn, q, page)


PAGES: list[tuple[str, Callable[..., Any], str, Any]] = [
    ("/storylines", storylines_data, "storylines.html", list[Storyline]),
    ("/storylines/{storyline_id}", timeline_data, "timeline.html", TimelinePage),
    ("/storylines/{storyline_id}/figures", figures_data, "figures.html", FiguresPage),
    ("/storylines/{storyline_id}/figures/{series_key}", figure_series_data, "figure_series.html", SeriesPage),
    ("/articles/{article_id}", article_data, "article.html", ArticlePage),
    ("/entities/{entity_id}", entity_data, "entity.html", EntityPage),
    ("/search", search_data, "search.html", SearchPage),
]


def create_app(db_path: Path | str) -> FastAPI:
    """The app serving the store at ``db_path`` read-only; raises StoreNotReady if it cannot be served."""
    path = Path(db_path)
    check_store(path)
    app = FastAPI(title="Dateline", version=version("dateline"), docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json")
    app.state.db_path = path
    for route, loader, template, model in PAGES:
        _mount(app, route, loader, template, model)
    app.add_api_route("/", lambda: RedirectResponse("/storylines"), include_in_schema=False)
    app.add_exception_handler(StarletteHTTPException, _error)
    app.add_exception_handler(RequestValidationError, _error)
    app.middleware("http")(_security_headers)
    return app


def _mount(app: FastAPI, route: str, loader: Callable[..., Any], template: str, model: Any) -> None:
    def api(data: Annotated[Any, Depends(loader)]) -> Any:
        return data

    def page(data: Annotated[Any, Depends(loader)]) -> HTMLResponse:
        return HTMLResponse(render(template, page=data))

    name = loader.__name__.removesuffix("_data")
    app.add_api_route(f"/api{route}", api, response_model=model, name=f"api_{name}", summary=loader.__doc__)
    app.add_api_route(route, page, response_class=HTMLResponse, name=name, include_in_schema=False)


async def _error(request: Request, error: Exception) -> Response:
    """JSON errors under /api/, an HTML page elsewhere; validation errors are 422 either way."""
    status = getattr(error, "status_code", 422)
    message = getattr(error, "detail", "The request's parameters are not valid.")
    if request.url.path.startswith("/api/"):
        detail = jsonable_encoder(error.errors()) if isinstance(error, RequestValidationError) else message
        return JSONResponse({"detail": detail}, status_code=status)
    return HTMLResponse(render("error.html", status=status, message=str(message)), status_code=status)


async def _security_headers(request: Request, call_next: Callable[[Request], Any]) -> Response:
    response: Response = await call_next(request)
    response.headers.update(_SECURITY_HEADERS)
    return response


def serve(db: Path | str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
    """Serve the store until interrupted; only this machine can connect unless ``host`` says otherwise.

    A store made by an older Dateline is migrated first (opening it as a :class:`Store` does that): the only
    write, made before any request; the app itself opens the store read-only.
    """
    import uvicorn

    path = Path(db)
    Store(path, create=False).close()
    print(f"Dateline is serving {path} at http://{host}:{port}/ (Ctrl+C to stop)", flush=True)
    uvicorn.run(create_app(path), host=host, port=port, log_level="warning")
