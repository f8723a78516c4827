"""The trainer's kit in Chromium: the guide's agenda, the programme builder, printed handouts, slides."""

from __future__ import annotations

import subprocess

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from conftest import KIT_COURSE
from macros.content.course import load_course
from macros.content.exercises import Quiz


@pytest.fixture(scope="module")
def course():
    return load_course(KIT_COURSE)


def cells(page: Page, rows: str) -> list[list[str]]:
    """The text of every cell of the matching table rows."""
    return page.eval_on_selector_all(rows, "rows => rows.map(r => Array.from(r.cells, c => c.textContent.trim()))")


def minutes(clock: str) -> int:
    hours, mins = clock.split(":")
    return int(hours) * 60 + int(mins)


def no_violations(page: Page) -> None:
    violations = Axe().run(page).response["violations"]
    assert not violations, [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations]


def printed(page: Page, tmp_path, name: str) -> list[str]:
    """The page printed to an A4 PDF, as text per page."""
    pdf = tmp_path / f"{name}.pdf"
    page.pdf(path=str(pdf), format="A4")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "A4" in info
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [" ".join(p.split()) for p in out.split("\f") if p.strip()]


def feedback_sentences(course) -> list[str]:
    quizzes = [course.exercise(r) for r in course.modules["voorbeeld"].exercise_refs() if isinstance(course.exercise(r), Quiz)]
    return [" ".join(s.split()) for quiz in quizzes for q in quiz.questions for s in [q.explanation] + [o.feedback for o in q.options]]


class TestGuideAgenda:
    def test_times_add_up_to_the_plans_total(self, page: Page, kit_server):
        """Each block starts when the one before ends, and the last ends the plan's total after the start."""
        page.goto(kit_server.url + "trainers/voorbeeld.html")
        plan = page.locator('[data-ld="workshop"]')
        total = int(plan.get_attribute("data-total-minutes"))
        lengths = [int(m) for m in page.eval_on_selector_all(".ld-agenda tbody tr", "rows => rows.map(r => r.dataset.minutes)")]
        spans = [row[0].split("–") for row in cells(page, ".ld-agenda tbody tr")]
        assert spans[0][0] == "09:00"
        for (start, end), length in zip(spans, lengths):
            assert minutes(end) - minutes(start) == length
        assert [s for s, _ in spans[1:]] == [e for _, e in spans[:-1]]
        assert sum(lengths) == total == 65
        assert minutes(spans[-1][1]) - minutes(spans[0][0]) == total
        assert cells(page, ".ld-agenda tfoot tr")[0][:2] == ["09:00–10:05", "1 uur 5 min"]

    def test_a_chosen_start_time_moves_every_time(self, page: Page, kit_server):
        """Choosing 13:30 as start moves the agenda, the total and each block's heading."""
        page.goto(kit_server.url + "trainers/voorbeeld.html")
        page.fill("#ld-agenda-start", "13:30")
        assert [row[0] for row in cells(page, ".ld-agenda tbody tr")] == ["13:30–13:40", "13:40–14:20", "14:20–14:35"]
        assert cells(page, ".ld-agenda tfoot tr")[0][0] == "13:30–14:35"
        expect(page.locator("h3").nth(1)).to_contain_text("13:40 · Oefenen in drietallen")
        no_violations(page)


