"""Each exercise of the example module clicked through in Chromium, as a learner does it."""

from __future__ import annotations

import json

from playwright.sync_api import expect

from engine_support import (CHECKLIST, MODULE_PAGE, QUIZ, REFLECTION, SCAN, STORAGE_KEY, answer_quiz_right,
                            open_module, question, wait_mounted)


class TestQuiz:
    def test_wrong_answer_shows_its_feedback_and_the_explanation(self, page, fixture_server):
        """Checking a wrong option shows why it is wrong, the explanation, and 'Niet juist.'."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        item = question(page, "vragen-of-vertellen")
        expect(item.locator("[data-ld-explanation]")).to_be_hidden()
        item.get_by_label("Ik vertel hem meteen hoe ik het zou doen.").check()
        item.get_by_role("button", name="Controleer").click()
        feedback = item.locator("[data-ld-feedback]")
        expect(feedback.nth(0)).to_be_visible()
        expect(feedback.nth(0)).to_contain_text("Snel, maar hij leert er weinig van")
        expect(feedback.nth(1)).to_be_hidden()
        expect(feedback.nth(2)).to_be_hidden()
        expect(item.locator("[data-ld-explanation]")).to_be_visible()
        expect(item.locator("[data-ld-explanation]")).to_contain_text("Eerst vragen geeft je informatie")
        expect(item.locator(".ld-question__result")).to_contain_text("Niet juist.")

    def test_score_pass_and_retry(self, page, fixture_server):
        """All answers right gives '2 van de 2 … Geslaagd.'; a confirmed retry clears the answers, the score counted stays."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        answer_quiz_right(page)
        summary = page.locator(f"{QUIZ} .ld-quiz__summary")
        expect(summary).to_have_text("Je hebt 2 van de 2 vragen juist (100%). Geslaagd.")
        expect(question(page, "bouwstenen").locator(".ld-question__result")).to_contain_text("Juist!")
        page.locator(QUIZ).get_by_role("button", name="Opnieuw").click()
        page.locator(QUIZ).get_by_role("button", name="Ja, begin opnieuw").click()
        expect(summary).to_have_text("Voor je resultaat telt je beste poging (poging 1): 100%. Geslaagd.")
        expect(page.locator(f"{QUIZ} input:checked")).to_have_count(0)
        expect(page.locator(f"{QUIZ} [data-ld-feedback]:visible")).to_have_count(0)
        expect(page.locator(f"{QUIZ} input").first).to_be_focused()

    def test_not_passed(self, page, fixture_server):
        """Below the pass mark the learner is told what is needed."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        for item, option in (("vragen-of-vertellen", "Ik stuur hem door naar een collega."),
                             ("bouwstenen", "Eindexamen met certificaat van een instituut")):
            question(page, item).get_by_label(option).check()
            question(page, item).get_by_role("button", name="Controleer").click()
        expect(page.locator(f"{QUIZ} .ld-quiz__summary")).to_have_text(
            "Je hebt 0 van de 2 vragen juist (0%). Nog niet geslaagd: je hebt 50% nodig. Lees de uitleg en probeer opnieuw.")

    def test_multiple_choice_partly_right(self, page, fixture_server):
        """One of two right options chosen: 'Gedeeltelijk juist.', with the chosen option's feedback."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        item = question(page, "bouwstenen")
        item.get_by_label("Quiz", exact=True).check()
        item.get_by_role("button", name="Controleer").click()
        expect(item.locator(".ld-question__result")).to_contain_text("Gedeeltelijk juist.")
        expect(item.locator("[data-ld-feedback]:visible")).to_have_count(1)
        expect(item.locator("[data-ld-feedback]:visible")).to_contain_text("Ja, met feedback per antwoord.")
        expect(page.locator(f"{QUIZ} .ld-quiz__summary")).to_have_text("1 van 2 beantwoord")

    def test_check_without_answer_asks_for_one(self, page, fixture_server):
        """Checking before choosing says to choose first, and shows no feedback."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        item = question(page, "vragen-of-vertellen")
        item.get_by_role("button", name="Controleer").click()
        expect(item.locator(".ld-question__result")).to_have_text("Kies eerst een antwoord.")
        expect(item.locator("[data-ld-explanation]")).to_be_hidden()

    def test_feedback_is_announced(self, page, fixture_server):
        """The live region of a question holds the verdict, the chosen option's feedback and the explanation."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        item = question(page, "vragen-of-vertellen")
        item.get_by_label("Ik vertel hem meteen hoe ik het zou doen.").check()
        item.get_by_role("button", name="Controleer").click()
        live = item.locator("[aria-live]")
        expect(live).to_have_count(1)
        expect(live).to_contain_text("Niet juist.")
        expect(live).to_contain_text("Snel, maar hij leert er weinig van en blijft naar jou kijken.")
        expect(live).to_contain_text("Eerst vragen geeft je informatie en de medewerker eigenaarschap.")
        question(page, "bouwstenen").get_by_label("Quiz", exact=True).check()
        question(page, "bouwstenen").get_by_role("button", name="Controleer").click()
        expect(page.locator(f"{QUIZ} .ld-quiz__summary[aria-live]")).to_contain_text("Je hebt 0 van de 2 vragen juist")


