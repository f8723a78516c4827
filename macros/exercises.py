"""The closed set of exercise kinds: quiz, self-assessment, checklist, reflection, workshop.

Each kind lives in its own module under `kinds/` (model, checks, lenient view, browser layout);
this file names them for the loader, the schema and the rest of the code.
"""

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Field

from .kinds.base import ExerciseKind, LAYOUT_VERSION, fingerprint, version_of
from .kinds.checklist import Checklist, ChecklistGroup, ChecklistItem
from .kinds.quiz import Option, Question, Quiz
from .kinds.reflection import Reflection, ReflectionQuestion
from .kinds.self_assessment import Band, Dimension, Scale, SelfAssessment, Statement
from .kinds.workshop import Block, Workshop

__all__ = [
    "EXERCISE_KINDS", "Exercise", "ExerciseKind", "LAYOUT_VERSION", "fingerprint", "version_of", "lenient_exercise",
    "Quiz", "Question", "Option", "SelfAssessment", "Scale", "Band", "Dimension", "Statement",
    "Checklist", "ChecklistGroup", "ChecklistItem", "Reflection", "ReflectionQuestion", "Workshop", "Block",
]

Exercise = Annotated[Union[Quiz, SelfAssessment, Checklist, Reflection, Workshop], Field(discriminator="kind")]
EXERCISE_KINDS: dict[str, type[ExerciseKind]] = {
    "checklist": Checklist,
    "quiz": Quiz,
    "reflection": Reflection,
    "self-assessment": SelfAssessment,
    "workshop": Workshop,
}
#: The kinds a module page can place (a workshop is named by the module's `workshop` field instead).
PLACED_KINDS = ("quiz", "self-assessment", "checklist", "reflection")


def lenient_exercise(data: dict) -> ExerciseKind | None:
    """The exercise as far as its data allows (see lenient.py), or None for an unknown kind."""
    kind = EXERCISE_KINDS.get(data.get("kind")) if isinstance(data.get("kind"), str) else None
    return kind.lenient(data) if kind else None
