"""Each article's lead event against the real-news set's hand-labelled ones (``eval/real/lead_events.json``).

The labelled articles of a split are built into one store by the product's own pipeline (the raw page where
there is one, else the text, each with its labelled publication day), and each article's ``main`` event is
read back as the exports show it. Three measures, over the labelled articles (an article with no lead event
counts wrong on each):

- **day**: a labelled day wants that day; a labelled range (the article gives no day) wants no day but a
  range that does not contradict it, since a confident wrong day is the worst answer. Beside it, the
  "publication day every time" baseline, which a range always beats it on.
- **actor**: the event's actor words or their canonical entity name the labelled actor (or one of its
  other names), titles aside and lenient on surname against full name (:func:`.matching.same_speaker`);
  articles whose actor is unnamed are left out.
- **type**: the event's PLOVER type (or ``OCCURRENCE``) is the labelled one, over the articles labelled
  with a type.

These measure every answer, sure or not: a day held back below the confidence line counts as its candidate.
Precision first, "shown right" measures what the product shows: of the pinned days (and the actors) not
below the confidence line, the share right, beside the share of articles shown one (the coverage); "shown
honestly" counts the articles whose shown answer the label allows, a right day or, where no day is shown,
a range (or nothing) that does not contradict it. The pinned days are broken down by what each rests on
(:func:`dateline.confidence.day_evidence`), and the rule that shows a kind of evidence only when its
precision reaches the line is judged leaving one outlet out (:func:`outlet_held_out`): each outlet's days
shown by the precision of their evidence on the other outlets alone. The type likewise: of the labelled
types not below the line, the share right, beside the coverage, broken down by the rule that typed the lead
(:data:`dateline.records.TypeEvidence`), and judged leaving one outlet out. Whether a route's days beat the
publication day beyond where they were tuned is judged leaving one split (and one outlet) out
(:func:`held_out_fallback`), on the tuning splits pooled.
"""

from __future__ import annotations

import json
import re
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline import pipeline
from dateline.confidence import below_line
from dateline.evaluation.real.matching import same_speaker
from dateline.evaluation.real.run import stored_ids
from dateline.records import DEFAULT_MIN_CONFIDENCE
from dateline.store import Store
from dateline.store.events import event_rows


@dataclass(frozen=True, slots=True)
class GoldLead:
    """A labelled lead event: ``day`` when the article gives one, else the ``earliest``/``latest`` it allows."""

    id: str
    split: str
    outlet: str
    published: str
    who: str | None
    who_also: tuple[str, ...]
    type: str | None
    day: str | None
    earliest: str | None
    latest: str | None
    url: str
    files: dict[str, str]


@dataclass(frozen=True, slots=True)
class LeadAnswer:
    """An article's labelled lead event and the one Dateline marked ``main`` (None: it marked none)."""

    gold: GoldLead
    event: dict[str, Any] | None
    actor_entity: str | None
    #: Which route dated the lead (:func:`day_route`); None when there is no lead event.
    route: str | None = None

    @property
    def day_right(self) -> bool:
        return self.event is not None and day_right(self.gold, self.event["date"], self.event["earliest"],
                                                    self.event["latest"])

    @property
    def publication_day_right(self) -> bool:
        """Whether answering the publication day would be right: the baseline every route is weighed against."""
        return self.gold.day == self.gold.published

    @property
    def actor_right(self) -> bool:
        names = (self.event["actor"], self.actor_entity) if self.event is not None else ()
        return any(same_speaker(name, gold) for name in names if name
                   for gold in (self.gold.who, *self.gold.who_also) if gold)

    @property
    def actor_shown(self) -> bool:
        """Whether the product shows the actor: there is one, not below the confidence line."""
        return self.event is not None and self.event["actor"] is not None \
            and not below_line(self.event["confidence"]["actor"])

    @property
    def day_shown(self) -> bool:
        """Whether the product shows a pinned day: there is one, not below the confidence line."""
        return self.event is not None and self.event["date"] is not None \
            and not below_line(self.event["confidence"]["date"])

    @property
    def day_evidence(self) -> str | None:
        """What the pinned day rests on (None: no day pinned)."""
        return self.event["day_evidence"] if self.event is not None else None

    @property
    def shown_honestly(self) -> bool:
        """Whether the label allows what the product shows: a right day, or where no day is shown, the range
        shown (none for a held-back day whose range is that day alone)."""
        if self.event is None or self.day_shown:
            return self.day_right
        earliest, latest = self.event["earliest"], self.event["latest"]
        held_to_itself = self.event["date"] is not None and earliest == latest
        return held_to_itself or overlaps(self.gold, earliest, latest)

    @property
    def type_right(self) -> bool:
        return self.event is not None and self.event["type"] == self.gold.type

    @property
    def type_shown(self) -> bool:
        """Whether the product shows the type: there is a lead, its type not below the confidence line."""
        return self.event is not None and not below_line(self.event["confidence"]["type"])

    @property
    def type_evidence(self) -> str | None:
        """Which rule typed the lead (None: no lead, or none stored)."""
        return self.event["type_evidence"] if self.event is not None else None


