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
from pydantic import AfterValidator, BeforeValidator
from starlette.exceptions import HTTPException as StarletteHTTPException

from dateline.store import Store
from dateline.web import articles, entities, figures, review, search, story, storylines
from dateline.web.corrections import Editing, corrections_page, is_loopback, new_token
from dateline.web.db import check_store, connect_readonly
from dateline.web.files import add_file_routes
from dateline.web.models import (
    ArticlePage,
    ChartPage,
    CorrectionsPage,
    EntityPage,
    EventsPage,
    FiguresPage,
    ReviewPage,
    SearchPage,
    SeriesPage,
    SpeakersPage,
    Storyline,
    TimelinePage,
)
from dateline.web.render import CONTENT_SECURITY_POLICY, render
from dateline.web.writes import add_write_routes

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 8000
#: "same-origin": no other site learns which page linked to it, while the browser still names the app's own origin
#: in the ``Origin`` of a correction form (under "no-referrer" it sends ``null``, which the write guard refuses).
_SECURITY_HEADERS = {"Content-Security-Policy": CONTENT_SECURITY_POLICY, "X-Content-Type-Options": "nosniff",
                     "Referrer-Policy": "same-origin", "X-Frame-Options": "DENY"}


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

#: A filter's words: left empty, the browser still sends ``actor=``, which means "any".
OptionalText = Annotated[str | None, Query(max_length=200), AfterValidator(_blank_is_none)]

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


def speakers_data(conn: Conn, storyline_id: str) -> SpeakersPage:
    """Who said what in a storyline: its most quoted speakers, each with their quotes oldest first."""
    return _found(story.speakers_page, conn, storyline_id)


def events_data(conn: Conn, storyline_id: str, type: OptionalText = None, actor: OptionalText = None) -> EventsPage:
    """What happened in a storyline: its lead events and those naming their actor, oldest first; ``type`` keeps
    one type (ASSAULT...), ``actor`` the events one of whose actors names it (its words or its entity's name)."""
    return _found(story.events_page, conn, storyline_id, type, actor)


def chart_data(conn: Conn, storyline_id: str) -> ChartPage:
    """What the interactive timeline draws: the storyline's timeline entries, dated quotes and dated events."""
    return _found(story.chart_page, conn, storyline_id)


def review_data(conn: Conn, storyline_id: str) -> ReviewPage:
    """What needs review in a storyline: speakers, figures, publication dates and timeline days below the
    confidence line, each with its candidate, confidence and citation."""
    return _found(review.review_page, conn, storyline_id)


def store_review_data(conn: Conn) -> ReviewPage:
    """What needs review in the whole store (the storyline ``all``)."""
    return review.review_page(conn, storylines.WHOLE_STORE)


def corrections_data(conn: Conn) -> CorrectionsPage:
    """Every correction made to the store, newest first: what, who, when, from where, and whether undone."""
    return corrections_page(conn)


def search_data(conn: Conn, q: Annotated[str, Query(max_length=200)] = "", page: PageNumber = 1) -> SearchPage:
    """Sentences containing every word of ``q``, best first, with the matched ranges."""
    return search.search_page(conn, q, page)


PAGES: list[tuple[str, Callable[..., Any], str, Any]] = [
    ("/storylines", storylines_data, "storylines.html", list[Storyline]),
    ("/storylines/{storyline_id}", timeline_data, "timeline.html", TimelinePage),
    ("/storylines/{storyline_id}/figures", figures_data, "figures.html", FiguresPage),
    ("/storylines/{storyline_id}/figures/{series_key}", figure_series_data, "figure_series.html", SeriesPage),
    ("/storylines/{storyline_id}/speakers", speakers_data, "speakers.html", SpeakersPage),
    ("/storylines/{storyline_id}/events", events_data, "events.html", EventsPage),
    ("/storylines/{storyline_id}/review", review_data, "review.html", ReviewPage),
    ("/review", store_review_data, "review.html", ReviewPage),
    ("/corrections", corrections_data, "corrections.html", CorrectionsPage),
    ("/articles/{article_id}", article_data, "article.html", ArticlePage),
    ("/entities/{entity_id}", entity_data, "entity.html", EntityPage),
    ("/search", search_data, "search.html", SearchPage),
]


def create_app(db_path: Path | str, read_only: bool = False) -> FastAPI:
    """The app serving the store at ``db_path``; raises StoreNotReady if it cannot be served. Pages only read;
    corrections are written through :mod:`dateline.web.writes`, from this machine only, unless ``read_only``."""
    path = Path(db_path)
    check_store(path)
    app = FastAPI(title="Dateline", version=version("dateline"), docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json")
    app.state.db_path, app.state.read_only, app.state.token = path, read_only, new_token()
    for route, loader, template, model in PAGES:
        _mount(app, route, loader, template, model)
    app.add_api_route("/api/storylines/{storyline_id}/chart", chart_data, response_model=ChartPage,
                      name="api_chart", summary=chart_data.__doc__)
    add_write_routes(app)
    add_file_routes(app)
    app.add_api_route("/", lambda: RedirectResponse("/storylines"), include_in_schema=False)
    app.add_exception_handler(StarletteHTTPException, _error)
    app.add_exception_handler(RequestValidationError, _error)
    app.middleware("http")(_security_headers)
    return app


def editing(request: Request) -> Editing | None:
    """The correction forms' token and return path when this request may correct the store: the app is
    writable and the browser is on this machine; None otherwise (the pages then show no forms)."""
    if request.app.state.read_only or not is_loopback(request.client.host if request.client else None):
        return None
    back = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return Editing(request.app.state.token, back)


def _mount(app: FastAPI, route: str, loader: Callable[..., Any], template: str, model: Any) -> None:
    def api(data: Annotated[Any, Depends(loader)]) -> Any:
        return data

    def page(request: Request, data: Annotated[Any, Depends(loader)]) -> HTMLResponse:
        return HTMLResponse(render(template, page=data, editing=editing(request)))

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


def serve(db: Path | str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, read_only: bool = False) -> None:
    """Serve the store until interrupted; only this machine can connect unless ``host`` says otherwise, and
    only this machine can correct the store, unless ``read_only`` forbids corrections altogether.

    A store made by an older Dateline is migrated first (opening it as a :class:`Store` does that), before
    any request; the pages open the store read-only, and only a correction writes to it.
    """
    import uvicorn

    path = Path(db)
    Store(path, create=False).close()
    mode = "read-only" if read_only else "corrections from this machine only"
    print(f"Dateline is serving {path} at http://{host}:{port}/ ({mode}; Ctrl+C to stop)", flush=True)
    uvicorn.run(create_app(path, read_only), host=host, port=port, log_level="warning")
