"""Every registered ingester fed random bytes and damaged real inputs (Hypothesis): each input ends stored or as
one skip with its code, and nothing raises."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline import pipeline
from dateline.registry import ingesters
from dateline.store import Store

TESTS = Path(__file__).resolve().parent.parent
PAGE = (TESTS / "sources" / "site" / "flood-rises.html").read_bytes()
SEED = next((TESTS.parent / "examples" / "seeds").glob("000_*.txt")).read_bytes()
CODED = re.compile(r"^skipped .*: D\d{3} ")
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def crawl(gzip: bool) -> bytes:
    """A WARC archive of one page, compressed or not."""
    out = BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    writer.write_record(writer.create_warc_record(
        "https://courier.example/news/flood-rises", "response", payload=BytesIO(PAGE),
        http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")))
    return out.getvalue()


#: A well-formed input of each kind, for the mutations to damage.
SAMPLES = {
    ".txt": SEED,
    ".html": PAGE,
    ".jsonl": (json.dumps({"url": "https://courier.example/a", "title": "Flood", "published": "2024-03-04",
                           "text": SEED.decode("utf-8")}) + "\n"
               + json.dumps({"url": "https://courier.example/b", "html": PAGE.decode("utf-8")}) + "\n").encode(),
    ".warc": crawl(gzip=False),
    ".warc.gz": crawl(gzip=True),
}


@st.composite
def mutated(draw: st.DrawFn, sample: bytes) -> bytes:
    """``sample`` with a few bytes flipped, runs inserted, deleted or repeated, or its tail cut off."""
    data = bytearray(sample)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["flip", "insert", "delete", "repeat", "cut"]))
        if kind == "flip" and at < len(data):
            data[at] ^= draw(st.integers(1, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif kind == "delete":
            del data[at:at + draw(st.integers(1, 64))]
        elif kind == "repeat":
            data[at:at] = data[at:at + draw(st.integers(1, 256))]
        elif kind == "cut":
            del data[at:]
    return bytes(data)


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                       max_size=4), max_leaves=10)
#: Each field of a record as a reader would expect it, or any JSON value at all.
TYPICAL = {"id": "a1", "url": "https://courier.example/a", "title": "Flood", "published": "2024-03-04",
           "text": SEED.decode("utf-8"), "html": PAGE.decode("utf-8")}
records = st.fixed_dictionaries({}, optional={name: st.just(value) | json_values for name, value in TYPICAL.items()})
#: JSON Lines of records with odd fields, beside lines that hold other JSON or none at all.
json_lines = st.lists(st.one_of(records.map(json.dumps), json_values.map(json.dumps), st.text(max_size=80)),
                      min_size=1, max_size=4).map(lambda lines: "\n".join(lines).encode("utf-8"))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with Store(tmp_path_factory.mktemp("fuzz") / "d.db") as store:
        yield store


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("inputs")


def assert_ingested_or_skipped_with_a_code(data: bytes, suffix: str, store: Store, folder: Path) -> None:
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    report = pipeline.ingest([path], store)
    assert all(CODED.match(skip.message) for skip in report.skipped), [s.message for s in report.skipped]


def test_every_ingester_is_fuzzed() -> None:
    claimed = {suffix for factory in ingesters.get_all().values() for suffix in factory().suffixes}
    assert claimed - {""} <= {".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".warc", ".warc.gz"}
    assert {".txt", ".html", ".jsonl", ".warc", ".warc.gz"} == set(SAMPLES)


@pytest.mark.parametrize("suffix", SAMPLES)
@FUZZ
@given(data=st.data())
def test_random_bytes_are_stored_or_skipped_with_a_code(suffix: str, data: st.DataObject, store: Store,
                                                        folder: Path) -> None:
    assert_ingested_or_skipped_with_a_code(data.draw(st.binary(max_size=2048)), suffix, store, folder)


@pytest.mark.parametrize("suffix", SAMPLES)
@FUZZ
@given(data=st.data())
def test_damaged_inputs_are_stored_or_skipped_with_a_code(suffix: str, data: st.DataObject, store: Store,
                                                          folder: Path) -> None:
    assert_ingested_or_skipped_with_a_code(data.draw(mutated(SAMPLES[suffix])), suffix, store, folder)


@FUZZ
@given(lines=json_lines)
@example(lines=json.dumps({"url": ["https://courier.example/a"], "text": TYPICAL["text"]}).encode())
@example(lines=json.dumps({"title": {"en": "Flood"}, "text": TYPICAL["text"]}).encode())
@example(lines=b'{"text": "A cut emoji \\ud83d in the middle of the storm report."}')  # an unpaired surrogate
@example(lines=b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
def test_json_lines_of_any_shape_are_stored_or_skipped_with_a_code(lines: bytes, store: Store,
                                                                   folder: Path) -> None:
    assert_ingested_or_skipped_with_a_code(lines, ".jsonl", store, folder)
