"""Small rendering helpers whose output a learner reads: numbers, author tables, author Markdown."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.content.course import load_course
from macros.render.pages import number
from macros.render.text import markdown_to_html, plain_paragraphs, to_html

ROOT = Path(__file__).resolve().parents[2]


class TestNumber:
    def test_dutch_decimal_comma(self):
        """A band boundary of 3.75 reads '3,75'; a whole 5.0 reads '5'."""
        assert [number(3.75), number(5.0), number(2.5), number(1)] == ["3,75", "5", "2,5", "1"]


class TestAuthorTables:
    def test_empty_corner_cell_is_not_a_header(self):
        """An empty top-left cell of an author's table is a plain cell, so no empty header is announced."""
        html = str(to_html("|   | Lage lat | Hoge lat |\n|---|---|---|\n| Veilig | Comfort | Leren |"))
        assert "<td></td>" in html and "<th></th>" not in html
        assert html.count("<th>") == 2

    def test_filled_header_cells_stay_headers(self):
        """Header cells with text remain <th>."""
        assert str(to_html("| A | B |\n|---|---|\n| 1 | 2 |")).count("<th>") == 2


def course_texts() -> list[str]:
    """Every text of the real course and the test course: what authors actually write."""
    texts: set[str] = set()

    def walk(value):
        if isinstance(value, str):
            texts.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)
        elif hasattr(value, "model_dump"):
            walk(value.model_dump())

    for config in (ROOT / "course.yml", ROOT / "tests" / "fixtures" / "course" / "course.yml"):
        course = load_course(config)
        for item in [*course.modules.values(), *course.exercises.values()]:
            walk(item)
    return sorted(texts)


#: Texts that look plain but are Markdown: each must get Python-Markdown's full conversion.
MARKDOWN = [
    "- een\n- twee", "1. een\n2. twee", "# Kop", "Kop\n===", "Kop\n---", "> citaat", "!!! note\n    tekst",
    "```\ncode\n```", "    code", "regel  \nbreuk", "a | b\n--|--\n1 | 2", "Ryan &amp; Deci", "<b>vet</b>",
    "een *nadruk*", "een_woord_", "[link](https://example.org)", "tekst {: .klasse }", "~~~\ncode\n~~~",
    "\tingesprongen", "regel\n  ingesprongen", "2005) begon", "+ plus", ": definitie",
]
#: Texts that mix plain paragraphs with Markdown, some of it spanning paragraphs.
MIXED = [
    "Eerst dit.\n\n- een\n- twee\n\nDan dat.", "- een\n\n- twee\n\nlos\n\n- drie", "1. een\n\nlos\n\n3. drie",
    "Zie [de bron][1].\n\nlos\n\n[1]: https://example.org", "```\na\n\nlos\n\n```", "<div>\n\nlos\n\n</div>",
    "> citaat\n\nlos", "!!! note\n    body\n\n    meer\n\nlos", "    code\n\n    meer\n\nlos", "Kop\n---\n\nlos",
    "Een **vet** woord.\n\nlos\n\nNog *iets*.\n", "| a | b |\n|---|---|\n| 1 | 2 |\n\nlos",
]


class TestAuthorMarkdown:
    def test_plain_text_converts_as_python_markdown_does(self):
        """Every course text that takes the fast path gets exactly Python-Markdown's HTML."""
        texts = [text for text in course_texts() if plain_paragraphs(text) is not None]
        assert len(texts) > 1000  # the fast path is the common case
        assert [plain_paragraphs(text) for text in texts] == [markdown_to_html(text) for text in texts]

    def test_every_course_text_converts_as_python_markdown_does(self):
        """Plain paragraphs between lists and emphasis skip Markdown too: the HTML is the same."""
        texts = course_texts()
        assert [str(to_html(text)) for text in texts] == [markdown_to_html(text) for text in texts]

    @pytest.mark.parametrize("text", MARKDOWN)
    def test_markdown_syntax_gets_the_full_conversion(self, text):
        assert plain_paragraphs(text) is None
        assert str(to_html(text)) == markdown_to_html(text)

    @pytest.mark.parametrize("text", MIXED)
    def test_mixed_text_converts_as_python_markdown_does(self, text):
        assert str(to_html(text)) == markdown_to_html(text)

    def test_paragraphs_and_line_breaks_of_plain_text(self):
        assert plain_paragraphs("Eerste regel\ntweede regel.\n\nTweede alinea.\n") == \
            "<p>Eerste regel\ntweede regel.</p>\n<p>Tweede alinea.</p>"
        assert str(to_html("")) == "" and str(to_html(None)) == ""
