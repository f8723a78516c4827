"""Whole-site properties of a strict build: a bad build changes nothing, no other host, nav from course.yml."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import build_site

ROOT = Path(__file__).parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "course"
#: Elements whose URL the browser loads by itself (an <a> is only followed when clicked).
LOADED = {"script": "src", "img": "src", "iframe": "src", "source": "src", "video": "src", "audio": "src",
          "embed": "src", "object": "data", "link": "href", "track": "src", "input": "src"}
EXTERNAL = re.compile(r"^(https?:)?//", re.I)


def copy_fixture(target: Path) -> Path:
    shutil.copytree(FIXTURE, target)
    return target / "course.yml"


def check_lines(config: Path) -> list[str]:
    """`leidraad check` of a course, run like the build is (from the repository)."""
    script = Path(sys.executable).with_name("leidraad")
    result = subprocess.run([str(script), "--config", str(config), "check"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    return [line for line in result.stderr.splitlines() if re.match(r"^\S+:\d+:\d+: ", line)]


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    """A good build into a folder, then a build of broken content into the same folder."""
    base = tmp_path_factory.mktemp("broken")
    config, site = copy_fixture(base / "course"), base / "site"
    first = build_site(site, config)
    assert first.returncode == 0, first.stderr
    before = snapshot(site)
    quiz = base / "course" / "exercises" / "voorbeeld-quiz.yml"
    quiz.write_text(quiz.read_text(encoding="utf-8").replace("feedback: Snel", "feedbak: Snel")
                    .replace("pass_mark: 50", "pass_mark: vijftig"), encoding="utf-8")
    module = base / "course" / "modules" / "voorbeeld.yml"
    module.write_text(module.read_text(encoding="utf-8").replace("ref: voorbeeld-checklist", "ref: voorbeeld-cheklist"), encoding="utf-8")
    second = build_site(site, config)
    return {"result": second, "before": before, "site": site, "config": config}


class TestFailedBuild:
    def test_build_fails(self, broken):
        """`mkdocs build --strict` stops with a non-zero exit code on bad content."""
        assert broken["result"].returncode != 0

    def test_build_shows_the_same_lines_as_check(self, broken):
        """The build lists exactly the `path:line:col: field: message` lines that `leidraad check` lists."""
        output = broken["result"].stdout + broken["result"].stderr
        lines = [line for line in output.splitlines() if re.match(r"^\S+:\d+:\d+: ", line)]
        expected = check_lines(broken["config"])
        assert len(expected) == 4
        assert lines == expected
        assert "Leidraad: 4 errors in the course content; nothing was built." in output

    def test_no_traceback(self, broken):
        """An author sees messages, not a Python traceback."""
        output = broken["result"].stdout + broken["result"].stderr
        assert "Traceback" not in output and 'File "' not in output

    def test_last_good_site_is_untouched(self, broken):
        """Every file of the last good build is still there, unchanged, and nothing was added."""
        assert snapshot(broken["site"]) == broken["before"]
        assert (broken["site"] / "index.html").exists()


class TestNavFromCourse:
    def test_nav_follows_the_order_in_course_yml(self, tmp_path):
        """Reordering the modules in course.yml reorders the site's navigation; no nav is written by hand."""
        config = copy_fixture(tmp_path / "course")
        module = tmp_path / "course" / "modules" / "voorbeeld.yml"
        extra = tmp_path / "course" / "modules" / "aanvulling.yml"
        extra.write_text(module.read_text(encoding="utf-8").replace("title: Voorbeeldmodule", "title: Een aanvulling"), encoding="utf-8")
        data = yaml.safe_load(config.read_text(encoding="utf-8"))
        order = ["aanvulling", *data["modules"]]
        config.write_text(config.read_text(encoding="utf-8").replace("modules:\n", "modules:\n  - aanvulling\n", 1), encoding="utf-8")
        result = build_site(tmp_path / "site", config)
        assert result.returncode == 0, result.stderr
        soup = BeautifulSoup((tmp_path / "site" / "modules" / "aanvulling.html").read_text(encoding="utf-8"), "html.parser")
        hrefs = [a["href"] for a in soup.select("nav.md-nav--primary a.md-nav__link[href]")]
        shown = [h.removesuffix(".html") for h in dict.fromkeys(hrefs) if h.removesuffix(".html") in order]
        assert shown == order
        assert "Een aanvulling" in soup.select_one("nav.md-nav--primary").get_text()


class TestNoOtherHost:
    def test_html_loads_nothing_from_another_host(self, fixture_site):
        """No page makes the browser fetch a script, style, font, image or frame from another host."""
        found = []
        for page in fixture_site.rglob("*.html"):
            soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
            for tag, attribute in LOADED.items():
                for node in soup.find_all(tag):
                    url = node.get(attribute) or ""
                    if EXTERNAL.match(url.strip()) and not (tag == "link" and node.get("rel") in (["canonical"], ["alternate"])):
                        found.append(f"{page.relative_to(fixture_site)}: <{tag} {attribute}={url}>")
            for node in soup.find_all(style=True):
                if re.search(r"url\(\s*['\"]?(https?:)?//", node["style"]):
                    found.append(f"{page.relative_to(fixture_site)}: style {node['style']}")
        assert found == []

    def test_styles_load_nothing_from_another_host(self, fixture_site):
        """No stylesheet imports a font or image from another host."""
        found = []
        for sheet in fixture_site.rglob("*.css"):
            css = sheet.read_text(encoding="utf-8")
            found += [f"{sheet.relative_to(fixture_site)}: {m.group(0)}" for m in
                      re.finditer(r"(url\(\s*['\"]?(https?:)?//[^)]*\)|@import\s+['\"]?(https?:)?//\S+)", css)]
        assert found == []

    def test_our_scripts_name_no_other_host(self, fixture_site):
        """Leidraad's own scripts contain no address of another host (the SVG namespace is a name, not a request)."""
        found = []
        for script in (fixture_site / "assets" / "leidraad").glob("*.js"):
            for url in re.findall(r"(?:https?:)?//[\w.-]+\.[a-z]{2,}[^\s'\"]*", script.read_text(encoding="utf-8")):
                if url not in ("http://www.w3.org/2000/svg",):
                    found.append(f"{script.name}: {url}")
        assert found == []

    def test_no_web_fonts(self, fixture_site):
        """The site uses system fonts: no font files and no font service."""
        assert not [p for p in fixture_site.rglob("*") if p.suffix in (".woff", ".woff2", ".ttf", ".otf")]
        assert "fonts.googleapis" not in (fixture_site / "index.html").read_text(encoding="utf-8")
