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
    "Okafor tells Wired that although Harbor Fund is barely two years old, \"So far,", "",
    "we've backed 31 startups, 60% with at least one woman and/or immigrant", "",
    "founder, and 75% of which have a woman and/or immigrant in a senior role.\" But Okafor is", "",
    "careful to note Harbor Fund didn't set out to back women- and immigrant- led companies",
]


def test_a_wrapped_paragraph_is_joined_onto_its_first_line_and_line_numbers_stay() -> None:
    joined = rejoin_wrapped(WRAPPED, lambda line: boilerplate_reason(line) is not None)
    assert joined[1:] == [""] * 6
    assert joined[0].startswith("Okafor tells Wired")
    assert "two years old, \"So far, we've backed" in joined[0]
    assert joined[0].endswith("But Okafor is careful to note Harbor Fund didn't set out to back women- and "
                              "immigrant- led companies")


def test_the_quotation_over_wrapped_lines_is_read_once_cleaned() -> None:
    text = clean_text("\n".join(WRAPPED)).text
    quoted = [text[start:end] for start, end in quotation_spans(text)]
    assert quoted == ["\"So far, we've backed 31 startups, 60% with at least one woman and/or immigrant "
                      "founder, and 75% of which have a woman and/or immigrant in a senior role.\""]


@pytest.mark.parametrize(("wrapped", "line"), [
    # Fast Company: a reporting verb or a function word leaves the quotation's clause open.
    ("Studio, which she calls the only climate-focused startup studio in the Midwest, says",
     "\"Climate is the one market that will reshape how venture money gets spent.\" And that"),
    ("Ruiz) opened its doors in the spring of 2018. Back then, managing partner Dana Reyes says they",
     "\"only looked for the strongest teams with the clearest plans and the most stubborn"),
    # A short continuation that ends the sentence.
    ("that the older partners never grasped that market. To them it was more of a side", "project."),
])
def test_a_clause_left_open_continues(wrapped: str, line: str) -> None:
    assert continues(wrapped, line)


@pytest.mark.parametrize(("wrapped", "line"), [
    # KWCH and RivardReport: a teaser's or a page's headline above a paragraph that opens with a quotation.
    ("Neighbors rally around girl fighting leukemia", "\"Maya is in her second round of chemo,\" said her dad."),
    ("Museum Team Cracks Titanic Rivet Puzzle 110 Years Later",
     "“The rivets at the bow were the weak point all along,” she said."),
    # Daily News (Tanzania) and Global News: a byline and a share button's label under a title.
    ("Solar-powered streetlights boost Lindi women’s businesses", "bySauli Giliard"),
    ("Share this item on Facebook", "facebook"),
    # WP Tavern: a comment's time stamp above its text.
    ("June 2, 2018 at 8:41 PM", "plenty of react devs – and yet barely any svelte devs."),
    # A finished sentence.
    ("Lim says a shortage of mentors is a real problem for founders, but not always the worst.", "actually lack of it"),
])
def test_a_finished_line_or_a_title_does_not_continue(wrapped: str, line: str) -> None:
    assert not continues(wrapped, line)


def test_a_wrapped_blurb_under_a_short_label_stays_as_the_scrape_set_it() -> None:
    """Durban Local: the site's blurb, wrapped under its two-word name, opens in lower case."""
    blurb = ["Your HarbourLocal", "",
             "is where your neighbourhoods speak - built for our readers, their opinions, their street meetings,",
             "", "to celebrate their charities and volunteers, top pupils, club victories, college graduates"]
    assert rejoin_wrapped(blurb, lambda line: False) == blurb
