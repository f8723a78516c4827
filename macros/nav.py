"""The site's navigation, computed from the course configuration (no nav in mkdocs.yml)."""

from __future__ import annotations

from pathlib import Path

from .course import Course
from .trainer import trainer_nav as kit_nav

#: Pages in docs/ that appear after the modules when they exist: (nav title, file).
LEARNER_PAGES = [
    ("Mijn voortgang", "voortgang.md"),
    ("Mijn ontwikkelplan", "ontwikkelplan.md"),
    ("Certificaat", "certificaat.md"),
]
ABOUT_PAGES = [
    ("Begrippenlijst", "begrippen.md"),
    ("Over deze cursus", "over.md"),
    ("Privacy", "privacy.md"),
    ("Toegankelijkheid", "toegankelijkheid.md"),
]


def build_nav(course: Course, docs_dir: Path, kit: str | None = None) -> list:
    """Start page, the modules in course order, the learner's pages, trainer pages, about pages.

    `kit` (plugin.py): None, the learner's site without the trainer's kit; "included", with it under
    'Voor trainers'; "trainer", the trainer's own site, whose start page is the kit's overview."""
    home = kit == "trainer"
    nav: list = [] if home else [{"Start": "index.md"}]
    if home:
        nav.append({"Voor trainers": kit_nav(course, home=True)})
    nav.append({"Modules": [{module.title: f"modules/{module_id}.md"} for module_id, module in course.modules.items()]})
    nav.extend({title: path} for title, path in LEARNER_PAGES if (docs_dir / path).exists())
    if kit == "included":
        nav.append({"Voor trainers": kit_nav(course)})
    nav.extend({title: path} for title, path in ABOUT_PAGES if (docs_dir / path).exists())
    return nav
