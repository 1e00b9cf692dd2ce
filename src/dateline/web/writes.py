"""The app's only writes: a correction posted from a page, and the undoing of one.

Each is refused (403) unless :func:`dateline.web.corrections.write_refusal` lets it through, then made exactly
as ``dateline correct`` makes it (:func:`dateline.pipeline.correct`, under the store's one-writer lock, which a
running build holds: 409), and answered with a redirect back to the page it was made from.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool

from dateline.errors import StoreBusy
from dateline.store import Store
from dateline.store.attribution import resolve_entity
from dateline.store.corrections import Correction, current_user
from dateline.store.lock import exclusive_writer
from dateline.web.corrections import InvalidForm, correction_from_form, local_path, write_refusal
from dateline.web.db import connect_readonly

#: A correction form is a few short fields; anything longer is not one of ours.
MAX_FORM_BYTES = 16_384


def add_write_routes(app: FastAPI) -> None:
    app.add_api_route("/corrections", add_correction, methods=["POST"], include_in_schema=False)
    app.add_api_route("/corrections/{correction_id}/undo", undo_correction, methods=["POST"], include_in_schema=False)


async def add_correction(request: Request) -> RedirectResponse:
    form = await _allowed_form(request)
    try:
        correction = _named_entities(request.app.state.db_path, correction_from_form(form))
    except InvalidForm as error:
        raise HTTPException(422, str(error)) from None

    def correct(store: Store) -> None:
        from dateline import pipeline  # the analysis stack loads only when a correction is made

        pipeline.correct(store, correction, current_user(), "web")

    await run_in_threadpool(_write, request.app.state.db_path, correct)
    return RedirectResponse(local_path(form.get("back")), status_code=303)


async def undo_correction(request: Request, correction_id: int) -> RedirectResponse:
    form = await _allowed_form(request)

    def undo(store: Store) -> None:
        from dateline import pipeline

        pipeline.undo_correction(store, correction_id, current_user())

    await run_in_threadpool(_write, request.app.state.db_path, undo)
    return RedirectResponse(local_path(form.get("back")), status_code=303)


async def _allowed_form(request: Request) -> dict[str, str]:
    """The posted form's fields, once the request has shown it may write; 403 with the reason otherwise."""
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        raise HTTPException(413, "This form is too large to be a correction.")
    form = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
    refusal = write_refusal(request.app.state.read_only, request.client.host if request.client else None,
                            request.headers, request.url.scheme, request.app.state.token, form.get("csrf"))
    if refusal is not None:
        raise HTTPException(403, refusal)
    return form


def _named_entities(db_path: Path, correction: Correction) -> Correction:
    """A merge's entities as the form may name them, by id, name or alias (as the timeline filter takes them)."""
    if correction.kind != "merge":
        return correction
    conn = connect_readonly(db_path)
    try:
        value = {key: resolve_entity(conn, name) or name for key, name in correction.value.items()}
    finally:
        conn.close()
    return Correction(correction.kind, value=value, note=correction.note)


def _write(db_path: Path, change: Callable[[Store], Any]) -> None:
    """Run ``change`` on the store under the writer lock, turning what cannot be done into an HTTP answer."""
    from dateline.link.corrections import InvalidCorrection

    try:
        with exclusive_writer(db_path), Store(db_path, create=False) as store:
            change(store)
    except StoreBusy:
        raise HTTPException(409, "Another Dateline process is writing to this store; try again when it is done.") \
            from None
    except KeyError as error:
        raise HTTPException(404, str(error.args[0])) from None
    except InvalidCorrection as error:
        raise HTTPException(422, str(error)) from None
