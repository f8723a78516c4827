"""Leidraad's own scripts and styles in the built site: joined into bundles, then minified.

The sources under docs/assets/leidraad/ are arranged by layer: `core/` (store, results, helpers),
`components/` (one per exercise kind and the share code), `pages/` (the journey pages, the group view,
the trainer's tools) and `scorm/` (the LMS adapter). A page loads a few classic scripts, not ES modules,
so that the site also works from file:// and inside an LMS: after the build each bundle below is the
parts joined in order, and the layer folders are removed from the site. The sources stay readable.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import rcssmin
import rjsmin
from mkdocs.exceptions import PluginError

ASSETS = Path("assets") / "leidraad"
LAYERS = ("core", "components", "pages", "scorm")

#: Each bundle (a file in assets/leidraad/ of the site) and its parts, in the order they run.
BUNDLES: dict[str, tuple[str, ...]] = {
    # Every page: the learner model and the exercises.
    "leidraad.js": ("core/util.js", "core/results.js", "core/store.js", "components/base.js", "components/quiz.js",
                    "components/self-assessment.js", "components/checklist.js", "components/reflection.js",
                    "components/start.js"),
    # Every page: marks in the navigation, 'Neem op in mijn plan', the storage safety net.
    "journey.js": ("pages/journey.js", "components/actions.js"),
    # Loaded by a self-assessment once it is complete.
    "groupcode.js": ("components/share-code.js",),
    # Loaded by a self-assessment that has earlier takes: the profiles over time.
    "history.js": ("components/scan-history.js",),
    # Loaded by journey.js only for a restore link in the address or a warning that answers may be evicted.
    "safety.js": ("scorm/codec.js", "core/snapshot.js", "pages/safety.js"),
    "progress.js": ("components/scan-history.js", "pages/progress.js", "pages/keeping.js"),
    "plan.js": ("scorm/codec.js", "core/snapshot.js", "components/scan-history.js", "pages/calendar.js", "pages/plan.js"),
    "certificate.js": ("pages/certificate.js",),
    "group.js": ("pages/group.js",),
    # Only module pages with an upward scan (templates/team_view.html): the team's view of the manager.
    "teamview.js": ("components/team-view.js",),
    "trainer.js": ("pages/trainer.js",),
    # The SCORM package only (launch page and course pages).
    "scorm.js": ("scorm/api.js", "scorm/codec.js", "scorm/adapter.js"),
}
#: Bundles that only a package of one kind carries, with the file that marks such a build.
ONLY_IN = {"scorm.js": "scorm.html"}


class AssetError(PluginError):
    """A script part missing, or a part that no bundle names (it would silently never run).

    A PluginError, so that MkDocs shows the message, not a traceback."""


def check_bundles(source: Path) -> None:
    """Every bundle's parts exist in `source` (docs/assets/leidraad), and every part is in a bundle."""
    named = {part for parts in BUNDLES.values() for part in parts}
    present = {p.relative_to(source).as_posix() for layer in LAYERS for p in (source / layer).glob("*.js")}
    missing, unused = sorted(named - present), sorted(present - named)
    if missing or unused:
        raise AssetError("Leidraad's scripts and macros/assets.py BUNDLES disagree: "
                         + "; ".join([f"missing {source / m}" for m in missing]
                                     + [f"{source / u} is in no bundle" for u in unused]))


def join_scripts(site_dir: Path) -> None:
    """Write each bundle into the built site from its parts, then remove the parts."""
    folder = Path(site_dir) / ASSETS
    if not (folder / LAYERS[0]).is_dir():  # already joined (a second post-build pass)
        return
    check_bundles(folder)
    for name, parts in BUNDLES.items():
        marker = ONLY_IN.get(name)
        if marker and not (Path(site_dir) / marker).is_file():
            continue
        text = "\n".join(f"/* {part} */\n{(folder / part).read_text(encoding='utf-8')}" for part in parts)
        (folder / name).write_text(text, encoding="utf-8")
    for layer in LAYERS:
        shutil.rmtree(folder / layer, ignore_errors=True)


def minify_assets(site_dir: Path) -> None:
    """Join the script bundles, then minify every .js and .css file of ours in a built site, in place."""
    join_scripts(Path(site_dir))
    for path in (Path(site_dir) / ASSETS).glob("*"):
        if path.suffix == ".js":
            path.write_text(rjsmin.jsmin(path.read_text(encoding="utf-8")), encoding="utf-8")
        elif path.suffix == ".css":
            path.write_text(rcssmin.cssmin(path.read_text(encoding="utf-8")), encoding="utf-8")
