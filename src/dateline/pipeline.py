"""The data path as library functions: ingest → analyze (spaCy components) → link → timeline.

The CLI and the web app are thin shells over these. Each stage reads from and writes to the store, records
per article what it finished, and can be run alone; ``build`` runs them all.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path
from urllib.parse import urlsplit

from spacy.language import Language
from spacy.tokens import Doc

from dateline.clean import clean_text
from dateline.errors import Skipped, SkippedInput, Warned
from dateline.ingest import expand_paths, read_file
from dateline.ingest.checks import check_article_text
from dateline.link.dates import date_from_corpus
from dateline.link.incremental import finish_link, link_duplicates, link_entities, link_storylines, plan_link
from dateline.link.series import save_figure_series
from dateline.model import Article, PublicationDate, RawArticle
from dateline.nlp.analysis import analysis_from_doc
from dateline.nlp.fingerprint import analysis_fingerprint
from dateline.nlp.pipeline import ANALYSIS_CHAR_LIMIT, BATCH_SIZE, DEFAULT_COMPONENTS, make_doc, shared_pipeline
from dateline.sources.archive import WarcArchive
from dateline.sources.crawl import Crawl, crawl
from dateline.sources.http import PoliteClient
from dateline.store import Store
from dateline.store.annotations import load_stored_dating, replace_analysis, save_redated
from dateline.store.articles import insert_article, load_article, update_published
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
    cleaned = clean_text(raw.text)
    check_article_text(cleaned.text)
    published = PublicationDate.on(raw.published, raw.published_basis) if raw.published else PublicationDate()
    return Article(id=content_id(raw.text), source=raw.source, text=cleaned.text,
                   title=raw.title or cleaned.title, url=raw.url, published=published, dropped=cleaned.dropped,
                   outlet=raw.outlet or url_host(raw.url) or outlet)


def url_host(url: str | None) -> str | None:
    """``reuters.com`` for ``https://www.reuters.com/world/…``; None for no URL or one without a host."""
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def ingest(paths: Iterable[Path], store: Store, on_skip: SkipCallback | None = None,
           on_progress: ProgressCallback | None = None, outlet: str | None = None) -> IngestReport:
    """Read, clean and store every article under ``paths``; bad inputs are reported and skipped, and what a
    stored input had set aside is reported as a warning.

    ``outlet`` names the publisher of the articles that name none themselves (files without a URL). The
    files are listed first, so that ``on_progress`` knows the total before the first is read."""
    report = IngestReport()
    files = list(expand_paths(paths))
    _report(on_progress, 0, len(files))
    for path in files:
        for item in read_file(path):
            _warn(report, item, on_skip)
            _count(report, _store_one(item, store, outlet), on_skip)
        _report(on_progress, 1, len(files))
    return report


def _warn(report: IngestReport, item: RawArticle | Skipped, on_skip: SkipCallback | None) -> None:
    """Report what a stored input had set aside (an unreadable date, say)."""
    for warning in item.warnings if isinstance(item, RawArticle) else ():
        report.warnings.append(warning)
        if on_skip:
            on_skip(warning)


def _count(report: IngestReport, outcome: bool | Skipped, on_skip: SkipCallback | None) -> None:
    if isinstance(outcome, Skipped):
        report.skipped.append(outcome)
        if on_skip:
            on_skip(outcome)
    elif outcome:
        report.stored += 1
    else:
        report.duplicates += 1


def _report(on_progress: ProgressCallback | None, done: int, total: int) -> None:
    if on_progress:
        on_progress(done, total)


def _store_one(item: RawArticle | Skipped, store: Store, outlet: str | None) -> bool | Skipped:
    """True if stored, False if already there, or the reason it was skipped."""
    if isinstance(item, Skipped):
        return item
    try:
        article = prepare_article(item, outlet)
    except SkippedInput as skip:
        return skip.for_source(item.source)
    with store.transaction() as conn:
        return insert_article(conn, article)


def analyze(store: Store, components: Sequence[str] = DEFAULT_COMPONENTS, batch_size: int = BATCH_SIZE,
            on_progress: ProgressCallback | None = None, on_note: NoteCallback | None = None) -> int:
    """Run the spaCy pipeline over every article not yet analysed; return how many were analysed.

    Articles stream through ``nlp.pipe`` in chunks, each chunk committed in one transaction: memory stays
    flat whatever the corpus size, and a killed run loses at most one chunk. An article longer than
    :data:`ANALYSIS_CHAR_LIMIT` is analysed up to the limit, and ``on_note`` hears of it. An article on
    which a component fails is left unanalysed and ``on_note`` hears why: the rest of the batch goes on,
    and the next build tries it again.
    """
    nlp = shared_pipeline(tuple(components))
    version = analysis_version(nlp)
    pending = pending_articles(store.conn, ANALYZE_STAGE, version)
    _report(on_progress, 0, len(pending))
    analysed = 0
    for chunk in _chunks(pending, batch_size * 4):
        analysed += _analyze_chunk(store, nlp, chunk, version, batch_size, on_note)
        _report(on_progress, len(chunk), len(pending))
    return analysed


