"""How often each class of speaker evidence is right on the real-news gold set, and which classes may show.

Every speaker resolution rests on one class of evidence (``extract.quotes.speakers``: a name in the source
span, a pronoun resolved within its sentence, a role noun fitted to a title, …). This builds the articles of
one split with the product's own reading and quote finding, matches each found quote to its labels as
``dateline eval real`` does, and counts per class and kind how often the speaker it resolved (shown or
kept as the candidate) is the labelled one. A found quote matching no label counts as wrong, as in the eval's
"shown direct speakers right".

A class is worth showing only where it is right at least ``--target`` of the time on articles from other
outlets: the table's last columns leave one outlet out at a time, decide from the other outlets which classes
reach the target (with at least ``--min-count`` quotes), and score the held-out outlet's quotes of those
classes. The pooled result is the shown precision and coverage to expect on an outlet the classes were not
measured on. A class with fewer than ``--min-count`` quotes is not judged here: the product keeps its
hand-set confidence (``speakers.CONFIDENCE`` says why).

Within a class, the layout may still tell a wrong speaker (``evaluation.real.layout``: the speaker named
paragraphs back, others named beside it, named once). Under each class's table, each such risk is judged the
same way: in a fold it would hide its quotes where, on the other outlets' quotes of the chosen classes, its
speakers are right less than the target beyond chance (the upper end of a one-sided 95% interval below it,
over at least ``--risk-min-count`` quotes); the last line scores the held-out quotes it leaves shown.

The tables judge only the quotes found; ``--missed`` also lists the labelled direct and indirect quotes that no
found quote matched (the eval's recall misses), with a count per article and per outlet, matched with the
eval's own ``quote_region`` and ``StoredQuote.touches`` so the list agrees with ``dateline eval real``.

``--causes`` counts, per kind, why each labelled quote has no right speaker shown: not found, found with no
candidate, found with the right candidate below the line (by class, with how often the class is right), or
found with a wrong one; each cause with the outlets it comes from, the list to start a fix for coverage from.

``--wrong-indirect`` classes the shown indirect speakers judged wrong (``WRONG_INDIRECT``): on an indirect label of
another speaker, on none but holding a labelled direct quote of the same speaker or of another, or on no label
at all, each class by outlet and by the evidence its speakers rest on.

``--wilson FLOOR`` judges the show rule for direct speakers: a class shows only where the Wilson lower end
(one-sided 95%) of its pooled shown precision, a found quote matching no label counting wrong, clears FLOOR over
at least ``--min-count`` shown quotes (a rarer class keeps its hand-set confidence). It lists each class with its
outlets and lower end, then, with each split left out, the classes kept on the other splits scored on that one:
the rule's shown precision and coverage on news it was not fitted on, beside today's.

With ``--save`` before a change and ``--against`` that file after it, it lists how the change moved the answers:
per class they now rest on, how many over how many outlets, wrong or right speakers hidden or shown, and the
shown precision pooled and with each outlet left out (the test a change to what is shown must pass on every
fold). Run
(never on the held-out splits)::

    .venv/bin/python benchmarks/speaker_calibration.py ../shared/eval/real --split dev --split dev2 \
        --split dev3 [--errors] [--missed]
"""

from __future__ import annotations

import argparse
import json
import math
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from spacy.tokens import Doc

from dateline import pipeline
from dateline.evaluation.real.gold import GoldArticle, GoldQuote, load_gold
from dateline.evaluation.real.layout import RISKS, layout, risks
from dateline.evaluation.real.matching import TextIndex, furniture_spans, labels_touched, overlaps, same_speaker
from dateline.evaluation.real.quotes import StoredQuote, held_quote_speaker, quote_region
from dateline.evaluation.real.run import PARTS
from dateline.evaluation.splits import HELD_OUT_SPLITS, SPLITS
from dateline.extract.quotes import find_quotes
from dateline.extract.quotes.speakers import CONTINUED_PAST_OTHERS
from dateline.nlp.extensions import doc_text
from dateline.nlp.pipeline import DEFAULT_COMPONENTS, make_doc, shared_pipeline
from dateline.records import Quote
from dateline.store import Store
from dateline.store.articles import load_article

