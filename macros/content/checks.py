"""Checks that span several fields; each returns (field path, message) pairs.

An exercise kind's own checks are its `problems` method (kinds/); they also run on the lenient view
of content that failed validation (lenient.py), where a part of the wrong shape is None.
"""

from __future__ import annotations

from macros.content.kinds.base import Problem, duplicates
from macros.content.model import Module


def check_exercise(exercise: object) -> list[Problem]:
    """Every cross-field problem of one exercise, in file order."""
    return list(exercise.problems()) if exercise is not None else []


def check_module(module: Module) -> list[Problem]:
    """Duplicate action ids within a module."""
    return list(duplicates([a.id for a in module.actions], ("actions",)))
