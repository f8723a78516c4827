"""Answers after an attempt, attempts that mean something: the quiz as a learner meets it in Chromium.

Before a check nothing shows the key; after it the chosen options' feedback and the explanation appear
and are announced; a checked answer stays for the attempt; 'Opnieuw' asks in the page first; and the
course's attempt policy (first, best or last complete attempt; a maximum) decides the score shown on
the module page and on 'Mijn voortgang'. (The score sent to an LMS: tests/browser/test_scorm.py.)
"""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import Page, expect

from engine_support import MODULE_PAGE, QUIZ, STORAGE_KEY, open_module, question, violations

RIGHT = {"vragen-of-vertellen": [1], "bouwstenen": [0, 1]}  # 100%
HALF = {"vragen-of-vertellen": [1], "bouwstenen": [2]}     # 50%
WRONG = {"vragen-of-vertellen": [0], "bouwstenen": [2]}    # 0%


def with_policy(page: Page, count: str, max_attempts: int | None = None) -> None:
    """Serve the course's data with this attempt policy, as `attempts:` in the course configuration gives it."""
    policy = json.dumps({"count": count, "max": max_attempts}, separators=(",", ":"))

    def handle(route):
        response = route.fetch()
        route.fulfill(response=response, body=re.sub(r'"attempts":\{[^}]*\}', lambda _: '"attempts":' + policy, response.text()))

    page.route("**/assets/leidraad/course.js", handle)


def attempt(page: Page, answers: dict) -> None:
    """Answer and check every question of the example quiz."""
    for item, options in answers.items():
        for option in options:
            question(page, item).locator(f'input[value="{option}"]').check()
        question(page, item).get_by_role("button", name="Controleer").click()


def start_again(page: Page) -> None:
    page.locator(QUIZ).get_by_role("button", name="Opnieuw").click()
    page.locator(QUIZ).get_by_role("button", name="Ja, begin opnieuw").click()
    expect(page.locator(f"{QUIZ} input:checked")).to_have_count(0)


def summary(page: Page):
    return page.locator(f"{QUIZ} .ld-quiz__summary")


def progress_line(page: Page, server) -> str:
    page.goto(server.url + "voortgang.html")
    row = page.locator('[data-ld-exercise="voorbeeld/voorbeeld-quiz"] [data-ld-result]')
    expect(row).not_to_be_empty()
    return " ".join(row.text_content().split())  # the per-exercise lines are folded away (a <details>)


