"""A forgiving view of content that failed validation, so that its cross-field checks still run.

Without it, a wrong type in one question would hide a missing correct option in another until the
first is fixed; with it, one run of `leidraad check` lists both. Every part whose shape is wrong
becomes `None` (it has its own error already) and the checks in checks.py skip what is `None`.
"""

from __future__ import annotations

from .exercises import Band, Checklist, ChecklistGroup, ChecklistItem, Dimension, Option, Question, Quiz
from .exercises import Reflection, ReflectionQuestion, Scale, SelfAssessment, Statement
from .model import Action, Module


def lenient_exercise(data: dict):
    """The exercise as far as its data allows, or None for a kind without cross-field checks."""
    maker = {"quiz": _quiz, "self-assessment": _self_assessment, "checklist": _checklist,
             "reflection": _reflection}.get(_text(data, "kind"))
    return maker(data) if maker else None


def lenient_module(data: dict) -> Module:
    return Module.model_construct(actions=[Action.model_construct(id=_text(a, "id")) for a in _list(data, "actions")])


def _list(data: object, name: str) -> list:
    value = data.get(name) if isinstance(data, dict) else None
    return value if isinstance(value, list) else []


def _text(data: object, name: str) -> str | None:
    value = data.get(name) if isinstance(data, dict) else None
    return value if isinstance(value, str) else None


def _flag(data: object, name: str, default: bool) -> bool | None:
    value = data.get(name, default) if isinstance(data, dict) else None
    return value if isinstance(value, bool) else None


def _number(data: object, name: str) -> float | None:
    value = data.get(name) if isinstance(data, dict) else None
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _quiz(data: dict) -> Quiz:
    questions = []
    for item in _list(data, "questions"):
        options = [Option.model_construct(correct=_flag(o, "correct", False)) for o in _list(item, "options")]
        kind = _text(item, "type")
        if kind not in ("single", "multiple") or any(o.correct is None for o in options):
            kind = None  # the count of correct options means nothing yet
        questions.append(Question.model_construct(id=_text(item, "id"), type=kind, options=options))
    return Quiz.model_construct(questions=questions)


def _self_assessment(data: dict) -> SelfAssessment:
    scale_data = data.get("scale")
    labels = _list(scale_data, "labels")
    scale = Scale.model_construct(labels=labels if 3 <= len(labels) <= 11 else None,
                                  reversible=_flag(scale_data, "reversible", True))
    dimensions = []
    for item in _list(data, "dimensions"):
        bands = [Band.model_construct(from_=_number(b, "from"), to=_number(b, "to")) for b in _list(item, "bands")]
        if any(b.from_ is None or b.to is None for b in bands):
            bands = None  # a band without numbers leaves no sequence to check
        dimensions.append(Dimension.model_construct(id=_text(item, "id"), bands=bands))
    statements = [Statement.model_construct(id=_text(s, "id"), dimension=_text(s, "dimension"),
                                            reverse=_flag(s, "reverse", False)) for s in _list(data, "statements")]
    return SelfAssessment.model_construct(scale=scale, dimensions=dimensions, statements=statements)


def _checklist(data: dict) -> Checklist:
    def items(container) -> list:
        return [ChecklistItem.model_construct(id=_text(i, "id")) for i in _list(container, "items")]

    groups = [ChecklistGroup.model_construct(items=items(g)) for g in _list(data, "groups")]
    return Checklist.model_construct(items=items(data) if "items" in data else None,
                                     groups=groups if "groups" in data else None)


def _reflection(data: dict) -> Reflection:
    return Reflection.model_construct(questions=[ReflectionQuestion.model_construct(id=_text(q, "id"))
                                                 for q in _list(data, "questions")])
