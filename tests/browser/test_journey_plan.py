"""'Mijn ontwikkelplan' (actions adopted in the modules, edited, printed, downloaded) and the certificate."""

from __future__ import annotations

import datetime

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from journey_steps import TWEEDE_QUESTION, finish_tweede, pdf_text, stored

ACTION = '[data-ld-item="feedback-binnen-een-dag"] [data-ld-action=adopt]'
ACTION_TITLE = "Geef feedback binnen één werkdag na wat je zag."


def adopt(page: Page, base: str) -> None:
    page.goto(base + "modules/tweede.html")
    page.click(ACTION)
    expect(page.locator(ACTION)).to_have_attribute("aria-pressed", "true")


def plan_entry(page: Page, index: int = 0):
    return page.locator(".ld-plan-action").nth(index)


def fill_plan(page: Page) -> None:
    """Edit the adopted action and add an own one, as a learner would."""
    entry = plan_entry(page)
    entry.locator("[name=why]").fill("Mijn team wacht nu soms een week op een reactie.")
    entry.locator("[name=step]").fill("Maandag een kwartier blokken in mijn agenda.")
    entry.locator("[name=when]").fill("2027-03-15")
    entry.locator("[name=who]").fill("Mijn collega Els")
    page.click("[data-ld-action=add]")
    own = plan_entry(page, 1)
    expect(own.locator("[name=what]")).to_be_focused()
    own.locator("[name=what]").fill("Elke vrijdag tien minuten terugblikken met het team.")
    own.locator("[name=done]").check()
    page.fill("#ld-plan-name", "Sara Peeters")


class TestAdoptingActions:
    def test_toggle_adds_the_action_to_the_plan_and_removes_it(self, page: Page, fixture_server):
        """'Neem op in mijn plan' is a toggle (aria-pressed); the plan lists the action until it is toggled off."""
        adopt(page, fixture_server.url)
        expect(page.locator(".ld-actions-list__status")).to_have_text(f"Opgenomen in je ontwikkelplan: {ACTION_TITLE}")
        page.goto(fixture_server.url + "ontwikkelplan.html")
        expect(plan_entry(page).locator("[name=what]")).to_have_value(ACTION_TITLE)
        expect(plan_entry(page)).to_contain_text("uit ‘Feedback geven’")
        page.goto(fixture_server.url + "modules/tweede.html")
        expect(page.locator(ACTION)).to_have_attribute("aria-pressed", "true")
        page.click(ACTION)
        expect(page.locator(ACTION)).to_have_attribute("aria-pressed", "false")
        page.goto(fixture_server.url + "ontwikkelplan.html")
        expect(page.locator(".ld-plan-action")).to_have_count(0)
        expect(page.locator(".ld-plan__empty")).to_be_visible()

    def test_toggling_off_an_edited_action_asks_first(self, page: Page, fixture_server):
        """An action the learner already filled in is only taken out of the plan after confirmation."""
        adopt(page, fixture_server.url)
        page.goto(fixture_server.url + "ontwikkelplan.html")
        plan_entry(page).locator("[name=who]").fill("Jan")
        page.goto(fixture_server.url + "modules/tweede.html")
        page.click(ACTION)
        page.get_by_role("button", name="Nee, ga terug").click()
        expect(page.locator(ACTION)).to_have_attribute("aria-pressed", "true")
        assert stored(page)["items"]["_plan/tweede/feedback-binnen-een-dag"]["a"]["who"] == "Jan"
        page.click(ACTION)
        page.get_by_role("button", name="Ja, haal ze uit mijn plan").click()
        expect(page.locator(ACTION)).to_have_attribute("aria-pressed", "false")
        assert "_plan/tweede/feedback-binnen-een-dag" not in stored(page)["items"]

    def test_toggle_works_by_keyboard(self, page: Page, fixture_server):
        """The toggle is a real button: Space adopts the action."""
        page.goto(fixture_server.url + "modules/tweede.html")
        page.locator(ACTION).focus()
        page.keyboard.press("Space")
        expect(page.locator(ACTION)).to_have_attribute("aria-pressed", "true")


