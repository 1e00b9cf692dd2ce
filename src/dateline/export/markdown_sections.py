"""Markdown sections for the exporter: "Who said what" and "Figures".

Each line cites its article, so a reader can check any quote or number against the text it came from.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from dateline.confidence import below_line, confidence_label, shown_or_unknown
from dateline.export.escape import markdown_text
from dateline.records import EntityTable, Figure, FigureSeries, Quote

UNNAMED = "Unnamed or anonymous sources"


def render_quotes_markdown(
    quotes: Iterable[Quote],
    texts: Mapping[str, str],
    labels: Mapping[str, str] | None = None,
    entities: EntityTable | None = None,
) -> str:
    """A "Who said what" section: quotes grouped by speaker, direct quotes first; attributed stances
    and intentions (``speech`` False) are left out.

    ``texts`` maps article id -> the text the quote offsets index; ``labels`` article id -> how to cite
    it (a title or source; the id if absent); ``entities`` gives speakers their corpus-wide name.
    """
    by_speaker: dict[str, list[Quote]] = defaultdict(list)
    for quote in (q for q in quotes if q.speech):
        by_speaker[_speaker_name(quote, entities)].append(quote)
    lines = ["## Who said what", ""]
    for speaker in sorted(by_speaker, key=lambda s: (s == UNNAMED, s)):
        lines += [f"### {markdown_text(speaker)}", ""]
        for quote in sorted(by_speaker[speaker], key=lambda q: (q.kind != "direct", q.article_id or "", q.start)):
            lines.append(f"- {_quote_line(quote, texts, labels)}")
        lines.append("")
    return "\n".join(lines)


def _speaker_name(quote: Quote, entities: EntityTable | None) -> str:
    speaker = shown_or_unknown(quote.speaker, quote.speaker_confidence).value
    if speaker is None:
        return UNNAMED
    if entities is not None and quote.speaker_span is not None and quote.article_id is not None:
        entity = entities.entity_for(quote.article_id, *quote.speaker_span)
        if entity is not None:
            return entity.name
    return speaker


def _quote_line(quote: Quote, texts: Mapping[str, str], labels: Mapping[str, str] | None) -> str:
    text = texts.get(quote.article_id or "", "")
    words = " … ".join(markdown_text(text[start:end]) for start, end in quote.content)
    said = "" if quote.cue is None else f" ({markdown_text(text[quote.cue[0]:quote.cue[1]])})"
    return f"{words}{said}{_candidate_note(quote)} — {_cite(quote.article_id, labels)}"


def _candidate_note(quote: Quote) -> str:
    """For a speaker below the confidence line, who it might be and how sure, marked as unsure."""
    candidate = shown_or_unknown(quote.speaker, quote.speaker_confidence, quote.speaker_candidate).candidate
    if candidate is None:
        return ""
    sure = confidence_label(quote.speaker_confidence)
    return f" (speaker unknown; candidate {markdown_text(candidate)}, confidence {sure})"


def render_figures_markdown(series: Iterable[FigureSeries], labels: Mapping[str, str] | None = None) -> str:
    """A "Figures" section: one subsection per series, figures by report date, conflicts flagged with their
    confidence, one below the confidence line as unconfirmed."""
    lines = ["## Figures", ""]
    for one in series:
        lines += [f"### {markdown_text(one.what)}", ""]
        for point in one.points:
            lines.append(f"- {point.when}: {_figure_line(point.figure, labels)}")
        for (i, j), sure in zip(one.conflicts, one.conflict_confidence, strict=True):
            a, b = one.points[i].figure, one.points[j].figure
            first, second = markdown_text(_amount(a)), markdown_text(_amount(b))
            flag = "Unconfirmed conflict:" if below_line(sure) else "**Conflict:**"
            lines.append(f"- {flag} {first} ({_by(a)}) vs {second} ({_by(b)}), confidence {confidence_label(sure)}")
        lines.append("")
    return "\n".join(lines)


def _figure_line(figure: Figure, labels: Mapping[str, str] | None) -> str:
    what = markdown_text(figure.what or "")
    return f"{markdown_text(_amount(figure))} {what} — {_by(figure)}, {_cite(figure.article_id, labels)}"


def _amount(figure: Figure) -> str:
    return f"{figure.qualifier} {figure.text}" if figure.qualifier else figure.text


def _by(figure: Figure) -> str:
    return f"according to {markdown_text(figure.source)}" if figure.source else "no source stated"


def _cite(article_id: str | None, labels: Mapping[str, str] | None) -> str:
    article = article_id or "unknown article"
    return f"[{(labels or {}).get(article, article)}]"
