"""Publication days of HTML pages in the shapes publishers use, written here for the tests: the page's
stated metadata first, in the publisher's own offset; a markup guess labelled "text"; furniture never."""

from __future__ import annotations

from datetime import date

import pytest
from lxml import html as lxml_html

from dateline.ingest.published import (
    DateLine,
    PageDate,
    _weekday_checked_day,
    article_headline,
    date_line,
    header_zone,
    page_date,
)

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
      {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "name": "Local", "position": 1}]},
      {"@type": ["NewsArticle"], "headline": "Bridge to close", "datePublished": "2024-03-05T21:11:00-05:00",
       "dateModified": "2024-03-06T09:40:00-05:00", "author": {"@type": "Person", "name": "A. Writer"}}]}
    </script>"""
    html = page(graph, f"{RELATED}<article><h1>Bridge to close</h1><p>{STORY}</p></article>")
    assert page_date(html) == PageDate.on(date(2024, 3, 5), "metadata")  # not 6 March, the UTC day


def test_open_graph_article_time_beats_a_sidebar() -> None:
    head = '<meta property="og:type" content="article"><meta property="article:published_time" ' \
           'content="2023-11-28T23:45:00-08:00">'
    html = page(head, f"<main><article><p>{STORY}</p></article>{RELATED}</main>")
    assert page_date(html) == PageDate.on(date(2023, 11, 28), "metadata")


def test_time_element_in_the_article_header_is_stated() -> None:
    body = f"""{RELATED}<article><header><h1>Bridge to close</h1><p class="byline">By A. Writer
      <time datetime="2024-07-19T18:02:00+01:00">19 July 2024, 6.02pm</time></p></header><p>{STORY}</p></article>"""
    assert page_date(page(body=body)) == PageDate.on(date(2024, 7, 19), "metadata")


def test_itemprop_date_published_in_the_body() -> None:
    body = f"""<div class="story"><h1>Bridge to close</h1>
      <span class="timestamp" itemprop="datePublished" content="2022-09-14T06:00:00+10:00">14 Sep 2022</span>
      <p>{STORY}</p></div>"""
    assert page_date(page(body=body)) == PageDate.on(date(2022, 9, 14), "metadata")


def test_a_byline_stamp_without_metadata_is_a_text_guess() -> None:
    body = f"""<div id="sidebar"><span class="date">June 2, 2021</span></div>
      <div class="article"><p class="byline">Written: 5 March 2024 21:11</p><p>{STORY}</p></div>"""
    assert page_date(page(body=body)) == PageDate.on(date(2024, 3, 5), "text")


@pytest.mark.parametrize("furniture", [RELATED, '<nav><time datetime="2020-02-02">Feb 2</time></nav>',
                                       '<footer><time datetime="2019-01-01">© 2019</time></footer>',
                                       '<div class="sidebar"><span class="date">June 2, 2021</span></div>'])
def test_a_date_only_in_furniture_never_wins(furniture: str) -> None:
    assert page_date(page(body=f"{furniture}<article><p>{STORY}</p></article>")) is None


#: The head of a page whose share image was uploaded weeks before the story (Al Jazeera, November 2019).
IMAGE_HEAD = """<meta property="og:image" itemprop="image"
  content="https://www.example-news.com/mritems/Images/2019/10/27/5c2a91d07e6b4f38a1d9c4e27b0f6a13_4.jpg">
