"""The safe YAML loader: plain data, the place of every value, and refusal of what is unsafe."""

from __future__ import annotations

import datetime

import pytest

from macros.content import loader
from macros.content.errors import ContentError
from macros.content.loader import MAX_VALUES, LoadError, load_document, parse_text

QUIZ = """\
kind: quiz
id: q
questions:
  - id: eerste
    options:
      - text: Dit
      - text: Dat
        correct: true
"""


def refused(text: str) -> ContentError:
    with pytest.raises(LoadError) as info:
        parse_text(text, "x.yml")
    return info.value.error


class TestParseText:
    def test_values_are_plain_data(self):
        """A file becomes dicts, lists, text, numbers, yes/no values and dates, nothing else."""
        doc = parse_text("a: tekst\nb: 3\nc: 2.5\nd: true\ne: 2024-01-31\nf: [x]\ng: null\n", "x.yml")
        assert doc.data == {"a": "tekst", "b": 3, "c": 2.5, "d": True, "e": datetime.date(2024, 1, 31), "f": ["x"], "g": None}

    def test_every_key_has_its_line_and_column(self):
        """The place of a nested field is where its key is written."""
        doc = parse_text(QUIZ, "x.yml")
        assert doc.where(("questions", 0, "options", 1, "correct")) == (8, 9)
        assert doc.where(("questions", 0, "id")) == (4, 5)
        assert doc.where(("questions", 0, "options", 0)) == (6, 9)

    def test_unknown_place_falls_back_to_the_nearest_parent(self):
        """A missing field is reported at the mapping that should hold it."""
        doc = parse_text(QUIZ, "x.yml")
        assert doc.where(("questions", 0, "options", 1, "feedback")) == (7, 9)
        assert doc.where(("title",)) == (1, 1)

    def test_error_names_file_place_and_field(self):
        """An error made from a document reads `path:line:col: field.path: message`."""
        doc = parse_text(QUIZ, "exercises/q.yml")
        error = doc.error(("questions", 0, "options", 1, "correct"), "wrong")
        assert str(error) == "exercises/q.yml:8:9: questions[0].options[1].correct: wrong"

    def test_key_given_twice_keeps_the_first_and_reports_the_second(self):
        """A repeated key does not silently replace the first value; the repeat is an error."""
        doc = parse_text("title: Eerst\nid: x\ntitle: Later\n", "x.yml")
        assert doc.data["title"] == "Eerst"
        assert [str(e) for e in doc.errors] == ["x.yml:3:1: title: key given twice (first at line 1)"]

    def test_keys_stay_text_as_written(self):
        """Keys such as `no:` or `2024-01-01:` are field names, not yes/no values or dates."""
        doc = parse_text("no: 1\n2024-01-01: 2\n10: 3\n", "x.yml")
        assert list(doc.data) == ["no", "2024-01-01", "10"]

    def test_byte_order_mark_is_ignored(self):
        """A file saved 'UTF-8 with BOM' by an editor reads like any other."""
        assert parse_text("\ufeffid: x\n", "x.yml").data == {"id": "x"}

    def test_tab_inside_a_value_is_fine(self):
        """Only tabs in the indentation are refused; a tab inside text is kept."""
        assert parse_text('a: "x\ty"\n', "x.yml").data == {"a": "x\ty"}

    def test_explicit_standard_tag_is_allowed(self):
        """`!!str 5` is plain YAML for the text '5'."""
        assert parse_text("id: !!str 5\n", "x.yml").data == {"id": "5"}


class TestRefusals:
    def test_tab_indentation(self):
        """Indenting with a tab is refused at the line and column of the tab."""
        assert str(refused("a:\n  b: 1\n \tc: 2\n")) == "x.yml:3:2: tab used for indentation; indent with spaces"

    def test_python_tag_is_refused_before_anything_is_built(self):
        """A tag that names Python code is refused; the loader never constructs tagged objects."""
        error = refused("a: !!python/object/apply:os.system ['echo hi']\n")
        assert str(error) == "x.yml:1:4: a: YAML tag '!!python/object/apply:os.system' is not allowed; use plain values"

    def test_tag_on_a_key_is_refused(self):
        """A tagged key is not plain text."""
        assert refused("!!python/name:os.system : 1\n").message == "a key must be plain text"

    def test_merge_key_is_refused(self):
        """`<<` merges are refused: every field is written out where it applies."""
        assert refused("a: &a {b: 1}\nc:\n  <<: *a\n").message == "merge keys ('<<') are not supported; write the fields out"

    def test_alias_bomb_is_refused(self):
        """Aliases that would expand beyond the value limit are refused at the value that crossed it."""
        rows = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
        rows += [f"{n}: &{n} [{', '.join([f'*{p}'] * 10)}]" for p, n in zip("abcdefg", "bcdefgh")]
        error = refused("\n".join(rows) + "\n")
        assert error.message == f"more than {MAX_VALUES} values (aliases expanding?); refused"

    def test_alias_that_contains_itself_is_refused(self):
        """A self-referencing alias cannot be expanded, so it is refused instead of looping."""
        assert refused("a: &a [1, *a]\n").message == "nested more than 50 levels deep (or an alias contains itself); refused"

    def test_document_that_is_a_list(self):
        """A file must hold fields, not a list."""
        assert str(refused("- a\n- b\n")) == "x.yml:1:1: expected a mapping of fields at the top, got a list"

    def test_empty_document(self):
        """A file with only comments is empty."""
        assert str(refused("# nog niets\n")) == "x.yml:1:1: the file is empty; expected a mapping of fields"

    def test_control_character(self):
        """A control character is refused at its place, on one line."""
        assert str(refused("a: b\x07c\n")) == "x.yml:1:5: character #x0007 is not allowed in YAML; remove it"

    def test_second_document(self):
        """One file holds one document."""
        error = refused("a: 1\n---\nb: 2\n")
        assert (error.line, error.message) == (2, "YAML syntax error: a second document ('---') in one file; give each module or exercise its own file")

    def test_unclosed_list(self):
        """An unclosed flow list names where it opened."""
        error = refused("a: [1, 2\nb: 3\n")
        assert error.message == "YAML syntax error: the list '[' that opens at line 1, column 4 is not closed with ']' (or a ',' is missing)"

    def test_undefined_alias(self):
        """An alias without an anchor is named."""
        assert refused("a: *nergens\n").message == "YAML syntax error: the alias '*nergens' refers to no anchor"

    def test_value_starting_with_a_reserved_character(self):
        """A value starting with @ or ` needs quotes, and the message says so."""
        assert refused("a: @home\n").message == "YAML syntax error: a value cannot start with '@'; put the text in quotes"

    def test_impossible_date(self):
        """Text that looks like a date but is none is refused with the cure."""
        assert refused("a: 2024-13-45\n").message == "cannot read '2024-13-45': month must be in 1..12; put text in quotes"


