"""The quiz kind: questions with feedback per option and a pass mark. Template: templates/quiz.html;
component: docs/assets/leidraad/components/quiz.js; result: docs/assets/leidraad/core/results.js."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Literal

from pydantic import Field

from macros.content.lenient import flag, items_of, text_of
from macros.content.model import Id, Markdown, Strict, Text
from macros.content.kinds.base import ExerciseKind, Problem, duplicates, version_of


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


class Quiz(ExerciseKind):
    """Questions with feedback per option and a pass mark in percent."""

    kind: Literal["quiz"]
    id: Id
    title: Text
    intro: Markdown | None = None
    pass_mark: Annotated[int, Field(ge=1, le=100)]
    questions: Annotated[list[Question], Field(min_length=1)]

    def problems(self) -> Iterator[Problem]:
        yield from duplicates([q.id for q in self.questions], ("questions",))
        for index, question in enumerate(self.questions):
            if question.type is None:
                continue
            correct = sum(option.correct for option in question.options)
            loc = ("questions", index, "options")
            if question.type == "single" and correct != 1:
                yield loc, f"a single-choice question needs exactly one correct option, found {correct}"
            if question.type == "multiple" and correct == 0:
                yield loc, "a multiple-choice question needs at least one correct option, found none"

    @classmethod
    def lenient(cls, data: dict) -> "Quiz":
        questions = []
        for item in items_of(data, "questions"):
            options = [Option.model_construct(correct=flag(o, "correct", False)) for o in items_of(item, "options")]
            kind = text_of(item, "type")
            if kind not in ("single", "multiple") or any(o.correct is None for o in options):
                kind = None  # the count of correct options means nothing yet
            questions.append(Question.model_construct(id=text_of(item, "id"), type=kind, options=options))
        return cls.model_construct(questions=questions)

    def versioned_items(self) -> list[tuple[str, str]]:
        return [(q.id, version_of(q)) for q in self.questions]

    def item_texts(self) -> list[tuple[str, str]]:
        from macros.render.text import to_plain_text  # rendering is needed only for the learner's pages

        return [(q.id, to_plain_text(q.prompt)) for q in self.questions]

    def layout_items(self) -> list[dict]:
        return [{"id": q.id, "v": version_of(q), "type": q.type, "options": len(q.options),
                 "correct": sum(1 << i for i, option in enumerate(q.options) if option.correct)}
                for q in self.questions]

    def layout_fields(self) -> dict:
        return {"passMark": self.pass_mark}
