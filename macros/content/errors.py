"""Content errors: one place, one line each, always `path:line:col: field.path: message`."""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import get_close_matches
from typing import Iterable


@dataclass(frozen=True, order=True)
class ContentError:
    """One problem in one file, at one place, for one field."""

    path: str
    line: int
    col: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.col}"
        # One problem, one line: a message quoted from a parser may span several.
        message = " ".join(self.message.split())
        return f"{where}: {self.field}: {message}" if self.field else f"{where}: {message}"


@dataclass
class ContentErrors(Exception):
    """Every error found in a run; raised once, after everything was checked."""

    errors: list[ContentError] = field(default_factory=list)

    def __str__(self) -> str:
        return "\n".join(str(e) for e in sorted(self.errors))


def format_path(loc: Iterable[object]) -> str:
    """Turn ('questions', 2, 'options', 1, 'feedbak') into 'questions[2].options[1].feedbak'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A ' (did you mean 'x'?)' suffix when a close choice exists, else ''."""
    match = get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    return f" (did you mean '{match[0]}'?)" if match else ""
