"""Publication days of HTML pages in the shapes publishers use, written here for the tests: the page's
stated metadata first, in the publisher's own offset; a markup guess labelled "text"; furniture never."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.ingest.published import PageDate, page_date

STORY = " ".join(["The city council voted on Tuesday to close the bridge for repairs until the spring."] * 6)

#: A related-articles rail as news sites print it beside the story, with older dates.
RELATED = """<aside class="related-stories"><h2>More from Metro</h2><ul>
  <li><a href="/2021/06/02/flood">Flood closes the ring road</a>
    <time datetime="2021-06-02T10:00:00-04:00">June 2, 2021</time></li>
  <li><a href="/2022/01/11/snow">Snow day</a><time datetime="2022-01-11T07:30:00-05:00">Jan. 11, 2022</time></li>
</ul></aside>"""


def page(head: str = "", body: str = "") -> str:
    return f"<!doctype html><html><head><title>Bridge to close</title>{head}</head><body>{body}</body></html>"


def test_json_ld_graph_news_article_in_the_publishers_offset() -> None:
    graph = """<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "The Metro Herald", "url": "https://metro.example/"},
      {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Local"}]},
      {"@type": ["NewsArticle"], "headline": "Bridge to close", "datePublished": "2024-03-05T21:11:00-05:00",
       "dateModified": "2024-03-06T09:40:00-05:00", "author": {"@type": "Person", "name": "A. Writer"}}]}
    </script>"""
    html = page(graph, f"{RELATED}<article><h1>Bridge to close</h1><p>{STORY}</p></article>")
    assert page_date(html) == PageDate(date(2024, 3, 5), "metadata")  # not 6 March, the UTC day


def test_open_graph_article_time_beats_a_sidebar() -> None:
    head = '<meta property="og:type" content="article"><meta property="article:published_time" ' \
           'content="2023-11-28T23:45:00-08:00">'
    html = page(head, f"<main><article><p>{STORY}</p></article>{RELATED}</main>")
    assert page_date(html) == PageDate(date(2023, 11, 28), "metadata")


def test_time_element_in_the_article_header_is_stated() -> None:
    body = f"""{RELATED}<article><header><h1>Bridge to close</h1><p class="byline">By A. Writer
      <time datetime="2024-07-19T18:02:00+01:00">19 July 2024, 6.02pm</time></p></header><p>{STORY}</p></article>"""
    assert page_date(page(body=body)) == PageDate(date(2024, 7, 19), "metadata")


def test_itemprop_date_published_in_the_body() -> None:
    body = f"""<div class="story"><h1>Bridge to close</h1>
      <span class="timestamp" itemprop="datePublished" content="2022-09-14T06:00:00+10:00">14 Sep 2022</span>
      <p>{STORY}</p></div>"""
    assert page_date(page(body=body)) == PageDate(date(2022, 9, 14), "metadata")


def test_a_byline_stamp_without_metadata_is_a_text_guess() -> None:
    body = f"""<div id="sidebar"><span class="date">June 2, 2021</span></div>
      <div class="article"><p class="byline">Written: 5 March 2024 21:11</p><p>{STORY}</p></div>"""
    assert page_date(page(body=body)) == PageDate(date(2024, 3, 5), "text")


@pytest.mark.parametrize("furniture", [RELATED, '<nav><time datetime="2020-02-02">Feb 2</time></nav>',
                                       '<footer><time datetime="2019-01-01">© 2019</time></footer>',
                                       '<div class="sidebar"><span class="date">June 2, 2021</span></div>'])
def test_a_date_only_in_furniture_never_wins(furniture: str) -> None:
    assert page_date(page(body=f"{furniture}<article><p>{STORY}</p></article>")) is None


#: The head of a page whose share image was uploaded weeks before the story (Al Jazeera, November 2019).
IMAGE_HEAD = """<meta property="og:image" itemprop="image"
  content="https://www.example-news.com/mritems/Images/2019/10/27/e80d4e73f7874daf90a36fe171315f0d_18.jpg">
<meta name="twitter:image" content="https://www.example-news.com/mritems/Images/2019/10/27/e80d4e73f7874d_18.jpg">
<link rel="image_src" href="https://cdn.example-news.com/presto/2019/09/11/USAT/81251ccf-AP_Epstein.JPG?width=600">"""


def test_a_date_in_a_share_image_url_is_not_the_pages_statement() -> None:
    body = f"""<article><p class="byline">Published: 20 Nov 2019 08:02 GMT</p><p>{STORY}</p></article>"""
    found = page_date(page(IMAGE_HEAD, body))
    assert found == PageDate(date(2019, 11, 20), "text")  # the byline, guessed from the markup; never 27 October


def test_a_stated_date_beside_a_share_image_is_still_metadata() -> None:
    head = IMAGE_HEAD + '<meta property="article:published_time" content="2019-11-20T03:02:00-05:00">'
    assert page_date(page(head, f"<article><p>{STORY}</p></article>")) == PageDate(date(2019, 11, 20), "metadata")