#: The one-sided 95% normal quantile.
_Z95 = 1.645
#: The class of a quote whose source named no one (no source, or an anonymous one): a missed speaker where
#: its label names one, a right "unknown" where the label is nameless.
UNRESOLVED = "unresolved"
#: The analysis up to the quotes: what a speaker depends on.
QUOTE_COMPONENTS = DEFAULT_COMPONENTS[: DEFAULT_COMPONENTS.index("dateline_quotes") + 1]


@dataclass(frozen=True, slots=True)
class Judged:
    """One found quote, with the speaker it resolved ("" where none), judged against its labels."""

    article: str
    outlet: str
    part: str
    kind: str
    evidence: str
    confidence: float
    shown: bool
    speaker: str
    #: The entity label of the mention naming the speaker (None for no mention, or one the tagger missed).
    label: str | None
    gold: str | None
    right: bool
    text: str
    #: Words inside the quotation marks (a partial quote of a few words is judged apart from a full one).
    words: int
    #: What the attribution's layout says beyond its class (``evaluation.real.layout.Layout``), and the
    #: risks it shows (``layout.RISKS``).
    layout: dict[str, int | bool]
    risks: tuple[str, ...]
    #: The quotation touches the headline or a labelled furniture line (the eval's "quotes on headline/furniture").
    furniture: bool = False
    #: The words of the attribution's source ("the mayor", "he"; "" for a quotation with no cue of its own).
    source: str = ""
    #: For an indirect report on no indirect label, the labelled speaker of the direct quote it holds, if any
    #: (``quotes.held_quote_speaker``).
    held: str | None = None


@dataclass(frozen=True, slots=True)
class Missed:
    """One required label that no found quote of its kind touches: a quote the eval counts as not found."""

    article: str
    outlet: str
    part: str
    kind: str
    speaker: str
    #: The label's opening words.
    text: str
    #: The label's words were found in the text (False: the reading lost them, not the quote finding).
    placed: bool


def built_docs(articles_dir: Path, gold: list[GoldArticle], part: str) -> Iterator[tuple[GoldArticle, Doc]]:
    """Read one part's files as a build does and find their quotes; each article's label with its analysis."""
    members = [g for g in gold if part in g.files and g.quotes is not None]
    paths = {str(articles_dir / g.files[part]): g for g in members}
    nlp = shared_pipeline(QUOTE_COMPONENTS)
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "calibration.db") as store:
        pipeline.ingest([Path(p) for p in paths], store)
        rows = store.conn.execute("SELECT id, source FROM articles").fetchall()
        for article_id, source in rows:
            label = paths[source]
            article = load_article(store.conn, article_id)
            yield label, nlp(make_doc(nlp, article))


def missed(label: GoldArticle, part: str, outlet: str, text: str, found: Iterable[Quote]) -> Iterator[Missed]:
    """The required labels no found quote matched, by the eval's own test (``quotes.add_quotes``): a found
    quote of the same kind touching the label's region at any copy repeating it (``labels_touched``), looked for
    off the headline and furniture lines."""
    index, furniture = TextIndex(text), furniture_spans(text, label)
    guesses = [StoredQuote(q.kind, q.content, q.speaker) for q in found if q.speech]
    labels = list(label.quotes or ())
    regions = [quote_region(index, q, furniture) for q in labels]
    touched: set[int] = set()
    for guess in guesses:  # each against the labels of its kind, as the eval matches them
        of_kind = [i for i, q in enumerate(labels) if q.kind == guess.kind]
        touched.update(of_kind[hit] for hit in labels_touched([regions[i] for i in of_kind], guess.touches)[0])
    for i, (quote, region) in enumerate(zip(labels, regions)):
        if not quote.optional and i not in touched:
            yield Missed(label.id, outlet, part, quote.kind, quote.speaker, " ".join(quote.text.split()[:10]),
                         region is not None)