class TestBeforeACheck:
    def test_no_answer_or_explanation_to_open_by_mouse_or_keyboard(self, page: Page, fixture_server):
        """Only options and 'Controleer' can be reached; clicking anywhere in a question opens no feedback."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        quiz = page.locator(QUIZ)
        expect(quiz.locator("details, summary")).to_have_count(0)
        expect(quiz.get_by_text("Toon het antwoord en de uitleg")).to_have_count(0)
        # Every stop of the keyboard inside the quiz: radio groups count once, as Tab moves.
        quiz.locator("input").first.focus()
        stops = []
        while page.evaluate("document.activeElement.closest('form[data-ld=quiz]') !== null"):
            stops.append(page.evaluate("(e => e.tagName === 'INPUT' ? e.type : e.textContent.trim())(document.activeElement)"))
            page.keyboard.press("Tab")
        assert set(stops) == {"radio", "checkbox", "Controleer"}
        for text in ("Een medewerker vraagt hoe hij een klacht moet aanpakken.", "Welke soorten oefeningen kent Leidraad?"):
            quiz.get_by_text(text).click()
        expect(quiz.locator("[data-ld-feedback]:visible, [data-ld-explanation]:visible")).to_have_count(0)

    def test_without_javascript_the_answer_can_be_opened(self, browser, fixture_server):
        """A reader without script opens 'Toon het antwoord en de uitleg' under each question."""
        context = browser.new_context(java_script_enabled=False)
        page = context.new_page()
        page.goto(fixture_server.url + MODULE_PAGE)
        item = page.locator(f'{QUIZ} [data-ld-item="vragen-of-vertellen"]')
        expect(item.locator("[data-ld-explanation]")).to_be_hidden()
        item.get_by_text("Toon het antwoord en de uitleg").click()
        expect(item.locator(".ld-answer")).to_contain_text("Eerst vragen geeft je informatie en de medewerker eigenaarschap.")
        expect(item.locator(".ld-answer")).to_contain_text("Juist: Ik vraag hoe hij het zelf zou aanpakken.")
        context.close()


class TestAfterACheck:
    def test_the_chosen_feedback_and_the_explanation_appear_and_are_announced(self, page: Page, fixture_server):
        """Checked: the chosen options' feedback and the explanation are shown and in the live region; no other feedback."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        item = question(page, "bouwstenen")
        item.get_by_label("Quiz", exact=True).check()
        item.get_by_label("Eindexamen met certificaat van een instituut").check()
        item.get_by_role("button", name="Controleer").click()
        feedback = item.locator("[data-ld-feedback]")
        expect(feedback.nth(0)).to_be_visible()
        expect(feedback.nth(1)).to_be_hidden()
        expect(feedback.nth(2)).to_be_visible()
        expect(item.locator("[data-ld-explanation]")).to_be_visible()
        live = item.locator("[aria-live]")
        expect(live).to_contain_text("Gedeeltelijk juist.")
        for text in ("Ja, met feedback per antwoord.", "Nee, Leidraad geeft geen officiële certificaten.",
                     "Quiz, zelfscan, checklist, reflectie en workshopplan."):
            expect(live).to_contain_text(text)
        expect(live).not_to_contain_text("Ja, om te reflecteren.")
        expect(live).to_be_focused()  # the check button is gone; the keyboard stays at the verdict
        assert violations(page) == []

    def test_a_checked_answer_stays_for_this_attempt(self, page: Page, fixture_server):
        """After a check the options cannot change, also after a reload: another answer is a new attempt."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        item = question(page, "vragen-of-vertellen")
        item.get_by_label("Ik vertel hem meteen hoe ik het zou doen.").check()
        item.get_by_role("button", name="Controleer").click()
        expect(item.locator("input:enabled")).to_have_count(0)
        expect(item.get_by_role("button", name="Controleer")).to_be_hidden()
        page.reload()
        expect(page.locator(f"{QUIZ}[data-ld-mounted]")).to_have_count(1)
        expect(item.locator("input:enabled")).to_have_count(0)
        expect(item.get_by_label("Ik vertel hem meteen hoe ik het zou doen.")).to_be_checked()
        expect(item.locator(".ld-question__result")).to_have_text("Niet juist.")
        # Only a finished attempt can be started again.
        expect(page.locator(QUIZ).get_by_role("button", name="Opnieuw")).to_be_hidden()


class TestStartingAgain:
    def test_opnieuw_asks_in_the_page_and_no_keeps_everything(self, page: Page, fixture_server):
        """'Opnieuw' shows a question with two buttons in the page (no browser dialog); 'Nee' and Escape keep the answers."""
        page.on("dialog", lambda dialog: pytest.fail(f"a browser dialog: {dialog.message}"))
        open_module(page, fixture_server.url + MODULE_PAGE)
        attempt(page, RIGHT)
        retry = page.locator(QUIZ).get_by_role("button", name="Opnieuw")
        retry.click()
        ask = page.locator(f"{QUIZ} .ld-confirm")
        expect(ask.get_by_role("group")).to_have_count(0)
        expect(page.get_by_role("group", name=re.compile("Opnieuw beginnen wist je antwoorden"))).to_be_visible()
        expect(ask.locator(".ld-confirm__question")).to_be_focused()
        assert violations(page) == []
        ask.get_by_role("button", name="Nee, ga terug").click()
        expect(ask).to_have_count(0)
        expect(retry).to_be_focused()
        retry.press("Enter")
        page.keyboard.press("Escape")
        expect(ask).to_have_count(0)
        expect(page.locator(f"{QUIZ} input:checked")).to_have_count(3)
        expect(summary(page)).to_have_text("Je hebt 2 van de 2 vragen juist (100%). Geslaagd.")

    def test_yes_keeps_the_attempt_and_clears_the_answers(self, page: Page, fixture_server):
        """Confirmed, the finished attempt is kept in the store's attempts and the questions are open again."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        attempt(page, HALF)
        start_again(page)
        stored = json.loads(page.evaluate(f"localStorage.getItem('{STORAGE_KEY}')"))
        takes = stored["attempts"]["voorbeeld/voorbeeld-quiz"]
        assert len(takes) == 1 and takes[0]["items"]["bouwstenen"]["a"] == {"c": [2], "k": True}
        assert not [k for k in stored["items"] if k.startswith("voorbeeld/voorbeeld-quiz/")]
        expect(page.locator(f"{QUIZ} input:enabled")).to_have_count(6)
        expect(page.locator(f"{QUIZ} input").first).to_be_focused()


