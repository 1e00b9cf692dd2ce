"""Rejoining hard-wrapped paragraphs on real scrapes: a sentence a page's markup broke over lines (Fast
Company's print layout) is one paragraph again, so its quotation is read whole; headlines, bylines and share
buttons next to a lower-case or quoted line stay apart."""

from __future__ import annotations

import pytest

from dateline.clean import clean_text
from dateline.clean.boilerplate import boilerplate_reason
from dateline.clean.wraps import continues, rejoin_wrapped
from dateline.extract.quotes.direct import quotation_spans

#: Fast Company, 24 May 2016: one paragraph set as four block elements, a quotation opening on the second.
WRAPPED = [
    "Maddali tells Fast Company that although Connetic is barely a year old, \"As of today,", "",
    "we've made investments into 20 companies, 55% of which have either a woman and/or minority", "",
    "cofounder, and 80% of which have a woman and/or minority in a leadership position.\" But Maddali is", "",
    "quick to point out Connetic didn't start investing in women- and minority- led companies",
]


def test_a_wrapped_paragraph_is_joined_onto_its_first_line_and_line_numbers_stay() -> None:
    joined = rejoin_wrapped(WRAPPED, lambda line: boilerplate_reason(line) is not None)
    assert joined[1:] == [""] * 6
    assert joined[0].startswith("Maddali tells Fast Company")
    assert "year old, \"As of today, we've made investments" in joined[0]
    assert joined[0].endswith("But Maddali is quick to point out Connetic didn't start investing in women- and "
                              "minority- led companies")


def test_the_quotation_over_wrapped_lines_is_read_once_cleaned() -> None:
    text = clean_text("\n".join(WRAPPED)).text
    quoted = [text[start:end] for start, end in quotation_spans(text)]
    assert quoted == ["\"As of today, we've made investments into 20 companies, 55% of which have either a woman "
                      "and/or minority cofounder, and 80% of which have a woman and/or minority in a leadership "
                      "position.\""]


@pytest.mark.parametrize(("wrapped", "line"), [
    # Fast Company: a reporting verb or a function word leaves the quotation's clause open.
    ("Accelerator, which he touts as the first and only diversity-focused accelerator in New York City, says",
     "\"Diversity is the one thing that will help disrupt the venture capital industry.\" And that"),
    ("Madhani) was launched at the end of 2015. At that time, founding partner Kathy Chiu says they",
     "\"simply focused on picking the most promising investments with the most capable and passionate"),
    # A short continuation that ends the sentence.
    ("that the two white men didn’t understand that market. For them it is more of a small", "business."),
])
def test_a_clause_left_open_continues(wrapped: str, line: str) -> None:
    assert continues(wrapped, line)


@pytest.mark.parametrize(("wrapped", "line"), [
    # KWCH and RivardReport: a teaser's or a page's headline above a paragraph that opens with a quotation.
    ("People gather to support boy battling cancer", "\"Prestun is stage four Neuroblastoma,\" said his mom."),
    ("Southwest Research Institute Solves Hindenburg Mystery 75 Years Later",
     "“Something will happen to the back of the Hindenburg,” he said."),
    # Daily News (Tanzania) and Global News: a byline and a share button's label under a title.
    ("Solar-powered streetlights boost Lindi women’s businesses", "bySauli Giliard"),
    ("Share this item on Facebook", "facebook"),
    # WP Tavern: a comment's time stamp above its text.
    ("March 10, 2017 at 3:19 AM", "tons of wordpress devs – and yet hardly any buddypress devs."),
    # A finished sentence.
    ("Ta says lack of capital is a big barrier to startups, but not always the biggest.", "actually lack of it"),
])
def test_a_finished_line_or_a_title_does_not_continue(wrapped: str, line: str) -> None:
    assert not continues(wrapped, line)


def test_a_wrapped_blurb_under_a_short_label_stays_as_the_scrape_set_it() -> None:
    """Durban Local: the site's blurb, wrapped under its two-word name, opens in lower case."""
    blurb = ["Your DurbanLocal", "",
             "is the voice of your communities - launched for our readers for their views, their community forums,",
             "", "to highlight their NGO's and heroes, local school achievers, sports wins, tertiary education success"]
    assert rejoin_wrapped(blurb, lambda line: False) == blurb