class TestSelfAssessment:
    def answer(self, page, values: dict[str, str]) -> None:
        for item, label in values.items():
            page.locator(f'{SCAN} [data-ld-item="{item}"]').get_by_label(label, exact=True).check()

    def test_profile_with_reverse_item_scored_right(self, page, fixture_server):
        """'Zelden' on a reverse item counts as 4, so 'Vragen stellen' scores (4 + 4) / 2 = 4 and is 'Sterk'."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        scan = page.locator(SCAN)
        self.answer(page, {"open-vragen": "Vaak", "advies-eerst": "Zelden"})
        expect(scan.locator("[data-ld-result]")).to_be_hidden()
        expect(scan.locator(".ld-sa__status")).to_have_text("Beantwoord alle uitspraken om je profiel te zien (2 van 4 beantwoord).")
        self.answer(page, {"afspraken-terug": "Zelden", "volgende-stap": "Soms"})
        result = scan.locator("[data-ld-result]")
        expect(result).to_be_visible()
        expect(result).to_contain_text("Vragen stellen: 4 op 5")
        expect(result).to_contain_text("Opvolgen: 2,5 op 5")
        expect(scan.locator(".ld-sa__status")).to_have_text("Jouw profiel: Vragen stellen 4 (Sterk); Opvolgen 2,5 (Groeikans)")
        expect(result.locator("svg.ld-chart[role=img]")).to_have_count(1)
        expect(result.locator("svg.ld-chart rect.ld-chart__bar")).to_have_count(2)
        expect(result.locator("svg.ld-chart")).to_have_attribute("aria-label", "Vragen stellen: 4 / 5, Opvolgen: 2,5 / 5")

    def test_band_interpretation_and_tips(self, page, fixture_server):
        """Each dimension shows its band's interpretation and tips, and not those of other bands."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        self.answer(page, {"open-vragen": "Vaak", "advies-eerst": "Zelden", "afspraken-terug": "Zelden", "volgende-stap": "Soms"})
        result = page.locator(f"{SCAN} [data-ld-result]")
        expect(result).to_contain_text("Vragen stellen is een gewoonte.")
        expect(result).to_contain_text("Vraag een collega om feedback op je vragen.")
        expect(result).to_contain_text("Afspraken verwateren soms.")
        expect(result).to_contain_text("Plan bij elke afspraak meteen een moment om erop terug te komen.")
        expect(result).not_to_contain_text("Je stelt regelmatig vragen.")

    def test_reset_after_confirmation(self, page, fixture_server):
        """'Wis mijn antwoorden' asks in the page first ('Nee' and Escape keep everything), then clears the answers and the profile."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        self.answer(page, {"open-vragen": "Vaak", "advies-eerst": "Zelden", "afspraken-terug": "Zelden", "volgende-stap": "Soms"})
        wipe = page.locator(SCAN).get_by_role("button", name="Wis mijn antwoorden")
        wipe.click()
        question = page.get_by_role("group", name="Wil je je antwoorden in deze oefening wissen?")
        expect(question).to_be_visible()
        question.get_by_role("button", name="Nee, ga terug").click()
        expect(question).to_have_count(0)
        expect(wipe).to_be_focused()
        wipe.click()
        page.keyboard.press("Escape")
        expect(question).to_have_count(0)
        expect(page.locator(f"{SCAN} input:checked")).to_have_count(4)
        wipe.click()
        question.get_by_role("button", name="Ja, wis mijn antwoorden").click()
        expect(page.locator(f"{SCAN} input:checked")).to_have_count(0)
        expect(page.locator(f"{SCAN} [data-ld-result]")).to_be_hidden()


class TestChecklistAndReflection:
    def test_checklist_progress(self, page, fixture_server):
        """Ticking items updates the progress bar and the '1 van 3 afgevinkt' text."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        checklist = page.locator(CHECKLIST)
        expect(checklist.locator(".ld-progress [role=status]")).to_have_text("0 van 3 afgevinkt")
        checklist.get_by_label("Ik heb genoeg tijd ingepland.").check()
        expect(checklist.locator(".ld-progress [role=status]")).to_have_text("1 van 3 afgevinkt")
        expect(checklist.locator("progress")).to_have_js_property("value", 1)
        checklist.get_by_label("Ik heb genoeg tijd ingepland.").uncheck()
        expect(checklist.locator(".ld-progress [role=status]")).to_have_text("0 van 3 afgevinkt")

    def test_reflection_saved_as_you_type(self, page, fixture_server):
        """Typing an answer saves it in this browser and says so."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        reflection = page.locator(REFLECTION)
        reflection.get_by_label("Wat wil je in je volgende gesprek anders doen?").fill("Eerst luisteren.")
        expect(reflection.locator(".ld-status")).to_have_text("Opgeslagen in deze browser.")
        stored = json.loads(page.evaluate(f"localStorage.getItem('{STORAGE_KEY}')"))
        assert stored["items"]["voorbeeld/voorbeeld-reflectie/voornemen"]["a"] == "Eerst luisteren."


class TestAnnouncements:
    def test_every_component_announces_its_feedback(self, page, fixture_server):
        """Profile, checklist progress and 'saved' land in polite live regions that a screen reader reads out."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        for item, label in {"open-vragen": "Vaak", "advies-eerst": "Zelden", "afspraken-terug": "Zelden", "volgende-stap": "Soms"}.items():
            page.locator(f'{SCAN} [data-ld-item="{item}"]').get_by_label(label, exact=True).check()
        page.locator(CHECKLIST).get_by_label("Ik heb genoeg tijd ingepland.").check()
        page.locator(REFLECTION).get_by_label("Wat wil je in je volgende gesprek anders doen?").fill("Eerst luisteren.")
        expect(page.locator(f'{SCAN} .ld-sa__status[aria-live="polite"]')).to_have_text("Jouw profiel: Vragen stellen 4 (Sterk); Opvolgen 2,5 (Groeikans)")
        expect(page.locator(f'{CHECKLIST} .ld-progress [aria-live="polite"]')).to_have_text("1 van 3 afgevinkt")
        expect(page.locator(f'{REFLECTION} .ld-status[aria-live="polite"]')).to_have_text("Opgeslagen in deze browser.")


