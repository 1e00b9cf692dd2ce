"""A story split into blocks by the page, continued past the block the extractor kept."""

from __future__ import annotations

from lxml import html as lxml_html

from dateline.ingest.continued import with_story_continued

_INTRO = """<div class="field-intro">
  <p>In the 1980s there was a widespread conspiracy theory that young people who played the game were prone to it.</p>
  <p>There was just one problem. The theory, so widely believed, was wrong.</p></div>"""
_FIGURE = """<figure><img src="a.jpg"><figcaption>James Zimring teaches a graduate-level course on critical
  scientific thinking.</figcaption></figure>"""
_KEPT = """<div class="field-body">
  <p>Zimring said humans have still not learned to look at problems holistically, as the numbers show.</p>
  <p>“We sacrifice the more logical reasoning systems for these shortcuts,” Zimring said.</p></div>"""
_KEPT_TEXT = ("Zimring said humans have still not learned to look at problems holistically, as the numbers show.\n"
              "“We sacrifice the more logical reasoning systems for these shortcuts,” Zimring said.")


def _page(*blocks: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring("<html><body><h1>Why we misread the odds</h1>"
                                         + "".join(blocks) + "</body></html>")


def test_the_intro_block_before_a_figure_joins_the_kept_body_in_the_page_order() -> None:
    text = with_story_continued(_page(_INTRO, _FIGURE, _KEPT), _KEPT_TEXT)
    assert text.startswith("In the 1980s there was a widespread conspiracy theory")
    assert "The theory, so widely believed, was wrong.\nZimring said humans" in text
    assert "graduate-level course" not in text and "Why we misread" not in text


def test_a_lone_paragraph_beside_the_kept_text_is_left_out() -> None:
    bio = "<p>Jane Kelly is a senior writer for University News and covers research.</p>"
    assert with_story_continued(_page(_KEPT, bio), _KEPT_TEXT) == _KEPT_TEXT


def test_a_notice_in_a_block_of_its_own_stops_the_walk() -> None:
    notice = """<div class="popup"><h2>This browser is no longer supported</h2>
      <p>We know it's a hassle to switch browsers but we want your experience to be fast.</p>
      <p>To continue, upgrade to a supported browser or download the mobile app.</p></div>"""
    assert with_story_continued(_page(_KEPT, notice), _KEPT_TEXT) == _KEPT_TEXT


def test_a_crosshead_among_the_paragraphs_is_passed_over_and_not_added() -> None:
    body = _KEPT.replace("</div>", """<h3>The Numbers Tell a Different Story</h3>
      <p>Over about five years in the 1980s there were 28 cases of adolescents who played the game.</p>
      <p>In other words, kids who played the game were less likely to commit suicide.</p></div>""")
    text = with_story_continued(_page(body), _KEPT_TEXT)
    assert text.endswith("Zimring said.\nOver about five years in the 1980s there were 28 cases of adolescents "
                         "who played the game.\nIn other words, kids who played the game were less likely to "
                         "commit suicide.")
    assert "Different Story" not in text


def test_teaser_blurbs_in_links_of_a_list_are_no_story_paragraphs() -> None:
    teasers = """<ul><li><a href="/a"><p>Apple is separating the new smartphones into its usual categories.</p></a></li>
      <li><a href="/b"><p>There are dozens if not hundreds of smaller new changes in iOS 13.</p></a></li></ul>"""
    assert with_story_continued(_page(_KEPT, teasers), _KEPT_TEXT) == _KEPT_TEXT


def test_a_notice_set_in_div_text_beside_a_story_of_paragraphs_is_not_walked_into() -> None:
    notice = ("<div class='box'><div>You are seeing this message because ad or script blocking software is "
              "interfering with this page.</div><div>Disable any ad or script blocking software, then reload this "
              "page.</div></div>")
    assert with_story_continued(_page(_KEPT, notice), _KEPT_TEXT) == _KEPT_TEXT
