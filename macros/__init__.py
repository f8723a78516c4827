"""Leidraad's macros for mkdocs-macros: the only place that touches the macros `env`.

The `leidraad` plugin (plugin.py) loads and checks the course; these macros render its pages.
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError

from .journey import define_journey_macros


def define_env(env) -> None:
    plugin = env.conf.plugins.get("leidraad")
    if plugin is None or not hasattr(plugin, "renderer"):
        raise PluginError("Leidraad: add the 'leidraad' plugin before 'macros' in mkdocs.yml")
    renderer = plugin.renderer

    @env.macro
    def module_page(module_id: str) -> str:
        """The learner's page of one module."""
        return renderer.module_page(module_id)

    @env.macro
    def course_outline() -> str:
        """The learning path: every module with its time and summary."""
        return renderer.render("outline.html")

    # Mijn voortgang, Mijn ontwikkelplan, Certificaat: progress_page(), plan_page(), certificate_page().
    define_journey_macros(env, renderer)
