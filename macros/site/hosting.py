"""How the course is hosted: the organisation's branding in the theme, and the extra files of a package.

The plugin calls `configure` (on_config), `add_files` (on_files) and `theme_globals` (on_env). The
plugin option `package` is empty for a normal site, "scorm" for the LMS package and "offline" for the
folder that works from disk; `leidraad package ...` (package.py) sets it. Every URL stays relative, so
each form works under any path.
"""

from __future__ import annotations

import json
from pathlib import Path

from markupsafe import Markup
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from macros.content.branding import logo_path, shade
from macros.site.browser import LAYOUTS_SCRIPT, SCRIPT as CLIENT_SCRIPT
from macros.content.course import Course
from macros.render.pages import Renderer, load_strings
from macros.packaging.scorm import LAUNCH_PAGE, scorm_data

PACKAGES = ("scorm", "offline")
ASSETS = "assets/leidraad/"
BRAND_CSS = ASSETS + "brand.css"
LOGO = ASSETS + "logo"
SCORM_DATA = ASSETS + "scorm-course.js"
SCORM_SCRIPT = ASSETS + "scorm.js"
#: Not ours, so not under assets/leidraad/ (whose files are minified): copied byte for byte.
OFFLINE_SHIM = "assets/vendor/iframe-worker/shim.js"
#: npm's copy of the shim that lets material's search worker run from file:// (never committed here).
SHIM_SOURCE = ("iframe-worker", "shim", "index.js")


def configure(course: Course, course_file: Path, config, package: str | None) -> None:
    """Logo, brand colours, interface language and the scripts of a package build."""
    settings = course.config
    logo = logo_path(settings, course_file)
    if logo is not None:
        config.theme["logo"] = config.theme["favicon"] = LOGO + logo.suffix.lower()
    if settings.colors is not None and BRAND_CSS not in map(str, config.extra_css):
        config.extra_css.append(BRAND_CSS)
    config.theme["language"] = settings.language
    if package == "scorm":
        # Before leidraad.js: the saved state must be in the browser before the exercises read it. The
        # LMS is told the whole course's status from every page, so every page loads every layout.
        scripts = [str(s) for s in config.extra_javascript]
        at = scripts.index(CLIENT_SCRIPT) + 1 if CLIENT_SCRIPT in scripts else 0
        config.extra_javascript[at:at] = [LAYOUTS_SCRIPT, SCORM_DATA, SCORM_SCRIPT]
    if package == "offline":
        # Named before the offline plugin runs, so that it adds no script from a CDN.
        config.extra["polyfills"] = [OFFLINE_SHIM] + list(config.extra.get("polyfills") or [])


def add_files(course: Course, renderer: Renderer, course_file: Path, files: Files, config, package: str | None) -> None:
    """The logo, the brand stylesheet and, for a package, its launch page, data and shim."""
    logo = logo_path(course.config, course_file)
    if logo is not None:
        files.append(File.generated(config, LOGO + logo.suffix.lower(), abs_src_path=str(logo)))
    colors = course.config.colors
    if colors is not None:
        brand = {"primary": colors.primary, "primary_light": shade(colors.primary, 0.2),
                 "primary_dark": shade(colors.primary, -0.25), "accent": colors.accent}
        files.append(File.generated(config, BRAND_CSS, content=renderer.render("hosting/brand.css", brand=brand)))
    if package == "offline":
        shim = node_module_file(Path(config.config_file_path or ".").resolve().parent, *SHIM_SOURCE)
        files.append(File.generated(config, OFFLINE_SHIM, abs_src_path=str(shim)))
    if package != "scorm":
        # The LMS adapter belongs only in the SCORM package.
        adapter = files.get_file_from_path(SCORM_SCRIPT)
        if adapter is not None:
            files.remove(adapter)
        return
    data = json.dumps(scorm_data(course), ensure_ascii=False, separators=(",", ":"))  # strings: with scorm.js (assets.py)
    files.append(File.generated(config, SCORM_DATA, content=f"window.LEIDRAAD_SCORM = {data};\n"))
    launcher = renderer.render("hosting/scorm_launch.html", start="index.html", script=SCORM_SCRIPT,
                                      icon=config.theme["favicon"])
    files.append(File.generated(config, LAUNCH_PAGE, content=launcher))


def node_module_file(root: Path, *parts: str) -> Path:
    """A file of an npm package installed in `root` (next to mkdocs.yml) or in the current folder."""
    places = [root, Path.cwd()]
    for place in places:
        path = place.joinpath("node_modules", *parts)
        if path.is_file():
            return path
    raise PluginError(f"Leidraad: this package needs the npm package '{parts[0]}' (node_modules/{'/'.join(parts)}), "
                      f"which is not installed; run `npm install` in {root}")


def theme_globals(course: Course, renderer: Renderer, env) -> None:
    """What the theme overrides in macros/theme/ show: the organisation's name and whom to ask."""
    organisation = course.config.organisation
    env.globals["leidraad_organisation"] = organisation.name if organisation else ""
    env.globals["leidraad_footer"] = Markup(renderer.render("hosting/contact.html", place="footer"))
    env.globals["leidraad_hosting"] = load_strings(course.config.language)["hosting"]  # the 404 page