<meta name="twitter:image" content="https://www.example-news.com/mritems/Images/2019/10/27/5c2a91d07e6b4f_4.jpg">
<link rel="image_src" href="https://cdn.example-news.com/presto/2019/09/11/USAT/4d07b2ea-AP_Harbour.JPG?width=600">"""


def test_a_date_in_a_share_image_url_is_not_the_pages_statement() -> None:
    body = f"""<article><p class="byline">Published: 20 Nov 2019 08:02 GMT</p><p>{STORY}</p></article>"""
    found = page_date(page(IMAGE_HEAD, body))
    assert found == PageDate.on(date(2019, 11, 20), "text")  # the byline, guessed from the markup; never 27 October


def test_a_stated_date_beside_a_share_image_is_still_metadata() -> None:
    head = IMAGE_HEAD + '<meta property="article:published_time" content="2019-11-20T03:02:00-05:00">'
    assert page_date(page(head, f"<article><p>{STORY}</p></article>")) == PageDate.on(date(2019, 11, 20), "metadata")


def utc_story(stamp: str, date_line: str, masthead: str = "") -> str:
    """A page stating ``stamp`` in its head and printing ``date_line`` under its headline."""
    head = f'<meta property="article:published_time" content="{stamp}">'
    body = f"""<div class="masthead"><span class="date">{masthead}</span></div><article><h1>Bridge to close</h1>
      <div class="byline">By A. Writer | <span class="timestamp">{date_line}</span></div><p>{STORY}</p></article>"""
    return page(head, body)


def test_a_utc_stamp_late_in_the_american_evening_takes_the_date_lines_local_day() -> None:
    html = utc_story("2021-03-10T03:41:05.120Z", "Mar. 9, 2021, 5:41 PM HST (revised Mar. 10, 9:02 AM)")
    assert page_date(html) == PageDate.on(date(2021, 3, 9), "metadata")  # not 10 March, the UTC day


def test_a_utc_clock_under_a_zero_offset_takes_the_date_lines_day() -> None:
    assert page_date(utc_story("2019-11-20T02:15:49+00:00", "Nov 19, 2019, 8:15 pm CST")).latest == date(2019, 11, 19)


@pytest.mark.parametrize(("stamp", "date_line"), [
    ("2019-11-19T00:26:00Z", "November 17, 2019"),  # two days off: no zone gives it, the line is another day's
    ("2019-11-19T00:26:00Z", "Updated November 18, 2019"),  # an update stamp, not the publication
])
def test_the_metadata_day_holds_where_the_date_line_is_not_a_neighbouring_publication_day(
        stamp: str, date_line: str) -> None:
    assert page_date(utc_story(stamp, date_line)) == PageDate.on(date.fromisoformat(stamp[:10]), "metadata")


@pytest.mark.parametrize(("stamp", "date_line"), [
    ("2024-03-05T21:11:00-05:00", "March 6, 2024"),  # the offset is the publisher's, the line says otherwise
    ("2019-11-19T18:26:00Z", "November 18, 2019"),  # 18:26 UTC is 19 November in every zone west of +05:34
    ("2019-11-19 02:24:00", "Nov 18, 2019 at 9:24 pm"),  # a clock without an offset settles nothing
])
def test_a_date_line_a_day_off_that_no_utc_stamp_reconciles_gives_both_days(stamp: str, date_line: str) -> None:
    stated, shown = date.fromisoformat(stamp[:10]), _day_of(date_line)
    assert page_date(utc_story(stamp, date_line)) == PageDate(min(stated, shown), max(stated, shown), "metadata")


def _day_of(printed: str) -> date:
    line = date_line(lxml_html.document_fromstring(f"<p class='date'>{printed}</p>"))
    assert line is not None
    return line.day


def test_a_utc_stamp_is_read_on_the_clock_the_pages_update_stamp_prints() -> None:
    html = utc_story("2022-02-17T03:12:40Z", "Updated <time>1:05 am EST, Thursday, February 17, 2022</time>")
    assert page_date(html) == PageDate.on(date(2022, 2, 16), "metadata")  # 22:12 in New York, not the UTC day


def test_a_header_printing_the_day_before_settles_a_utc_stamp_without_a_date_line_element() -> None:
    head = '<meta name="article:published" value="2016-12-29T01:32:00+00:00">'
    body = f"""<article><h1>Bridge to close</h1><div>By A. Writer</div><div>December 28, 2016</div>
      <p>{STORY}</p></article>"""
    assert page_date(page(head, body)) == PageDate.on(date(2016, 12, 28), "metadata")  # 20:32 in New York


def test_midnight_utc_is_a_padded_date_and_keeps_its_day_whatever_zone_the_page_prints() -> None:
    assert page_date(utc_story("2019-11-20T00:00:00Z", "Posted 9:00 am ET")) == PageDate.on(date(2019, 11, 20),
                                                                                            "metadata")


def test_a_logo_headline_before_the_masthead_date_is_not_the_articles() -> None:
    head = '<meta property="og:title" content="Is Football Violence a Crime?">' \
           '<meta property="article:published_time" content="2019-11-19T00:04:00.000Z">'
    body = f"""<header><h1><a href="/">The Daily Ledger</a></h1><div class="date">November 20, 2019</div></header>
      <article><h1 class="headline">Is Football Violence a Crime?</h1>
      <div class="byline">By A. Writer <time class="timestamp">Nov. 18, 2019 7:04 pm ET</time></div><p>{STORY}</p>
      </article>"""
    tree = lxml_html.document_fromstring(page(head, body))
    assert article_headline(tree).get("class") == "headline"
    assert date_line(tree) == DateLine(date(2019, 11, 18), updated=False)
    assert page_date(page(head, body)) == PageDate.on(date(2019, 11, 18), "metadata")


def test_a_masthead_date_above_the_headline_is_not_the_date_line() -> None:
    html = utc_story("2019-11-19T00:26:00Z", "By the metro desk", masthead="Monday, November 18, 2019")
    assert page_date(html).latest == date(2019, 11, 19)


def test_without_metadata_the_printed_published_line_beats_older_dates_in_the_markup() -> None:
    body = f"""<div class="statement">Claims <span class="date">January 21, 2020</span> on the radio</div>
      <h1>How many ferries sail empty?</h1>
      <span class="article__meta">on Tuesday, March 3rd, 2020 at 9:52 a.m.</span><p>{STORY}</p>"""
    assert page_date(page(body=body)) == PageDate.on(date(2020, 3, 3), "text")


def test_a_syndicated_copy_is_not_dated_by_its_originals_canonical_url() -> None:
    head = """<link rel="canonical" href="https://www.origin.example/2019/11/18/health/duvet/index.html">
      <meta property="og:url" content="https://www.portal.example/en-us/health/duvet/ar-BBWXwNX">"""
    body = f"""<div class="byline"><time datetime="2019-11-19T11:45:59.000Z">1 day ago</time></div>
      <h1>The duvet that nearly killed him</h1><p>{STORY}</p>"""
    assert page_date(page(head, body)) == PageDate.on(date(2019, 11, 19), "text")


def test_without_metadata_an_update_stamp_is_passed_over_for_the_posted_one() -> None:
    body = f"""<h1>Bridge to close</h1><div class="byline">
      <time datetime="2019-11-20T14:41:32Z">Updated 20 hours ago</time><time datetime="2019-11-19T01:19:34Z">
      Posted yesterday</time></div><p>{STORY}</p>"""
    assert page_date(page(body=body)) == PageDate.on(date(2019, 11, 19), "text")


def test_a_control_character_after_the_page_does_not_stop_the_furniture_being_dropped() -> None:
    page = ('<html><head><meta property="article:published_time" content="2024-03-04T08:15:00Z"></head>'
            "<body><p>Flood waters rose.</p><footer><p>© 2024 The Valley Courier</p></footer></body></html>\x0b")
    assert page_date(page) == PageDate.on(date(2024, 3, 4), "metadata")


def test_a_modification_stamp_in_the_head_never_overrides_the_json_ld_publication() -> None:
    head = '<meta property="article:modified_time" content="2025-01-07T09:08:22+00:00">'
    json_ld = """<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
      "headline": "Bridge to close", "datePublished": "2020-07-10T14:15:42+00:00",
      "dateModified": "2025-01-07T09:08:22+00:00"}</script>"""
    body = f"""{json_ld}<article><h1>Bridge to close</h1><p class="date">Last Updated: January 7, 2025</p>
      <p>{STORY}</p></article>"""
    assert page_date(page(head, body)) == PageDate.on(date(2020, 7, 10), "metadata")


def test_a_modification_stamp_alone_is_only_a_candidate() -> None:
    head = '<meta property="article:modified_time" content="2024-02-01T10:00:00-05:00">'
    assert page_date(page(head, f"<article><p>{STORY}</p></article>")) == PageDate.on(date(2024, 2, 1), "text",
                                                                                       corroborated=False)


def test_a_modification_stamp_alone_is_a_text_guess_where_the_url_names_its_day() -> None:
    head = '<meta property="og:updated_time" content="2024-02-01T10:00:00-05:00">'
    html = page(head, f"<article><p>{STORY}</p></article>")
    assert page_date(html, "https://herald.example/2024/02/01/bridge") == PageDate.on(date(2024, 2, 1), "text")


def test_a_modification_stamp_alone_yields_to_the_date_line() -> None:
    head = '<meta property="article:modified_time" content="2023-06-14T08:00:00+00:00">'
    body = f'<h1>Bridge to close</h1><p class="byline">By Orla Fenwick, March 3, 2021</p><p>{STORY}</p>'
    assert page_date(page(head, body)) == PageDate.on(date(2021, 3, 3), "text")


def test_a_data_layer_in_a_meta_is_no_statement() -> None:
    head = """<meta name="pageConfig" content='{"site": {"launched": "2020-06-30 10:30:00"}, "ads": true}'>"""
    body = f'<h1>Bridge to close</h1><p class="byline">By Orla Fenwick, March 3, 2021</p><p>{STORY}</p>'
    assert page_date(page(head, body)) == PageDate.on(date(2021, 3, 3), "text")


#: A page saved with its meta values in ``value`` (a rewriting parser's copy): a UTC publication stamp, and
#: an update stamp both in the head and shown in the header.
VALUE_HEAD = """<meta value="2017-01-13T21:45:08Z" name="article:published_time">
<meta value="2017-04-04T20:44:00Z" name="article:modified_time">"""
UPDATED_HEADER = """<article><header><h1>Bridge to close</h1><div class="byline">By A. Writer, last updated
  <time datetime="2017-04-04T20:44:00Z" class="relative-date">4 April 17</time></div></header>"""


@pytest.mark.parametrize("header", [UPDATED_HEADER, """<article><header><h1>Bridge to close</h1><p class="meta">
  <span class="label">Updated:</span> <time datetime="2017-04-04T20:44:00Z">April 4, 2017</time></p></header>""",
  """<article><header><h1>Bridge to close</h1><p>Updated <!-- stamp --><time datetime="2017-04-04">4 April</time>
  </p></header>"""])
def test_a_meta_value_states_the_publication_and_the_updated_header_time_does_not(header: str) -> None:
    html = page(VALUE_HEAD, f"{header}<p>{STORY}</p></article>")
    assert page_date(html) == PageDate.on(date(2017, 1, 13), "metadata")  # not 4 April, the shown update


def test_a_meta_value_is_read_only_when_the_standard_metadata_states_nothing() -> None:
    head = """<meta property="og:article:published_time" value="2022-05-10T11:40:12" />
      <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-05-11T00:00:00"}</script>"""
    body = f"""<h1>Bridge to close</h1><span class="date">Published: May 11, 2022</span><p>{STORY}</p>"""
    assert page_date(page(head, body)) == PageDate.on(date(2022, 5, 11), "metadata")