@dataclass(frozen=True, slots=True)
class LeadScores:
    split: str
    articles: int
    found: int
    day_right: int
    baseline_day_right: int
    actors: int
    actor_right: int
    typed: int
    type_right: int
    #: Precision first: of the pinned days (actors, of the named-actor articles) that are found, those shown.
    days_pinned: int
    days_shown: int
    days_shown_right: int
    days_honest: int
    actors_found: int
    actors_shown: int
    actors_shown_right: int
    #: Evidence kind -> pinned days resting on it, and those right.
    evidence_days: dict[str, int]
    evidence_right: dict[str, int]
    #: Leaving one outlet out: the days shown, and those right.
    held_out_shown: int
    held_out_right: int
    #: Route (:func:`day_route`) -> its answers, those right, and those the publication day would get right.
    route_answers: dict[str, int]
    route_right: dict[str, int]
    route_baseline_right: dict[str, int]
    #: Of the labelled types: those shown and those shown right; per rule that typed the lead, its answers and
    #: those right; leaving one outlet out, the types shown and those right.
    types_shown: int
    types_shown_right: int
    type_evidence_answers: dict[str, int]
    type_evidence_right: dict[str, int]
    type_held_out_shown: int
    type_held_out_right: int


def load_leads(path: Path, manifest: Path, split: str) -> list[GoldLead]:
    """The labelled lead events of one split (``all`` for every labelled article), with each article's files."""
    entries = {entry["id"]: entry for entry in json.loads(manifest.read_text(encoding="utf-8"))}
    leads = []
    for row in json.loads(path.read_text(encoding="utf-8")):
        if split in ("all", row["split"]):
            when = row["when"]
            leads.append(GoldLead(row["id"], row["split"], row["outlet"], row["published"], row["who"],
                                  tuple(row["who_also"]),
                                  row["type"], when.get("day"), when.get("earliest", when.get("day")),
                                  when.get("latest", when.get("day")), entries[row["id"]]["url"],
                                  entries[row["id"]]["files"]))
    return leads


def day_right(gold: GoldLead, day: str | None, earliest: str | None, latest: str | None) -> bool:
    """Whether an answer dates the lead event as the article does: the labelled day, or, where the article
    gives none, no day and a range that overlaps the labelled one."""
    if gold.day is not None:
        return day == gold.day
    return day is None and overlaps(gold, earliest, latest)


def overlaps(gold: GoldLead, earliest: str | None, latest: str | None) -> bool:
    """Whether a range (either side open) shares a day with the labelled day or range."""
    starts_in_time = latest is None or gold.earliest is None or latest >= gold.earliest
    ends_in_time = earliest is None or gold.latest is None or earliest <= gold.latest
    return starts_in_time and ends_in_time


