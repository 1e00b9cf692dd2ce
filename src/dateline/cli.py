"""The ``dateline`` command: a thin shell over :mod:`dateline.pipeline` and :mod:`dateline.export`."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from importlib.metadata import version as installed_version
from pathlib import Path
from typing import Annotated, Any, Literal

import typer
from rich import box
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text
from typer.core import TyperGroup

from dateline import pipeline
from dateline.commands.correct import correct_app
from dateline.commands.correct import move as correct_move
from dateline.commands.quotes import quotes_cli
from dateline.commands.writing import EXIT_BUSY as EXIT_BUSY  # re-exported: the exit statuses are all read here
from dateline.commands.writing import writing as _writing
from dateline.confidence import confidence_label
from dateline.errors import DatelineError, ErrorCode, Skipped, StoreBusy, Warned
from dateline.evaluation.cli import eval_app
from dateline.export import export_formats, get_exporter
from dateline.processes import default_workers
from dateline.sources.http import DEFAULT_DELAY, PoliteClient, Politeness
from dateline.sources.watch import parse_interval, rounds
from dateline.store import Store
from dateline.store.articles import citation_labels, iso_or_none
from dateline.store.db import DEFAULT_DB
from dateline.store.events import event_links, event_type, events_matching, rows_of_events
from dateline.store.lock import exclusive_writer
from dateline.store.storylines import list_storylines, storyline_ids
from dateline.store.timeline import held_by_day, timeline_by_day
from dateline.timeline.store import summarized_timeline

#: Exit status when the run finished but some inputs were skipped (0: nothing skipped).
EXIT_SKIPPED = 3

#: Set to see the traceback of an unexpected error instead of its one-line summary.
DEBUG_VARIABLE = "DATELINE_DEBUG"


class _Commands(TyperGroup):
    """The command group that turns every failure into one coded line and a documented exit status."""

    def invoke(self, ctx: typer.Context) -> Any:  # type: ignore[override]  # typer hands its own Context; the base names click's, which typer vendors privately
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise  # usage errors, --help, a command's own exit status: Typer reports these itself
        except DatelineError as error:
            _fail(error)
        except OSError as error:
            target = error.filename or "a file"
            _fail(DatelineError(ErrorCode.UNWRITABLE, f"cannot read or write {target}: {error.strerror or error}"))
        except Exception as error:
            if os.environ.get(DEBUG_VARIABLE):
                raise
            _fail(DatelineError(ErrorCode.INTERNAL, f"unexpected {type(error).__name__}: {error} "
                                                    f"(set {DEBUG_VARIABLE}=1 to see the traceback)"))


def _fail(error: DatelineError) -> None:
    console.print(f"[red]error {error.code.code}:[/red] {error.message}", highlight=False, soft_wrap=True)
    raise typer.Exit(error.code.exit_status)


app = typer.Typer(cls=_Commands, help="Rebuild a developing news story from its coverage.", no_args_is_help=True,
                  add_completion=False)
console = Console(stderr=True)
DbOption = Annotated[Path, typer.Option("--db", help="SQLite store to use.")]
ExistingDbOption = Annotated[Path, typer.Option("--db", help="SQLite store to read; it must exist.")]
OutletOption = Annotated[str | None, typer.Option("--outlet", help="Publisher of the articles that name none "
                                                  "themselves (files without a URL), as citations show it.")]
PathsArgument = Annotated[list[Path], typer.Argument(help="Files or folders: .txt, .html, .jsonl, .warc(.gz).",
                                                     exists=True)]
WarcDirOption = Annotated[Path | None, typer.Option("--warc-dir", help="Where fetched pages are archived "
                                                    "(default: a folder beside the store, <db name>-warc).")]
DelayOption = Annotated[float, typer.Option("--delay", min=0, help="Seconds between two requests to one host "
                                            "(a longer Crawl-delay in its robots.txt wins).")]


def _show_version(requested: bool) -> None:
    if requested:
        typer.echo(f"dateline {installed_version('dateline')}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Rebuild a developing news story from its coverage."""


def report_skip(skipped: Skipped | Warned) -> None:
    console.print(f"[yellow]{skipped.message}[/yellow]", highlight=False, soft_wrap=True)


def _exit_for(report: pipeline.IngestReport, failed: int = 0) -> None:
    """Exit 3 when any input was skipped or ``failed`` things went wrong besides (articles left unanalysed,
    URLs that could not be fetched)."""
    console.print(f"stored {report.stored} new, {report.duplicates} already stored, "
                  f"{len(report.skipped)} skipped")
    if report.skipped or failed:
        raise typer.Exit(EXIT_SKIPPED)


