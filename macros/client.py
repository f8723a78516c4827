"""What the browser script needs to know about the course, computed at build time."""

from __future__ import annotations

from .course import Course
from .exercises import Checklist, Quiz, Reflection, SelfAssessment
from .render import load_strings

STORAGE_FORMAT = 1


def _items(exercise) -> list[str]:
    if isinstance(exercise, Quiz):
        return [q.id for q in exercise.questions]
    if isinstance(exercise, SelfAssessment):
        return [s.id for s in exercise.statements]
    if isinstance(exercise, Checklist):
        return [i.id for i in exercise.all_items()]
    if isinstance(exercise, Reflection):
        return [q.id for q in exercise.questions]
    return []


def client_data(course: Course) -> dict:
    """Storage id, interface strings, and each module's exercises (for progress across pages)."""
    modules = []
    for module_id, module in course.modules.items():
        exercises = []
        for ref in module.exercise_refs():
            exercise = course.exercises[ref]
            entry = {"id": ref, "kind": exercise.kind, "title": exercise.title, "items": _items(exercise)}
            if isinstance(exercise, Quiz):
                entry["passMark"] = exercise.pass_mark
            exercises.append(entry)
        modules.append({
            "id": module_id, "title": module.title, "minutes": module.minutes,
            "exercises": exercises, "completion": module.completion.model_dump(),
            "actions": [a.model_dump() for a in module.actions],
        })
    return {
        "storageId": course.config.storage_id,
        "format": STORAGE_FORMAT,
        "strings": load_strings(course.config.language)["js"],
        "modules": modules,
    }