class TestPersistence:
    def test_answers_kept_over_a_reload(self, page, fixture_server):
        """After a reload every answer, check result, profile, tick and text is back."""
        open_module(page, fixture_server.url + MODULE_PAGE)
        answer_quiz_right(page)
        for item, label in {"open-vragen": "Vaak", "advies-eerst": "Zelden", "afspraken-terug": "Zelden", "volgende-stap": "Soms"}.items():
            page.locator(f'{SCAN} [data-ld-item="{item}"]').get_by_label(label, exact=True).check()
        page.locator(CHECKLIST).get_by_label("Ik heb genoeg tijd ingepland.").check()
        page.locator(REFLECTION).get_by_label("Wat wil je in je volgende gesprek anders doen?").fill("Eerst luisteren.")
        expect(page.locator(f"{REFLECTION} .ld-status")).to_have_text("Opgeslagen in deze browser.")
        page.reload()
        wait_mounted(page)
        expect(page.locator(f"{QUIZ} .ld-quiz__summary")).to_have_text("Je hebt 2 van de 2 vragen juist (100%). Geslaagd.")
        expect(question(page, "vragen-of-vertellen").get_by_label("Ik vraag hoe hij het zelf zou aanpakken.")).to_be_checked()
        expect(page.locator(f"{SCAN} .ld-sa__status")).to_have_text("Jouw profiel: Vragen stellen 4 (Sterk); Opvolgen 2,5 (Groeikans)")
        expect(page.locator(CHECKLIST).get_by_label("Ik heb genoeg tijd ingepland.")).to_be_checked()
        expect(page.locator(f"{CHECKLIST} .ld-progress [role=status]")).to_have_text("1 van 3 afgevinkt")
        expect(page.locator(REFLECTION).get_by_label("Wat wil je in je volgende gesprek anders doen?")).to_have_value("Eerst luisteren.")
