"""The course's data for the browser in a strict build: each page carries only what it needs.

course.js (every page) holds no layouts; a module page carries its own module's layouts; layouts.js
holds every module and layout, with the code that needs them all (module status, navigation marks)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from bs4 import BeautifulSoup

from macros.site.browser import browser_data
from macros.content.course import load_course

FIXTURE = Path(__file__).parents[2] / "tests" / "fixtures" / "course" / "course.yml"


def course_js(site: Path) -> dict:
    text = (site / "assets" / "leidraad" / "course.js").read_text(encoding="utf-8")
    return json.loads(re.fullmatch(r"window\.LEIDRAAD\s*=\s*(.*?);?\s*", text, re.S).group(1))


def page_part(site: Path, path: str) -> dict:
    page = BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")
    return json.loads(page.select_one("template[data-ld-layouts]").decode_contents())


class TestBrowserData:
    def test_course_js_carries_no_layouts(self, fixture_site):
        """course.js, loaded by every page, has the storage id and pass mark, but no modules, layouts or strings."""
        data = course_js(fixture_site)
        assert {"storageId", "passMark", "groupMinimum"} <= set(data)
        assert "strings" not in data
        assert "exercises" not in data and "modules" not in data

    def test_module_page_carries_its_own_layouts(self, fixture_site):
        """A module page carries its own module and exactly its exercises' layouts, as browser_data has them."""
        full = browser_data(load_course(FIXTURE))
        part = page_part(fixture_site, "modules/tweede.html")
        module = next(m for m in full["modules"] if m["id"] == "tweede")
        assert part["modules"] == [module]
        assert part["exercises"] == {key: full["exercises"][key] for key in module["exercises"]}

    def test_layouts_js_has_the_whole_course(self, fixture_site):
        """layouts.js hands every module and layout over, with the status code, through leidraad.js's queue."""
        text = (fixture_site / "assets" / "leidraad" / "layouts.js").read_text(encoding="utf-8")
        full = browser_data(load_course(FIXTURE))
        code = text[text.index("\n") + 1:]  # after the line with its strings (see test_each_script_carries_its_strings)
        assert code.startswith("(window.LeidraadQueue=window.LeidraadQueue||[]).push(")
        data = json.loads(re.search(r"addLayouts\((\{.*\}),\s*true\)", text, re.S).group(1))
        assert data == {"modules": full["modules"], "exercises": full["exercises"]}
        assert ".course=" in text.replace(" ", "") and "minutesLeft" in text

    def test_each_script_carries_its_strings(self, fixture_site):
        """Every script of ours brings the interface strings it uses, and no others: the number format with
        leidraad.js (every page), the quiz's feedback with exercises.js, the plan's with plan.js."""
        folder = fixture_site / "assets" / "leidraad"

        def strings(name):
            first = (folder / name).read_text(encoding="utf-8").split("\n", 1)[0]
            return json.loads(re.fullmatch(r".*\}\)\((\{.*\})\);", first).group(1))

        every_page = strings("leidraad.js")
        assert every_page["decimal_mark"] == ","
        assert not {"answered", "plan_title", "lms_progress"} & set(every_page)
        assert strings("exercises.js")["answered"] == "{n} van {total} beantwoord"
        assert "plan_title" in strings("plan.js") and "status_done" in strings("progress.js")

    def test_only_pages_that_show_the_whole_course_load_it(self, fixture_site):
        """The start page, progress, plan and certificate load layouts.js; a module page does not."""
        for path in ("index.html", "voortgang.html", "ontwikkelplan.html", "certificaat.html"):
            assert "assets/leidraad/layouts.js" in (fixture_site / path).read_text(encoding="utf-8"), path
        assert "layouts.js" not in (fixture_site / "modules" / "tweede.html").read_text(encoding="utf-8")
