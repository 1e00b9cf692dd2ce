"""``dateline eval real``: Dateline on modern news it was never tuned on, scored part by part.

The gold set is labelled by hand in ``eval/real/`` (one JSON file per article, see its README); the
articles themselves stay outside the repository, in a folder holding ``html/<id>.html`` (raw pages),
``text/<id>.txt`` (plain-text scrapes with their furniture) and ``gold/<id>.body.txt`` (the main text a
public extraction benchmark gives for the page). Each input kind is one *part*: its files are built into
a temporary store by :func:`dateline.pipeline.build`, exactly as ``dateline build`` would, and every
number is read back from that store, so the measure is of the product, not of a copy of it.

Labels are matched to the stored text by their words, never by offsets: a label is a short excerpt
(a quote's opening words, a figure as written, a time expression), found in the article text after
folding case, quote marks and spacing. Labels marked ``optional`` are neither required nor held
against a prediction that finds them. Baselines run on the same pages: htmldate alone for publication
dates, trafilatura's main-text extraction alone for main text and boilerplate.
"""

from __future__ import annotations

import json
import re
import sqlite3
import tempfile
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import trafilatura
from htmldate import find_date

from dateline import pipeline
from dateline.evaluation.pubdate import PubdateReport, pubdate_report
from dateline.evaluation.scores import PRF
from dateline.evaluation.tempeval import TempEvalScores, prf, score
from dateline.ingest.checks import decode_text
from dateline.link.series import counted_series
from dateline.model import PublicationDate, TimeExpression
from dateline.store import Store
from dateline.store.annotations import article_timexes
from dateline.store.articles import load_article
from dateline.store.attribution import load_quotes
from dateline.store.series import load_figure_points
from dateline.store.storylines import list_storylines

#: The input kinds, each built into a store of its own: file suffix per kind.
PARTS = {"html": ".html", "text": ".txt"}
#: Gold speakers that name nobody: a prediction is right about them only by showing no speaker.
NAMELESS = frozenset({"ANONYMOUS", "UNKNOWN"})
#: Words a speaker's name can gain or lose between articles without naming someone else.
_NAME_NOISE = frozenset({"the", "of", "for", "and", "mr", "mrs", "ms", "dr", "rep", "sen", "gov", "president",
                         "prime", "minister", "s"})
_TOKEN = re.compile(r"\w+")
_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "‘": "'", "’": "'", "‚": "'",
                       "‛": "'", "′": "'", "`": "'"})
_EDGE = " ,.;:!?\"'"


# ---------------------------------------------------------------------------------------------- the gold set

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
    type: str
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


def _gold_article(label: dict) -> GoldArticle:
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


def _tuple_of(kind: type, items: list[dict] | None, skip: tuple[str, ...] = ()) -> tuple | None:
    if items is None:
        return None
    return tuple(kind(**{k: v for k, v in item.items() if k not in skip}) for item in items)


def load_story_conflicts(stories_file: Path) -> set[frozenset[tuple[str, str]]]:
    """The figure conflicts labelled across a story's articles: pairs of (article id, figure text)."""
    stories = json.loads(stories_file.read_text(encoding="utf-8"))
    return {frozenset(tuple(f) for f in conflict["figures"])
            for story in stories.values() for conflict in story.get("conflicts", ())}


# ----------------------------------------------------------------------------------------- finding words

def fold(text: str) -> str:
    """Text as labels are compared: compatibility forms, one kind of each quote mark, lower case."""
    return unicodedata.normalize("NFKC", text).translate(_FOLD).lower()


