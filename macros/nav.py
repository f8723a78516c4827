"""The site's navigation, computed from the course configuration (no nav in mkdocs.yml); titles from the strings file."""

from __future__ import annotations

from pathlib import Path

from .course import Course
from .render import load_strings
from .trainer import trainer_nav

#: Pages in docs/ that appear after the modules when they exist: (key in the strings' `nav`, file).
LEARNER_PAGES = [("progress", "voortgang.md"), ("plan", "ontwikkelplan.md"), ("certificate", "certificaat.md")]
ABOUT_PAGES = [("glossary", "begrippen.md"), ("about", "over.md"), ("privacy", "privacy.md"),
               ("accessibility", "toegankelijkheid.md")]


def build_nav(course: Course, docs_dir: Path) -> list:
    """Start page, the modules in course order, the learner's pages, trainer pages, about pages."""
    titles = load_strings(course.config.language)["nav"]
    nav: list = [{titles["start"]: "index.md"}]
    nav.append({titles["modules"]: [{module.title: f"modules/{module_id}.md"} for module_id, module in course.modules.items()]})
    nav.extend({titles[key]: path} for key, path in LEARNER_PAGES if (docs_dir / path).exists())
    nav.append({titles["trainers"]: trainer_nav(course)})
    nav.extend({titles[key]: path} for key, path in ABOUT_PAGES if (docs_dir / path).exists())
    return nav
