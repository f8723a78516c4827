"""The reflection kind: open questions answered in the learner's own words (never sent to an LMS).
Template: templates/reflection.html; component and result: see the README's layout table."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Literal

from pydantic import Field

from macros.content.lenient import items_of, text_of
from macros.content.model import Id, Markdown, Strict, Text
from macros.content.kinds.base import ExerciseKind, Problem, duplicates, version_of


class ReflectionQuestion(Strict):
    """An open question the learner answers in their own words."""

    id: Id
    prompt: Markdown
    hint: Text | None = None


class Reflection(ExerciseKind):
    """Open questions; the answers feed the learner's development plan."""

    kind: Literal["reflection"]
    id: Id
    title: Text
    intro: Markdown | None = None
    questions: Annotated[list[ReflectionQuestion], Field(min_length=1)]

    def problems(self) -> Iterator[Problem]:
        yield from duplicates([q.id for q in self.questions], ("questions",))

    @classmethod
    def lenient(cls, data: dict) -> "Reflection":
        return cls.model_construct(questions=[ReflectionQuestion.model_construct(id=text_of(q, "id"))
                                              for q in items_of(data, "questions")])

    def versioned_items(self) -> list[tuple[str, str]]:
        return [(q.id, version_of(q)) for q in self.questions]

    def item_texts(self) -> list[tuple[str, str]]:
        from macros.render.text import to_plain_text  # rendering is needed only for the learner's pages

        return [(q.id, to_plain_text(q.prompt)) for q in self.questions]
