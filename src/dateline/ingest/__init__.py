"""Ingest: turn files (plain text, HTML, JSON Lines, WARC archives) into :class:`~dateline.model.RawArticle` records.

Readers are registered in :data:`dateline.registry.ingesters` under a name (the ``dateline_ingesters``
entry point group), each with the file suffixes it reads; a reader yields articles and
:class:`~dateline.errors.Skipped` records, so one bad input never stops the batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dateline.errors import Skipped, SkippedInput, SkipReason
from dateline.model import RawArticle
from dateline.registry import ingesters

ReadResult = RawArticle | Skipped


@dataclass(frozen=True, slots=True)
class Ingester:
    """A reader for one kind of file, chosen by suffix."""

    suffixes: tuple[str, ...]
    read: Callable[[Path], Iterator[ReadResult]]


def read_inputs(paths: Iterable[Path]) -> Iterator[ReadResult]:
    """Every article in the given files and folders, in a stable order, with skips in place."""
    for path in expand_paths(paths):
        yield from read_file(path)


def read_file(path: Path) -> Iterator[ReadResult]:
    """The articles of one file, or one :class:`Skipped` saying why there are none."""
    ingester = ingester_for(path)
    if ingester is None:
        yield Skipped(str(path), SkipReason.UNSUPPORTED, path.suffix or "no suffix")
        return
    try:
        yield from ingester.read(path)
    except SkippedInput as skip:
        yield skip.for_source(str(path))
    except OSError as error:
        yield Skipped(str(path), SkipReason.UNREADABLE, error.strerror or str(error))


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, and the files under folders (sorted, hidden ones left out)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and not _is_hidden(p, path))
        else:
            yield path


def ingester_for(path: Path) -> Ingester | None:
    """The reader claiming the file's last suffix, or its last two (``.warc.gz``)."""
    suffixes = (path.suffix.lower(), "".join(path.suffixes[-2:]).lower())
    for ingester in _registered_ingesters():
        if any(suffix in ingester.suffixes for suffix in suffixes):
            return ingester
    return None


@lru_cache(maxsize=1)
def _registered_ingesters() -> list[Ingester]:
    """Built-in readers come through the ``dateline_ingesters`` entry points, as a plugin's would.

    Looked up once per process: reading entry points costs milliseconds, and a batch has many files."""
    return [factory() for factory in ingesters.get_all().values()]


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)
