"""`leidraad package scorm`: a SCORM 1.2 package that an LMS accepts, played by a real SCORM runtime.

The LMS is scorm-again's Scorm12API in Chromium (tests/browser/lms.html), not a mock of our own.
"""

from __future__ import annotations

import json
import re
import shutil
import zipfile

import pytest
import xmlschema
from playwright.sync_api import Page, expect

from conftest import FIXTURE_COURSE
from hosting_steps import QUIZ_KEY, Traffic, answer_first_question, first_question_restored
from scorm_steps import CP, Lms, calls, course_frame, package, saved_session, values

SCHEMAS = ("imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd", "imsmd_rootv1p2p1.xsd", "ims_xml.xsd")
NOTICE = "Je reflecties gaan niet naar de leeromgeving van je organisatie: ze blijven alleen in deze browser."


@pytest.fixture(scope="module")
def scorm_zip(tmp_path_factory):
    return package("scorm", FIXTURE_COURSE, tmp_path_factory.mktemp("scorm") / "fixture-scorm.zip")


@pytest.fixture(scope="module")
def lms(tmp_path_factory, scorm_zip):
    server = Lms(tmp_path_factory.mktemp("lms"))
    server.href = server.add("fixture", scorm_zip)
    yield server
    server.close()


def answer(frame, exercise: str, question: str, *options: int) -> None:
    item = frame.locator(f'[data-ld-key="{exercise}"] [data-ld-item="{question}"]')
    for option in options:
        item.locator(f'input[value="{option}"]').check()
    item.get_by_role("button", name="Controleer").click()


def retry(frame, exercise: str) -> None:
    """Start the quiz again: 'Opnieuw', then yes to the page's question."""
    quiz = frame.locator(f'[data-ld-key="{exercise}"]')
    quiz.locator("[data-ld-action=retry]").click()
    quiz.get_by_role("button", name="Ja, begin opnieuw").click()


class TestManifest:
    def test_the_manifest_validates_against_the_scorm_1_2_schemas(self, scorm_zip, tmp_path):
        """imsmanifest.xml is valid against the ADL SCORM 1.2 schemas the package carries at its root."""
        with zipfile.ZipFile(scorm_zip) as archive:
            archive.extractall(tmp_path, [*SCHEMAS, "imsmanifest.xml"])
        # ims_xml.xsd binds the reserved xml namespace as its default namespace, which XML parsers refuse;
        # the binding is unused, so the schema means the same without it.
        patched = tmp_path / "ims_xml.xsd"
        patched.write_text(patched.read_text(encoding="utf-8").replace('xmlns="http://www.w3.org/XML/1998/namespace"', ""))
        imports = "".join(f'<xsd:import namespace="{ns}" schemaLocation="{tmp_path / name}"/>' for ns, name in (
            ("http://www.imsproject.org/xsd/imscp_rootv1p1p2", "imscp_rootv1p1p2.xsd"),
            ("http://www.adlnet.org/xsd/adlcp_rootv1p2", "adlcp_rootv1p2.xsd"),
            ("http://www.imsglobal.org/xsd/imsmd_rootv1p2p1", "imsmd_rootv1p2p1.xsd")))
        (tmp_path / "all.xsd").write_text(f'<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">{imports}</xsd:schema>')
        # "lax": the IMS metadata schema breaks a rule of XSD 1.0 (unique particle attribution) in parts
        # the manifest does not use; every element the manifest does use is checked strictly.
        schema = xmlschema.XMLSchema10(str(tmp_path / "all.xsd"), validation="lax")
        schema.validate(str(tmp_path / "imsmanifest.xml"))
        broken = (tmp_path / "imsmanifest.xml").read_text(encoding="utf-8").replace('adlcp:scormtype="sco"', 'adlcp:scormtype="page"')
        (tmp_path / "broken.xml").write_text(broken, encoding="utf-8")
        assert not schema.is_valid(str(tmp_path / "broken.xml"))

    def test_one_sco_lists_every_file_of_the_package(self, scorm_zip):
        """One organisation, one item, one SCO (the launch page) whose resource lists every file of the zip."""
        with zipfile.ZipFile(scorm_zip) as archive:
            names = archive.namelist()
            manifest = archive.read("imsmanifest.xml")
        from xml.etree import ElementTree

        root = ElementTree.fromstring(manifest)
        [organisation] = root.iter(f"{CP}organization")
        [item] = organisation.iter(f"{CP}item")
        [resource] = root.iter(f"{CP}resource")
        assert root.find(f"{CP}organizations").get("default") == organisation.get("identifier")
        assert item.get("identifierref") == resource.get("identifier")
        assert item.findtext(f"{CP}title") == "Leidraad (testcursus)"
        # The mean of the fixture quizzes' pass marks (50 and 100).
        assert item.findtext("{http://www.adlnet.org/xsd/adlcp_rootv1p2}masteryscore") == "75"
        assert resource.get("{http://www.adlnet.org/xsd/adlcp_rootv1p2}scormtype") == "sco"
        assert resource.get("href") == "scorm.html"
        listed = [f.get("href") for f in resource.iter(f"{CP}file")]
        assert sorted(listed) == sorted(n for n in names if n not in ("imsmanifest.xml", *SCHEMAS))
        assert {"index.html", "scorm.html", "assets/leidraad/scorm.js", "assets/leidraad/scorm-course.js"} <= set(listed)

    def test_no_trainer_material(self, scorm_zip):
        """The package an HR team uploads holds no page, script or style of the trainer's kit, and no key in its search."""
        names = zipfile.ZipFile(scorm_zip).namelist()
        assert [n for n in names if n.startswith("trainers/") or re.search(r"/(trainer|group|slides)\.(js|css)$", n)] == []
        index = zipfile.ZipFile(scorm_zip).read("search/search_index.json").decode("utf-8")
        assert "trainers/" not in index and "Niet juist" not in index

    def test_every_path_in_the_zip_is_relative(self, scorm_zip):
        """The manifest and the start page are at the root of the zip; no path leaves it."""
        names = zipfile.ZipFile(scorm_zip).namelist()
        assert names[0] == "imsmanifest.xml" and "index.html" in names and set(SCHEMAS) <= set(names)
        assert not [n for n in names if n.startswith("/") or ".." in n.split("/") or "\\" in n]


