"""Small corrections to the HTML that Python-Markdown makes of author text, for accessibility."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from markdown import Extension
from markdown.treeprocessors import Treeprocessor


class _EmptyHeaderCells(Treeprocessor):
    """An empty corner cell of a table (`|   | Lage lat | Hoge lat |`) heads nothing: make it a <td>.

    Screen readers announce a <th> as the header of its column; an empty one is announced as nothing,
    and axe-core reports it (empty-table-header).
    """

    def run(self, root: Element) -> None:
        for cell in root.iter("th"):
            if not "".join(cell.itertext()).strip():
                cell.tag = "td"


class AccessibleTables(Extension):
    def extendMarkdown(self, md) -> None:
        md.treeprocessors.register(_EmptyHeaderCells(md), "ld_empty_header_cells", 0)
