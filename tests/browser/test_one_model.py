"""One learner model: the same stored answers give the same figures in every place that shows them.

The module page's components, 'Mijn voortgang', the certificate, the SCORM report to scorm-again's
runtime and the trainer's group view all take their figures from core/results.js; a course without
quizzes is reported 'incomplete' to the LMS until its modules' completion rules are met."""

from __future__ import annotations

import shutil

import pytest
from playwright.sync_api import Page, expect

from conftest import FIXTURE_COURSE, KIT_COURSE
from journey_steps import KEY, card, whole_course
from scorm_steps import Lms, course_frame, package, values

#: Answers for every exercise of the course in the page, in the store's format: question i gets option
#: i mod its count (checked), statement i gets point (i mod scale) + 1, the first checklist item is
#: ticked, every reflection is written. Stored, announced, and returned.
ANSWER = """(key) => {
  const items = {};
  for (const ex of Object.values(LEIDRAAD.exercises)) ex.items && ex.items.forEach((item, i) => {
    const a = ex.kind === "quiz" ? {c: [i % item.options], k: true}
      : ex.kind === "self-assessment" ? (i % ex.labels.length) + 1
      : ex.kind === "checklist" ? i === 0 : ex.kind === "reflection" ? "Een antwoord." : undefined;
    if (a !== undefined) items[ex.key + "/" + item.id] = {v: item.v, a: a, t: 1000 + i};
  });
  localStorage.setItem(key, JSON.stringify({format: 2, items: items}));
  document.dispatchEvent(new CustomEvent("leidraad:change"));
  return items;
}"""

#: What the results module says of the stored answers: per exercise, and of the course.
FIGURES = """() => {
  const items = Leidraad.store.read().items, out = {};
  for (const key of Object.keys(LEIDRAAD.exercises)) out[key] = Leidraad.results.stored(LEIDRAAD.exercises[key], items);
  out.course = Leidraad.results.course(LEIDRAAD, items);
  return out;
}"""


def number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


class TestSameFiguresEverywhere:
    def test_component_progress_page_and_certificate_agree(self, page: Page, fixture_server):
        """The quiz score, the profile and 'done' read the same on the module page, the overview and the certificate."""
        page.goto(fixture_server.url + "modules/voorbeeld.html")
        whole_course(page)
        page.evaluate(ANSWER, KEY)
        page.reload()
        whole_course(page)
        figures = page.evaluate(FIGURES)
        quiz, scan = figures["voorbeeld/voorbeeld-quiz"], figures["voorbeeld/voorbeeld-zelfscan"]
        assert quiz["done"] and scan["done"]
        expect(page.locator('[data-ld="quiz"] .ld-quiz__summary')).to_contain_text(
            f"Je hebt {quiz['correct']} van de {quiz['total']} vragen juist ({quiz['percent']}%).")
        profile = "; ".join(f"{d['title']} {number(d['score'])} ({d['label']})" for d in scan["dimensions"])
        expect(page.locator('[data-ld="self-assessment"] .ld-sa__status')).to_have_text(f"Jouw profiel: {profile}")

        page.goto(fixture_server.url + "voortgang.html")
        rows = card(page, "voorbeeld")
        verdict = "geslaagd" if quiz["passed"] else "nog niet geslaagd"
        expect(rows.locator('[data-ld-exercise="voorbeeld/voorbeeld-quiz"] [data-ld-result]')).to_have_text(
            f"{quiz['correct']} van {quiz['total']} juist ({quiz['percent']}%), {verdict}")
        expect(rows.locator('[data-ld-exercise="voorbeeld/voorbeeld-zelfscan"] [data-ld-result]')).to_have_text(
            "; ".join(f"{d['title']}: {number(d['score'])} ({d['label']})" for d in scan["dimensions"]))
        done = [m["id"] for m in figures["course"]["modules"] if m["done"]]
        for m in figures["course"]["modules"]:
            expect(card(page, m["id"]).locator("[data-ld-status]")).to_have_attribute("data-ld-status", m["status"])

        page.goto(fixture_server.url + "certificaat.html")
        titles = page.evaluate("ids => ids.map(id => LEIDRAAD.modules.find(m => m.id === id).title)", done)
        expect(page.locator(".ld-certificate__modules li")).to_have_count(len(done))
        for title in titles:
            expect(page.locator(".ld-certificate__modules")).to_contain_text(title)

    def test_the_scorm_report_agrees(self, page: Page, tmp_path_factory):
        """The score and status sent to the LMS are the results module's figures for the course."""
        lms = Lms(tmp_path_factory.mktemp("lms-same"))
        try:
            href = lms.add("fixture", package("scorm", FIXTURE_COURSE, tmp_path_factory.mktemp("zip") / "f.zip"))
            frame = lms.open(page, href)
            frame.evaluate(ANSWER, KEY)
            course = frame.evaluate(FIGURES)["course"]
            page.wait_for_function("s => window.calls.some(c => c[1] === 'cmi.core.lesson_status' && c[2] === s)", arg=course["status"])
            assert values(page, "cmi.core.score.raw")[-1] == str(course["score"])
            assert values(page, "cmi.core.lesson_status")[-1] == course["status"] in ("passed", "failed")
        finally:
            lms.close()

    def test_the_group_view_agrees_with_each_profile(self, page: Page, kit_server):
        """Three people's profiles on the module page; the group view's averages and bands are theirs."""
        people = [[5, 2, 4, 4], [4, 2, 3, 5], [2, 4, 2, 3]]
        codes, profiles = [], []
        key = "voorbeeld/voorbeeld-zelfscan"
        for answers in people:
            page.goto(kit_server.url + "modules/voorbeeld.html")
            page.evaluate("""([key, values]) => {
              const layout = LEIDRAAD.exercises[key], items = {};
              layout.items.forEach((item, i) => { items[key + "/" + item.id] = {v: item.v, a: values[i], t: 1}; });
              localStorage.setItem("leidraad:" + LEIDRAAD.storageId, JSON.stringify({format: 2, items}));
            }""", [key, answers])
            page.reload()
            expect(page.locator(".ld-share")).to_be_visible()
            codes.append(page.locator(".ld-share .ld-share__code").input_value())
            profiles.append(page.evaluate("k => Leidraad.store.result(k).dimensions", key))
        page.goto(kit_server.url + "trainers/groep.html")
        page.fill("#ld-group-codes", "\n".join(codes))
        page.click("text=Toon de resultaten")
        for index, dimension in enumerate(profiles[0]):
            scores = [p[index]["score"] for p in profiles]
            row = page.locator(f'.ld-group__result:visible [data-dimension="{dimension["id"]}"]')
            expect(row.locator("[data-cell=average]")).to_have_text(number(round(sum(scores) / len(scores), 2)))
            for label in {p[index]["label"] for p in profiles}:
                n = sum(p[index]["label"] == label for p in profiles)
                expect(row.locator("[data-cell=bands]")).to_contain_text(f"{label}: {n}")

    def test_a_repeated_code_counts_once(self, page: Page, kit_server):
        """The same code pasted three times is one person: below the minimum, nothing is shown."""
        page.goto(kit_server.url + "modules/voorbeeld.html")
        page.evaluate("""() => {
          const key = "voorbeeld/voorbeeld-zelfscan", layout = LEIDRAAD.exercises[key], items = {};
          layout.items.forEach(item => { items[key + "/" + item.id] = {v: item.v, a: 3, t: 1}; });
          localStorage.setItem("leidraad:" + LEIDRAAD.storageId, JSON.stringify({format: 2, items}));
        }""")
        page.reload()
        code = page.locator(".ld-share .ld-share__code").input_value()
        minimum = page.evaluate("LEIDRAAD.groupMinimum")
        page.goto(kit_server.url + "trainers/groep.html")
        page.fill("#ld-group-codes", "\n".join([code] * max(3, minimum)))
        page.click("text=Toon de resultaten")
        expect(page.locator(".ld-group__summary")).to_contain_text("elke code telt één keer mee")
        expect(page.locator(".ld-group__summary")).to_contain_text(f"vanaf {minimum} geldige codes")
        expect(page.locator(".ld-group__result:visible")).to_have_count(0)


