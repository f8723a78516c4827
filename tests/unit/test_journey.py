"""What the learner's journey pages know about the course at build time (macros/site/browser.py, journey.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.site.browser import browser_data, required_exercises
from macros.content.course import load_course
from macros.content.exercises import SelfAssessment
from macros.site.journey import JourneyPages, item_index, page_root
from macros.content.model import Completion
from macros.render.pages import Renderer, version_of

FIXTURE = Path(__file__).parents[1] / "fixtures" / "course" / "course.yml"


@pytest.fixture(scope="module")
def course():
    return load_course(FIXTURE)


def with_completion(module, **rules):
    return module.model_copy(update={"completion": Completion(**rules)})


class TestRequiredExercises:
    def test_by_default_the_quiz_and_reflection_count(self, course):
        """By default a module is done when its quizzes are passed and its reflections written."""
        assert required_exercises(course, course.modules["voorbeeld"]) == ["voorbeeld-quiz", "voorbeeld-reflectie"]

    def test_completion_rules_add_self_assessments_and_checklists(self, course):
        """A module's `completion` can also require its self-assessments and checklists."""
        module = with_completion(course.modules["voorbeeld"], quizzes_passed=False, self_assessments_done=True, checklists_done=True)
        assert required_exercises(course, module) == ["voorbeeld-zelfscan", "voorbeeld-checklist", "voorbeeld-reflectie"]

    def test_rules_matching_no_exercise_require_all_of_them(self, course):
        """If the rules name none of the module's exercises, all of them must be finished (never done for free)."""
        module = with_completion(course.modules["tweede"], quizzes_passed=False, reflections_written=False, checklists_done=True)
        assert required_exercises(course, module) == ["tweede-quiz", "tweede-reflectie"]

    def test_the_browser_gets_them_with_each_module(self, course):
        """course.js carries the course title and, per module, the exercises that count."""
        data = browser_data(course)
        assert data["title"] == "Leidraad (testcursus)"
        assert {m["id"]: m["required"] for m in data["modules"]} == {
            "voorbeeld": ["voorbeeld/voorbeeld-quiz", "voorbeeld/voorbeeld-reflectie"],
            "tweede": ["tweede/tweede-quiz", "tweede/tweede-reflectie"]}

    def test_every_page_gets_only_what_every_page_needs(self, course):
        """course.js (on every page) names each module's exercises by key; their layouts carry no item texts."""
        data = browser_data(course)
        tweede = next(m for m in data["modules"] if m["id"] == "tweede")
        assert tweede["exercises"] == ["tweede/tweede-quiz", "tweede/tweede-reflectie"]
        assert set(tweede) == {"id", "title", "minutes", "exercises", "completion", "required"}
        assert "Welke feedback" not in str(data["exercises"])


class TestItemIndex:
    def test_every_answerable_item_under_its_storage_key(self, course):
        """Each quiz question, statement, checklist item and reflection question is listed under module/exercise/item."""
        index = item_index(course)
        assert sorted(k for k in index if k.startswith("tweede/")) == ["tweede/tweede-quiz/concreet", "tweede/tweede-reflectie/laatste-keer"]
        assert {index[k]["kind"] for k in index} == {"quiz", "self-assessment", "checklist", "reflection"}
        assert len([k for k in index if k.startswith("voorbeeld/voorbeeld-checklist/")]) == 3

    def test_versions_are_the_ones_the_module_pages_carry(self, course):
        """An item's version is computed exactly as for the module page (statements include the scale)."""
        index = item_index(course)
        scan = course.exercises["voorbeeld-zelfscan"]
        assert isinstance(scan, SelfAssessment)
        statement = scan.statements[0]
        assert index[f"voorbeeld/voorbeeld-zelfscan/{statement.id}"]["v"] == version_of(statement, scan.scale.labels)
        question = course.exercises["tweede-quiz"].questions[0]
        assert index["tweede/tweede-quiz/concreet"]["v"] == version_of(question)

    def test_texts_are_plain(self, course):
        """Questions are named by their text without Markdown, as the learner reads them."""
        assert item_index(course)["tweede/tweede-quiz/concreet"]["text"] == "Welke feedback is het meest concreet?"


class TestJourneyPages:
    def test_relative_root_of_a_page(self):
        """Scripts and links of a journey page are relative to where the page is."""
        assert page_root("voortgang.html") == ""
        assert page_root("nl/voortgang.html") == "../"
        assert page_root("a/b/c.html") == "../../"

    def test_plan_page_carries_only_reflection_questions(self, course):
        """The plan page gets the reflection questions (for the answers it collects), not the quizzes."""
        renderer = Renderer(course)
        # As MkDocs would: the kept HTML block comes back in place of its paragraph.
        html, _ = renderer.restore("<p>" + JourneyPages(renderer).plan("").strip() + "</p>")
        assert "laatste-keer" in html and "concreet" not in html
