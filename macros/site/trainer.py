"""The trainer's kit: facilitator guides, handouts, slides, a programme builder and a group view.

Everything is computed from the module data that learners' pages are made of (written once, shown
twice). The MkDocs plugin adds the pages listed by `trainer_pages` and renders them with
`TrainerKit.page`, through the templates in `templates/trainer/`. Nothing here imports MkDocs.
"""

from __future__ import annotations

from dataclasses import dataclass

from macros.content.course import Course
from macros.content.exercises import Quiz, Roleplay, SelfAssessment, Workshop
from macros.content.model import Module
from macros.render.pages import Renderer, fmt, load_strings, schedule

#: The folder (under docs/ and in the site) that holds every page of the kit.
FOLDER = "trainers"
#: From the kit's pages to the site's root, for links and the kit's own scripts and styles.
ROOT = "../"
#: Where an agenda starts until the trainer chooses another time: 09:00, in minutes after midnight.
DEFAULT_START = 9 * 60
#: A programme longer than this is more than a half day, or more than a whole day (minutes).
HALF_DAY, WHOLE_DAY = 4 * 60, 8 * 60

#: Page kinds per module and the file name each gets (under FOLDER).
MODULE_PAGES = {"guide": "{id}.md", "handout": "{id}-handout.md", "slides": "{id}-presentatie.md",
                "roleplays": "{id}-rollenspellen.md"}
COURSE_PAGES = {"overview": "index.md", "programme": "programma.md", "group": "groep.md"}


def page_path(kind: str, module_id: str = "") -> str:
    """The source path (relative to docs/) of one page of the kit."""
    name = MODULE_PAGES[kind].format(id=module_id) if kind in MODULE_PAGES else COURSE_PAGES[kind]
    return f"{FOLDER}/{name}"


def page_url(kind: str, module_id: str = "") -> str:
    """The same page's address relative to another page of the kit."""
    return page_path(kind, module_id).split("/", 1)[1].removesuffix(".md") + ".html"


def has_workshops(course: Course) -> bool:
    return any(module.workshop for module in course.modules.values())


def has_self_assessments(course: Course) -> bool:
    return any(self_assessments_of(course, module) for module in course.modules.values())


@dataclass(frozen=True)
class KitPage:
    """One page of the kit: where it goes (relative to docs/) and what TrainerKit.page renders there."""

    path: str
    kind: str
    module_id: str = ""
    #: The kit's overview as the start page of the trainer's own site (index.md), not under trainers/.
    home: bool = False

    @property
    def searched(self) -> bool:
        """Handouts and slides repeat the module's own text: they stay out of the search results."""
        return self.kind not in UNSEARCHED


#: Where the overview is when it is the start page of the trainer's site (see KitPage.home).
HOME = "index.md"


def trainer_pages(course: Course, home: bool = False) -> list[KitPage]:
    """Every page of the kit, in navigation order; `home`: the overview is the site's start page."""
    kinds = (["programme"] if has_workshops(course) else []) + (["group"] if has_self_assessments(course) else [])
    pages = [KitPage(HOME, "overview", home=True) if home else KitPage(page_path("overview"), "overview")]
    pages += [KitPage(page_path(kind), kind) for kind in kinds]
    for module_id, module in course.modules.items():
        pages += [KitPage(page_path(kind, module_id), kind, module_id) for kind in module_page_kinds(course, module)]
    return pages


def module_page_kinds(course: Course, module: Module) -> list[str]:
    """The kit's pages of one module: guide, handout, slides, and the role-plays its workshop uses."""
    return [kind for kind in MODULE_PAGES if kind != "roleplays" or roleplays_of(course, module) is not None]


def roleplays_of(course: Course, module: Module) -> Roleplay | None:
    """The role-play set the module's workshop names, if any."""
    workshop = course.exercises.get(module.workshop) if module.workshop else None
    return course.exercises[workshop.roleplays] if workshop is not None and workshop.roleplays else None


#: Handouts and slides repeat the module's own text: leave them out of the search results.
UNSEARCHED = ("handout", "slides")


def trainer_nav(course: Course, home: bool = False) -> list:
    """The 'Voor trainers' part of the navigation; handouts and slides are reached from each guide."""
    t = load_strings(course.config.language)["trainer"]["nav"]
    nav: list = [{t["overview"]: HOME if home else page_path("overview")}]
    if has_workshops(course):
        nav.append({t["programme"]: page_path("programme")})
    if has_self_assessments(course):
        nav.append({t["group"]: page_path("group")})
    nav.append({t["guides"]: [{module.title: page_path("guide", module_id)} for module_id, module in course.modules.items()]})
    return nav


def exercises_of(course: Course, module: Module, kind: type) -> list:
    """The module's exercises of one kind, in page order."""
    return [course.exercises[ref] for ref in module.exercise_refs() if isinstance(course.exercises[ref], kind)]


