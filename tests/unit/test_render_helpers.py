"""Small rendering helpers whose output a learner reads: numbers, author tables."""

from __future__ import annotations

from macros.render import number, to_html


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
