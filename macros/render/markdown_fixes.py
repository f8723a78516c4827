"""Small corrections to the HTML that Python-Markdown makes of author text, for accessibility."""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from markdown import Extension
from markdown.extensions.toc import slugify
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


class _GlossaryLinks(Treeprocessor):
    """In a glossary, every term in bold that has an entry of its own links to that entry.

    A glossary is a page of entries written as paragraphs `**Term** — explanation` (at least
    MIN_ENTRIES of them); each entry gets an id made from its term. A bold word elsewhere on the page
    (`Zie **verzuim**`, `(zie **vrijheid binnen kaders**)`) that names an entry, in any case, becomes a
    link to it; a bold word without an entry stays bold. Other pages are left as they are.
    """

    MIN_ENTRIES = 3
    DASHES = ("—", "–")

    def entries(self, root: Element) -> dict[Element, str]:
        """Each entry paragraph with its term."""
        found = {}
        for paragraph in root.iter("p"):
            first = paragraph[0] if len(paragraph) else None
            if (first is not None and first.tag == "strong" and not (paragraph.text or "").strip()
                    and (first.tail or "").lstrip().startswith(self.DASHES)):
                found[paragraph] = "".join(first.itertext()).strip()
        return found

    def run(self, root: Element) -> None:
        entries = self.entries(root)
        if len(entries) < self.MIN_ENTRIES:
            return
        taken = {element.get("id") for element in root.iter() if element.get("id")}
        anchors: dict[str, str] = {}
        for paragraph, term in entries.items():
            anchor = base = slugify(term, "-") or "begrip"
            number = 1
            while anchor in taken:
                number += 1
                anchor = f"{base}-{number}"
            taken.add(anchor)
            paragraph.set("id", anchor)
            for name in self.names(term):
                anchors.setdefault(name, anchor)
        self._link(root, anchors, own=None, entries=entries)

    @staticmethod
    def names(term: str) -> set[str]:
        """The ways the text may name an entry: 'POP (persoonlijk ontwikkelingsplan)' also as 'POP' and
        'persoonlijk ontwikkelingsplan'; 'Basisbehoeften, psychologische' as 'psychologische basisbehoeften'."""
        names = {term}
        short = re.fullmatch(r"(.+?)\s*\((.+)\)", term)
        if short:
            names |= {short.group(1), short.group(2)}
        inverted = re.fullmatch(r"([^,]+),\s*([^,]+)", term)
        if inverted:
            names.add(f"{inverted.group(2)} {inverted.group(1)}")
        return {_key(name) for name in names}

    def _link(self, parent: Element, anchors: dict[str, str], own: str | None, entries: dict[Element, str]) -> None:
        if parent.tag == "a":
            return
        own = anchors.get(_key(entries[parent])) if parent in entries else own
        for index, child in enumerate(list(parent)):
            if child.tag == "strong" and not (parent in entries and index == 0):
                anchor = anchors.get(_key("".join(child.itertext())))
                if anchor and anchor != own:
                    link = Element("a", {"href": f"#{anchor}"})
                    link.tail, child.tail = child.tail, None
                    link.append(child)
                    parent[index] = link
                    continue
            self._link(child, anchors, own, entries)


def _key(name: str) -> str:
    """A term as it is looked up: any case, any spacing (a bold term may run over a line break)."""
    return " ".join(name.split()).casefold()


class GlossaryLinks(Extension):
    def extendMarkdown(self, md) -> None:
        # Priority 5, registered after `toc` (also 5): the headings have their ids, so an entry's id
        # does not take one of theirs. MkDocs registers its anchor check (also 5) after every
        # extension, so it sees the entries' ids and finds the "Zie **verzuim**" links valid.
        md.treeprocessors.register(_GlossaryLinks(md), "ld_glossary_links", 5)
