"""Presentation mode as a trainer runs a room with it, by keyboard only: a title slide per workshop
block, quiz answers revealed on demand, speaker notes in a window of their own, the block's timer,
and slides that fit a portrait phone without hiding text behind the controls.

The timer is driven by Playwright's clock (page.clock), never by waiting real time.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from engine_support import violations

SLIDES = "trainers/voorbeeld-presentatie.html"
CURRENT = ".ld-slide[data-current]"


def present(page: Page, url: str) -> Page:
    """Open the slides and start presenting with the keyboard (Tab to the start button, Enter)."""
    page.goto(url + SLIDES)
    start = page.get_by_role("button", name="Start de presentatie")
    expect(start).to_be_visible()
    start.focus()
    page.keyboard.press("Enter")
    expect(page.locator(".ld-slides__counter")).to_have_text("1 / 14")
    return page


def go_to(page: Page, title: str) -> None:
    """Press → until the slide with this heading is on screen (at most once through the deck)."""
    for _ in range(14):
        if page.locator(f"{CURRENT} h2").text_content().strip() == title:
            return
        before = page.locator(".ld-slides__counter").text_content()
        page.keyboard.press("ArrowRight")
        expect(page.locator(".ld-slides__counter")).not_to_have_text(before)
    raise AssertionError(f"no slide '{title}'")


class TestBlocks:
    def test_every_block_has_a_title_slide_with_its_minutes(self, page: Page, kit_server):
        """After the agenda, each block of the plan opens with a slide saying which block, how long, and its goal."""
        present(page, kit_server.url)
        go_to(page, "Agenda")
        expect(page.locator(f"{CURRENT} li")).to_have_text(["Opening (10 min)", "Oefenen in drietallen (40 min)",
                                                             "Nabespreking (15 min)"])
        for n, (activity, minutes) in enumerate([("Opening", 10), ("Oefenen in drietallen", 40), ("Nabespreking", 15)], 1):
            page.keyboard.press("ArrowRight")
            expect(page.locator(f"{CURRENT} h2")).to_have_text(activity)
            expect(page.locator(f"{CURRENT} .ld-slide__kicker")).to_have_text(f"Blok {n} van 3 · {minutes} min")
            expect(page.get_by_role("timer")).to_have_text(f"{minutes}:00")


class TestReveal:
    def test_a_to_reveal_the_answer_of_a_quiz_question(self, page: Page, kit_server):
        """On a question, the answer is hidden; A shows the right option marked and the explanation, and
        announces it; leaving the slide hides it again for the next time."""
        present(page, kit_server.url)
        go_to(page, "Vraag 1 van 2")
        slide = page.locator(CURRENT)
        answer = slide.locator(".ld-slide__answer")
        expect(answer).to_be_hidden()
        expect(slide.locator(".ld-slide__mark")).to_be_hidden()
        expect(page.get_by_role("button", name="Antwoord (A)")).to_be_visible()
        page.keyboard.press("a")
        expect(answer).to_be_visible()
        expect(answer).to_contain_text("Juist: ")
        expect(slide.locator("[data-correct] .ld-slide__mark").first).to_be_visible()
        expect(page.locator(".ld-slides__announce")).to_contain_text("Antwoord: Juist: ")
        expect(page.get_by_role("button", name="Antwoord (A)")).to_be_hidden()
        assert violations(page) == []
        page.keyboard.press("ArrowRight")
        page.keyboard.press("ArrowLeft")
        expect(page.locator(f"{CURRENT} h2")).to_have_text("Vraag 1 van 2")
        expect(page.locator(f"{CURRENT} .ld-slide__answer")).to_be_hidden()

    def test_a_does_nothing_on_other_slides(self, page: Page, kit_server):
        """A on a slide that is no question changes nothing and shows no answer button."""
        present(page, kit_server.url)
        expect(page.get_by_role("button", name="Antwoord (A)")).to_be_hidden()
        page.keyboard.press("a")
        expect(page.locator(".ld-slides__counter")).to_have_text("1 / 14")
        expect(page.locator(".ld-slide__answer:visible")).to_have_count(0)


class TestSpeakerNotes:
    def test_n_opens_the_notes_in_their_own_window_and_they_follow_the_slides(self, page: Page, kit_server):
        """N opens a window with the current slide's instructions and facilitator notes, the block's
        time and the next slide's title; moving on in the presentation updates it."""
        present(page, kit_server.url)
        go_to(page, "Oefenen in drietallen")
        with page.expect_popup() as opened:
            page.keyboard.press("n")
        notes = opened.value
        expect(notes.locator("h1")).to_have_text("Oefenen in drietallen")
        expect(notes.locator("main")).to_contain_text("Coach, coachee en observator wisselen na elke ronde.")
        expect(notes.locator("main")).to_contain_text("Let erop dat de observator turft, niet meepraat.")
        expect(notes.locator("[data-notes=time]")).to_have_text("40:00")
        expect(notes.locator("main")).to_contain_text("Volgende dia: Nabespreking")
        expect(notes).to_have_title("Notities: Oefenen in drietallen")
        page.bring_to_front()
        page.keyboard.press("ArrowRight")
        expect(notes.locator("h1")).to_have_text("Nabespreking")
        expect(notes.locator("main")).to_contain_text("Bespreek plenair wat opviel.")
        # The projected slide never shows the notes.
        expect(page.locator(f"{CURRENT} .ld-slide__notes")).to_be_hidden()

    def test_without_a_window_the_notes_show_under_the_slide(self, page: Page, kit_server):
        """When the browser refuses a window, N shows the notes under the slide instead, above the bar."""
        page.add_init_script("window.open = function () { return null; };")
        present(page, kit_server.url)
        go_to(page, "Oefenen in drietallen")
        page.keyboard.press("n")
        panel = page.get_by_role("region", name="Notities voor de trainer")
        expect(panel).to_be_visible()
        expect(panel).to_contain_text("Let erop dat de observator turft, niet meepraat.")
        expect(page.locator(".ld-slides__announce")).to_contain_text("liet geen apart venster toe")
        bar = page.locator(".ld-slides__bar").bounding_box()
        box = panel.bounding_box()
        assert box["y"] + box["height"] <= bar["y"] + 0.5
        assert violations(page) == []
        page.keyboard.press("n")
        expect(panel).to_be_hidden()


