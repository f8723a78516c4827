"""The SCORM tests' LMS: packages built by `leidraad package scorm`, served next to scorm-again's runtime.

tests/browser/lms.html plays the LMS: `window.API` is scorm-again's Scorm12API (a real SCORM 1.2
runtime, npm), the package's launch page runs in a frame, and every call is recorded.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from playwright.sync_api import Frame, Page

from conftest import ROOT, Server

RUNTIME = ROOT / "node_modules" / "scorm-again" / "dist" / "scorm12.min.js"
CP = "{http://www.imsproject.org/xsd/imscp_rootv1p1p2}"


def package(kind: str, config: Path, out: Path) -> Path:
    """Run `leidraad --config <config> package <kind> --out <out>` as a user would."""
    command = [sys.executable, "-m", "macros.cli", "--config", str(config), "package", kind, "--out", str(out)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert f"wrote {out}" in result.stdout
    return out


def launch_href(root: Path) -> str:
    """The SCO's launch page, as the LMS reads it from imsmanifest.xml."""
    manifest = ElementTree.parse(root / "imsmanifest.xml").getroot()
    [resource] = manifest.iter(f"{CP}resource")
    return resource.get("href")


class Lms:
    """A web root with the LMS page and unpacked packages; one per test session."""

    def __init__(self, root: Path):
        (root / "lms").mkdir(parents=True)
        shutil.copy(Path(__file__).with_name("lms.html"), root / "lms" / "index.html")
        shutil.copy(RUNTIME, root / "lms" / "scorm12.min.js")
        self.root = root
        self.server = Server(root)

    def add(self, name: str, zip_path: Path) -> str:
        """Unpack a package under /<name>/; return the launch URL relative to the LMS page."""
        with zipfile.ZipFile(zip_path) as archive:
            archive.extractall(self.root / name)
        return f"../{name}/{launch_href(self.root / name)}"

    def open(self, page: Page, href: str, saved: dict | None = None) -> Frame:
        """Open the LMS page, launch the SCO (with the data of an earlier session) and return the course frame."""
        page.goto(self.server.url + "lms/index.html")
        page.evaluate("([href, saved]) => launchSco(href, saved)", [href, saved])
        return course_frame(page)

    def close(self) -> None:
        self.server.close()


def course_frame(page: Page) -> Frame:
    """The frame of the launch page that shows the course pages (the launch page in the LMS's frame, or the page)."""
    page.wait_for_function("""() => {
      const sco = document.getElementById("sco"), launcher = sco ? sco.contentWindow : window;
      const inner = launcher && launcher.document.getElementById("ld-course");
      return inner && inner.contentWindow.Leidraad && inner.contentWindow.document.readyState === "complete";
    }""")
    return next(f for f in page.frames if f.parent_frame is not None and f.parent_frame.url.endswith("/scorm.html"))


def calls(page: Page, name: str | None = None) -> list[list]:
    """The LMS calls recorded so far (optionally only those to `name`)."""
    recorded = page.evaluate("window.calls")
    return [c for c in recorded if name is None or c[0] == name]


def values(page: Page, element: str) -> list[str]:
    """Every value the course set for a CMI element, in order."""
    return [c[2] for c in calls(page, "LMSSetValue") if c[1] == element]


def saved_session(page: Page) -> dict:
    """What the LMS keeps of a closed session, in the form scorm-again loads it for the next launch."""
    data = page.evaluate("lmsData()")
    return {"suspend_data": data["suspend_data"],
            "core": {"lesson_status": data["lesson_status"], "lesson_location": data["lesson_location"], "entry": "resume"}}
