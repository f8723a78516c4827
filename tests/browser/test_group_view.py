"""Team scans in Chromium: a participant shares an anonymous code, the trainer's group view reads many.

A code is "LD1.<exercise>.<fingerprint>.<answers>.<checksum>" (docs/assets/leidraad/groupcode.js);
`code()` below writes one the way the browser does, so the tests can hand the group view any answers.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from conftest import KIT_COURSE
from macros.content.course import load_course
from macros.render.pages import version_of

EXERCISE = "voorbeeld-zelfscan"
# Four participants' answers to the four statements (open-vragen, advies-eerst (reverse), afspraken-terug,
# volgende-stap), on the scale 1..5.
ANSWERS = [[5, 2, 4, 4], [4, 2, 3, 5], [2, 4, 2, 3], [3, 3, 5, 4]]


def fnv(text: str) -> int:
    value = 0x811C9DC5
    for char in text:
        value = ((value ^ ord(char)) * 0x01000193) & 0xFFFFFFFF
    return value


def base36(number: int, length: int) -> str:
    digits = ""
    number %= 36 ** length
    while number:
        number, rest = divmod(number, 36)
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"[rest] + digits
    return digits.rjust(length, "0")


@pytest.fixture(scope="module")
def versions() -> list[str]:
    exercise = load_course(KIT_COURSE).exercise(EXERCISE)
    return [version_of(s, list(exercise.scale.labels)) for s in exercise.statements]


def code(versions: list[str], answers: list[int], exercise: str = EXERCISE) -> str:
    body = ".".join(["LD1", exercise, base36(fnv(",".join(versions)), 4), "".join(base36(a, 1) for a in answers)])
    return body + "." + base36(fnv(body), 4)


def damage(text: str) -> str:
    """One answer digit changed, as a mistyped code would have it."""
    parts = text.split(".")
    parts[3] = ("2" if parts[3][0] != "2" else "3") + parts[3][1:]
    return ".".join(parts)


def row(page: Page, selector: str) -> list[str]:
    return page.eval_on_selector(selector, "r => Array.from(r.cells, c => c.textContent.trim())")


@pytest.fixture
def group(page: Page, kit_server) -> Page:
    page.goto(kit_server.url + "trainers/groep.html")
    expect(page.locator(".ld-group__form")).to_be_visible()
    return page


class TestReadingCodes:
    def test_five_codes_one_damaged(self, group: Page, versions):
        """Of five codes one is damaged: four count, the damaged one is named, the tables are exact."""
        codes = [code(versions, a) for a in ANSWERS]
        bad = damage(code(versions, [1, 1, 1, 1]))
        group.fill("#ld-group-codes", "\n".join(codes[:2] + [bad] + codes[2:]))
        group.click("text=Toon de resultaten")
        expect(group.locator(".ld-group__summary")).to_have_text("4 van de 5 codes geteld.")
        expect(group.locator(".ld-group__errors li")).to_have_text([
            f"Regel 3: de code ‘{bad}’ is beschadigd (het controlegetal klopt niet). "
            "Vraag de deelnemer om de code opnieuw te kopiëren."])
        section = f'.ld-group__result[data-assessment="{EXERCISE}"]'
        expect(group.locator(section)).to_be_visible()
        # Per statement, the answers as given: average, then the count per scale point 1..5.
        assert row(group, f'{section} [data-statement="open-vragen"]')[2:] == ["3,5", "0", "1", "1", "1", "1"]
        assert row(group, f'{section} [data-statement="advies-eerst"]')[2:] == ["2,75", "0", "2", "1", "1", "0"]
        assert row(group, f'{section} [data-statement="afspraken-terug"]')[2:] == ["3,5", "0", "1", "1", "1", "1"]
        assert row(group, f'{section} [data-statement="volgende-stap"]')[2:] == ["4", "0", "0", "1", "2", "1"]
        # Per dimension, reverse statements recoded as in the profile; participants per band.
        assert row(group, f'{section} [data-dimension="vragen"]') == [
            "Vragen stellen", "3,38", "0", "2", "2", "3", "1", "Groeikans: 1 · Op weg: 1 · Sterk: 2"]
        assert row(group, f'{section} [data-dimension="opvolgen"]') == [
            "Opvolgen", "3,75", "0", "1", "2", "3", "2", "Groeikans: 1 · Sterk: 3"]
        width = group.eval_on_selector(f'{section} [data-statement="volgende-stap"] [data-cell="4"] .ld-group__bar > span',
                                       "bar => bar.style.width")
        assert width == "50%"
        violations = Axe().run(group).response["violations"]
        assert not violations, [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations]

    def test_fewer_than_three_shows_no_results(self, group: Page, versions):
        """With two valid codes nothing is shown, so no one can be recognised; a message says why."""
        group.fill("#ld-group-codes", "\n".join(code(versions, a) for a in ANSWERS[:2]) + "\nhallo")
        group.click("text=Toon de resultaten")
        expect(group.locator(".ld-group__summary")).to_have_text(
            "2 van de 3 codes geteld. Nog te weinig antwoorden om te tonen: de resultaten verschijnen vanaf 3 geldige "
            "codes, zodat niemand herkenbaar is. Nu zijn er 2.")
        expect(group.locator(".ld-group__errors li")).to_have_text(
            ["Regel 3: ‘hallo’ is geen code van een zelfscan. Een code begint met LD1."])
        expect(group.locator(".ld-group__result:visible")).to_have_count(0)

    def test_codes_of_another_scan_or_version_are_named(self, group: Page, versions):
        """A code of another self-assessment, or of changed statements, is refused with the reason."""
        codes = [code(versions, a) for a in ANSWERS[:3]]
        other = code(versions, [1, 2, 3, 4], exercise="andere-scan")
        changed = code(["0000000"] + versions[1:], [1, 2, 3, 4])
        group.fill("#ld-group-codes", "\n".join(codes + ["", other, changed]))
        group.click("text=Toon de resultaten")
        expect(group.locator(".ld-group__summary")).to_have_text("3 van de 5 codes geteld.")
        expect(group.locator(".ld-group__errors li")).to_have_text([
            f"Regel 5: de code ‘{other}’ hoort bij een andere zelfscan (andere-scan).",
            f"Regel 6: de code ‘{changed}’ hoort bij een andere versie van deze zelfscan; de uitspraken zijn intussen gewijzigd."])

    def test_loading_files(self, group: Page, versions):
        """Codes can be loaded as files; a bad file is named, the good ones count."""
        files = [{"name": f"zelfscan-{i}.txt", "mimeType": "text/plain", "buffer": (code(versions, a) + "\n").encode()}
                 for i, a in enumerate(ANSWERS)]
        files.append({"name": "kapot.txt", "mimeType": "text/plain", "buffer": damage(code(versions, ANSWERS[0])).encode()})
        group.set_input_files("#ld-group-files", files)
        expect(group.locator(".ld-group__summary")).to_have_text("4 van de 5 codes geteld.")
        expect(group.locator(".ld-group__errors li")).to_contain_text(["Bestand kapot.txt, regel 1: de code"])
        assert row(group, '[data-dimension="opvolgen"]')[1] == "3,75"

    def test_clear_removes_everything(self, group: Page, versions):
        """'Wis alles' empties the codes and hides the results again."""
        group.fill("#ld-group-codes", "\n".join(code(versions, a) for a in ANSWERS))
        group.click("text=Toon de resultaten")
        expect(group.locator(".ld-group__result:visible")).to_have_count(1)
        group.click("text=Wis alles")
        expect(group.locator(".ld-group__result:visible")).to_have_count(0)
        expect(group.locator("#ld-group-codes")).to_have_value("")
        expect(group.locator("#ld-group-codes")).to_be_focused()


class TestSharing:
    @pytest.fixture
    def filled(self, page: Page, kit_learner_server) -> Page:
        """A participant's complete self-assessment on the learner's site."""
        page.goto(kit_learner_server.url + "modules/voorbeeld.html")
        form = page.locator(f'form[data-ld-key="voorbeeld/{EXERCISE}"]')
        for statement, value in zip(["open-vragen", "advies-eerst", "afspraken-terug"], ANSWERS[0]):
            form.locator(f'[data-ld-item="{statement}"] input[value="{value}"]').check()
        expect(form.locator(".ld-share")).to_be_hidden()
        form.locator(f'[data-ld-item="volgende-stap"] input[value="{ANSWERS[0][3]}"]').check()
        return page

    def test_the_share_script_waits_for_a_complete_profile(self, page: Page, kit_learner_server):
        """A learner who has not finished the self-assessment does not download the share script."""
        page.goto(kit_learner_server.url + "modules/voorbeeld.html")
        page.locator(f'[data-ld-key="voorbeeld/{EXERCISE}"] [data-ld-item="open-vragen"] input[value="3"]').check()
        assert page.evaluate("typeof window.LeidraadCode") == "undefined"
        assert page.locator('script[src*="groupcode"]').count() == 0

    def test_a_complete_profile_gives_the_code(self, filled: Page, versions):
        """Once every statement is answered the share box shows the code of exactly these answers."""
        box = filled.locator(".ld-share")
        expect(box).to_be_visible()
        expect(box.locator(".ld-share__code")).to_have_value(code(versions, ANSWERS[0]))
        violations = Axe().run(filled).response["violations"]
        assert not violations, [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations]

    def test_copy_and_download(self, filled: Page, versions):
        """The code can be copied or downloaded as a small file holding just the code."""
        filled.context.grant_permissions(["clipboard-read", "clipboard-write"])
        filled.click("text=Kopieer de code")
        expect(filled.locator(".ld-share__status")).to_have_text("De code is gekopieerd. Plak ze in het bericht aan je trainer.")
        assert filled.evaluate("navigator.clipboard.readText()") == code(versions, ANSWERS[0])
        with filled.expect_download() as download:
            filled.click("text=Download als bestand")
        path = download.value.path()
        assert download.value.suggested_filename.startswith(f"zelfscan-{EXERCISE}-")
        assert open(path, encoding="utf-8").read() == code(versions, ANSWERS[0]) + "\n"

    def test_reset_hides_the_code(self, filled: Page):
        """Wiping the answers hides the share box again."""
        filled.locator(f'form[data-ld-key="voorbeeld/{EXERCISE}"] [data-ld-action=retry]').click()
        filled.click("[data-ld-confirm=yes]")
        expect(filled.locator(".ld-share")).to_be_hidden()

    def test_shared_code_is_read_by_the_group_view(self, filled: Page, kit_server, versions):
        """A code made on the learner's site is counted by the group view of the trainer's site, with others."""
        expect(filled.locator(".ld-share")).to_be_visible()  # its script loads once the profile is complete
        shared = filled.locator(".ld-share__code").input_value()
        filled.goto(kit_server.url + "trainers/groep.html")
        filled.fill("#ld-group-codes", "\n".join([shared] + [code(versions, a) for a in ANSWERS[1:]]))
        filled.click("text=Toon de resultaten")
        expect(filled.locator(".ld-group__summary")).to_have_text("4 van de 4 codes geteld.")
        assert row(filled, '[data-dimension="vragen"]')[1] == "3,38"
