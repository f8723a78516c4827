"""A strict build of the trainer's kit test course: the kit's pages as they are without JavaScript."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from macros.content.course import load_course
from macros.content.exercises import Quiz, Reflection
from macros.render.pages import version_of

KIT = Path(__file__).parents[1] / "fixtures" / "course" / "kit.yml"


@pytest.fixture(scope="module")
def course():
    return load_course(KIT)


def article(site: Path, path: str) -> Tag:
    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser").select_one("article")


def text(node: Tag) -> str:
    return " ".join(node.get_text(" ").split())


def feedback_sentences(course, module_id: str) -> list[str]:
    """Everything a quiz says after answering: each option's feedback and each explanation."""
    quizzes = [course.exercise(ref) for ref in course.modules[module_id].exercise_refs()
               if isinstance(course.exercise(ref), Quiz)]
    return [s for quiz in quizzes for q in quiz.questions for s in [q.explanation] + [o.feedback for o in q.options]]


class TestNav:
    def test_voor_trainers_section(self, kit_site):
        """The navigation's 'Voor trainers' section leads to the overview, programme, group view and guides."""
        page = BeautifulSoup((kit_site / "trainers" / "voorbeeld.html").read_text(encoding="utf-8"), "html.parser")
        nav = page.select_one(".md-nav--primary")
        links = [(text(a), a["href"]) for a in nav.select("a.md-nav__link[href]") if not a["href"].startswith(("#", "../"))]
        # The overview is the trainer's start page, at the site's root.
        assert nav.select_one('a.md-nav__link[href="../index.html"]').get_text(strip=True) == "Overzicht voor trainers"
        assert links == [("Programma samenstellen", "programma.html"),
                         ("Groepsoverzicht", "groep.html"), ("Voorbeeldmodule", "voorbeeld.html"),
                         ("Teamoverleg dat werkt", "teamoverleg.html")]
        assert {"Voor trainers", "Begeleidersgidsen"} <= {text(label) for label in nav.select("label.md-nav__link")}

    def test_every_link_of_the_kit_leads_somewhere(self, kit_site):
        """Every relative link on the kit's pages points to a file of the site (it works from disk)."""
        for path in (kit_site / "trainers").glob("*.html"):
            page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").select_one("article")
            for node in page.select("[href], script[src], [data-ld-script]"):
                url = (node.get("href") or node.get("src") or node.get("data-ld-script")).split("#")[0]
                if url and not url.startswith(("http:", "https:", "mailto:")):
                    assert (path.parent / url).resolve().is_file(), f"{path.name}: {url}"


