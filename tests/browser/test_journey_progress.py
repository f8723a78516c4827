"""'Mijn voortgang' and the completion marks in the navigation, as a learner sees them in Chromium."""

from __future__ import annotations

import re

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from journey_steps import (KEY, answer_quiz, card, expect_status, finish_tweede, nav_mark, start_voorbeeld,
                           stored, write_reflection)


class TestOverview:
    def test_a_new_learner_sees_every_module_not_started(self, page: Page, fixture_server):
        """Before any answer, every module reads 'niet begonnen' and the course is 0 of 2 done."""
        page.goto(fixture_server.url + "voortgang.html")
        expect_status(page, "voorbeeld", "niet begonnen")
        expect_status(page, "tweede", "niet begonnen")
        expect(page.locator(".ld-course-progress__text")).to_have_text(re.compile(r"^0 van 2 modules klaar( ·|$)"))
        expect(page.locator(".ld-nojs")).to_be_hidden()

    def test_answers_in_two_modules_show_in_the_overview(self, page: Page, fixture_server):
        """A finished module reads 'klaar' with its quiz score, a started one 'bezig'; the bar counts 1 of 2."""
        finish_tweede(page, fixture_server.url)
        start_voorbeeld(page, fixture_server.url)
        page.goto(fixture_server.url + "voortgang.html")
        expect_status(page, "tweede", "klaar")
        expect_status(page, "voorbeeld", "bezig")
        expect(page.locator(".ld-course-progress__text")).to_have_text(re.compile(r"^1 van 2 modules klaar( ·|$)"))
        assert page.locator(".ld-course-progress progress").evaluate("p => [p.value, p.max]") == [1, 2]
        results = card(page, "tweede").locator("[data-ld-result]")
        expect(results.nth(0)).to_have_text("1 van 1 juist (100%), geslaagd")
        expect(results.nth(1)).to_have_text("1 van 1 vragen beantwoord")
        expect(card(page, "voorbeeld").locator("[data-ld-result]").nth(0)).to_have_text("1 van 2 vragen nagekeken")

    def test_a_failed_quiz_keeps_the_module_in_progress(self, page: Page, fixture_server):
        """A reflection written but the quiz not passed: the module is 'bezig', not 'klaar'."""
        page.goto(fixture_server.url + "modules/tweede.html")
        answer_quiz(page, "tweede/tweede-quiz", "concreet", 0)
        write_reflection(page, "tweede/tweede-reflectie/laatste-keer", "Vorige week.")
        page.goto(fixture_server.url + "voortgang.html")
        expect_status(page, "tweede", "bezig")
        expect(card(page, "tweede").locator("[data-ld-result]").nth(0)).to_have_text("0 van 1 juist (0%), nog niet geslaagd")

    def test_self_assessment_profile_and_checklist_progress(self, page: Page, fixture_server):
        """The overview shows the self-assessment's score and band per dimension and the checklist's count."""
        page.goto(fixture_server.url + "modules/voorbeeld.html")
        scan = page.locator('[data-ld-key="voorbeeld/voorbeeld-zelfscan"]')
        for statement, value in [("open-vragen", 4), ("advies-eerst", 2), ("afspraken-terug", 5), ("volgende-stap", 5)]:
            scan.locator(f'[data-ld-item="{statement}"] input[value="{value}"]').check()
        checklist = page.locator('[data-ld-key="voorbeeld/voorbeeld-checklist"]')
        checklist.locator('[data-ld-item="doel"] input').check()
        checklist.locator('[data-ld-item="tijd"] input').check()
        page.goto(fixture_server.url + "voortgang.html")
        rows = card(page, "voorbeeld").locator("[data-ld-result]")
        expect(rows.nth(1)).to_have_text("Vragen stellen: 4 (Sterk); Opvolgen: 5 (Sterk)")
        expect(rows.nth(2)).to_have_text("2 van 3 afgevinkt")

    def test_which_exercises_count_for_done_is_shown(self, page: Page, fixture_server):
        """Each exercise that counts for 'klaar' (here the quiz and the reflection) says so."""
        page.goto(fixture_server.url + "voortgang.html")
        counting = card(page, "voorbeeld").locator("[data-required]")
        expect(counting).to_have_count(2)
        expect(counting.nth(0)).to_contain_text("Quiz")
        expect(counting.nth(1)).to_contain_text("Reflectie")

    def test_without_javascript_the_modules_are_listed_with_links(self, browser, fixture_server):
        """Without JavaScript the page lists the modules with links and says progress needs JavaScript."""
        context = browser.new_context(java_script_enabled=False)
        page = context.new_page()
        page.goto(fixture_server.url + "voortgang.html")
        expect(page.locator(".ld-nojs")).to_contain_text("als JavaScript aan staat")
        links = page.locator(".ld-module-card h3 a")
        assert [links.nth(i).get_attribute("href") for i in range(links.count())] == ["modules/voorbeeld.html", "modules/tweede.html"]
        expect(page.locator("[data-ld-action=export]")).to_be_hidden()
        context.close()