def missed_report(lost: list[Missed]) -> list[str]:
    """One line per missed label, then how many each article and each outlet lost (most first)."""
    lines = [f"MISSED {m.kind:8} {m.part:4} {m.article:24} {m.outlet:18} {m.speaker!r:28} "
             f"{'' if m.placed else '(not in text) '}{m.text!r}"
             for m in sorted(lost, key=lambda m: (m.outlet, m.article, m.part, m.kind))]
    for title, key in (("article", lambda m: m.article), ("outlet", lambda m: m.outlet)):
        counts = Counter(map(key, lost))
        lines.append(f"missed per {title} ({len(lost)} in all):")
        lines.extend(f"  {name:28} {count:4d}" for name, count in counts.most_common())
    return lines


#: Why a labelled quote of a kind got no right speaker, in the order a fix would have to reach it.
CAUSES = ("not found", "no candidate", "right below the line", "wrong candidate")


def cause(item: Judged) -> str | None:
    """Why a labelled found quote's speaker is not right as shown (None where it is, or where the quote
    matches no label): found with no candidate named, with the right candidate kept below the line, or with a
    wrong one (shown or not). A missed label (``missed``) is the first cause, "not found"."""
    if item.gold is None or (item.shown and item.right):
        return None
    if item.evidence == UNRESOLVED:
        return None if item.right else CAUSES[1]
    return CAUSES[2] if item.right else CAUSES[3]


def cause_report(items: list[Judged], lost: list[Missed], kind: str) -> list[str]:
    """The labelled quotes of one kind without a right speaker shown, by cause and by outlet (most first), and
    for the right candidates below the line their class with how often it is right over all its labelled
    quotes of the kind: where coverage could come from, and how sure each source of it is."""
    mine = [i for i in items if i.kind == kind]
    causes = [(c, i.outlet) for i in mine if (c := cause(i)) is not None]
    causes += [(CAUSES[0], m.outlet) for m in lost if m.kind == kind]
    lines = [f"{kind} quotes without a right speaker shown, by cause ({len(causes)} in all):"]
    for name in CAUSES:
        outlets = Counter(outlet for c, outlet in causes if c == name)
        top = ", ".join(f"{outlet} {count}" for outlet, count in outlets.most_common(5))
        lines.append(f"  {name:22} {sum(outlets.values()):4d} over {len(outlets):3d} outlets ({top})")
    below = Counter(i.evidence for i in mine if cause(i) == CAUSES[2])
    for evidence, count in below.most_common():
        labelled = [i for i in mine if i.evidence == evidence and i.gold is not None]
        lines.append(f"    right below the line as {evidence:22} {count:4d}; the class right {_rate(labelled)} "
                     f"of {len(labelled)} labelled")
    return lines


#: Why a shown indirect speaker is judged wrong, in the order the eval meets it (s24): the report falls on an
#: indirect label of another speaker; on none, but holds a labelled direct quote of its speaker (the clause of a
#: partial quote labelled only as that quote: "shown indirect right, by held quotes" counts it right) or of
#: another; or on no label at all, a false attribution.
WRONG_INDIRECT = ("(a) label, other speaker", "(b) held quote, its speaker", "(c) held quote, other speaker",
                  "(d) no label")


def wrong_indirect(item: Judged) -> str | None:
    """The class of a shown indirect speaker judged wrong (``WRONG_INDIRECT``), None for any other quote."""
    if item.kind != "indirect" or not item.shown or item.right:
        return None
    if item.gold is not None:
        return WRONG_INDIRECT[0]
    if item.held is None:
        return WRONG_INDIRECT[3]
    return WRONG_INDIRECT[1] if same_speaker(item.speaker, item.held) else WRONG_INDIRECT[2]


def wrong_indirect_report(items: list[Judged]) -> list[str]:
    """The shown indirect speakers judged wrong, by class and outlet (most first), and each class by the
    evidence its speakers rest on: where a fix of the indirect path would start."""
    classed = [(c, i) for i in items if (c := wrong_indirect(i)) is not None]
    shown = sum(i.kind == "indirect" and i.shown for i in items)
    lines = [f"shown indirect speakers judged wrong: {len(classed)} of {shown}"]
    for name in WRONG_INDIRECT:
        mine = [i for c, i in classed if c == name]
        outlets = Counter(i.outlet for i in mine)
        top = ", ".join(f"{outlet} {count}" for outlet, count in outlets.most_common(4))
        lines.append(f"  {name:30} {len(mine):4d} over {len(outlets):3d} outlets ({top})")
        evidence = Counter(i.evidence for i in mine)
        lines.append("      by evidence: " + ", ".join(f"{e} {n}" for e, n in evidence.most_common()))
    return lines