class TestGuide:
    def test_agenda_has_clock_times_and_the_total(self, kit_site, course):
        """The agenda gives each block's clock times from 09:00, its length, and the plan's total."""
        plan = article(kit_site, "trainers/voorbeeld.html").select_one('[data-ld="workshop"]')
        rows = [[text(cell) for cell in row.select("td, th")] for row in plan.select("tbody tr")]
        assert rows == [["09:00 – 09:10", "10 min", "Opening", "Verwachtingen delen"],
                        ["09:10 – 09:50", "40 min", "Oefenen in drietallen", "Vragen stellen in plaats van advies geven"],
                        ["09:50 – 10:05", "15 min", "Nabespreking", "Lessen vasthouden"]]
        assert text(plan.select_one("tfoot")) == "09:00 – 10:05 1 uur 5 min 65 minuten in totaal"

    def test_start_time_control_needs_the_script(self, kit_site):
        """The start time field is hidden until the script can move the times."""
        assert article(kit_site, "trainers/voorbeeld.html").select_one(".ld-kit-agenda__start").has_attr("hidden")

    def test_preparation_blocks_debrief(self, kit_site, course):
        """The guide collects the materials and gives every block's instructions, notes and the debrief."""
        page = text(article(kit_site, "trainers/voorbeeld.html"))
        assert "Flip-over (hele workshop)" in page
        assert "Observatieformulier (Oefenen in drietallen)" in page
        workshop = course.exercise("voorbeeld-workshop")
        for block in workshop.blocks:
            assert block.instructions.strip() in page
        assert "Notities voor de trainer Let erop dat de observator turft, niet meepraat." in page
        assert workshop.debrief[0] in page
        headings = [text(h).rstrip(" ¶") for h in article(kit_site, "trainers/voorbeeld.html").select("h3")]
        assert headings == ["09:00 · Opening (10 min)", "09:10 · Oefenen in drietallen (40 min)", "09:50 · Nabespreking (15 min)"]

    def test_quiz_with_answers_and_key_points(self, kit_site, course):
        """The guide gives the quiz with every option marked, its feedback, the explanation and the key points."""
        page = text(article(kit_site, "trainers/voorbeeld.html"))
        for sentence in feedback_sentences(course, "voorbeeld"):
            assert sentence.strip() in page
        assert "Juist: Ik vraag hoe hij het zelf zou aanpakken." in page
        assert "Niet juist: Ik stuur hem door naar een collega." in page
        for point in course.modules["voorbeeld"].key_points:
            assert point in page

    def test_links_to_the_other_pages_of_the_module(self, kit_site):
        """From the guide a trainer reaches the handout, the slides, the role-plays (if any) and the learner's page."""
        links = [a["href"] for a in article(kit_site, "trainers/voorbeeld.html").select(".ld-kit-links a")]
        assert links == ["voorbeeld-handout.html", "voorbeeld-presentatie.html", "voorbeeld-rollenspellen.html",
                         "../modules/voorbeeld.html"]
        links = [a["href"] for a in article(kit_site, "trainers/teamoverleg.html").select(".ld-kit-links a")]
        assert "teamoverleg-rollenspellen.html" not in links and not (kit_site / "trainers/teamoverleg-rollenspellen.html").exists()


class TestRoleplays:
    def test_each_scenario_with_its_situation_then_each_brief_on_a_page_of_its_own(self, kit_site, course):
        """Per scenario: title and situation, then the manager's, the employee's brief and the observer sheet, each printed on a new page."""
        page = article(kit_site, "trainers/voorbeeld-rollenspellen.html")
        roleplays = course.exercise("voorbeeld-rollenspellen")
        headings = [(h.name, text(h).rstrip(" ¶"), "ld-break-before" in (h.get("class") or [])) for h in page.select("h2, h3")]
        expected = []
        for scenario in roleplays.scenarios:
            expected += [("h2", scenario.title, True),
                         ("h3", f"Briefing voor de leidinggevende: {scenario.title}", True),
                         ("h3", f"Briefing voor de medewerker: {scenario.title}", True),
                         ("h3", f"Observatieformulier: {scenario.title}", True)]
        assert headings == expected
        first = roleplays.scenarios[0]
        briefs = {div["data-role"]: text(div) for div in page.select(f'[data-role]')[:3]}
        assert first.manager in briefs["manager"] and first.situation in briefs["manager"]
        assert first.employee in briefs["employee"] and first.employee not in briefs["manager"]
        sheet = page.select("table.ld-roleplay__sheet")[0]
        assert [text(th) for th in sheet.select("tbody th")] == first.observer

    def test_lists_the_scenarios_with_their_minutes(self, kit_site, course):
        """The page starts with the set's intro and its scenarios, each with its minutes per round."""
        page = article(kit_site, "trainers/voorbeeld-rollenspellen.html")
        items = [text(li) for li in page.select(".ld-roleplays__list li")]
        assert items == [f"{s.title} ({s.minutes} minuten per ronde)" for s in course.exercise("voorbeeld-rollenspellen").scenarios]
        assert "Werk in drietallen" in text(page.select_one(".ld-kit-intro"))