class TextIndex:
    """An article's text folded and with spacing collapsed, mapped back to the original offsets, so a
    label written with curly quotes and one space finds the words whatever the page's typography."""

    def __init__(self, text: str) -> None:
        self.text = text
        chars: list[str] = []
        origin: list[int] = []
        for position, char in enumerate(text):
            for folded in fold(char):
                if folded.isspace():
                    if not chars or chars[-1] == " ":
                        continue
                    folded = " "
                chars.append(folded)
                origin.append(position)
        self.folded = "".join(chars)
        self.origin = origin

    def find(self, needle: str, start: int = 0,
             avoid: Sequence[tuple[int, int]] = ()) -> tuple[int, int] | None:
        """The original span of the first occurrence of ``needle`` at or after original offset ``start``
        that overlaps none of the ``avoid`` spans (a headline repeating the lead's words)."""
        key = " ".join(fold(needle).split()).strip(_EDGE)
        if not key:
            return None
        at = self.folded.find(key, self._folded_offset(start))
        while at >= 0:
            span = self.origin[at], self.origin[at + len(key) - 1] + 1
            if not any(overlaps(span, other) for other in avoid):
                return span
            at = self.folded.find(key, at + 1)
        return None

    def closing_quote(self, after: int, limit: int = 1500) -> int:
        """The original offset just past the next double quote mark after ``after`` (within ``limit``),
        else ``after``: where a quote whose opening words were found ends."""
        begin = self._folded_offset(after)
        at = self.folded.find('"', begin, begin + limit)
        return self.origin[at] + 1 if at >= 0 else after

    def _folded_offset(self, original: int) -> int:
        return bisect_left(self.origin, original)


def share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def paragraphs(text: str) -> Iterator[tuple[tuple[int, int], str]]:
    """Each non-empty line of an article with its span."""
    start = 0
    for line in text.split("\n"):
        if line.strip():
            yield (start, start + len(line)), line
        start += len(line) + 1


def is_boilerplate_line(line: str, label: str) -> bool:
    """Whether a line of stored text is the labelled furniture line: the same words, or, for a label
    cut short with "…", the same opening; a long label (five words or more) also counts when the line
    carries it glued to other text."""
    line_key = " ".join(fold(line).split())
    truncated = label.endswith("…")
    key = " ".join(fold(label.rstrip("…")).split())
    if truncated:
        return line_key.startswith(key)
    return line_key == key or (len(key.split()) >= 5 and key in line_key)


def furniture_spans(text: str, gold: GoldArticle) -> list[tuple[int, int]]:
    """Spans of the stored text's lines that are the headline or labelled furniture."""
    labels = [*gold.boilerplate, *([gold.headline] if gold.headline else [])]
    return [span for span, line in paragraphs(text) if any(is_boilerplate_line(line, label) for label in labels)]


# -------------------------------------------------------------------------------------------- the scores

@dataclass(slots=True)
class Tally:
    """Matched and unmatched counts of one kind of label; P, R and F1 follow."""

    found: int = 0      # required gold labels a prediction matched
    required: int = 0   # required gold labels
    right: int = 0      # predictions that matched a gold label
    judged: int = 0     # predictions, less those that matched only optional labels

    @property
    def prf(self) -> PRF:
        return PRF(share(self.right, self.judged), share(self.found, self.required))


@dataclass(slots=True)
class QuoteScores:
    direct: Tally = field(default_factory=Tally)
    indirect: Tally = field(default_factory=Tally)
    speaker_right: int = 0      # required direct gold quotes found with the right speaker
    shown: int = 0              # direct predictions showing a speaker (optional-only matches left out)
    shown_right: int = 0
    indirect_speaker_right: int = 0
    off_body: int = 0           # direct predictions on a headline or furniture line (every article)


@dataclass(slots=True)
class FigureScores:
    tally: Tally = field(default_factory=Tally)
    value_right: int = 0
    overlapping: int = 0
    source_right: int = 0
    sourced: int = 0
    off_body: int = 0           # figures on a headline or furniture line (every article)
    conflicts: int = 0          # conflict pairs the store reports
    conflicts_judged: int = 0   # those whose two figures both match labelled figures
    conflicts_right: int = 0
    gold_conflicts: int = 0
    gold_conflicts_found: int = 0


@dataclass(slots=True)
class TextScores:
    """Main text against the benchmark's gold body (token bags), and furniture lines left."""

    f1: list[float] = field(default_factory=list)
    precision: list[float] = field(default_factory=list)
    recall: list[float] = field(default_factory=list)
    lines: int = 0
    lines_left: int = 0
    articles: int = 0
    articles_left: int = 0


@dataclass(slots=True)
class PartScores:
    """Everything measured on one part (html or text) of one split."""

    kind: str
    articles: int
    stored: int
    dates: PubdateReport
    text: TextScores
    quotes: QuoteScores
    figures: FigureScores
    timexes: TempEvalScores
    timex_scopes_missing: int
    storylines: PRF


