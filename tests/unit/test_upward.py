"""Upward scans (issue 15 part 3, macros/content/upward.py): paired with the module's self-scan, left out of the
learner's own exercises, answered by the team on a page of its own, and checked at load with the place."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from macros.site.browser import browser_data
from macros.content.course import load_course
from macros.content.errors import ContentErrors
from macros.content.upward import learner_refs, own_scan, upward_pages

ROOT = Path(__file__).parents[2]
FIXTURE_DIR = ROOT / "tests" / "fixtures" / "course"


@pytest.fixture(scope="module")
def course():
    return load_course(ROOT / "course.yml")


def with_upward(tmp_path: Path, edit=lambda text: text, placed_after: str = "voorbeeld-zelfscan"):
    """The fixture course with an upward copy of its self-scan (edited by `edit`) placed after `placed_after`."""
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_DIR, content)
    scan = (content / "exercises" / "voorbeeld-zelfscan.yml").read_text(encoding="utf-8")
    upward = scan.replace("id: voorbeeld-zelfscan", "id: voorbeeld-teamblik").replace("kind: self-assessment\n",
                                                                                      "kind: self-assessment\naudience: upward\n")
    (content / "exercises" / "voorbeeld-teamblik.yml").write_text(edit(upward), encoding="utf-8")
    module = content / "modules" / "voorbeeld.yml"
    text = module.read_text(encoding="utf-8")
    module.write_text(text.replace(f"    ref: {placed_after}\n", f"    ref: {placed_after}\n  - kind: exercise\n    ref: voorbeeld-teamblik\n"),
                      encoding="utf-8")
    return content / "course.yml"


class TestPairing:
    def test_each_upward_scan_is_compared_with_its_modules_self_scan(self, course):
        """Coaching, psychological safety and delegation each pair their teamblik with their zelfscan, dimension for dimension."""
        pages = upward_pages(course.modules, course.exercises)
        assert [(p.module_id, p.exercise_id) for p in pages] == [
            ("coachend-leiderschap", "coachend-leiderschap-teamblik"),
            ("psychologische-veiligheid", "psychologische-veiligheid-teamblik"),
            ("delegeren", "delegeren-teamblik")]
        for page in pages:
            own = course.exercises[own_scan(course.modules[page.module_id], course.exercises)]
            assert own.id == f"{page.module_id}-zelfscan"
            assert {d.id for d in own.dimensions} == {d.id for d in course.exercises[page.exercise_id].dimensions}

    def test_the_learner_does_not_answer_it(self, course):
        """The browser data leaves the upward scan out of the module's exercises and what 'klaar' needs, but keeps its layout."""
        data = browser_data(course)
        delegeren = next(m for m in data["modules"] if m["id"] == "delegeren")
        assert "delegeren/delegeren-teamblik" not in delegeren["exercises"] + delegeren["required"]
        assert learner_refs(course.modules["delegeren"], course.exercises) == [k.split("/")[1] for k in delegeren["exercises"]]
        assert data["exercises"]["delegeren/delegeren-teamblik"]["audience"] == "upward"

    def test_its_page_is_a_teamblik_page(self, course):
        assert [p.path for p in upward_pages(course.modules, course.exercises)][-1] == "teamblik/delegeren.md"


class TestChecks:
    def test_a_correct_pair_loads(self, tmp_path):
        """An upward copy of the module's self-scan is accepted."""
        course = load_course(with_upward(tmp_path))
        assert "voorbeeld/voorbeeld-teamblik" in course.layouts

    def test_other_dimensions_are_an_error_at_the_reference(self, tmp_path):
        """An upward scan whose dimensions differ from the self-scan's is named with both lists, at its place in the module."""
        config = with_upward(tmp_path, lambda text: text.replace("id: opvolgen", "id: opvolging").replace("dimension: opvolgen", "dimension: opvolging"))
        with pytest.raises(ContentErrors) as caught:
            load_course(config, base=tmp_path)
        message = str(caught.value)
        assert re.search(r"modules/voorbeeld\.yml:\d+:\d+: sections\[\d+\]\.ref: the upward scan 'voorbeeld-teamblik' must have "
                         r"the dimensions of 'voorbeeld-zelfscan' \(opvolgen, vragen\); it has: opvolging, vragen", message), message

    def test_another_scale_is_an_error(self, tmp_path):
        """Scores can only be compared on the same scale."""
        config = with_upward(tmp_path, lambda text: text.replace("Bijna altijd]", "Bijna altijd, Altijd]").replace("to: 5\n", "to: 6\n"))
        with pytest.raises(ContentErrors) as caught:
            load_course(config, base=tmp_path)
        assert "must use a scale of 5 points, as 'voorbeeld-zelfscan' does; it has 6" in str(caught.value)

    def test_without_a_self_scan_it_is_an_error(self, tmp_path):
        """An upward scan in a module without a self-scan has nothing to be compared with."""
        def edit(content: Path) -> None:
            module = content / "modules" / "voorbeeld.yml"
            module.write_text(module.read_text(encoding="utf-8").replace("  - kind: exercise\n    ref: voorbeeld-zelfscan\n", ""),
                              encoding="utf-8")
        config = with_upward(tmp_path, placed_after="voorbeeld-quiz")
        edit(config.parent)
        with pytest.raises(ContentErrors) as caught:
            load_course(config, base=tmp_path)
        assert "the upward scan 'voorbeeld-teamblik' needs a self-scan (audience: self) in the same module" in str(caught.value)