def self_assessments_of(course: Course, module: Module) -> list[SelfAssessment]:
    return exercises_of(course, module, SelfAssessment)


def time_of_day(minutes: int) -> str:
    """Minutes after midnight as a clock time: 550 -> '09:10' (past midnight it starts again)."""
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(frozen=True)
class Material:
    """Something to prepare, and the blocks that need it (none: the whole workshop)."""

    name: str
    used_in: tuple[str, ...]


def materials(workshop: Workshop) -> list[Material]:
    """The plan's materials and every block's, each once (first spelling kept), with where they are used."""
    whole = {name.casefold() for name in workshop.materials}
    found: dict[str, tuple[str, list[str]]] = {name.casefold(): (name, []) for name in workshop.materials}
    for block in workshop.blocks:
        for name in block.materials:
            uses = found.setdefault(name.casefold(), (name, []))[1]
            if name.casefold() not in whole and block.activity not in uses:
                uses.append(block.activity)
    return [Material(name, tuple(uses)) for name, uses in found.values()]


class TrainerKit:
    """Renders the kit's pages of one course with the course's renderer."""

    def __init__(self, renderer: Renderer):
        self.renderer = renderer
        self.course = renderer.course
        self.t = load_strings(self.course.config.language)["trainer"]
        renderer.env.filters.update(time_of_day=time_of_day, duration=self.duration)

    def duration(self, minutes: int) -> str:
        """65 -> '1 uur 5 min', 120 -> '2 uur', 45 -> '45 min'."""
        hours, rest = divmod(minutes, 60)
        if not hours:
            return fmt(self.t["time"]["minutes"], m=rest)
        return fmt(self.t["time"]["hours_minutes" if rest else "hours"], h=hours, m=rest)

    def page(self, kind: str, module_id: str = "", home: bool = False) -> str:
        """One page of the kit (see MODULE_PAGES and COURSE_PAGES); `home`: at the site's root (KitPage.home)."""
        context = {"root": ROOT, "url": page_url, "start": DEFAULT_START, "tt": self.t}
        if home:
            context.update(root="", url=lambda kind, module_id="": f"{FOLDER}/{page_url(kind, module_id)}")
        if kind in MODULE_PAGES:
            module = self.course.modules[module_id]
            workshop = self.course.exercise(module.workshop) if module.workshop else None
            context.update(module=module, module_id=module_id, workshop=workshop,
                           pages=module_page_kinds(self.course, module), roleplays=roleplays_of(self.course, module),
                           agenda=schedule(workshop) if workshop else [],
                           materials=materials(workshop) if workshop else [],
                           quizzes=exercises_of(self.course, module, Quiz))
        elif kind == "overview":
            context.update(has_group=has_self_assessments(self.course))
        elif kind == "programme":
            context.update(data=self.programme_data(), planned=self.planned(), half_day=HALF_DAY, whole_day=WHOLE_DAY)
        elif kind == "group":
            context.update(data=self.group_data(), assessments=self.assessments())
        return self.renderer.render(f"trainer/{kind}.html", **context)

    def planned(self) -> list[tuple[str, Module, Workshop]]:
        """The modules that have a workshop plan, in course order, with that plan."""
        return [(module_id, module, self.course.exercise(module.workshop))
                for module_id, module in self.course.modules.items() if module.workshop]

    def assessments(self) -> list[tuple[Module, SelfAssessment]]:
        """Every self-assessment of the course, in course order, with its module."""
        return [(module, exercise) for module in self.course.modules.values()
                for exercise in self_assessments_of(self.course, module)]

    def programme_data(self) -> dict:
        """What the programme builder computes with: each module's workshop blocks and minutes (its layout)."""
        modules = []
        for module_id, module, workshop in self.planned():
            layout = workshop.layout(f"{module_id}/{workshop.id}")
            modules.append({"id": module_id, "title": module.title, "workshop": workshop.title,
                            "minutes": layout["minutes"], "blocks": layout["blocks"]})
        return {"halfDay": HALF_DAY, "wholeDay": WHOLE_DAY,
                "modules": modules}

    def group_data(self) -> dict:
        """What the group view needs to read codes: every self-assessment, a view of its layout."""
        assessments = []
        for key, module_id, exercise in self.course.placed():
            if not isinstance(exercise, SelfAssessment):
                continue
            layout = self.course.layouts[key]
            dimensions = layout["dimensions"]
            assessments.append({
                "id": layout["id"], "key": key, "title": layout["title"],
                "module": self.course.modules[module_id].title, "labels": layout["labels"],
                "versions": [item["v"] for item in layout["items"]],
                "statements": [{"id": item["id"], "dimension": dimensions[item["dim"]]["id"], "reverse": item["reverse"]}
                               for item in layout["items"]],
                "dimensions": [{"id": d["id"], "bands": d["bands"]} for d in dimensions],
            })
        return {"minimum": self.course.config.group_minimum, "assessments": assessments}