def judge(label: GoldArticle, part: str, outlet: str, doc: Doc, found: Iterable[Quote]) -> Iterator[Judged]:
    """Each found quote, its speaker resolved or not, matched by place to the labels of its kind as the eval does."""
    text = doc_text(doc)
    # a hidden speaker's record drops the mention naming it: its layout is read from the same quotation with
    # nothing hidden, as the product read it before judging it
    unhidden = {(q.kind, q.content): q for q in find_quotes(doc, min_confidence=0.0)}
    index, furniture = TextIndex(text), furniture_spans(text, label)
    direct = [q for q in label.quotes or () if q.kind == "direct"]
    direct_regions = [quote_region(index, q, furniture) for q in direct]
    for quote in found:
        name = quote.speaker or quote.speaker_candidate
        if not quote.speech:
            continue
        labels: list[GoldQuote] = [q for q in label.quotes or () if q.kind == quote.kind]
        regions = [quote_region(index, q, furniture) for q in labels]
        guess = StoredQuote(quote.kind, quote.content, quote.speaker)
        hits = [labels[i] for i in labels_touched(regions, guess.touches)[0]]
        required = [q for q in hits if not q.optional]
        if hits and not required:
            continue  # an optional label: neither right nor wrong, as in the eval
        gold = required[0].speaker if required else None
        shape = layout(doc, unhidden.get((quote.kind, quote.content), quote))
        yield Judged(label.id, outlet, part, quote.kind, quote.speaker_evidence or UNRESOLVED,
                     quote.speaker_confidence or 0.0, quote.speaker is not None, name or "",
                     quote.speaker_label, gold, gold is not None and same_speaker(name, gold),
                     text[quote.start : quote.end][:90].replace("\n", " "),
                     sum(len(text[s:e].split()) for s, e in quote.content), asdict(shape),
                     risks(shape), any(overlaps(span, line) for span in quote.content for line in furniture),
                     text[quote.source[0] : quote.source[1]] if quote.source is not None else "",
                     held_quote_speaker(guess, direct, direct_regions) if quote.kind == "indirect" and not hits
                     else None)


