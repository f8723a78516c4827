"""The team's view of the manager (an "upward" self-assessment, issue 15): which self-scan of the module
it is compared with, its checks, and the page where team members fill it in.

An upward scan is placed in a module like any exercise. On the manager's module page it becomes the
team view (templates/team_view.html, components/team-view.js): the manager pastes the team members'
anonymous codes and sees the team's view beside their own self-scan, per dimension. Team members
answer on a page of its own, `teamblik/<module>.html`, outside the navigation. Nothing here imports
MkDocs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from macros.content.exercises import SelfAssessment
from macros.content.model import Module

#: The folder (under docs/ and in the site) of the pages team members fill the upward scans in on.
FOLDER = "teamblik"


def is_upward(exercise: object) -> bool:
    return isinstance(exercise, SelfAssessment) and exercise.audience == "upward"


def upward_refs(module: Module, exercises: dict) -> list[str]:
    return [ref for ref in module.exercise_refs() if is_upward(exercises.get(ref))]


def learner_refs(module: Module, exercises: dict) -> list[str]:
    """The exercises the learner answers in the module page: all but the upward scan (their team answers it)."""
    return [ref for ref in module.exercise_refs() if not is_upward(exercises.get(ref))]


def own_scan(module: Module, exercises: dict) -> str | None:
    """The module's self-scan (audience: self) that its upward scan is compared with: the first one placed."""
    for ref in module.exercise_refs():
        exercise = exercises.get(ref)
        if isinstance(exercise, SelfAssessment) and exercise.audience == "self":
            return ref
    return None


def upward_problems(module: Module, exercises: dict) -> Iterator[tuple[int, str]]:
    """(section index, message): an upward scan needs the module's self-scan with the same dimensions and scale."""
    seen = []
    for index, section in enumerate(module.sections):
        exercise = exercises.get(getattr(section, "ref", None))
        if not is_upward(exercise):
            continue
        seen.append(exercise.id)
        own = own_scan(module, exercises)
        if len(seen) > 1:
            yield index, f"a module has one upward scan at most (already '{seen[0]}'): team members get one page per module"
        elif own is None:
            yield index, f"the upward scan '{exercise.id}' needs a self-scan (audience: self) in the same module to be compared with"
        else:
            mine = exercises[own]
            theirs = sorted(d.id for d in exercise.dimensions)
            wanted = sorted(d.id for d in mine.dimensions)
            if theirs != wanted:
                yield index, (f"the upward scan '{exercise.id}' must have the dimensions of '{own}' "
                              f"({', '.join(wanted)}); it has: {', '.join(theirs)}")
            if len(exercise.scale.labels) != len(mine.scale.labels):
                yield index, (f"the upward scan '{exercise.id}' must use a scale of {len(mine.scale.labels)} points, "
                              f"as '{own}' does; it has {len(exercise.scale.labels)}")


@dataclass(frozen=True)
class UpwardPage:
    """The page where team members fill in the upward scan of one module."""

    module_id: str
    exercise_id: str

    @property
    def path(self) -> str:
        return page_path(self.module_id)


def page_path(module_id: str) -> str:
    """The page's source path, relative to docs/ ('teamblik/<module>.md')."""
    return f"{FOLDER}/{module_id}.md"


def upward_pages(modules: dict[str, Module], exercises: dict) -> list[UpwardPage]:
    return [UpwardPage(module_id, refs[0]) for module_id, module in modules.items()
            if (refs := upward_refs(module, exercises))]
