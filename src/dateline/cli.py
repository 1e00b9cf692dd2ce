"""The ``dateline`` command: a thin shell over :mod:`dateline.pipeline` and :mod:`dateline.export`."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from dateline import pipeline
from dateline.errors import Skipped
from dateline.evaluation.cli import events_cli, t17_cli
from dateline.export import export_formats, get_exporter
from dateline.extract.cli import polnear_cli, quotes_cli
from dateline.store import Store
from dateline.store.articles import iso_or_none
from dateline.store.db import DEFAULT_DB
from dateline.store.events import event_rows
from dateline.store.storylines import list_storylines, move_article
from dateline.store.timeline import timeline_by_day
from dateline.time.cli import pubdate_cmd, tempeval_cmd, timeml_app
from dateline.timeline.store import summarized_timeline

#: Exit status when the run finished but some inputs were skipped (0: nothing skipped).
EXIT_SKIPPED = 3

app = typer.Typer(help="Rebuild a developing news story from its coverage.", no_args_is_help=True,
                  add_completion=False)
console = Console(stderr=True)
DbOption = Annotated[Path, typer.Option("--db", help="SQLite store to use.")]
PathsArgument = Annotated[list[Path], typer.Argument(help="Files or folders: .txt, .html, .jsonl.", exists=True)]


def report_skip(skipped: Skipped) -> None:
    console.print(f"[yellow]{skipped.message}[/yellow]", highlight=False, soft_wrap=True)


def _exit_for(report: pipeline.IngestReport, failed: int = 0) -> None:
    """Exit 3 when any input was skipped or any stored article could not be analysed."""
    console.print(f"stored {report.stored} new, {report.duplicates} already stored, "
                  f"{len(report.skipped)} skipped")
    if report.skipped or failed:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def ingest(paths: PathsArgument, db: DbOption = DEFAULT_DB) -> None:
    """Read, clean and store articles (no analysis)."""
    with Store(db) as store:
        report = pipeline.ingest(paths, store, on_skip=report_skip)
    _exit_for(report)


@app.command()
def build(paths: PathsArgument, db: DbOption = DEFAULT_DB) -> None:
    """Ingest articles and run every stage: clean, annotate, time, timeline."""
    with Store(db) as store, _progress() as progress:
        task = progress.add_task("analysing articles", total=None)
        report = pipeline.build(paths, store, on_skip=report_skip,
                                on_progress=lambda n, total: progress.update(task, total=total, advance=n),
                                on_note=lambda note: console.print(note, highlight=False, soft_wrap=True))
    console.print(f"analysed {report.analyzed} articles; timeline has {report.timeline_entries} entries")
    if report.unanalysed:
        console.print(f"stored articles left unanalysed: {report.unanalysed} (see the notes above)")
    _exit_for(report.ingest, failed=report.unanalysed)


@app.command()
def timeline(
    storyline: Annotated[str | None, typer.Option("--storyline", help="Only this storyline's timeline.")] = None,
    dates: Annotated[int | None, typer.Option("--dates", min=1, help="How many days (default: automatic).")] = None,
    per_date: Annotated[int | None, typer.Option("--per-date", min=1, help="Sentences per day (default: "
                                                 "automatic).")] = None,
    since: Annotated[datetime | None, typer.Option("--from", formats=["%Y-%m-%d"], help="First day.")] = None,
    until: Annotated[datetime | None, typer.Option("--to", formats=["%Y-%m-%d"], help="Last day.")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Print the timeline, oldest first, each line citing its article and character span.

    With --dates, --per-date, --from or --to, the storyline's timeline is summarized afresh with those
    settings (not stored); otherwise the timeline the last build stored is printed.
    """
    out = Console()
    with Store(db) as store:
        days = timeline_by_day(store.conn, storyline)
        if any(option is not None for option in (dates, per_date, since, until)):
            storylines = [storyline] if storyline else [s.id for s in list_storylines(store.conn)]
            days = [day for storyline_id in storylines for day in summarized_timeline(
                store.conn, storyline_id, dates, per_date, since and since.date(), until and until.date())]
        for day, entries in days:
            out.print(f"\n[bold]{day:%a %d %b %Y}[/bold]", highlight=False)
            for entry in entries:
                text = " ".join(entry.text.split())
                out.print(f"  • {text} [dim]({entry.article_id} {entry.start}–{entry.end})[/dim]",
                          highlight=False)


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="json or markdown (or a plugin's format).")] = "json",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write; default stdout.")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Export the store in an interchange format."""
    try:
        exporter = get_exporter(format)
    except KeyError as error:
        raise typer.BadParameter(str(error.args[0]), param_hint="--format") from None
    with Store(db) as store:
        if output is None:
            exporter(store.conn, sys.stdout)
            return
        with output.open("w", encoding="utf-8") as out:
            exporter(store.conn, out)
    console.print(f"wrote {output} ({format})")


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to bind; only this machine can connect by default.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Browse the store in a web browser: storylines, timelines, articles, entities, figures, search."""
    from dateline.web import serve as serve_store  # the web stack loads only for this command
    from dateline.web.db import StoreNotReady

    try:
        serve_store(db, host, port)
    except StoreNotReady as error:
        console.print(f"[red]{error}[/red]")
        raise typer.Exit(1) from None


storylines_app = typer.Typer(help="List storylines, or move an article between them.", invoke_without_command=True)
app.add_typer(storylines_app, name="storylines")


@storylines_app.callback()
def storylines(context: typer.Context, db: DbOption = DEFAULT_DB) -> None:
    """List storylines with their sizes and date spans."""
    if context.invoked_subcommand is not None:
        return
    table = Table("title", "articles", "sources", "from", "to")
    table.add_column("id", no_wrap=True)
    with Store(db) as store:
        for s in list_storylines(store.conn):
            table.add_row(s.title, str(s.articles), str(s.sources), iso_or_none(s.first_day) or "?",
                          iso_or_none(s.last_day) or "?", s.id)
    Console().print(table)


@storylines_app.command("move")
def move(
    article_id: Annotated[str, typer.Argument(help="The article to move.")],
    to: Annotated[str | None, typer.Option("--to", help="Target storyline id; omit for one of its own.")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Move an article to another storyline; the move is kept through every rebuild."""
    with Store(db) as store:
        try:
            with store.transaction() as conn:
                move_article(conn, article_id, to)
        except KeyError as error:
            raise typer.BadParameter(str(error.args[0])) from None
        pipeline.link(store)
    console.print(f"moved {article_id} to {to or 'a storyline of its own'}")


