from __future__ import annotations

from dateline.export.markdown_sections import render_figures_markdown, render_quotes_markdown
from dateline.records import Figure, FigureSeries, Quote, SeriesPoint

TEXT = "“We’re pushing,” Biden told reporters. Officials said talks go on."


def test_who_said_what_groups_by_speaker():
    quotes = [
        Quote("a1", "direct", ((0, 16),), (23, 27), (17, 22), "Joe Biden", (17, 22), "PERSON"),
        Quote("a1", "indirect", ((54, 65),), (49, 53), (39, 48), None),
    ]
    markdown = render_quotes_markdown(quotes, {"a1": TEXT}, {"a1": "Biden in Milwaukee"})
    assert markdown == (
        "## Who said what\n\n### Joe Biden\n\n- “We’re pushing,” (told) — [Biden in Milwaukee]\n\n"
        "### Unnamed or anonymous sources\n\n- talks go on (said) — [Biden in Milwaukee]\n"
    )


def test_figures_show_conflicts_with_both_sources_and_their_confidence():
    a = Figure("x", 240, "240", (0, 3), None, "hostages seized on Oct. 7", "Qatar", None, (0, 9))
    b = Figure("y", 251, "251", (0, 3), None, "captives taken", None, None, (0, 9))
    series = FigureSeries("hostages:taken", a.what, (SeriesPoint(a, "2023-11-28"), SeriesPoint(b, "2024-08-15")),
                          ((0, 1),), (0, 1), (0.6,))
    assert render_figures_markdown([series]) == (
        "## Figures\n\n### hostages seized on Oct. 7\n\n"
        "- 2023-11-28: 240 hostages seized on Oct. 7 — according to Qatar, [x]\n"
        "- 2024-08-15: 251 captives taken — no source stated, [y]\n"
        "- **Conflict:** 240 (according to Qatar) vs 251 (no source stated), confidence .60\n"
    )


def test_a_conflict_below_the_line_is_listed_as_unconfirmed_not_flagged():
    """The Health Ministry revising its own toll the same day (confidence .45) is kept, marked unconfirmed."""
    a = Figure("x", 40223, "40,223", (0, 6), None, "Palestinians killed", "the Health Ministry", None, (0, 9))
    b = Figure("y", 39000, "39,000", (0, 6), None, "Palestinians killed", "the Health Ministry", None, (0, 9))
    points = (SeriesPoint(a, "2024-08-15"), SeriesPoint(b, "2024-08-15"))
    series = FigureSeries("palestinians:killed", a.what, points, ((0, 1),), (0, 1), (0.45,))
    assert render_figures_markdown([series]).splitlines()[-1] == (
        "- Unconfirmed conflict: 40,223 (according to the Health Ministry) vs 39,000 (according to the Health "
        "Ministry), confidence .45")
