"""The MkDocs side of Leidraad: load and check the course, add its pages and navigation.

Checking happens in `on_config`, before MkDocs cleans or writes the site folder, so a course with
errors never replaces the last good build. The pages Leidraad generates (modules, the trainer's kit)
are rendered here, and so are the site's own pages in docs/: each is a Jinja template that calls the
macros of `macros/__init__.py` (`on_page_markdown`; mkdocs-macros did this before, at a cost of a fifth of
a small course's build: it imported `requests` and ran git twelve times).
"""

from __future__ import annotations

from functools import partial
import os
from pathlib import Path
from typing import Callable

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from macros import MacroEnv, define_env
from macros.content.course import Course, course_file, load_course
from macros.content.errors import ContentErrors
from macros.render.markdown_fixes import GlossaryLinks
from macros.site.nav import build_nav
from macros.render.pages import BYTECODE_CACHE, Renderer
from macros.site.assets import minify_assets
from macros.site.browser import LAYOUTS_SCRIPT, SCRIPT as CLIENT_SCRIPT, browser_script, layouts_script, module_part, script_strings, upward_part
from macros.site import hosting
from macros.site.journey import ITEM_TEXTS_SCRIPT, item_texts_script
from macros.site.trainer import TrainerKit, trainer_pages
from macros.content.upward import upward_pages


AUDIENCES = ("learner", "trainer")
#: Names the docs/ pages' compiled code is kept under (with the bytecode cache of Leidraad's templates);
#: change the version when the page environment's settings change.
PAGE_TEMPLATE_NAME = "leidraad-page-v1:{}"
#: The kit's own scripts and styles (templates/trainer/assets.html): not in a site without the kit.
KIT_ASSETS = ("assets/leidraad/trainer.css", "assets/leidraad/trainer.js", "assets/leidraad/group.js",
              "assets/leidraad/slides.js")


def kit_mode(audience: str, trainer_kit: str, package: str | None) -> str | None:
    """What of the trainer's kit a build carries: "trainer" (the trainer's site), "included" (the
    learner's web site of a course that asks for it; never a package for learners) or None."""
    if audience == "trainer":
        return "trainer"
    return "included" if trainer_kit == "included" and package is None else None


class LeidraadConfig(base.Config):
    #: The course configuration file; empty means $LEIDRAAD_COURSE, else course.yml next to mkdocs.yml.
    course = c.Type(str, default="")
    #: A package build (set by `leidraad package`): "scorm" (for an LMS) or "offline" (from disk).
    package = c.Optional(c.Choice(hosting.PACKAGES))
    #: Whose site: "learner" (the default) or "trainer" (the trainer's kit with the course); empty
    #: means $LEIDRAAD_AUDIENCE, else "learner".
    audience = c.Type(str, default="")