@dataclass(slots=True)
class BaselineScores:
    """The tools Dateline's HTML reader is built on, each alone on the same pages."""

    htmldate: PubdateReport
    trafilatura: TextScores


@dataclass(slots=True)
class RealReport:
    split: str
    parts: list[PartScores]
    baselines: BaselineScores | None


# ------------------------------------------------------------------------------------------ running it

def evaluate(articles_dir: Path, labels_dir: Path, split: str, parts: Sequence[str] = tuple(PARTS),
             limit: int | None = None) -> RealReport:
    """Build each part of one split into a fresh store and score it; ``limit`` keeps the first labelled
    articles (fully labelled ones first), for a quick run."""
    gold = load_gold(labels_dir, split)
    if limit is not None:
        gold = sorted(gold, key=lambda g: (g.quotes is None, g.id))[:limit]
    conflicts = load_story_conflicts(labels_dir.parent / "stories.json")
    scored = [score_part(articles_dir, gold, kind, conflicts) for kind in parts]
    baselines = score_baselines(articles_dir, gold) if "html" in parts else None
    return RealReport(split, scored, baselines)


def score_part(articles_dir: Path, gold: list[GoldArticle], kind: str,
               conflicts: set[frozenset[tuple[str, str]]]) -> PartScores:
    """Build the part's files with the product's own pipeline into a temporary store and score it."""
    members = [g for g in gold if kind in g.files]
    paths = [articles_dir / g.files[kind] for g in members]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "real.db") as store:
        pipeline.build(paths, store)
        stored = stored_ids(store.conn, {str(p): g.id for p, g in zip(paths, members)})
        timexes = list(_timex_pairs(store.conn, members, stored))
        return PartScores(
            kind=kind, articles=len(members), stored=len(stored),
            dates=pubdate_report(_dated_pairs(store.conn, members, stored)),
            text=score_text(store.conn, articles_dir, members, stored),
            quotes=score_quotes(store.conn, members, stored),
            figures=score_figures(store.conn, members, stored, conflicts),
            timexes=score([pair for pair in timexes if pair is not None]),
            timex_scopes_missing=sum(pair is None for pair in timexes),
            storylines=bcubed(store.conn, members, stored))


def stored_ids(conn: sqlite3.Connection, source_to_gold: dict[str, str]) -> dict[str, str]:
    """Gold id -> stored article id, for every input the build stored (skipped inputs are absent)."""
    return {source_to_gold[source]: article_id
            for article_id, source in conn.execute("SELECT id, source FROM articles") if source in source_to_gold}


def _dated_pairs(conn: sqlite3.Connection, gold: list[GoldArticle],
                 stored: dict[str, str]) -> Iterator[tuple[date, PublicationDate]]:
    """(true day, stored date) for every article with an unambiguous day; one not stored is undated."""
    for g in gold:
        if g.day is None or g.ambiguous:
            continue
        yield g.day, load_article(conn, stored[g.id]).published if g.id in stored else PublicationDate()


# ---------------------------------------------------------------------------------- main text, furniture

def token_prf(predicted: str, gold: str) -> PRF:
    """Bag-of-words precision and recall of extracted text against the gold body, as extraction
    benchmarks score main text."""
    p, g = Counter(_TOKEN.findall(predicted.lower())), Counter(_TOKEN.findall(gold.lower()))
    common = sum((p & g).values())
    return prf(common, sum(p.values()), sum(g.values()))


def add_text(scores: TextScores, extracted: str, gold: GoldArticle, gold_body: str | None) -> None:
    """Count one article's main-text overlap (when a gold body exists) and its furniture lines left."""
    if gold_body is not None:
        measured = token_prf(extracted, gold_body)
        scores.f1.append(measured.f1)
        scores.precision.append(measured.precision)
        scores.recall.append(measured.recall)
    if gold.boilerplate:
        lines = [line for _, line in paragraphs(extracted)]
        left = sum(any(is_boilerplate_line(line, label) for line in lines) for label in gold.boilerplate)
        scores.lines += len(gold.boilerplate)
        scores.lines_left += left
        scores.articles += 1
        scores.articles_left += left > 0


def score_text(conn: sqlite3.Connection, articles_dir: Path, gold: list[GoldArticle],
               stored: dict[str, str]) -> TextScores:
    scores = TextScores()
    for g in gold:
        text = load_article(conn, stored[g.id]).text if g.id in stored else ""
        add_text(scores, text, g, _gold_body(articles_dir, g))
    return scores


