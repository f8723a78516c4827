"""Hostile data never breaks a page: wrong shapes in storage or in an imported file, a too-large import,
shared addresses with built-in object names, and an LMS that stores the launch page as the learner's place.

Each case is one an independent audit found breaking a page before the one store (core/store.js)."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import Page, expect

from conftest import FIXTURE_COURSE, script_errors
from journey_steps import (KEY, TWEEDE_REFLECTION, card, current_version, envelope, expect_status, finish_tweede,
                           import_file, stored)
from scorm_steps import Lms, calls, course_frame, package, values


def errors_of(page: Page) -> list[str]:
    return script_errors(page)


def put(page: Page, record) -> None:
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, json.dumps(record)])


class TestWrongShapesInStorage:
    def test_scores_not_a_list_and_a_dropped_constructor_leave_the_overview_whole(self, page: Page, fixture_server):
        """A stored result whose scores are not a list, and 'dropped': {'constructor': 1}: every badge and the bar show."""
        errors = errors_of(page)
        finish_tweede(page, fixture_server.url)
        record = stored(page)
        record.update({"format": 1, "dropped": {"constructor": 1, "__proto__": 2},
                       "results": {"voorbeeld/voorbeeld-zelfscan": {"kind": "self-assessment", "done": True, "scores": "x"},
                                   "voorbeeld/voorbeeld-quiz": {"kind": "quiz", "done": True, "passed": True, "score": 2}}})
        put(page, record)
        page.goto(fixture_server.url + "voortgang.html")
        expect(page.locator(".ld-module-card [data-ld-status]:visible")).to_have_count(2)
        expect_status(page, "tweede", "klaar")
        expect_status(page, "voorbeeld", "niet begonnen")  # the stored 'passed' is not believed
        expect(page.locator(".ld-course-progress__text")).to_have_text(re.compile(r"^1 van 2 modules klaar( ·|$)"))
        expect(page.locator(".ld-dropped-notice")).to_be_hidden()
        page.goto(fixture_server.url + "modules/voorbeeld.html")
        page.goto(fixture_server.url + "voortgang.html")
        expect(page.locator(".ld-course-progress")).to_be_visible()
        assert errors == []

    def test_a_name_of_the_wrong_type_on_the_plan_and_certificate(self, page: Page, fixture_server):
        """A stored name that is not text, and plan entries of the wrong shape, are left out; the pages work."""
        errors = errors_of(page)
        page.goto(fixture_server.url + "ontwikkelplan.html")
        put(page, {"format": 2, "items": {
            "_profiel/naam": {"v": "naam", "a": {"first": "Sara"}, "t": 1},
            "_plan/_eigen/a": {"v": "plan", "a": "not an action", "t": 1},
            "_plan/_eigen/b": {"v": "plan", "a": {"what": 5, "done": "yes", "created": "x"}, "t": 2}}})
        page.reload()
        expect(page.locator("#ld-plan-name")).to_have_value("")
        expect(page.locator(".ld-plan-action")).to_have_count(1)
        expect(page.locator(".ld-plan-action [name=what]")).to_have_value("")
        page.goto(fixture_server.url + "certificaat.html")
        expect(page.locator(".ld-certificate__none")).to_be_visible()
        assert errors == []


class TestImports:
    def test_a_forged_file_without_answers_shows_nothing_done(self, page: Page, fixture_server, tmp_path):
        """A file that claims every quiz passed, with no answers, changes no status: results are derived."""
        forged = {"format": 1, "items": {}, "results": {
            "voorbeeld/voorbeeld-quiz": {"kind": "quiz", "done": True, "score": 2, "total": 2, "percent": 100, "passed": True},
            "tweede/tweede-quiz": {"kind": "quiz", "done": True, "score": 1, "total": 1, "percent": 100, "passed": True},
            "tweede/tweede-reflectie": {"kind": "reflection", "done": True, "written": 1, "total": 1}}}
        page.goto(fixture_server.url + "voortgang.html")
        path = tmp_path / "vervalst.json"
        path.write_text(envelope(forged), encoding="utf-8")
        import_file(page, path)
        page.click("[data-ld-action=replace]")
        expect(page.locator(".ld-transfer__status")).to_have_text("Je voortgang is vervangen door die uit het bestand.")
        for module in ("voorbeeld", "tweede"):
            expect_status(page, module, "niet begonnen")
        expect(card(page, "tweede").locator("[data-ld-result]").first).to_have_text("nog niet gemaakt")
        expect(page.locator(".ld-course-progress__text")).to_have_text(re.compile(r"^0 van 2 modules klaar( ·|$)"))
        assert "results" not in stored(page)

    def test_a_dropped_constructor_in_a_file_is_refused(self, page: Page, fixture_server, tmp_path):
        """'dropped': {'constructor': 1} in a file is a damaged field, named; nothing changes."""
        page.goto(fixture_server.url + "voortgang.html")
        path = tmp_path / "raar.json"
        path.write_text(envelope({"format": 2, "items": {}, "dropped": {"constructor": 1}}), encoding="utf-8")
        import_file(page, path)
        expect(page.locator(".ld-transfer__error")).to_contain_text("data.dropped['constructor'] klopt niet")
        assert stored(page) is None

    def test_a_file_too_large_to_store_is_not_reported_as_done(self, page: Page, fixture_server, tmp_path):
        """A valid 12 MB file the browser cannot keep: the learner is told, and the progress stays as it was."""
        errors = errors_of(page)
        finish_tweede(page, fixture_server.url)
        page.goto(fixture_server.url + "voortgang.html")
        before = page.evaluate("k => localStorage.getItem(k)", KEY)
        version = current_version(page, TWEEDE_REFLECTION)
        big = {"format": 2, "items": {TWEEDE_REFLECTION: {"v": version, "a": "x" * 12_000_000, "t": 9e12}}}
        path = tmp_path / "groot.json"
        path.write_text(envelope(big), encoding="utf-8")
        import_file(page, path)
        page.click("[data-ld-action=replace]")
        expect(page.locator(".ld-transfer__error")).to_contain_text("Je browser kon de voortgang uit dit bestand niet bewaren")
        expect(page.locator(".ld-transfer__status")).to_have_text("")
        assert page.evaluate("k => localStorage.getItem(k)", KEY) == before
        expect_status(page, "tweede", "klaar")
        assert errors == []


class TestProgrammeAddress:
    def test_built_in_object_names_in_a_shared_address(self, page: Page, kit_server):
        """#modules=constructor,teamoverleg with a break named 'constructor': the programme shows the real module."""
        errors = errors_of(page)
        page.goto(kit_server.url + "trainers/programma.html#modules=constructor,teamoverleg&start=09:00"
                  "&breaks=constructor~teamoverleg/0~15,koffie~constructor~10")
        expect(page.locator(".ld-programme__table")).to_be_visible()
        expect(page.locator(".ld-programme__table tbody th").first).to_contain_text("Teamoverleg dat werkt")
        expect(page.locator(".ld-programme__status")).to_contain_text("van 09:00 tot")
        expect(page.get_by_role("checkbox", name="Teamoverleg dat werkt")).to_be_checked()
        assert errors == []