class TestModulePage:
    def test_points_to_the_guide_instead_of_the_plan(self, kit_site):
        """The learner's page names the workshop and links to the guide, without the plan itself."""
        page = article(kit_site, "modules/voorbeeld.html")
        link = page.select_one(".ld-workshop-summary a")
        assert link["href"] == "../trainers/voorbeeld.html"
        assert "Workshop coachende vragen" in text(page.select_one(".ld-workshop-summary"))
        assert page.select_one(".ld-agenda") is None
        assert "Coach, coachee en observator wisselen" not in text(page)

    def test_self_assessment_offers_a_hidden_share_box(self, kit_site):
        """Under the self-assessment a share box waits, hidden, for the script and a complete profile."""
        page = article(kit_site, "modules/voorbeeld.html")
        box = page.select_one('form[data-ld="self-assessment"] [data-ld="share-code"]')
        assert box.has_attr("hidden") and box["data-ld-exercise"] == "voorbeeld-zelfscan"
        # Its script is loaded once the profile is complete, not with the page.
        assert box["data-ld-script"] == "../assets/leidraad/groupcode.js"
        assert (kit_site / "assets" / "leidraad" / "groupcode.js").is_file()
        assert page.select_one('script[src*="groupcode"]') is None


class TestHandout:
    def test_exercises_as_forms_without_answers(self, kit_site, course):
        """The handout has every question, option, statement and prompt, but no feedback or explanation."""
        page = article(kit_site, "trainers/voorbeeld-handout.html")
        content = text(page)
        for sentence in feedback_sentences(course, "voorbeeld"):
            assert sentence.strip() not in content
        assert not page.select("[data-correct], .ld-answer, input, textarea")
        assert "Ik vraag hoe hij het zelf zou aanpakken." in content
        for label in ["Bijna nooit", "Zelden", "Soms", "Vaak", "Bijna altijd"]:
            assert label in text(page.select_one(".ld-kit-scale thead"))
        assert len(page.select(".ld-kit-scale tbody tr")) == 4
        for question in course.exercise("voorbeeld-reflectie").questions:
            assert question.prompt in content
        assert "We hebben een concrete volgende stap afgesproken." in content

    def test_headings(self, kit_site):
        """The handout is organised under the headings a participant expects."""
        headings = [text(h).rstrip(" ¶") for h in article(kit_site, "trainers/voorbeeld-handout.html").select("h1, h2")]
        assert headings == ["Hand-out: Voorbeeldmodule", "Waar gaat het over?", "Leerdoelen", "Kernpunten",
                            "Casus: Een team in een gemeente", "Quiz: Quiz over de voorbeeldmodule",
                            "Zelfscan: Zelfscan coachend gedrag", "Checklist: Deze week", "Reflectie: Reflectie"]


class TestSlides:
    def test_one_section_per_slide_in_the_order_of_the_workshop(self, kit_site, course):
        """The slides are sections in the page: title, objectives, the agenda and a title slide per block
        of the workshop plan, then the case, each question and prompt, the debrief and the key points."""
        page = article(kit_site, "trainers/voorbeeld-presentatie.html")
        titles = [text(s.select_one("h2")) for s in page.select(".ld-slides__deck > section.ld-slide")]
        assert titles == ["Voorbeeldmodule", "Leerdoelen", "Agenda", "Opening", "Oefenen in drietallen", "Nabespreking",
                          "Casus: Een team in een gemeente", "Vraag 1 van 2", "Vraag 2 van 2", "Onthoud", "Reflectie",
                          "Reflectie", "Nabespreking", "Kernpunten"]
        assert page.select_one(".ld-slides__bar").has_attr("hidden")
        assert page.select_one(".ld-slides__start").has_attr("hidden")

    def test_block_slides_carry_minutes_and_speaker_notes(self, kit_site, course):
        """Each block's title slide has its minutes for the timer, and its instructions and facilitator
        notes as speaker notes; the first slide is a title, not a paragraph of the module's summary."""
        page = article(kit_site, "trainers/voorbeeld-presentatie.html")
        workshop = course.exercise(course.modules["voorbeeld"].workshop)
        blocks = page.select(".ld-slide--block")
        assert [int(b["data-minutes"]) for b in blocks] == [b.minutes for b in workshop.blocks]
        assert [text(b.select_one(".ld-slide__kicker")) for b in blocks][0] == "Blok 1 van 3 · 10 min"
        notes = text(blocks[1].select_one(".ld-slide__notes"))
        assert workshop.blocks[1].instructions.strip() in notes and workshop.blocks[1].notes.strip() in notes
        title = page.select_one(".ld-slide--title")
        for notes in title.select(".ld-slide__notes"):
            notes.extract()
        assert text(title) == f"Voorbeeldmodule {workshop.title} 1 uur 5 min · {workshop.group_size}"

    def test_answers_wait_to_be_revealed(self, kit_site, course):
        """A quiz slide holds its answer and explanation hidden, and no option's feedback at all."""
        page = article(kit_site, "trainers/voorbeeld-presentatie.html")
        quiz = page.select(".ld-slide--quiz")
        assert len(quiz) == 2 and all(s.select_one(".ld-slide__answer").has_attr("hidden") for s in quiz)
        assert text(quiz[0].select_one(".ld-slide__answer")).startswith("Juist: ")
        for answer in page.select(".ld-slide__answer"):
            answer.extract()
        for sentence in feedback_sentences(course, "voorbeeld"):
            assert sentence.strip() not in text(page)


