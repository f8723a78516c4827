"""The interface strings file is checked like content: every key declared, errors with file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from macros.content import strings
from macros.content.course import load_course
from macros.content.errors import ContentErrors
from macros.site.nav import build_nav
from macros.render.pages import load_strings

ROOT = Path(__file__).parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "course" / "course.yml"


@pytest.fixture
def i18n(tmp_path, monkeypatch) -> Path:
    """A copy of the strings folder that a test may break."""
    folder = tmp_path / "i18n"
    shutil.copytree(strings.I18N, folder)
    monkeypatch.setattr(strings, "I18N", folder)
    return folder


class TestCheckStrings:
    def test_the_dutch_strings_are_complete(self):
        """nl.yml has every declared key and nothing else."""
        assert strings.check_strings("nl", "macros/i18n/nl.yml") == []

    def test_unknown_key_is_named_with_its_line(self, i18n):
        """A misspelt key is an error at its line, with the key it probably meant."""
        path = i18n / "nl.yml"
        text = path.read_text(encoding="utf-8").replace("\n  objectives: Leerdoelen\n", "\n  objectivs: Leerdoelen\n")
        path.write_text(text, encoding="utf-8")
        line = text.splitlines().index("  objectivs: Leerdoelen") + 1
        assert sorted(str(e) for e in strings.check_strings("nl", "nl.yml")) == [
            f"nl.yml:{line - 1}:1: module.objectives: required field is missing",
            f"nl.yml:{line}:3: module.objectivs: unknown field (did you mean 'objectives'?)"]

    def test_a_course_with_broken_strings_is_not_built(self, i18n):
        """load_course reports the strings file's errors with the content's."""
        path = i18n / "nl.yml"
        path.write_text(path.read_text(encoding="utf-8").replace("\n  start: Start\n", "\n"), encoding="utf-8")
        with pytest.raises(ContentErrors) as caught:
            load_course(FIXTURE, base=ROOT)
        assert "nav.start: required field is missing" in str(caught.value)

    def test_the_scripts_keys_are_their_own(self, i18n):
        """A key added under js: (for a script) is no error; Python declares only the ones it reads."""
        path = i18n / "nl.yml"
        path.write_text(path.read_text(encoding="utf-8").replace("\njs:\n", "\njs:\n  new_script_key: Nieuw\n"), encoding="utf-8")
        assert strings.check_strings("nl", "nl.yml") == []


class TestNavigation:
    def test_titles_come_from_the_strings(self):
        """The navigation's own titles are the strings file's `nav` section."""
        course = load_course(FIXTURE)
        titles = [next(iter(entry)) for entry in build_nav(course, ROOT / "docs", kit="included")]
        nav = load_strings("nl")["nav"]
        assert titles[:2] == [nav["start"], nav["modules"]] and nav["trainers"] in titles and nav["privacy"] in titles
