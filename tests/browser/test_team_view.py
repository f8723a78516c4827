"""The team's view of the manager (issue 15, part 3) in Chromium: team members fill in the upward scan
on its own page and get an anonymous code; the manager pastes the codes into the module page and sees
the team's view beside their own self-scan, per dimension, from five distinct codes on.

Codes are written as the browser writes them (`code()` of test_group_view.py), so the tests can hand the
team view any answers. The module is 'delegeren': four dimensions of three statements each.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from conftest import MAIN_COURSE, script_errors
from macros.content.course import load_course
from test_group_view import code, row

MODULE, UPWARD, OWN = "delegeren", "delegeren-teamblik", "delegeren-zelfscan"
VIEW = ".ld-team-view"
CODES = "#ld-team-view-delegeren-codes"
# Five team members' answers in statement order: kaders x3, opvolgen x3, fouten x3, afstemmen x3.
TEAM = [[3, 3, 3, 2, 2, 2, 4, 4, 4, 5, 5, 5],
        [4, 4, 4, 3, 3, 3, 4, 4, 4, 4, 4, 4],
        [3, 4, 5, 2, 3, 2, 5, 5, 5, 4, 4, 4],
        [4, 4, 4, 2, 2, 2, 3, 3, 3, 4, 4, 4],
        [5, 5, 5, 3, 3, 3, 4, 4, 4, 4, 4, 4]]
# The manager's own answers ('tussendoor-controleren' is reversed: 2 counts as 4): 4, 4, 4 and 3 per dimension.
OWN_ANSWERS = {"resultaat-afspreken": 4, "grens-benoemen": 4, "hoe-loslaten": 4, "opvolging-vooraf": 4,
               "tussendoor-controleren": 2, "eerst-voorstel-vragen": 4, "leervraag": 4, "eigen-kader-bekijken": 4,
               "beslissing-laten": 4, "ervaring-afstemmen": 3, "wens-vragen": 3, "stap-voor-stap": 3}
TABLE = {"kaders": ["Heldere kaders en mandaten", "4", "4", "0: ongeveer gelijk",
                    "Zie je zelden: 0 · Zie je soms: 1 · Zie je vaak: 4"],
         "opvolgen": ["Opvolgen zonder micromanagement", "4", "2,47", "−1,53: je team ziet dit minder dan jij",
                      "Zie je zelden: 3 · Zie je soms: 2 · Zie je vaak: 0"],
         "fouten": ["Omgaan met fouten", "4", "4", "0: ongeveer gelijk", "Zie je zelden: 0 · Zie je soms: 1 · Zie je vaak: 4"],
         "afstemmen": ["Afstemmen op persoon en situatie", "3", "4,2", "+1,2: je team ziet dit meer dan jij",
                       "Zie je zelden: 0 · Zie je soms: 0 · Zie je vaak: 5"]}


@pytest.fixture(scope="module")
def versions() -> list[str]:
    layout = load_course(MAIN_COURSE).layouts[f"{MODULE}/{UPWARD}"]
    return [item["v"] for item in layout["items"]]


def team_codes(versions, people=TEAM) -> list[str]:
    return [code(versions, answers, exercise=UPWARD) for answers in people]


def errors_of(page: Page) -> list[str]:
    return script_errors(page)


def no_axe_violations(page: Page) -> None:
    violations = Axe().run(page).response["violations"]
    assert not violations, [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations]


@pytest.fixture
def manager(page: Page, course_server) -> Page:
    """The manager's module page, the team view ready for codes."""
    page.goto(course_server.url + f"modules/{MODULE}.html")
    expect(page.locator(f"{VIEW} .ld-team-view__form")).to_be_visible()
    return page


def fill_own_scan(page: Page) -> None:
    form = page.locator(f'form[data-ld-key="{MODULE}/{OWN}"]')
    for statement, value in OWN_ANSWERS.items():
        form.locator(f'[data-ld-item="{statement}"] input[value="{value}"]').check()
    expect(form.locator("[data-ld-result]")).to_be_visible()


def paste(page: Page, codes: list[str] | str) -> None:
    page.fill(CODES, codes if isinstance(codes, str) else "\n".join(codes))
    page.click("text=Toon het teamblik")


