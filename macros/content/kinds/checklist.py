"""The checklist kind: items to tick off, as one list or in titled groups.
Template: templates/checklist.html; component and result: see the README's layout table."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Literal

from pydantic import Field

from macros.content.errors import format_path
from macros.content.lenient import items_of, text_of
from macros.content.model import Id, Markdown, Strict, Text
from macros.content.kinds.base import ExerciseKind, Problem, version_of


class ChecklistItem(Strict):
    """Something to do or check, with an optional hint."""

    id: Id
    text: Text
    hint: Markdown | None = None


class ChecklistGroup(Strict):
    """A titled group of checklist items."""

    title: Text
    items: Annotated[list[ChecklistItem], Field(min_length=1)]


class Checklist(ExerciseKind):
    """Items to tick off, either as one list (`items`) or in titled `groups`."""

    kind: Literal["checklist"]
    id: Id
    title: Text
    intro: Markdown | None = None
    items: list[ChecklistItem] | None = None
    groups: list[ChecklistGroup] | None = None

    def all_groups(self) -> list[ChecklistGroup]:
        """The items as groups; a plain list becomes one untitled group."""
        if self.groups:
            return list(self.groups)
        return [ChecklistGroup.model_construct(title="", items=list(self.items or []))]

    def all_items(self) -> list[ChecklistItem]:
        return [item for group in self.all_groups() for item in group.items]

    def problems(self) -> Iterator[Problem]:
        if (self.items is None) == (self.groups is None):
            yield (), "give either 'items' or 'groups' (not both, not neither)"
            return
        seen: dict[str, tuple[object, ...]] = {}
        places = ([(("items", i), item) for i, item in enumerate(self.items)] if self.items is not None else
                  [(("groups", g, "items", i), item) for g, group in enumerate(self.groups) for i, item in enumerate(group.items)])
        for loc, item in places:
            if item.id in seen:
                yield loc + ("id",), f"duplicate id '{item.id}' (also at {format_path(seen[item.id])})"
            else:
                seen[item.id] = loc

    @classmethod
    def lenient(cls, data: dict) -> "Checklist":
        def items(container) -> list:
            return [ChecklistItem.model_construct(id=text_of(i, "id")) for i in items_of(container, "items")]

        groups = [ChecklistGroup.model_construct(items=items(g)) for g in items_of(data, "groups")]
        return cls.model_construct(items=items(data) if "items" in data else None,
                                   groups=groups if "groups" in data else None)

    def versioned_items(self) -> list[tuple[str, str]]:
        return [(i.id, version_of(i)) for i in self.all_items()]

    def item_texts(self) -> list[tuple[str, str]]:
        return [(i.id, i.text) for i in self.all_items()]
