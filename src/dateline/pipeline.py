"""The data path as library functions: ingest → analyze (spaCy components) → link → timeline.

The CLI and the web app are thin shells over these. Each stage reads from and writes to the store, records
per article what it finished, and can be run alone; ``build`` runs them all.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import islice
from pathlib import Path
from urllib.parse import urlsplit

from spacy.language import Language

from dateline.clean import CleanedText, clean_text
from dateline.clean.date_lines import scrape_date
from dateline.errors import Skipped, SkippedInput, Warned
from dateline.extract.events.dates import redated_events
from dateline.ingest import expand_paths, read_file
from dateline.ingest.checks import check_article_text
from dateline.link.corrections import apply_corrections, record_correction
from dateline.link.corrections import undo_correction as undo_recorded
from dateline.link.dates import date_from_corpus
from dateline.link.incremental import (
    finish_link,
    link_duplicates,
    link_entities,
    link_event_reports,
    link_storylines,
    plan_link,
)
from dateline.link.series import save_figure_series
from dateline.model import Article, PublicationDate, RawArticle
from dateline.nlp.analysis import Analysed, AnalysisFailure, analyse_chunk
from dateline.nlp.fingerprint import analysis_fingerprint
from dateline.nlp.pipeline import ANALYSIS_CHAR_LIMIT, BATCH_SIZE, DEFAULT_COMPONENTS, shared_pipeline
from dateline.processes import in_order
from dateline.sources.archive import WarcArchive
from dateline.sources.crawl import Crawl, crawl
from dateline.sources.http import PoliteClient
from dateline.store import Store
from dateline.store.annotations import load_stored_dating, replace_analysis, save_redated
from dateline.store.articles import insert_article, load_article, update_published
from dateline.store.corrections import Correction, StoredCorrection, Via
from dateline.store.events import load_event_dating, update_event_dates
from dateline.store.fetches import remember_answers
from dateline.store.stages import mark_done, pending_articles
from dateline.time.redate import redate_article
from dateline.timeline.store import rebuild_timeline

ANALYZE_STAGE = "analyze"
INGEST_PROGRESS, ANALYZE_PROGRESS, LINK_PROGRESS = "reading files", "analysing articles", "linking the corpus"
#: Told how many more items a stage finished and how many it handles in all: first (0, total), as soon as the
#: total is known, then after each file read, each chunk of articles committed, each corpus step done.
ProgressCallback = Callable[[int, int], None]
#: The same for a whole build, told which stage reports: ``INGEST_STAGE``, ``ANALYZE_PROGRESS``, ``LINK_STAGE``.
StageProgress = Callable[[str, int, int], None]
NoteCallback = Callable[[str], None]
#: Told of each input skipped, and of each stored input with something set aside (a ``Warned``).
SkipCallback = Callable[[Skipped | Warned], None]


@dataclass(slots=True)
class IngestReport:
    stored: int = 0
    duplicates: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[Warned] = field(default_factory=list)


@dataclass(slots=True)
class BuildReport:
    ingest: IngestReport
    analyzed: int
    timeline_entries: int
    #: Articles stored but left unanalysed because a component failed on them.
    unanalysed: int = 0


def content_id(text: str) -> str:
    """An article id from its whitespace-normalised text: the same article ingested twice is stored once."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def prepare_article(raw: RawArticle, outlet: str | None = None) -> Article:
    """Clean a raw article and check it is worth keeping; raises :class:`SkippedInput` if not.

    Its outlet is the one the source names, else its URL's host, else ``outlet`` (the user's --outlet)."""
    cleaned = clean_raw(raw)
    check_article_text(cleaned.text)
    return Article(id=content_id(raw.text), source=raw.source, text=cleaned.text,
                   title=raw.title or cleaned.title, url=raw.url, published=stated_or_date_line(raw),
                   dropped=cleaned.dropped, outlet=raw.outlet or url_host(raw.url) or outlet)


def clean_raw(raw: RawArticle) -> CleanedText:
    """A read article's text cleaned with what its reading gave the cleaner: whether an extractor already set
    its main text apart, its page's links, authors and pictures, and the day it was published (a range names
    no day of its own)."""
    day = raw.published if raw.published_latest in (None, raw.published) else None
    return clean_text(raw.text, by_context=not raw.extracted, links=raw.links, authors=raw.authors,
                      pictures=raw.pictures, published=day)


