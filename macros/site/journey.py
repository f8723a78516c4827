"""The learner's journey pages: the course home, 'Mijn voortgang', 'Mijn ontwikkelplan' and the certificate.

Their HTML lists what can be listed without the learner's data (modules, exercises, what counts for
'klaar'); the page scripts (docs/assets/leidraad/progress.js, plan.js, certificate.js) fill in the
learner's own progress from the browser. Each page gets its script and style by a relative URL, so
the site keeps working from file:// and under any sub-path.
"""

from __future__ import annotations

import json

from macros.site.browser import required_exercises
from macros.content.course import Course
from macros.render.pages import Renderer


def item_index(course: Course) -> dict[str, dict]:
    """Every answerable item under its storage key, with the version its answers must carry and its text.

    The progress and plan pages use it to find answers to items an author has changed since (and to
    name those items by their text), without loading every module page. Versions come from the layouts.
    """
    index = {}
    for key, _, exercise in course.placed():
        texts = dict(exercise.item_texts())
        for item in course.layouts[key]["items"]:
            index[f"{key}/{item['id']}"] = {"v": item["v"], "text": texts[item["id"]], "kind": exercise.kind}
    return index


#: Where every answerable item's text is, relative to the site's root (`item_texts_script`).
ITEM_TEXTS_SCRIPT = "assets/leidraad/item-texts.js"


def item_texts_script(course: Course) -> str:
    """The content of assets/leidraad/item-texts.js: {"module/exercise/item": text}.

    'Mijn voortgang' loads it only when an author's change voided some of the learner's answers, to name
    them by their text: the texts of every item of the course would otherwise weigh on every visit."""
    texts = {key: item["text"] for key, item in item_index(course).items()}
    return "window.Leidraad.itemTexts(" + json.dumps(texts, ensure_ascii=False, separators=(",", ":")) + ");\n"


def page_root(dest_uri: str) -> str:
    """The relative URL from a page to the site root: 'voortgang.html' -> '', 'a/b.html' -> '../'."""
    return "../" * dest_uri.count("/")


class JourneyPages:
    """Renders the three journey pages of one course."""

    def __init__(self, renderer: Renderer):
        self.renderer = renderer
        self.course = renderer.course
        self._index: dict | None = None

    @property
    def index(self) -> dict:
        if self._index is None:
            self._index = item_index(self.course)
        return self._index

    def _render(self, template: str, root: str, **data: object) -> str:
        # The scripts' strings come with the scripts (browser.script_strings), the layouts with layouts.js.
        return self.renderer.render(template, root=root, data=data,
                                    required=lambda module: required_exercises(self.course, module))

    def progress(self, root: str) -> str:
        """Every module with its exercises; the script adds status, scores, export, import and reset."""
        return self._render("journey/progress.html", root)

    def plan(self, root: str) -> str:
        """The development plan: adopted and own actions, and the reflection answers of every module."""
        # In course order (a list: the page data's objects come out with sorted keys).
        reflections = [{"key": key, **item} for key, item in self.index.items() if item["kind"] == "reflection"]
        return self._render("journey/plan.html", root, reflections=reflections)

    def home(self, root: str) -> str:
        """The course home on the start page: where the learner was, the next step, a card per module."""
        return self._render("journey/home.html", root)

    def certificate(self, root: str) -> str:
        """A printable, self-declared certificate of the modules done."""
        return self._render("journey/certificate.html", root)


def define_journey_macros(env, renderer: Renderer) -> None:
    """Register progress_page(), plan_page(), certificate_page() and course_home() as macros of the site's own pages (macros/__init__.py)."""
    pages = JourneyPages(renderer)

    def root() -> str:
        page = getattr(env, "page", None)
        return page_root(page.file.dest_uri) if page is not None else ""

    env.macro(lambda: pages.progress(root()), "progress_page")
    env.macro(lambda: pages.plan(root()), "plan_page")
    env.macro(lambda: pages.certificate(root()), "certificate_page")
    env.macro(lambda: pages.home(root()), "course_home")
