"""The MkDocs side of Leidraad: load and check the course, add its pages and navigation.

Checking happens in `on_config`, before MkDocs cleans or writes the site folder, so a course with
errors never replaces the last good build. Rendering is done by the macros (see `__init__.py`).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from .course import Course, load_course
from .errors import ContentErrors
from .nav import build_nav
from .render import Renderer
from .assets import minify_assets
from .client import client_data
from . import hosting
from .trainer import trainer_pages

CLIENT_SCRIPT = "assets/leidraad/course.js"


class LeidraadConfig(base.Config):
    #: The course configuration file; empty means $LEIDRAAD_COURSE, else course.yml next to mkdocs.yml.
    course = c.Type(str, default="")
    #: A package build (set by `leidraad package`): "scorm" (for an LMS) or "offline" (from disk).
    package = c.Optional(c.Choice(hosting.PACKAGES))


class LeidraadPlugin(BasePlugin[LeidraadConfig]):
    course: Course
    renderer: Renderer

    def course_path(self, config) -> Path:
        root = Path(config.config_file_path or ".").parent
        chosen = self.config.course or os.environ.get("LEIDRAAD_COURSE") or "course.yml"
        return (root / chosen).resolve()

    def on_config(self, config):
        root = Path(config.config_file_path or ".").parent
        try:
            self.course = load_course(self.course_path(config), base=root)
        except ContentErrors as exc:
            count = len(exc.errors)
            raise PluginError(f"Leidraad: {count} error{'s' if count != 1 else ''} in the course content; "
                              f"nothing was built.\n{exc}") from None
        self.renderer = Renderer(self.course)
        config.site_name = self.course.config.title
        config.nav = build_nav(self.course, Path(config.docs_dir))
        if CLIENT_SCRIPT not in [str(s) for s in config.extra_javascript]:
            config.extra_javascript.insert(0, CLIENT_SCRIPT)
        hosting.configure(self, config, self.config.package)
        return config

    def on_env(self, env, config, files):
        hosting.theme_globals(self, env)
        return env

    def on_post_build(self, config) -> None:
        minify_assets(Path(config.site_dir))

    def on_page_content(self, html: str, page, config, files) -> str:
        return self.renderer.restore(html)

    def on_files(self, files: Files, config) -> Files:
        for module_id in self.course.modules:
            files.append(File.generated(config, f"modules/{module_id}.md", content=f'{{{{ module_page("{module_id}") }}}}\n'))
        script = "window.LEIDRAAD = " + json.dumps(client_data(self.course), ensure_ascii=False, separators=(",", ":")) + ";\n"
        files.append(File.generated(config, CLIENT_SCRIPT, content=script))
        hosting.add_files(self, files, config, self.config.package)  # logo, colours, packages (hosting.py)
        for path, content in trainer_pages(self.course):  # the trainer's kit (trainer.py)
            files.append(File.generated(config, path, content=content))
        return files
