"""The real-news scrapes (``dateline.evaluation.real.scrape``): furniture kept, nothing judged, reproducible."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.evaluation.real.scrape import block_lines, scrape

ARTICLES = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "real"

PAGE = b"""<html><head><title>t</title><script>var x = 1;</script></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<h1>Three charged over gas pump card fraud ring</h1>
<p>Published: Mar. 9, 2017, 4:12 p.m.</p>
<p>Two men and a woman from the Tampa, Fla., area were charged in Mobile County on Thursday over a ring that \
fitted card readers to gas pumps in three states, District Attorney Ana Ruiz said <b>today</b>, and \
investigators have so far traced roughly 85 victims and expect to find others as bank statements arrive.</p>
<figure><figcaption>Card readers taken from the pumps.</figcaption></figure>
<p>Share this story</p><style>p { color: red }</style>
</body></html>"""


def test_every_block_is_a_line_and_scripts_are_dropped():
    lines = block_lines(PAGE)
    assert lines[:3] == ["Home News", "Three charged over gas pump card fraud ring",
                         "Published: Mar. 9, 2017, 4:12 p.m."]
    assert lines[3].endswith("said today, and investigators have so far traced roughly 85 victims and expect to "
                             "find others as bank statements arrive.")
    assert lines[4:] == ["Card readers taken from the pumps.", "Share this story"]
    # a line break in the page's source breaks the line too, as a copy from the source would
    assert block_lines(b"<p>the first half\nthe second half</p>") == ["the first half", "the second half"]


def test_without_a_gold_body_the_window_runs_from_the_headline_past_the_long_paragraphs():
    # the navigation above the headline is cut; the caption and the share prompt after the article stay in
    assert scrape(PAGE)[0] == "Three charged over gas pump card fraud ring"
    assert scrape(PAGE)[-2:] == ["Card readers taken from the pumps.", "Share this story"]


@pytest.mark.parametrize("article_id", ["sh-7bb1ca90", "fu-theguardian", "pl-msnbc", "np-yonhap"])
def test_stored_scrapes_are_what_the_scraper_makes(article_id):
    """A benchmark page (windowed by its gold body) and fresh pages (by their long paragraphs)."""
    if not (ARTICLES / "html" / f"{article_id}.html").exists():
        pytest.skip("the real-news articles are not at ../shared/eval/real (see eval/real/README.md)")
    gold = ARTICLES / "gold" / f"{article_id}.body.txt"
    lines = scrape((ARTICLES / "html" / f"{article_id}.html").read_bytes(),
                   gold.read_text(encoding="utf-8") if gold.exists() else None)
    assert "\n\n".join(lines) + "\n" == (ARTICLES / "text" / f"{article_id}.txt").read_text(encoding="utf-8")
