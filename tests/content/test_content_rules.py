"""Curriculum rules every module of the course meets, beyond what the content model itself checks.

One test per rule, run for each module listed in course.yml (or in the file $LEIDRAAD_COURSE names, as
for a build): learning objectives, length of the explanation, cases, and the exercises a module must
have (quiz, self-assessment, checklist, reflection, workshop plan) with their minimum sizes.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml

from macros.content.course import Course, load_course
from macros.content.errors import ContentErrors
from macros.content.exercises import Checklist, Quiz, Reflection, SelfAssessment, Workshop
from macros.content.model import CaseSection, CalloutSection, ExerciseSection, KeyPointsSection, Module, TextSection

ROOT = Path(__file__).resolve().parents[2]
COURSE = Path(os.environ.get("LEIDRAAD_COURSE") or ROOT / "course.yml").resolve()

MIN_WORDS, MAX_WORDS = 1500, 3000
MIN_WORKSHOP, MAX_WORKSHOP = 90, 180

_LINK_URL = re.compile(r"\]\([^)\n]*\)")
_CODE = re.compile(r"`[^`\n]*`")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def course_module_ids() -> list[str]:
    return yaml.safe_load(COURSE.read_text(encoding="utf-8"))["modules"]


def load() -> Course | ContentErrors:
    try:
        return load_course(COURSE, base=ROOT)
    except ContentErrors as exc:
        return exc


def test_course_loads():
    """course.yml and every module and exercise it uses pass `leidraad check`."""
    loaded = load()
    if not isinstance(loaded, Course):
        pytest.fail(f"the course does not load:\n{loaded}")


@pytest.fixture(scope="module")
def course() -> Course:
    loaded = load()
    if not isinstance(loaded, Course):
        # test_course_loads fails and lists the errors; the rules cannot be judged until it passes.
        pytest.skip("the course does not load (see test_course_loads)")
    return loaded


@pytest.fixture(params=course_module_ids())
def module_id(request) -> str:
    return request.param


@pytest.fixture
def module(course, module_id) -> Module:
    return course.modules[module_id]


def exercises_of_kind(course: Course, module: Module, kind: type) -> list:
    return [e for e in course.exercises_of(module) if isinstance(e, kind)]


def word_count(markdown: str) -> int:
    """Words a reader sees: link targets and inline code do not count."""
    return len(_WORD.findall(_CODE.sub(" ", _LINK_URL.sub("]", markdown))))


def section_prose(module: Module) -> list[str]:
    """The explanation in the sections: bodies, case settings and questions, key points, exercise intros."""
    texts: list[str] = []
    for section in module.sections:
        if isinstance(section, (TextSection, CalloutSection)):
            texts.append(section.body)
        elif isinstance(section, CaseSection):
            texts += [section.setting, section.body, *section.questions]
        elif isinstance(section, KeyPointsSection):
            texts += section.points
        elif isinstance(section, ExerciseSection) and section.intro:
            texts.append(section.intro)
    return texts


def single_choice_questions(course: Course, module: Module) -> list:
    return [q for quiz in exercises_of_kind(course, module, Quiz) for q in quiz.questions if q.type == "single"]


def correct_index(question) -> int:
    return next(i for i, option in enumerate(question.options) if option.correct)


def test_has_three_to_five_objectives(module_id, module):
    """A module states 3 to 5 learning objectives."""
    assert 3 <= len(module.objectives) <= 5, f"{module_id}: {len(module.objectives)} objectives"


def test_sections_hold_1500_to_3000_words_of_prose(module_id, module):
    """The sections explain the subject in 1,500 to 3,000 words of the course's own prose."""
    words = sum(word_count(text) for text in section_prose(module))
    assert MIN_WORDS <= words <= MAX_WORDS, f"{module_id}: {words} words of prose in the sections"


def test_has_at_least_two_cases(module_id, module):
    """At least two workplace cases show the idea at work."""
    cases = [s for s in module.sections if isinstance(s, CaseSection)]
    assert len(cases) >= 2, f"{module_id}: {len(cases)} case section(s)"