@pytest.fixture(scope="module")
def no_quiz_lms(tmp_path_factory):
    """A course of one module with a self-assessment and a checklist only (its completion: both done)."""
    base = tmp_path_factory.mktemp("no-quiz")
    shutil.copytree(FIXTURE_COURSE.parent, base / "course")
    (base / "course" / "modules" / "zonder-quiz.yml").write_text(
        "title: Zonder quiz\nsummary: Een module met een zelfscan en een checklist.\nminutes: 10\n"
        "objectives:\n  - Je kent jezelf.\n  - Je vult de scan in.\n  - Je vinkt de lijst af.\n"
        "sections:\n  - kind: exercise\n    ref: voorbeeld-zelfscan\n  - kind: exercise\n    ref: voorbeeld-checklist\n"
        "key_points:\n  - Doen.\n"
        "sources:\n  - author: Stone, D.\n    year: 2014\n    title: Thanks for the Feedback\n    publication: Viking\n",
        encoding="utf-8")
    (base / "course" / "course.yml").write_text(
        "title: Cursus zonder quiz\nstorage_id: leidraad-zonder-quiz\nmodules:\n  - zonder-quiz\n", encoding="utf-8")
    lms = Lms(base / "lms-root")
    lms.href = lms.add("course", package("scorm", base / "course" / "course.yml", base / "zonder-quiz.zip"))
    yield lms
    lms.close()


class TestCourseWithoutQuizzes:
    def test_incomplete_until_the_completion_rules_are_met_then_completed(self, page: Page, no_quiz_lms):
        """Nothing done: incomplete; the scan alone: still incomplete; scan and checklist: completed."""
        frame = no_quiz_lms.open(page, no_quiz_lms.href)
        frame.goto(frame.url.replace("index.html", "modules/zonder-quiz.html"))
        frame = course_frame(page)
        assert frame.evaluate("LEIDRAAD.passMark") is None
        page.wait_for_function("() => window.calls.some(c => c[1] === 'cmi.core.lesson_location' && c[2].endsWith('zonder-quiz.html'))")
        assert values(page, "cmi.core.lesson_status")[-1] == "incomplete"
        for statement in frame.locator('[data-ld="self-assessment"] [data-ld-item]').all():
            statement.locator('input[value="3"]').check()
        expect(frame.locator(".ld-sa__result")).to_be_visible()
        assert values(page, "cmi.core.lesson_status")[-1] == "incomplete"
        assert page.evaluate("lmsData()")["lesson_status"] == "incomplete"
        boxes = frame.locator('[data-ld="checklist"] input[type=checkbox]').all()
        for box in boxes[:-1]:
            box.check()
        assert values(page, "cmi.core.lesson_status")[-1] == "incomplete"
        boxes[-1].check()
        page.wait_for_function("() => window.lmsData().lesson_status === 'completed'")
        assert values(page, "cmi.core.lesson_status")[-1] == "completed"
        assert values(page, "cmi.core.score.raw") == []
