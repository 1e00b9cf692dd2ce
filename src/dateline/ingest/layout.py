"""Tables a page lays its story out with, read as the blocks they hold.

Older pages (and some newsletters and trade sites to this day) set the whole page in ``<table>`` cells: the
story's paragraphs are ``<p>`` elements inside one ``<td>``. trafilatura reads a table as data and writes each
row as one line of cells ("| … | … |"), so the story's paragraphs run together into a single line of
thousands of characters: every later stage, which reads the cleaner's lines as paragraphs, then sees no
paragraph of the story at all (a line that long, opening on "| |", is no story line), and its quotes are
never read. A table holding paragraphs is no data table (a data table's cells hold a value or a phrase), so
its rows and cells become plain blocks before extraction; a table of values is left as it is.

The unwrap is a second reading, asked for only when trafilatura's first one set most of the story in table rows
(:func:`read_as_table_rows`). A page laid out in tables whose story trafilatura reads as paragraphs all the same
(its story cell holds block elements trafilatura follows) is left as it is: unwrapping its tables turns every
other cell of the page (sidebars, lists of links, score and price boxes) into blocks like the story's, and the
extractor, which passed over them as table data, then keeps some of them.
"""

from __future__ import annotations

from lxml import html as lxml_html

#: Paragraphs a table holds, at least, to be the page's layout rather than data.
MIN_LAYOUT_PARAGRAPHS = 2
#: Share of the extracted text's characters on table rows above which trafilatura has read the story as a table.
TABLE_ROWS_SHARE = 0.5
#: The tags of a table's frame, which become blocks in a layout table: its cells' contents stay, in reading
#: order, and so do their classes and ids, which tell an extractor a sidebar from the story.
TABLE_TAGS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col")


def unwrap_layout_tables(tree: lxml_html.HtmlElement) -> bool:
    """Turns every table of the page ``tree`` that holds paragraphs (:data:`MIN_LAYOUT_PARAGRAPHS`), and the
    tables nested in it, into blocks; whether there was any (else the page is left as it was)."""
    layouts = [table for table in tree.iter("table") if len(table.xpath(".//p")) >= MIN_LAYOUT_PARAGRAPHS
               and not any(ancestor.tag == "table" for ancestor in table.iterancestors())]
    for table in layouts:
        for element in [table, *table.iterdescendants(*TABLE_TAGS)]:
            element.tag = "div"
    return bool(layouts)


def read_as_table_rows(text: str) -> bool:
    """Whether most of an extracted ``text`` stands on table rows (lines opening on "|"): the story was read
    as a table's data, and only then are the page's layout tables worth unwrapping (see the module's note)."""
    rows = sum(len(line) for line in text.splitlines() if line.lstrip().startswith("|"))
    return rows > TABLE_ROWS_SHARE * len(text)
