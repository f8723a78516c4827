"""Leidraad's own scripts and styles in the built site: joined into bundles, then minified.

The sources under docs/assets/leidraad/ are arranged by layer: `core/` (store, results, helpers),
`components/` (one per exercise kind and the share code), `pages/` (the journey pages, the group view,
the trainer's tools) and `scorm/` (the LMS adapter). A page loads a few classic scripts, not ES modules,
so that the site also works from file:// and inside an LMS: after the build each bundle below is the
parts joined in order, and the layer folders are removed from the site. The sources stay readable.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import rcssmin
import rjsmin
from mkdocs.exceptions import PluginError

from macros import kept

ASSETS = Path("assets") / "leidraad"
LAYERS = ("core", "components", "pages", "scorm")

#: Each bundle (a file in assets/leidraad/ of the site) and its parts, in the order they run.
BUNDLES: dict[str, tuple[str, ...]] = {
    # Every page: the learner model, the registry that mounts components, the journey (the storage safety
    # net, the marks in the navigation).
    "leidraad.js": ("core/util.js", "core/results.js", "core/store.js", "components/base.js", "pages/journey.js",
                    "components/start.js"),
    # Pages with exercises (modules, a team member's scan): their components and the learner's place on a
    # module page, loaded by components/base.js once such a page has loaded.
    "exercises.js": ("core/results-attempts.js", "components/confirm.js", "components/exercise.js", "components/quiz.js", "components/self-assessment.js",
                     "components/checklist.js", "components/reflection.js", "components/actions.js",
                     "components/place.js"),
    # The whole course: its layouts (generated, browser.py) and the code that needs them all: module and
    # course status, the marks in the navigation. Loaded once a page is shown, and by the pages that
    # show the whole course.
    "layouts.js": ("core/results-attempts.js", "core/results-course.js", "pages/course-view.js"),
    # Loaded by a self-assessment once it is complete.
    "groupcode.js": ("components/share-code.js",),
    # Loaded by a self-assessment that has earlier takes: the profiles over time.
    "history.js": ("core/results-history.js", "components/scan-history.js"),
    # Loaded by journey.js only for a restore link in the address, or a warning that answers may be evicted
    # or cannot be stored at all.
    "safety.js": ("scorm/codec.js", "core/snapshot.js", "pages/backup.js", "pages/safety.js"),
    # The pages that show the whole course; each also loads layouts.js (see browser.py).
    "home.js": ("pages/home.js",),
    "progress.js": ("core/transfer.js", "core/results-history.js", "components/scan-history.js", "pages/backup.js", "components/confirm.js", "pages/progress.js", "pages/keeping.js"),
    "plan.js": ("scorm/codec.js", "core/snapshot.js", "core/results-history.js", "components/scan-history.js", "pages/calendar.js", "pages/backup.js", "components/confirm.js", "pages/plan.js"),
    "certificate.js": ("pages/certificate.js",),
    "group.js": ("core/results-group.js", "pages/group.js"),
    # Only module pages with an upward scan (templates/team_view.html): the team's view of the manager,
    # loaded by components/base.js once the page has loaded.
    "teamview.js": ("components/share-code.js", "core/results-group.js", "components/confirm.js", "components/team-view.js"),
    "trainer.js": ("pages/trainer.js",),
    # The SCORM package only (launch page and course pages).
    "scorm.js": ("scorm/api.js", "scorm/codec.js", "scorm/adapter.js"),
}
#: Stylesheets joined into one, in order (every page loads it: one request, and less when gzipped).
STYLES: dict[str, tuple[str, ...]] = {"leidraad.css": ("leidraad.css", "journey.css")}
#: Scripts the build generates that hold data, not code: only their whitespace is taken out.
DATA = {"course.js", "scorm-course.js", "item-texts.js"}
#: Where minified code is kept between builds, by content (as render.py keeps compiled templates).
MINIFIED = kept.folder("minified")
#: Bundles that only a package of one kind carries, with the file that marks such a build.
ONLY_IN = {"scorm.js": "scorm.html"}
#: Bundles whose parts go before data the build generated under the same name (their last part).
WITH_DATA = {"layouts.js"}
#: Bundles that run in leidraad.js's queue (window.LeidraadQueue): wherever a page loads them, before
#: or after leidraad.js, they run once it has started.
QUEUED = {"layouts.js"}


#: How our scripts look up an interface string: `S.name` or `P.name` (both alias Leidraad.strings),
#: `S["name"]`, or a family by its start, `S["status_" + status]`. Any other lookup (`S[name]`) is an
#: error: the build could not tell which strings the script needs.
_LOOKUP = re.compile(r'\b[SP]\.([a-z][a-z0-9_]*)|\b[SP]\[\s*"([a-z0-9_]+)"\s*(\+)?|\b[SP]\[(?!\s*")')
#: Each script's interface strings go before its code: they join window.LEIDRAAD.strings (L.strings),
#: the one place every script reads them from, before the code runs.
_STRINGS = ("(function(s){{var c=window.LEIDRAAD=window.LEIDRAAD||{{}},S=c.strings=c.strings||{{}};"
            "for(var k in s)S[k]=s[k]}})({});\n")


class AssetError(PluginError):
    """A script part missing, or a part that no bundle names (it would silently never run).

    A PluginError, so that MkDocs shows the message, not a traceback."""


def check_bundles(source: Path) -> None:
    """Every bundle's parts exist in `source` (docs/assets/leidraad), and every part is in a bundle."""
    named = {part for parts in BUNDLES.values() for part in parts}
    present = {p.relative_to(source).as_posix() for layer in LAYERS for p in (source / layer).glob("*.js")}
    missing, unused = sorted(named - present), sorted(present - named)
    if missing or unused:
        raise AssetError("Leidraad's scripts and macros/site/assets.py BUNDLES disagree: "
                         + "; ".join([f"missing {source / m}" for m in missing]
                                     + [f"{source / u} is in no bundle" for u in unused]))