class TestProgrammeBuilder:
    @pytest.fixture
    def builder(self, page: Page, kit_server) -> Page:
        page.goto(kit_server.url + "trainers/programma.html")
        expect(page.locator(".ld-programme__form")).to_be_visible()
        return page

    def test_two_modules_with_a_coffee_break(self, builder: Page):
        """Two modules from 09:30 with 15 minutes of coffee after the first give exact clock times."""
        builder.get_by_role("checkbox", name="Voorbeeldmodule").check()
        builder.get_by_role("checkbox", name="Teamoverleg dat werkt").check()
        builder.fill("#ld-programme-start", "09:30")
        builder.click("text=Koffiepauze toevoegen")
        row = builder.locator(".ld-programme__breaks li").first
        row.locator("[data-field=after]").select_option(label="Voorbeeldmodule: Nabespreking")
        row.locator("[data-field=minutes]").fill("15")
        assert cells(builder, ".ld-programme__table tbody tr") == [
            ["Voorbeeldmodule: Workshop coachende vragen"],
            ["09:30–09:40", "10 min", "Opening"],
            ["09:40–10:20", "40 min", "Oefenen in drietallen"],
            ["10:20–10:35", "15 min", "Nabespreking"],
            ["10:35–10:50", "15 min", "Koffiepauze"],
            ["Teamoverleg dat werkt: Workshop teamoverleg"],
            ["10:50–11:20", "30 min", "Overleg in rollen"],
            ["11:20–11:40", "20 min", "Afspraken maken"],
        ]
        assert cells(builder, ".ld-programme__table tfoot tr") == [["09:30–11:40", "2 uur 10 min", "Totaal"]]
        expect(builder.locator(".ld-programme__status")).to_have_text(
            "Totaal 2 uur 10 min, van 09:30 tot 11:40, waarvan 15 min pauze. Dit programma past in een halve dag (4 uur).")
        no_violations(builder)

    def test_modules_are_reordered_with_buttons(self, builder: Page):
        """Moving a module up puts its blocks first in the programme, and says where it went."""
        builder.get_by_role("checkbox", name="Voorbeeldmodule").check()
        builder.get_by_role("checkbox", name="Teamoverleg dat werkt").check()
        builder.click('[aria-label="Teamoverleg dat werkt een plaats hoger"]')
        expect(builder.locator(".ld-programme__moved")).to_have_text("Teamoverleg dat werkt staat nu op plaats 1 van 2.")
        expect(builder.locator('[aria-label="Teamoverleg dat werkt een plaats hoger"]')).to_be_focused()
        rows = cells(builder, ".ld-programme__table tbody tr")
        assert rows[0] == ["Teamoverleg dat werkt: Workshop teamoverleg"]
        assert rows[1] == ["09:00–09:30", "30 min", "Overleg in rollen"]
        assert rows[4] == ["09:50–10:00", "10 min", "Opening"]

    def test_warns_when_it_passes_half_a_day(self, builder: Page):
        """A programme longer than four hours says it needs a whole day."""
        builder.get_by_role("checkbox", name="Voorbeeldmodule").check()
        builder.get_by_role("checkbox", name="Teamoverleg dat werkt").check()
        builder.click("text=Lunchpauze toevoegen")
        builder.locator(".ld-programme__breaks li [data-field=minutes]").fill("150")
        status = builder.locator(".ld-programme__status")
        expect(status).to_contain_text("Totaal 4 uur 25 min")
        expect(status).to_contain_text("langer dan een halve dag (4 uur)")
        expect(status).to_have_class("ld-programme__status ld-warning")

    def test_choices_survive_a_reload(self, builder: Page):
        """The page's address keeps the modules, their order, the start and the breaks: a reload shows the same programme."""
        builder.get_by_role("checkbox", name="Voorbeeldmodule").check()
        builder.get_by_role("checkbox", name="Teamoverleg dat werkt").check()
        builder.click('[aria-label="Teamoverleg dat werkt een plaats hoger"]')
        builder.fill("#ld-programme-start", "13:15")
        builder.click("text=Lunchpauze toevoegen")
        builder.locator(".ld-programme__breaks li [data-field=after]").select_option(label="Teamoverleg dat werkt: Afspraken maken")
        before = cells(builder, ".ld-programme__table tr")
        builder.reload()
        expect(builder.locator(".ld-programme__form")).to_be_visible()
        assert cells(builder, ".ld-programme__table tr") == before
        assert before[4] == ["14:05–14:50", "45 min", "Lunchpauze"]

    def test_printed_programme_has_only_the_schedule(self, builder: Page, tmp_path):
        """Printed, the programme shows the timed schedule without the form, menus or buttons."""
        builder.get_by_role("checkbox", name="Voorbeeldmodule").check()
        [text] = printed(builder, tmp_path, "programma")
        assert "09:00–09:10 10 min Opening" in text
        for absent in ("Koffiepauze toevoegen", "Begintijd", "Afdrukken", "Zoeken", "Mijn voortgang"):
            assert absent not in text


class TestHandouts:
    def test_participant_handout_prints_without_answers(self, page: Page, kit_server, course, tmp_path):
        """The participant's handout prints to A4 with its headings and forms, and no feedback or explanation."""
        page.goto(kit_server.url + "trainers/voorbeeld-handout.html")
        pages = printed(page, tmp_path, "handout")
        text = " ".join(pages)
        for heading in ("Hand-out: Voorbeeldmodule", "Waar gaat het over?", "Kernpunten", "Quiz: Quiz over de voorbeeldmodule",
                        "Zelfscan: Zelfscan coachend gedrag", "Checklist: Deze week", "Reflectie: Reflectie"):
            assert heading in text
        assert "Ik vraag hoe hij het zelf zou aanpakken." in text
        for sentence in feedback_sentences(course):
            assert sentence not in text
        for absent in ("Juist:", "Niet juist", "Uitleg", "Afdrukken", "Zoeken", "Mijn voortgang", "Begeleidersgids"):
            assert absent not in text
        # The exercises start on a page of their own, after the reading part.
        assert pages[1].startswith("Casus: Een team in een gemeente")

    def test_facilitator_version_prints_with_answers(self, page: Page, kit_server, course, tmp_path):
        """The guide prints as the facilitator's version: agenda, blocks on a new page, quiz with answers."""
        page.goto(kit_server.url + "trainers/voorbeeld.html")
        pages = printed(page, tmp_path, "begeleider")
        text = " ".join(pages)
        for heading in ("Begeleidersgids: Voorbeeldmodule", "Agenda", "Voorbereiding", "Werkwijze per blok",
                        "Quiz met antwoorden: Quiz over de voorbeeldmodule", "Kernpunten van de module"):
            assert heading in text
        for sentence in feedback_sentences(course):
            assert sentence in text
        assert any(p.startswith("Werkwijze per blok") for p in pages)
        assert any(p.startswith("Quiz met antwoorden") for p in pages)
        for absent in ("Afdrukken", "Zoeken", "Hand-out voor deelnemers", "Begintijd"):
            assert absent not in text


