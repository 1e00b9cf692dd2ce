"""A story the page splits into several blocks, taken whole when the extractor kept only one of them.

Page templates cut a story into blocks: an intro field and a body field, a body broken by an inline ad, a
"Related Story" box or a figure. A density-scoring extractor picks the block that scores best and drops the
rest, with their paragraphs and quotes. The page's reading order says which paragraphs continue the kept
text: walking from its first (last) kept paragraph backward (forward) through the page's text blocks, the
prose paragraphs met before any other text are the story's. Passed over on the way: captions (kept out, as
the extractor keeps them out), the boxes trafilatura itself discards (share bars, related-story boxes, ad
slots), and a short line set among the story's paragraphs (a crosshead, not added). The walk stops at any
other text: the headline, a notice or source line in a block of its own, a byline, a list, a link, furniture
(``<nav>``, ``<aside>``, ``<footer>``, a form, comments). A lone paragraph is not taken: beside the kept text
it is what the extractor chose to drop (an author's bio, a copyright line).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from lxml import html as lxml_html
from trafilatura.xpaths import OVERALL_DISCARD_XPATH, TEASER_DISCARD_XPATH

#: Elements whose text is one block of the page's reading order.
_BLOCK_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt",
                         "figcaption", "td", "th"})
#: Containers: a story's paragraph set in one of them alone, or a label printed between its children.
_CONTAINER_TAGS = ("div", "section")
#: Blocks that can hold a story's paragraph.
_PROSE_TAGS = frozenset({"p", "blockquote", "div", "section"})
#: Elements holding no story text: what lies in them stops the walk.
_FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "header", "form", "menu", "button", "select"})
#: Elements whose text is never read: code and the page's head.
_UNREAD_TAGS = ("script", "style", "noscript", "template", "head", "iframe")
#: A class or id naming a caption or a photo credit (skipped, like the extractor skips them) or comments
#: (furniture: the walk stops there).
_CAPTION_NAME = re.compile(r"caption|credit", re.IGNORECASE)
_COMMENT_NAME = re.compile(r"comment", re.IGNORECASE)
#: A paragraph of prose ends a sentence: a stop, a question or exclamation mark, or a quote closing one (a
#: quote's paragraph may close on a comma, the attribution following in the next).
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$|[.!?,][\"”’]$")
#: A prose paragraph has at least this many words ("There was just one problem." is one; a two-word label such
#: as "Read more." is not).
MIN_PROSE_WORDS = 4
#: At most this share of a prose paragraph's words are link text (a related-stories line is mostly links).
MAX_LINK_SHARE = 0.3
#: A box the walk passes over prints at most this many words (a crosshead, an ad's label).
MAX_GAP_WORDS = 20
#: A run of prose the walk takes has at least this many paragraphs (a lone one is an author's bio).
MIN_PARAGRAPHS_IN_RUN = 2
#: A kept paragraph that locates the extracted text in the page has at least this many words.
MIN_ANCHOR_WORDS = 8


class Block(NamedTuple):
    """One block of the page's reading order and the words it prints."""

    element: lxml_html.HtmlElement
    words: tuple[str, ...]


def with_story_continued(tree: lxml_html.HtmlElement, text: str) -> str:
    """The extracted ``text`` with the prose paragraphs that continue it in the page ``tree`` before and
    after it, in the page's order; ``text`` itself when none do (or its paragraphs cannot be found)."""
    blocks = list(_text_blocks(tree))
    kept_words = _normal(text)
    kept = [block for block in blocks if len(block.words) >= MIN_ANCHOR_WORDS and _is_kept(block, kept_words)]
    if not kept:
        return text
    holding_kept = {ancestor for block in kept for ancestor in block.element.iterancestors()}
    furniture = _discarded(tree) - holding_kept
    blocks = [block for block in blocks if block in kept
              or furniture.isdisjoint((block.element, *block.element.iterancestors()))]
    first, last = blocks.index(kept[0]), blocks.index(kept[-1])
    paragraph_tags = frozenset(block.element.tag for block in kept) | {"blockquote"}
    before = _continuation(reversed(blocks[:first]), kept[0].element, kept_words, paragraph_tags)[::-1]
    after = _continuation(blocks[last + 1:], kept[-1].element, kept_words, paragraph_tags)
    if not before and not after:
        return text
    return "\n".join([*before, text.strip("\n"), *after])


