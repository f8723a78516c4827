"""The `leidraad` command's parts: every command is there, or the command fails loudly."""

from __future__ import annotations

import importlib
import sys

import pytest

from macros import cli
from macros.content.course import course_file


class TestCommands:
    def test_package_is_a_command(self):
        """`leidraad package scorm|offline` is always offered next to check and schema."""
        commands = cli.build_parser()._subparsers._group_actions[0].choices
        assert set(commands) == {"check", "schema", "package"}

    def test_a_broken_package_module_is_an_error(self, monkeypatch):
        """If the package module cannot be imported, the command fails with that error: no command silently vanishes."""
        monkeypatch.setitem(sys.modules, "macros.packaging.package", None)  # makes `import macros.packaging.package` fail
        with pytest.raises(ImportError):
            importlib.reload(cli)
        monkeypatch.undo()
        importlib.reload(cli)


class TestCourseFile:
    def test_chosen_else_environment_else_course_yml(self, tmp_path, monkeypatch):
        """The course file: the chosen one, else $LEIDRAAD_COURSE, else course.yml, relative to one base."""
        monkeypatch.delenv("LEIDRAAD_COURSE", raising=False)
        assert course_file(None, tmp_path) == tmp_path.resolve() / "course.yml"
        monkeypatch.setenv("LEIDRAAD_COURSE", "org/course.yml")
        assert course_file(None, tmp_path) == tmp_path.resolve() / "org" / "course.yml"
        assert course_file("other.yml", tmp_path) == tmp_path.resolve() / "other.yml"
