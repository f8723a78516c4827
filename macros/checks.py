"""Checks that span several fields of one exercise; each returns (field path, message) pairs.

They also run on the lenient view of content that failed validation (lenient.py), where a part of
the wrong shape is None: a check skips what it cannot judge.
"""

from __future__ import annotations

from collections.abc import Iterator

from .errors import did_you_mean, format_path
from .exercises import Checklist, Quiz, Reflection, SelfAssessment
from .model import Module

Problem = tuple[tuple[object, ...], str]


def check_exercise(exercise: object) -> list[Problem]:
    """Every cross-field problem of one exercise, in file order."""
    checker = {Quiz: _check_quiz, SelfAssessment: _check_self_assessment,
               Checklist: _check_checklist, Reflection: _check_reflection}.get(type(exercise))
    return list(checker(exercise)) if checker else []


def check_module(module: Module) -> list[Problem]:
    """Duplicate action ids within a module."""
    return list(_duplicates([a.id for a in module.actions], ("actions",)))


def _duplicates(ids: list[str], loc: tuple[object, ...]) -> Iterator[Problem]:
    seen: dict[str, int] = {}
    for index, item_id in enumerate(ids):
        if item_id is None:
            continue
        if item_id in seen:
            yield loc + (index, "id"), f"duplicate id '{item_id}' (also at {format_path(loc + (seen[item_id],))})"
        else:
            seen[item_id] = index


def _check_quiz(quiz: Quiz) -> Iterator[Problem]:
    yield from _duplicates([q.id for q in quiz.questions], ("questions",))
    for index, question in enumerate(quiz.questions):
        if question.type is None:
            continue
        correct = sum(option.correct for option in question.options)
        loc = ("questions", index, "options")
        if question.type == "single" and correct != 1:
            yield loc, f"a single-choice question needs exactly one correct option, found {correct}"
        if question.type == "multiple" and correct == 0:
            yield loc, "a multiple-choice question needs at least one correct option, found none"


def _check_self_assessment(assessment: SelfAssessment) -> Iterator[Problem]:
    yield from _duplicates([s.id for s in assessment.statements], ("statements",))
    yield from _duplicates([d.id for d in assessment.dimensions], ("dimensions",))
    known = {d.id for d in assessment.dimensions}
    used = {s.dimension for s in assessment.statements}
    scale = assessment.scale
    for index, statement in enumerate(assessment.statements):
        if statement.dimension is not None and statement.dimension not in known and None not in known:
            hint = did_you_mean(statement.dimension, {k for k in known if k})
            yield ("statements", index, "dimension"), f"unknown dimension '{statement.dimension}'{hint}"
        if statement.reverse and scale.reversible is False:
            yield ("statements", index, "reverse"), "a reverse item needs a reversible scale (scale.reversible is false)"
    for index, dimension in enumerate(assessment.dimensions):
        if dimension.id is not None and dimension.id not in used and None not in used:
            yield ("dimensions", index, "id"), f"dimension '{dimension.id}' has no statements"
        if dimension.bands is not None and scale.labels is not None:
            yield from _check_bands(dimension.bands, scale.low, scale.high, ("dimensions", index, "bands"))


def _check_bands(bands, low: int, high: int, loc: tuple[object, ...]) -> Iterator[Problem]:
    """Bands must run from the scale's low to its high end, each starting where the last ended."""
    expected = float(low)
    for index, band in enumerate(bands):
        if band.to <= band.from_:
            yield loc + (index, "to"), f"'to' ({band.to:g}) must be above 'from' ({band.from_:g})"
        if band.from_ > expected:
            yield loc + (index, "from"), f"gap in the score bands: nothing covers {expected:g} to {band.from_:g}"
        elif band.from_ < expected:
            what = f"below the scale's lowest point {low}" if index == 0 else f"overlapping the band before it (which ends at {expected:g})"
            yield loc + (index, "from"), f"band starts at {band.from_:g}, {what}"
        expected = max(expected, band.to)
    if bands and bands[-1].to != high:
        last = bands[-1].to
        problem = f"gap in the score bands: nothing covers {last:g} to {high}" if last < high else f"band ends at {last:g}, above the scale's highest point {high}"
        yield loc + (len(bands) - 1, "to"), problem


def _check_checklist(checklist: Checklist) -> Iterator[Problem]:
    if (checklist.items is None) == (checklist.groups is None):
        yield (), "give either 'items' or 'groups' (not both, not neither)"
        return
    seen: dict[str, tuple[object, ...]] = {}
    places = ([(("items", i), item) for i, item in enumerate(checklist.items)] if checklist.items is not None else
              [(("groups", g, "items", i), item) for g, group in enumerate(checklist.groups) for i, item in enumerate(group.items)])
    for loc, item in places:
        if item.id in seen:
            yield loc + ("id",), f"duplicate id '{item.id}' (also at {format_path(seen[item.id])})"
        else:
            seen[item.id] = loc


def _check_reflection(reflection: Reflection) -> Iterator[Problem]:
    yield from _duplicates([q.id for q in reflection.questions], ("questions",))