@app.command()
def events(db: DbOption = DEFAULT_DB,
           storyline: Annotated[str | None, typer.Option(help="Only this storyline's articles.")] = None,
           type_: Annotated[str | None, typer.Option("--type", help="Only this type (AGREE, ASSAULT...).")] = None,
           actor: Annotated[str | None, typer.Option(help="Only events whose actor names this.")] = None,
           ) -> None:
    """Who did what to whom, when and where: the stored events, by article and position."""
    where, params = events_filter(storyline, type_, actor)
    with Store(db) as store:
        for r in event_rows(store.conn, where, params):
            when = r["date"] or f"{r['earliest'] or '…'}/{r['latest'] or '…'}"
            fields = (when, r["type"], r["mode"], r["actor"], r["text"], r["target"], r["location"], r["status"],
                      r["claimed_by"], "main" if r["main"] else "", r["article_id"])
            typer.echo("\t".join(str(v or "") for v in fields))


def events_filter(storyline: str | None, type_: str | None, actor: str | None) -> tuple[str, tuple[str, ...]]:
    """The SQL condition and parameters for the ``events`` command's options."""
    conditions = [("v.storyline_id = ?", storyline), ("v.type = ?", type_ and type_.upper()),
                  ("(v.actor LIKE ? OR actor_entity.name LIKE ?)", actor and f"%{actor}%")]
    chosen = [(sql, value) for sql, value in conditions if value]
    params = tuple(v for sql, value in chosen for v in [value] * sql.count("?"))
    return " AND ".join(sql for sql, _ in chosen) or "1", params


eval_app = typer.Typer(help="Measure Dateline on public benchmarks.", no_args_is_help=True)
eval_app.command("tempeval")(tempeval_cmd)
eval_app.command("pubdate")(pubdate_cmd)
eval_app.command("polnear")(polnear_cli)
eval_app.command("t17")(t17_cli)
eval_app.command("events")(events_cli)
app.add_typer(eval_app, name="eval")
app.add_typer(timeml_app, name="timeml")
app.command("quotes")(quotes_cli)


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=console, transient=True)


export.__doc__ = f"Export the store: {', '.join(export_formats())}."
