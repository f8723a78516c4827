"""A forgiving view of content that failed validation, so that its cross-field checks still run.

Without it, a wrong type in one question would hide a missing correct option in another until the
first is fixed; with it, one run of `leidraad check` lists both. Every part whose shape is wrong
becomes `None` (it has its own error already) and the checks skip what is `None`. Each exercise kind
builds its own view with these helpers (its `lenient` class method, in kinds/).
"""

from __future__ import annotations

from macros.content.model import Action, Module


def lenient_module(data: dict) -> Module:
    return Module.model_construct(actions=[Action.model_construct(id=text_of(a, "id")) for a in items_of(data, "actions")])


def items_of(data: object, name: str) -> list:
    """The list under `name`, or [] when it is missing or not a list."""
    value = data.get(name) if isinstance(data, dict) else None
    return value if isinstance(value, list) else []


def text_of(data: object, name: str) -> str | None:
    value = data.get(name) if isinstance(data, dict) else None
    return value if isinstance(value, str) else None


def flag(data: object, name: str, default: bool) -> bool | None:
    value = data.get(name, default) if isinstance(data, dict) else None
    return value if isinstance(value, bool) else None


def number_of(data: object, name: str) -> float | None:
    value = data.get(name) if isinstance(data, dict) else None
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