class TestTimer:
    @pytest.fixture
    def timed(self, page: Page, kit_server) -> Page:
        page.clock.install()
        present(page, kit_server.url)
        go_to(page, "Oefenen in drietallen")
        return page

    def test_t_starts_and_pauses_the_blocks_timer(self, timed: Page):
        """T starts the 40 minutes of the block counting down and T again pauses them."""
        timer = timed.get_by_role("timer")
        expect(timer).to_have_text("40:00")
        timed.keyboard.press("t")
        expect(timed.get_by_role("button", name="Timer (T)")).to_have_attribute("aria-pressed", "true")
        timed.clock.run_for("05:00")
        expect(timer).to_have_text("35:00")
        timed.keyboard.press("t")
        expect(timed.get_by_role("button", name="Timer (T)")).to_have_attribute("aria-pressed", "false")
        expect(timed.locator(".ld-slides__announce")).to_contain_text("Timer gepauzeerd: nog 35:00")
        timed.clock.run_for("02:00")
        expect(timer).to_have_text("35:00")

    def test_each_block_keeps_its_own_time_and_r_sets_it_back(self, timed: Page):
        """Moving to the next block shows its own minutes; coming back shows what was left; R resets."""
        timer = timed.get_by_role("timer")
        timed.keyboard.press("t")
        timed.clock.run_for("10:00")
        expect(timer).to_have_text("30:00")
        timed.keyboard.press("ArrowRight")  # block 3, Nabespreking: the timer goes on with its 15 minutes
        expect(timer).to_have_text("15:00")
        timed.clock.run_for("01:00")
        expect(timer).to_have_text("14:00")
        timed.keyboard.press("ArrowLeft")
        expect(timer).to_have_text("30:00")
        timed.keyboard.press("r")
        expect(timer).to_have_text("40:00")
        expect(timed.locator(".ld-slides__announce")).to_contain_text("Timer terug op 40:00")

    def test_the_slides_after_a_block_keep_its_timer(self, timed: Page):
        """A quiz slide shown during a block does not change the block's time."""
        timer = timed.get_by_role("timer")
        timed.keyboard.press("t")
        timed.clock.run_for("03:00")
        timed.keyboard.press("End")
        expect(timer).to_have_text("37:00")

    def test_time_up_is_shown_and_announced(self, timed: Page):
        """Past the block's minutes the timer counts the time over, in red, and says the time is up."""
        timer = timed.get_by_role("timer")
        timed.keyboard.press("t")
        timed.clock.run_for("40:30")
        expect(timer).to_have_text("+0:30")
        expect(timer).to_have_class("ld-slides__timer ld-slides__timer--over")
        assert violations(timed) == []
        expect(timed.locator(".ld-slides__announce")).to_have_text("De tijd voor ‘Oefenen in drietallen’ is om.")


#: For the slide on screen: is the bar below the deck, the slide's top in view, and its end reachable above the bar?
LAYOUT = """() => {
  const deck = document.querySelector('.ld-slides__deck'), bar = document.querySelector('.ld-slides__bar');
  const slide = document.querySelector('.ld-slide[data-current]');
  const shown = [...slide.children].filter(c => c.getClientRects().length);
  deck.scrollTop = deck.scrollHeight;
  const end = shown[shown.length - 1].getBoundingClientRect().bottom;
  deck.scrollTop = 0;
  return {deckEnd: deck.getBoundingClientRect().bottom, barTop: bar.getBoundingClientRect().top,
          start: shown[0].getBoundingClientRect().top, deckTop: deck.getBoundingClientRect().top, end: end};
}"""


class TestPortrait:
    @pytest.mark.parametrize("size", [{"width": 390, "height": 844}, {"width": 320, "height": 568}])
    def test_no_text_hides_behind_the_controls(self, page: Page, course_trainer_server, size):
        """On a portrait phone every slide of a real module, answers revealed, starts in view and ends
        above the bar of controls, which never covers the slide."""
        page.set_viewport_size(size)
        page.goto(course_trainer_server.url + "trainers/delegeren-presentatie.html")
        page.get_by_role("button", name="Start de presentatie").click()
        total = int(page.locator(".ld-slides__counter").text_content().split("/")[1])
        problems = []
        for n in range(1, total + 1):
            expect(page.locator(".ld-slides__counter")).to_have_text(f"{n} / {total}")
            page.keyboard.press("a")
            box = page.evaluate(LAYOUT)
            if box["deckEnd"] > box["barTop"] + 0.5 or box["end"] > box["barTop"] + 0.5 or box["start"] < box["deckTop"] - 0.5:
                problems.append((n, box))
            page.keyboard.press("ArrowRight")
        assert problems == []
        assert page.evaluate("document.scrollingElement.scrollWidth") <= size["width"]
