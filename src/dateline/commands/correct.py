"""``dateline correct …``: a user's corrections, stored apart and kept through every rebuild, listed and undone.

Each subcommand records one correction (:mod:`dateline.store.corrections`) through :func:`dateline.pipeline.correct`,
which relinks the store so that storylines, figure series and the timeline follow it at once. Spans are the
``start``/``end`` offsets the exports and the web pages give.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from dateline import pipeline
from dateline.commands.writing import writing
from dateline.errors import DatelineError, ErrorCode
from dateline.link.corrections import InvalidCorrection
from dateline.store import Store
from dateline.store.corrections import Correction, CorrectionKind, corrections, current_user
from dateline.store.db import DEFAULT_DB

correct_app = typer.Typer(help="Correct the store by hand: hide or pin a timeline entry, fix a date, a speaker or "
                               "a figure, merge or split entities, move an article; list and undo corrections.",
                          no_args_is_help=True)
console = Console(stderr=True)

DbOption = Annotated[Path, typer.Option("--db", help="SQLite store to correct; it must exist.")]
ByOption = Annotated[str | None, typer.Option("--by", help="Who makes the correction (default: your user name).")]
NoteOption = Annotated[str | None, typer.Option("--note", help="Why, for the audit list.")]
Article = Annotated[str, typer.Argument(help="The article's id.")]
Start = Annotated[int, typer.Argument(help="Where the span starts in the article's text.")]
End = Annotated[int, typer.Argument(help="Where it ends.")]


def record(db: Path, correction: Correction, by: str | None) -> int:
    """Record and apply a correction, turning what names nothing or says nothing usable into a coded error."""
    with writing(db, create=False) as store:
        try:
            correction_id = pipeline.correct(store, correction, by or current_user(), "cli")
        except KeyError as error:
            raise DatelineError(ErrorCode.UNKNOWN_ID, str(error.args[0])) from None
        except InvalidCorrection as error:
            raise DatelineError(ErrorCode.BAD_CORRECTION, str(error)) from None
    console.print(f"correction {correction_id}: {correction.kind} recorded; `dateline correct undo "
                  f"{correction_id}` takes it back")
    return correction_id


def _span(kind: CorrectionKind, article: str, start: int, end: int, note: str | None, **value: Any) -> Correction:
    return Correction(kind, article, start, end, {k: v for k, v in value.items() if v is not None}, note)


@correct_app.command()
def hide(article: Article, start: Start, end: End, db: DbOption = DEFAULT_DB, by: ByOption = None,
         note: NoteOption = None) -> None:
    """Leave a sentence out of the timeline."""
    record(db, _span("hide", article, start, end, note), by)


@correct_app.command()
def pin(article: Article, start: Start, end: End,
        day: Annotated[str | None, typer.Option("--day", help="The day to show it on, YYYY-MM-DD (default: its "
                                                "day on the timeline, else its article's).")] = None,
        db: DbOption = DEFAULT_DB, by: ByOption = None, note: NoteOption = None) -> None:
    """Keep a sentence on the timeline whatever the summarizer chooses."""
    record(db, _span("pin", article, start, end, note, day=day), by)


@correct_app.command()
def date(article: Article, day: Annotated[str, typer.Argument(help="Its publication day, YYYY-MM-DD.")],
         db: DbOption = DEFAULT_DB, by: ByOption = None, note: NoteOption = None) -> None:
    """Set an article's publication day; its dates and the corpus's are worked out again from it."""
    record(db, Correction("date", article, value={"day": day}, note=note), by)


@correct_app.command()
def speaker(article: Article, start: Start, end: End,
            name: Annotated[str | None, typer.Argument(help="Who said it; omit with --unknown.")] = None,
            unknown: Annotated[bool, typer.Option("--unknown", help="Nobody can tell who said it.")] = False,
            db: DbOption = DEFAULT_DB, by: ByOption = None, note: NoteOption = None) -> None:
    """Name who said a quote (the quote's span, as the export gives it)."""
    if (name is None) == (not unknown):
        raise typer.BadParameter("give a NAME or --unknown, not both", param_hint="NAME")
    record(db, Correction("speaker", article, start, end, {"speaker": name}, note), by)


@correct_app.command()
def figure(article: Article, start: Start, end: End,
           value: Annotated[float | None, typer.Option("--value", help="The number it states.")] = None,
           what: Annotated[str | None, typer.Option("--what", help="What it counts (\"hostages taken\").")] = None,
           source: Annotated[str | None, typer.Option("--source", help="Who states it.")] = None,
           db: DbOption = DEFAULT_DB, by: ByOption = None, note: NoteOption = None) -> None:
    """Correct a figure's number, what it counts or its source (the figure's span, as the export gives it)."""
    record(db, _span("figure", article, start, end, note, value=value, what=what, source=source), by)


@correct_app.command()
def merge(entity: Annotated[str, typer.Argument(help="The entity id to merge away.")],
          into: Annotated[str, typer.Argument(help="The entity id it is the same as.")],
          db: DbOption = DEFAULT_DB, by: ByOption = None, note: NoteOption = None) -> None:
    """Make two entities one: the first's mentions, quotes and names join the second."""
    record(db, Correction("merge", value={"entity": entity, "into": into}, note=note), by)


@correct_app.command()
def split(entity: Annotated[str, typer.Argument(help="The entity id.")],
          alias: Annotated[str, typer.Argument(help="The name whose mentions are someone else.")],
          db: DbOption = DEFAULT_DB, by: ByOption = None, note: NoteOption = None) -> None:
    """Split the mentions of an entity that read ALIAS off into an entity of their own."""
    record(db, Correction("split", value={"entity": entity, "alias": alias}, note=note), by)


@correct_app.command()
def move(article: Annotated[str, typer.Argument(help="The article to move.")],
         to: Annotated[str | None, typer.Option("--to", help="Target storyline id; omit for one of its own.")] = None,
         db: DbOption = DEFAULT_DB, by: ByOption = None, note: NoteOption = None) -> None:
    """Move an article to another storyline."""
    record(db, Correction("move", article, value={"storyline": to}, note=note), by)


@correct_app.command("list")
def list_corrections(db: DbOption = DEFAULT_DB) -> None:
    """Every correction ever made, undone ones included: id, kind, what, value, who, when."""
    with Store(db, create=False) as store:
        made = corrections(store.conn, active=False)
    for stored in made:
        c = stored.correction
        target = " ".join(str(part) for part in (c.article_id, c.start, c.end) if part is not None)
        undone = f"undone {stored.undone_at} by {stored.undone_by}" if stored.undone_at else ""
        value = json.dumps(c.value, ensure_ascii=False)
        fields = (stored.id, c.kind, target, value, stored.author, stored.via, stored.made_at, undone, c.note or "")
        typer.echo("\t".join(str(field) for field in fields))


@correct_app.command()
def undo(correction_id: Annotated[int, typer.Argument(metavar="ID", help="The correction's id (see `list`).")],
         db: DbOption = DEFAULT_DB, by: ByOption = None) -> None:
    """Take a correction back; it stays in the list, marked undone."""
    with writing(db, create=False) as store:
        try:
            pipeline.undo_correction(store, correction_id, by or current_user())
        except KeyError as error:
            raise DatelineError(ErrorCode.UNKNOWN_ID, str(error.args[0])) from None
    console.print(f"correction {correction_id} undone")