def test_a_numeric_date_line_over_the_headline_without_metadata_is_a_text_guess() -> None:
    body = f"""<div class="story-top"><img src="/logo/news.gif" alt="News" /><span class="smaller gray">5/24/2016<br />
      02:05 PM</span></div><h1>Bridge to close</h1><p>{STORY}</p>"""
    assert page_date(page(body=body)) == PageDate.on(date(2016, 5, 24), "text")


def test_a_meta_stamp_in_the_unix_date_shape_states_the_publishers_day() -> None:
    head = """<meta value="Mon Aug 03 22:45:00 EDT 2015" name="article:published_time">
      <meta value="Wed Aug 05 14:51:16 EDT 2015" name="article:modified_time">"""
    assert page_date(page(head, f"<h1>Bridge to close</h1><p>{STORY}</p>")) == PageDate.on(date(2015, 8, 3), "metadata")



def test_a_stamp_printing_the_update_first_is_dated_by_its_posting() -> None:
    body = f"""<h1>Shoppers warm to ordering used cars from their sofas</h1><time pubdate class="time-stamp">
      <p>Updated: 4:15 p.m. Tuesday, September 13, 2016 | Posted: 8:30 a.m. Friday, September 9, 2016</p></time>
      <p>{STORY}</p>"""
    assert page_date(page(body=body)) == PageDate.on(date(2016, 9, 9), "text")

