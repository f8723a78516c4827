"""Load a whole course: its configuration, every module and exercise, all checked, every error kept.

`load_course(config_path)` returns a `Course` or raises `ContentErrors` listing every problem of every
file. Nothing here knows about MkDocs.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from pydantic import ValidationError

from macros.content.branding import check_config
from macros.content.checks import check_exercise, check_module
from macros.content.errors import ContentError, ContentErrors, did_you_mean
from macros.content.exercises import EXERCISE_KINDS, Quiz, Roleplay, Workshop, lenient_exercise
from macros.content.lenient import lenient_module
from macros.content.loader import Document, LoadError, _kind_name, load_document
from macros.content.model import CourseConfig, Module
from macros.content.strings import available_languages, check_strings, strings_path
from macros.content.upward import upward_problems
from macros.content.validation import translate

YAML_SUFFIXES = (".yml", ".yaml")
#: The course configuration when none is chosen.
DEFAULT_COURSE_FILE = "course.yml"
ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@dataclass
class Course:
    """A checked course: configuration, the selected modules in order, and their exercises."""

    config: CourseConfig
    root: Path
    modules: dict[str, Module] = field(default_factory=dict)
    exercises: dict[str, object] = field(default_factory=dict)
    #: Where each exercise came from, for messages: id -> "exercises/x.yml".
    exercise_files: dict[str, str] = field(default_factory=dict)

    def exercise(self, exercise_id: str):
        return self.exercises[exercise_id]

    def exercises_of(self, module: Module) -> list[object]:
        """The module's exercises in page order, its workshop last."""
        refs = module.exercise_refs() + ([module.workshop] if module.workshop else [])
        return [self.exercises[ref] for ref in refs]

    def placed(self) -> list[tuple[str, str, object]]:
        """Every exercise placed in a module page: (storage key '<module>/<exercise>', module id, exercise)."""
        return [(f"{module_id}/{ref}", module_id, self.exercises[ref])
                for module_id, module in self.modules.items() for ref in module.exercise_refs()]

    @cached_property
    def layouts(self) -> dict[str, dict]:
        """Each placed exercise's browser layout (kinds/), by storage key, in course order."""
        return {key: exercise.layout(key) for key, _, exercise in self.placed()}

    @property
    def question_count(self) -> int:
        return sum(len(e.questions) for e in self.exercises.values() if isinstance(e, Quiz))


def course_file(chosen: str | Path | None, base: Path) -> Path:
    """The course configuration file: `chosen`, else $LEIDRAAD_COURSE, else course.yml; relative to `base`.

    The one place that decides it: the plugin passes the folder of mkdocs.yml, the command line its
    working folder (where mkdocs.yml is), and a package build hands the plugin the resolved file.
    """
    return (Path(base) / (chosen or os.environ.get("LEIDRAAD_COURSE") or DEFAULT_COURSE_FILE)).resolve()


def load_course(config_path: Path, base: Path | None = None) -> Course:
    """Load and check the course described by `config_path` (paths in messages relative to `base`)."""
    config_path = Path(config_path).resolve()
    base = (base or Path.cwd()).resolve()
    errors: list[ContentError] = []
    config_doc = _read(config_path, base, errors)
    if config_doc is None:
        raise ContentErrors(errors)
    config = _validate(CourseConfig, config_doc, errors)
    if config is not None:
        errors.extend(check_config(config, config_doc, config_path))
        if config.language in available_languages():
            errors.extend(check_strings(config.language, _rel(strings_path(config.language), base)))
    # Even with a broken configuration every module and exercise is checked: all errors in one run.
    content = config.content if config else config_doc.data.get("content", ".")
    root = (config_path.parent / (content if isinstance(content, str) else ".")).resolve()
    course = Course(config=config, root=root)

    modules = _load_modules(root / "modules", base, errors)
    # Ids of exercise files that have errors of their own: a reference to them is not one more error.
    invalid: set[str] = set()
    exercise_docs = _load_exercises(root / "exercises", base, errors, course, invalid)
    _check_roleplay_refs(course, exercise_docs, errors, invalid)
    if config is None:
        raise ContentErrors(errors)
    present = {p.stem for p in _yaml_files(root / "modules")}
    for index, module_id in enumerate(config.modules):
        if module_id in config.modules[:index]:
            first = config.modules.index(module_id)
            errors.append(config_doc.error(("modules", index), f"module '{module_id}' is listed twice (also at modules[{first}])"))
        elif module_id not in present:
            hint = did_you_mean(module_id, present)
            errors.append(config_doc.error(("modules", index), f"no module '{module_id}' in {_rel(root / 'modules', base)}/{hint}"))
    for module_id in config.modules:
        if module_id in modules:
            module, doc = modules[module_id]
            _check_refs(module, doc, course, errors, invalid)
            course.modules[module_id] = module
    if errors:
        raise ContentErrors(errors)
    return course


def _rel(path: Path, base: Path) -> str:
    try:
        return str(path.resolve().relative_to(base))
    except ValueError:
        return str(path)


def _read(path: Path, base: Path, errors: list[ContentError]) -> Document | None:
    try:
        doc = load_document(path, _rel(path, base))
    except LoadError as exc:
        errors.append(exc.error)
        return None
    except OSError as exc:
        errors.append(ContentError(_rel(path, base), 1, 1, "", f"cannot read the file: {exc.strerror}"))
        return None
    errors.extend(doc.errors)
    return doc


