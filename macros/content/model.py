"""The typed content model of a module and of the course configuration.

Every model is strict: unknown keys, wrong types and missing fields are errors. Exercise kinds live
in `exercises.py`; checks that span fields (a correct option, score bands) live in `checks.py`.
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationInfo, model_validator

#: An identifier authors write: lowercase words joined by hyphens (also used in URLs and storage keys).
Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]
#: One line of plain text, not empty.
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
#: Markdown text, not empty.
Markdown = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Strict(BaseModel):
    """Base of every content model: no unknown keys, no silent type conversion, immutable."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, populate_by_name=False)

    @model_validator(mode="before")
    @classmethod
    def _remember_fields(cls, data: object, info: ValidationInfo) -> object:
        # Lets the error report suggest the known field nearest to a misspelt one (course.py asks for it
        # with a context only when a file has errors).
        if isinstance(data, dict) and isinstance(info.context, dict):
            info.context[id(data)] = _field_names(cls)
        return data


_FIELD_NAMES: dict[type, list[str]] = {}


def _field_names(cls: type[BaseModel]) -> list[str]:
    """The names an author writes for a model's fields (pydantic's `model_fields` is slow to ask each time)."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = [f.alias or name for name, f in cls.model_fields.items()]
    return names


class Source(Strict):
    """A publication the module rests on."""

    author: Text
    #: Leave out when the source gives no date; it is then cited as "z.d." (zonder datum).
    year: Annotated[int, Field(ge=1900, le=2100)] | None = None
    title: Text
    publication: Text
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")] | None = None
    note: Text | None = None


class TextSection(Strict):
    """Explanation in Markdown."""

    kind: Literal["text"]
    title: Text
    body: Markdown


class CaseSection(Strict):
    """A realistic workplace case: the setting, what happens, and questions to think about."""

    kind: Literal["case"]
    title: Text
    setting: Text
    body: Markdown
    questions: list[Text] = []


class CalloutSection(Strict):
    """A highlighted aside: a tip, a warning, a note, a misconception or research in brief."""

    kind: Literal["callout"]
    style: Literal["note", "tip", "warning", "misconception", "research"]
    title: Text
    body: Markdown


class KeyPointsSection(Strict):
    """A short list of points to remember, in the middle of a module."""

    kind: Literal["key-points"]
    title: Text
    points: Annotated[list[Text], Field(min_length=1)]


class ExerciseSection(Strict):
    """Places an exercise from `exercises/` at this point of the module."""

    kind: Literal["exercise"]
    ref: Id
    intro: Markdown | None = None


Section = Annotated[
    Union[TextSection, CaseSection, CalloutSection, KeyPointsSection, ExerciseSection],
    Field(discriminator="kind"),
]
SECTION_KINDS = ("text", "case", "callout", "key-points", "exercise")


class Action(Strict):
    """A concrete action a learner can adopt into their development plan (POP)."""

    id: Id
    title: Text
    why: Text | None = None
    first_step: Text | None = None


class Completion(Strict):
    """What 'done' means for a module: which of its exercises must be finished."""

    quizzes_passed: bool = True
    reflections_written: bool = True
    self_assessments_done: bool = False
    checklists_done: bool = False


class Module(Strict):
    """One module of the course; its id is the file name."""

    title: Text
    summary: Markdown
    minutes: Annotated[int, Field(ge=5, le=600)]
    objectives: Annotated[list[Text], Field(min_length=3, max_length=5)]
    sections: Annotated[list[Section], Field(min_length=1)]
    key_points: Annotated[list[Text], Field(min_length=1)]
    sources: Annotated[list[Source], Field(min_length=1)]
    actions: list[Action] = []
    workshop: Id | None = None
    completion: Completion = Completion()

    def exercise_refs(self) -> list[str]:
        """Ids of the exercises placed in the sections, in order."""
        return [s.ref for s in self.sections if isinstance(s, ExerciseSection)]


HexColor = Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")]


class Contact(Strict):
    """Who learners can ask about the course."""

    name: Text | None = None
    email: Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")] | None = None
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")] | None = None


class Organisation(Strict):
    """The organisation hosting the course (its branding)."""

    name: Text
    #: An image (SVG, PNG, JPEG, WebP, GIF), relative to the configuration file; shown in the header.
    logo: Text | None = None
    contact: Contact | None = None


class Colors(Strict):
    """Brand colours; checked for contrast against white text and background."""

    primary: HexColor
    accent: HexColor


class Attempts(Strict):
    """Which of a quiz's attempts counts for its score, its pass and the course's (LMS) result."""

    #: "first": the first complete attempt (retries are for practice); "best" or "last" complete attempt.
    count: Literal["first", "best", "last"]
    #: At most this many attempts per quiz; none: as many as the learner wants.
    max: Annotated[int, Field(ge=1, le=100)] | None = None


class CourseConfig(Strict):
    """The course as one organisation hosts it: which modules, in what order, in whose colours."""

    #: The site's title, and the heading of its start page.
    title: Text
    #: The start page's lead line, under its heading.
    tagline: Text | None = None
    #: The start page's introduction (Markdown): what the course is, for the organisation's own people.
    #: Without it the start page introduces Leidraad itself (docs/index.md).
    intro: Markdown | None = None
    storage_id: Id
    #: Interface language: a file macros/i18n/<language>.yml must exist (checked in branding.py).
    language: Id = "nl"
    content: Text = "."
    modules: Annotated[list[Id], Field(min_length=1)]
    organisation: Organisation | None = None
    colors: Colors | None = None
    #: Pass mark of the whole course in percent (SCORM); default: the mean of the quizzes' pass marks.
    pass_mark: Annotated[int, Field(ge=1, le=100)] | None = None
    #: The group view of a team scan shows results only from this many responses (anonymity).
    group_minimum: Annotated[int, Field(ge=2, le=100)] = 5
    #: The attempt policy of every quiz; none: the first complete attempt in an LMS (SCORM), else the best.
    attempts: Attempts | None = None
    #: "separate": the trainer's kit is its own output (`make trainer`); "included": the learner's web site
    #: carries it too, under 'Voor trainers' and out of its search (never the SCORM or offline package).
    trainer_kit: Literal["separate", "included"] = "separate"
