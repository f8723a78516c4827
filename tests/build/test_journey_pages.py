"""The learner's journey pages in a strict build of the fixture course: what is there without JavaScript."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

PAGES = {"voortgang.html": "progress.js", "ontwikkelplan.html": "plan.js", "certificaat.html": "certificate.js"}


def soup(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")


def page_data(page: BeautifulSoup) -> dict:
    return json.loads(page.select_one("template[data-ld-page-data]").decode_contents())


class TestNavigation:
    def test_learner_pages_follow_the_modules(self, fixture_site):
        """'Mijn voortgang', 'Mijn ontwikkelplan' and 'Certificaat' come right after the modules in the navigation."""
        nav = soup(fixture_site, "voortgang.html").select_one("nav.md-nav--primary")
        titles = [a.get_text(" ", strip=True) for a in nav.select(":scope > ul > li > a.md-nav__link, :scope > ul > li > label.md-nav__link")]
        start = titles.index("Mijn voortgang")
        assert titles[start - 1] == "Modules" and titles[start:start + 3] == ["Mijn voortgang", "Mijn ontwikkelplan", "Certificaat"]


class TestWithoutJavaScript:
    def test_progress_page_lists_every_module_with_a_link_and_says_javascript_is_needed(self, fixture_site):
        """Without JavaScript the overview lists the modules with links and says progress needs JavaScript."""
        page = soup(fixture_site, "voortgang.html")
        assert "als JavaScript aan staat" in page.select_one(".ld-nojs").get_text()
        links = [(a["href"], a.get_text()) for a in page.select(".ld-module-card h3 a")]
        assert links == [("modules/voorbeeld.html", "Voorbeeldmodule"), ("modules/tweede.html", "Feedback geven")]
        for path, _ in links:
            assert (fixture_site / path).is_file()

    def test_exercises_that_count_for_done_are_marked(self, fixture_site):
        """Each module lists its exercises; those its completion rules name say they count for 'klaar'."""
        card = soup(fixture_site, "voortgang.html").select_one('[data-ld-module="voorbeeld"]')
        rows = {li["data-ld-exercise"]: li.has_attr("data-required") for li in card.select("[data-ld-exercise]")}
        assert rows == {"voorbeeld/voorbeeld-quiz": True, "voorbeeld/voorbeeld-zelfscan": False,
                        "voorbeeld/voorbeeld-checklist": False, "voorbeeld/voorbeeld-reflectie": True}

    @pytest.mark.parametrize("path", PAGES)
    def test_script_only_controls_are_hidden(self, fixture_site, path):
        """Buttons and inputs that need the script are inside hidden blocks until it runs."""
        page = soup(fixture_site, path)
        for control in page.select("[data-ld] button, [data-ld] input"):
            assert control.find_parent(attrs={"hidden": True}) is not None or control.has_attr("hidden"), control

    def test_module_actions_get_a_hidden_toggle_each(self, fixture_site):
        """Each action on a module page has a 'Neem op in mijn plan' toggle (aria-pressed), hidden until the script runs."""
        page = soup(fixture_site, "modules/tweede.html")
        buttons = page.select('[data-ld="actions"] button[data-ld-action="adopt"]')
        assert len(buttons) == 2
        assert all(b.has_attr("hidden") and b["aria-pressed"] == "false" for b in buttons)
        assert buttons[0].get_text(" ", strip=True).startswith("Neem op in mijn plan")


class TestAssets:
    @pytest.mark.parametrize("path, script", PAGES.items())
    def test_each_page_loads_its_own_script_by_a_relative_url(self, fixture_site, path, script):
        """A journey page loads the whole course's layouts and its own script and style, by relative URLs that exist."""
        page = soup(fixture_site, path)
        sources = [s["src"] for s in page.select("article script[src]")]
        assert sources == ["assets/leidraad/layouts.js", f"assets/leidraad/{script}"]
        assert all((fixture_site / source).is_file() for source in sources)
        assert (fixture_site / page.select_one("article link[rel=stylesheet]")["href"]).is_file()

    def test_page_scripts_stay_off_module_pages(self, fixture_site):
        """Module pages load leidraad.js (exercises, marks, plan toggles), not the whole course's layouts nor the journey pages' scripts."""
        html = (fixture_site / "modules" / "voorbeeld.html").read_text(encoding="utf-8")
        assert "assets/leidraad/leidraad.js" in html and "assets/leidraad/leidraad.css" in html
        assert not re.search(r"(progress|plan|certificate|layouts)\.js|journey-pages\.css", html)

    def test_item_texts_name_the_items_of_the_module_pages_and_stay_off_the_overview(self, fixture_site):
        """item-texts.js names every answerable item of the module pages by its key; the overview itself
        carries no item text (it fetches them only to name voided answers)."""
        script = (fixture_site / "assets" / "leidraad" / "item-texts.js").read_text(encoding="utf-8")
        texts = json.loads(re.fullmatch(r"window\.Leidraad\.itemTexts\((\{.*\})\);\s*", script, re.S).group(1))
        on_pages = set()
        for module in ("voorbeeld", "tweede"):
            for root in soup(fixture_site, f"modules/{module}.html").select("[data-ld-key]"):
                if root.get("data-ld") in ("quiz", "self-assessment", "checklist", "reflection"):
                    on_pages |= {root["data-ld-key"] + "/" + item["data-ld-item"] for item in root.select("[data-ld-item]")}
        assert set(texts) == on_pages
        assert texts["tweede/tweede-quiz/concreet"] == "Welke feedback is het meest concreet?"
        overview = soup(fixture_site, "voortgang.html")
        assert page_data(overview) == {}
        assert "Welke feedback is het meest concreet?" not in str(overview)
