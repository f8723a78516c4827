"""The course home on the start page and the compact 'Mijn voortgang', as a learner sees them in Chromium.

The fixture course has two modules: 'voorbeeld' (every exercise kind) and 'tweede' ('Feedback geven': a
one-question quiz with pass mark 100 and a one-question reflection, 15 minutes)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from engine_support import violations
from journey_steps import KEY, answer_quiz, card, finish_tweede, start_voorbeeld

HOME = ".ld-home"


def home_card(page: Page, module_id: str):
    return page.locator(f'.ld-home-card[data-ld-module="{module_id}"]')


def section_of(page: Page, selector: str) -> str:
    """The id of the section (h2) a node of the module page is in."""
    return page.evaluate("""s => { const node = document.querySelector(s);
      return [...document.querySelectorAll("article h2[id]")].filter(h => h.compareDocumentPosition(node) & 4).pop().id; }""",
                         selector)


def fits(page: Page) -> bool:
    return page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")


class TestCourseHome:
    def test_a_new_learner_is_shown_the_first_step(self, page: Page, fixture_server):
        """Before any answer the home offers the first module and nothing to resume; the cards wait for a first answer."""
        page.goto(fixture_server.url + "index.html")
        home = page.locator(HOME)
        expect(home).to_be_visible()
        next_step = home.locator("[data-ld-home=next]")
        expect(next_step).to_have_text(re.compile(r"^Begin met ‘"))
        assert next_step.get_attribute("href").endswith("modules/voorbeeld.html")
        expect(home.locator(".ld-home__resume")).to_be_hidden()
        expect(home.locator(".ld-home-card").first).to_be_hidden()

    def test_resume_after_answering_leads_to_that_page_and_section(self, page: Page, fixture_server):
        """After answering on 'tweede', 'Ga verder waar je was' links to that module page and the quiz's section."""
        page.goto(fixture_server.url + "modules/tweede.html")
        section = section_of(page, '[data-ld-key="tweede/tweede-quiz"]')
        answer_quiz(page, "tweede/tweede-quiz", "concreet", 1)
        page.goto(fixture_server.url + "index.html")
        resume = page.locator("[data-ld-home=resume]")
        expect(resume).to_be_visible()
        expect(resume).to_have_text(re.compile(r"^Feedback geven: "))
        assert resume.get_attribute("href").endswith(f"modules/tweede.html#{section}")
        resume.click()
        expect(page).to_have_url(re.compile(rf"modules/tweede\.html#{section}$"))
        expect(page.locator(f"h2#{section}")).to_be_in_viewport()

    @pytest.mark.parametrize("place", [
        {"page": "javascript:alert(1)", "section": "", "label": "x", "t": 1},
        {"page": "modules/tweede.html", "section": "a\" onclick=\"x", "label": "x", "t": 1},
        {"page": "modules/tweede.html", "section": "", "label": 7, "t": 1},
        {"page": "modules/verdwenen.html", "section": "", "label": "Weg", "t": 1},
        "modules/tweede.html"])
    def test_a_stored_place_of_the_wrong_shape_is_not_offered(self, page: Page, fixture_server, place):
        """A stored place that is not a page of this course (or of the wrong shape) gives no 'Ga verder' link."""
        page.goto(fixture_server.url + "index.html")
        page.evaluate("([k, p]) => localStorage.setItem(k, JSON.stringify({format: 2, items: {}, place: p}))", [KEY, place])
        page.reload()
        expect(page.locator(HOME)).to_be_visible()
        expect(page.locator(".ld-home__resume")).to_be_hidden()

    def test_cards_reflect_the_answers(self, page: Page, fixture_server):
        """A finished module's card reads 'klaar' with its quiz score; a started one 'bezig' with the time left."""
        finish_tweede(page, fixture_server.url)
        start_voorbeeld(page, fixture_server.url)
        page.goto(fixture_server.url + "index.html")
        expect(home_card(page, "tweede").locator(".ld-badge")).to_have_text("klaar")
        expect(home_card(page, "tweede").locator("[data-ld-home=meta]")).to_have_text("quiz 100%")
        expect(home_card(page, "voorbeeld").locator(".ld-badge")).to_have_text("bezig")
        expect(home_card(page, "voorbeeld").locator("[data-ld-home=meta]")).to_have_text(re.compile(r"^nog \d+ min$"))
        expect(page.locator("[data-ld-home=summary]")).to_have_text(re.compile(r"^1 van 2 modules klaar · nog ongeveer \d+ min zelfstudie"))
        assert page.locator(".ld-home__course progress").evaluate("p => [p.value, p.max]") == [1, 2]
        # The module the learner was working in is the next step.
        expect(page.locator("[data-ld-home=next]")).to_have_text(re.compile(r"^Werk ‘.+’ af$"))
        assert page.locator("[data-ld-home=next]").get_attribute("href").endswith("modules/voorbeeld.html")

    def test_the_cards_follow_a_change_in_another_tab(self, page: Page, fixture_server):
        """An answer stored meanwhile (another tab) shows on the home without a reload."""
        page.goto(fixture_server.url + "index.html")
        other = page.context.new_page()
        finish_tweede(other, fixture_server.url)
        other.close()
        expect(home_card(page, "tweede").locator(".ld-badge")).to_have_text("klaar")

    def test_without_javascript_the_welcome_and_the_outline_remain(self, browser, fixture_server):
        """Without JavaScript the start page shows its welcome text and the learning path; the home stays hidden."""
        context = browser.new_context(java_script_enabled=False)
        page = context.new_page()
        page.goto(fixture_server.url + "index.html")
        expect(page.locator(HOME)).to_be_hidden()
        expect(page.locator(".ld-outline a").first).to_be_visible()
        expect(page.locator("article h1")).to_be_visible()
        context.close()

    def test_no_axe_violation_and_no_sideways_scroll_at_320_px(self, page: Page, fixture_server):
        """The home with progress and the overview pass axe, and fit a 320 px wide screen."""
        finish_tweede(page, fixture_server.url)
        start_voorbeeld(page, fixture_server.url)
        for path, ready in [("index.html", ".ld-home-card[data-ld-status=done]"), ("voortgang.html", ".ld-module-card[data-ld-status=done]")]:
            page.set_viewport_size({"width": 1366, "height": 900})
            page.goto(fixture_server.url + path)
            page.wait_for_selector(ready)
            assert violations(page) == [], path
            page.set_viewport_size({"width": 320, "height": 640})
            assert fits(page), path


class TestCompactOverview:
    def test_a_line_per_module_with_the_details_folded(self, page: Page, fixture_server):
        """Each module is one line (status, time left, score); its exercises' results show only when unfolded."""
        finish_tweede(page, fixture_server.url)
        page.goto(fixture_server.url + "voortgang.html")
        tweede, voorbeeld = card(page, "tweede"), card(page, "voorbeeld")
        expect(tweede.locator(".ld-module-card__status")).to_have_text(re.compile(r"klaar\s*quiz 100%"))
        expect(voorbeeld.locator(".ld-module-card__status")).to_have_text(re.compile(r"niet begonnen\s*\d+ min"))
        assert page.get_by_text("nog niet gemaakt").count() > 0
        assert page.get_by_text("nog niet gemaakt").filter(visible=True).count() == 0
        expect(tweede.locator("summary")).to_contain_text("2 van 2 onderdelen af")
        tweede.locator("summary").click()
        expect(tweede.locator("[data-ld-result]").first).to_be_visible()
        expect(tweede.locator("[data-ld-result]").first).to_have_text("1 van 1 juist (100%), geslaagd")
