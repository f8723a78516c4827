"""A strict build of the example course: what a module page holds, even without JavaScript."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from macros.content.course import load_course
from macros.content.exercises import Checklist, Quiz, Reflection, SelfAssessment

ROOT = Path(__file__).parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "course" / "course.yml"
MODULE = "voorbeeld"


@pytest.fixture(scope="module")
def course():
    return load_course(FIXTURE)


@pytest.fixture(scope="module")
def page(fixture_site) -> Tag:
    html = (fixture_site / "modules" / f"{MODULE}.html").read_text(encoding="utf-8")
    return BeautifulSoup(html, "html.parser").select_one("article")


def text(node: Tag) -> str:
    return " ".join(node.get_text(" ").split())


def form_of(page: Tag, exercise_id: str) -> Tag:
    form = page.select_one(f'form[data-ld-key="{MODULE}/{exercise_id}"]')
    assert form is not None, f"no form for {exercise_id}"
    return form


def exercises(course, kind) -> list:
    return [e for e in course.exercises_of(course.modules[MODULE]) if isinstance(e, kind)]


def position(node: Tag) -> tuple[int, int]:
    return node.sourceline, node.sourcepos


class TestPageOrder:
    def test_objectives_sections_key_points_sources(self, page, course):
        """The page reads: objectives, every section in order with its exercise in place, key points, sources."""
        module = course.modules[MODULE]
        headings = {text(h).removesuffix(" ¶"): h for h in page.find_all("h2")}
        marks = [page.select_one("ul.ld-objectives")]
        for section in module.sections:
            if section.kind == "exercise":
                marks.append(form_of(page, section.ref))
            elif section.kind == "callout":
                marks.append(next(c for c in page.select(".ld-callout") if section.title in text(c)))
            elif section.kind == "case":
                marks.append(next(h for t, h in headings.items() if t.endswith(section.title) and h.find_next_sibling(class_="ld-case")))
            else:
                marks.append(headings[section.title])
        marks += [headings["Kernpunten"], page.select_one("ul.ld-sources")]
        assert None not in marks
        places = [position(m) for m in marks]
        assert places == sorted(places)
        assert text(page.find_all("h2")[0]).startswith("Leerdoelen")
        assert text(page.find_all("h2")[-1]).startswith("Bronnen")

    def test_every_objective_key_point_and_source_is_shown(self, page, course):
        """Learners see each objective, key point and source the author wrote."""
        module = course.modules[MODULE]
        assert [text(li) for li in page.select("ul.ld-objectives > li")] == list(module.objectives)
        assert [text(li) for li in page.select("h2#kernpunten ~ ul.ld-key-points > li")][: len(module.key_points)] == list(module.key_points)
        sources = [text(li) for li in page.select("ul.ld-sources > li")]
        assert [s.author in line and str(s.year) in line and s.title in line for s, line in zip(module.sources, sources)] == [True] * len(module.sources)


class TestQuiz:
    def test_options_are_radios_or_checkboxes_in_a_fieldset_with_legend(self, page, course):
        """Single choice shows radio buttons, multiple choice checkboxes, grouped under the question."""
        for quiz in exercises(course, Quiz):
            items = form_of(page, quiz.id).select("[data-ld-item]")
            assert [i["data-ld-item"] for i in items] == [q.id for q in quiz.questions]
            for item, question in zip(items, quiz.questions):
                fieldset = item.find("fieldset")
                assert question.prompt in text(fieldset.find("legend"))
                inputs = fieldset.select("label > input")
                expected = "radio" if question.type == "single" else "checkbox"
                assert [i["type"] for i in inputs] == [expected] * len(question.options)
                assert [text(i.parent) for i in inputs] == [o.text for o in question.options]
                assert len({i["name"] for i in inputs}) == 1

    def test_feedback_and_explanation_are_in_the_page(self, page, course):
        """Without JavaScript, every option's feedback and the explanation can be opened in a <details>."""
        for quiz in exercises(course, Quiz):
            for item, question in zip(form_of(page, quiz.id).select("[data-ld-item]"), quiz.questions):
                details = item.find("details")
                assert details is not None and details.find("summary")
                assert question.explanation in text(details)
                for option in question.options:
                    assert option.feedback in text(details)
                    assert option.text in text(details)

    def test_check_buttons_wait_for_the_script(self, page):
        """Controls that need JavaScript are hidden until the script reveals them."""
        for control in page.select("[data-ld-action]"):
            assert control.has_attr("hidden") or control.find_parent(attrs={"hidden": True}), control


