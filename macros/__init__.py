"""Leidraad's macros for mkdocs-macros: the only place that touches the macros `env`.

The `leidraad` plugin (plugin.py) loads and checks the course and renders the pages it generates;
these macros put course data into the site's own pages in docs/.
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError

from macros.site.journey import define_journey_macros


def define_env(env) -> None:
    plugin = env.conf.plugins.get("leidraad")
    if plugin is None or not hasattr(plugin, "renderer"):
        raise PluginError("Leidraad: add the 'leidraad' plugin before 'macros' in mkdocs.yml")
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
