"""Timeline17 (Tran et al., 2013) and its standard evaluation protocol.

Each topic-and-outlet folder holds its articles, one folder per publication date named ``YYYY-MM-DD`` under
``InputDocs`` (one pre-tokenised sentence a line), and its reference timelines under ``timelines`` (a date line,
its sentences, a line of 32 dashes). We score it the way Ghalandari & Ifrim (2020) do: all outlets' articles on a
topic go in together; every journalist's timeline is scored as a separate task, fed only the articles dated
within its span; and the system answers with as many dates (``l``) and sentences per date (``k``) as it has.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

_SEPARATOR = "-" * 32


@dataclass(frozen=True, slots=True)
class T17Article:
    """One input article: ``id`` is its path under the data root, ``sentences`` its lines."""

    id: str
    published: date
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class T17Task:
    """One reference timeline with the pooled articles of its topic published within its date range."""

    name: str
    topic: str
    reference: dict[date, list[str]]
    articles: tuple[T17Article, ...]

    @cached_property
    def n_dates(self) -> int:
        """``l``: the number of dates the system must output."""
        return len(self.reference)

    @cached_property
    def sentences_per_date(self) -> int:
        """``k``: the reference's mean number of sentences per date, rounded (Python's ``round``)."""
        return max(1, round(sum(map(len, self.reference.values())) / len(self.reference)))

    @property
    def date_range(self) -> tuple[date, date]:
        return min(self.reference), max(self.reference)


def _parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def read_timeline(path: Path) -> dict[date, list[str]]:
    """A reference timeline, dates in order.

    A date listed twice (two entries in H1N1_bbc and bpoil_guardian) gets the sentences of both entries:
    the journalist wrote both for that day.
    """
    timeline: dict[date, list[str]] = {}
    current: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        day = _parse_date(line) if len(line) == 10 else None
        if day is not None:
            current = timeline.setdefault(day, [])
        elif line == _SEPARATOR:
            current = None
        elif line and current is not None:
            current.append(line)
    return dict(sorted(timeline.items()))


def read_articles(outlet_dir: Path) -> list[T17Article]:
    """Every article of one outlet folder, with its sentences (blank lines dropped)."""
    articles = []
    for path in sorted(outlet_dir.glob("InputDocs/*/*.txt")):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        sentences = tuple(s for s in (line.strip() for line in lines) if s)
        article_id = str(path.relative_to(outlet_dir.parent))
        articles.append(T17Article(article_id, date.fromisoformat(path.parent.name), sentences))
    return articles


def topic_of(outlet_dir: Path) -> str:
    """``bpoil`` for ``bpoil_bbc``: the part before the outlet."""
    return outlet_dir.name.rsplit("_", 1)[0]


def _outlet_dirs(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if (p / "InputDocs").is_dir())


def iter_tasks(root: Path, topics: Collection[str] | None = None) -> Iterator[T17Task]:
    """The tasks under ``root`` (of ``topics`` only, if given), topic by topic, each topic read once."""
    outlets = _outlet_dirs(root)
    for topic in sorted({topic_of(p) for p in outlets} & set(topics or {topic_of(p) for p in outlets})):
        members = [p for p in outlets if topic_of(p) == topic]
        pooled = [a for p in members for a in read_articles(p)]
        for outlet in members:
            for path in sorted(outlet.glob("timelines/*.txt")):
                yield make_task(f"{outlet.name}/{path.stem}", topic, read_timeline(path), pooled)


def make_task(name: str, topic: str, reference: dict[date, list[str]], pooled: list[T17Article]) -> T17Task:
    """A task whose input is the pooled articles published between the reference's first and last date."""
    first, last = min(reference), max(reference)
    articles = tuple(a for a in pooled if first <= a.published <= last)
    return T17Task(name, topic, reference, articles)
