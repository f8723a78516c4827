"""What the SCORM 1.2 package knows about the course: the data its script reads (a view of the kinds'
layouts, see browser.py) and the package manifest's files.

Nothing here knows about MkDocs: `hosting.py` puts the data into a SCORM build, `package.py` zips it.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from macros.site.browser import course_pass_mark
from macros.content.course import Course

#: The SCO's launch page: it keeps one LMS session open while the learner moves between pages.
LAUNCH_PAGE = "scorm.html"
#: The ADL SCORM 1.2 schema files a package carries at its root, next to imsmanifest.xml.
SCHEMA_FILES = ("imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd", "imsmd_rootv1p2p1.xsd", "ims_xml.xsd")


def scorm_data(course: Course) -> dict:
    """`window.LEIDRAAD_SCORM`: the course pass mark and every exercise in course order.

    A view of the kinds' layouts (window.LEIDRAAD.exercises) in the shape scorm.js reads until it
    reads those layouts itself; reflections are listed so the script knows them, never saved to the LMS.
    """
    return {"passMark": course_pass_mark(course),
            "exercises": [_scorm_layout(layout) for layout in course.layouts.values()]}


def _scorm_layout(layout: dict) -> dict:
    items = layout["items"]
    common = {"key": layout["key"], "kind": layout["kind"], "fp": layout["fp"]}
    if layout["kind"] == "quiz":
        return {**common, "items": [[i["id"], i["v"], i["options"], i["correct"]] for i in items],
                "passMark": layout["passMark"]}
    if layout["kind"] == "self-assessment":
        return {**common, "items": [[i["id"], i["v"], i["dim"], int(i["reverse"])] for i in items],
                "high": len(layout["labels"]),
                "dimensions": [[d["id"], d["title"], [[b["from"], b["to"], b["label"]] for b in d["bands"]]]
                               for d in layout["dimensions"]]}
    return {**common, "items": [[i["id"], i["v"]] for i in items]}


def package_files(site_dir: Path) -> list[str]:
    """Every file of the built site, as URL paths relative to its root, sorted (for the manifest)."""
    files = (p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*") if p.is_file())
    return sorted(f for f in files if f != "imsmanifest.xml" and f not in SCHEMA_FILES)


def manifest_hrefs(files: list[str]) -> list[str]:
    """File paths as they go into the manifest's href attributes (percent-encoded where needed)."""
    return [quote(f, safe="/-._~") for f in files]