@pytest.fixture(scope="module")
def lms(tmp_path_factory):
    server = Lms(tmp_path_factory.mktemp("lms-hostile"))
    server.href = server.add("fixture", package("scorm", FIXTURE_COURSE, tmp_path_factory.mktemp("zip") / "fixture.zip"))
    yield server
    server.close()


class TestScormResume:
    @pytest.mark.parametrize("place", ["scorm.html", "../lms/index.html", "https://example.org/x.html", "bestaat-niet.html"])
    def test_only_a_page_of_the_course_is_resumed(self, page: Page, lms, place):
        """An LMS that stored the launch page (or a page outside the course) as the place: the start page, one session."""
        errors = errors_of(page)
        saved = {"suspend_data": "1", "core": {"lesson_status": "incomplete", "lesson_location": place, "entry": "resume"}}
        frame = lms.open(page, lms.href, saved)
        frame.wait_for_function("() => document.querySelector('h1')")
        assert frame.url.endswith("/fixture/index.html")
        frame.goto(frame.url.replace("index.html", "modules/tweede.html"))
        page.wait_for_function("""() => window.calls.some(c => c[0] === "LMSSetValue"
          && c[1] === "cmi.core.lesson_location" && c[2] === "modules/tweede.html")""")
        assert calls(page, "LMSInitialize") == [["LMSInitialize"]]
        frame = course_frame(page)
        frame.locator('[data-ld-item="concreet"] input[value="1"]').check()
        frame.locator('[data-ld-item="concreet"] [data-ld-action=check]').click()
        page.wait_for_function("""() => window.calls.filter(c => c[1] === "cmi.suspend_data").length > 0""")
        assert values(page, "cmi.suspend_data")[-1] != "2"
        assert errors == []