#: A fact-check page's story, quoting the claim's day, written here for the tests.
CLAIM = ("Sen. Ada Brightwater claimed on Friday, June 5th, 2020 during a call-in show on the radio that "
         "ferries on the harbour route sail two-thirds empty each winter. " + STORY)


def test_an_old_date_quoted_in_the_prose_is_only_a_candidate() -> None:
    body = f"<h1>Do the harbour ferries really sail two-thirds empty?</h1><p>{CLAIM}</p>"
    assert page_date(page(body=body)) == PageDate.on(date(2020, 6, 5), "text", corroborated=False)


def test_a_prose_date_the_header_prints_is_corroborated() -> None:
    body = f"""<h1>Gut Sensors That Smell Trouble Summon the Body's Defenders</h1><div>By Dana Whitfield</div>
      <div>March 2, 2020</div><p>{STORY}</p>"""
    assert page_date(page(body=body)) == PageDate.on(date(2020, 3, 2), "text")


def test_a_numeric_byline_date_corroborates_and_an_ambiguous_one_does_not() -> None:
    byline = "<div>By Justine Coleman - {} 11:04 PM EST</div>"
    shown = f"<h1>Bridge to close</h1>{byline.format('11/18/19')}<p>{STORY}</p>"
    assert page_date(page(body=shown)) == PageDate.on(date(2019, 11, 18), "text")
    ambiguous = f"<h1>Bridge to close</h1>{byline.format('4/2/2016')}<p>{STORY}</p>"  # 2 April or 4 February
    assert page_date(page(body=ambiguous)).corroborated is False


