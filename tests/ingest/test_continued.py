"""A story split into blocks by the page, continued past the block the extractor kept."""

from __future__ import annotations

from lxml import html as lxml_html

from dateline.ingest.continued import with_story_continued

_INTRO = """<div class="field-intro">
  <p>In the 1990s many parents believed that children who watched the show were more likely to act out.</p>
  <p>Only one thing was amiss. The idea, however popular, did not hold up.</p></div>"""
_FIGURE = """<figure><img src="a.jpg"><figcaption>James Zimring runs a graduate-level seminar on careful
  reasoning.</figcaption></figure>"""
_KEPT = """<div class="field-body">
  <p>Zimring said people still fail to weigh a problem as a whole, as the figures make plain.</p>
  <p>“We trade careful thought for quick rules of thumb,” Zimring said.</p></div>"""
_KEPT_TEXT = ("Zimring said people still fail to weigh a problem as a whole, as the figures make plain.\n"
              "“We trade careful thought for quick rules of thumb,” Zimring said.")


def _page(*blocks: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring("<html><body><h1>Why we misread the odds</h1>"
                                         + "".join(blocks) + "</body></html>")


def test_the_intro_block_before_a_figure_joins_the_kept_body_in_the_page_order() -> None:
    text = with_story_continued(_page(_INTRO, _FIGURE, _KEPT), _KEPT_TEXT)
    assert text.startswith("In the 1990s many parents believed")
    assert "The idea, however popular, did not hold up.\nZimring said people" in text
    assert "graduate-level seminar" not in text and "Why we misread" not in text


def test_a_lone_paragraph_beside_the_kept_text_is_left_out() -> None:
    bio = "<p>Jane Kelly is a senior writer for University News and covers research.</p>"
    assert with_story_continued(_page(_KEPT, bio), _KEPT_TEXT) == _KEPT_TEXT


def test_a_notice_in_a_block_of_its_own_stops_the_walk() -> None:
    notice = """<div class="popup"><h2>This browser is no longer supported</h2>
      <p>Changing browsers takes a minute, but it keeps this site quick for you.</p>
      <p>Please switch to a newer browser, or get our app, to keep reading.</p></div>"""
    assert with_story_continued(_page(_KEPT, notice), _KEPT_TEXT) == _KEPT_TEXT


def test_a_crosshead_among_the_paragraphs_is_passed_over_and_not_added() -> None:
    body = _KEPT.replace("</div>", """<h3>The Numbers Tell a Different Story</h3>
      <p>Across some six years in the 1990s there were 31 cases among children who watched the show.</p>
      <p>Put simply, children who watched the show were less likely to get into fights.</p></div>""")
    text = with_story_continued(_page(body), _KEPT_TEXT)
    assert text.endswith("Zimring said.\nAcross some six years in the 1990s there were 31 cases among children "
                         "who watched the show.\nPut simply, children who watched the show were less likely to "
                         "get into fights.")
    assert "Different Story" not in text


def test_teaser_blurbs_in_links_of_a_list_are_no_story_paragraphs() -> None:
    teasers = """<ul><li><a href="/a"><p>Samsung splits its new phones into the usual three sizes.</p></a></li>
      <li><a href="/b"><p>There are scores of minor new features in Android 10.</p></a></li></ul>"""
    assert with_story_continued(_page(_KEPT, teasers), _KEPT_TEXT) == _KEPT_TEXT


def test_a_notice_set_in_div_text_beside_a_story_of_paragraphs_is_not_walked_into() -> None:
    notice = ("<div class='box'><div>This notice appears because a content blocker is stopping parts of "
              "this page from loading.</div><div>Turn off the blocker for this site and refresh the "
              "page.</div></div>")
    assert with_story_continued(_page(_KEPT, notice), _KEPT_TEXT) == _KEPT_TEXT