class TestLmsSession:
    def test_launch_answer_close_and_relaunch_restores_the_answers(self, page: Page, browser, lms):
        """Answers given in one LMS session are back in the next, on another computer (an empty browser)."""
        traffic = Traffic(page)
        frame = lms.open(page, lms.href)
        assert calls(page, "LMSInitialize") == [["LMSInitialize"]]
        frame.locator("nav.md-nav--primary").get_by_role("link", name="Modules").first.click()
        frame = course_frame(page)
        answer_first_question(frame)
        for statement, value in (("open-vragen", 4), ("advies-eerst", 2), ("afspraken-terug", 5), ("volgende-stap", 3)):
            frame.locator(f'[data-ld-item="{statement}"] input[value="{value}"]').check()
        frame.locator('[data-ld="checklist"] input[type=checkbox]').first.check()
        frame.locator('[data-ld="reflection"] textarea').first.fill("Dit blijft in mijn browser.")
        assert values(page, "cmi.core.lesson_status")[-1] == "incomplete"
        assert values(page, "cmi.core.lesson_location")[-1] == "modules/voorbeeld.html"
        page.evaluate("closeSco()")
        page.wait_for_function("window.calls.some(c => c[0] === 'LMSFinish')")
        assert [c[0] for c in calls(page)][-2:] == ["LMSCommit", "LMSFinish"]
        assert values(page, "cmi.core.exit") == ["suspend"]
        assert re.fullmatch(r"\d{4}:\d{2}:\d{2}\.\d{2}", values(page, "cmi.core.session_time")[0])
        saved = saved_session(page)
        assert len(saved["suspend_data"]) < 4096
        assert traffic.other_hosts() == [] and traffic.errors == []

        later = browser.new_context().new_page()
        frame = lms.open(later, lms.href, saved)
        assert frame.url.endswith("/fixture/modules/voorbeeld.html")  # where the learner was
        first_question_restored(frame)
        for statement, value in (("open-vragen", 4), ("advies-eerst", 2), ("afspraken-terug", 5), ("volgende-stap", 3)):
            expect(frame.locator(f'[data-ld-item="{statement}"] input[value="{value}"]')).to_be_checked()
        expect(frame.locator(".ld-sa__result")).to_be_visible()
        expect(frame.locator('[data-ld="checklist"] input[type=checkbox]').first).to_be_checked()
        expect(frame.locator('[data-ld="reflection"] textarea').first).to_have_value("")
        later.context.close()

    def test_one_session_while_the_learner_moves_between_pages(self, page: Page, lms):
        """Page changes inside the course keep one LMS session; closing the course ends it once."""
        frame = lms.open(page, lms.href)
        for name, target in (("Modules", "modules/voorbeeld.html"), ("Privacy", "privacy.html"), ("Start", "index.html")):
            frame.locator("nav.md-nav--primary").get_by_role("link", name=name).first.click()
            # Wait for the new page itself: the old one is still 'complete' just after the click.
            page.wait_for_function("""target => window.calls.filter(c => c[0] === "LMSSetValue"
              && c[1] === "cmi.core.lesson_location").map(c => c[2]).pop() === target""", arg=target)
            frame = course_frame(page)
        assert values(page, "cmi.core.lesson_location") == ["index.html", "modules/voorbeeld.html", "privacy.html", "index.html"]
        assert [c[0] for c in calls(page) if c[0] != "LMSSetValue"] == ["LMSInitialize", "LMSCommit", "LMSCommit", "LMSCommit"]
        page.evaluate("closeSco()")
        page.wait_for_function("window.calls.some(c => c[0] === 'LMSFinish')")
        assert len(calls(page, "LMSFinish")) == 1 and len(calls(page, "LMSInitialize")) == 1

    def test_a_course_opened_in_a_window_of_its_own_finds_the_lms_through_its_opener(self, page: Page, lms):
        """Launched in a new window, the course finds the API by the opener and saves to it."""
        page.goto(lms.server.url + "lms/index.html")
        with page.expect_popup() as popup:
            page.evaluate("href => openScoWindow(href)", lms.href)
        window = popup.value
        frame = course_frame(window)
        frame.goto(frame.url.replace("index.html", "modules/voorbeeld.html"))
        answer_first_question(frame)
        assert calls(page, "LMSInitialize") == [["LMSInitialize"]]
        assert values(page, "cmi.core.lesson_location")[-1] == "modules/voorbeeld.html"
        assert values(page, "cmi.suspend_data")[-1] != "2"
        page.evaluate("scoWindow.close()")  # the learner closes the course's window
        page.wait_for_function("window.calls.some(c => c[0] === 'LMSFinish')")

    def test_status_and_score_follow_the_quizzes(self, page: Page, lms):
        """Incomplete until every quiz is done; then passed or failed on the average against the pass mark (75)."""
        frame = lms.open(page, lms.href)
        frame.goto(frame.url.replace("index.html", "modules/voorbeeld.html"))
        answer(frame, QUIZ_KEY, "vragen-of-vertellen", 1)
        answer(frame, QUIZ_KEY, "bouwstenen", 2)
        assert values(page, "cmi.core.lesson_status")[-1] == "incomplete"
        assert values(page, "cmi.core.score.raw")[-1] == "50"
        frame.goto(frame.url.replace("voorbeeld.html", "tweede.html"))
        answer(frame, "tweede/tweede-quiz", "concreet", 0)
        assert (values(page, "cmi.core.lesson_status")[-1], values(page, "cmi.core.score.raw")[-1]) == ("failed", "25")
        assert values(page, "cmi.core.score.min")[-1] == "0" and values(page, "cmi.core.score.max")[-1] == "100"
        # In an LMS the first complete attempt counts (the default): a right answer on a retry is practice.
        retry(frame, "tweede/tweede-quiz")
        answer(frame, "tweede/tweede-quiz", "concreet", 1)
        assert (values(page, "cmi.core.lesson_status")[-1], values(page, "cmi.core.score.raw")[-1]) == ("failed", "25")

    def test_reflections_stay_in_the_browser_and_the_learner_is_told(self, page: Page, lms):
        """Each reflection says it is not sent; typing one never changes what goes to the LMS."""
        frame = lms.open(page, lms.href)
        frame.goto(frame.url.replace("index.html", "modules/voorbeeld.html"))
        for form in frame.locator('[data-ld="reflection"]').all():
            expect(form.locator(".ld-scorm-note")).to_contain_text(NOTICE)
        frame.locator('[data-ld="reflection"] textarea').first.fill("Iets persoonlijks.")
        frame.wait_for_function("() => JSON.parse(localStorage.getItem('leidraad:leidraad-test')).items['voorbeeld/voorbeeld-reflectie/' + "
                                "document.querySelector('[data-ld=reflection] [data-ld-item]').getAttribute('data-ld-item')]")
        assert set(values(page, "cmi.suspend_data")) == {"2"}  # nothing answered that goes to the LMS


