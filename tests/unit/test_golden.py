"""`leidraad check` on bad content, compared line by line with golden files.

Each folder in golden/ holds the files of one kind of mistake; they are laid over a copy of the
smallest valid course (golden/_base) and checked there. `expected.txt` is the exact output.
After an intended change of a message, rewrite the golden files with
`LEIDRAAD_UPDATE_GOLDEN=1 pytest tests/unit/test_golden.py` and review the diff.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from macros import cli
from macros.content.course import load_course

GOLDEN = Path(__file__).with_name("golden")
CASES = sorted(p.name for p in GOLDEN.iterdir() if p.is_dir() and not p.name.startswith("_"))
UPDATE = os.environ.get("LEIDRAAD_UPDATE_GOLDEN") == "1"


def lay_out(case: str, target: Path) -> Path:
    """A course folder: the valid base course with the case's files laid over it."""
    shutil.copytree(GOLDEN / "_base", target, dirs_exist_ok=True)
    shutil.copytree(GOLDEN / case, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("expected.txt"))
    return target


def expected(case: str) -> list[str]:
    return (GOLDEN / case / "expected.txt").read_text(encoding="utf-8").splitlines()


def run_check(capsys, monkeypatch, folder: Path) -> tuple[int, list[str]]:
    monkeypatch.chdir(folder)
    monkeypatch.delenv("LEIDRAAD_COURSE", raising=False)  # check the course.yml of `folder`
    code = cli.main(["check"])
    out = capsys.readouterr()
    return code, (out.out + out.err).splitlines()


class TestGoldenErrors:
    @pytest.mark.parametrize("case", CASES)
    def test_check_reports_every_error_with_its_place(self, case, tmp_path, capsys, monkeypatch):
        """An author sees each mistake as one `path:line:col: field: message` line, and exit code 1."""
        code, lines = run_check(capsys, monkeypatch, lay_out(case, tmp_path / "course"))
        if UPDATE:
            (GOLDEN / case / "expected.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        assert lines == expected(case)
        assert code == 1
        assert not any("Traceback" in line for line in lines)

    def test_every_case_has_golden_output(self):
        """No folder of bad input goes unchecked for lack of an expected.txt."""
        assert CASES and all((GOLDEN / case / "expected.txt").is_file() for case in CASES)

    def test_console_script_prints_the_same_lines(self, tmp_path):
        """The installed `leidraad` command prints exactly the golden lines and exits with 1."""
        folder = lay_out("wrong-types", tmp_path / "course")
        result = subprocess.run([_console_script(), "check"], cwd=folder, capture_output=True, text=True, timeout=120, env=_env())
        assert result.returncode == 1
        assert (result.stdout + result.stderr).splitlines() == expected("wrong-types")
        assert "Traceback" not in result.stderr


class TestSafeLoading:
    def test_python_tags_run_nothing(self, tmp_path, capsys, monkeypatch):
        """A YAML tag that would create a file when executed is refused, and no file appears."""
        folder = lay_out("python-tag", tmp_path / "course")
        run_check(capsys, monkeypatch, folder)
        assert sorted(p.name for p in folder.iterdir()) == ["course.yml", "exercises", "modules"]

    def test_the_python_tag_case_would_create_a_file_if_executed(self, tmp_path, monkeypatch):
        """The tag of the previous test is a real threat: PyYAML's unsafe loader does create the file."""
        import yaml

        monkeypatch.chdir(tmp_path)
        text = (GOLDEN / "python-tag" / "exercises" / "naam.yml").read_text(encoding="utf-8")
        yaml.load(text, Loader=yaml.UnsafeLoader)["title"].close()
        assert (tmp_path / "pwned-by-yaml-2").exists()

    def test_alias_bomb_is_refused_not_expanded(self, tmp_path, capsys, monkeypatch):
        """A file whose aliases would expand to 387 million values is refused with one message."""
        code, lines = run_check(capsys, monkeypatch, lay_out("alias-bomb", tmp_path / "course"))
        assert code == 1
        assert lines[0] == "exercises/basis-quiz.yml:3:57: more than 20000 values (aliases expanding?); refused"


class TestCleanContent:
    def test_base_course_is_valid(self, tmp_path, capsys, monkeypatch):
        """The course the golden cases start from is clean, so each error in them is the case's own."""
        code, lines = run_check(capsys, monkeypatch, lay_out_base(tmp_path / "course"))
        assert (code, lines) == (0, ["ok: 1 module, 1 exercise, 1 quiz question"])

    def test_fixture_course_gives_one_summary_line(self, capsys):
        """On clean content `leidraad check` prints one line counting modules, exercises and questions."""
        config = Path(__file__).parents[1] / "fixtures" / "course" / "course.yml"
        course = load_course(config)
        code = cli.main(["--config", str(config), "check"])
        out = capsys.readouterr()
        counts = ", ".join(f"{n} {word}{'s' if n != 1 else ''}" for n, word in [
            (len(course.modules), "module"), (len(course.exercises), "exercise"), (course.question_count, "quiz question")])
        assert (code, out.out, out.err) == (0, f"ok: {counts}\n", "")

    def test_summary_counts_in_plural(self, tmp_path, capsys, monkeypatch):
        """Two modules and their exercises are counted in the plural form."""
        folder = lay_out_base(tmp_path / "course")
        module = (folder / "modules" / "basis.yml").read_text(encoding="utf-8")
        (folder / "modules" / "tweede.yml").write_text(module, encoding="utf-8")
        quiz = (folder / "exercises" / "basis-quiz.yml").read_text(encoding="utf-8")
        (folder / "exercises" / "tweede-quiz.yml").write_text(quiz.replace("id: basis-quiz", "id: tweede-quiz"), encoding="utf-8")
        (folder / "course.yml").write_text("title: T\nstorage_id: t\nmodules: [basis, tweede]\n", encoding="utf-8")
        assert run_check(capsys, monkeypatch, folder) == (0, ["ok: 2 modules, 2 exercises, 2 quiz questions"])

    def test_console_script_on_clean_content(self, tmp_path):
        """The installed command exits with 0 on clean content and prints the summary on stdout."""
        result = subprocess.run([_console_script(), "check"], cwd=lay_out_base(tmp_path / "course"),
                                capture_output=True, text=True, timeout=120, env=_env())
        assert (result.returncode, result.stdout, result.stderr) == (0, "ok: 1 module, 1 exercise, 1 quiz question\n", "")


def lay_out_base(target: Path) -> Path:
    shutil.copytree(GOLDEN / "_base", target)
    return target


def _env() -> dict[str, str]:
    return {name: value for name, value in os.environ.items() if name != "LEIDRAAD_COURSE"}


def _console_script() -> str:
    """The `leidraad` script installed next to this Python (the one pyproject.toml declares)."""
    script = Path(sys.executable).with_name("leidraad")
    assert script.exists(), "install the project (pip install -e .) so that the `leidraad` command exists"
    return str(script)
