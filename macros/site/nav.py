"""The site's navigation, computed from the course configuration (no nav in mkdocs.yml); titles from the strings file."""

from __future__ import annotations

from pathlib import Path

from macros.content.course import Course
from macros.render.pages import load_strings
from macros.site.trainer import trainer_nav as kit_nav

#: Pages in docs/ that appear after the modules when they exist: (key in the strings' `nav`, file).
LEARNER_PAGES = [("progress", "voortgang.md"), ("plan", "ontwikkelplan.md"), ("certificate", "certificaat.md")]
ABOUT_PAGES = [("glossary", "begrippen.md"), ("about", "over.md"), ("privacy", "privacy.md"),
               ("accessibility", "toegankelijkheid.md")]


def build_nav(course: Course, docs_dir: Path, kit: str | None = None) -> list:
    """Start page, the modules in course order, the learner's pages, trainer pages, about pages.

    `kit` (plugin.py): None, the learner's site without the trainer's kit; "included", with it under
    'Voor trainers'; "trainer", the trainer's own site, whose start page is the kit's overview."""
    titles = load_strings(course.config.language)["nav"]
    home = kit == "trainer"
    nav: list = [] if home else [{titles["start"]: "index.md"}]
    if home:
        nav.append({titles["trainers"]: kit_nav(course, home=True)})
    nav.append({titles["modules"]: [{module.title: f"modules/{module_id}.md"} for module_id, module in course.modules.items()]})
    nav.extend({titles[key]: path} for key, path in LEARNER_PAGES if (docs_dir / path).exists())
    if kit == "included":
        nav.append({titles["trainers"]: kit_nav(course)})
    nav.extend({titles[key]: path} for key, path in ABOUT_PAGES if (docs_dir / path).exists())
    return nav
