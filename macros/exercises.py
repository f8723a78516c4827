"""The closed set of exercise kinds: quiz, self-assessment, checklist, reflection, workshop."""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import Field

from .model import Id, Markdown, Strict, Text


class Option(Strict):
    """One answer option, with the feedback a learner sees when they choose it."""

    text: Markdown
    correct: bool = False
    feedback: Markdown


class Question(Strict):
    """A single-choice (exactly one correct) or multiple-choice (one or more correct) question."""

    id: Id
    type: Literal["single", "multiple"]
    prompt: Markdown
    options: Annotated[list[Option], Field(min_length=2, max_length=8)]
    explanation: Markdown


class Quiz(Strict):
    """Questions with feedback per option and a pass mark in percent."""

    kind: Literal["quiz"]
    id: Id
    title: Text
    intro: Markdown | None = None
    pass_mark: Annotated[int, Field(ge=1, le=100)]
    questions: Annotated[list[Question], Field(min_length=1)]


class Scale(Strict):
    """An answer scale: every point has a label; point values run 1..n."""

    labels: Annotated[list[Text], Field(min_length=3, max_length=11)]
    reversible: bool = True

    @property
    def low(self) -> int:
        return 1

    @property
    def high(self) -> int:
        return len(self.labels)


class Band(Strict):
    """A score range of a dimension, from `from` up to `to`, with its interpretation and tips."""

    from_: float = Field(alias="from")
    to: float
    label: Text
    interpretation: Markdown
    tips: Annotated[list[Text], Field(min_length=1)]


class Dimension(Strict):
    """A group of statements scored together, with bands that cover the whole scale."""

    id: Id
    title: Text
    description: Markdown | None = None
    bands: Annotated[list[Band], Field(min_length=1)]


class Statement(Strict):
    """A statement to rate; `reverse` items count as (low + high - answer)."""

    id: Id
    text: Text
    dimension: Id
    reverse: bool = False


class SelfAssessment(Strict):
    """Statements on a labelled scale, scored per dimension into a profile. For reflection only."""

    kind: Literal["self-assessment"]
    id: Id
    title: Text
    intro: Markdown | None = None
    audience: Literal["self", "team"] = "self"
    scale: Scale
    dimensions: Annotated[list[Dimension], Field(min_length=1)]
    statements: Annotated[list[Statement], Field(min_length=2)]


class ChecklistItem(Strict):
    """Something to do or check, with an optional hint."""

    id: Id
    text: Text
    hint: Markdown | None = None


class ChecklistGroup(Strict):
    """A titled group of checklist items."""

    title: Text
    items: Annotated[list[ChecklistItem], Field(min_length=1)]


class Checklist(Strict):
    """Items to tick off, either as one list (`items`) or in titled `groups`."""

    kind: Literal["checklist"]
    id: Id
    title: Text
    intro: Markdown | None = None
    items: list[ChecklistItem] | None = None
    groups: list[ChecklistGroup] | None = None

    def all_groups(self) -> list[ChecklistGroup]:
        """The items as groups; a plain list becomes one untitled group."""
        if self.groups:
            return list(self.groups)
        return [ChecklistGroup.model_construct(title="", items=list(self.items or []))]

    def all_items(self) -> list[ChecklistItem]:
        return [item for group in self.all_groups() for item in group.items]


class ReflectionQuestion(Strict):
    """An open question the learner answers in their own words."""

    id: Id
    prompt: Markdown
    hint: Text | None = None


class Reflection(Strict):
    """Open questions; the answers feed the learner's development plan."""

    kind: Literal["reflection"]
    id: Id
    title: Text
    intro: Markdown | None = None
    questions: Annotated[list[ReflectionQuestion], Field(min_length=1)]


class Block(Strict):
    """One timed part of a workshop."""

    minutes: Annotated[int, Field(ge=1, le=240)]
    activity: Text
    goal: Text
    instructions: Markdown
    materials: list[Text] = []
    notes: Markdown | None = None


class Workshop(Strict):
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

    @property
    def total_minutes(self) -> int:
        return sum(block.minutes for block in self.blocks)


Exercise = Annotated[Union[Quiz, SelfAssessment, Checklist, Reflection, Workshop], Field(discriminator="kind")]
EXERCISE_KINDS: dict[str, type[Strict]] = {
    "checklist": Checklist,
    "quiz": Quiz,
    "reflection": Reflection,
    "self-assessment": SelfAssessment,
    "workshop": Workshop,
}
