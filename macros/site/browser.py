"""`window.LEIDRAAD`: everything the browser's scripts get about the course, from one function.

`browser_data` makes it; it reaches the browser in parts, so that a page carries only what it needs:
- assets/leidraad/course.js (every page): the storage id, pass mark, ... without the layouts or strings;
- the interface strings (`script_strings`): each script carries the ones it uses before its code
  (assets.py), and they all join `window.LEIDRAAD.strings`, the one place the scripts read them from;
- a module page's own module and its exercises' layouts, in the page (`module_part`, read by
  core/util.js from a <template data-ld-layouts>);
- assets/leidraad/layouts.js: every module and layout (`LAYOUTS_SCRIPT`), loaded by the pages that
  show the whole course (home, progress, plan, certificate, SCORM) and, once a page is shown, for the
  marks in the navigation.
- assets/leidraad/item-texts.js: every answerable item's text under its storage key (journey.py),
  loaded by 'Mijn voortgang' only when it has answers an author's change voided, to name them.
The exercise-specific part is each kind's own `layout` (kinds/); the SCORM package, the group view and
the journey pages read those layouts too. What one page alone needs (the reflection questions for the
plan) stays in that page (journey.py).
"""

from __future__ import annotations

import json

from mkdocs.exceptions import PluginError

from macros.content.course import Course
from macros.content.exercises import LAYOUT_VERSION
from macros.content.model import Module
from macros.render.pages import load_strings
from macros.content.upward import learner_refs

#: The format of the answers the browser stores (the store migrates older ones).
STORAGE_FORMAT = 2
#: Where every page finds the data, relative to the site's root.
SCRIPT = "assets/leidraad/course.js"
#: Where the whole course's modules and layouts are, relative to the site's root.
LAYOUTS_SCRIPT = "assets/leidraad/layouts.js"
#: The parts of `browser_data` that are not in course.js.
_LAYOUT_PARTS = ("modules", "exercises")

#: Which completion rule covers which exercise kind (see model.Completion).
_COMPLETION_RULES = {"quiz": "quizzes_passed", "reflection": "reflections_written",
                     "self-assessment": "self_assessments_done", "checklist": "checklists_done"}


#: Which quiz attempt counts when the course configuration does not say: in an LMS the first complete
#: one (a pass means the learner knew it); on the open web the best (for learning), the first still shown.
DEFAULT_ATTEMPTS = {"scorm": {"count": "first", "max": None}, None: {"count": "best", "max": None}}


def attempt_policy(course: Course, package: str | None = None) -> dict:
    """The quiz attempt policy the browser applies (core/results.js `counted`): {count, max}."""
    if course.config.attempts is not None:
        return course.config.attempts.model_dump()
    return dict(DEFAULT_ATTEMPTS.get(package, DEFAULT_ATTEMPTS[None]))


def browser_data(course: Course, package: str | None = None) -> dict:
    """The course as the browser sees it ("layout v1", see the README); `package` as in hosting.py."""
    modules = [module_entry(course, module_id) for module_id in course.modules]
    return {
        "storageId": course.config.storage_id,
        "title": course.config.title,
        "format": STORAGE_FORMAT,
        "layoutVersion": LAYOUT_VERSION,
        "passMark": course_pass_mark(course),
        "groupMinimum": course.config.group_minimum,
        "attempts": attempt_policy(course, package),
        "modules": modules,
        "exercises": course.layouts,
    }


#: Where in the strings file (macros/i18n) the scripts' strings are: `js`, and the `script` part of the
#: sections whose pages' scripts use them. One flat set of names (script_strings checks).
SCRIPT_SECTIONS = (("js",), ("journey", "script"), ("trainer", "script"), ("trainer", "slides", "script"),
                   ("hosting", "script"))


def script_strings(language: str) -> dict:
    """Every interface string a script of ours may use, by name (assets.py hands each script its own)."""
    strings, merged = load_strings(language), {}
    for path in SCRIPT_SECTIONS:
        section = strings
        for part in path:
            section = section[part]
        clash = sorted(set(section) & set(merged))
        if clash:
            raise PluginError(f"macros/i18n/{language}.yml: {'.'.join(path)} repeats the script strings {', '.join(clash)}: "
                             "the scripts' strings share one set of names")
        merged.update(section)
    return merged


def module_entry(course: Course, module_id: str) -> dict:
    """One module as the browser sees it: its title, minutes, completion rules and exercises by key."""
    module = course.modules[module_id]
    return {
        "id": module_id, "title": module.title, "minutes": module.minutes,
        "completion": module.completion.model_dump(),
        "exercises": [f"{module_id}/{ref}" for ref in learner_refs(module, course.exercises)],
        "required": [f"{module_id}/{ref}" for ref in required_exercises(course, module)],
    }


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def browser_script(course: Course, package: str | None = None) -> str:
    """The content of assets/leidraad/course.js: `window.LEIDRAAD` without the modules and layouts."""
    data = {key: value for key, value in browser_data(course, package).items() if key not in _LAYOUT_PARTS}
    return "window.LEIDRAAD = " + _json(data) + ";\n"


def layouts_script(course: Course) -> str:
    """The data of assets/leidraad/layouts.js: every module and layout, handed to core/util.js.

    The build puts the code that needs them before it, and runs both in leidraad.js's queue (assets.py)."""
    data = browser_data(course)
    data = {key: data[key] for key in _LAYOUT_PARTS}
    return "window.Leidraad.addLayouts(" + _json(data) + ", true);\n"


def module_part(course: Course, module_id: str) -> dict:
    """What a module page carries of `browser_data`: its own module and its exercises' layouts."""
    module = module_entry(course, module_id)
    return {"modules": [module], "exercises": {key: course.layouts[key] for key in module["exercises"]}}


def upward_part(course: Course, module_id: str, exercise_id: str) -> dict:
    """What a team member's page (an upward scan, see upward.py) carries: that scan's layout alone."""
    key = f"{module_id}/{exercise_id}"
    return {"modules": [], "exercises": {key: course.layouts[key]}}


def course_pass_mark(course: Course) -> int | None:
    """The configured pass mark, else the mean of the pass marks of the course's quizzes; None without quizzes."""
    if course.config.pass_mark is not None:
        return course.config.pass_mark
    marks = [layout["passMark"] for layout in course.layouts.values() if layout["kind"] == "quiz"]
    return round(sum(marks) / len(marks)) if marks else None


def required_exercises(course: Course, module: Module) -> list[str]:
    """The exercises that must be finished for the module to count as done ('klaar').

    The module's `completion` picks them by kind. A module whose rules match none of its exercises
    is done when all its exercises are, so that 'done' always means something the learner did.
    """
    refs = learner_refs(module, course.exercises)  # an upward scan is the team's to answer, not the learner's
    rules = module.completion.model_dump()
    chosen = [ref for ref in refs if rules.get(_COMPLETION_RULES.get(course.exercises[ref].kind, ""), False)]
    return chosen or refs