class TestWithoutLms:
    def test_the_packages_pages_work_without_an_lms(self, page: Page, lms):
        """Opened outside an LMS, the same pages work as the normal site: no errors, no notice, answers kept."""
        traffic = Traffic(page)
        page.goto(lms.server.url + "fixture/modules/voorbeeld.html")
        answer_first_question(page)
        page.reload()
        first_question_restored(page)
        expect(page.locator(".ld-scorm-note")).to_have_count(0)
        assert page.evaluate("typeof window.LeidraadScorm") == "undefined"
        assert traffic.errors == [] and traffic.failures == [] and traffic.other_hosts() == []

    def test_the_launch_page_without_an_lms_shows_the_course(self, page: Page, lms):
        """The launch page opened on its own shows the start page, silently."""
        traffic = Traffic(page)
        page.goto(lms.server.url + "fixture/scorm.html")
        frame = course_frame(page)
        expect(frame.locator("h1").first).to_be_visible()
        expect(page).to_have_title(re.compile("Leidraad"))
        assert traffic.errors == [] and traffic.failures == [] and traffic.other_hosts() == []


class TestSuspendDataSize:
    def test_the_whole_real_course_answered_fits_and_comes_back(self, page: Page, browser, tmp_path_factory):
        """Every quiz, self-assessment and checklist item of course.yml answered: under 4,096 characters, all restored."""
        from conftest import MAIN_COURSE

        zip_path = package("scorm", MAIN_COURSE, tmp_path_factory.mktemp("main-scorm") / "main-scorm.zip")
        lms = Lms(tmp_path_factory.mktemp("main-lms"))
        try:
            href = lms.add("course", zip_path)
            frame = lms.open(page, href)
            written = frame.evaluate(ANSWER_EVERYTHING)
            suspend = values(page, "cmi.suspend_data")[-1]
            counts = frame.evaluate("() => Object.values(LEIDRAAD.exercises).map(e => e.kind)")
            assert len(suspend) <= 4096, f"{len(suspend)} characters for {len(written)} items"
            assert values(page, "cmi.core.lesson_status")[-1] in ("passed", "failed")
            assert {"quiz", "self-assessment", "checklist"} <= set(counts)
            page.evaluate("closeSco()")
            page.wait_for_function("window.calls.some(c => c[0] === 'LMSFinish')")
            later = browser.new_context().new_page()
            frame = lms.open(later, href, saved_session(page))
            restored = frame.evaluate("() => JSON.parse(localStorage.getItem('leidraad:' + LEIDRAAD.storageId)).items")
            expected = {k: v for k, v in written.items() if not isinstance(v["a"], str)}  # reflections stay behind
            assert {k: (v["v"], v["a"]) for k, v in restored.items()} == {k: (v["v"], v["a"]) for k, v in expected.items()}
            later.context.close()
        finally:
            lms.close()