class TestLoadDocument:
    def test_bytes_that_are_not_utf8(self, tmp_path):
        """A file saved in another encoding is refused at the first byte that is not UTF-8."""
        path = tmp_path / "x.yml"
        path.write_bytes("a: 1\nb: caf\xe9\n".encode("latin-1"))
        with pytest.raises(LoadError) as info:
            load_document(path, "x.yml")
        assert str(info.value.error) == "x.yml:2:7: byte 0xe9 is not UTF-8; save the file as UTF-8"

    def test_reads_a_file_with_its_display_name(self, tmp_path):
        """Messages show the path as the author knows it, not the absolute one."""
        path = tmp_path / "x.yml"
        path.write_text("id: x\n", encoding="utf-8")
        assert load_document(path, "exercises/x.yml").path == "exercises/x.yml"


class TestParsedFilesKept:
    """A file once parsed is kept by content (loader.PARSED), so that a build parses only what changed."""

    @pytest.fixture
    def kept(self, tmp_path, monkeypatch):
        folder = tmp_path / "parsed"
        monkeypatch.setattr(loader, "PARSED", folder)
        return folder

    def test_a_kept_file_reads_back_the_same(self, tmp_path, kept):
        path = tmp_path / "q.yml"
        path.write_text(QUIZ, encoding="utf-8")
        first = load_document(path, "exercises/q.yml")
        assert len(list(kept.iterdir())) == 1
        again = load_document(path, "elders/q.yml")
        assert again.data == first.data == parse_text(QUIZ, "x.yml").data
        assert again.positions == first.positions and again.where(("questions", 0, "options", 1, "correct")) == (8, 9)
        assert again.path == "elders/q.yml"

    def test_a_changed_file_is_parsed_again(self, tmp_path, kept):
        path = tmp_path / "q.yml"
        path.write_text(QUIZ, encoding="utf-8")
        load_document(path, "q.yml")
        path.write_text(QUIZ.replace("Dit", "Zus"), encoding="utf-8")
        assert load_document(path, "q.yml").data["questions"][0]["options"][0]["text"] == "Zus"
        assert len(list(kept.iterdir())) == 2

    def test_what_is_not_kept(self, tmp_path, kept):
        """A file with a problem (a key given twice) keeps its errors; one with a date keeps its date."""
        path = tmp_path / "x.yml"
        path.write_text("a: 1\na: 2\n", encoding="utf-8")
        assert load_document(path, "x.yml").errors and load_document(path, "x.yml").errors
        path.write_text("e: 2024-01-31\n", encoding="utf-8")
        assert load_document(path, "x.yml").data == load_document(path, "x.yml").data == {"e": datetime.date(2024, 1, 31)}
        assert list(kept.iterdir()) == []

    def test_a_damaged_copy_is_parsed_again(self, tmp_path, kept):
        path = tmp_path / "q.yml"
        path.write_text(QUIZ, encoding="utf-8")
        load_document(path, "q.yml")
        (copy,) = kept.iterdir()
        copy.write_bytes(b"\x00not marshal")
        assert load_document(path, "q.yml").data == parse_text(QUIZ, "x.yml").data

    def test_a_folder_others_can_write_is_not_used(self, tmp_path, kept):
        kept.mkdir(mode=0o777)
        kept.chmod(0o777)
        path = tmp_path / "q.yml"
        path.write_text(QUIZ, encoding="utf-8")
        assert load_document(path, "q.yml").data == parse_text(QUIZ, "x.yml").data
        assert list(kept.iterdir()) == []
