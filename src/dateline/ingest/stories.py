"""Other stories a page sets in ``<article>`` elements of their own beside the story it is about.

A news page repeats its article's markup for other stories: a theme that loads the publisher's next story
under the article (headline, byline, date and all its paragraphs), or a feed of teaser cards, each an
``<article>`` with its headline and blurb. An extractor that scores text density keeps whichever of them
reads as prose, and their quotes and figures then pass for the story's. The page says which article is its
own: the one whose headline its title repeats (:func:`dateline.ingest.published.names_heading`). The other
``<article>`` elements with a headline of their own are other stories and go before extraction; an article
with no headline (a comment, a gallery slide) is left to the extractor, and so is every page whose title names
no article's headline (its story's article is then unknown).
"""

from __future__ import annotations

from lxml import html as lxml_html

from dateline.ingest.published import names_heading, page_title

#: A story's headline has at least this many words: a site's name or a section's ("PetaPixel", "News") in a
#: heading that the title also holds marks no article as the story's.
MIN_HEADLINE_WORDS = 3


def drop_other_stories(tree: lxml_html.HtmlElement) -> bool:
    """Takes the ``<article>`` elements of other stories out of the page ``tree``, when its title names the
    headline of one of its articles; whether it took any out (else the page is left as it was)."""
    title = page_title(tree)
    headed = [(article, heading) for article in tree.iter("article") if (heading := _headline(article)) is not None]
    stories = [article for article, heading in headed
               if len(heading.text_content().split()) >= MIN_HEADLINE_WORDS and names_heading(title, heading)]
    others = [article for article, heading in headed
              if not names_heading(title, heading) and not any(article in story.iterancestors() for story in stories)]
    if not stories or not others:
        return False
    for article in others:
        article.drop_tree()
    return True


def _headline(article: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """An article's headline: its first heading of the top three levels that has words (a teaser card's title
    is often an ``<h2>`` or ``<h3>``)."""
    return next((heading for heading in article.iter("h1", "h2", "h3") if heading.text_content().split()), None)
