"""YAML syntax errors in words an author understands, the same whichever parser found them.

libyaml and PyYAML's own parser word their errors differently (and both in parser terms); the
loader uses whichever is installed, so the messages an author sees are written here instead.
"""

from __future__ import annotations

import yaml


def describe(exc: yaml.MarkedYAMLError, text: str) -> tuple[int, int, str]:
    """(line, col, message) for a syntax error in `text`."""
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    start = exc.context_mark
    began = f"line {start.line + 1}, column {start.column + 1}" if start else "earlier"
    problem, context = exc.problem or "", exc.context or ""
    char = _char_at(text, mark)
    if "quoted scalar" in context:
        message = f"the quote that opens at {began} is never closed"
    elif "flow sequence" in context:
        message = f"the list '[' that opens at {began} is not closed with ']' (or a ',' is missing)"
    elif "flow mapping" in context:
        message = f"the '{{' that opens at {began} is not closed with '}}' (or a ',' is missing)"
    elif "block collection" in context or "block mapping" in context:
        message = f"this line does not fit the list or fields that begin at {began}; check its indentation"
    elif "mapping values are not allowed" in problem:
        message = "unexpected ':'; is this line indented too far, or does text with ': ' need quotes?"
    elif "another document" in problem:
        message = "a second document ('---') in one file; give each module or exercise its own file"
    elif "undefined alias" in problem:
        message = f"the alias '{_word_at(text, mark)}' refers to no anchor"
    elif "cannot start any token" in problem:
        message = f"a value cannot start with '{char}'; put the text in quotes"
    else:
        message = " ".join(part for part in (problem, f"({context})" if context else "") if part) or "invalid YAML"
    return line, col, f"YAML syntax error: {message}"


def _offset(text: str, mark) -> int | None:
    if mark is None:
        return None
    lines = text.split("\n")
    if mark.line >= len(lines):
        return None
    return sum(len(row) + 1 for row in lines[: mark.line]) + mark.column


def _char_at(text: str, mark) -> str:
    offset = _offset(text, mark)
    return text[offset] if offset is not None and offset < len(text) else "?"


def _word_at(text: str, mark) -> str:
    offset = _offset(text, mark)
    if offset is None:
        return "*"
    end = offset + 1
    while end < len(text) and not text[end].isspace() and text[end] not in ",]}":
        end += 1
    return text[offset:end]
