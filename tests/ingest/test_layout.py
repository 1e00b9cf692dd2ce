"""Layout tables: a page set in table cells is read as the paragraphs it holds, a data table as it was."""

from __future__ import annotations

from lxml import html as lxml_html

from dateline.ingest.html import article_from_html
from dateline.ingest.layout import read_as_table_rows, unwrap_layout_tables
from dateline.ingest.published import parse_page

PARAGRAPHS = [
    "Police in 14 towns have detained at least 320 marchers since Friday, local monitors told the rights group.",
    "The group's lawyers fear the true number of arrests is far larger, since several districts have had no "
    "phone or internet service for days.",
    "“Every one of these people must be freed and the curfew lifted without delay,” said Clara Mendes, who "
    "leads the group's work on the region from its office in Lisbon.",
    "Phone videos shared before the blackout show riot police firing rubber bullets and pepper spray into "
    "crowds outside the town halls.",
]
LAYOUT_PAGE = ("<html><head><title>Hundreds held as marches spread</title></head><body>"
               "<table width='90%'><tr><td class='nav'><a href='/'>Home</a></td><td class='story'>"
               + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) +
               "</td></tr></table></body></html>")


def test_a_story_set_in_a_table_cell_keeps_its_paragraphs_as_lines():
    text = article_from_html(LAYOUT_PAGE, "rights.html").text
    lines = [line for line in text.splitlines() if line.strip()]
    assert "|" not in text
    assert all(any(line.startswith(p[:40]) for line in lines) for p in PARAGRAPHS)


def test_a_table_of_values_is_left_as_it_is():
    page = ("<html><body><p>Turnout rose.</p><table><tr><th>County</th><th>Votes</th></tr>"
            "<tr><td>Kent</td><td>12,004</td></tr></table></body></html>")
    tree = parse_page(page)
    assert tree is not None and not unwrap_layout_tables(tree)
    assert tree.find(".//table") is not None


def test_a_layout_table_and_the_boxes_nested_in_it_become_blocks():
    page = ("<html><body><table><tr><td><p>One.</p><p>Two.</p>"
            "<table><tr><td class='quote'>“A pull quote.”</td></tr></table></td></tr></table></body></html>")
    tree = parse_page(page)
    assert tree is not None and unwrap_layout_tables(tree)
    unwrapped = lxml_html.tostring(tree, encoding="unicode")
    assert "<table" not in unwrapped and "<td" not in unwrapped
    assert "<div class=\"quote\">“A pull quote.”</div>" in unwrapped


def test_a_story_read_as_table_rows_asks_for_the_layout_unwrap_and_one_read_as_paragraphs_does_not():
    as_rows = "| | Hundreds held as marches spread. Police in 14 towns have detained at least 320 marchers. |"
    assert read_as_table_rows(as_rows)
    assert not read_as_table_rows("\n".join([*PARAGRAPHS, "| Kent | 12,004 |"]))