class TestTeamMembersPage:
    def test_a_team_member_answers_and_gets_the_code(self, page: Page, course_server, versions):
        """The team member's page is outside the menu; answering every statement gives the code of exactly these answers."""
        page.goto(course_server.url + f"modules/{MODULE}.html")
        assert page.locator('a[href*="teamblik/"]:not(.ld-team-view__page)').count() == 0
        page.goto(course_server.url + f"teamblik/{MODULE}.html")
        expect(page.locator("h1")).to_contain_text("Hoe delegeert je leidinggevende?")
        expect(page.locator(".md-sidebar--primary")).to_be_hidden()
        form = page.locator(f'form[data-ld-key="{MODULE}/{UPWARD}"]')
        expect(form.locator(".ld-disclaimer")).to_contain_text("geen beoordeling")
        statements = form.locator("[data-ld-item]")
        expect(statements).to_have_count(12)
        for index, value in enumerate(TEAM[0]):
            statements.nth(index).locator(f'input[value="{value}"]').check()
        box = form.locator(".ld-share")
        expect(box).to_be_visible()
        expect(box).to_contain_text("Geef je anonieme code door")
        expect(box.locator(".ld-share__code")).to_have_value(team_codes(versions)[0])
        no_axe_violations(page)


class TestTheTeamsView:
    def test_five_codes_show_the_view_beside_the_self_scan(self, manager: Page, versions):
        """Five distinct codes (one given twice) show per dimension the own score, the team's average, the gap and the spread."""
        fill_own_scan(manager)
        codes = team_codes(versions)
        paste(manager, codes[:3] + [codes[1]] + codes[3:])
        expect(manager.locator(".ld-team-view__summary")).to_have_text(
            "5 van de 6 codes geteld. Een code die meer dan eens voorkomt, telt één keer (1 herhaald). "
            "Het teamblik van 5 teamleden staat in de tabel hieronder.")
        expect(manager.locator(".ld-team-view__errors li")).to_have_count(0)
        expect(manager.locator(".ld-team-view__result")).to_be_visible()
        for dimension, cells in TABLE.items():
            assert row(manager, f'.ld-team-view__table [data-dimension="{dimension}"]') == cells
        no_axe_violations(manager)

    def test_the_pasted_codes_survive_a_reload(self, manager: Page, versions):
        """The distinct valid codes are kept in this browser: after a reload the view is back, without the repeat."""
        fill_own_scan(manager)
        codes = team_codes(versions)
        paste(manager, codes + [codes[0], "rommel"])
        expect(manager.locator(".ld-team-view__result")).to_be_visible()
        manager.reload()
        expect(manager.locator(CODES)).to_have_value("\n".join(codes))
        expect(manager.locator(".ld-team-view__result")).to_be_visible()
        assert row(manager, '.ld-team-view__table [data-dimension="opvolgen"]') == TABLE["opvolgen"]
        manager.click("text=Wis de codes")
        manager.get_by_role("button", name="Ja, wis de codes").click()
        expect(manager.locator(".ld-team-view__result")).to_be_hidden()
        manager.reload()
        expect(manager.locator(CODES)).to_have_value("")

    def test_four_codes_show_nothing(self, manager: Page, versions):
        """Four distinct codes (one repeated) show no figures, and say how many more are needed."""
        fill_own_scan(manager)
        codes = team_codes(versions)[:4]
        paste(manager, codes + [codes[2]])
        expect(manager.locator(".ld-team-view__summary")).to_have_text(
            "4 van de 5 codes geteld. Een code die meer dan eens voorkomt, telt één keer (1 herhaald). "
            "Het teamblik verschijnt vanaf 5 verschillende codes, zodat niemands antwoorden herkenbaar zijn. "
            "Nu zijn er 4; nog 1 nodig.")
        expect(manager.locator(".ld-team-view__result")).to_be_hidden()
        assert manager.locator('.ld-team-view__table [data-cell="team"]').all_text_contents() == ["", "", "", ""]

    def test_the_view_waits_for_the_own_scan(self, manager: Page, versions):
        """Without the manager's own self-scan the team's view shows, and the gaps wait for it; they follow once it is done."""
        paste(manager, team_codes(versions))
        expect(manager.locator(".ld-team-view__summary")).to_contain_text("Vul je eigen zelfscan van deze module in")
        assert row(manager, '.ld-team-view__table [data-dimension="afstemmen"]')[1:4] == ["nog niet ingevuld", "4,2", "–"]
        fill_own_scan(manager)
        expect(manager.locator('.ld-team-view__table [data-dimension="afstemmen"] [data-cell="gap"]')).to_have_text(
            "+1,2: je team ziet dit meer dan jij")


