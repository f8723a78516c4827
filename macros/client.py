"""What the browser script needs to know about the course, computed at build time."""

from __future__ import annotations

from .course import Course
from .exercises import Checklist, Quiz, Reflection, SelfAssessment
from .model import Module
from .render import load_strings, to_inline_html, version_of

STORAGE_FORMAT = 1


def client_data(course: Course) -> dict:
    """Storage id, interface strings, and each module's exercises (for progress across pages).

    Every page loads this, so it holds only what every page needs: a module's status is computed from
    the results the exercises store. What one page alone needs (item versions and texts for the
    progress page, for instance) is put in that page (see journey.py).
    """
    modules = []
    for module_id, module in course.modules.items():
        exercises = [{"id": ref, "kind": course.exercises[ref].kind} for ref in module.exercise_refs()]
        modules.append({
            "id": module_id, "title": module.title, "minutes": module.minutes,
            "exercises": exercises, "completion": module.completion.model_dump(),
            "required": required_exercises(course, module),
        })
    return {
        "storageId": course.config.storage_id,
        "title": course.config.title,
        "format": STORAGE_FORMAT,
        "strings": load_strings(course.config.language)["js"],
        "modules": modules,
    }


#: Which completion rule covers which exercise kind (see model.Completion).
_COMPLETION_RULES = {"quiz": "quizzes_passed", "reflection": "reflections_written",
                     "self-assessment": "self_assessments_done", "checklist": "checklists_done"}


def required_exercises(course: Course, module: Module) -> list[str]:
    """The exercises that must be finished for the module to count as done ('klaar').

    The module's `completion` picks them by kind. A module whose rules match none of its exercises
    is done when all its exercises are, so that 'done' always means something the learner did.
    """
    refs = module.exercise_refs()
    rules = module.completion.model_dump()
    chosen = [ref for ref in refs if rules.get(_COMPLETION_RULES.get(course.exercises[ref].kind, ""), False)]
    return chosen or refs


def item_index(course: Course) -> dict[str, dict]:
    """Every answerable item under its storage key, with the version its answers must carry.

    The progress and plan pages use it to find answers to items an author has changed since (and to
    name those items by their text), without loading every module page.
    """
    index = {}
    for module_id, module in course.modules.items():
        for ref in module.exercise_refs():
            exercise = course.exercises[ref]
            for item_id, version, text in _versioned_items(exercise):
                index[f"{module_id}/{ref}/{item_id}"] = {"v": version, "text": text, "kind": exercise.kind}
    return index


def _versioned_items(exercise) -> list[tuple[str, str, str]]:
    """(id, version, plain text) of each item, versioned exactly as the templates do."""
    if isinstance(exercise, Quiz):
        return [(q.id, version_of(q), _plain(q.prompt)) for q in exercise.questions]
    if isinstance(exercise, SelfAssessment):
        labels = exercise.scale.labels
        return [(s.id, version_of(s, labels), s.text) for s in exercise.statements]
    if isinstance(exercise, Checklist):
        return [(i.id, version_of(i), i.text) for i in exercise.all_items()]
    if isinstance(exercise, Reflection):
        return [(q.id, version_of(q), _plain(q.prompt)) for q in exercise.questions]
    return []


def _plain(markdown_text: str) -> str:
    return to_inline_html(markdown_text).striptags()
