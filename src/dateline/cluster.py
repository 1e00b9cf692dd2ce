"""``dateline build --engine ray``: reading, cleaning and analysis on a Ray cluster, the store written here.

The inputs' paths go to a Ray Data pipeline whose one ``map_batches`` stage is a pool of actors, each holding
the spaCy pipeline it loaded once: an actor reads and cleans a batch of files (:func:`pipeline.read_inputs`)
and analyses their articles (:func:`~dateline.nlp.analysis.analyse_articles`), the code a local build runs.
Nothing is kept in an actor between batches. Each row it hands on is one input, with its read outcome and
its analysis as pickled records (the dataclasses a local build passes between its own processes), and the
rows are written as Parquet shards. This process then merges the shards into the store in the order a
local build writes (inputs in file order, analyses in the order of the pending articles), and finishes the
build as every build does: anything still pending is analysed here, then the corpus is dated and linked.
So the store equals a local build's.

Reading and analysis share one stage: two stages would each want the cluster's CPUs, and a pool of actors
that holds them all would starve the reading tasks it waits on. The input files and the shard folder must
be at the same paths on every node (a shared file system) when the cluster has more than one machine.
"""

from __future__ import annotations

import logging
import pickle
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import ray

from dateline import pipeline
from dateline.ingest import expand_paths
from dateline.model import Article
from dateline.nlp.analysis import Analysed, analyse_articles
from dateline.nlp.pipeline import BATCH_SIZE, DEFAULT_COMPONENTS, shared_pipeline
from dateline.store import Store
from dateline.store.stages import pending_articles

#: One input per row: where it came from (file number, item within the file), how it read, its analysis.
SHARD_SCHEMA = pa.schema([("file", pa.int64()), ("item", pa.int64()), ("read", pa.binary()),
                          ("analysis", pa.binary())])


def build_on_ray(paths: Iterable[Path], store: Store, address: str | None = None, workers: int | None = None,
                 outlet: str | None = None, on_skip: pipeline.SkipCallback | None = None,
                 on_progress: pipeline.StageProgress | None = None,
                 on_note: pipeline.NoteCallback | None = None) -> pipeline.BuildReport:
    """Build as :func:`pipeline.build` does, with reading, cleaning and analysis on the Ray cluster at
    ``address`` (none: a local Ray runtime started for this build), in ``workers`` actors (default: one a
    CPU of the cluster). The shards are written to a folder beside the store and removed once merged."""
    files = [path.resolve() for path in expand_paths(paths)]
    shards = Path(tempfile.mkdtemp(prefix=f"{store.path.name}-shards-", dir=store.path.resolve().parent))
    try:
        with ray_runtime(address, workers):
            analyse_on_ray(files, shards, outlet, workers or _cluster_cpus())
        ingest_report, analysed = merge_shards(shards, store, on_skip, on_note)
    finally:
        shutil.rmtree(shards, ignore_errors=True)
    return pipeline.finish_build(store, ingest_report, analysed, on_progress, on_note)


@contextmanager
def ray_runtime(address: str | None, workers: int | None) -> Iterator[None]:
    """Connected to the cluster at ``address``, or to a new local runtime with ``workers`` CPUs."""
    ray.init(address=address or "local", num_cpus=None if address else workers, include_dashboard=False,
             log_to_driver=False, logging_level=logging.WARNING)
    ray.data.DataContext.get_current().enable_progress_bars = False
    logging.getLogger("ray.data").setLevel(logging.WARNING)  # its plan and timings, not the user's business
    try:
        yield
    finally:
        ray.shutdown()


def _cluster_cpus() -> int:
    return int(ray.cluster_resources()["CPU"])  # type: ignore[no-untyped-call]  # Ray leaves it unannotated


def analyse_on_ray(files: list[Path], shards: Path, outlet: str | None, workers: int) -> None:
    """Read, clean and analyse ``files`` in a pool of ``workers`` actors; write the rows to ``shards``."""
    listing = ray.data.from_items([{"file": number, "path": str(path)} for number, path in enumerate(files)])
    analysed = listing.map_batches(ReadAndAnalyse, fn_kwargs={"outlet": outlet}, batch_size=BATCH_SIZE,
                                   batch_format="pyarrow", compute=ray.data.ActorPoolStrategy(size=workers),
                                   num_cpus=1)
    analysed.write_parquet(str(shards))


class ReadAndAnalyse:
    """A Ray actor: loads the pipeline once, then reads, cleans and analyses one batch of files a call."""

    def __init__(self) -> None:
        self.nlp = shared_pipeline(DEFAULT_COMPONENTS)

    def __call__(self, batch: pa.Table, outlet: str | None = None) -> pa.Table:
        rows = [(file, item, read) for file, path in zip(batch["file"].to_pylist(), batch["path"].to_pylist())
                for item, read in enumerate(pipeline.read_inputs(Path(path), outlet))]
        articles = [read.outcome for _, _, read in rows if isinstance(read.outcome, Article)]
        analyses = iter(analyse_articles(self.nlp, articles, BATCH_SIZE))
        return pa.table({"file": [file for file, _, _ in rows], "item": [item for _, item, _ in rows],
                         "read": [pickle.dumps(read) for _, _, read in rows],
                         "analysis": [pickle.dumps(next(analyses)) if isinstance(read.outcome, Article) else None
                                      for _, _, read in rows]}, schema=SHARD_SCHEMA)


def merge_shards(shards: Path, store: Store, on_skip: pipeline.SkipCallback | None,
                 on_note: pipeline.NoteCallback | None) -> tuple[pipeline.IngestReport, int]:
    """Store the shards' inputs in file order, as a local ingest does, then their analyses in the order a
    local analysis writes them; return the ingest's report and how many articles were analysed. Shards are
    this build's own output: their pickled records are trusted as the build's own objects are."""
    rows = pq.read_table(shards, schema=SHARD_SCHEMA).sort_by([("file", "ascending"), ("item", "ascending")])
    report = pipeline.IngestReport()
    analyses: dict[str, Analysed] = {}
    for read_bytes, analysis_bytes in zip(rows["read"].to_pylist(), rows["analysis"].to_pylist()):
        read: pipeline.ReadInput = pickle.loads(read_bytes)
        pipeline.store_input(store, read, report, on_skip)
        if isinstance(read.outcome, Article) and read.outcome.id not in analyses:
            pipeline.announce_truncation(read.outcome, on_note)
            analyses[read.outcome.id] = pickle.loads(analysis_bytes)
    version = pipeline.analysis_version(shared_pipeline(DEFAULT_COMPONENTS))
    pending = [article_id for article_id in pending_articles(store.conn, pipeline.ANALYZE_STAGE, version)
               if article_id in analyses]
    return report, sum(pipeline.save_chunk(store, [analyses[article_id] for article_id in chunk], version, on_note)
                       for chunk in pipeline.chunks(pending, BATCH_SIZE))