class TestNavigationMarks:
    def test_marks_next_to_modules_in_the_navigation(self, page: Page, fixture_server):
        """In the navigation a finished module has a check mark (klaar), a started one a half circle (bezig)."""
        finish_tweede(page, fixture_server.url)
        start_voorbeeld(page, fixture_server.url)
        page.reload()
        expect(nav_mark(page, "tweede")).to_have_attribute("data-ld-status", "done")
        expect(nav_mark(page, "tweede")).to_contain_text("✓ (klaar)")
        expect(nav_mark(page, "voorbeeld").first).to_have_attribute("data-ld-status", "busy")

    def test_marks_update_while_the_learner_works(self, page: Page, fixture_server):
        """Finishing a module's last exercise marks it in the navigation at once, without a reload."""
        page.goto(fixture_server.url + "modules/tweede.html")
        expect(nav_mark(page, "tweede")).to_have_count(0)
        answer_quiz(page, "tweede/tweede-quiz", "concreet", 1)
        expect(nav_mark(page, "tweede").first).to_have_attribute("data-ld-status", "busy")
        write_reflection(page, "tweede/tweede-reflectie/laatste-keer", "Vandaag nog.")
        expect(nav_mark(page, "tweede").first).to_have_attribute("data-ld-status", "done")

    def test_marks_and_overview_after_instant_navigation(self, page: Page, instant_server):
        """With instant navigation (no page load) the marks, components and overview still follow the answers."""
        page.goto(instant_server.url + "modules/voorbeeld.html")
        page.evaluate("window.__stayed = true")
        page.locator('.md-nav--primary a.md-nav__link[href$="modules/tweede.html"]').click()
        expect(page).to_have_url(re.compile(r"modules/tweede\.html$"))
        answer_quiz(page, "tweede/tweede-quiz", "concreet", 1)
        write_reflection(page, "tweede/tweede-reflectie/laatste-keer", "Net nog.")
        expect(nav_mark(page, "tweede").first).to_have_attribute("data-ld-status", "done")
        page.locator('.md-nav--primary a.md-nav__link[href$="/voortgang.html"]').click()
        expect_status(page, "tweede", "klaar")
        assert page.evaluate("window.__stayed") is True, "the page was reloaded: instant navigation did not happen"