def test_a_prose_date_the_pages_url_carries_is_corroborated() -> None:
    body = f"<h1>Gut Sensors That Smell Trouble</h1><p>{STORY}</p><p>Corrected March 2, 2020.</p>"
    url = "https://www.example-magazine.org/gut-sensors-that-smell-trouble-20200302/"
    assert page_date(page(body=body), url) == PageDate.on(date(2020, 3, 2), "text")
    assert page_date(page(body=body)) == PageDate.on(date(2020, 3, 2), "text", corroborated=False)


def test_a_witness_naming_another_day_contradicts_the_guess() -> None:
    """The header prints the 18th; a URL stamped the next (UTC) day contradicts it, so neither is shown."""
    body = f"<h1>Bridge to close</h1><div>By the metro desk</div><div>November 18, 2019</div><p>{STORY}</p>"
    url = "https://www.example-news.com/2019/11/19/bridge-to-close/"
    assert page_date(page(body=body), url) == PageDate.on(date(2019, 11, 18), "text", corroborated=False)
    assert page_date(page(body=body)) == PageDate.on(date(2019, 11, 18), "text")


def test_stamps_of_several_days_are_a_list_and_corroborate_nothing() -> None:
    body = f"""<h1>Bridge to close</h1><p>{STORY}</p><ul class="more">
      <li><span>4/22/2016 09:00 AM</span> Ferry fares rise</li>
      <li><span>5/24/2016 02:05 PM</span> Bridge study</li></ul>"""
    assert page_date(page(body=body)) == PageDate.on(date(2016, 4, 22), "text", corroborated=False)


def test_a_time_element_stands_down_when_the_header_prints_another_day() -> None:
    """An embedded post's stamp in the story (its day the 5th) is not the article's (the header's 7th)."""
    body = f"""<h1>Lady Gaga honours Taylor Kinney</h1><div>By Megan French</div><div>December 7, 2016</div>
      <p>{STORY}</p><blockquote class="embedded-post"><time datetime="2016-12-05T17:10:10+00:00">5 days ago</time>
      </blockquote>"""
    assert page_date(page(body=body)) == PageDate.on(date(2016, 12, 5), "text", corroborated=False)
    without_embed = body[:body.index("<blockquote")]
    assert page_date(page(body=without_embed)) == PageDate.on(date(2016, 12, 7), "text")