#: Answers every item of every exercise of the course (every option of a multiple-choice question, the
#: last of a single-choice one: the widest answers the saved state holds), writes them in the store's
#: format and announces the change. Upward scans (the team's view of the manager) are the team's to answer.
ANSWER_EVERYTHING = """() => {
  const data = {format: 2, items: {}};
  for (const ex of Object.values(LEIDRAAD.exercises)) {
    if (!["quiz", "self-assessment", "checklist", "reflection"].includes(ex.kind)) continue;
    if (ex.audience === "upward") continue;  // the team answers it about the learner, in their own browsers
    for (const item of ex.items) {
      const a = ex.kind === "quiz" ? {c: item.type === "single" ? [item.options - 1] : [...Array(item.options).keys()], k: true}
        : ex.kind === "self-assessment" ? ex.labels.length : ex.kind === "checklist" ? true : "Een reflectie.";
      data.items[ex.key + "/" + item.id] = {v: item.v, a: a, t: Date.now()};
    }
  }
  localStorage.setItem("leidraad:" + LEIDRAAD.storageId, JSON.stringify(data));
  document.dispatchEvent(new CustomEvent("leidraad:change"));
  return data.items;
}"""


def quiz_attempt(frame, answers: dict) -> None:
    for item, options in answers.items():
        answer(frame, QUIZ_KEY, item, *options)