def build_answers(articles_dir: Path, leads: list[GoldLead]) -> list[LeadAnswer]:
    """Build the labelled articles into a temporary store and read back each one's lead event.

    Each goes in as a JSON Lines record with its labelled publication day (as a feed that dates its
    articles would give it), so the measure is of choosing and dating the lead event, not of finding the
    publication day (``dateline eval real`` measures that)."""
    records = [{"url": lead.url, "published": lead.published,
                **({"html": _read(articles_dir / lead.files["html"])} if "html" in lead.files
                   else {"text": _read(articles_dir / lead.files["text"])})} for lead in leads]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "leads.db") as store:
        feed = Path(tmp) / "leads.jsonl"
        feed.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
        pipeline.build([feed], store)
        stored = stored_ids(store.conn, {lead.url: lead.id for lead in leads})
        mains = {row["article_id"]: row for row in event_rows(store.conn, "v.main = 1", show=False)}
        return [_answer(store.conn, lead, mains.get(stored.get(lead.id, ""))) for lead in leads]


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def _answer(conn: sqlite3.Connection, lead: GoldLead, event: dict[str, Any] | None) -> LeadAnswer:
    entity = event["actor_entity_id"] if event is not None else None
    name = conn.execute("SELECT name FROM entities WHERE id = ?", (entity,)).fetchone() if entity else None
    return LeadAnswer(lead, event, name[0] if name else None, day_route(conn, event) if event is not None else None)


#: What a time expression's words name, for the route of a day it gives: the day before the report, the
#: report's own day, a weekday, or a calendar date.
_TIMEX_KINDS = (("yesterday", re.compile(r"\b(?:yesterday|last night|overnight)\b", re.IGNORECASE)),
                ("today", re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.IGNORECASE)),
                ("date", re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\d{1,2}"
                                    r"(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d/\d",
                                    re.IGNORECASE)),
                ("weekday", re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)))


def day_route(conn: sqlite3.Connection, event: dict[str, Any]) -> str:
    """Which route dated a lead event, from the evidence stored with it: ``stated:KIND`` (its own or its
    clause's expression names the day; ``-elsewhere`` when that expression lies outside the lead's sentence,
    a stretch narrowed by a day the opening names), ``news_day_named:KIND`` (news of the day, the day named by
    its attribution's cue, the dateline or the opening), ``news_day_assumed`` (news of the day by tense
    alone: the publication day), ``opening_day:KIND`` (a range's candidate, a day the opening names),
    ``range:stated`` (its own expression gives a stretch) or ``range:reported`` (no expression: the range
    reporting allows). KIND is what the expression's words name (:data:`_TIMEX_KINDS`, else ``other``)."""
    dated_by, said_dated_by, candidate_by = conn.execute(
        "SELECT dated_by, said_dated_by, candidate_dated_by FROM events WHERE id = ?", (event["id"],)).fetchone()
    spans = {"dated_by": json.loads(dated_by or "[]"), "said": json.loads(said_dated_by or "[]"),
             "candidate": json.loads(candidate_by or "[]")}
    if event["date"] is None:
        return "range:stated" if spans["dated_by"] else "range:reported"
    evidence: str = event["day_evidence"]
    if evidence == "news_day_assumed":
        return evidence
    column = {"stated": "dated_by", "opening_day": "candidate"}.get(evidence, "said")
    words = [(start, text) for start, end in spans[column] for (text,) in conn.execute(
        "SELECT text FROM time_expressions WHERE article_id = ? AND start = ? AND end = ?"
        " AND value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'", (event["article_id"], start, end))]
    if not words:
        return f"{evidence}:other"
    start, text = words[0]
    kind = next((name for name, pattern in _TIMEX_KINDS if pattern.search(text)), "other")
    elsewhere = evidence == "stated" and not event["sentence_start"] <= start < event["sentence_end"]
    return f"{evidence}:{kind}" + ("-elsewhere" if elsewhere else "")


