"""The typed content model and the course loader: what a checked course holds."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pydantic import TypeAdapter, ValidationError

from macros.content.course import load_course
from macros.content.errors import ContentError, ContentErrors, did_you_mean, format_path
from macros.content.exercises import Checklist, Quiz, Scale, SelfAssessment, Workshop
from macros.content.model import Module
from macros.render.pages import version_of

FIXTURE = Path(__file__).parents[1] / "fixtures" / "course" / "course.yml"


@pytest.fixture(scope="module")
def course():
    return load_course(FIXTURE)


class TestCourse:
    def test_modules_in_course_order(self, course):
        """The modules come in the order course.yml lists them."""
        assert list(course.modules) == yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))["modules"]

    def test_example_module_uses_every_exercise_kind(self, course):
        """The example module shows quiz, self-assessment, checklist, reflection and workshop plan."""
        kinds = {exercise.kind for exercise in course.exercises_of(course.modules["voorbeeld"])}
        assert kinds == {"quiz", "self-assessment", "checklist", "reflection", "workshop"}

    def test_exercises_in_page_order_workshop_last(self, course):
        """A module's exercises come in the order of its sections, the trainers' workshop plan last."""
        ids = [e.id for e in course.exercises_of(course.modules["voorbeeld"])]
        assert ids == ["voorbeeld-quiz", "voorbeeld-zelfscan", "voorbeeld-checklist", "voorbeeld-reflectie", "voorbeeld-workshop"]

    def test_question_count(self, course):
        """Every quiz question of the course is counted once."""
        assert course.question_count == sum(len(e.questions) for e in course.exercises.values() if isinstance(e, Quiz))
        assert len(course.exercises["voorbeeld-quiz"].questions) == 2

    def test_paths_in_messages_are_relative_to_the_base(self, tmp_path):
        """Errors name files relative to the folder the author works in."""
        (tmp_path / "course.yml").write_text("title: T\nstorage_id: t\nmodules: [ontbreekt]\n", encoding="utf-8")
        with pytest.raises(ContentErrors) as info:
            load_course(tmp_path / "course.yml", base=tmp_path)
        assert str(info.value) == "course.yml:3:11: modules[0]: no module 'ontbreekt' in modules/"


class TestExercises:
    def test_workshop_total_is_computed(self, course):
        """A workshop's length is the sum of its blocks, never typed by the author."""
        workshop = course.exercises["voorbeeld-workshop"]
        assert isinstance(workshop, Workshop)
        assert workshop.total_minutes == sum(b.minutes for b in workshop.blocks) == 65

    def test_scale_runs_from_one_to_the_number_of_labels(self):
        """Point values of a scale are 1..n, one per label."""
        scale = Scale(labels=["a", "b", "c", "d", "e"])
        assert (scale.low, scale.high, scale.reversible) == (1, 5, True)

    def test_plain_checklist_is_one_untitled_group(self):
        """A checklist written as one list of items shows as a single group without a title."""
        checklist = Checklist(kind="checklist", id="c", title="C", items=[{"id": "a", "text": "A"}, {"id": "b", "text": "B"}])
        groups = checklist.all_groups()
        assert [(g.title, [i.id for i in g.items]) for g in groups] == [("", ["a", "b"])]
        assert [i.id for i in checklist.all_items()] == ["a", "b"]

    def test_self_assessment_links_statements_to_dimensions(self, course):
        """Every statement of the example scan belongs to one of its dimensions."""
        scan = course.exercises["voorbeeld-zelfscan"]
        assert isinstance(scan, SelfAssessment)
        assert {s.dimension for s in scan.statements} == {d.id for d in scan.dimensions}
        assert [s.id for s in scan.statements if s.reverse] == ["advies-eerst"]


class TestStrictModel:
    def test_no_silent_conversion(self):
        """'10' is not taken for the number 10: the author learns the value has the wrong type."""
        with pytest.raises(ValidationError):
            TypeAdapter(Scale).validate_python({"labels": ["a", "b", "c"], "reversible": "yes"})

    def test_unknown_field_is_an_error(self):
        """A misspelt field is never ignored."""
        with pytest.raises(ValidationError) as info:
            Scale(labels=["a", "b", "c"], reversable=False)
        assert info.value.errors()[0]["type"] == "extra_forbidden"

    def test_models_are_frozen(self, course):
        """A checked module cannot be changed by rendering code by accident."""
        module = course.modules["voorbeeld"]
        with pytest.raises(ValidationError):
            module.title = "Anders"

    def test_module_needs_three_to_five_objectives(self, course):
        """Two learning objectives are too few, six too many."""
        data = course.modules["voorbeeld"].model_dump(by_alias=True, exclude_defaults=True)
        for count in (2, 6):
            with pytest.raises(ValidationError):
                Module.model_validate({**data, "objectives": [f"Doel {i}" for i in range(count)]})


class TestItemVersions:
    def test_version_changes_with_what_the_answer_depends_on(self, course):
        """Changing a question's prompt or its options gives it a new version."""
        question = course.exercises["voorbeeld-quiz"].questions[0]
        changed = question.model_copy(update={"prompt": "Een andere vraag?"})
        assert version_of(changed) != version_of(question)

    def test_version_stays_when_only_feedback_changes(self, course):
        """Rewording feedback or the explanation keeps learners' stored answers."""
        question = course.exercises["voorbeeld-quiz"].questions[0]
        changed = question.model_copy(update={"explanation": "Beter uitgelegd."})
        assert version_of(changed) == version_of(question)

    def test_statement_version_depends_on_the_scale(self, course):
        """Changing the scale's labels makes earlier answers on it stale."""
        statement = course.exercises["voorbeeld-zelfscan"].statements[0]
        assert version_of(statement, ["a", "b", "c"]) != version_of(statement, ["a", "b", "c", "d"])


class TestErrors:
    def test_format_path(self):
        """A field path reads as the author would point at it."""
        assert format_path(("questions", 2, "options", 1, "feedbak")) == "questions[2].options[1].feedbak"

    def test_did_you_mean(self):
        """A close known name is suggested; an unrelated word gets no suggestion."""
        assert did_you_mean("feedbak", ["feedback", "text"]) == " (did you mean 'feedback'?)"
        assert did_you_mean("moeilijkheid", ["feedback", "text"]) == ""

    def test_message_is_one_line(self):
        """A message that spans several lines is printed on one."""
        assert str(ContentError("a.yml", 1, 2, "", "first\n  second")) == "a.yml:1:2: first second"

    def test_errors_sorted_by_file_and_line(self):
        """All errors of a run are listed by file, then line."""
        errors = ContentErrors([ContentError("b.yml", 1, 1, "x", "m"), ContentError("a.yml", 9, 1, "x", "m"),
                                ContentError("a.yml", 2, 1, "x", "m")])
        assert str(errors).splitlines() == ["a.yml:2:1: x: m", "a.yml:9:1: x: m", "b.yml:1:1: x: m"]