def test_the_header_runs_from_the_headline_to_the_first_paragraph() -> None:
    body = f"""<h1>Linux desktop share edges higher</h1><div>Filed by Dana Whitfield on 14 August 2021 at 06:12 PM
      EDT.</div><p>{STORY}</p><p>Posted 15 August 2021</p>"""
    assert header_zone(lxml_html.document_fromstring(page(body=body))) == (
        "Filed by Dana Whitfield on 14 August 2021 at 06:12 PM EDT.")


def test_a_head_script_s_served_stamp_is_no_statement() -> None:
    """An analytics object's "timestamp" is when the page was served (months after the story): a guess at
    most, shown as unknown, never the page's statement, which a stamp in an unusual shape may then be."""
    served = '<script>var pageData = {"siteName": "Metro", "timestamp": "2017-05-10 03:17:30"};</script>'
    body = f"<h1>Bridge to close</h1><p>{STORY}</p>"
    assert page_date(page(served, body)) == PageDate.on(date(2017, 5, 10), "text", corroborated=False)  # a guess
    stamped = served + '<meta name="article:publicationdate" content="Fri Mar 13 21:30:09 EST 2015"/>'
    assert page_date(page(stamped, body)) == PageDate.on(date(2015, 3, 13), "metadata")


def test_a_list_of_teasers_headlines_is_no_article_headline() -> None:
    """Several headlines, none the title's: the numeric dates under them are other stories', no header."""
    teasers = "".join(f"<div><h1>{story} <em>3/{day}/16</em></h1></div>" for story, day in
                      (("Ferry fares rise", 14), ("Snow day", 10)))
    tree = lxml_html.document_fromstring(page(body=f"{teasers}<h2>Bridge to close</h2><p>{STORY}</p>"))
    assert article_headline(tree) is None
    assert header_zone(tree) == ""
    sole = lxml_html.document_fromstring(page(body=f"<h1>Bridge closes</h1><p>{STORY}</p>"))
    assert article_headline(sole) is not None


def test_without_an_h1_the_headline_is_the_longest_heading_the_title_names() -> None:
    """The masthead prints the site's name as a heading and today's date; the article's own date follows its
    headline, a heading one level down."""
    head = '<meta property="og:title" content="Ferry fares rise in Wexholm - Harbour Business Today">'
    body = f"""<div class="masthead"><h2>Harbour Business Today</h2><div class="date">Friday, June 9, 2017</div></div>
      <div class="article"><h2><span>Ferry fares rise in Wexholm</span></h2><div class="date">June 5, 2017</div>
      <p>{STORY}</p></div>"""
    tree = lxml_html.document_fromstring(page(head, body))
    assert " ".join(article_headline(tree).text_content().split()) == "Ferry fares rise in Wexholm"
    assert date_line(tree) == DateLine(date(2017, 6, 5), updated=False)


def test_a_prose_date_read_the_wrong_way_round_is_the_day_its_url_carries() -> None:
    body = f"<h1>Bridge to close</h1><p>{STORY}</p><p>Posted 10/06/2017</p>"
    url = "https://www.example-ledger.com/news/2017/10/06/bridge-to-close/"
    assert page_date(page(body=body)) == PageDate.on(date(2017, 6, 10), "text", corroborated=False)  # day first
    assert page_date(page(body=body), url) == PageDate.on(date(2017, 10, 6), "text")


@pytest.mark.parametrize(("printed", "day"), [("Thursday 3.9.17", date(2017, 3, 9)),
                                              ("Sun, 3/9/2017", date(2017, 9, 3)),
                                              ("Friday 3.9.17", None),  # neither order is a Friday
                                              ("Thursday 9.9.17", None)])  # no order to settle, and not a Thursday
def test_a_weekday_settles_which_order_a_numeric_date_is_printed_in(printed: str, day: date | None) -> None:
    assert _weekday_checked_day(f"By Ola Pemberton {printed} 2 Comments") == day
