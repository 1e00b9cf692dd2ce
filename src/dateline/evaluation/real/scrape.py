"""The real-news set's plain-text scrapes: what a naive scraper, or a reader copying a page, gets.

A text part is only a fair test of furniture removal if its furniture was not judged away when it was
made, so the scrape judges nothing: every block element of the page starts a line, scripts, styles and
hidden templates are dropped, and a window is cut from the page's headline to a dozen lines past the
article's last paragraph, so captions, inline promotions, share prompts and the related lists after an
article stay in. Where a benchmark gives the page's main text, its paragraphs mark the article's ends;
where none does (the held-out splits), the article's long paragraphs do.

Run ``python -m dateline.evaluation.real.scrape ARTICLES_DIR ID...`` to write ``text/<id>.txt`` for
each ``html/<id>.html`` (with ``gold/<id>.body.txt`` used where it exists).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import lxml.html

#: Elements that start a new line, as a browser lays them out.
BLOCKS = frozenset({"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "figure",
                    "blockquote", "td", "tr", "section", "article", "header", "footer", "aside", "nav", "br", "dd",
                    "dt", "table", "form", "main", "button", "label", "time", "address", "pre", "hr"})
#: Elements a reader never sees as text.
HIDDEN = frozenset({"script", "style", "noscript", "svg", "template", "iframe", "head", "select", "option",
                    "link", "meta"})
#: Lines kept before the headline is found (when it is not) and after the article's last paragraph.
LINES_BEFORE, LINES_AFTER = 8, 12
#: A line of at least this many words is taken for an article paragraph when no gold body says (the
#: second where a page, broken into short lines by its markup, has none of the first).
PARAGRAPH_WORDS = (40, 20)


#: C0 control characters other than tab and line breaks, which a few pages carry and XML text may not.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def decode(page: bytes) -> str:
    """The page's text: UTF-8, else Windows-1252 (what the older pages of the sources use), without
    stray control characters."""
    try:
        text = page.decode("utf-8")
    except UnicodeDecodeError:
        text = page.decode("cp1252", "replace")
    return CONTROL.sub("", text)


def block_lines(page: bytes) -> list[str]:
    """The visible text of the page's body, a line per block element, spaces collapsed, blanks dropped."""
    doc = lxml.html.fromstring(decode(page))
    for element in [e for e in doc.iter() if isinstance(e.tag, str) and e.tag in HIDDEN]:
        element.drop_tree()
    for element in doc.iter():
        if isinstance(element.tag, str) and element.tag in BLOCKS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    body = doc.find("body")
    text = (body if body is not None else doc).text_content()
    return [line for raw in text.split("\n") if (line := " ".join(raw.replace("\ufeff", "").split()))]


def headlines(page: bytes) -> set[str]:
    """The texts of the page's ``<h1>`` elements, spaces collapsed."""
    return {" ".join(h.text_content().split()) for h in lxml.html.fromstring(decode(page)).iter("h1")}


def _key(text: str) -> str:
    """A paragraph's comparison key: case, quote marks and spacing folded."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return " ".join(folded.translate(str.maketrans("", "", "\"'“”‘’")).split())


def _find(lines: Sequence[str], paragraph: str, start: int = 0) -> int | None:
    """The first line from ``start`` holding the paragraph's opening (too short an opening is not sought)."""
    key = _key(paragraph)[:40]
    if len(key) < 12:
        return None
    return next((i for i in range(start, len(lines)) if key in _key(lines[i]) or _key(lines[i])[:40] == key), None)


def body_bounds(lines: Sequence[str], gold_body: str | None) -> tuple[int, int] | None:
    """First and last line of the article: where the gold body's first and last paragraphs are found, or,
    without a gold body, the first and last lines long enough to be paragraphs."""
    if gold_body is None:
        for words in PARAGRAPH_WORDS:
            long = [i for i, line in enumerate(lines) if len(line.split()) >= words]
            if long:
                return long[0], long[-1]
        return None
    paragraphs = [p for p in gold_body.split("\n") if len(p.strip()) > 30]
    first = next((i for p in paragraphs[:4] if (i := _find(lines, p)) is not None), None)
    if first is None:
        return None
    last = next((i for p in reversed(paragraphs[-4:]) if (i := _find(lines, p, first)) is not None), None)
    return None if last is None else (first, last)


def scrape(page: bytes, gold_body: str | None = None) -> list[str] | None:
    """The scrape's lines: from the headline above the article (else a few lines above it) to a dozen lines
    past its last paragraph; ``None`` when the article cannot be located."""
    lines = block_lines(page)
    bounds = body_bounds(lines, gold_body)
    if bounds is None:
        return None
    first, last = bounds
    titles = headlines(page)
    start = next((i for i in range(first - 1, max(-1, first - 40), -1) if lines[i] in titles),
                 max(0, first - LINES_BEFORE))
    return lines[start:last + LINES_AFTER + 1]


def write_scrapes(articles_dir: Path, ids: Sequence[str]) -> list[str]:
    """Write ``text/<id>.txt`` for each id; the ids whose article could not be located are returned."""
    missing = []
    for article_id in ids:
        gold = articles_dir / "gold" / f"{article_id}.body.txt"
        lines = scrape((articles_dir / "html" / f"{article_id}.html").read_bytes(),
                       gold.read_text(encoding="utf-8") if gold.exists() else None)
        if lines is None:
            missing.append(article_id)
            continue
        (articles_dir / "text" / f"{article_id}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return missing


if __name__ == "__main__":
    not_located = write_scrapes(Path(sys.argv[1]), sys.argv[2:])
    print("article not located:", " ".join(not_located) or "none")