class TestSelfAssessment:
    def test_statements_rated_with_labelled_radio_buttons(self, page, course):
        """Each statement is a fieldset whose legend is the statement, with one labelled radio per scale point."""
        for scan in exercises(course, SelfAssessment):
            form = form_of(page, scan.id)
            for item, statement in zip(form.select("[data-ld-item]"), scan.statements, strict=True):
                assert text(item.find("fieldset").find("legend")) == statement.text
                radios = item.select("fieldset label > input")
                assert [r["type"] for r in radios] == ["radio"] * len(scan.scale.labels)
                assert [text(r.parent) for r in radios] == list(scan.scale.labels)
                assert [r["value"] for r in radios] == [str(v) for v in range(1, len(scan.scale.labels) + 1)]

    def test_bands_and_tips_and_disclaimer_are_readable(self, page, course):
        """The interpretation and tips of every band, and the note that it is no diagnosis, are in the page."""
        for scan in exercises(course, SelfAssessment):
            form = form_of(page, scan.id)
            assert "geen test of diagnose" in text(form.select_one(".ld-disclaimer"))
            for dimension in scan.dimensions:
                block = text(form.select_one(f'[data-ld-dimension="{dimension.id}"]'))
                for band in dimension.bands:
                    assert band.interpretation in block and all(tip in block for tip in band.tips)


class TestChecklistAndReflection:
    def test_checklist_items_are_labelled_checkboxes_with_hints(self, page, course):
        """Each checklist item is a checkbox with its text as label, and its hint next to it."""
        for checklist in exercises(course, Checklist):
            form = form_of(page, checklist.id)
            rows = form.select("[data-ld-item]")
            assert [r["data-ld-item"] for r in rows] == [i.id for i in checklist.all_items()]
            for row, item in zip(rows, checklist.all_items()):
                box = row.select_one("label > input")
                assert box["type"] == "checkbox" and text(box.parent) == item.text
                if item.hint:
                    assert item.hint in text(row)
            titles = [text(t) for t in form.select(".ld-checklist__group")]
            assert titles == [g.title for g in checklist.all_groups() if g.title]

    def test_reflections_are_labelled_textareas(self, page, course):
        """Each open question is a textarea whose label is the question."""
        ids = set()
        for reflection in exercises(course, Reflection):
            form = form_of(page, reflection.id)
            for area, question in zip(form.select("textarea"), reflection.questions, strict=True):
                label = form.select_one(f'label[for="{area["id"]}"]')
                assert label is not None and text(label) == question.prompt
                ids.add(area["id"])
        assert len(ids) == sum(len(r.questions) for r in exercises(course, Reflection))


class TestWorkshop:
    def test_total_and_start_times_are_computed(self, kit_site, course):
        """A workshop plan shows each block's start time and the computed total, wherever the trainer's site renders it."""
        workshop = course.exercise(course.modules[MODULE].workshop)
        found = []
        for path in kit_site.rglob("*.html"):
            soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
            found += [(path, w) for w in soup.select('[data-ld="workshop"]') if workshop.blocks[0].activity in text(w)]
        assert found, "the workshop plan is on no page"
        total = sum(b.minutes for b in workshop.blocks)
        for path, plan in found:
            assert plan["data-total-minutes"] == str(total)
            assert f"{total} minuten in totaal" in text(plan.select_one(".ld-agenda tfoot"))
            # The facilitator's guide gives clock times, from 09:00 until the trainer picks another start.
            starts, minute = [], 9 * 60
            for block in workshop.blocks:
                starts.append(f"{minute // 60:02d}:{minute % 60:02d}")
                minute += block.minutes
            assert [text(row.find("td")).split("–")[0].strip() for row in plan.select(".ld-agenda tbody tr")] == starts


class TestNav:
    def test_nav_lists_the_modules_of_course_yml(self, fixture_site, course):
        """The site's navigation lists the course's modules in course order, without a nav in mkdocs.yml."""
        assert not re.search(r"^nav:", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M)
        # On a module page the (pruned) navigation shows the modules section open.
        soup = BeautifulSoup((fixture_site / "modules" / f"{MODULE}.html").read_text(encoding="utf-8"), "html.parser")
        links = soup.select("nav.md-nav--primary a.md-nav__link[href]")
        seen = [(a["href"], text(a)) for a in links if a["href"].endswith(tuple(f"{i}.html" for i in course.modules))]
        assert list(dict.fromkeys(seen)) == [(f"{i}.html", m.title) for i, m in course.modules.items()]