class TestCodesThatDoNotCount:
    def test_a_code_of_a_changed_scan_or_another_scan_is_refused(self, manager: Page, versions):
        """A code made before the statements changed, and a code of the manager's own self-scan, are refused with the reason."""
        codes = team_codes(versions)
        changed = code(["0000000"] + versions[1:], TEAM[0], exercise=UPWARD)
        own = code(["x"] * 12, OWN_ANSWERS.values(), exercise=OWN)
        paste(manager, codes[:4] + [changed, own])
        expect(manager.locator(".ld-team-view__errors li")).to_have_text([
            f"Regel 5: de code ‘{changed}’ hoort bij een oudere versie van deze vragenlijst; de uitspraken zijn "
            "intussen gewijzigd. Laat de vragenlijst opnieuw invullen via de link.",
            f"Regel 6: de code ‘{own}’ hoort bij een andere vragenlijst (Hoe delegeer ik?), niet bij dit teamblik."])
        expect(manager.locator(".ld-team-view__summary")).to_contain_text("4 van de 6 codes geteld.")
        expect(manager.locator(".ld-team-view__result")).to_be_hidden()

    def test_hostile_input_gives_one_line_and_breaks_nothing(self, manager: Page, versions):
        """Binary junk, a huge paste and constructor-like ids each give one clear line; five good codes still work after."""
        errors = errors_of(manager)
        junk = "\n".join("\x00\x01\ufffd\x7f" * 20 + chr(0x2603) * i for i in range(40))
        paste(manager, junk)
        expect(manager.locator(".ld-team-view__errors li")).to_have_text([
            "40 regels zijn geen bruikbare code van dit teamblik (de eerste: Regel 1). "
            "Plak alleen de codes van je teamleden, één per regel."])
        paste(manager, "LD1." + "9" * 60000)
        expect(manager.locator(".ld-team-view__errors li")).to_have_text([
            "Dit is te veel tekst voor een lijst codes (60004 tekens). Plak alleen de codes van je teamleden, één per regel."])
        for name in ("__proto__", "hasOwnProperty", "constructor"):
            paste(manager, code(versions, TEAM[0], exercise=name))
            expect(manager.locator(".ld-team-view__errors li")).to_have_count(1)
        expect(manager.locator(".ld-team-view__errors li")).to_contain_text("hoort bij een andere vragenlijst (constructor)")
        fill_own_scan(manager)
        paste(manager, team_codes(versions))
        expect(manager.locator(".ld-team-view__result")).to_be_visible()
        assert errors == []

    def test_kept_codes_of_the_wrong_shape_are_ignored(self, manager: Page, versions, course_server):
        """Stored 'codes' that are no list of short texts are left out: the page loads whole, with an empty box."""
        errors = errors_of(manager)
        key = manager.evaluate("Leidraad.store.KEY")
        for kept in ({"constructor": 1}, ["x" * 5000], "LD1"):
            manager.evaluate("([k, a]) => localStorage.setItem(k, JSON.stringify({format: 2, items: "
                             "{'_teamblik/delegeren/delegeren-teamblik': {v: '1', a: a, t: 1}}}))", [key, kept])
            manager.reload()
            expect(manager.locator(f"{VIEW} .ld-team-view__form")).to_be_visible()
            expect(manager.locator(CODES)).to_have_value("")
        assert errors == []


@pytest.mark.parametrize("path", [f"modules/{MODULE}.html", f"teamblik/{MODULE}.html"])
def test_no_horizontal_scroll_at_320_pixels(page: Page, course_server, versions, path):
    """At 320 px the page does not scroll sideways, with the team's view shown (the table scrolls in its own box)."""
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(course_server.url + path)
    if path.startswith("modules/"):
        paste(page, team_codes(versions))
        expect(page.locator(".ld-team-view__result")).to_be_visible()
    width = page.evaluate("document.scrollingElement.scrollWidth")
    assert width <= 320, f"{path} is {width} px wide at a 320 px viewport"


class TestFromDisk:
    def test_the_view_works_from_file_and_says_the_address_is_local(self, page: Page, course_site, versions):
        """Opened from disk, five codes still show the team's view, and the page says its address is no link for the team."""
        page.goto((course_site / "modules" / f"{MODULE}.html").as_uri())
        expect(page.locator(f"{VIEW} .ld-team-view__form")).to_be_visible()
        expect(page.locator(".ld-team-view__local")).to_contain_text("je teamleden kunnen dit adres niet openen")
        fill_own_scan(page)
        paste(page, team_codes(versions))
        for dimension, cells in TABLE.items():
            assert row(page, f'.ld-team-view__table [data-dimension="{dimension}"]') == cells

    def test_served_the_page_hands_out_its_address_without_a_warning(self, manager: Page):
        """On a web server the address is the one to hand out: no warning beside it."""
        expect(manager.locator(".ld-team-view__address input")).to_have_value(
            manager.url.rsplit("/modules/", 1)[0] + f"/teamblik/{MODULE}.html")
        expect(manager.locator(".ld-team-view__local")).to_have_count(0)