class TestProgramme:
    def test_data_for_the_builder_comes_from_the_plans(self, kit_site, course):
        """The builder's data holds every workshop's blocks and minutes, as in the plans."""
        page = article(kit_site, "trainers/programma.html")
        data = json.loads(page.select_one('[data-ld="programme"]')["data-ld-data"])
        assert [(m["id"], m["minutes"], [b["minutes"] for b in m["blocks"]]) for m in data["modules"]] == [
            ("voorbeeld", 65, [10, 40, 15]), ("teamoverleg", 50, [30, 20])]
        assert (data["halfDay"], data["wholeDay"]) == (240, 480)

    def test_lengths_without_script(self, kit_site):
        """Without JavaScript the page lists each module's workshop length, so a trainer can plan by hand."""
        page = article(kit_site, "trainers/programma.html")
        rows = [[text(c) for c in row.select("th, td")][:3] for row in page.select(".ld-programme__lengths tbody tr")]
        assert rows == [["Voorbeeldmodule", "Workshop coachende vragen", "1 uur 5 min"],
                        ["Teamoverleg dat werkt", "Workshop teamoverleg", "50 min"]]
        assert page.select_one(".ld-programme__form").has_attr("hidden")


class TestGroup:
    def test_item_versions_match_the_module_page(self, kit_site, course):
        """The group view knows the same statement versions the module page puts into a code."""
        data = json.loads(article(kit_site, "trainers/groep.html").select_one('[data-ld="group"]')["data-ld-data"])
        assert data["minimum"] == 3
        [assessment] = data["assessments"]
        module_page = article(kit_site, "modules/voorbeeld.html")
        on_page = [li["data-ld-version"] for li in module_page.select('form[data-ld="self-assessment"] .ld-statement')]
        exercise = course.exercise("voorbeeld-zelfscan")
        assert assessment["versions"] == on_page == [version_of(s, list(exercise.scale.labels)) for s in exercise.statements]

    def test_tables_wait_for_codes(self, kit_site):
        """Result tables for every dimension and statement are in the page, hidden until codes are read."""
        page = article(kit_site, "trainers/groep.html")
        section = page.select_one('.ld-group__result[data-assessment="voorbeeld-zelfscan"]')
        assert section.has_attr("hidden")
        assert [row["data-dimension"] for row in section.select("[data-dimension]")] == ["vragen", "opvolgen"]
        assert len(section.select("[data-statement]")) == 4
        assert text(page.select_one(".ld-group__nojs")).startswith("Om de codes te lezen")


def test_reflection_prompts_are_on_the_slides(kit_site, course):
    """Every reflection prompt of the module is projected."""
    page = text(article(kit_site, "trainers/voorbeeld-presentatie.html"))
    reflections = [course.exercise(r) for r in course.modules["voorbeeld"].exercise_refs() if isinstance(course.exercise(r), Reflection)]
    for question in reflections[0].questions:
        assert question.prompt in page