class TestPlan:
    def test_edits_are_kept_over_a_reload(self, page: Page, fixture_server):
        """What the learner writes in the plan is there again after a reload, in creation order."""
        adopt(page, fixture_server.url)
        page.goto(fixture_server.url + "ontwikkelplan.html")
        fill_plan(page)
        page.reload()
        entry, own = plan_entry(page), plan_entry(page, 1)
        expect(entry.locator("[name=when]")).to_have_value("2027-03-15")
        expect(entry.locator("[name=who]")).to_have_value("Mijn collega Els")
        expect(own.locator("[name=what]")).to_have_value("Elke vrijdag tien minuten terugblikken met het team.")
        expect(own.locator("[name=done]")).to_be_checked()
        expect(own).to_contain_text("eigen actie")
        expect(page.locator("#ld-plan-name")).to_have_value("Sara Peeters")

    def test_reflection_answers_of_all_modules_are_collected(self, page: Page, fixture_server):
        """The plan shows each reflection answer under its module, with the question."""
        finish_tweede(page, fixture_server.url, reflection="Bij Jan, die er blij mee was.")
        page.goto(fixture_server.url + "ontwikkelplan.html")
        answers = page.locator(".ld-plan__answers")
        expect(answers.locator("h3")).to_have_text(["Feedback geven"])
        expect(answers).to_contain_text(TWEEDE_QUESTION)
        expect(answers).to_contain_text("Bij Jan, die er blij mee was.")

    def test_prints_as_a_clean_a4_document_with_the_learners_text(self, page: Page, fixture_server, tmp_path):
        """Printed to PDF the plan holds the learner's text, dates and reflections, and no navigation or buttons."""
        finish_tweede(page, fixture_server.url, reflection="Bij Jan, die er blij mee was.")
        adopt(page, fixture_server.url)
        page.goto(fixture_server.url + "ontwikkelplan.html")
        fill_plan(page)
        text = pdf_text(page, tmp_path / "plan.pdf")
        for wanted in ["Ontwikkelplan van Sara Peeters", ACTION_TITLE, "Mijn team wacht nu soms een week op een reactie.",
                       "Maandag een kwartier blokken in mijn agenda.", "15 maart 2027", "Mijn collega Els",
                       "Elke vrijdag tien minuten terugblikken met het team.", "✓ Gedaan", "Nog te doen",
                       TWEEDE_QUESTION, "Bij Jan, die er blij mee was."]:
            assert wanted in text, f"{wanted!r} not in the printed plan: {text}"
        for unwanted in ["Zoeken", "Begrippenlijst", "Druk af of bewaar als pdf", "Haal uit mijn plan",
                         "Voeg een eigen actie toe", "Volgende", "Je naam (voor de afdruk)"]:
            assert unwanted not in text, f"{unwanted!r} printed"
        pages = page.pdf(format="A4")
        assert b"/MediaBox [0 0 595" in pages or b"/MediaBox [0 0 594" in pages

    def test_downloads_as_markdown(self, page: Page, fixture_server):
        """'Download als Markdown' saves the plan, with the learner's text, as a Markdown file."""
        finish_tweede(page, fixture_server.url, reflection="Bij Jan.\nEn bij Els.")
        adopt(page, fixture_server.url)
        page.goto(fixture_server.url + "ontwikkelplan.html")
        fill_plan(page)
        with page.expect_download() as download:
            page.click("[data-ld-action=download]")
        assert download.value.suggested_filename.endswith(".md")
        markdown = open(download.value.path(), encoding="utf-8").read()
        assert markdown.startswith("# Ontwikkelplan van Sara Peeters\n")
        assert f"### 1. {ACTION_TITLE}\n" in markdown
        assert "- **Tegen wanneer:** 15 maart 2027\n" in markdown
        assert "- **Wie kan helpen?** Mijn collega Els\n" in markdown
        assert "### 2. Elke vrijdag tien minuten terugblikken met het team.\n" in markdown
        assert f"**{TWEEDE_QUESTION}**\n\n> Bij Jan.\n> En bij Els.\n" in markdown

    def test_remove_an_action_after_confirmation(self, page: Page, fixture_server):
        """'Haal uit mijn plan' asks first, then removes only that action."""
        adopt(page, fixture_server.url)
        page.goto(fixture_server.url + "ontwikkelplan.html")
        page.click("[data-ld-action=add]")
        expect(page.locator(".ld-plan-action")).to_have_count(2)
        plan_entry(page).locator("[data-ld-action=remove]").click()
        plan_entry(page).get_by_role("button", name="Ja, haal ze uit mijn plan").click()
        expect(page.locator(".ld-plan-action")).to_have_count(1)
        expect(plan_entry(page)).to_contain_text("eigen actie")
        expect(page.locator(".ld-plan__status")).to_have_text("De actie is uit je plan gehaald.")

    def test_plan_page_has_no_axe_violations(self, page: Page, fixture_server):
        """axe-core finds no violation on the plan page, empty and filled in."""
        page.goto(fixture_server.url + "ontwikkelplan.html")
        expect(page.locator(".ld-plan__empty")).to_be_visible()
        results = Axe().run(page)
        assert results.violations_count == 0, results.generate_report()
        adopt(page, fixture_server.url)
        page.goto(fixture_server.url + "ontwikkelplan.html")
        fill_plan(page)
        results = Axe().run(page)
        assert results.violations_count == 0, results.generate_report()


