"""The smaller defects of issue 12, each as the learner or trainer who met it would check it again."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from journey_steps import finish_tweede, pdf_text
from test_group_view import ANSWERS, EXERCISE, code, versions  # noqa: F401 (a fixture)

DESKTOP = {"width": 1366, "height": 900}
#: Words of an element's text that the browser broke over two lines (a word in two line boxes).
BROKEN_WORDS = """element => {
  const text = element.firstChild, broken = [];
  for (const match of text.textContent.matchAll(/\\S+/g)) {
    const range = document.createRange();
    range.setStart(text, match.index);
    range.setEnd(text, match.index + match[0].length);
    const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
    if (tops.size > 1) broken.push(match[0]);
  }
  return broken;
}"""


class TestProgramme:
    def test_the_builder_is_above_the_fold_and_module_names_stay_whole(self, page: Page, course_trainer_server):
        """At 1366×900 the programme builder's modules are on screen without scrolling, and no module
        name in the table of workshop lengths is broken in the middle of a word."""
        page.set_viewport_size(DESKTOP)
        page.goto(course_trainer_server.url + "trainers/programma.html")
        first = page.locator(".ld-programme__modules input[type=checkbox]").first
        expect(first).to_be_in_viewport()
        links = page.locator(".ld-programme__lengths tbody th a")
        assert links.count() >= 7
        for link in links.all():
            assert link.evaluate(BROKEN_WORDS) == [], link.text_content()


class TestShareCode:
    @pytest.mark.parametrize("width", [320, 390, 1366])
    def test_the_whole_code_is_shown(self, page: Page, kit_server, versions, width):  # noqa: F811
        """The read-only code under a finished self-assessment is shown whole, its end not cut off."""
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(kit_server.url + "modules/voorbeeld.html")
        form = page.locator(f'form[data-ld-key="voorbeeld/{EXERCISE}"]')
        for statement, value in zip(["open-vragen", "advies-eerst", "afspraken-terug", "volgende-stap"], ANSWERS[0]):
            form.locator(f'[data-ld-item="{statement}"] input[value="{value}"]').check()
        field = page.get_by_label("Jouw anonieme code")
        expect(field).to_have_value(code(versions, ANSWERS[0]))
        assert field.evaluate("f => f.scrollWidth <= f.clientWidth && f.scrollHeight <= f.clientHeight")
        assert field.evaluate("f => f.getBoundingClientRect().right") <= width


class TestModulePage:
    def test_an_exercise_is_introduced_once(self, page: Page, course_server):
        """The checklist of 'Coachend leiderschap' says once how many conversations to choose, not twice
        in two ways; no exercise on any module page has two introductions."""
        page.goto(course_server.url + "modules/coachend-leiderschap.html")
        checklist = page.locator("article")
        expect(checklist).to_contain_text("Kies deze week één gesprek uit")
        expect(checklist).not_to_contain_text("Kies deze week één of twee gesprekken uit")
        for module in ["autonome-motivatie", "bevlogenheid", "delegeren", "feedforward", "leidinggeven-met-ai",
                       "psychologische-veiligheid"]:
            page.goto(course_server.url + f"modules/{module}.html")
            twice = page.evaluate("""() => [...document.querySelectorAll('.ld-exercise-intro')]
              .filter(intro => { const form = intro.nextElementSibling; return form && form.matches('form.ld-exercise')
                && form.firstElementChild && form.firstElementChild.tagName === 'P' && !form.firstElementChild.className; })
              .length""")
            assert twice == 0, module

    def test_an_adopted_action_says_it_is_in_the_plan(self, page: Page, fixture_server):
        """After 'Neem op in mijn plan' the button reads 'In mijn plan' (its name for a screen reader
        stays the toggle's, pressed); toggled off, it offers 'Neem op in mijn plan' again."""
        page.goto(fixture_server.url + "modules/tweede.html")
        button = page.get_by_role("button", name=re.compile(r"^Neem op in mijn plan ?: Geef feedback binnen één werkdag"))
        label, done = button.locator(".ld-adopt__label"), button.locator(".ld-adopt__done")

        def shows(text: str) -> None:
            """What the button shows: only `text` is drawn wider than a pixel (the rest is for screen readers)."""
            drawn = button.evaluate("""b => [...b.querySelectorAll('.ld-adopt__label, .ld-adopt__done')]
              .filter(s => s.getBoundingClientRect().width > 1).map(s => s.textContent)""")
            assert drawn == [text]

        expect(button).to_have_attribute("aria-pressed", "false")
        shows("Neem op in mijn plan")
        button.click()
        expect(button).to_have_attribute("aria-pressed", "true")
        expect(done).to_have_text("In mijn plan")
        shows("In mijn plan")
        expect(label).to_have_text("Neem op in mijn plan")  # still the accessible name
        button.click()
        expect(button).to_have_attribute("aria-pressed", "false")
        shows("Neem op in mijn plan")


class TestPrinting:
    def test_the_plan_prints_its_title_once(self, page: Page, fixture_server, tmp_path):
        """Printed without a name, the plan says 'Mijn ontwikkelplan' once; with a name, 'Ontwikkelplan
        van …' and not the page's heading as well."""
        page.goto(fixture_server.url + "ontwikkelplan.html")
        expect(page.locator(".ld-plan__controls")).to_be_visible()
        assert pdf_text(page, tmp_path / "plan.pdf").count("Mijn ontwikkelplan") == 1
        page.fill("#ld-plan-name", "Sara Peeters")
        text = pdf_text(page, tmp_path / "plan-named.pdf")
        assert "Ontwikkelplan van Sara Peeters" in text and "Mijn ontwikkelplan" not in text

    def test_a_certificate_with_nothing_finished_prints_what_to_do(self, page: Page, fixture_server, tmp_path):
        """With no module finished, printing the certificate page gives the page that says so, not a blank sheet."""
        page.goto(fixture_server.url + "certificaat.html")
        expect(page.locator(".ld-certificate__none")).to_be_visible()
        text = pdf_text(page, tmp_path / "leeg.pdf")
        assert "Je hebt nog geen module afgerond" in text and "Certificaat" in text

    def test_a_certificate_still_prints_alone(self, page: Page, fixture_server, tmp_path):
        """With a module finished, the printed page holds the certificate and not the page around it."""
        finish_tweede(page, fixture_server.url)
        page.goto(fixture_server.url + "certificaat.html")
        expect(page.locator(".ld-certificate")).to_be_visible()
        text = pdf_text(page, tmp_path / "certificaat.pdf")
        assert "Certificaat van deelname" in text and "Je hebt nog geen module afgerond" not in text
        assert "Druk een certificaat af" not in text


class TestGlossary:
    def test_see_references_are_links_to_their_entries(self, page: Page, course_server):
        """'Zie energiebronnen' under Hulpbronnen is a link; following it brings the entry Energiebronnen into view."""
        page.goto(course_server.url + "begrippen.html")
        entry = page.locator("p", has=page.locator("strong", has_text=re.compile(r"^Hulpbronnen$")))
        entry.get_by_role("link", name="energiebronnen").click()
        expect(page).to_have_url(re.compile(r"begrippen\.html#energiebronnen$"))
        target = page.locator("#energiebronnen")
        expect(target).to_contain_text("Energiebronnen")
        expect(target).to_be_in_viewport()
        for see in page.locator("article p").filter(has_text=re.compile(r"— Zie ")).all():
            expect(see.get_by_role("link")).to_have_count(1)


class TestGroupView:
    @pytest.fixture
    def group(self, page: Page, kit_server) -> Page:
        page.goto(kit_server.url + "trainers/groep.html")
        expect(page.locator(".ld-group__form")).to_be_visible()
        return page

    def test_one_repeated_code_is_counted_in_the_singular(self, group: Page, versions):  # noqa: F811
        """One code given twice reads '1 code komt meer dan eens voor', not '1 codes komen'."""
        codes = [code(versions, a) for a in ANSWERS]
        group.fill("#ld-group-codes", "\n".join(codes + codes[:1]))
        group.get_by_role("button", name="Toon de resultaten").click()
        expect(group.locator(".ld-group__summary")).to_contain_text("1 code komt meer dan eens voor;")
        group.fill("#ld-group-codes", "\n".join(codes + codes[:2]))
        group.get_by_role("button", name="Toon de resultaten").click()
        expect(group.locator(".ld-group__summary")).to_contain_text("2 codes komen meer dan eens voor;")

    def test_a_binary_file_gives_one_message(self, group: Page, versions):  # noqa: F811
        """Loading an image among the code files gives one message naming it; the codes still count."""
        image = bytes(range(256)) * 40 + b"\n" * 50
        files = [{"name": f"zelfscan-{i}.txt", "mimeType": "text/plain", "buffer": (code(versions, a) + "\n").encode()}
                 for i, a in enumerate(ANSWERS)]
        files.append({"name": "foto.png", "mimeType": "image/png", "buffer": image})
        group.set_input_files("#ld-group-files", files)
        expect(group.locator(".ld-group__summary")).to_have_text("4 van de 4 codes geteld.")
        expect(group.locator(".ld-group__errors li")).to_have_text([re.compile(r"^Bestand foto\.png is geen tekstbestand met codes")])

    def test_pasted_binary_gives_one_message(self, group: Page):
        """Pasting a file's bytes instead of codes gives one message, not one per line."""
        group.locator("#ld-group-codes").evaluate(
            "(area, text) => { area.value = text; area.dispatchEvent(new Event('input', {bubbles: true})); }",
            "\u0089PNG\r\n\u001a\n" + "\n".join("\u0000\u0003IHDR\ufffd" for _ in range(50)))
        group.get_by_role("button", name="Toon de resultaten").click()
        expect(group.locator(".ld-group__errors li")).to_have_count(1)
        expect(group.locator(".ld-group__errors li")).to_contain_text("Wat je plakte, is geen tekst met codes")

    def test_pasted_codes_survive_a_reload_of_the_tab_until_cleared(self, group: Page, versions):  # noqa: F811
        """Codes pasted in the group view are still there, with their results, after a reload of the tab;
        'Wis alles' forgets them; the page says they are the participants' codes, kept in this tab only."""
        expect(group.locator(".ld-disclaimer")).to_contain_text("alleen in dit tabblad bewaard")
        pasted = "\n".join(code(versions, a) for a in ANSWERS)
        group.fill("#ld-group-codes", pasted)
        group.get_by_role("button", name="Toon de resultaten").click()
        expect(group.locator(".ld-group__summary")).to_have_text("4 van de 4 codes geteld.")
        group.reload()
        expect(group.locator("#ld-group-codes")).to_have_value(pasted)
        expect(group.locator(".ld-group__summary")).to_have_text("4 van de 4 codes geteld.")
        expect(group.locator(".ld-group__result:visible")).to_have_count(1)
        group.get_by_role("button", name="Wis alles").click()
        group.reload()
        expect(group.locator(".ld-group__form")).to_be_visible()
        expect(group.locator("#ld-group-codes")).to_have_value("")
        assert group.evaluate("Object.keys(localStorage).filter(k => k.includes('groep'))") == []
