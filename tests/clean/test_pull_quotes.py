"""Pull quotes: a quotation set again as a display line is left out of the body, its paragraph kept; a quotation
said once, one whose tag quotes again, a short phrase and a teaser's copy stay."""

from __future__ import annotations

from dateline.clean import clean_text
from dateline.clean.boilerplate import boilerplate_reason
from dateline.clean.pull_quotes import PULL_QUOTE, pull_quote_lines, quoted_words

BODY = ("The Ostervale bridge reopened on Monday. Chief engineer Tilda Brannock, who led the work, was blunt. "
        "“If you skip the inspections, you will lose the bridge within a decade,” she said. “We did not skip one.”")
PULLED = "“If you skip the inspections, you will lose the bridge within a decade,” Brannock said of the repairs."


def _pulled(lines: list[str]) -> frozenset[int]:
    return pull_quote_lines(lines, lambda line: boilerplate_reason(line) is not None)


def test_a_display_copy_of_a_body_quotation_is_found_wherever_it_stands() -> None:
    assert _pulled([PULLED, "", BODY]) == {0}
    assert _pulled([BODY, "", PULLED]) == {2}


def test_a_dek_that_stops_where_the_body_goes_on_is_a_copy() -> None:
    dek = "\"We had a wonderful summer on the river together,\" Orla Venn said of the crew."
    body = ("Venn spoke warmly of the rowers. \"We had a wonderful summer on the river together, and the club has "
            "never been stronger,\" she said.")
    assert _pulled([dek, "", body]) == {0}


def test_a_quotation_said_once_a_short_phrase_and_a_line_quoting_twice_stay() -> None:
    assert _pulled([BODY, "", "“The council never asked us about the tolls,” said Jonas Pell, a shopkeeper."]) == set()
    assert _pulled(["“Lose the bridge,” she said.", "", BODY]) == set()
    twice = "“If you skip the inspections, you will lose the bridge within a decade,” she said. “We did not.”"
    assert _pulled([twice, "", BODY]) == set()


def test_a_paragraph_quoting_a_post_stays_though_the_post_under_it_is_longer() -> None:
    said = "“The east bank will get its ferry back before the winter storms arrive,” the mayor posted."
    post = ("The east bank will get its ferry back before the winter storms arrive. — Tilda Brannock (@brannock) "
            "March 3, 2025")
    assert _pulled([said, "", post]) == set()


def test_the_words_of_a_display_line_leave_off_their_closing_punctuation_and_keep_apostrophes() -> None:
    assert quoted_words("‘We don’t close the bridge for one storm, and we never will.’") == (
        "We don’t close the bridge for one storm, and we never will")
    assert quoted_words("“If you skip the inspections, you will lose the bridge,” she said, “and soon.”") is None
    assert quoted_words("Brannock said the bridge would last fifty years.") is None


def test_clean_text_keeps_the_paragraph_and_drops_the_display_copy_with_its_reason() -> None:
    raw = "\n\n".join(["Ostervale bridge reopens after six months of repairs", BODY, PULLED,
                       "The council will vote on tolls next month, its clerk said on Tuesday."])
    cleaned = clean_text(raw)
    assert BODY in cleaned.text
    assert PULLED not in cleaned.text
    assert [d.reason for d in cleaned.dropped if d.text == PULLED] == [PULL_QUOTE]
