"""The report of ``dateline eval real``: one table per split, a row per measure, a column per part.
"""

from __future__ import annotations

from collections.abc import Iterable

from dateline.evaluation.pubdate import PubdateReport
from dateline.evaluation.real.measures import RealReport, TextScores
from dateline.evaluation.scores import PRF


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
    add("shown indirect speakers right", (_ratio(p.quotes.indirect_shown_right, p.quotes.indirect_shown)
                                          for p in parts))
    add("shown indirect right, by held quotes", (_ratio(p.quotes.indirect_shown_right_held, p.quotes.indirect_shown)
                                                 for p in parts))
    add("figures P / R / F1", (_prf(p.figures.tally.prf) for p in parts))
    add("figures in a series P (of all judged)", (_shown(p.figures.shown_right, p.figures.shown, p.figures.tally.judged)
                                                  for p in parts))
    add("figure value right, of overlapping", (_ratio(p.figures.value_right, p.figures.overlapping) for p in parts))
    add("figure source right, of sourced", (_ratio(p.figures.source_right, p.figures.sourced) for p in parts))
    add("shown figure sources right", (_ratio(p.figures.sources_shown_right, p.figures.sources_shown)
                                       for p in parts))
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


def _shown(right: int, shown: int, judged: int) -> str:
    """Precision of what is shown, and what share of all predictions is shown."""
    return f"{right / shown:.3f} ({right}/{shown} of {judged})" if shown else f"n/a (0 of {judged})"


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