class TestAttemptPolicy:
    """What the LMS is told follows the course's attempt policy (core/results.js `counted`)."""

    RIGHT = {"vragen-of-vertellen": [1], "bouwstenen": [0, 1]}
    WRONG = {"vragen-of-vertellen": [0], "bouwstenen": [2]}

    def open_quiz(self, page: Page, lms, policy: dict | None = None):
        if policy is not None:  # as `attempts:` in the course configuration would give it
            text = json.dumps(policy, separators=(",", ":"))
            page.route("**/assets/leidraad/course.js", lambda route: route.fulfill(
                response=(r := route.fetch()), body=re.sub(r'"attempts":\{[^}]*\}', lambda _: '"attempts":' + text, r.text())))
        frame = lms.open(page, lms.href)
        frame.goto(frame.url.replace("index.html", "modules/voorbeeld.html"))
        return frame

    def test_by_default_the_first_complete_attempt_is_the_score(self, page: Page, lms):
        """In the SCORM package a retry is practice: the LMS keeps the first complete attempt's score."""
        frame = self.open_quiz(page, lms)
        quiz_attempt(frame, self.WRONG)
        assert values(page, "cmi.core.score.raw")[-1] == "0"
        retry(frame, QUIZ_KEY)
        quiz_attempt(frame, self.RIGHT)
        expect(frame.locator(f'[data-ld-key="{QUIZ_KEY}"] .ld-quiz__summary')).to_contain_text(
            "Voor je resultaat telt je eerste volledige poging: 0%.")
        assert set(values(page, "cmi.core.score.raw")) == {"0"}

    def test_best_attempt(self, page: Page, lms):
        """`count: best`: the better second attempt is the score sent."""
        frame = self.open_quiz(page, lms, {"count": "best", "max": None})
        quiz_attempt(frame, self.WRONG)
        retry(frame, QUIZ_KEY)
        quiz_attempt(frame, self.RIGHT)
        assert values(page, "cmi.core.score.raw")[-1] == "100"

    def test_last_attempt_and_the_maximum(self, page: Page, lms):
        """`count: last, max: 2`: the lower last attempt is the score; then no third attempt is offered."""
        frame = self.open_quiz(page, lms, {"count": "last", "max": 2})
        quiz_attempt(frame, self.RIGHT)
        assert values(page, "cmi.core.score.raw")[-1] == "100"
        retry(frame, QUIZ_KEY)
        quiz_attempt(frame, self.WRONG)
        assert values(page, "cmi.core.score.raw")[-1] == "0"
        quiz = frame.locator(f'[data-ld-key="{QUIZ_KEY}"]')
        expect(quiz.locator(".ld-quiz__summary")).to_contain_text("Je hebt alle 2 pogingen gebruikt.")
        expect(quiz.get_by_role("button", name="Opnieuw")).to_be_hidden()


class TestLearnersView:
    def test_progress_page_says_the_lms_keeps_the_progress(self, page: Page, lms):
        """In the LMS, 'Mijn voortgang' explains where progress is kept and offers no progress file or wipe-all."""
        frame = lms.open(page, lms.href)
        frame.goto(frame.url.replace("index.html", "voortgang.html"))
        section = frame.locator(".ld-transfer")
        expect(section.locator(".ld-scorm-note")).to_contain_text("Een voortgangsbestand downloaden of inlezen is hier dus niet nodig.")
        expect(section.get_by_role("button", name="Download je voortgang")).to_be_hidden()
        expect(section.get_by_label("Lees een voortgangsbestand in")).to_be_hidden()
        expect(frame.get_by_role("button", name="Wis al mijn voortgang")).to_be_hidden()
