"""Read and write TimeML (TempEval-3) files: the document creation time, the raw text, the TIMEX3 tags;
and ``dateline eval timeml``, which tags TempEval-3 input for the official scorer.

Offsets index the raw text (tags removed, XML entities decoded), so the tagger works on the same string
a reader sees; writing puts our own ``<TIMEX3>`` tags back inline and keeps the text byte-for-byte.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from dateline.model import PublicationDate, TimeExpression
from dateline.nlp.pipeline import pipeline_through

TEXT_RE = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
DCT_RE = re.compile(r"<DCT>.*?value=\"(\d{4})-?(\d\d)-?(\d\d)", re.DOTALL)
PIECE_RE = re.compile(r"<(/?)(\w+)([^>]*)>|&[#\w]+;|[^<&]+")
ATTR_RE = re.compile(r'(\w+)="([^"]*)"')


@dataclass(slots=True)
class TimeMLDoc:
    """One TimeML file: its name, creation date, raw text and gold TIMEX3s (with TimeML ids in ``tids``)."""

    name: str
    dct: date | None
    text: str
    timexes: list[TimeExpression] = field(default_factory=list)
    head: str = ""
    tail: str = ""


def read_timeml(path: Path) -> TimeMLDoc:
    """Parse a ``.tml`` file; the text outside ``<TEXT>`` is kept so the file can be written back."""
    source = path.read_text(encoding="utf-8")
    body = TEXT_RE.search(source)
    if body is None:
        raise ValueError(f"{path}: no <TEXT> element")
    dct = DCT_RE.search(source)
    day = date(int(dct.group(1)), int(dct.group(2)), int(dct.group(3))) if dct else None
    text, timexes = strip_tags(body.group(1))
    return TimeMLDoc(path.name, day, text, timexes, source[:body.start(1)], source[body.end(1):])


def strip_tags(marked: str) -> tuple[str, list[TimeExpression]]:
    """Raw text of a TimeML fragment and the TIMEX3s tagged in it."""
    parts: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    timexes: list[TimeExpression] = []
    for piece in PIECE_RE.finditer(marked):
        closing, tag, attrs = piece.group(1), piece.group(2), piece.group(3)
        if tag is None:
            chunk = html.unescape(piece.group(0))
            parts.append(chunk)
            length += len(chunk)
        elif tag == "TIMEX3" and not closing:
            open_timex = (length, dict(ATTR_RE.findall(attrs)))
        elif tag == "TIMEX3" and open_timex is not None:
            timexes.append(gold_timex(open_timex[0], length, "".join(parts), open_timex[1]))
            open_timex = None
    return "".join(parts), timexes


def gold_timex(start: int, end: int, text: str, attrs: dict[str, str]) -> TimeExpression:
    return TimeExpression(start, end, text[start:end], attrs.get("type", "DATE"),  # type: ignore[arg-type]
                          attrs.get("value") or None, attrs.get("mod"))


def inline_timexes(text: str, timexes: list[TimeExpression]) -> str:
    """``text`` escaped for XML with each timex wrapped in ``<TIMEX3 tid type value [mod]>``."""
    out: list[str] = []
    cursor = 0
    for number, tx in enumerate(sorted(timexes, key=lambda t: t.start), start=1):
        if tx.start < cursor:
            continue
        out.append(_escape(text[cursor:tx.start]))
        mod = f' mod="{tx.mod}"' if tx.mod else ""
        out.append(f'<TIMEX3 tid="t{number}" type="{tx.type}" value="{tx.value or ""}"{mod}>'
                   f"{_escape(text[tx.start:tx.end])}</TIMEX3>")
        cursor = tx.end
    out.append(_escape(text[cursor:]))
    return "".join(out)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_timeml(doc: TimeMLDoc, timexes: list[TimeExpression], path: Path) -> None:
    """Write ``doc`` with our timexes inline in its ``<TEXT>``; everything outside TEXT is kept as read."""
    path.write_text(doc.head + inline_timexes(doc.text, timexes) + doc.tail, encoding="utf-8")


def read_dir(directory: Path) -> list[TimeMLDoc]:
    """Every ``.tml`` file under ``directory``, sorted by path."""
    return [read_timeml(p) for p in sorted(directory.rglob("*.tml"))]


def tag_timeml(nlp: Language, docs: Iterable[TimeMLDoc], batch_size: int = 16) -> Iterator[list[TimeExpression]]:
    """Time expressions of each TimeML document's text, anchored on its creation time."""
    def make(doc: TimeMLDoc) -> Doc:
        spacy_doc = nlp.make_doc(doc.text)
        spacy_doc._.published = PublicationDate.on(doc.dct, "metadata") if doc.dct else None
        return spacy_doc

    for spacy_doc in nlp.pipe((make(d) for d in docs), batch_size=batch_size):
        yield spacy_doc._.timexes


def annotate_dir(in_dir: Path, out_dir: Path, nlp: Language | None = None) -> int:
    """Write every ``.tml`` under ``in_dir`` to ``out_dir`` (same relative path) with our TIMEX3 tags."""
    nlp = nlp or pipeline_through("dateline_timex")
    paths = sorted(in_dir.rglob("*.tml"))
    docs = read_dir(in_dir)
    for path, doc, timexes in zip(paths, docs, tag_timeml(nlp, docs)):
        target = out_dir / path.relative_to(in_dir)
        target.parent.mkdir(parents=True, exist_ok=True)
        write_timeml(doc, timexes, target)
    return len(docs)