class TestAttemptPolicy:
    def test_by_default_the_best_attempt_counts_and_the_first_score_is_shown(self, page: Page, fixture_server):
        """On the open web retries are for learning: the best attempt counts, the first score stays in view."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        attempt(page, HALF)
        start_again(page)
        attempt(page, RIGHT)
        expect(summary(page)).to_have_text(
            "Poging 2: je hebt 2 van de 2 vragen juist (100%)."
            "Voor je resultaat telt je beste poging (poging 2): 100%. Geslaagd."
            "Je eerste poging: 50%.")
        assert progress_line(page, fixture_server) == "2 van 2 juist (100%), geslaagd (je beste poging telt: poging 2 van 2)"

    def test_first_complete_attempt(self, page: Page, fixture_server):
        """`count: first`: a later, better attempt does not change the score, here or on 'Mijn voortgang'."""
        with_policy(page, "first")
        open_module(page, fixture_server.url + MODULE_PAGE)
        attempt(page, WRONG)
        start_again(page)
        expect(summary(page)).to_contain_text("Voor je resultaat telt je eerste volledige poging: 0%. Nog niet geslaagd")
        attempt(page, RIGHT)
        expect(summary(page)).to_contain_text("Poging 2: je hebt 2 van de 2 vragen juist (100%).")
        expect(summary(page)).to_contain_text("Voor je resultaat telt je eerste volledige poging: 0%. Nog niet geslaagd")
        assert progress_line(page, fixture_server).startswith("0 van 2 juist (0%), nog niet geslaagd")

    def test_last_complete_attempt(self, page: Page, fixture_server):
        """`count: last`: the latest complete attempt counts, also when it is lower; an unfinished one does not yet."""
        with_policy(page, "last")
        open_module(page, fixture_server.url + MODULE_PAGE)
        attempt(page, RIGHT)
        start_again(page)
        attempt(page, {"vragen-of-vertellen": [0]})
        expect(summary(page)).to_contain_text("Voor je resultaat telt je laatste volledige poging (poging 1): 100%.")
        attempt(page, {"bouwstenen": [2]})
        expect(summary(page)).to_contain_text("Voor je resultaat telt je laatste volledige poging (poging 2): 0%. Nog niet geslaagd")
        assert progress_line(page, fixture_server).startswith("0 van 2 juist (0%), nog niet geslaagd")

    def test_past_the_maximum_the_quiz_says_so_and_keeps_the_score(self, page: Page, fixture_server):
        """`max: 2`: after the second attempt there is no 'Opnieuw'; the quiz says all attempts are used."""
        with_policy(page, "best", 2)
        open_module(page, fixture_server.url + MODULE_PAGE)
        attempt(page, HALF)
        expect(summary(page)).to_contain_text("Je kunt nog 1 keer opnieuw beginnen.")
        start_again(page)
        attempt(page, WRONG)
        expect(summary(page)).to_contain_text("Voor je resultaat telt je beste poging (poging 1): 50%. Geslaagd.")
        expect(summary(page)).to_contain_text("Je hebt alle 2 pogingen gebruikt.")
        expect(page.locator(QUIZ).get_by_role("button", name="Opnieuw")).to_be_hidden()
        page.reload()
        expect(page.locator(f"{QUIZ}[data-ld-mounted]")).to_have_count(1)
        expect(page.locator(QUIZ).get_by_role("button", name="Opnieuw")).to_be_hidden()
        expect(summary(page)).to_contain_text("Je hebt alle 2 pogingen gebruikt.")