def _gold_body(articles_dir: Path, gold: GoldArticle) -> str | None:
    path = gold.files.get("gold")
    return (articles_dir / path).read_text(encoding="utf-8") if path else None


# ---------------------------------------------------------------------------------------------- quotes

def same_speaker(predicted: str | None, gold: str) -> bool:
    """Whether a shown speaker is the labelled one: nameless gold wants no speaker; a named one wants a
    name whose words contain, or are contained in, the gold name's (titles and joining words aside), so
    "Mr. Kennedy" and "James P. Kennedy Jr." agree and "Martin Taylor" for an unnamed patient does not."""
    if gold in NAMELESS:
        return predicted is None
    if predicted is None:
        return False
    p, g = _name_words(predicted), _name_words(gold)
    return bool(p) and bool(g) and (p <= g or g <= p)


def _name_words(name: str) -> set[str]:
    return {w for w in _TOKEN.findall(fold(name)) if w not in _NAME_NOISE}


@dataclass(frozen=True, slots=True)
class StoredQuote:
    kind: str
    spans: tuple[tuple[int, int], ...]
    speaker: str | None

    def touches(self, region: tuple[int, int]) -> bool:
        return any(overlaps(span, region) for span in self.spans)


def score_quotes(conn: sqlite3.Connection, gold: list[GoldArticle], stored: dict[str, str]) -> QuoteScores:
    """Direct and indirect quotes found, their speakers, and quotes read off headlines and furniture."""
    by_article: dict[str, list[StoredQuote]] = defaultdict(list)
    for quote in load_quotes(conn):
        if quote.speech:
            by_article[quote.article_id].append(StoredQuote(quote.kind, quote.content, quote.speaker))
    scores = QuoteScores()
    for g in gold:
        if g.id not in stored:
            continue
        text = load_article(conn, stored[g.id]).text
        predicted = by_article[stored[g.id]]
        furniture = furniture_spans(text, g)
        scores.off_body += sum(q.kind == "direct" and any(q.touches(s) for s in furniture) for q in predicted)
        if g.quotes is not None:
            add_quotes(scores, TextIndex(text), g.quotes, predicted, furniture)
    for g in gold:  # a labelled article lost by the build still counts its quotes as missed
        if g.id not in stored and g.quotes is not None:
            add_quotes(scores, TextIndex(""), g.quotes, [], [])
    return scores


def add_quotes(scores: QuoteScores, index: TextIndex, gold: Sequence[GoldQuote],
               predicted: Sequence[StoredQuote], furniture: Sequence[tuple[int, int]]) -> None:
    """Match one article's predictions to its labels by kind and place (a label is looked for off the
    headline and furniture lines), and count them."""
    for kind, tally in (("direct", scores.direct), ("indirect", scores.indirect)):
        labels = [q for q in gold if q.kind == kind]
        regions = [quote_region(index, q, furniture) for q in labels]
        guesses = [q for q in predicted if q.kind == kind]
        first_match: dict[int, StoredQuote] = {}
        for guess in guesses:
            hits = [i for i, region in enumerate(regions) if region is not None and guess.touches(region)]
            required = [i for i in hits if not labels[i].optional]
            if hits and not required:
                continue  # matches only an optional label: neither right nor wrong
            tally.judged += 1
            tally.right += bool(required)
            for i in required:
                first_match.setdefault(i, guess)
            if kind == "direct" and guess.speaker is not None:
                scores.shown += 1
                scores.shown_right += bool(required) and same_speaker(guess.speaker, labels[required[0]].speaker)
        for i, label in enumerate(labels):
            if label.optional:
                continue
            tally.required += 1
            match = first_match.get(i)
            tally.found += match is not None
            right = match is not None and same_speaker(match.speaker, label.speaker)
            if kind == "direct":
                scores.speaker_right += right
            else:
                scores.indirect_speaker_right += right


