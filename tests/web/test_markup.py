"""Marked-up text is always escaped and always properly nested, whatever the spans."""

from __future__ import annotations

from dateline.web.markup import Mark, mark_up
from dateline.web.search import fts_query, matching_words

TEXT = "Blinken said on Thursday: “I believe it’s possible.”"


def test_text_is_escaped_and_marks_are_elements() -> None:
    assert mark_up("<b>a & b</b>", [Mark(3, 4, "mark")]) == "&lt;b&gt;<mark>a</mark> &amp; b&lt;/b&gt;"


def test_longer_span_holds_the_shorter_and_equal_spans_nest_by_rank() -> None:
    marks = [Mark(16, 24, "span", (("class", "entity"),), rank=4), Mark(0, 24, "mark", (("id", "hl"),)),
             Mark(16, 24, "time", rank=3)]
    assert mark_up(TEXT, marks) == ('<mark id="hl">Blinken said on <time><span class="entity">Thursday</span>'
                                    '</time></mark>: “I believe it’s possible.”')


def test_crossing_spans_are_closed_and_reopened_and_the_id_is_kept_once() -> None:
    html = mark_up(TEXT, [Mark(0, 20, "mark", (("id", "highlight"),)), Mark(16, 29, "q")])
    assert html == ('<mark id="highlight">Blinken said on <q>Thur</q></mark><q>sday: “I </q>'
                    'believe it’s possible.”')


def test_attribute_values_cannot_break_out() -> None:
    html = mark_up("x", [Mark(0, 1, "span", (("title", '"><script>alert(1)</script>'),))])
    assert html == '<span title="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">x</span>'


def test_marks_outside_the_text_are_ignored() -> None:
    assert mark_up("abc", [Mark(2, 9, "mark"), Mark(-1, 1, "mark")]) == "abc"


def test_fts_query_quotes_every_word_so_no_input_is_syntax() -> None:
    assert fts_query('Blinken AND "NEAR(x*') == '"Blinken" "AND" "NEAR" "x"'
    assert fts_query("  ") == ""


def test_matching_words_ignore_case_and_accents_like_fts5() -> None:
    assert matching_words("Blinken met Macron at the Élysée; BLINKEN said", {"blinken", "elysee"}) == [
        (0, 7), (26, 32), (34, 41)]