class TestCertificate:
    def test_lists_the_modules_done_with_the_name_and_date(self, page: Page, fixture_server, tmp_path):
        """The certificate shows the typed name, only the finished modules, today's date, and says it is self-declared."""
        finish_tweede(page, fixture_server.url)
        page.goto(fixture_server.url + "certificaat.html")
        page.fill("#ld-certificate-name", "Sara Peeters")
        certificate = page.locator(".ld-certificate")
        expect(certificate.locator("[data-ld-certificate-name]")).to_have_text("Sara Peeters")
        expect(certificate.locator(".ld-certificate__modules li")).to_have_count(1)
        expect(certificate.locator(".ld-certificate__modules li")).to_contain_text("Feedback geven (15 minuten)")
        today = page.evaluate("new Date().toLocaleDateString('nl', {day: 'numeric', month: 'long', year: 'numeric'})")
        expect(certificate.locator("[data-ld-certificate-date]")).to_have_text(today)
        text = pdf_text(page, tmp_path / "certificaat.pdf")
        assert "Sara Peeters" in text and "Feedback geven" in text and "Voorbeeldmodule" not in text
        assert "OP EIGEN VERKLARING" in text.upper() and "geen officieel getuigschrift" in text
        assert "Je naam zoals die op het certificaat komt" not in text and "Zoeken" not in text
        assert str(datetime.date.today().year) in text

    def test_without_a_module_done_it_says_what_to_do(self, page: Page, fixture_server):
        """Before any module is done, the page says so instead of printing an empty certificate."""
        page.goto(fixture_server.url + "certificaat.html")
        expect(page.locator(".ld-certificate__none")).to_be_visible()
        expect(page.locator(".ld-certificate")).to_be_hidden()
        expect(page.locator("[data-ld-action=print]")).to_be_hidden()

    def test_certificate_has_no_axe_violations(self, page: Page, fixture_server):
        """axe-core finds no violation on the certificate page with a module done."""
        finish_tweede(page, fixture_server.url)
        page.goto(fixture_server.url + "certificaat.html")
        page.fill("#ld-certificate-name", "Sara Peeters")
        results = Axe().run(page)
        assert results.violations_count == 0, results.generate_report()
