"""In a glossary, a term in bold that has an entry of its own links to it (markdown_fixes.GlossaryLinks)."""

from __future__ import annotations

import markdown

from macros.render.markdown_fixes import GlossaryLinks

GLOSSARY = """## A

**Absenteïsme** — Zie **verzuim**.

**Autonomie** — Het gevoel dat je zelf achter je handelen staat (zie **vrijheid
binnen kaders**). Niet te verwarren met **autonomie** in het dagelijkse taalgebruik.

**Basisbehoeften, psychologische** — Zie **ABC**.

**POP (persoonlijk ontwikkelingsplan)** — Je plan.

## V

**Verzuim** — Afwezigheid door ziekte; zie ook **psychologische basisbehoeften** en je **POP**.

**Vrijheid binnen kaders** — Ruimte binnen afspraken.
"""


def html(text: str) -> str:
    return markdown.markdown(text, extensions=["toc", GlossaryLinks()])


class TestGlossaryLinks:
    def test_a_see_reference_links_to_its_entry(self):
        """'Zie **verzuim**' becomes a link to the entry Verzuim, which gets that id."""
        out = html(GLOSSARY)
        assert 'Zie <a href="#verzuim"><strong>verzuim</strong></a>.' in out
        assert '<p id="verzuim"><strong>Verzuim</strong>' in out

    def test_terms_are_found_in_any_case_over_a_line_break_by_short_and_inverted_names(self):
        """A bold term links whatever its case and line breaks, and by an entry's short or inverted name."""
        out = html(GLOSSARY)
        assert '<a href="#vrijheid-binnen-kaders"><strong>vrijheid\nbinnen kaders</strong></a>' in out
        assert '<a href="#basisbehoeften-psychologische"><strong>psychologische basisbehoeften</strong></a>' in out
        assert '<a href="#pop-persoonlijk-ontwikkelingsplan"><strong>POP</strong></a>' in out

    def test_no_link_without_an_entry_nor_to_the_entry_itself(self):
        """A bold word with no entry stays bold; an entry does not link to itself."""
        out = html(GLOSSARY)
        assert "Zie <strong>ABC</strong>." in out
        assert "<strong>autonomie</strong> in het dagelijkse" in out

    def test_ids_do_not_clash_with_headings(self):
        """An entry whose id a heading already has gets another one."""
        out = html("## Pop\n\n**Pop** — a.\n\n**Rap** — b.\n\n**Sok** — Zie **pop**.\n")
        assert '<h2 id="pop">' in out and '<p id="pop-2">' in out and 'href="#pop-2"' in out

    def test_other_pages_are_left_as_they_are(self):
        """A page with fewer than three entries is no glossary: its bold text stays bold."""
        text = "**Let op** — dit is belangrijk. Lees ook **Let op**."
        assert html(text) == markdown.markdown(text, extensions=["toc"])