class LeidraadPlugin(BasePlugin[LeidraadConfig]):
    course: Course
    course_file: Path
    renderer: Renderer
    kit: TrainerKit
    #: What of the trainer's kit this build carries: None, "included" (in the learner's site, unsearched)
    #: or "trainer" (the trainer's own site).
    kit_mode: str | None
    _views: dict[str, tuple[str, str]]
    #: The pages Leidraad generates, by source path: how to render each (in `on_page_markdown`).
    _generated: dict[str, Callable[[], str]]
    #: The macros and variables of the site's own pages (macros/__init__.py) and their Jinja environment.
    _macros: MacroEnv
    _pages: Environment

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
        self.kit_mode = kit_mode(self.audience(), self.course.config.trainer_kit, self.config.package)
        self._views, self._generated = {}, {}
        config.site_name = self.course.config.title
        config.nav = build_nav(self.course, Path(config.docs_dir), self.kit_mode)
        # In the glossary (docs/begrippen.md) a term in bold links to its own entry ("Zie **verzuim**").
        config.markdown_extensions.append(GlossaryLinks())
        if CLIENT_SCRIPT not in [str(s) for s in config.extra_javascript]:
            config.extra_javascript.insert(0, CLIENT_SCRIPT)
        hosting.configure(self.course, self.course_file, config, self.config.package)
        self._macros = MacroEnv(config)
        define_env(self._macros)
        # As mkdocs-macros had it (on_undefined: strict): `{% include %}` reads from docs/, no autoescape.
        self._pages = Environment(loader=FileSystemLoader(config.docs_dir), undefined=StrictUndefined,
                                  bytecode_cache=BYTECODE_CACHE, auto_reload=False)
        self._pages.globals.update(self._macros.macros)
        return config

    def on_env(self, env, config, files):
        hosting.theme_globals(self.course, self.renderer, env)
        return env

    def audience(self) -> str:
        chosen = self.config.audience or os.environ.get("LEIDRAAD_AUDIENCE") or "learner"
        if chosen not in AUDIENCES:
            raise PluginError(f"Leidraad: audience: expected one of: {', '.join(AUDIENCES)}; got '{chosen}' "
                              "(set by the plugin's 'audience' option or $LEIDRAAD_AUDIENCE)")
        return chosen

    def on_post_build(self, config) -> None:
        minify_assets(Path(config.site_dir), script_strings(self.course.config.language))
        if self.kit_mode is None:  # the kit's own scripts and styles have no page to serve here
            for name in KIT_ASSETS:
                (Path(config.site_dir) / name).unlink(missing_ok=True)

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

    def _generate(self, files: Files, config, path: str, render: Callable[[], str], searched: bool = True,
                  meta: str = "") -> None:
        """Add a page rendered by Leidraad; its front matter keeps the macros plugin from reading it again."""
        meta = "render_macros: false\n" + ("" if searched else "search:\n  exclude: true\n") + meta
        files.append(File.generated(config, path, content=f"---\n{meta}---\n"))
        self._generated[path] = render

    def on_page_markdown(self, markdown: str, page, config, files) -> str:
        render = self._generated.get(page.file.src_uri)
        if render:
            return render()
        if page.meta.get("render_macros") is False:
            return markdown
        markdown = self._render_page(markdown, page, config)
        if page.title and ("{{" in page.title or "{%" in page.title):
            page.title = self._render_page(page.title, page, config)
        return markdown

    def _render_page(self, source: str, page, config) -> str:
        """A page of docs/ (or its title) rendered as a Jinja template with the macros; an error names the
        file and line. Its compiled code is kept between builds, as that of Leidraad's own templates is."""
        env, path = self._pages, page.file.abs_src_path or page.file.src_path
        self._macros.page = page
        try:
            bucket = env.bytecode_cache.get_bucket(env, PAGE_TEMPLATE_NAME.format(page.file.src_uri), path, source)
            if bucket.code is None:
                bucket.code = env.compile(source, page.file.src_uri, path)
                env.bytecode_cache.set_bucket(bucket)
            template = env.template_class.from_code(env, bucket.code, env.make_globals(None))
            return template.render({**config.extra, "config": config, "page": page, **self._macros.variables})
        except Exception as exc:
            line = getattr(exc, "lineno", None) or _template_line(exc, path)
            raise PluginError(f"Leidraad: {page.file.src_path}{f':{line}' if line else ''}: "
                              f"{type(exc).__name__}: {exc}") from exc

    def on_files(self, files: Files, config) -> Files:
        trainers = self.kit_mode == "trainer"
        for module_id in self.course.modules:
            self._generate(files, config, f"modules/{module_id}.md",
                           partial(self.renderer.module_page, module_id, module_part(self.course, module_id), workshop=trainers))
        files.append(File.generated(config, CLIENT_SCRIPT, content=browser_script(self.course, self.config.package)))
        files.append(File.generated(config, LAYOUTS_SCRIPT, content=layouts_script(self.course)))
        files.append(File.generated(config, ITEM_TEXTS_SCRIPT, content=item_texts_script(self.course)))
        hosting.add_files(self.course, self.renderer, self.course_file, files, config, self.config.package)  # logo, colours, packages (hosting.py)
        # Team members' pages of the upward scans (upward.py): reached by the link their manager hands out.
        for page in upward_pages(self.course.modules, self.course.exercises):
            self._generate(files, config, page.path, partial(self.renderer.upward_page, page.module_id, page.exercise_id,
                                   upward_part(self.course, page.module_id, page.exercise_id)),
                           searched=False, meta="hide:\n  - navigation\n  - toc\n")
        if self.kit_mode is None:
            return files
        if trainers:  # the kit's overview is the trainer's start page, in place of the learner's
            start = files.get_file_from_path("index.md")
            if start is not None:
                files.remove(start)
        for page in trainer_pages(self.course, home=trainers):  # the trainer's kit (trainer.py)
            # In the learner's site the kit stays out of the search: its guides hold the answer keys.
            self._generate(files, config, page.path, partial(self.kit.page, page.kind, page.module_id, page.home),
                           page.searched and trainers)
        return files


def _template_line(exc: Exception, path: str) -> int | None:
    """The line of the page's template an error was raised at (Jinja maps its frames to template lines)."""
    line, tb = None, exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == path:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