def quote_region(index: TextIndex, quote: GoldQuote,
                 furniture: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """Where a labelled quote sits in the stored text: its opening words, and for a direct quote on to
    its closing quote mark."""
    span = index.find(quote.text, avoid=furniture)
    if span is None:
        return None
    return (span[0], index.closing_quote(span[1])) if quote.kind == "direct" else span


# --------------------------------------------------------------------------------------------- figures

@dataclass(frozen=True, slots=True)
class StoredFigure:
    article_id: str
    value: float
    span: tuple[int, int]
    source: str | None


def score_figures(conn: sqlite3.Connection, gold: list[GoldArticle], stored: dict[str, str],
                  conflicts: set[frozenset[tuple[str, str]]]) -> FigureScores:
    """Figures found with their values and sources, figures read off furniture, and conflicts flagged."""
    by_article: dict[str, list[StoredFigure]] = defaultdict(list)
    for article_id, value, start, end, source in conn.execute(
            "SELECT article_id, value, start, end, source FROM figures ORDER BY article_id, start"):
        by_article[article_id].append(StoredFigure(article_id, value, (start, end), source))
    scores = FigureScores()
    matched: dict[tuple[str, tuple[int, int]], tuple[str, str]] = {}
    for g in gold:
        if g.id not in stored:
            continue
        text = load_article(conn, stored[g.id]).text
        predicted = [f for f in by_article[stored[g.id]] if f.value != 1]
        furniture = furniture_spans(text, g)
        scores.off_body += sum(any(overlaps(f.span, s) for s in furniture) for f in predicted)
        if g.figures is not None:
            for figure, label in add_figures(scores, TextIndex(text), g.figures, predicted, furniture):
                matched[(figure.article_id, figure.span)] = (g.id, label.text)
    for g in gold:
        if g.id not in stored and g.figures is not None:
            add_figures(scores, TextIndex(""), g.figures, [], [])
    labelled = {g.id for g in gold if g.figures is not None}
    relevant = {c for c in conflicts if all(gold_id in labelled for gold_id, _ in c)}
    add_conflicts(scores, conn, matched, relevant, {stored[g] for g in labelled if g in stored})
    return scores


def add_figures(scores: FigureScores, index: TextIndex, gold: Sequence[GoldFigure],
                predicted: Sequence[StoredFigure],
                furniture: Sequence[tuple[int, int]]) -> list[tuple[StoredFigure, GoldFigure]]:
    """Match one article's figures to its labels by place (labels found in text order, off the headline
    and furniture lines) and count them; returns the (figure, label) pairs matched with the right value.
    A source is judged only where the label names one: an unnamed source may be described in any words."""
    regions, cursor = [], 0
    for label in gold:
        span = index.find(label.text, cursor, furniture)
        regions.append(span)
        cursor = span[0] + 1 if span else cursor
    pairs: list[tuple[StoredFigure, GoldFigure]] = []
    found: set[int] = set()
    for figure in predicted:
        hits = [i for i, region in enumerate(regions) if region is not None and overlaps(figure.span, region)]
        required = [i for i in hits if not gold[i].optional]
        if hits and not required:
            continue
        scores.tally.judged += 1
        if not required:
            continue
        label = gold[required[0]]
        scores.overlapping += 1
        right_value = abs(figure.value - label.value) <= 1e-6 * max(1.0, abs(label.value))
        scores.value_right += right_value
        scores.tally.right += right_value
        if right_value:
            found.add(required[0])
            pairs.append((figure, label))
            if label.source is not None and label.source not in NAMELESS:
                scores.sourced += 1
                scores.source_right += same_speaker(figure.source, label.source)
    scores.tally.required += sum(not label.optional for label in gold)
    scores.tally.found += len(found)
    return pairs


def add_conflicts(scores: FigureScores, conn: sqlite3.Connection,
                  matched: dict[tuple[str, tuple[int, int]], tuple[str, str]],
                  gold_conflicts: set[frozenset[tuple[str, str]]], labelled: set[str]) -> None:
    """Judge the store's conflicts (every storyline's series, as the figures pages show them): right when
    both figures match the two figures of a labelled conflict; judged only when both figures are in
    articles whose figures are labelled (``labelled`` holds their stored ids)."""
    found: set[frozenset[tuple[str, str]]] = set()
    for line in list_storylines(conn):
        for series in (one.series for one in counted_series(load_figure_points(conn, line.id))):
            for i, j in series.conflicts:
                figures = (series.points[i].figure, series.points[j].figure)
                scores.conflicts += 1
                if not all(f.article_id in labelled for f in figures):
                    continue
                scores.conflicts_judged += 1
                key = frozenset(matched[(f.article_id, f.span)] for f in figures if (f.article_id, f.span) in matched)
                if len(key) == 2 and key in gold_conflicts:
                    scores.conflicts_right += 1
                    found.add(key)
    scores.gold_conflicts += len(gold_conflicts)
    scores.gold_conflicts_found += len(found)


# --------------------------------------------------------------------------------------- time expressions

def _timex_pairs(conn: sqlite3.Connection, gold: list[GoldArticle],
                 stored: dict[str, str]) -> Iterator[tuple[list[TimeExpression], list[TimeExpression]] | None]:
    """(gold, system) time expressions of each labelled article's first five sentences, with optional
    labels and the predictions on them left out; None where the scope cannot be found in the stored text."""
    for g in gold:
        if g.timexes is None or g.timex_scope is None:
            continue
        text = load_article(conn, stored[g.id]).text if g.id in stored else ""
        system = article_timexes(conn, stored[g.id]) if g.id in stored else []
        yield timex_pair(TextIndex(text), g.timex_scope, g.timexes, system, furniture_spans(text, g))


def timex_pair(index: TextIndex, scope: tuple[str, str], labels: Sequence[GoldTimex],
               system: Sequence[TimeExpression], furniture: Sequence[tuple[int, int]] = (),
               ) -> tuple[list[TimeExpression], list[TimeExpression]] | None:
    """The gold and system time expressions between the scope's first and last words (the first five
    sentences), found off the headline and furniture lines; None when the scope is not in the text."""
    first = index.find(scope[0], avoid=furniture)
    last = index.find(scope[1], first[0]) if first else None
    if first is None or last is None:
        return None
    region = (first[0], last[1])
    inside = [t for t in system if region[0] <= t.start and t.end <= region[1]]
    located, cursor = [], region[0]
    for label in labels:
        span = index.find(label.text, cursor)
        if span is None or span[1] > region[1]:
            located.append((label, None))
            continue
        located.append((label, span))
        cursor = span[1]
    optional = [span for label, span in located if label.optional and span is not None]
    # a label not found in the stored text still counts as gold; its empty span before the text matches nothing
    gold = [TimeExpression(*(span or (-1, -1)), label.text, label.type, label.value)
            for label, span in located if not label.optional]
    kept = [t for t in inside if not any(overlaps((t.start, t.end), span) for span in optional)]
    return gold, kept


# ------------------------------------------------------------------------------------------ storylines

def bcubed(conn: sqlite3.Connection, gold: list[GoldArticle], stored: dict[str, str]) -> PRF:
    """B-cubed precision and recall of the stored storylines against the labelled stories (an article in
    no story is a story of its own), over the stored articles."""
    predicted = dict(conn.execute("SELECT id, storyline_id FROM articles"))
    members = [g for g in gold if g.id in stored]
    truth = {g.id: g.story or g.id for g in members}
    system = {g.id: predicted.get(stored[g.id]) or g.id for g in members}
    if not members:
        return PRF(0.0, 0.0)
    precision = recall = 0.0
    for g in members:
        same_system = {h.id for h in members if system[h.id] == system[g.id]}
        same_truth = {h.id for h in members if truth[h.id] == truth[g.id]}
        both = len(same_system & same_truth)
        precision += both / len(same_system)
        recall += both / len(same_truth)
    return PRF(precision / len(members), recall / len(members))


# -------------------------------------------------------------------------------------------- baselines

def score_baselines(articles_dir: Path, gold: list[GoldArticle]) -> BaselineScores:
    """htmldate and trafilatura, each alone, on the part's HTML pages."""
    pages = [(g, decode_text((articles_dir / g.files["html"]).read_bytes())) for g in gold if "html" in g.files]
    text = TextScores()
    for g, html in pages:
        add_text(text, trafilatura.extract(html, include_comments=False) or "", g, _gold_body(articles_dir, g))
    dates = pubdate_report((g.day, _htmldate(html)) for g, html in pages if g.day is not None and not g.ambiguous)
    return BaselineScores(dates, text)


def _htmldate(html: str) -> PublicationDate:
    """htmldate as its documentation advises for publication dates: original date, extensive search."""
    found = find_date(html, original_date=True, outputformat="%Y-%m-%d")
    return PublicationDate.on(date.fromisoformat(found), "metadata") if found else PublicationDate()


# ---------------------------------------------------------------------------------------------- report

def format_report(report: RealReport) -> str:
    """One table per split: a row per measure, a column per part, baselines beside the HTML part."""
    columns = [part.kind for part in report.parts]
    rows: list[tuple[str, list[str]]] = []

    def add(name: str, cells: Iterable[str]) -> None:
        rows.append((name, list(cells)))

    parts = report.parts
    add("articles (stored)", (f"{p.articles} ({p.stored})" for p in parts))
    add("pubdate right / wrong / unknown", (_dates(p.dates) for p in parts))
    add("main text token F1 (P/R)", (_text(p.text) for p in parts))
    add("furniture lines left (articles)", (_left(p.text) for p in parts))
    add("direct quotes P / R / F1", (_prf(p.quotes.direct.prf) for p in parts))
    add("direct-quote speaker right, of gold", (_ratio(p.quotes.speaker_right, p.quotes.direct.required)
                                                for p in parts))
    add("shown direct speakers right", (_ratio(p.quotes.shown_right, p.quotes.shown) for p in parts))
    add("direct quotes on headline/furniture", (str(p.quotes.off_body) for p in parts))
    add("indirect quotes P / R / F1", (_prf(p.quotes.indirect.prf) for p in parts))
    add("indirect speaker right, of gold", (_ratio(p.quotes.indirect_speaker_right, p.quotes.indirect.required)
                                            for p in parts))
    add("figures P / R / F1", (_prf(p.figures.tally.prf) for p in parts))
    add("figure value right, of overlapping", (_ratio(p.figures.value_right, p.figures.overlapping) for p in parts))
    add("figure source right, of sourced", (_ratio(p.figures.source_right, p.figures.sourced) for p in parts))
    add("figures on headline/furniture", (str(p.figures.off_body) for p in parts))
    add("conflicts right / judged / all", (f"{p.figures.conflicts_right}/{p.figures.conflicts_judged}/"
                                           f"{p.figures.conflicts}" for p in parts))
    add("labelled conflicts flagged", (_ratio(p.figures.gold_conflicts_found, p.figures.gold_conflicts) for p in parts))
    add("timex strict P / R / F1", (_prf(p.timexes.strict) for p in parts))
    add("timex relaxed P / R / F1", (_prf(p.timexes.relaxed) for p in parts))
    add("timex value accuracy", (f"{p.timexes.value_accuracy:.3f}" for p in parts))
    add("timex scopes not found", (str(p.timex_scopes_missing) for p in parts))
    add("storylines B-cubed P / R / F1", (_prf(p.storylines) for p in parts))
    lines = [f"split {report.split}", f"{'':40}" + "".join(f"{c:>26}" for c in columns)]
    lines += [f"{name:40}" + "".join(f"{cell:>26}" for cell in cells) for name, cells in rows]
    if report.baselines is not None:
        b = report.baselines
        lines.append(f"{'baseline htmldate alone: pubdate':40}{_dates(b.htmldate):>26}")
        lines.append(f"{'baseline trafilatura alone: main text':40}{_text(b.trafilatura):>26}")
        lines.append(f"{'baseline trafilatura alone: furniture':40}{_left(b.trafilatura):>26}")
    return "\n".join(lines)


def _prf(value: PRF) -> str:
    return f"{value.precision:.3f}/{value.recall:.3f}/{value.f1:.3f}"


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "n/a"


def _dates(report: PubdateReport) -> str:
    """Right = the exact day; wrong = a date or range that misses it; unknown = no date, or a range that
    holds the day without naming it."""
    if not report.total:
        return "n/a"
    unknown = report.total - report.exact - report.wrong
    return "/".join(f"{n / report.total:.3f}" for n in (report.exact, report.wrong, unknown)) + f" ({report.total})"


def _text(scores: TextScores) -> str:
    if not scores.f1:
        return "n/a"
    n = len(scores.f1)
    return f"{sum(scores.f1) / n:.3f} ({sum(scores.precision) / n:.3f}/{sum(scores.recall) / n:.3f})"


def _left(scores: TextScores) -> str:
    if not scores.lines:
        return "n/a"
    return f"{scores.lines_left / scores.lines:.3f} ({scores.articles_left}/{scores.articles})"