def _continuation(blocks: Iterable[Block], start: lxml_html.HtmlElement, kept_words: str,
                  paragraph_tags: frozenset[str]) -> list[str]:
    """The prose paragraphs met walking ``blocks`` outward from the kept text's paragraph ``start``, up to the
    first other text.

    A paragraph of the story is set in the elements the kept paragraphs are set in (``paragraph_tags``, and a
    quote block): a page that sets its story in ``<p>`` elements sets a notice in ``<div>`` text of its own
    ("This notice appears because a content blocker is on…"), which is other text.

    Captions and paragraphs the kept text holds are passed over, and so is a short box (a crosshead, an ad's
    label) between runs of prose. A run counts only with ``MIN_PARAGRAPHS_IN_RUN`` paragraphs, or right after
    one that counted: a lone paragraph beside the kept text or beyond a box is the extractor's to drop (an
    author's bio, a copyright line, a newsletter's pitch)."""
    walked: list[str] = []
    pending: list[str] = []
    gap_words = 0
    last = start
    for block in blocks:
        if _in_caption(block.element):
            continue
        kept, prose = _is_kept(block, kept_words), block.element.tag in paragraph_tags and _is_prose(block)
        if kept or prose:
            last = block.element
        if kept:
            continue
        if prose:
            pending.append(" ".join(block.words))
            if len(pending) >= MIN_PARAGRAPHS_IN_RUN or (walked and not gap_words):
                walked, pending, gap_words = [*walked, *pending], [], 0
            continue
        gap_words += len(block.words)
        if pending or gap_words > MAX_GAP_WORDS or not _set_among(block.element, last):
            break
    return walked


def _set_among(element: lxml_html.HtmlElement, paragraph: lxml_html.HtmlElement) -> bool:
    """Whether a box is set among the story's paragraphs (a crosshead beside them in their container), not in a
    block of its own (a notice's heading, a source line), and is no headline or furniture."""
    parent = element.getparent()
    return (parent is not None and parent in paragraph.iterancestors()
            and element.tag != "h1" and not _in_furniture(element))


def _is_kept(block: Block, kept_words: str) -> bool:
    """Whether the extracted text already holds the block's words (a pull quote it kept, its own paragraph)."""
    return f" {_normal(block.words)} " in f" {kept_words} "


def _text_blocks(tree: lxml_html.HtmlElement) -> Iterator[Block]:
    """The page's blocks that print words, in reading order: the innermost block elements (a ``<li>`` holding
    ``<p>``s gives its paragraphs, not itself), a ``<div>`` of text alone (a paragraph set in a ``<div>``),
    and the words a container prints between its children (a bare "Advertisement" label); code and the
    head are not read."""
    for element in tree.iter(*_BLOCK_TAGS, *_CONTAINER_TAGS):
        if any(ancestor.tag in _UNREAD_TAGS for ancestor in element.iterancestors()):
            continue
        inner = any(True for _ in element.iterdescendants(*_BLOCK_TAGS, *_CONTAINER_TAGS))
        if not inner:
            words = tuple(str(element.text_content()).split())
        elif element.tag in _CONTAINER_TAGS:
            words = tuple(" ".join([element.text or "", *(child.tail or "" for child in element)]).split())
        else:
            continue
        if words:
            yield Block(element, words)


def _is_prose(block: Block) -> bool:
    """A story paragraph: a ``<p>``, quote block or ``<div>`` of sentences, few of whose words are links,
    outside furniture, a list and a link (a teaser card's blurb)."""
    words = block.words
    if block.element.tag not in _PROSE_TAGS or len(words) < MIN_PROSE_WORDS or not _SENTENCE_END.search(words[-1]):
        return False
    if any(ancestor.tag in ("a", "li") for ancestor in block.element.iterancestors()):
        return False
    link_words = sum(len(link.text_content().split()) for link in block.element.iter("a"))
    return link_words <= MAX_LINK_SHARE * len(words) and not _in_furniture(block.element)


def _in_furniture(element: lxml_html.HtmlElement) -> bool:
    """Whether the element lies in the page's furniture: navigation, an aside, a footer, a form or comments."""
    return any(ancestor.tag in _FURNITURE_TAGS or _COMMENT_NAME.search(_names(ancestor))
               for ancestor in element.iterancestors())


def _discarded(tree: lxml_html.HtmlElement) -> set[lxml_html.HtmlElement]:
    """The elements trafilatura discards before it scores a page (menus, share bars, related-story boxes,
    bylines, ad slots, footers): out of the page's reading order for the walk too, by the extractor's own
    rules rather than a second list of class names (save those holding the text it kept: a page's wrapper
    whose class names a token of its lists)."""
    return {element for xpath in (*OVERALL_DISCARD_XPATH, *TEASER_DISCARD_XPATH) for element in xpath(tree)}


def _in_caption(element: lxml_html.HtmlElement) -> bool:
    """Whether the element is a figure's caption or credit (text of the picture's, not of the story's)."""
    return any(each.tag in ("figure", "figcaption") or _CAPTION_NAME.search(_names(each))
               for each in (element, *element.iterancestors()))


def _names(element: lxml_html.HtmlElement) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def _normal(words: str | Iterable[str]) -> str:
    """Words in lower case without punctuation, to find a page's paragraph in the extracted text (which
    spaces, quotes and dashes it otherwise)."""
    joined = words if isinstance(words, str) else " ".join(words)
    return " ".join(re.sub(r"\W+", " ", joined.lower()).split())
