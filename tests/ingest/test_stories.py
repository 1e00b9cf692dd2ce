"""Other stories' ``<article>`` elements taken out of a page before extraction."""

from __future__ import annotations

from lxml import html as lxml_html

from dateline.ingest.published import parse_page
from dateline.ingest.stories import drop_other_stories

_HEAD = """<html><head><meta property="og:title" content="Stress can hamper sperm quality, study finds">
  <title>Stress can hamper sperm quality, study finds - NewsGram</title></head><body>"""
_STORY = """<article><h1>Stress can hamper sperm quality, study finds</h1>
  <p>Prolonged fear and anxiety can take a toll on a person's mental health, the researchers said.</p></article>"""
_NEXT_STORY = """<article><h1>Streaming hours climb during the monsoon weeks</h1>
  <p>"I am told some groups are spreading rumours about the vote," Modi said.</p></article>"""
_TEASER = """<article class="card"><h2>Trade panel halts e-scooter shipments</h2>
  <p>The panel stopped shipments of e-scooters from two makers at the ports.</p></article>"""


def without_other_stories(html: str) -> str | None:
    """The page without other stories, as markup; None when nothing was taken out of it."""
    tree = parse_page(html)
    assert tree is not None
    return lxml_html.tostring(tree, encoding="unicode") if drop_other_stories(tree) else None


def test_the_next_story_and_a_teaser_card_go_and_the_story_stays() -> None:
    page = without_other_stories(_HEAD + _STORY + _NEXT_STORY + _TEASER + "</body></html>")
    assert page is not None and "Prolonged fear and anxiety" in page
    assert "spreading rumours" not in page and "e-scooter" not in page


def test_a_story_whose_headline_is_an_h3_is_found_by_its_title() -> None:
    story = _STORY.replace("h1", "h3")
    page = without_other_stories(_HEAD + _TEASER.replace("h2", "h1") + story + "</body></html>")
    assert page is not None and "Prolonged fear and anxiety" in page and "e-scooter" not in page


def test_a_page_whose_title_names_no_article_is_left_as_it_was() -> None:
    html = _HEAD.replace("Stress can hamper", "Sperm quality and") + _STORY + _NEXT_STORY + "</body></html>"
    assert without_other_stories(html) is None


def test_a_site_name_heading_the_title_holds_marks_no_story() -> None:
    masthead = "<article><h1>NewsGram</h1><p>Home</p></article>"
    html = _HEAD.replace("Stress can hamper sperm quality, study finds\">", "Modi urges citizens\">") \
        + masthead + _NEXT_STORY + "</body></html>"
    assert without_other_stories(html) is None


def test_an_article_around_the_story_is_kept() -> None:
    html = _HEAD + "<article><h2>Latest</h2>" + _STORY + _TEASER + "</article></body></html>"
    page = without_other_stories(html)
    assert page is not None and "Prolonged fear and anxiety" in page and "e-scooter" not in page