def stated_or_date_line(raw: RawArticle) -> PublicationDate:
    """The date the source states or its page's markup suggests; else, for a scrape (text no extractor took
    out of its page), the day its date line states or the open range its update stamp ends, a guess (basis
    "text") that ``dateline_pubdate`` checks against the article's own dateline and reported days; else
    unknown."""
    if raw.published:
        return PublicationDate(raw.published, raw.published_latest or raw.published, raw.published_basis)
    return PublicationDate() if raw.extracted else scrape_date(raw.text)


def url_host(url: str | None) -> str | None:
    """``reuters.com`` for ``https://www.reuters.com/world/…``; None for no URL or one without a host."""
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


@dataclass(frozen=True, slots=True)
class ReadInput:
    """One input read and cleaned, not yet stored: the article, or why it is skipped, and what of the input
    was set aside (warnings). Picklable, so it may be made in another process or on another machine."""

    outcome: Article | Skipped
    warnings: tuple[Warned, ...] = ()


def ingest(paths: Iterable[Path], store: Store, on_skip: SkipCallback | None = None,
           on_progress: ProgressCallback | None = None, outlet: str | None = None, workers: int = 1) -> IngestReport:
    """Read, clean and store every article under ``paths``, reading and cleaning in ``workers`` processes
    and storing in file order; bad inputs are reported and skipped, and what a stored input had set aside is
    reported as a warning.

    ``outlet`` names the publisher of the articles that name none themselves (files without a URL). The
    files are listed first, so that ``on_progress`` knows the total before the first is read."""
    report = IngestReport()
    files = list(expand_paths(paths))
    _report(on_progress, 0, len(files))
    for reads in in_order(partial(read_all_inputs, outlet), files, workers):
        for read in reads:
            store_input(store, read, report, on_skip)
        _report(on_progress, 1, len(files))
    return report


def read_all_inputs(outlet: str | None, path: Path) -> list[ReadInput]:
    """:func:`read_inputs` as a list: what a worker process hands back."""
    return list(read_inputs(path, outlet))


def read_inputs(path: Path, outlet: str | None = None) -> Iterator[ReadInput]:
    """Read and clean every input in one file; ``outlet`` as for :func:`ingest`."""
    for item in read_file(path):
        if isinstance(item, Skipped):
            yield ReadInput(item)
            continue
        try:
            yield ReadInput(prepare_article(item, outlet), item.warnings)
        except SkippedInput as skip:
            yield ReadInput(skip.for_source(item.source), item.warnings)


def store_input(store: Store, read: ReadInput, report: IngestReport, on_skip: SkipCallback | None) -> None:
    """Store one read input in its own transaction and count it in ``report``: stored, already stored, or
    skipped; ``on_skip`` hears of each skip and warning."""
    told: list[Skipped | Warned] = [*read.warnings]
    report.warnings.extend(read.warnings)
    if isinstance(read.outcome, Skipped):
        report.skipped.append(read.outcome)
        told.append(read.outcome)
    else:
        with store.transaction() as conn:
            stored = insert_article(conn, read.outcome)
        report.stored += stored
        report.duplicates += not stored
    if on_skip:
        for message in told:
            on_skip(message)


def _report(on_progress: ProgressCallback | None, done: int, total: int) -> None:
    if on_progress:
        on_progress(done, total)


def analyze(store: Store, components: Sequence[str] = DEFAULT_COMPONENTS, batch_size: int = BATCH_SIZE,
            on_progress: ProgressCallback | None = None, on_note: NoteCallback | None = None,
            workers: int = 1) -> int:
    """Run the spaCy pipeline over every article not yet analysed, in ``workers`` processes; return how many
    were analysed.

    Articles stream through in chunks of ``batch_size``, each chunk's records written by this process alone,
    in one transaction and in the order of a one-process run, so the store is the same whatever the number
    of workers; memory stays flat whatever the corpus size, and a killed run loses at most the chunks not
    yet committed. An article longer than :data:`ANALYSIS_CHAR_LIMIT` is analysed up to the limit, and
    ``on_note`` hears of it. An article on which a component fails is left unanalysed and ``on_note`` hears
    why: the rest of the batch goes on, and the next build tries it again.
    """
    version = analysis_version(shared_pipeline(tuple(components)))
    pending = pending_articles(store.conn, ANALYZE_STAGE, version)
    _report(on_progress, 0, len(pending))
    articles = ([announce_truncation(load_article(store.conn, article_id), on_note) for article_id in chunk]
                for chunk in chunks(pending, batch_size))
    analysed = 0
    for results in in_order(partial(analyse_chunk, tuple(components), batch_size), articles, workers):
        analysed += save_chunk(store, results, version, on_note)
        _report(on_progress, len(results), len(pending))
    return analysed


