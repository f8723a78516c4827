"""Turn pydantic's validation errors into messages an author can act on, at the right line."""

from __future__ import annotations

import datetime

from pydantic import ValidationError

from macros.content.errors import ContentError, did_you_mean
from macros.content.loader import Document, _kind_name
from macros.content.model import SECTION_KINDS


def translate(exc: ValidationError, doc: Document, context: dict) -> list[ContentError]:
    """One ContentError per pydantic error, with the field path as the author wrote it."""
    seen = set()
    result = []
    for error in exc.errors(include_url=False):
        loc = _author_loc(error["loc"], doc.data)
        if error["type"] in ("union_tag_invalid", "union_tag_not_found"):
            loc += ("kind",)
        message = _message(error, loc, doc, context)
        key = (loc, message)
        if key not in seen:
            seen.add(key)
            result.append(doc.error(loc, message))
    return result


def _author_loc(loc: tuple, data: object) -> tuple:
    """Drop the union tags pydantic inserts into the path (e.g. sections[0].text.body)."""
    out: list = []
    current = data
    for part in loc:
        if isinstance(current, dict) and isinstance(part, str) and part not in current and current.get("kind") == part:
            continue
        out.append(part)
        if isinstance(current, dict):
            current = current.get(part) if isinstance(part, str) else None
        elif isinstance(current, list) and isinstance(part, int) and part < len(current):
            current = current[part]
        else:
            current = None
    return tuple(out)


def _parent(data: object, loc: tuple) -> object:
    for part in loc:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "bool_type": "true or false",
    "list_type": "a list",
    "dict_type": "a mapping of fields",
    "model_type": "a mapping of fields",
    "model_attributes_type": "a mapping of fields",
}


def _message(error: dict, loc: tuple, doc: Document, context: dict) -> str:
    kind, ctx, value = error["type"], error.get("ctx") or {}, error.get("input")
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        known = context.get(id(_parent(doc.data, loc[:-1])), [])
        return f"unknown field{did_you_mean(str(loc[-1]), known)}"
    if kind in _EXPECTED:
        return f"expected {_EXPECTED[kind]}, got {_received(value)}"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_pattern_mismatch":
        return _pattern_message(loc, value, ctx.get("pattern", ""))
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length')} item(s), got {ctx.get('actual_length')}"
    if kind == "too_long":
        return f"takes at most {ctx.get('max_length')} item(s), got {ctx.get('actual_length')}"
    if kind == "literal_error":
        expected = ctx.get("expected", "").replace("'", "").replace(" or ", ", ")
        choices = [c.strip() for c in expected.split(",")]
        return f"expected one of: {', '.join(choices)}; got '{value}'{did_you_mean(str(value), choices)}"
    if kind == "union_tag_invalid":
        choices = [c.strip(" '") for c in str(ctx.get("expected_tags", "")).split(",")]
        return f"unknown kind '{ctx.get('tag')}' (expected one of: {', '.join(choices)}){did_you_mean(str(ctx.get('tag')), choices)}"
    if kind == "union_tag_not_found":
        # Sections are the one tagged union pydantic checks itself (exercise kinds: course.py).
        return f"required field is missing (one of: {', '.join(SECTION_KINDS)})"
    if kind in ("greater_than_equal", "greater_than"):
        return f"must be at least {ctx.get('ge', ctx.get('gt'))}, got {value}"
    if kind in ("less_than_equal", "less_than"):
        return f"must be at most {ctx.get('le', ctx.get('lt'))}, got {value}"
    if kind == "string_too_long":
        return f"is too long (at most {ctx.get('max_length')} characters)"
    message = str(error.get("msg", kind))
    return message.removeprefix("Value error, ")


def _received(value: object) -> str:
    """What the author wrote, as they would recognise it; YAML's surprises come with the cure."""
    if isinstance(value, bool):
        return f"{str(value).lower()} (a yes/no value; put text in quotes)"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"text '{shown}'"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return f"the date {value.isoformat()} (put text in quotes)"
    return _kind_name(value)


def _pattern_message(loc: tuple, value: object, pattern: str) -> str:
    name = next((p for p in reversed(loc) if isinstance(p, str)), "")
    if pattern.startswith("^[a-z0-9]"):
        return f"'{value}' is not a valid id: use lowercase letters, digits and hyphens (e.g. 'coaching-quiz')"
    if pattern.startswith("^#"):
        return f"'{value}' is not a colour: write it as #rrggbb"
    if pattern.startswith("^https?"):
        return f"'{value}' is not a web address starting with http:// or https://"
    if "@" in pattern:
        return f"'{value}' is not an e-mail address"
    return f"'{value}' does not have the expected form for {name}"
