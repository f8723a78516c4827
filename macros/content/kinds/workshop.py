"""The workshop kind: a timed plan for trainers, shown in the trainer's kit (templates/trainer/)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from macros.content.model import Id, Markdown, Strict, Text
from macros.content.kinds.base import ExerciseKind


class Block(Strict):
    """One timed part of a workshop."""

    minutes: Annotated[int, Field(ge=1, le=240)]
    activity: Text
    goal: Text
    instructions: Markdown
    materials: list[Text] = []
    notes: Markdown | None = None


class Workshop(ExerciseKind):
    """A workshop plan for trainers; its length is the sum of its blocks."""

    kind: Literal["workshop"]
    id: Id
    title: Text
    intro: Markdown | None = None
    group_size: Text | None = None
    goals: Annotated[list[Text], Field(min_length=1)]
    materials: list[Text] = []
    preparation: Markdown | None = None
    blocks: Annotated[list[Block], Field(min_length=1)]
    debrief: list[Text] = []
    #: A role-play set (an exercise of kind `roleplay`) the workshop uses; the kit prints it.
    roleplays: Id | None = None

    @property
    def total_minutes(self) -> int:
        return sum(block.minutes for block in self.blocks)

    def layout_fields(self) -> dict:
        return {"minutes": self.total_minutes, "roleplays": self.roleplays,
                "blocks": [{"activity": b.activity, "minutes": b.minutes} for b in self.blocks]}