def score_answers(split: str, answers: list[LeadAnswer]) -> LeadScores:
    named = [a for a in answers if a.gold.who]
    typed = [a for a in answers if a.gold.type]
    pinned = [a for a in answers if a.event is not None and a.event["date"] is not None]
    found = [a for a in named if a.event is not None and a.event["actor"] is not None]
    held_out = outlet_held_out(answers, lambda a: a.day_evidence, lambda a: a.day_right)
    typed_leads = [a for a in typed if a.event is not None]
    type_held_out = outlet_held_out(typed_leads, lambda a: a.type_evidence, lambda a: a.type_right)
    return LeadScores(split, len(answers), sum(a.event is not None for a in answers),
                      sum(a.day_right for a in answers),
                      sum(a.publication_day_right for a in answers),
                      len(named), sum(a.actor_right for a in named), len(typed), sum(a.type_right for a in typed),
                      len(pinned), sum(a.day_shown for a in pinned), sum(a.day_shown and a.day_right for a in pinned),
                      sum(a.shown_honestly for a in answers),
                      len(found), sum(a.actor_shown for a in found),
                      sum(a.actor_shown and a.actor_right for a in found),
                      _by_evidence(pinned), _by_evidence([a for a in pinned if a.day_right]),
                      len(held_out), sum(a.day_right for a in held_out),
                      *_by_route(answers),
                      sum(a.type_shown for a in typed_leads), sum(a.type_shown and a.type_right for a in typed_leads),
                      dict(Counter(a.type_evidence for a in typed_leads if a.type_evidence)),
                      dict(Counter(a.type_evidence for a in typed_leads if a.type_evidence and a.type_right)),
                      len(type_held_out), sum(a.type_right for a in type_held_out))


def _by_route(answers: list[LeadAnswer]) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """Per route (:func:`day_route`): the answers, those right, and those the publication day gets right."""
    routed = [(a.route, a) for a in answers if a.route is not None]
    return (dict(Counter(route for route, _ in routed)), dict(Counter(route for route, a in routed if a.day_right)),
            dict(Counter(route for route, a in routed if a.publication_day_right)))


def _by_evidence(answers: list[LeadAnswer]) -> dict[str, int]:
    """How many of the answers' pinned days rest on each kind of evidence."""
    return dict(Counter(kind for a in answers if (kind := a.day_evidence) is not None))


def outlet_held_out(answers: list[LeadAnswer], evidence: Callable[[LeadAnswer], str | None],
                    right: Callable[[LeadAnswer], bool]) -> list[LeadAnswer]:
    """The answers shown when each outlet's answers are shown by the rule behind a confidence (the day's,
    :data:`~dateline.confidence.DAY_CONFIDENCE`, or the type's, :data:`~dateline.confidence.TYPE_CONFIDENCE`),
    measured without that outlet: a kind of ``evidence`` is shown when the answers resting on it in the other
    outlets are ``right`` more often than not (a coin flip is not sure enough); a kind they lack is not."""
    resting = [a for a in answers if evidence(a) is not None]
    shown = []
    for outlet in sorted({a.gold.outlet for a in resting}):
        others = [a for a in resting if a.gold.outlet != outlet]
        total, sound = Counter(evidence(a) for a in others), Counter(evidence(a) for a in others if right(a))
        sure = {kind for kind in total if sound[kind] / total[kind] > DEFAULT_MIN_CONFIDENCE}
        shown += [a for a in resting if a.gold.outlet == outlet and evidence(a) in sure]
    return shown


@dataclass(frozen=True, slots=True)
class HeldOutFallback:
    """One group (a split or an outlet) left out: its articles, its days right as the product answers them, and
    right where each route that lost to the publication day on the other groups answers that day instead; per
    route that fell back, the answers that went right to wrong (``lost``) and wrong to right (``gained``)."""

    group: str
    articles: int
    day_right: int
    fallback_right: int
    fallback_routes: tuple[str, ...]
    lost: dict[str, int]
    gained: dict[str, int]


def route_family(route: str | None) -> str | None:
    """A route's family, its words before the colon (``stated``, ``opening_day``, ``range``): the routes one
    family splits into by what the expression's words name are so small (one or two leads at most outlets)
    that one left out can swing them past the publication day, so a family is judged too."""
    return route.split(":")[0] if route is not None else None


