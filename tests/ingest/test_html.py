"""A page is parsed once, and every ingest step reads that one tree, as trafilatura would have parsed it."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from dateline.ingest import published
from dateline.ingest.html import article_from_html, authors_named, picture_texts
from dateline.ingest.published import parse_page

PAGE = ("<html><head><title>Council votes to close the Main Street bridge</title>"
        "<meta property='article:published_time' content='2024-03-05T09:00:00-05:00'></head><body><article>"
        "<h1>Council votes to close the Main Street bridge</h1>"
        "<p>The city council voted on Tuesday to close the Main Street bridge for repairs.<!-- ad slot --></p>"
        "<p>\"We have no choice,\" Mayor Jane Doe said after the vote, which passed seven to two.</p>"
        "<p>The work will start in March and last six weeks, and drivers will be sent along Oak Avenue.</p>"
        "</article></body></html>")


def test_a_page_is_parsed_once_for_its_text_and_its_date(monkeypatch: pytest.MonkeyPatch) -> None:
    """The page's own markup is parsed once (the libraries parse fragments of their own, which are not
    counted: htmldate's and readability's)."""
    parsed: list[str | bytes] = []
    parse = lxml_html.document_fromstring

    def counted(html: str | bytes, **options: object) -> lxml_html.HtmlElement:
        parsed.append(html)
        return parse(html, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(published.lxml_html, "document_fromstring", counted)
    article = article_from_html(PAGE, "bridge.html")
    assert sum(isinstance(markup, str) and markup.startswith(PAGE[:40]) for markup in parsed) == 1
    assert "We have no choice" in article.text
    assert article.published is not None and article.published.isoformat() == "2024-03-05"


def test_the_shared_tree_holds_no_comments_as_trafilaturas_own_parse_holds_none() -> None:
    tree = parse_page(PAGE)
    assert tree is not None
    assert "ad slot" not in lxml_html.tostring(tree, encoding="unicode")


def test_a_page_s_link_texts_come_with_its_text_read_whole_and_with_its_elements_spaced() -> None:
    page = PAGE.replace("</article>", "</article><aside><a href='/a'>Ferry fares rise <b>again</b></a>"
                        "<a href='/b'><h3>Bridge closes</h3><p>Drivers face long detours</p></a><a href='/c'> </a>"
                        "</aside>")
    article = article_from_html(page, "bridge.html")
    assert {"Ferry fares rise again", "Bridge closesDrivers face long detours",
            "Bridge closes Drivers face long detours"} <= article.links
    assert "" not in article.links


def test_the_extractor_s_author_field_gives_each_author_apart() -> None:
    assert authors_named("Orla Fenwick; Tilda  Brannock; ") == ("Orla Fenwick", "Tilda Brannock")
    assert authors_named(None) == ()


def test_a_page_s_picture_descriptions_come_with_their_spacing_collapsed() -> None:
    tree = lxml_html.fromstring("<div><img alt='Rebuilt  pontoons at\nOstervale'><img alt=' '><img></div>")
    assert picture_texts(tree) == {"Rebuilt pontoons at Ostervale"}
