"""The closed set of exercise kinds: quiz, self-assessment, checklist, reflection, workshop, roleplay.

Each kind lives in its own module under `kinds/` (model, checks, lenient view, browser layout);
this file names them for the loader, the schema and the rest of the code.
"""

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Field

from macros.content.kinds.base import ExerciseKind, LAYOUT_VERSION, fingerprint, version_of
from macros.content.kinds.checklist import Checklist, ChecklistGroup, ChecklistItem
from macros.content.kinds.quiz import Option, Question, Quiz
from macros.content.kinds.reflection import Reflection, ReflectionQuestion
from macros.content.kinds.roleplay import Roleplay, Scenario
from macros.content.kinds.self_assessment import Band, Dimension, Scale, SelfAssessment, Statement
from macros.content.kinds.workshop import Block, Workshop

__all__ = [
    "EXERCISE_KINDS", "Exercise", "ExerciseKind", "LAYOUT_VERSION", "fingerprint", "version_of", "lenient_exercise",
    "Quiz", "Question", "Option", "SelfAssessment", "Scale", "Band", "Dimension", "Statement",
    "Checklist", "ChecklistGroup", "ChecklistItem", "Reflection", "ReflectionQuestion", "Workshop", "Block", "Roleplay", "Scenario",
]

Exercise = Annotated[Union[Quiz, SelfAssessment, Checklist, Reflection, Workshop, Roleplay], Field(discriminator="kind")]
EXERCISE_KINDS: dict[str, type[ExerciseKind]] = {
    "checklist": Checklist,
    "quiz": Quiz,
    "reflection": Reflection,
    "roleplay": Roleplay,
    "self-assessment": SelfAssessment,
    "workshop": Workshop,
}
#: The kinds a module page can place (a workshop is named by a module's `workshop` field, a role-play set
#: by a workshop's `roleplays` field).
PLACED_KINDS = ("quiz", "self-assessment", "checklist", "reflection")


def lenient_exercise(data: dict) -> ExerciseKind | None:
    """The exercise as far as its data allows (see lenient.py), or None for an unknown kind."""
    kind = EXERCISE_KINDS.get(data.get("kind")) if isinstance(data.get("kind"), str) else None
    return kind.lenient(data) if kind else None