class TestReset:
    def test_reset_a_module_after_confirmation(self, page: Page, fixture_server):
        """'Wis mijn antwoorden in deze module' asks first; after yes only that module's answers are gone."""
        finish_tweede(page, fixture_server.url)
        start_voorbeeld(page, fixture_server.url)
        page.goto(fixture_server.url + "voortgang.html")
        before = stored(page)
        card(page, "tweede").locator("summary").click()  # the module's details are folded away
        button = card(page, "tweede").locator("[data-ld-action=reset-module]")
        button.click()
        card(page, "tweede").get_by_role("button", name="Nee, ga terug").click()
        assert stored(page) == before
        button.click()
        card(page, "tweede").get_by_role("button", name="Ja, wis deze module").click()
        expect_status(page, "tweede", "niet begonnen")
        expect(page.locator(".ld-modules__status")).to_have_text("Je antwoorden in ‘Feedback geven’ zijn gewist.")
        after = stored(page)
        assert not [k for k in after["items"] if k.startswith("tweede/")]
        assert [k for k in after["items"] if k.startswith("voorbeeld/")] == [k for k in before["items"] if k.startswith("voorbeeld/")]
        expect_status(page, "voorbeeld", "bezig")

    def test_reset_everything_after_confirmation(self, page: Page, fixture_server):
        """'Wis al mijn voortgang' asks first; after yes nothing of this course is left."""
        finish_tweede(page, fixture_server.url)
        page.goto(fixture_server.url + "voortgang.html")
        page.click("[data-ld-action=reset-all]")
        page.get_by_role("button", name="Ja, wis alles").click()
        expect(page.locator(".ld-course-progress__text")).to_have_text(re.compile(r"^0 van 2 modules klaar( ·|$)"))
        assert stored(page)["items"] == {} and "results" not in stored(page)


class TestAccessibility:
    def test_progress_page_has_no_axe_violations_before_and_after_use(self, page: Page, fixture_server):
        """axe-core finds no violation on 'Mijn voortgang', empty and with progress, import choice open."""
        page.goto(fixture_server.url + "voortgang.html")
        expect_status(page, "tweede", "niet begonnen")
        results = Axe().run(page)
        assert results.violations_count == 0, results.generate_report()
        finish_tweede(page, fixture_server.url)
        page.goto(fixture_server.url + "voortgang.html")
        page.evaluate("""() => { const input = document.querySelector('#ld-import-file');
            const file = new File([JSON.stringify({type: 'x'})], 'x.json'); const list = new DataTransfer();
            list.items.add(file); input.files = list.files; input.dispatchEvent(new Event('change')); }""")
        expect(page.locator(".ld-transfer__error")).not_to_be_empty()
        results = Axe().run(page)
        assert results.violations_count == 0, results.generate_report()

    def test_module_page_with_plan_toggles_has_no_axe_violations(self, page: Page, fixture_server):
        """axe-core finds no violation on a module page after adopting an action and finishing it."""
        finish_tweede(page, fixture_server.url)
        page.locator("[data-ld-action=adopt]").first.click()
        results = Axe().run(page)
        assert results.violations_count == 0, results.generate_report()

    def test_reset_and_export_work_by_keyboard(self, page: Page, fixture_server):
        """The export and reset buttons are reached with Tab and used with Enter."""
        finish_tweede(page, fixture_server.url)
        page.goto(fixture_server.url + "voortgang.html")
        page.locator("[data-ld-action=export]").focus()
        with page.expect_download() as download:
            page.keyboard.press("Enter")
        assert download.value.suggested_filename.startswith("leidraad-leidraad-test-")
        page.locator('[data-ld-module="tweede"] summary').focus()
        page.keyboard.press("Enter")  # unfold the module's details
        page.keyboard.press("Tab")
        expect(page.locator('[data-ld-module="tweede"] [data-ld-action=reset-module]')).to_be_focused()
        page.keyboard.press("Enter")  # the question, in the page, has the focus
        page.keyboard.press("Tab")
        expect(page.get_by_role("button", name="Ja, wis deze module")).to_be_focused()
        page.keyboard.press("Enter")
        expect_status(page, "tweede", "niet begonnen")
        assert page.evaluate("document.activeElement.textContent") == "Feedback geven"
        assert stored(page, KEY)["items"] == {}
