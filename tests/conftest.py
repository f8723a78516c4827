"""Shared test fixtures: real strict builds of a course, a local web server, Chromium for Playwright."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_COURSE = ROOT / "tests" / "fixtures" / "course" / "course.yml"
MAIN_COURSE = ROOT / "course.yml"
KIT_COURSE = ROOT / "tests" / "fixtures" / "course" / "kit.yml"
CHROMIUM = os.environ.get("LEIDRAAD_CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")


def build_site(site_dir: Path, course: Path | None = None, env: dict | None = None,
               config: Path | None = None) -> subprocess.CompletedProcess:
    """Run a real `mkdocs build --strict` of `course` into `site_dir`; return the finished process."""
    environ = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    if course is not None:
        environ["LEIDRAAD_COURSE"] = str(course)
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir),
               "--config-file", str(config or ROOT / "mkdocs.yml")]
    return subprocess.run(command, cwd=ROOT, env=environ, capture_output=True, text=True, timeout=600)


def built(site_dir: Path, course: Path, env: dict | None = None) -> Path:
    result = build_site(site_dir, course, env=env)
    assert result.returncode == 0, result.stderr
    return site_dir


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Path:
    """The small test course (one module with every exercise kind), built once per test run."""
    return built(tmp_path_factory.mktemp("fixture-site"), FIXTURE_COURSE)


@pytest.fixture(scope="session")
def course_site(tmp_path_factory) -> Path:
    """The real course, built once per test run."""
    return built(tmp_path_factory.mktemp("course-site"), MAIN_COURSE)


class Server:
    """A static web server for a built site on 127.0.0.1, optionally under a sub-path."""

    def __init__(self, root: Path, prefix: str = "/"):
        self.root, self.prefix = root, prefix
        outer = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def translate_path(self, path):
                parsed = urlparse(path).path
                if not parsed.startswith(outer.prefix):
                    return str(outer.root / "__not_found__")
                return super().translate_path("/" + parsed[len(outer.prefix):])

            def log_message(self, *args):
                pass

        handler = functools.partial(Handler, directory=str(root))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_port}{self.prefix}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="session")
def fixture_server(fixture_site):
    server = Server(fixture_site)
    yield server
    server.close()


@pytest.fixture(scope="session")
def course_server(course_site):
    server = Server(course_site)
    yield server
    server.close()


#: The build of the trainer's own site (`make trainer`): the kit with the course.
TRAINER = {"LEIDRAAD_AUDIENCE": "trainer"}


@pytest.fixture(scope="session")
def kit_site(tmp_path_factory) -> Path:
    """The trainer's site of the kit test course (two modules with a workshop plan), built once per test run."""
    return built(tmp_path_factory.mktemp("kit-site"), KIT_COURSE, TRAINER)


@pytest.fixture(scope="session")
def course_trainer_site(tmp_path_factory) -> Path:
    """The trainer's site of the real course (`make trainer`), built once per test run."""
    return built(tmp_path_factory.mktemp("course-trainer-site"), MAIN_COURSE, TRAINER)


@pytest.fixture(scope="session")
def course_trainer_server(course_trainer_site):
    server = Server(course_trainer_site)
    yield server
    server.close()


@pytest.fixture(scope="session")
def kit_learner_site(tmp_path_factory) -> Path:
    """The learner's site of the kit test course (the default build), built once per test run."""
    return built(tmp_path_factory.mktemp("kit-learner-site"), KIT_COURSE)


@pytest.fixture(scope="session")
def kit_server(kit_site):
    server = Server(kit_site)
    yield server
    server.close()


def served_at_its_address(tmp_path_factory, name: str, course: Path, env: dict | None = None) -> Server:
    """A course built for the address it is served from: material's instant navigation is then on."""
    site = tmp_path_factory.mktemp(name)
    server = Server(site)
    result = build_site(site, course, env={"LEIDRAAD_SITE_URL": server.url, **(env or {})})
    assert result.returncode == 0, result.stderr
    return server


@pytest.fixture(scope="session")
def instant_server(tmp_path_factory):
    """The fixture course with instant navigation on."""
    server = served_at_its_address(tmp_path_factory, "instant-site", FIXTURE_COURSE)
    yield server
    server.close()


@pytest.fixture(scope="session")
def kit_learner_server(kit_learner_site):
    server = Server(kit_learner_site)
    yield server
    server.close()


@pytest.fixture(scope="session")
def kit_instant_server(tmp_path_factory):
    """The trainer's site of the kit course with instant navigation on."""
    server = served_at_its_address(tmp_path_factory, "kit-instant", KIT_COURSE, TRAINER)
    yield server
    server.close()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium, without the background traffic that a closed network refuses."""
    return {**browser_type_launch_args, "executable_path": CHROMIUM,
            "args": ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync"]}


@pytest.fixture
def external_requests(page):
    """Every request the page makes to a host other than this machine (none are allowed)."""
    seen: list[str] = []

    def record(request):
        url = urlparse(request.url)
        if url.scheme in ("http", "https", "ws", "wss") and url.hostname not in ("127.0.0.1", "localhost"):
            seen.append(request.url)

    page.on("request", record)
    return seen


@pytest.fixture
def page(page):
    """Playwright's page, on which a browser dialog (alert, confirm, prompt) fails the test: the course asks
    its questions in the page, where an LMS's frame cannot block them and a screen reader stays in place."""
    dialogs: list[str] = []

    def refuse(dialog) -> None:
        dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", refuse)
    yield page
    assert not dialogs, f"the page opened a browser dialog: {dialogs}"


def ours(error: str) -> bool:
    """Whether a page's script error is one of ours. The theme's search worker, cut off by a navigation while
    it loads its Dutch stemmer, reports that as an error of the page it belonged to: that one is not."""
    return not ("importScripts" in error and "/assets/javascripts/lunr/" in error)


def script_errors(page) -> list[str]:
    """The list that will hold every script error of ours on `page` from now on."""
    seen: list[str] = []
    page.on("pageerror", lambda error: ours(str(error)) and seen.append(str(error)))
    return seen