def save_chunk(store: Store, results: Iterable[Analysed], version: str, on_note: NoteCallback | None) -> int:
    """Store a chunk of analyses in one transaction; return how many were stored (failures are not)."""
    with store.transaction() as conn:
        return sum(save_analysed(conn, result, version, on_note) for result in results)


def save_analysed(conn: sqlite3.Connection, result: Analysed, version: str, on_note: NoteCallback | None) -> bool:
    """Store one article's analysis and mark it done; a failure is only told to ``on_note``. True if stored."""
    if isinstance(result, AnalysisFailure):
        if on_note:
            on_note(f"could not analyse {result.source}: {result.reason}; skipped, the next build tries again")
        return False
    replace_analysis(conn, result)
    if result.published is not None and result.published.basis != "metadata":
        update_published(conn, result.article_id, result.published)
    mark_done(conn, result.article_id, ANALYZE_STAGE, version)
    return True


def announce_truncation(article: Article, on_note: NoteCallback | None) -> Article:
    if on_note and len(article.text) > ANALYSIS_CHAR_LIMIT:
        on_note(f"analysed the first {ANALYSIS_CHAR_LIMIT:,} of {len(article.text):,} characters of "
                f"{article.source}")
    return article


@lru_cache(maxsize=4)
def analysis_version(nlp: Language) -> str:
    """A fingerprint of what the analysis stage computes: the spaCy model and its components, and the
    source of the Dateline code they run (:mod:`dateline.nlp.fingerprint` says which). Stored with each
    analysed article, so a store analysed by other code (an older Dateline, a swapped component) is
    analysed again by the next build, and a stale figure or quote never outlives the fix that corrects it;
    no number has to be bumped by hand."""
    return analysis_fingerprint(nlp)


def build(paths: Iterable[Path], store: Store, on_skip: SkipCallback | None = None,
          on_progress: StageProgress | None = None, on_note: NoteCallback | None = None,
          outlet: str | None = None, workers: int = 1) -> BuildReport:
    """Ingest ``paths`` and run every stage over the whole store, reading and analysis in ``workers``
    processes; ``outlet`` as for :func:`ingest`."""
    ingest_report = ingest(paths, store, on_skip, _stage_progress(on_progress, INGEST_PROGRESS), outlet, workers)
    return finish_build(store, ingest_report, 0, on_progress, on_note, workers)


def finish_build(store: Store, ingest_report: IngestReport, analysed: int, on_progress: StageProgress | None,
                 on_note: NoteCallback | None, workers: int = 1) -> BuildReport:
    """The end of every build, however its articles were read and analysed (``analysed`` of them already):
    analyse what is still pending, date from the corpus, and link the whole store."""
    analysed += analyze(store, on_progress=_stage_progress(on_progress, ANALYZE_PROGRESS), on_note=on_note,
                        workers=workers)
    version = analysis_version(shared_pipeline(DEFAULT_COMPONENTS))
    unanalysed = len(pending_articles(store.conn, ANALYZE_STAGE, version))
    entries = date_and_link(store, _stage_progress(on_progress, LINK_PROGRESS))
    return BuildReport(ingest_report, analysed, entries, unanalysed)


def _stage_progress(on_progress: StageProgress | None, stage: str) -> ProgressCallback | None:
    return (lambda done, total: on_progress(stage, done, total)) if on_progress else None


def redate(store: Store) -> int:
    """Date from the corpus what dates itself neither by metadata nor text, then resolve those articles'
    time expressions, events, quotes and figures against the new date from what their analysis stored
    (no parse); return how many were redated."""
    with store.transaction() as conn:
        changed = date_from_corpus(conn)
        for article_id in changed:
            article = load_article(conn, article_id)
            analysed_text = article.text[:ANALYSIS_CHAR_LIMIT]
            redated = redate_article(analysed_text, load_stored_dating(conn, article_id), article.published)
            save_redated(conn, article_id, redated)
            update_event_dates(conn, redated_events(load_event_dating(conn, article_id), redated.timexes,
                                                    article.published))
    return len(changed)