def _validate(model, doc: Document, errors: list[ContentError]):
    try:
        # A model validates itself; a TypeAdapter made for every file cost more than most files' validation.
        return model.model_validate(doc.data)
    except ValidationError:
        pass
    # Again, with a context in which every model notes its fields: the messages suggest the nearest name.
    context: dict = {}
    try:
        model.model_validate(doc.data, context=context)
    except ValidationError as exc:
        errors.extend(translate(exc, doc, context))
    return None


def _yaml_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*") if p.suffix in YAML_SUFFIXES and p.is_file()) if folder.is_dir() else []


def _load_modules(folder: Path, base: Path, errors: list[ContentError]) -> dict[str, tuple[Module, Document]]:
    modules = {}
    for path in _yaml_files(folder):
        doc = _read(path, base, errors)
        if doc is None:
            continue
        if not ID_PATTERN.match(path.stem):
            errors.append(ContentError(doc.path, 1, 1, "", f"file name '{path.stem}' is the module's id: use lowercase letters, digits and hyphens"))
            continue
        module = _validate(Module, doc, errors)
        errors.extend(doc.error(loc, message) for loc, message in check_module(module or lenient_module(doc.data)))
        if module is None:
            continue
        modules[path.stem] = (module, doc)
    return modules


def _load_exercises(folder: Path, base: Path, errors: list[ContentError], course: Course,
                    invalid: set[str]) -> dict[str, Document]:
    docs: dict[str, Document] = {}
    for path in _yaml_files(folder):
        doc = _read(path, base, errors)
        if doc is None:
            invalid.add(path.stem)
            continue
        exercise = _validate_exercise(doc, errors)
        # Cross-field problems too, even where validation failed: every error of a file in one run.
        problems = check_exercise(exercise or lenient_exercise(doc.data))
        errors.extend(doc.error(loc, message) for loc, message in problems)
        if exercise is None:
            invalid.add(doc.data["id"] if isinstance(doc.data.get("id"), str) else path.stem)
            continue
        if exercise.id in course.exercises:
            first = docs[exercise.id]
            line = first.where(("id",))[0]
            errors.append(doc.error(("id",), f"duplicate id '{exercise.id}' (also in {first.path}:{line})"))
            continue
        course.exercises[exercise.id] = exercise
        course.exercise_files[exercise.id] = doc.path
        docs[exercise.id] = doc
    return docs


def _validate_exercise(doc: Document, errors: list[ContentError]):
    kind = doc.data.get("kind")
    known = ", ".join(sorted(EXERCISE_KINDS))
    if kind is None:
        errors.append(doc.error(("kind",), f"required field is missing (one of: {known})", "kind"))
        return None
    if not isinstance(kind, str):
        errors.append(doc.error(("kind",), f"expected one of: {known}; got {_kind_name(kind)}"))
        return None
    if kind not in EXERCISE_KINDS:
        hint = did_you_mean(str(kind), EXERCISE_KINDS)
        errors.append(doc.error(("kind",), f"unknown kind '{kind}' (expected one of: {known}){hint}"))
        return None
    return _validate(EXERCISE_KINDS[kind], doc, errors)


def _check_refs(module: Module, doc: Document, course: Course, errors: list[ContentError], invalid: set[str]) -> None:
    for index, section in enumerate(module.sections):
        ref = getattr(section, "ref", None)
        if ref is None or ref in invalid:
            continue
        loc = ("sections", index, "ref")
        exercise = course.exercises.get(ref)
        if exercise is None:
            errors.append(doc.error(loc, f"no exercise with id '{ref}'{did_you_mean(ref, course.exercises)}"))
        elif isinstance(exercise, Workshop):
            errors.append(doc.error(loc, f"'{ref}' is a workshop plan; refer to it with the module's 'workshop' field"))
        elif isinstance(exercise, Roleplay):
            errors.append(doc.error(loc, f"'{ref}' is a role-play set; refer to it with a workshop's 'roleplays' field"))
    errors.extend(doc.error(("sections", index, "ref"), message) for index, message in upward_problems(module, course.exercises))
    if module.workshop and module.workshop not in invalid:
        exercise = course.exercises.get(module.workshop)
        if exercise is None:
            errors.append(doc.error(("workshop",), f"no exercise with id '{module.workshop}'{did_you_mean(module.workshop, course.exercises)}"))
        elif not isinstance(exercise, Workshop):
            errors.append(doc.error(("workshop",), f"'{module.workshop}' is a {exercise.kind}, not a workshop plan"))


def _check_roleplay_refs(course: Course, docs: dict[str, Document], errors: list[ContentError], invalid: set[str]) -> None:
    """A workshop's `roleplays` must name a role-play set."""
    for exercise_id, exercise in course.exercises.items():
        ref = getattr(exercise, "roleplays", None) if isinstance(exercise, Workshop) else None
        if ref is None or ref in invalid:
            continue
        found = course.exercises.get(ref)
        if found is None:
            # Sets with errors of their own are suggested too: the reference may be right.
            roleplays = [i for i, e in course.exercises.items() if isinstance(e, Roleplay)] + sorted(invalid)
            errors.append(docs[exercise_id].error(("roleplays",), f"no role-play set with id '{ref}'{did_you_mean(ref, roleplays)}"))
        elif not isinstance(found, Roleplay):
            errors.append(docs[exercise_id].error(("roleplays",), f"'{ref}' is a {found.kind}, not a role-play set"))