def accepted(items: list[Judged], target: float, min_count: int) -> set[str]:
    """The classes whose speakers are right at least ``target`` of the time over at least ``min_count``
    labelled quotes (a found quote matching no label says nothing of how its speaker was resolved)."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for item in items:
        if item.gold is not None and item.evidence != UNRESOLVED:  # no speaker to show
            counts[item.evidence][0] += item.right
            counts[item.evidence][1] += 1
    return {evidence for evidence, (right, total) in counts.items() if total >= min_count and right >= target * total}


def folds(items: list[Judged], target: float, min_count: int) -> dict[str, set[str]]:
    """Per outlet, the classes chosen on the direct quotes of every other outlet (the targets are set on
    direct quotes; the indirect ones are scored with the same choice)."""
    direct = [i for i in items if i.kind == "direct"]
    return {outlet: accepted([i for i in direct if i.outlet != outlet], target, min_count)
            for outlet in sorted({i.outlet for i in items})}


def risky(items: list[Judged], target: float, min_count: int) -> set[str]:
    """The layout risks under which speakers of classes that show are right less than ``target`` of the time
    (beyond chance), over at least ``min_count`` labelled quotes and found quotes matching no label (these
    count wrong, as in the eval's shown precision: a risk is judged by what showing it would cost)."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for item in items:
        for risk in item.risks:
            counts[risk][0] += item.right
            counts[risk][1] += 1
    return {risk for risk, (right, total) in counts.items() if total >= min_count and _upper(right, total) < target}


def _upper(right: int, total: int) -> float:
    """The upper end of the one-sided 95% Wilson interval of a rate: a risk hides only where its speakers are
    right less than the target beyond chance (one miss in nineteen is no evidence against 97%)."""
    return _wilson(right, total, +1)


def wilson_lower(right: int, total: int) -> float:
    """The lower end of the one-sided 95% Wilson interval of a rate: how right a class of speakers is at
    least, beyond chance. Unlike the rate itself it grows with the count, so a class right 10 of 10 (lower end
    .79) is not trusted as much as one right 99 of 100 (.96): the next outlet's quotes are a new sample."""
    return _wilson(right, total, -1)


def _wilson(right: int, total: int, side: int) -> float:
    """One end of the Wilson score interval (written out: the formula is three lines, and scipy or
    statsmodels would be a dependency for them)."""
    rate, z2 = right / total, _Z95**2
    centre, spread = rate + z2 / (2 * total), _Z95 * math.sqrt(rate * (1 - rate) / total + z2 / (4 * total**2))
    return (centre + side * spread) / (1 + z2 / total)


@dataclass(frozen=True, slots=True)
class Measured:
    """One class of direct speakers as shown: how many, how many right, over how many outlets."""

    evidence: str
    right: int
    shown: int
    outlets: int

    @property
    def lower(self) -> float:
        return wilson_lower(self.right, self.shown)


def measured(items: Iterable[Judged]) -> dict[str, Measured]:
    """Per class, the direct speakers shown and how many are right, a found quote matching no label counting
    wrong as in the eval's "shown direct speakers right" (the measure the show rule is for)."""
    groups: dict[str, list[Judged]] = defaultdict(list)
    for item in items:
        if item.kind == "direct" and item.shown:
            groups[item.evidence].append(item)
    return {evidence: Measured(evidence, sum(i.right for i in group), len(group), len({i.outlet for i in group}))
            for evidence, group in groups.items()}


def passing(items: Iterable[Judged], floor: float, min_count: int) -> set[str]:
    """The shown classes the show rule keeps: the Wilson lower end of their pooled precision clears ``floor``
    over at least ``min_count`` shown quotes. A class with fewer is kept as hand-set: its count cannot tell a
    class right 9 of 10 from one right 10 of 10, and hiding every rare class hides more right speakers than
    wrong ones (``wilson_report`` lists them)."""
    return {m.evidence for m in measured(items).values() if m.shown < min_count or m.lower >= floor}


def wilson_report(items: list[Judged], split_of: dict[str, str], floor: float, min_count: int) -> list[str]:
    """The show rule, per class of shown direct speakers (pooled right/shown, outlets, Wilson lower end, and
    whether it shows), then its honest estimate: with each split left out, the classes kept on the other
    splits, scored on the left-out one against today's shown answers (shown right, and right speakers
    shown out of the labelled found quotes, the cost in coverage)."""
    kept = passing(items, floor, min_count)
    lines = [f"show rule: Wilson lower end (one-sided 95%) >= {floor} over >= {min_count} shown direct quotes",
             f"{'evidence':24} {'right':>6} {'shown':>6} {'rate':>6} {'outlets':>8} {'lower':>6}  rule"]
    for m in sorted(measured(items).values(), key=lambda m: -m.shown):
        verdict = "too few, kept" if m.shown < min_count else ("shows" if m.evidence in kept else "HIDES")
        lines.append(f"{m.evidence:24} {m.right:6d} {m.shown:6d} {m.right / m.shown:6.3f} {m.outlets:8d} "
                     f"{m.lower:6.3f}  {verdict}")
    lines.append(f"{'split left out':14} {'shown right today':>24} {'with the rule':>24} {'coverage today':>15} "
                 f"{'with the rule':>14}  classes hidden")
    totals = [0, 0, 0, 0, 0, 0]
    for split in sorted({split_of[i.article] for i in items}, key=_split_order):
        rest = [i for i in items if split_of[i.article] != split]
        held = [i for i in items if split_of[i.article] == split and i.kind == "direct"]
        chosen = passing(rest, floor, min_count)
        today = [i for i in held if i.shown]
        after = [i for i in today if i.evidence in chosen]
        labelled = sum(i.gold is not None for i in held)
        counts = (sum(i.right for i in today), len(today), sum(i.right for i in after), len(after), labelled)
        totals = [t + c for t, c in zip(totals, (*counts, 1))]
        hidden = sorted({i.evidence for i in today} - chosen)
        lines.append(f"{split:14} {_fraction(counts[0], counts[1]):>24} {_fraction(counts[2], counts[3]):>24} "
                     f"{_share(counts[0], labelled):>15} {_share(counts[2], labelled):>14}  {', '.join(hidden) or '-'}")
    lines.append(f"{'pooled':14} {_fraction(totals[0], totals[1]):>24} {_fraction(totals[2], totals[3]):>24} "
                 f"{_share(totals[0], totals[4]):>15} {_share(totals[2], totals[4]):>14}")
    return lines


def _split_order(split: str) -> int:
    return int(split[3:] or 1) if split.startswith("dev") else 0


def _fraction(right: int, total: int) -> str:
    return f"{right / total:.3f} ({right}/{total})" if total else "-"


def _share(right: int, total: int) -> str:
    return f"{right / total:.3f}" if total else "-"


def risk_folds(items: list[Judged], kind: str, chosen: dict[str, set[str]], target: float,
               min_count: int) -> dict[str, set[str]]:
    """Per outlet, the risks that hide a speaker of ``kind``, judged on the quotes of every other outlet whose
    class was chosen there."""
    mine = [i for i in items if i.kind == kind]
    return {outlet: risky([i for i in mine if i.outlet != outlet and i.evidence in chosen[outlet]], target, min_count)
            for outlet in chosen}


def table(items: list[Judged], kind: str, chosen: dict[str, set[str]], hiding: dict[str, set[str]]) -> list[str]:
    """Per class: found quotes and how often right, the same over labelled quotes, how many are shown now,
    and in how many leave-one-outlet-out folds the class would show; then the pooled shown precision and
    coverage of the current confidences and of the held-out choice of classes."""
    mine = [i for i in items if i.kind == kind]
    outlets = sorted({i.outlet for i in mine})
    lines = [f"{kind} speakers ({len(mine)} found quotes with a speaker, {len(outlets)} outlets)",
             f"{'evidence':22} {'found':>6} {'right':>6} {'labelled':>9} {'right':>6} {'shown now':>10} "
             f"{'shown in folds':>15}"]
    by_class: dict[str, list[Judged]] = defaultdict(list)
    for item in mine:
        by_class[_row(item)].append(item)
    for row, group in sorted(by_class.items(), key=lambda kv: -len(kv[1])):
        labelled = [i for i in group if i.gold is not None]
        in_folds = sum(group[0].evidence in chosen[outlet] for outlet in outlets)
        lines.append(f"{row:22} {len(group):6d} {_rate(group):>6} {len(labelled):9d} {_rate(labelled):>6} "
                     f"{sum(i.shown for i in group):10d} {in_folds:>8d}/{len(outlets)}")
    lines.append(_shown_line("shown now (confidences in the code)", [i for i in mine if i.shown], mine))
    held_out = [i for i in mine if i.evidence in chosen[i.outlet]]
    lines.append(_shown_line("classes chosen leaving the outlet out", held_out, mine))
    for risk in RISKS:
        group = [i for i in held_out if risk in i.risks]
        hidden_in = sum(risk in hiding[outlet] for outlet in outlets)
        lines.append(f"  risk {risk:17} {len(group):4d} quotes of chosen classes, right {_rate(group)}, over "
                     f"{len({i.outlet for i in group})} outlets; hides in {hidden_in}/{len(outlets)} folds")
    safe = [i for i in held_out if not set(i.risks) & hiding[i.outlet]]
    lines.append(_shown_line("... and risks judged leaving it out", safe, mine))
    return lines


def _row(item: Judged) -> str:
    """The table row of a quote: its class, with a quotation that has no tag of its own (it takes the speaker
    of the one before, ``sources._continued_referent``) in a row of its own under its class, since it is right
    less often than its class on untuned news (s17 audit: 20 of 25 shown)."""
    continued = item.source == "" and item.evidence not in (UNRESOLVED, CONTINUED_PAST_OTHERS)
    return f"{item.evidence[:13]} (no tag)" if continued else item.evidence


def _rate(items: list[Judged]) -> str:
    return _share(sum(i.right for i in items), len(items))


def _shown_line(title: str, shown: list[Judged], all_items: list[Judged]) -> str:
    """Shown precision over every found quote (as the eval counts it) and over labelled ones, and coverage:
    the share of labelled found quotes whose speaker is shown and right."""
    right = sum(i.right for i in shown)
    labelled = [i for i in shown if i.gold is not None]
    coverage = right / sum(i.gold is not None for i in all_items)
    return (f"{title:38} shown right {_rate(shown)} ({right}/{len(shown)}); of labelled {_rate(labelled)} "
            f"({right}/{len(labelled)}); coverage {coverage:.3f}")


def changed(before: list[Judged], after: list[Judged]) -> list[tuple[Judged, Judged]]:
    """The found quotes whose answer differs between two runs (shown or not, speaker, right or not, class),
    paired by article, part, kind and words (the n-th of the same words with the n-th)."""
    def keyed(items: list[Judged]) -> dict[tuple[str, ...], Judged]:
        seen: Counter[tuple[str, ...]] = Counter()
        out = {}
        for item in items:
            key = (item.article, item.part, item.kind, item.text)
            seen[key] += 1
            out[(*key, str(seen[key]))] = item
        return out
    old = keyed(before)
    return [(old[key], new) for key, new in keyed(after).items() if key in old and _answer(old[key]) != _answer(new)]


def _answer(item: Judged) -> tuple[bool, str, bool, str]:
    return item.shown, item.speaker, item.right, item.evidence


def change_report(before: list[Judged], after: list[Judged], kind: str) -> list[str]:
    """How a change moved one kind's answers: per class the answers changed now rest on, how many, over how
    many outlets, how many wrong or right speakers it hid or showed; then the shown precision before and after,
    pooled and with each outlet left out in turn (a change kept only where it holds in every fold)."""
    mine_before, mine_after = ([i for i in items if i.kind == kind] for items in (before, after))
    pairs = changed(mine_before, mine_after)
    lines = [f"{kind} answers changed: {len(pairs)} over {len({new.outlet for _, new in pairs})} outlets"]
    by_class: dict[str, list[tuple[Judged, Judged]]] = defaultdict(list)
    for old, new in pairs:
        by_class[new.evidence].append((old, new))
    for evidence, group in sorted(by_class.items(), key=lambda kv: -len(kv[1])):
        moves = Counter(f"{_mark(old)}->{_mark(new)}" for old, new in group)
        lines.append(f"  {evidence:22} {len(group):4d} at {len({new.outlet for _, new in group}):3d} outlets: "
                     + ", ".join(f"{move} {count}" for move, count in sorted(moves.items())))
    outlets = sorted({i.outlet for i in mine_after})
    held = sum(_precision([i for i in mine_after if i.outlet != outlet])
               >= _precision([i for i in mine_before if i.outlet != outlet]) for outlet in outlets)
    lines.append(f"  shown right {_precision(mine_before):.4f} -> {_precision(mine_after):.4f}; "
                 f"held or rose with the outlet left out in {held}/{len(outlets)} folds")
    return lines


def _mark(item: Judged) -> str:
    """A quote's answer in two letters: shown (S) or hidden (h), right (R) or wrong (x)."""
    return ("S" if item.shown else "h") + ("R" if item.right else "x")


def _precision(items: list[Judged]) -> float:
    shown = [i for i in items if i.shown]
    return sum(i.right for i in shown) / len(shown) if shown else 0.0


def _read(path: Path) -> list[Judged]:
    rows = map(json.loads, path.read_text().splitlines())
    return [Judged(**{**row, "risks": tuple(row["risks"])}) for row in rows]


def _manifest(labels: Path, field: str) -> dict[str, str]:
    """Each article's ``field`` (its outlet, its split) from the manifest beside the labels."""
    manifest = json.loads((labels.parent / "manifest.json").read_text(encoding="utf-8"))
    return {entry["id"]: entry[field] for entry in manifest}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles_dir", type=Path, help="html/, text/ and gold/ (e.g. ../shared/eval/real)")
    parser.add_argument("--labels", type=Path, default=Path("eval/real/labels"))
    parser.add_argument("--split", action="append",
                        choices=tuple(s for s in SPLITS if s not in HELD_OUT_SPLITS),
                        help="repeat to pool splits (dev by default)")
    parser.add_argument("--part", action="append", choices=tuple(PARTS))
    parser.add_argument("--target", type=float, default=0.97, help="how often a shown class must be right")
    parser.add_argument("--min-count", type=int, default=10, help="the fewest quotes a class is judged on")
    parser.add_argument("--risk-min-count", type=int, default=8, help="the fewest quotes a layout risk is judged on")
    parser.add_argument("--errors", action="store_true", help="also list every wrong resolution")
    parser.add_argument("--missed", action="store_true",
                        help="also list the labelled quotes no found quote matched, counted per article and outlet")
    parser.add_argument("--causes", action="store_true",
                        help="also count the labelled quotes without a right speaker shown by cause and outlet")
    parser.add_argument("--wrong-indirect", action="store_true",
                        help="also count the shown indirect speakers judged wrong by class and outlet")
    parser.add_argument("--save", type=Path, help="write the judged quotes as JSON Lines")
    parser.add_argument("--load", type=Path, help="read judged quotes saved earlier instead of building")
    parser.add_argument("--wilson", type=float, metavar="FLOOR",
                        help="the show rule: per class of shown direct speakers, the Wilson lower end of its "
                             "precision against FLOOR, and the rule's effect with each split left out")
    parser.add_argument("--against", type=Path,
                        help="judged quotes saved before a change: list how the change moved the answers")
    args = parser.parse_args()
    if args.load and (args.missed or args.causes):
        parser.error("--missed and --causes need the articles built: they cannot use --load")
    lost: list[Missed] = []
    if args.load:
        items = _read(args.load)
    else:
        outlets = _manifest(args.labels, "outlet")
        gold = [article for split in args.split or ["dev"] for article in load_gold(args.labels, split)]
        items = []
        for part in args.part or PARTS:
            for label, doc in built_docs(args.articles_dir, gold, part):
                items.extend(judge(label, part, outlets[label.id], doc, doc._.quotes))
                lost.extend(missed(label, part, outlets[label.id], doc_text(doc), doc._.quotes))
    if args.save:
        args.save.write_text("".join(json.dumps(asdict(i)) + "\n" for i in items))
    chosen = folds(items, args.target, args.min_count)
    for kind in ("direct", "indirect"):
        hiding = risk_folds(items, kind, chosen, args.target, args.risk_min_count)
        print("\n".join(table(items, kind, chosen, hiding)), end="\n\n")
    everywhere = accepted([i for i in items if i.kind == "direct"], args.target, args.min_count)
    print(f"classes right at least {args.target} of the time on all direct quotes (n >= {args.min_count}): "
          f"{', '.join(sorted(everywhere)) or 'none'}", end="\n\n")
    if args.errors:
        for item in sorted(items, key=lambda i: (i.kind, i.evidence, i.article)):
            if not item.right or (item.furniture and item.kind == "direct"):
                mark = "SHOWN" if item.shown else "hidden"
                where = "FURNITURE " if item.furniture else ""
                print(f"{where}{item.kind:8} {item.evidence:20} {item.confidence:.2f} {mark:6} {item.part:4} "
                      f"{item.article:24} {item.outlet:18} {','.join(item.risks) or '-':12} "
                      f"{item.speaker!r} != {item.gold!r}  source {item.source!r}  {item.text!r}")
    if args.missed:
        print("\n".join(missed_report(lost)))
    if args.causes:
        print("\n".join(line for kind in ("direct", "indirect") for line in cause_report(items, lost, kind)))
    if args.wrong_indirect:
        print("\n".join(wrong_indirect_report(items)), end="\n\n")
    if args.wilson is not None:
        print("\n".join(wilson_report(items, _manifest(args.labels, "split"), args.wilson, args.min_count)), end="\n\n")
    if args.against:
        earlier = _read(args.against)
        print("\n".join(line for kind in ("direct", "indirect") for line in change_report(earlier, items, kind)))


if __name__ == "__main__":
    main()