class TestAccessibility:
    @pytest.mark.parametrize("path", ["index.html", "trainers/voorbeeld-handout.html", "trainers/groep.html"])
    def test_no_violations(self, page: Page, kit_server, external_requests, path):
        """The overview (the trainer's start page), a handout and the group view pass axe, and ask nothing of any other host."""
        page.goto(kit_server.url + path)
        no_violations(page)
        assert external_requests == []


class TestPresentation:
    @pytest.fixture
    def slides(self, page: Page, kit_server) -> Page:
        page.goto(kit_server.url + "trainers/voorbeeld-presentatie.html")
        page.click("text=Start de presentatie")
        return page

    def test_keyboard_moves_through_the_slides(self, slides: Page):
        """Arrow keys, PageUp/PageDown, Home and End move one slide at a time; the counter follows."""
        counter = slides.locator(".ld-slides__counter")
        expect(counter).to_have_text("1 / 14")
        for key, expected in [("ArrowRight", "2 / 14"), ("PageDown", "3 / 14"), ("ArrowLeft", "2 / 14"),
                              ("End", "14 / 14"), ("ArrowRight", "14 / 14"), ("PageUp", "13 / 14"), ("Home", "1 / 14")]:
            slides.keyboard.press(key)
            expect(counter).to_have_text(expected)
        expect(slides.locator(".ld-slide:visible")).to_have_count(1)
        expect(slides.locator(".ld-slide:visible h2")).to_have_text("Voorbeeldmodule")

    def test_escape_leaves(self, slides: Page):
        """Escape closes the presentation and gives the focus back to its start button."""
        slides.keyboard.press("ArrowRight")
        slides.keyboard.press("Escape")
        expect(slides.locator(".ld-slides")).not_to_have_class("ld-slides ld-slides--active")
        expect(slides.locator(".ld-slides__bar")).to_be_hidden()
        expect(slides.locator(".ld-slide:visible")).to_have_count(14)
        expect(slides.locator("text=Start de presentatie")).to_be_focused()

    def test_buttons_and_type_readable_from_the_back(self, slides: Page):
        """The buttons move too, the slide fills the screen, and its text is at least 32 pixels."""
        slides.get_by_role("button", name="Volgende").click()
        expect(slides.locator(".ld-slides__counter")).to_have_text("2 / 14")
        box = slides.locator(".ld-slides").bounding_box()
        viewport = slides.viewport_size
        assert (box["width"], box["height"]) == (viewport["width"], viewport["height"])
        size = slides.eval_on_selector(".ld-slide[data-current] li", "li => parseFloat(getComputedStyle(li).fontSize)")
        assert size >= 32
        no_violations(slides)

    def test_works_without_network(self, slides: Page, external_requests):
        """Presenting asks nothing of any other host."""
        slides.keyboard.press("End")
        assert external_requests == []


class TestPageChanges:
    def test_kit_pages_work_after_an_instant_page_change(self, page: Page, kit_instant_server):
        """Reached through the menu without reloading, the programme, group view, guide and slides still work."""
        page.goto(kit_instant_server.url + "index.html")
        page.evaluate("window.sameDocument = true")
        nav = page.locator(".md-nav--primary")
        nav.get_by_role("link", name="Programma samenstellen").click()
        expect(page.locator(".ld-programme__form")).to_be_visible()
        nav.get_by_role("link", name="Groepsoverzicht").click()
        expect(page.locator(".ld-group__form")).to_be_visible()
        nav.get_by_role("link", name="Overzicht voor trainers").click()
        page.locator("article").get_by_role("link", name="Presentatie").first.click()
        page.get_by_role("button", name="Start de presentatie").click()
        expect(page.locator(".ld-slides__counter")).to_have_text("1 / 14")
        page.keyboard.press("Escape")
        page.locator("article").get_by_role("link", name="Begeleidersgids").click()
        page.fill("#ld-agenda-start", "10:00")
        expect(page.locator(".ld-agenda tbody tr").first).to_contain_text("10:00–10:10")
        assert page.evaluate("window.sameDocument") is True

    def test_from_disk(self, page: Page, kit_site):
        """Opened from disk (file://), the programme builder and the slides work."""
        page.goto((kit_site / "trainers" / "programma.html").as_uri())
        page.get_by_role("checkbox", name="Teamoverleg dat werkt").check()
        expect(page.locator(".ld-programme__table tfoot")).to_contain_text("09:00–09:50")
        page.goto((kit_site / "trainers" / "voorbeeld-presentatie.html").as_uri())
        page.get_by_role("button", name="Start de presentatie").click()
        page.keyboard.press("End")
        expect(page.locator(".ld-slides__counter")).to_have_text("14 / 14")