def held_out_fallback(answers: list[LeadAnswer], group: Callable[[LeadAnswer], str],
                      route: Callable[[LeadAnswer], str | None] = lambda a: a.route) -> list[HeldOutFallback]:
    """Whether a route's days (:func:`day_route`, or its :func:`route_family`) beat the publication day beyond
    the articles they were tuned on: for each group left out, the routes whose answers on the other groups are
    right less often than the publication day would be answer it on the group left out. Choosing the fallback
    without the group it is scored on is what tells a rule that generalises from one fitted to the articles it
    was tuned on: where the fallback's sum beats the product's, the routes it names should answer the
    publication day."""
    folds = []
    for name in dict.fromkeys(group(a) for a in answers):
        others = [a for a in answers if group(a) != name]
        right, baseline = Counter(route(a) for a in others if a.day_right), \
            Counter(route(a) for a in others if a.publication_day_right)
        losing = {kind for kind in baseline if kind is not None and baseline[kind] > right[kind]}
        left_out = [a for a in answers if group(a) == name]
        falling = [a for a in left_out if route(a) in losing]
        folds.append(HeldOutFallback(
            name, len(left_out), sum(a.day_right for a in left_out),
            sum(a.publication_day_right if route(a) in losing else a.day_right for a in left_out),
            tuple(sorted(str(kind) for kind in losing)),
            dict(Counter(str(route(a)) for a in falling if a.day_right and not a.publication_day_right)),
            dict(Counter(str(route(a)) for a in falling if a.publication_day_right and not a.day_right))))
    return folds


def format_fallback(answers: list[LeadAnswer]) -> str:
    """The day right as answered against the leave-one-out fallback (:func:`held_out_fallback`), leaving one
    split out (a line per split, with the routes that fall back) and leaving one outlet out (the sum), by
    route and by route family; then, for each route or family that fell back in some fold, its answers
    that went right to wrong and wrong to right, the counts a fallback is judged by."""
    splits = held_out_fallback(answers, lambda a: a.gold.split)
    judged = {"route": (splits, held_out_fallback(answers, lambda a: a.gold.outlet)),
              "family": (held_out_fallback(answers, lambda a: a.gold.split, lambda a: route_family(a.route)),
                         held_out_fallback(answers, lambda a: a.gold.outlet, lambda a: route_family(a.route)))}

    def total(folds: list[HeldOutFallback]) -> str:
        return f"{sum(f.day_right for f in folds)} -> {sum(f.fallback_right for f in folds)} " \
               f"of {sum(f.articles for f in folds)}"

    def changes(folds: list[HeldOutFallback]) -> str:
        lost, gained = Counter[str](), Counter[str]()
        for fold in folds:
            lost.update(fold.lost)
            gained.update(fold.gained)
        return ", ".join(f"{kind} {lost[kind]}/{gained[kind]}" for kind in sorted({*lost, *gained})) or "-"

    return "\n".join([
        "  day right, each route that loses to the publication day elsewhere answering it (as answered -> fallback):",
        f"    leaving one split out        {total(splits)}",
        *(f"      {f.group:10}{f.day_right:4} -> {f.fallback_right:<4} of {f.articles:<4}"
          f"{', '.join(f.fallback_routes) or '-'}" for f in splits),
        f"    leaving one outlet out       {total(judged['route'][1])}",
        f"    by route family: leaving one split out {total(judged['family'][0])}, "
        f"leaving one outlet out {total(judged['family'][1])}",
        "    falling back, right to wrong / wrong to right:",
        *(f"      {level} leaving one {left} out: {changes(folds)}"
          for level, pair in judged.items() for left, folds in zip(("split", "outlet"), pair, strict=True)),
    ])


