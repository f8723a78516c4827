"""The MkDocs side of Leidraad: load and check the course, add its pages and navigation.

Checking happens in `on_config`, before MkDocs cleans or writes the site folder, so a course with
errors never replaces the last good build. The pages Leidraad generates (modules, the trainer's kit)
are rendered here; the macros (see `__init__.py`) serve the site's own pages in docs/.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Callable

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files

from .course import Course, course_file, load_course
from .errors import ContentErrors
from .markdown_fixes import GlossaryLinks
from .nav import build_nav
from .render import Renderer
from .assets import minify_assets
from .browser import LAYOUTS_SCRIPT, SCRIPT as CLIENT_SCRIPT, browser_script, layouts_script, module_part
from . import hosting
from .trainer import TrainerKit, trainer_pages


class LeidraadConfig(base.Config):
    #: The course configuration file; empty means $LEIDRAAD_COURSE, else course.yml next to mkdocs.yml.
    course = c.Type(str, default="")
    #: A package build (set by `leidraad package`): "scorm" (for an LMS) or "offline" (from disk).
    package = c.Optional(c.Choice(hosting.PACKAGES))


class LeidraadPlugin(BasePlugin[LeidraadConfig]):
    course: Course
    course_file: Path
    renderer: Renderer
    kit: TrainerKit
    _views: dict[str, tuple[str, str]]
    #: The pages Leidraad generates, by source path: how to render each (in `on_page_markdown`).
    _generated: dict[str, Callable[[], str]]

    def on_config(self, config):
        root = Path(config.config_file_path or ".").parent
        self.course_file = course_file(self.config.course, root)
        try:
            self.course = load_course(self.course_file, base=root)
        except ContentErrors as exc:
            count = len(exc.errors)
            raise PluginError(f"Leidraad: {count} error{'s' if count != 1 else ''} in the course content; "
                              f"nothing was built.\n{exc}") from None
        self.renderer = Renderer(self.course)
        self.kit = TrainerKit(self.renderer)
        self._views, self._generated = {}, {}
        config.site_name = self.course.config.title
        config.nav = build_nav(self.course, Path(config.docs_dir))
        # In the glossary (docs/begrippen.md) a term in bold links to its own entry ("Zie **verzuim**").
        config.markdown_extensions.append(GlossaryLinks())
        if CLIENT_SCRIPT not in [str(s) for s in config.extra_javascript]:
            config.extra_javascript.insert(0, CLIENT_SCRIPT)
        hosting.configure(self.course, self.course_file, config, self.config.package)
        return config

    def on_env(self, env, config, files):
        hosting.theme_globals(self.course, self.renderer, env)
        return env

    def on_post_build(self, config) -> None:
        minify_assets(Path(config.site_dir))

    def on_page_content(self, html: str, page, config, files) -> str:
        full, light = self.renderer.restore(html)
        self._views[page.file.src_uri] = (full, light)
        return full

    # The search plugin indexes a page in its `on_page_context`: it gets the page's light view (the same
    # text without the exercise markup, see render.search_view), and the template the full page after it.
    @event_priority(100)
    def _before_search(self, context, page, config, nav):
        full, light = self._views.get(page.file.src_uri, (None, None))
        if page.content is full:  # unless another plugin changed the page since
            page.content = light

    @event_priority(-100)
    def _after_search(self, context, page, config, nav):
        full, light = self._views.pop(page.file.src_uri, (None, None))
        if full is not None and page.content is light:
            page.content = full

    on_page_context = CombinedEvent(_before_search, _after_search)

    def _generate(self, files: Files, config, path: str, render: Callable[[], str], searched: bool = True) -> None:
        """Add a page rendered by Leidraad; its front matter keeps the macros plugin from reading it again."""
        meta = "render_macros: false\n" + ("" if searched else "search:\n  exclude: true\n")
        files.append(File.generated(config, path, content=f"---\n{meta}---\n"))
        self._generated[path] = render

    def on_page_markdown(self, markdown: str, page, config, files) -> str:
        render = self._generated.get(page.file.src_uri)
        return render() if render else markdown

    def on_files(self, files: Files, config) -> Files:
        for module_id in self.course.modules:
            self._generate(files, config, f"modules/{module_id}.md",
                           partial(self.renderer.module_page, module_id, module_part(self.course, module_id)))
        files.append(File.generated(config, CLIENT_SCRIPT, content=browser_script(self.course)))
        files.append(File.generated(config, LAYOUTS_SCRIPT, content=layouts_script(self.course)))
        hosting.add_files(self.course, self.renderer, self.course_file, files, config, self.config.package)  # logo, colours, packages (hosting.py)
        for page in trainer_pages(self.course):  # the trainer's kit (trainer.py)
            self._generate(files, config, page.path, partial(self.kit.page, page.kind, page.module_id), page.searched)
        return files