def test_quiz_has_at_least_eight_questions(module_id, module, course):
    """The module places a quiz with at least 8 questions."""
    quizzes = exercises_of_kind(course, module, Quiz)
    assert quizzes, f"{module_id}: no quiz placed in the sections"
    for quiz in quizzes:
        assert len(quiz.questions) >= 8, f"{quiz.id}: {len(quiz.questions)} questions"


def test_self_assessment_has_eight_statements_and_two_dimensions(module_id, module, course):
    """Every self-assessment has at least 8 statements in at least 2 dimensions."""
    assessments = exercises_of_kind(course, module, SelfAssessment)
    assert assessments, f"{module_id}: no self-assessment placed in the sections"
    for assessment in assessments:
        assert len(assessment.statements) >= 8, f"{assessment.id}: {len(assessment.statements)} statements"
        assert len(assessment.dimensions) >= 2, f"{assessment.id}: {len(assessment.dimensions)} dimension(s)"


def test_has_a_checklist(module_id, module, course):
    """The module places a checklist for the job."""
    assert exercises_of_kind(course, module, Checklist), f"{module_id}: no checklist placed in the sections"


def test_has_a_reflection(module_id, module, course):
    """The module places a reflection whose answers feed the development plan."""
    assert exercises_of_kind(course, module, Reflection), f"{module_id}: no reflection placed in the sections"


def test_workshop_lasts_90_to_180_minutes(module_id, module, course):
    """The module's workshop plan lasts 90 to 180 minutes in total."""
    workshops = exercises_of_kind(course, module, Workshop)
    assert workshops, f"{module_id}: no workshop plan (field 'workshop')"
    total = workshops[0].total_minutes
    assert MIN_WORKSHOP <= total <= MAX_WORKSHOP, f"{workshops[0].id}: {total} minutes"


def test_correct_answers_are_not_always_at_the_same_position(module_id, module, course):
    """The right option of single-choice questions moves: its place gives nothing away."""
    positions = [correct_index(q) + 1 for q in single_choice_questions(course, module)]
    if len(positions) < 2:
        pytest.skip(f"{module_id}: fewer than two single-choice questions")
    assert len(set(positions)) > 1, f"{module_id}: the correct option is always option {positions[0]}"


def test_correct_answer_is_not_always_the_longest(module_id, module, course):
    """The right option of single-choice questions is not always the longest one."""
    questions = single_choice_questions(course, module)
    if len(questions) < 2:
        pytest.skip(f"{module_id}: fewer than two single-choice questions")

    def correct_is_longest(question) -> bool:
        lengths = [len(option.text) for option in question.options]
        right = lengths[correct_index(question)]
        return all(right > length for i, length in enumerate(lengths) if i != correct_index(question))

    longest = [q.id for q in questions if correct_is_longest(q)]
    assert len(longest) < len(questions), f"{module_id}: the correct option is the longest in every question"


_VERDICT = re.compile(r"^(Juist|Klopt|Nee|Fout|Correct|Niet juist|Inderdaad|Precies|Helaas)\b[.!,]")
_LABELS = ("Quiz", "Zelfscan", "Teamscan", "Checklist", "Reflectie", "Workshop", "Casus", "Misverstand", "Tip")


def test_feedback_does_not_repeat_the_verdict(module_id, module, course):
    """Option feedback does not open with 'Juist.' or 'Nee.': the page already shows the verdict."""
    repeated = [f"{q.id}[{i}]" for ex in exercises_of_kind(course, module, Quiz) for q in ex.questions
                for i, option in enumerate(q.options) if _VERDICT.match(option.feedback)]
    assert not repeated, f"{module_id}: feedback that starts with a verdict: {repeated}"


def test_titles_do_not_repeat_the_label(module_id, module, course):
    """Exercise, case and callout titles do not start with the label the page puts before them."""
    titles = [course.exercise(ref).title for ref in module.exercise_refs()]
    titles += [s.title for s in module.sections if isinstance(s, (CaseSection, CalloutSection))]
    doubled = [t for t in titles if t.split()[0].strip(":–-") in _LABELS]
    assert not doubled, f"{module_id}: titles that repeat the label: {doubled}"