def _analyze_chunk(store: Store, nlp: Language, chunk: list[str], version: str, batch_size: int,
                   on_note: NoteCallback | None) -> int:
    """Analyse and store a chunk in one transaction; if an article breaks a component, redo the chunk an
    article at a time, so that only the broken article is left out. Returns how many were stored."""
    if _attempt(store, nlp, chunk, version, batch_size, on_note) is None:
        return len(chunk)
    return sum(_analyze_alone(store, nlp, article_id, version, on_note) for article_id in chunk)


def _analyze_alone(store: Store, nlp: Language, article_id: str, version: str, on_note: NoteCallback | None) -> int:
    error = _attempt(store, nlp, [article_id], version, 1, None)
    if error is not None and on_note:
        source = load_article(store.conn, article_id).source
        on_note(f"could not analyse {source}: {type(error).__name__}: {error}; skipped, the next build tries again")
    return int(error is None)


def _attempt(store: Store, nlp: Language, article_ids: list[str], version: str, batch_size: int,
             on_note: NoteCallback | None) -> Exception | None:
    """Analyse and store ``article_ids`` in one transaction; the error a component raised, if one did (the
    transaction is then rolled back, and nothing stored before it is touched)."""
    docs = (make_doc(nlp, _announce_truncation(load_article(store.conn, article_id), on_note))
            for article_id in article_ids)
    try:
        with store.transaction() as conn:
            for doc in nlp.pipe(docs, batch_size=batch_size):
                _save_doc(conn, doc, version)
    except sqlite3.Error:
        raise  # the store is at fault, not an article: stop
    except Exception as error:  # noqa: BLE001 - a component failing on one article must not stop the build
        return error
    return None


def _announce_truncation(article: Article, on_note: NoteCallback | None) -> Article:
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


def _save_doc(conn: sqlite3.Connection, doc: Doc, version: str) -> None:
    analysis = analysis_from_doc(doc)
    replace_analysis(conn, analysis)
    if analysis.published is not None and analysis.published.basis != "metadata":
        update_published(conn, analysis.article_id, analysis.published)
    mark_done(conn, analysis.article_id, ANALYZE_STAGE, version)


def build(paths: Iterable[Path], store: Store, on_skip: SkipCallback | None = None,
          on_progress: StageProgress | None = None, on_note: NoteCallback | None = None,
          outlet: str | None = None) -> BuildReport:
    """Ingest ``paths`` and run every stage over the whole store; ``outlet`` as for :func:`ingest`."""
    def stage(name: str) -> ProgressCallback | None:
        return (lambda done, total: on_progress(name, done, total)) if on_progress else None

    ingest_report = ingest(paths, store, on_skip, stage(INGEST_PROGRESS), outlet)
    analyzed = analyze(store, on_progress=stage(ANALYZE_PROGRESS), on_note=on_note)
    redate(store)
    version = analysis_version(shared_pipeline(DEFAULT_COMPONENTS))
    unanalysed = len(pending_articles(store.conn, ANALYZE_STAGE, version))
    return BuildReport(ingest_report, analyzed, link(store, stage(LINK_PROGRESS)), unanalysed)


def redate(store: Store) -> int:
    """Date from the corpus what dates itself neither by metadata nor text, then resolve those articles'
    time expressions, events, quotes and figures against the new date from what their analysis stored
    (no parse); return how many were redated."""
    with store.transaction() as conn:
        changed = date_from_corpus(conn)
        for article_id in changed:
            article = load_article(conn, article_id)
            analysed_text = article.text[:ANALYSIS_CHAR_LIMIT]
            save_redated(conn, article_id,
                         redate_article(analysed_text, load_stored_dating(conn, article_id), article.published))
    return len(changed)


LINK_STEPS = 5


def link(store: Store, on_progress: ProgressCallback | None = None, consolidate: bool | None = None) -> int:
    """The corpus-level stages, run after analysis and after every storyline move; returns the timeline's size.
    ``on_progress`` hears of each of the :data:`LINK_STEPS` steps: entities, duplicates, storylines, figure
    series, timeline.

    Only the articles not linked yet are taken in, into the storylines the store holds, and only the
    storylines they touch are summarized again; or the whole store is regrouped (a consolidation): when
    ``consolidate`` is True, when it is due if None (:mod:`dateline.link.incremental` says when), never if False.
    """
    _report(on_progress, 0, LINK_STEPS)
    with store.transaction() as conn:
        plan = plan_link(conn, consolidate)
        link_entities(conn, plan)
        _report(on_progress, 1, LINK_STEPS)
        plan = link_duplicates(conn, plan)
        _report(on_progress, 1, LINK_STEPS)
        plan = link_storylines(conn, plan)
        _report(on_progress, 1, LINK_STEPS)
        save_figure_series(conn, plan.touched, plan.article_ids)
        _report(on_progress, 1, LINK_STEPS)
        entries = rebuild_timeline(conn, plan.touched)
        _report(on_progress, 1, LINK_STEPS)
        finish_link(conn, plan)
        return entries


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


def _chunks(items: Sequence[str], size: int) -> Iterator[list[str]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
