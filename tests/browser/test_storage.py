"""Stored answers: versioned per item; corrupt or foreign data never breaks the page."""

from __future__ import annotations

import json

from playwright.sync_api import expect

from conftest import script_errors
from engine_support import (CHECKLIST, MODULE_PAGE, QUIZ, STORAGE_KEY, answer_quiz_right, changed_server,  # noqa: F401
                            open_module, question, wait_mounted)


def stored(page) -> dict | None:
    raw = page.evaluate(f"localStorage.getItem('{STORAGE_KEY}')")
    return json.loads(raw) if raw else None


def store_and_reload(page, value: str) -> list[str]:
    """Put `value` in the course's storage, reload, and return the page's script errors."""
    errors = script_errors(page)
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [STORAGE_KEY, value])
    page.reload()
    wait_mounted(page)
    return errors


def quiz_still_works(page) -> None:
    answer_quiz_right(page)
    expect(page.locator(f"{QUIZ} .ld-quiz__summary")).to_have_text("Je hebt 2 van de 2 vragen juist (100%). Geslaagd.")


class TestDamagedStorage:
    def test_corrupt_json_does_not_break_the_page(self, page, fixture_server):
        """Unreadable stored data is set aside; the exercises work and save again."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        assert store_and_reload(page, '{"format": 1, "items": {"voorbeeld/') == []
        expect(page.locator(f"{QUIZ} [data-ld-action=check]").first).to_be_visible()
        quiz_still_works(page)
        assert page.evaluate(f"localStorage.getItem('{STORAGE_KEY}:unreadable')") == '{"format": 1, "items": {"voorbeeld/'
        assert stored(page)["format"] == 2

    def test_data_of_another_format_is_set_aside(self, page, fixture_server):
        """Answers saved by another version of the storage format are kept aside, not read and not lost."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        version = question(page, "vragen-of-vertellen").get_attribute("data-ld-version")
        foreign = json.dumps({"format": 99, "items": {"voorbeeld/voorbeeld-quiz/vragen-of-vertellen":
                                                      {"v": version, "a": {"c": [1], "k": True}, "t": 1}}})
        assert store_and_reload(page, foreign) == []
        expect(page.locator(f"{QUIZ} input:checked")).to_have_count(0)
        quiz_still_works(page)
        assert page.evaluate(f"localStorage.getItem('{STORAGE_KEY}:unreadable')") == foreign
        assert stored(page)["format"] == 2

    def test_malformed_answers_do_not_break_the_page(self, page, fixture_server):
        """Answers of the wrong shape under the right versions are ignored; every exercise still mounts and works."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        items = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('[data-ld-key] [data-ld-item]')]
            .map(item => [item.closest('[data-ld-key]').dataset.ldKey + '/' + item.dataset.ldItem, {v: item.dataset.ldVersion, a: 7}]))""")
        assert len(items) >= 10
        expect(page.locator(f"{CHECKLIST} .ld-progress")).to_be_visible()
        assert_recovers(page, json.dumps({"format": 1, "items": items}))
        quiz = {key: {**entry, "a": {"c": 5, "k": True}} for key, entry in items.items() if "/voorbeeld-quiz/" in key}
        assert_recovers(page, json.dumps({"format": 1, "items": quiz}))

    def test_wrongly_shaped_records_are_set_aside(self, page, fixture_server):
        """A record whose parts have the wrong type is set aside like corrupt data; answers are saved again."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        for weird in ('{"format": 1, "items": [], "results": {}}', '{"format": 1, "items": {}, "results": "x"}',
                      '{"format": 1, "items": {"a": 1}, "results": []}', "null", "[]", "5"):
            assert_recovers(page, weird)
            assert page.evaluate(f"localStorage.getItem('{STORAGE_KEY}:unreadable')") == weird


def assert_recovers(page, value: str) -> None:
    """With `value` stored, the page loads without errors, the quiz works, and its answers survive a reload."""
    errors = store_and_reload(page, value)
    quiz_still_works(page)
    page.reload()
    wait_mounted(page)
    expect(page.locator(f"{QUIZ} .ld-quiz__summary")).to_have_text("Je hebt 2 van de 2 vragen juist (100%). Geslaagd.")
    assert errors == [], f"script errors with {value!r} stored"


class TestChangedItem:
    def test_only_the_changed_question_loses_its_answer(self, page, fixture_server, changed_server):
        """After the author rewrites one question, only its answer is dropped, with a notice; other answers stay."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        answer_quiz_right(page)
        page.locator(CHECKLIST).get_by_label("Ik heb genoeg tijd ingepland.").check()
        saved = page.evaluate(f"localStorage.getItem('{STORAGE_KEY}')")
        # The changed build is served from another port (another origin): carry the learner's storage over.
        open_module(page, changed_server.url + MODULE_PAGE)
        assert store_and_reload(page, saved) == []
        notices = page.locator(".ld-dropped")
        expect(notices).to_have_count(1)
        expect(page.locator(f"{QUIZ} .ld-dropped")).to_contain_text("Een vraag is gewijzigd sinds je antwoordde")
        expect(question(page, "bouwstenen").locator("input:checked")).to_have_count(0)
        expect(question(page, "vragen-of-vertellen").get_by_label("Ik vraag hoe hij het zelf zou aanpakken.")).to_be_checked()
        expect(question(page, "vragen-of-vertellen").locator(".ld-question__result")).to_contain_text("Juist!")
        expect(page.locator(CHECKLIST).get_by_label("Ik heb genoeg tijd ingepland.")).to_be_checked()
        items = stored(page)["items"]
        assert "voorbeeld/voorbeeld-quiz/bouwstenen" not in items
        assert {"voorbeeld/voorbeeld-quiz/vragen-of-vertellen", "voorbeeld/voorbeeld-checklist/tijd"} <= set(items)
        expect(page.locator(f"{QUIZ} .ld-quiz__summary")).to_have_text("1 van 2 beantwoord")

    def test_notice_is_shown_once(self, page, fixture_server, changed_server):
        """The notice about a changed question appears once, not again on the next visit."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        answer_quiz_right(page)
        saved = page.evaluate(f"localStorage.getItem('{STORAGE_KEY}')")
        open_module(page, changed_server.url + MODULE_PAGE)
        store_and_reload(page, saved)
        expect(page.locator(".ld-dropped")).to_have_count(1)
        page.reload()
        wait_mounted(page)
        expect(page.locator(".ld-dropped")).to_have_count(0)


class TestAnswersBeforeTheScript:
    def test_answers_given_before_the_exercises_arrive_are_kept(self, page, fixture_server):
        """On a slow connection a learner answers before exercises.js has arrived: once it is there, those
        answers are saved and shown as the learner left them, and they are back after a reload."""
        held = []
        page.route("**/assets/leidraad/exercises.js", lambda route: held.append(route))
        page.goto(fixture_server.url + MODULE_PAGE)
        page.wait_for_function("() => document.readyState === 'complete'")
        expect(page.locator(f"{QUIZ}[data-ld-mounted]")).to_have_count(0)
        question(page, "vragen-of-vertellen").get_by_label("Ik vraag hoe hij het zelf zou aanpakken.").check()
        page.locator(CHECKLIST).get_by_label("Ik heb genoeg tijd ingepland.").check()
        page.locator('form[data-ld="reflection"] textarea').first.fill("Geschreven voor het script er was.")
        assert stored(page) is None or not stored(page).get("items")
        for route in held:
            route.continue_()
        page.unroute("**/assets/leidraad/exercises.js")
        wait_mounted(page)
        expect(page.locator(f"{CHECKLIST} .ld-progress [role=status]")).to_have_text("1 van 3 afgevinkt")
        items = stored(page)["items"]
        assert items["voorbeeld/voorbeeld-quiz/vragen-of-vertellen"]["a"]["c"] == [1]
        assert items["voorbeeld/voorbeeld-checklist/tijd"]["a"] is True
        page.reload()
        wait_mounted(page)
        expect(question(page, "vragen-of-vertellen").get_by_label("Ik vraag hoe hij het zelf zou aanpakken.")).to_be_checked()
        expect(page.locator(CHECKLIST).get_by_label("Ik heb genoeg tijd ingepland.")).to_be_checked()
        expect(page.locator('form[data-ld="reflection"] textarea').first).to_have_value("Geschreven voor het script er was.")
