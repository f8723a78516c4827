"""The browser data contract ("layout v1"): each kind's layout and window.LEIDRAAD (macros/site/browser.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.site.browser import browser_data, browser_script, course_pass_mark
from macros.content.course import load_course
from macros.content.exercises import LAYOUT_VERSION, fingerprint, version_of
from macros.render.pages import Renderer
from macros.packaging.scorm import scorm_data
from macros.site.trainer import TrainerKit

FIXTURE = Path(__file__).parents[1] / "fixtures" / "course" / "course.yml"


@pytest.fixture(scope="module")
def course():
    return load_course(FIXTURE)


@pytest.fixture(scope="module")
def data(course):
    return browser_data(course)


class TestLayouts:
    def test_every_placed_exercise_has_one_layout_under_its_key(self, course, data):
        """window.LEIDRAAD.exercises holds every exercise a module page shows, by '<module>/<exercise>'."""
        placed = [key for module in data["modules"] for key in module["exercises"]]
        assert list(data["exercises"]) == placed
        assert data["layoutVersion"] == LAYOUT_VERSION == 1

    def test_common_fields(self, data):
        """Each layout names its key, kind, id, title and fingerprint, and every item its id and version."""
        layout = data["exercises"]["tweede/tweede-quiz"]
        assert {k: layout[k] for k in ("key", "kind", "id", "title")} == {
            "key": "tweede/tweede-quiz", "kind": "quiz", "id": "tweede-quiz", "title": "Quiz over feedback"}
        assert layout["fp"] == fingerprint("tweede/tweede-quiz", [item["v"] for item in layout["items"]])
        assert all(set(item) >= {"id", "v"} for lay in data["exercises"].values() for item in lay["items"])

    def test_quiz(self, course, data):
        """A quiz gives its pass mark, and per question its type, number of options and correct ones as bits."""
        layout = data["exercises"]["tweede/tweede-quiz"]
        question = course.exercises["tweede-quiz"].questions[0]
        assert layout["passMark"] == 100
        assert layout["items"] == [{"id": "concreet", "v": version_of(question), "type": "single",
                                    "options": 2, "correct": 0b10}]

    def test_self_assessment(self, course, data):
        """A self-assessment gives its audience, scale labels, dimensions with bands, and each item's dimension."""
        layout = data["exercises"]["voorbeeld/voorbeeld-zelfscan"]
        scan = course.exercises["voorbeeld-zelfscan"]
        assert layout["audience"] == "self"
        assert layout["labels"] == ["Bijna nooit", "Zelden", "Soms", "Vaak", "Bijna altijd"]
        assert layout["items"][1] == {"id": "advies-eerst", "v": version_of(scan.statements[1], scan.scale.labels),
                                      "dim": 0, "reverse": True}
        assert layout["dimensions"][1] == {"id": "opvolgen", "title": "Opvolgen", "bands": [
            {"from": 1, "to": 3, "label": "Groeikans"}, {"from": 3, "to": 5, "label": "Sterk"}]}

    def test_checklist_and_reflection_items_have_only_id_and_version(self, data):
        """Checklist and reflection items carry nothing but their id and version."""
        for key in ("voorbeeld/voorbeeld-checklist", "voorbeeld/voorbeeld-reflectie"):
            assert all(set(item) == {"id", "v"} for item in data["exercises"][key]["items"])

    def test_workshop(self, course):
        """A workshop's layout (for trainer pages) gives its minutes and timed blocks."""
        workshop = course.exercises["voorbeeld-workshop"]
        layout = workshop.layout("voorbeeld/voorbeeld-workshop")
        assert layout["minutes"] == workshop.total_minutes
        assert layout["blocks"][0] == {"activity": workshop.blocks[0].activity, "minutes": workshop.blocks[0].minutes}


class TestCourseData:
    def test_pass_mark_and_group_minimum(self, course, data):
        """The course's pass mark (mean of the quizzes without a configured one) and the group minimum."""
        assert data["passMark"] == course_pass_mark(course)
        assert data["groupMinimum"] == course.config.group_minimum

    def test_strings_travel_with_the_scripts(self, data):
        """window.LEIDRAAD from course.js carries no strings: each script brings its own (assets.py)."""
        assert "strings" not in data

    def test_script(self, course):
        """course.js sets window.LEIDRAAD."""
        assert browser_script(course).startswith("window.LEIDRAAD = {")


class TestViewsOfTheLayouts:
    def test_scorm_data_uses_the_layouts_fingerprints(self, data, course):
        """The SCORM script's data carries the same fingerprints and pass mark as the layouts."""
        scorm = scorm_data(course)
        assert [e["fp"] for e in scorm["exercises"]] == [lay["fp"] for lay in data["exercises"].values()]
        assert scorm["passMark"] == data["passMark"]

    def test_group_view_uses_the_layouts_versions(self, data, course):
        """The group view reads a self-assessment's item versions from its layout."""
        group = TrainerKit(Renderer(course)).group_data()
        layout = data["exercises"]["voorbeeld/voorbeeld-zelfscan"]
        (assessment,) = group["assessments"]
        assert assessment["versions"] == [item["v"] for item in layout["items"]]
        assert assessment["labels"] == layout["labels"]