@contextmanager
def _build_callbacks() -> Iterator[dict[str, Any]]:
    """The skip, progress and note callbacks of a build, shown on the terminal."""
    with _progress() as progress:
        yield {"on_skip": report_skip, "on_progress": _stage_progress(progress),
               "on_note": lambda note: console.print(note, highlight=False, soft_wrap=True)}


def _report_build(report: pipeline.BuildReport) -> None:
    console.print(f"analysed {report.analyzed} articles; timeline has {report.timeline_entries} entries")
    if report.unanalysed:
        console.print(f"stored articles left unanalysed: {report.unanalysed} (see the notes above)")


@app.command()
def ingest(paths: PathsArgument, db: DbOption = DEFAULT_DB, outlet: OutletOption = None) -> None:
    """Read, clean and store articles (no analysis)."""
    with _writing(db) as store, _progress() as progress:
        report = pipeline.ingest(paths, store, on_skip=report_skip, outlet=outlet,
                                 on_progress=_advance(progress, pipeline.INGEST_PROGRESS))
    _exit_for(report)


WorkersOption = Annotated[int | None, typer.Option("--workers", min=1, help="Processes that read and analyse articles "
                                             "(default: the machine's cores); the store is the same for any number.")]


EngineOption = Annotated[Literal["local", "ray"], typer.Option(
    "--engine", help="ray: read, clean and analyse on a Ray cluster (pip extra: cluster).")]
AddressOption = Annotated[str | None, typer.Option("--address", help="The Ray cluster to use with --engine ray "
                                                   "(default: a local Ray runtime for this build).")]


def _ray_build() -> Callable[..., pipeline.BuildReport]:
    """``dateline.cluster.build_on_ray``, imported only by the builds that use it: Ray takes seconds to load,
    and is an optional extra."""
    try:
        from dateline.cluster import build_on_ray
    except ModuleNotFoundError as missing:
        raise typer.BadParameter(f"needs Ray ({missing.name} is not installed): pip install 'dateline[cluster]'",
                                 param_hint="--engine") from None
    return build_on_ray


@app.command()
def build(paths: PathsArgument, db: DbOption = DEFAULT_DB, outlet: OutletOption = None,
          workers: WorkersOption = None, engine: EngineOption = "local", address: AddressOption = None) -> None:
    """Ingest articles and run every stage: clean, annotate, time, timeline."""
    on_ray = _ray_build() if engine == "ray" else None
    with _writing(db) as store, _build_callbacks() as callbacks:
        if on_ray:
            report = on_ray(paths, store, address, workers, outlet, **callbacks)
        else:
            report = pipeline.build(paths, store, outlet=outlet, workers=workers or default_workers(), **callbacks)
    _report_build(report)
    _exit_for(report.ingest, failed=report.unanalysed)


@app.command()
def link(db: ExistingDbOption = DEFAULT_DB,
         consolidate: Annotated[bool, typer.Option(
             "--consolidate", help="Regroup every storyline and entity from scratch (merges and splits are logged in "
                                   "the store's link_log).")] = False) -> None:
    """Link the articles not linked yet (builds do this), or consolidate the whole store."""
    with _writing(db, create=False) as store:
        entries = pipeline.link(store, consolidate=True if consolidate else None)
    console.print(f"linked; timeline has {entries} entries")


@app.command()
def fetch(
    sources: Annotated[list[str], typer.Argument(help="Pages, RSS/Atom feeds or sitemaps (http/https URLs), "
                                                 "or files listing URLs one a line.")],
    db: DbOption = DEFAULT_DB,
    warc_dir: WarcDirOption = None,
    delay: DelayOption = DEFAULT_DELAY,
) -> None:
    """Fetch pages, feeds and sitemaps politely into a WARC archive, then build from it."""
    with _writing(db) as store, PoliteClient(Politeness(delay=delay)) as client:
        report = _fetch_round(sources, store, client, warc_dir or _default_warc_dir(db))
    failed = len(report.crawl.skipped)
    if report.build is not None:
        _exit_for(report.build.ingest, failed=failed + report.build.unanalysed)
    elif failed:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def watch(
    feeds: Annotated[list[str], typer.Argument(help="Feeds, sitemaps or pages (http/https URLs), or files "
                                               "listing URLs one a line.")],
    every: Annotated[str, typer.Option("--every", metavar="INTERVAL", help="Time from the start of one round to "
                                       "the next: 90s, 15m, 1h.")] = "15m",
    limit: Annotated[int | None, typer.Option("--rounds", min=1, help="Stop after this many rounds "
                                              "(default: never).")] = None,
    db: DbOption = DEFAULT_DB,
    warc_dir: WarcDirOption = None,
    delay: DelayOption = DEFAULT_DELAY,
) -> None:
    """Fetch the sources again and again, building each round's new pages into the store.

    The store is locked only while a round runs: a round that finds it busy is passed over."""
    try:
        interval = parse_interval(every)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--every") from None
    with PoliteClient(Politeness(delay=delay)) as client:
        for number in rounds(interval, limit):
            console.print(f"[bold]round {number}[/bold]")
            try:
                with exclusive_writer(db), Store(db) as store:
                    _fetch_round(feeds, store, client, warc_dir or _default_warc_dir(db))
            except StoreBusy as busy:
                console.print(f"[yellow]{busy}; round {number} passed over[/yellow]", highlight=False,
                              soft_wrap=True)


