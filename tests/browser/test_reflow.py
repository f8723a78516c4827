"""Phones first (WCAG 2.1 1.4.10 Reflow): at 320 CSS pixels no page scrolls sideways, in the learner's
site and in the trainer's kit; a wide table scrolls in a box of its own; questions use the full width.

axe-core does not test reflow: these tests open every page and compare the page's scroll width with
the viewport's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

NARROW = {"width": 320, "height": 640}
OVERFLOW = "() => document.scrollingElement.scrollWidth - window.innerWidth"
#: The elements that reach past the right edge (the innermost ones), to say what overflows.
CULPRITS = """() => [...document.body.querySelectorAll('*')]
  .filter(e => e.getBoundingClientRect().right > innerWidth + 1 && getComputedStyle(e).position !== 'fixed')
  .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > innerWidth + 1))
  .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : ''))"""


def every_page(site: Path) -> list[str]:
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    assert any(p.startswith("modules/") for p in pages)
    return pages


def too_wide(page: Page, server, site: Path) -> list[str]:
    """Every page of the site that scrolls sideways at 320 px, with what sticks out."""
    page.set_viewport_size(NARROW)
    problems = []
    for path in every_page(site):
        page.goto(server.url + path)
        page.wait_for_load_state("load")
        excess = page.evaluate(OVERFLOW)
        if excess > 0:
            problems.append(f"{path}: {excess}px too wide ({', '.join(page.evaluate(CULPRITS))})")
    return problems


class TestEveryPageFitsAPhone:
    def test_no_page_of_the_course_scrolls_sideways_at_320_px(self, page: Page, course_server, course_site):
        """Every page of the real course's learner site is at most as wide as a 320 px screen."""
        assert too_wide(page, course_server, course_site) == []

    def test_no_page_of_the_trainers_site_scrolls_sideways_at_320_px(self, page: Page, course_trainer_server,
                                                                       course_trainer_site):
        """Every page of the real course's trainer site (guides, handouts, slides, role-plays, programme,
        group view, and the course with them) is at most as wide as a 320 px screen."""
        assert any(p.startswith("trainers/") for p in every_page(course_trainer_site))
        assert too_wide(page, course_trainer_server, course_trainer_site) == []

    def test_no_page_of_the_kit_course_scrolls_sideways_at_320_px(self, page: Page, kit_server, kit_site):
        """The same for the trainer's kit test course (every page)."""
        assert too_wide(page, kit_server, kit_site) == []


class TestWideContentOnAPhone:
    def test_a_wide_table_scrolls_in_its_own_labelled_box(self, page: Page, course_trainer_server):
        """The guide's agenda is wider than a phone: its box scrolls, is named by the table's caption
        and can be reached by keyboard; the page itself does not scroll."""
        page.set_viewport_size(NARROW)
        page.goto(course_trainer_server.url + "trainers/delegeren.html")
        box = page.get_by_role("region", name="Agenda van")
        expect(box).to_have_attribute("tabindex", "0")
        assert box.evaluate("b => b.scrollWidth > b.clientWidth")
        assert page.evaluate(OVERFLOW) <= 0

    def test_the_programme_with_every_module_fits(self, page: Page, course_trainer_server):
        """With every module and a break chosen, the programme's timetable stays inside the screen."""
        page.set_viewport_size(NARROW)
        page.goto(course_trainer_server.url + "trainers/programma.html")
        for box in page.locator(".ld-programme__modules input[type=checkbox]").all():
            box.check()
        page.get_by_role("button", name="Koffiepauze toevoegen").click()
        expect(page.locator(".ld-programme__table tbody tr").first).to_be_visible()
        assert page.evaluate(OVERFLOW) <= 0

    def test_the_group_views_select_is_not_cut_off(self, page: Page, course_trainer_server):
        """The choice of self-assessment fits the screen: its right edge is inside the viewport."""
        page.set_viewport_size(NARROW)
        page.goto(course_trainer_server.url + "trainers/groep.html")
        select = page.get_by_label("Zelfscan")
        expect(select).to_be_visible()
        assert select.evaluate("s => s.getBoundingClientRect().right") <= NARROW["width"]

    @pytest.mark.parametrize("kind", ["quiz", "self-assessment"])
    def test_questions_use_the_full_width_with_their_number_on_the_question(self, page: Page, course_server, kind):
        """On a 390 px phone the options are nearly as wide as the exercise box, and the number is at the
        start of the question, not beside the first option."""
        page.set_viewport_size({"width": 390, "height": 844})
        page.goto(course_server.url + "modules/delegeren.html")
        form = page.locator(f'form[data-ld="{kind}"]')
        first = form.locator("fieldset").first
        legend = first.locator("legend")
        assert legend.evaluate("l => getComputedStyle(l, '::before').content") == 'counter(ld-item) ". "'
        number = form.locator("ol > li").first.evaluate("li => getComputedStyle(li).listStyleType")
        assert number == "none"
        option = first.locator("label").first
        inner = form.evaluate("f => f.clientWidth - parseFloat(getComputedStyle(f).paddingLeft) - parseFloat(getComputedStyle(f).paddingRight)")
        assert option.evaluate("o => o.getBoundingClientRect().width") >= 0.9 * inner
