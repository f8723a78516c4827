"""What every exercise kind shares: its base model, item versions, the fingerprint and the layout's frame.

Each kind (quiz.py, self_assessment.py, checklist.py, reflection.py, workshop.py, roleplay.py) is one
model class that also holds its checks (`problems`), its lenient view (`lenient`) and the one shape
the browser receives (`layout`, "layout v1"). Nothing here knows about MkDocs or templates.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator

from macros.content.errors import format_path
from macros.content.model import Strict

#: (field path, message): a problem one check found, placed by the loader at the path's line.
Problem = tuple[tuple[object, ...], str]
#: The version of the layout shape; the browser compares it as it compares stored answers' format.
LAYOUT_VERSION = 1
#: Characters of the fingerprint that identifies an exercise (and its exact items) in saved state.
FINGERPRINT_LENGTH = 3


class ExerciseKind(Strict):
    """Base of every exercise kind. A kind overrides what it has: checks, a lenient view, layout fields."""

    def problems(self) -> Iterator[Problem]:
        """Cross-field problems the model cannot see, in file order (also run on the lenient view)."""
        return iter(())

    @classmethod
    def lenient(cls, data: dict) -> "ExerciseKind | None":
        """The exercise as far as invalid data allows (see lenient.py), or None without cross-field checks."""
        return None

    def versioned_items(self) -> list[tuple[str, str]]:
        """(id, version) of every answerable item, in page order."""
        return []

    def item_texts(self) -> list[tuple[str, str]]:
        """(id, plain text) of every answerable item, to name it on the learner's pages."""
        return []

    def layout_items(self) -> list[dict]:
        """The items of the layout: each at least {id, v}."""
        return [{"id": item_id, "v": version} for item_id, version in self.versioned_items()]

    def layout_fields(self) -> dict:
        """What this kind's layout adds to the common fields."""
        return {}

    def layout(self, key: str) -> dict:
        """The one shape the browser gets of this exercise placed under `key` ('<module>/<exercise>')."""
        items = self.layout_items()
        return {"key": key, "kind": self.kind, "id": self.id, "title": self.title,
                "fp": fingerprint(key, [item["v"] for item in items]), "items": items, **self.layout_fields()}


def version_of(item: object, scale_labels: list[str] | None = None) -> str:
    """A short fingerprint of what a stored answer depends on; it changes when the author changes that."""
    from macros.content.kinds.quiz import Question
    from macros.content.kinds.self_assessment import Statement

    if isinstance(item, Question):
        basis = [item.type, item.prompt, [(o.text, o.correct) for o in item.options]]
    elif isinstance(item, Statement):
        basis = [item.text, item.dimension, item.reverse, scale_labels]
    else:
        basis = [getattr(item, name, None) for name in ("text", "prompt", "title")]
    digest = hashlib.sha1(json.dumps(basis, ensure_ascii=False).encode("utf-8")).hexdigest()
    return digest[:8]


def fingerprint(key: str, versions: list[str]) -> str:
    """A short, URL-safe tag that changes when the exercise or any of its items changes (SCORM suspend_data)."""
    digest = hashlib.sha1((key + "|" + " ".join(versions)).encode("utf-8")).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii")[:FINGERPRINT_LENGTH]


def duplicates(ids: list[str | None], loc: tuple[object, ...]) -> Iterator[Problem]:
    """A problem for every id that occurs earlier in the same list (None: unknown, skipped)."""
    seen: dict[str, int] = {}
    for index, item_id in enumerate(ids):
        if item_id is None:
            continue
        if item_id in seen:
            yield loc + (index, "id"), f"duplicate id '{item_id}' (also at {format_path(loc + (seen[item_id],))})"
        else:
            seen[item_id] = index
