"""The hand-labelled gold set of ``eval/real``: one label file per article, and the stories' figure conflicts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from dateline.model import TimexType

#: One of the kinds of label an article lists.
_Label = TypeVar("_Label", "GoldQuote", "GoldFigure", "GoldTimex")


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """A labelled attribution: ``text`` is a direct quote's opening words or an excerpt of reported content."""

    kind: str
    text: str
    speaker: str
    optional: bool = False


@dataclass(frozen=True, slots=True)
class GoldFigure:
    """A labelled count: ``text`` is the phrase stating it, ``source`` who states it (None: the reporter)."""

    value: float
    text: str
    source: str | None
    optional: bool = False


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """A labelled TIMEX3 of the first five sentences; ``value`` is None where the text cannot resolve it."""

    text: str
    type: TimexType
    value: str | None
    optional: bool = False


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One labelled article. ``quotes``, ``figures`` and ``timexes`` are None when not labelled (every
    article has its date and boilerplate labelled; about a quarter have everything)."""

    id: str
    split: str
    story: str | None
    files: dict[str, str]
    day: date | None
    ambiguous: bool
    headline: str | None
    boilerplate: tuple[str, ...]
    quotes: tuple[GoldQuote, ...] | None
    figures: tuple[GoldFigure, ...] | None
    timex_scope: tuple[str, str] | None
    timexes: tuple[GoldTimex, ...] | None


def load_gold(labels_dir: Path, split: str | None = None) -> list[GoldArticle]:
    """Every label file under ``labels_dir`` (of one split when given), in id order."""
    articles = [_gold_article(json.loads(path.read_text(encoding="utf-8")))
                for path in sorted(labels_dir.glob("*.json"))]
    return [a for a in articles if split is None or a.split == split]


def _gold_article(label: dict[str, Any]) -> GoldArticle:
    timexes = label.get("timexes")
    published = label["published"]
    return GoldArticle(
        id=label["id"], split=label["split"], story=label.get("story"), files=label["files"],
        day=date.fromisoformat(published["day"]) if published.get("day") else None,
        ambiguous=published.get("ambiguous", False), headline=label.get("headline"),
        boilerplate=tuple(label.get("boilerplate", ())),
        quotes=_tuple_of(GoldQuote, label.get("quotes")), figures=_tuple_of(GoldFigure, label.get("figures"),
                                                                             skip=("counts",)),
        timex_scope=(timexes["scope"]["first"], timexes["scope"]["last"]) if timexes else None,
        timexes=_tuple_of(GoldTimex, timexes["items"] if timexes else None))


def _tuple_of(kind: type[_Label], items: list[dict[str, Any]] | None,
              skip: tuple[str, ...] = ()) -> tuple[_Label, ...] | None:
    if items is None:
        return None
    return tuple(kind(**{k: v for k, v in item.items() if k not in skip}) for item in items)


def load_story_conflicts(stories_file: Path) -> set[frozenset[tuple[str, str]]]:
    """The figure conflicts labelled across a story's articles: pairs of (article id, figure text)."""
    stories = json.loads(stories_file.read_text(encoding="utf-8"))
    return {frozenset(tuple(f) for f in conflict["figures"])
            for story in stories.values() for conflict in story.get("conflicts", ())}
