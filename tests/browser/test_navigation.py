"""The exercises work however the page was reached: instant navigation, from disk, by keyboard alone."""

from __future__ import annotations

from playwright.sync_api import expect

from engine_support import (MODULE_PAGE, QUIZ, SCAN, answer_quiz_right, open_module,  # noqa: F401
                            question, wait_mounted)

FOCUS_STYLE = """() => {
  const e = document.activeElement, s = getComputedStyle(e);
  return {tag: e.tagName, type: e.type || "", value: e.value || "", text: e.textContent.trim(),
          outline: s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2 && s.outlineColor !== "rgba(0, 0, 0, 0)",
          shadow: s.boxShadow !== "none"};
}"""


def focus_heading_before(page, form: str) -> None:
    """Start keyboard travel at the permalink of the exercise's heading (the last stop before the exercise)."""
    page.evaluate("""(selector) => {
      let node = document.querySelector(selector);
      while (node && node.tagName !== "H2") node = node.previousElementSibling;
      node.querySelector("a.headerlink").focus();
    }""", form)


def focused(page) -> dict:
    return page.evaluate(FOCUS_STYLE)


def press(page, *keys: str) -> dict:
    """Press keys one by one; the focused element must show a visible focus indicator after each."""
    state = {}
    for key in keys:
        page.keyboard.press(key)
        state = focused(page)
        assert state["outline"] or state["shadow"], f"no visible focus after {key}: {state}"
    return state


def open_module_from_start(page, server) -> None:
    """From the start page to the module page through the navigation, marking the page to spot a reload."""
    page.goto(server.url + "index.html")
    page.evaluate("window.ldSamePage = true")
    page.locator("nav.md-nav--primary a.md-nav__link", has_text="Modules").first.click()
    page.wait_for_url("**/" + MODULE_PAGE)
    wait_mounted(page)


class TestInstantNavigation:
    def test_exercises_work_after_an_instant_page_change(self, page, instant_server):
        """Following a nav link replaces the page without a reload, and the quiz still works there."""
        open_module_from_start(page, instant_server)
        assert page.evaluate("window.ldSamePage") is True, "the page was reloaded: instant navigation was not used"
        answer_quiz_right(page)
        expect(page.locator(f"{QUIZ} .ld-quiz__summary")).to_have_text("Je hebt 2 van de 2 vragen juist (100%). Geslaagd.")

    def test_back_and_forward_restore_the_answers(self, page, instant_server):
        """Going back and forward with instant navigation shows the answers given, mounted once."""
        open_module_from_start(page, instant_server)
        answer_quiz_right(page)
        page.go_back()
        page.wait_for_url("**/index.html")
        page.go_forward()
        page.wait_for_url("**/" + MODULE_PAGE)
        wait_mounted(page)
        assert page.evaluate("window.ldSamePage") is True
        expect(page.locator(f"{QUIZ} .ld-quiz__summary")).to_have_text("Je hebt 2 van de 2 vragen juist (100%). Geslaagd.")
        expect(page.locator(f"{QUIZ} [data-ld-action=retry]")).to_have_count(1)
        expect(page.locator(f"{QUIZ} .ld-dropped")).to_have_count(0)


class TestFromDisk:
    def test_quiz_works_and_keeps_answers_from_file(self, page, fixture_site):
        """Opened as a file (file://), the quiz checks answers and keeps them over a reload."""
        open_module(page, (fixture_site / MODULE_PAGE).as_uri())
        answer_quiz_right(page)
        page.reload()
        wait_mounted(page)
        expect(page.locator(f"{QUIZ} .ld-quiz__summary")).to_have_text("Je hebt 2 van de 2 vragen juist (100%). Geslaagd.")

    def test_self_assessment_works_from_file(self, page, fixture_site):
        """From file:// the self-assessment draws its profile too."""
        open_module(page, (fixture_site / MODULE_PAGE).as_uri())
        for item in ("open-vragen", "advies-eerst", "afspraken-terug", "volgende-stap"):
            page.locator(f'{SCAN} [data-ld-item="{item}"]').get_by_label("Soms", exact=True).check()
        expect(page.locator(f"{SCAN} svg.ld-chart")).to_have_count(1)
        expect(page.locator(f"{SCAN} .ld-sa__status")).to_have_text("Jouw profiel: Vragen stellen 3 (Op weg); Opvolgen 3 (Sterk)")


class TestKeyboard:
    def test_quiz_by_keyboard_alone(self, page, fixture_server):
        """Tab, arrow keys, Space and Enter answer and check both questions and retry, always with visible focus."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        focus_heading_before(page, QUIZ)
        assert press(page, "Tab")["value"] == "0"
        assert press(page, "ArrowDown")["value"] == "1"
        expect(question(page, "vragen-of-vertellen").locator("input").nth(1)).to_be_checked()
        assert press(page, "Tab")["text"] == "Controleer"
        press(page, "Enter")
        expect(question(page, "vragen-of-vertellen").locator(".ld-question__result")).to_contain_text("Juist!")
        # The check button is gone once checked: the keyboard stays at the verdict, the next Tab goes on.
        state = press(page, "Tab", "Space", "Tab", "Space")
        assert (state["type"], state["value"]) == ("checkbox", "1")
        assert press(page, "Tab", "Tab")["text"] == "Controleer"
        press(page, "Space")
        expect(page.locator(f"{QUIZ} .ld-quiz__summary")).to_have_text("Je hebt 2 van de 2 vragen juist (100%). Geslaagd.")
        assert press(page, "Tab")["text"] == "Opnieuw"
        press(page, "Enter")  # asks first, in the page
        assert press(page, "Tab")["text"] == "Ja, begin opnieuw"
        press(page, "Enter")
        expect(page.locator(f"{QUIZ} input:checked")).to_have_count(0)
        assert focused(page)["value"] == "0"

    def test_enter_on_an_option_checks_the_question(self, page, fixture_server):
        """Pressing Enter on a chosen option checks that question, as a form's Enter would."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        option = question(page, "vragen-of-vertellen").get_by_label("Ik vraag hoe hij het zelf zou aanpakken.")
        option.focus()
        page.keyboard.press("Space")
        page.keyboard.press("Enter")
        expect(question(page, "vragen-of-vertellen").locator(".ld-question__result")).to_contain_text("Juist!")

    def test_self_assessment_by_keyboard_alone(self, page, fixture_server):
        """Arrow keys choose a scale point per statement; Tab moves to the next statement; the profile appears."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        focus_heading_before(page, SCAN)
        press(page, "Tab")  # first statement, first point ("Bijna nooit"), not yet chosen
        assert focused(page)["value"] == "1"
        for moves in (3, 1, 1, 2):  # Vaak, Zelden, Zelden, Soms
            state = press(page, *["ArrowRight"] * moves)
            assert state["value"] == str(1 + moves)
            press(page, "Tab")
        expect(page.locator(f"{SCAN} .ld-sa__status")).to_have_text("Jouw profiel: Vragen stellen 4 (Sterk); Opvolgen 2,5 (Groeikans)")