def format_scores(scores: LeadScores) -> str:
    def share(right: int, total: int) -> str:
        return f"{right / total if total else 0.0:.3f} ({right}/{total})"

    return "\n".join([
        f"split {scores.split}: {scores.articles} articles, a lead event for {scores.found}",
        f"  lead-event day right            {share(scores.day_right, scores.articles)}",
        f"  baseline: the publication day   {share(scores.baseline_day_right, scores.articles)}",
        f"  actor right                     {share(scores.actor_right, scores.actors)}",
        f"  type right                      {share(scores.type_right, scores.typed)}",
        f"  type shown right                {share(scores.types_shown_right, scores.types_shown)}"
        f"  coverage {share(scores.types_shown, scores.typed)}",
        "  type by evidence                " + ", ".join(f"{kind} {scores.type_evidence_right.get(kind, 0)}/{count}"
                                                      for kind, count in sorted(scores.type_evidence_answers.items())),
        f"  leaving one outlet out: type shown right {share(scores.type_held_out_right, scores.type_held_out_shown)}"
        f"  coverage {share(scores.type_held_out_shown, scores.typed)}",
        f"  day shown right                 {share(scores.days_shown_right, scores.days_shown)}"
        f"  coverage {share(scores.days_shown, scores.articles)}",
        f"  shown honestly                  {share(scores.days_honest, scores.articles)}"
        f"  (a right day, or no day and a range the label allows)",
        "  day by evidence                 " + ", ".join(f"{kind} {scores.evidence_right.get(kind, 0)}/{count}"
                                                      for kind, count in sorted(scores.evidence_days.items())),
        f"  leaving one outlet out: day shown right {share(scores.held_out_right, scores.held_out_shown)}"
        f"  coverage {share(scores.held_out_shown, scores.articles)}",
        f"  actor shown right               {share(scores.actors_shown_right, scores.actors_shown)}"
        f"  actors shown {share(scores.actors_shown, scores.actors_found)}",
        "  day by route (right, publication day right / answers):",
        *(f"    {route:32}{scores.route_right.get(route, 0)}, {scores.route_baseline_right.get(route, 0)} / {count}"
          for route, count in sorted(scores.route_answers.items())),
    ])


def format_errors(answers: list[LeadAnswer]) -> str:
    """One line per article with a wrong day, actor or type: gold, then answer (the actor followed by whether
    it is ``shown`` or ``held`` below the line); last, the route that dated it (:func:`day_route`) and whether
    its day is shown or held, so a wrong day or actor can be counted by route and by what the product shows
    without building the articles again."""
    lines = []
    for a in answers:
        if a.day_right and (a.actor_right or not a.gold.who) and (a.type_right or not a.gold.type):
            continue
        e = a.event or {}
        gold_when = a.gold.day or f"{a.gold.earliest}..{a.gold.latest}"
        lines.append(f"{a.gold.id}\t{gold_when} | {e.get('date')} {e.get('earliest')}..{e.get('latest')}\t"
                     f"{a.gold.who} | {e.get('actor')} [{a.actor_entity}] {_actor_shown_or_held(a)}\t"
                     f"{a.gold.type} | {e.get('type')} ({a.type_evidence}) {_type_shown_or_held(a)}\t"
                     f"{e.get('text')}\t{a.route} {_day_shown_or_held(a)}")
    return "\n".join(lines)


def _day_shown_or_held(answer: LeadAnswer) -> str:
    """``shown`` for a pinned day the product shows, ``held`` for one below the line, ``-`` for no day."""
    return _shown_or_held(answer, "date", answer.day_shown)


def _actor_shown_or_held(answer: LeadAnswer) -> str:
    """``shown`` for an actor the product shows, ``held`` for one below the line, ``-`` for no actor."""
    return _shown_or_held(answer, "actor", answer.actor_shown)


def _type_shown_or_held(answer: LeadAnswer) -> str:
    """``shown`` for a type the product shows, ``held`` for one below the line, ``-`` for no lead."""
    return _shown_or_held(answer, "type", answer.type_shown)


def _shown_or_held(answer: LeadAnswer, field: str, shown: bool) -> str:
    if answer.event is None or answer.event[field] is None:
        return "-"
    return "shown" if shown else "held"