def strings_for(code: str, strings: dict, name: str) -> dict:
    """The interface strings `code` (a script, `name` in errors) looks up, out of all the scripts' `strings`.

    So each script carries only its own strings. A lookup of a string that `strings` lacks, or one the
    build cannot read, is an error: the page would show "undefined"."""
    wanted: dict = {}
    for match in _LOOKUP.finditer(code):
        key, literal, family = match.groups()
        if key is None and literal is None:
            line = code.count("\n", 0, match.start()) + 1
            raise AssetError(f"Leidraad's script {name}, line {line}: an interface string looked up by a computed "
                             'name; write S.name, S["name"] or S["prefix_" + part]')
        if family:
            found = {k: v for k, v in strings.items() if k.startswith(literal)}
        else:
            key = key or literal
            found = {key: strings[key]} if key in strings else {}
        if not found:
            line = code.count("\n", 0, match.start()) + 1
            raise AssetError(f"Leidraad's script {name}, line {line}: no interface string "
                             f"'{key or literal}{'…' if family else ''}' in the course language's strings (macros/i18n)")
        wanted.update(found)
    return dict(sorted(wanted.items()))


def with_strings(text: str, sources: dict[str, str], strings: dict | None) -> str:
    """`text` (the minified `sources`, their code by file name) after the interface strings they use,
    when `strings` are given."""
    if strings is None:
        return text
    own = {}
    for name, code in sources.items():
        own.update(strings_for(code, strings, name))
    own = dict(sorted(own.items()))
    return (_STRINGS.format(json.dumps(own, ensure_ascii=False, separators=(",", ":"))) if own else "") + text


def minify_code(text: str, name: str) -> str:
    """Our ES5 code minified, local names shortened (calmjs.parse): a seventh less gzipped than taking out
    whitespace alone. Parsing takes a while (0.7 s for leidraad.js), so each result is kept in the system's
    temporary folder by content; a build then only parses what changed."""
    key = kept.entry(MINIFIED, text.encode("utf-8"), suffix=".js")
    found = kept.read_text(key)
    if found is not None:
        return found
    # Imported here: most builds find every script kept, and the parser takes half a second to import.
    from calmjs.parse import es5
    from calmjs.parse.exceptions import ECMASyntaxError
    from calmjs.parse.unparsers.es5 import minify_print

    try:
        minified = minify_print(es5(text), obfuscate=True, obfuscate_globals=False)
    except ECMASyntaxError as exc:
        raise AssetError(f"Leidraad's script {name} is not valid ES5 (no ES modules, arrows or let here): {exc}") from None
    kept.write(key, minified.encode("utf-8"))
    return minified


def join_scripts(site_dir: Path, strings: dict | None = None) -> None:
    """Write each bundle into the built site from its parts, then remove the parts.

    `strings`: every script's interface strings (browser.script_strings); each bundle carries its own."""
    folder = Path(site_dir) / ASSETS
    if not (folder / LAYERS[0]).is_dir():  # already joined (a second post-build pass)
        return
    check_bundles(folder)
    for name, parts in BUNDLES.items():
        marker = ONLY_IN.get(name)
        if marker and not (Path(site_dir) / marker).is_file():
            continue
        sources = {f"docs/assets/leidraad/{part}": (folder / part).read_text(encoding="utf-8") for part in parts}
        text = minify_code("\n".join(sources.values()), name)
        if name in WITH_DATA:
            text += "\n" + rjsmin.jsmin((folder / name).read_text(encoding="utf-8"))
        if name in QUEUED:
            text = f"(window.LeidraadQueue=window.LeidraadQueue||[]).push(function(){{\n{text}\n}});\n"
        text = with_strings(text, sources, strings)
        (folder / name).write_text(text, encoding="utf-8")
    for layer in LAYERS:
        shutil.rmtree(folder / layer, ignore_errors=True)


def join_styles(site_dir: Path) -> None:
    """Write each joined stylesheet (STYLES) into the built site, then remove the parts joined into it."""
    folder = Path(site_dir) / ASSETS
    for name, parts in STYLES.items():
        present = [part for part in parts if (folder / part).is_file()]
        if present == [name]:  # already joined (a second post-build pass)
            continue
        text = "\n".join((folder / part).read_text(encoding="utf-8") for part in present)
        (folder / name).write_text(text, encoding="utf-8")
        for part in present:
            if part != name:
                (folder / part).unlink()


def minify_assets(site_dir: Path, strings: dict | None = None) -> None:
    """Join the script bundles and stylesheets, then minify every .js and .css file of ours in a built site, in place.

    `strings`: every script's interface strings (browser.script_strings); each script gets those it uses."""
    join_scripts(Path(site_dir), strings)
    join_styles(Path(site_dir))
    for path in (Path(site_dir) / ASSETS).glob("*"):
        if path.suffix == ".js" and path.name not in BUNDLES:  # the bundles are minified as they are joined
            text = path.read_text(encoding="utf-8")
            if path.name in DATA:
                path.write_text(rjsmin.jsmin(text), encoding="utf-8")
            else:
                path.write_text(with_strings(minify_code(text, path.name), {f"docs/assets/leidraad/{path.name}": text}, strings),
                                encoding="utf-8")
        elif path.suffix == ".css":
            path.write_text(rcssmin.cssmin(path.read_text(encoding="utf-8")), encoding="utf-8")
