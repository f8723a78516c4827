"""Leidraad's page macros: what the site's own pages in docs/ call to show course data.

The `leidraad` plugin (site/plugin.py) renders each page of docs/ as a Jinja template (it used to be
mkdocs-macros' work) with the variables and macros `define_env` registers on a `MacroEnv`. This file
imports nothing at start-up: the `leidraad` command and the tests import `macros.*` modules without
paying for the plugin.
"""

from __future__ import annotations

from typing import Callable


class MacroEnv:
    """What the macros are registered with: `variables`, `macros`, and the page being rendered.

    The same shape as mkdocs-macros' `env` (`conf`, `variables`, `macro`, `page`), so that code written
    for it (journey.py's `define_journey_macros`) works unchanged."""

    def __init__(self, conf):
        self.conf = conf
        self.variables: dict[str, object] = {}
        self.macros: dict[str, Callable] = {}
        #: The page being rendered (plugin.py sets it): journey.py makes its links relative to it.
        self.page = None

    def macro(self, function: Callable, name: str | None = None) -> Callable:
        self.macros[name or function.__name__] = function
        return function


def define_env(env) -> None:
    from mkdocs.exceptions import PluginError

    from macros.site.journey import define_journey_macros

    plugin = env.conf.plugins.get("leidraad")
    if plugin is None or not hasattr(plugin, "renderer"):
        raise PluginError("Leidraad: the 'leidraad' plugin is missing from mkdocs.yml")
    renderer = plugin.renderer
    # The course configuration (typed, checked): the start page reads its title, tagline and intro.
    env.variables["course"] = plugin.course.config
    #: Whether this build carries the trainer's kit (plugin.py `kit_mode`): pages may link to it only then.
    env.variables["trainer_kit"] = plugin.kit_mode is not None

    @env.macro
    def course_sources() -> str:
        """The sources of every module in the course, by module."""
        return renderer.render("sources_by_module.html")

    @env.macro
    def course_outline() -> str:
        """The learning path: every module with its time and summary."""
        return renderer.render("outline.html")

    # Mijn voortgang, Mijn ontwikkelplan, Certificaat: progress_page(), plan_page(), certificate_page().
    define_journey_macros(env, renderer)

    @env.macro
    def organisation_contact() -> str:
        """Whom learners can ask about the course (the organisation's contact in the course configuration)."""
        return renderer.render("hosting/contact.html", place="page")

    @env.macro
    def storage_key() -> str:
        """The browser storage key under which this course keeps the learner's answers."""
        return f"leidraad:{plugin.course.config.storage_id}"
