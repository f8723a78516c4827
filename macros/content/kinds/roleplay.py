"""The role-play kind: a set of scripted role-plays for a workshop, each with a brief per role and an
observer sheet. A workshop names it (`roleplays: <id>`); the trainer's kit prints it
(templates/trainer/roleplays.html). Learners' pages never show it, so the browser gets no answers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Literal

from pydantic import Field

from macros.content.lenient import items_of, text_of
from macros.content.model import Id, Markdown, Strict, Text
from macros.content.kinds.base import ExerciseKind, Problem, duplicates


class Scenario(Strict):
    """One role-play: what everyone may know, a brief for each player, what the observer watches for."""

    id: Id
    title: Text
    #: Minutes per round (playing and feedback).
    minutes: Annotated[int, Field(ge=1, le=240)]
    situation: Markdown
    manager: Markdown
    employee: Markdown
    observer: Annotated[list[Text], Field(min_length=3)]


class Roleplay(ExerciseKind):
    """Scripted role-plays (at least three) for practice in groups of three: manager, employee, observer."""

    kind: Literal["roleplay"]
    id: Id
    title: Text
    intro: Markdown | None = None
    scenarios: Annotated[list[Scenario], Field(min_length=3)]

    def problems(self) -> Iterator[Problem]:
        yield from duplicates([s.id for s in self.scenarios], ("scenarios",))

    @classmethod
    def lenient(cls, data: dict) -> "Roleplay":
        return cls.model_construct(scenarios=[Scenario.model_construct(id=text_of(s, "id"))
                                              for s in items_of(data, "scenarios")])

    def layout_fields(self) -> dict:
        return {"scenarios": [{"id": s.id, "title": s.title, "minutes": s.minutes} for s in self.scenarios]}
