"""The self-assessment kind: statements on a labelled scale, scored per dimension into bands.
Template: templates/self_assessment.html; component: docs/assets/leidraad/components/self-assessment.js;
result: docs/assets/leidraad/core/results.js."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Literal

from pydantic import Field

from macros.content.errors import did_you_mean
from macros.content.lenient import flag, items_of, number_of, text_of
from macros.content.model import Id, Markdown, Strict, Text
from macros.content.kinds.base import ExerciseKind, Problem, duplicates, version_of


class Scale(Strict):
    """An answer scale: every point has a label; point values run 1..n."""

    labels: Annotated[list[Text], Field(min_length=3, max_length=11)]
    reversible: bool = True

    @property
    def low(self) -> int:
        return 1

    @property
    def high(self) -> int:
        return len(self.labels)


class Band(Strict):
    """A score range of a dimension, from `from` up to `to`, with its interpretation and tips."""

    from_: float = Field(alias="from")
    to: float
    label: Text
    interpretation: Markdown
    tips: Annotated[list[Text], Field(min_length=1)]


class Dimension(Strict):
    """A group of statements scored together, with bands that cover the whole scale."""

    id: Id
    title: Text
    description: Markdown | None = None
    bands: Annotated[list[Band], Field(min_length=1)]


class Statement(Strict):
    """A statement to rate; `reverse` items count as (low + high - answer)."""

    id: Id
    text: Text
    dimension: Id
    reverse: bool = False


class SelfAssessment(ExerciseKind):
    """Statements on a labelled scale, scored per dimension into a profile. For reflection only."""

    kind: Literal["self-assessment"]
    id: Id
    title: Text
    intro: Markdown | None = None
    #: Who answers: the learner about themself, team members about their team, or team members about
    #: their manager ("upward": compared, per dimension, with the manager's own self-scan of the module).
    audience: Literal["self", "team", "upward"] = "self"
    scale: Scale
    dimensions: Annotated[list[Dimension], Field(min_length=1)]
    statements: Annotated[list[Statement], Field(min_length=2)]

    def problems(self) -> Iterator[Problem]:
        yield from duplicates([s.id for s in self.statements], ("statements",))
        yield from duplicates([d.id for d in self.dimensions], ("dimensions",))
        known = {d.id for d in self.dimensions}
        used = {s.dimension for s in self.statements}
        scale = self.scale
        for index, statement in enumerate(self.statements):
            if statement.dimension is not None and statement.dimension not in known and None not in known:
                hint = did_you_mean(statement.dimension, {k for k in known if k})
                yield ("statements", index, "dimension"), f"unknown dimension '{statement.dimension}'{hint}"
            if statement.reverse and scale.reversible is False:
                yield ("statements", index, "reverse"), "a reverse item needs a reversible scale (scale.reversible is false)"
        for index, dimension in enumerate(self.dimensions):
            if dimension.id is not None and dimension.id not in used and None not in used:
                yield ("dimensions", index, "id"), f"dimension '{dimension.id}' has no statements"
            if dimension.bands is not None and scale.labels is not None:
                yield from check_bands(dimension.bands, scale.low, scale.high, ("dimensions", index, "bands"))

    @classmethod
    def lenient(cls, data: dict) -> "SelfAssessment":
        scale_data = data.get("scale")
        labels = items_of(scale_data, "labels")
        scale = Scale.model_construct(labels=labels if 3 <= len(labels) <= 11 else None,
                                      reversible=flag(scale_data, "reversible", True))
        dimensions = []
        for item in items_of(data, "dimensions"):
            bands = [Band.model_construct(from_=number_of(b, "from"), to=number_of(b, "to")) for b in items_of(item, "bands")]
            if any(b.from_ is None or b.to is None for b in bands):
                bands = None  # a band without numbers leaves no sequence to check
            dimensions.append(Dimension.model_construct(id=text_of(item, "id"), bands=bands))
        statements = [Statement.model_construct(id=text_of(s, "id"), dimension=text_of(s, "dimension"),
                                                reverse=flag(s, "reverse", False)) for s in items_of(data, "statements")]
        return cls.model_construct(scale=scale, dimensions=dimensions, statements=statements)

    def versioned_items(self) -> list[tuple[str, str]]:
        return [(s.id, version_of(s, self.scale.labels)) for s in self.statements]

    def item_texts(self) -> list[tuple[str, str]]:
        return [(s.id, s.text) for s in self.statements]

    def layout_items(self) -> list[dict]:
        dimensions = [d.id for d in self.dimensions]
        return [{"id": s.id, "v": version_of(s, self.scale.labels), "dim": dimensions.index(s.dimension),
                 "reverse": s.reverse} for s in self.statements]

    def layout_fields(self) -> dict:
        return {"audience": self.audience, "labels": list(self.scale.labels),
                "dimensions": [{"id": d.id, "title": d.title,
                                "bands": [{"from": b.from_, "to": b.to, "label": b.label} for b in d.bands]}
                               for d in self.dimensions]}


def check_bands(bands, low: int, high: int, loc: tuple[object, ...]) -> Iterator[Problem]:
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