def _fetch_round(sources: list[str], store: Store, client: PoliteClient, warc_dir: Path) -> pipeline.FetchReport:
    with _build_callbacks() as callbacks:
        report = pipeline.fetch(sources, store, client, warc_dir, **callbacks)
    crawl = report.crawl
    console.print(f"fetched {crawl.pages} new pages, {crawl.not_modified} not modified, {len(crawl.skipped)} "
                  f"skipped" + (f"; archived in {crawl.warc}" if crawl.warc else ""))
    if report.build is not None:
        _report_build(report.build)
    return report


def _default_warc_dir(db: Path) -> Path:
    return db.with_name(f"{db.stem}-warc")


@app.command()
def timeline(
    storyline: Annotated[str | None, typer.Option("--storyline", help="Only this storyline's timeline.")] = None,
    dates: Annotated[int | None, typer.Option("--dates", min=1, help="How many days (default: automatic).")] = None,
    per_date: Annotated[int | None, typer.Option("--per-date", min=1, help="Sentences per day (default: "
                                                 "automatic).")] = None,
    since: Annotated[datetime | None, typer.Option("--from", formats=["%Y-%m-%d"], help="First day.")] = None,
    until: Annotated[datetime | None, typer.Option("--to", formats=["%Y-%m-%d"], help="Last day.")] = None,
    show_candidates: Annotated[bool, typer.Option("--show-candidates", help="Also print each day's confidence "
                                                  "and the days held back (below the line or uncorroborated), "
                                                  "marked as such.")]
    = False,
    db: ExistingDbOption = DEFAULT_DB,
) -> None:
    """Print the timeline, oldest first, each line citing its outlet, title and character span.

    With --dates, --per-date, --from or --to, the storyline's timeline is summarized afresh with those
    settings (not stored); otherwise the timeline the last build stored is printed. Either way, hidden and
    pinned entries (`dateline correct`) are applied.
    """
    out = Console()
    with Store(db, create=False) as store:
        if storyline is not None and storyline not in storyline_ids(store.conn):
            raise DatelineError(ErrorCode.UNKNOWN_ID, f"no storyline {storyline!r} in {db} "
                                                      "(`dateline storylines` lists them)")
        days, held = timeline_by_day(store.conn, storyline), held_by_day(store.conn, storyline)
        if any(option is not None for option in (dates, per_date, since, until)):
            storylines = [storyline] if storyline else [s.id for s in list_storylines(store.conn)]
            summaries = [summarized_timeline(store.conn, storyline_id, dates, per_date, since and since.date(),
                                             until and until.date()) for storyline_id in storylines]
            days, held = ([day for summary in summaries for day in summary[part]] for part in (0, 1))
        shown = sorted([*((day, entries, False) for day, entries in days),
                        *((day, entries, True) for day, entries in (held if show_candidates else []))],
                       key=lambda shown_day: shown_day[0])
        labels = citation_labels(store.conn, {e.article_id for _, entries, _ in shown for e in entries})
    for day, entries, below in shown:
        sure = confidence_label(entries[0].confidence) if entries else ""
        mark = f" [dim](held back, confidence {sure})[/dim]" if below else \
            (f" [dim](confidence {sure})[/dim]" if show_candidates and sure else "")
        out.print(f"\n[bold]{day:%a %d %b %Y}[/bold]{mark}", highlight=False)
        for entry in entries:
            text = " ".join(entry.text.split())
            out.print(f"  {'?' if below else '•'} {text} [dim]({labels[entry.article_id]} {entry.start}–{entry.end})"
                      "[/dim]", highlight=False)


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(export_formats())}.")] = "json",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write; default stdout. For csv: "
                                                "a folder of CSV files, or a .zip file.")] = None,
    db: ExistingDbOption = DEFAULT_DB,
) -> None:
    """Export the store in an interchange format."""
    try:
        exporter = get_exporter(format)
    except KeyError as error:
        raise typer.BadParameter(str(error.args[0]), param_hint="--format") from None
    to_path = getattr(exporter, "to_path", None)
    if to_path is not None and output is None:
        raise DatelineError(ErrorCode.NEEDS_OUTPUT, f"the {format} export is several files: name a folder or a "
                                                    f".zip file with -o")
    with Store(db, create=False) as store:
        if output is None:
            exporter(store.conn, sys.stdout)
            return
        if to_path is not None:
            to_path(store.conn, output)
        else:
            with output.open("w", encoding="utf-8") as out:
                exporter(store.conn, out)
    console.print(f"wrote {output} ({format})")