def date_and_link(store: Store, on_progress: ProgressCallback | None = None) -> int:
    """Date from the corpus, link, then date again from the storylines the link made (an undated article's
    story-mates date it, :func:`dateline.link.dates.story_ranges`) and link the articles that changed; return
    the timeline's size. The second link keeps the storylines: the dates they gave an article do not regroup
    the storylines they came from, and a later build, which finds them in the store, dates the same."""
    redate(store)
    entries = link(store, on_progress)
    if redate(store):
        entries = link(store, consolidate=False)
    return entries


LINK_STEPS = 5


def link(store: Store, on_progress: ProgressCallback | None = None, consolidate: bool | None = None) -> int:
    """The corpus-level stages, run after analysis and after every correction; returns the timeline's size.
    ``on_progress`` hears of each of the :data:`LINK_STEPS` steps: entities, duplicates, storylines, figure
    series and event reports, timeline.

    Only the articles not linked yet are taken in, into the storylines the store holds, and only the
    storylines they touch are summarized again; or the whole store is regrouped (a consolidation): when
    ``consolidate`` is True, when it is due if None (:mod:`dateline.link.incremental` says when), never if False.
    The user's corrections are written again over the merged entities either way, and the reports of one event
    across articles are linked again where the link may have changed them
    (:func:`~dateline.link.incremental.link_event_reports`).
    """
    _report(on_progress, 0, LINK_STEPS)
    with store.transaction() as conn:
        plan = plan_link(conn, consolidate)
        plan = link_entities(conn, plan)
        apply_corrections(conn)  # the user's dates, speakers, figures and entity merges, over what was computed
        _report(on_progress, 1, LINK_STEPS)
        plan = link_duplicates(conn, plan)
        _report(on_progress, 1, LINK_STEPS)
        plan = link_storylines(conn, plan)
        _report(on_progress, 1, LINK_STEPS)
        save_figure_series(conn, plan.touched, plan.article_ids)
        link_event_reports(conn, plan)
        _report(on_progress, 1, LINK_STEPS)
        entries = rebuild_timeline(conn, plan.touched)
        _report(on_progress, 1, LINK_STEPS)
        finish_link(conn, plan)
        return entries


def correct(store: Store, correction: Correction, author: str, via: Via) -> int:
    """Record a user's correction and rebuild what follows from it (corpus dates, storylines, series, timeline);
    return its id. Raises KeyError or InvalidCorrection, having changed nothing, when it cannot apply."""
    with store.transaction() as conn:
        correction_id = record_correction(conn, correction, author, via)
    date_and_link(store)
    return correction_id


def undo_correction(store: Store, correction_id: int, author: str) -> StoredCorrection:
    """Undo a correction (it stays listed, marked undone) and rebuild what followed from it."""
    with store.transaction() as conn:
        undone = undo_recorded(conn, correction_id, author)
    date_and_link(store)
    return undone


@dataclass(slots=True)
class FetchReport:
    crawl: Crawl
    #: None when the run brought no new page (nothing was built).
    build: BuildReport | None


def fetch(sources: Iterable[str], store: Store, client: PoliteClient, warc_dir: Path,
          on_skip: SkipCallback | None = None, on_progress: StageProgress | None = None,
          on_note: NoteCallback | None = None) -> FetchReport:
    """Fetch pages, feeds and sitemaps into a new WARC archive in ``warc_dir``, then build from that archive.

    The archive is the build's input, so the store is made just as ``build`` makes it from the archive, and
    can be rebuilt from the archives with no network. What each URL answered is remembered only once the
    build is done: a run killed before then asks for its pages again, and content ids store them once.
    """
    with WarcArchive(warc_dir) as archive:
        fetched = crawl(sources, client, archive, store.conn, on_skip)
    built = build([fetched.warc], store, on_skip, on_progress, on_note) if fetched.warc and fetched.pages else None
    with store.transaction() as conn:
        remember_answers(conn, fetched.answers)
    return FetchReport(fetched, built)


def chunks(items: Sequence[str], size: int) -> Iterator[list[str]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