@app.command()
def serve(
    db: ExistingDbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to bind; only this machine can connect by default.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    read_only: Annotated[bool, typer.Option("--read-only", help="Take no corrections, even from this machine.")]
    = False,
) -> None:
    """Browse the store in a web browser: storylines, timelines, articles, entities, figures, search; correct it
    from a browser on this machine."""
    from dateline.web import serve as serve_store  # the web stack loads only for this command

    serve_store(db, host, port, read_only)


storylines_app = typer.Typer(help="List storylines, or move an article between them.", invoke_without_command=True)
app.add_typer(storylines_app, name="storylines")


@storylines_app.callback()
def storylines(context: typer.Context, db: ExistingDbOption = DEFAULT_DB) -> None:
    """List storylines with their sizes, outlets and date spans."""
    if context.invoked_subcommand is not None:
        return
    with Store(db, create=False) as store:
        rows = [(s.title, str(s.articles), str(s.sources), iso_or_none(s.first_day) or "?",
                 iso_or_none(s.last_day) or "?", s.id) for s in list_storylines(store.conn)]
    Console().print(_fitted_table(("title", "articles", "sources", "from", "to", "id"), rows))


def _fitted_table(columns: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> Table:
    """One line per row at any terminal width: the first column gives way (cut with an ellipsis), while the
    others (numbers, dates, ids a user copies) keep their full width."""
    table = Table(box=box.SIMPLE_HEAD, expand=True)
    table.add_column(columns[0], ratio=1, no_wrap=True, overflow="ellipsis")
    for index, name in enumerate(columns[1:], start=1):
        table.add_column(name, no_wrap=True, min_width=max([len(name), *(len(row[index]) for row in rows)]))
    for row in rows:
        table.add_row(*row)
    return table


#: A storyline move is a correction like any other (``dateline correct move``), offered here too.
storylines_app.command("move")(correct_move)


@app.command()
def events(db: ExistingDbOption = DEFAULT_DB,
           storyline: Annotated[str | None, typer.Option(help="Only this storyline's articles.")] = None,
           type_: Annotated[str | None, typer.Option("--type", help="Only this type (AGREE, ASSAULT...).")] = None,
           actor: Annotated[str | None, typer.Option(help="Only events one of whose actors names this (its words "
                                                          "or its entity's name).")] = None,
           ) -> None:
    """Who did what to whom, when and where: the stored events, by article and position; the last columns
    say how many articles' reports make the event one (``reports 3``) and which reports claim another day."""
    with Store(db, create=False) as store:
        reports, disputed = event_links(store.conn)
        for r in rows_of_events(store.conn, events_matching(store.conn, storyline, type_, actor)):
            bounds = f"{r['earliest'] or '…'}/{r['latest'] or '…'}"
            when = r["date"] or (f"{bounds} (day unknown; candidate {r['date_candidate']})" if r["date_candidate"]
                                 else bounds)
            told = len(reports.get(r["id"], [r["id"]]))
            conflicts = " ".join(f"conflict {i}" for i in disputed.get(r["id"], []))
            actors, targets = (" and ".join(p["text"] or "unknown" for p in r[role]) for role in ("actors", "targets"))
            fields = (when, event_type(r), r["mode"], actors, r["text"], targets, r["location"], r["status"],
                      r["claimed_by"], "main" if r["main"] else "", r["article_id"], r["id"],
                      f"reports {told}" if told > 1 else "", conflicts)
            typer.echo("\t".join(str(v or "") for v in fields))


app.add_typer(eval_app, name="eval")
app.add_typer(correct_app, name="correct")
app.command("quotes")(quotes_cli)


class _RateColumn(ProgressColumn):
    """Items per second, once Rich has measured a rate."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:.1f}/s" if task.speed else "", style="progress.data.speed")


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), _RateColumn(),
                    TimeElapsedColumn(), console=console, transient=True)


def _advance(progress: Progress, description: str) -> pipeline.ProgressCallback:
    """A callback moving one bar, which appears when the stage first reports its total."""
    task = progress.add_task(description, total=None, visible=False)
    return lambda done, total: progress.update(task, total=total, advance=done, visible=True)


def _stage_progress(progress: Progress) -> pipeline.StageProgress:
    """One bar per stage of a build, each added when the stage reports first."""
    bars: dict[str, pipeline.ProgressCallback] = {}

    def report(stage: str, done: int, total: int) -> None:
        if stage not in bars:
            bars[stage] = _advance(progress, stage)
        bars[stage](done, total)

    return report


export.__doc__ = f"Export the store: {', '.join(export_formats())}."
