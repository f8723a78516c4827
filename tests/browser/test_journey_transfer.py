"""Nothing lost: export and import of all progress, answers an author's change made void, two courses
on one host, and a browser that refuses to store."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import Page, expect

from conftest import Server, script_errors
from journey_steps import (CHANGED_QUESTION, KEY, TWEEDE_QUESTION, TWEEDE_REFLECTION, answer_quiz, current_version,
                           envelope, expect_status, finish_tweede, import_file, start_voorbeeld, stored, variant_sites,
                           write_reflection)


@pytest.fixture(scope="module")
def variants(tmp_path_factory, fixture_site):
    """v1/, v2/ (one question reworded), v3/ (a module and an item removed) and b/ (another course) on one host."""
    server = Server(variant_sites(tmp_path_factory.mktemp("variants"), fixture_site))
    yield server
    server.close()


def some_progress(page: Page, base: str) -> None:
    """Answers in two modules, an adopted action and a name."""
    finish_tweede(page, base)
    start_voorbeeld(page, base)
    page.goto(base + "modules/tweede.html")
    page.click('[data-ld-item="vraag-om-feedback"] [data-ld-action=adopt]')
    page.goto(base + "certificaat.html")
    page.fill("#ld-certificate-name", "Sara Peeters")


def export(page: Page, base: str):
    page.goto(base + "voortgang.html")
    with page.expect_download() as download:
        page.click("[data-ld-action=export]")
    return download.value


class TestExportImport:
    def test_export_clear_import_gives_exactly_the_same_state(self, page: Page, fixture_server):
        """Export, clear the browser, import with 'Vervangen': the stored progress is exactly what it was."""
        some_progress(page, fixture_server.url)
        before = stored(page)
        download = export(page, fixture_server.url)
        envelope_data = json.loads(open(download.path(), encoding="utf-8").read())
        assert (envelope_data["type"], envelope_data["version"], envelope_data["storageId"], envelope_data["format"]) == \
            ("leidraad-voortgang", 1, "leidraad-test", 2)
        assert envelope_data["data"] == before
        page.evaluate("localStorage.clear()")
        page.reload()
        expect_status(page, "tweede", "niet begonnen")
        import_file(page, download.path())
        expect(page.locator("[data-ld-import-summary]")).to_contain_text("3 antwoorden en 1 acties")
        expect(page.locator("[data-ld-action=merge]")).to_be_focused()
        page.click("[data-ld-action=replace]")
        expect(page.locator(".ld-transfer__status")).to_have_text("Je voortgang is vervangen door die uit het bestand.")
        assert stored(page) == before
        expect_status(page, "tweede", "klaar")

    @pytest.mark.parametrize("content, message", [
        ("{not json", "geen geldig JSON-bestand"),
        (json.dumps({"hello": "world"}), "Dit is geen voortgangsbestand van Leidraad."),
        (envelope({"format": 1, "items": {}, "results": {}}, storageId="andere-cursus", course="Andere cursus"),
         "Dit bestand hoort bij een andere cursus (‘Andere cursus’)."),
        (envelope({"format": 1, "items": {}, "results": {}}, version=2), "een formaat dat deze cursus niet kent (versie 2)"),
        (envelope({"format": 1, "items": {"tweede/tweede-quiz/concreet": {"v": "1aada361", "a": 1}}, "results": {}}),
         "beschadigd: data.items['tweede/tweede-quiz/concreet'] klopt niet"),
        (envelope({"format": 1, "items": [], "results": {}}), "beschadigd: data klopt niet"),
        (envelope({"format": 2, "items": {}, "dropped": {"tweede/tweede-quiz/concreet": "gisteren"}}),
         "beschadigd: data.dropped['tweede/tweede-quiz/concreet'] klopt niet"),
        (envelope({"format": 1, "items": {}, "results": {}}, exported="gisteren"), "beschadigd: exported klopt niet"),
    ], ids=["not-json", "not-leidraad", "other-course", "newer-version", "item-without-time", "items-not-a-map",
            "notice-without-time", "no-date"])
    def test_a_wrong_or_damaged_file_is_refused_and_changes_nothing(self, page: Page, fixture_server, tmp_path, content, message):
        """A wrong or damaged file gets a clear message; the progress in the browser stays exactly as it was."""
        finish_tweede(page, fixture_server.url)
        page.goto(fixture_server.url + "voortgang.html")
        before = page.evaluate("k => localStorage.getItem(k)", KEY)
        path = tmp_path / "voortgang.json"
        path.write_text(content, encoding="utf-8")
        import_file(page, path)
        expect(page.locator(".ld-transfer__error")).to_contain_text(message)
        expect(page.locator(".ld-transfer__error")).to_contain_text("Er is niets veranderd.")
        expect(page.locator(".ld-import-choice")).to_be_hidden()
        assert page.evaluate("k => localStorage.getItem(k)", KEY) == before

    def test_merge_keeps_the_newest_answer_of_each_item(self, page: Page, fixture_server, tmp_path):
        """'Samenvoegen' keeps both sides' answers and, for an answer in both, the newer one."""
        page.goto(fixture_server.url + "voortgang.html")
        moment = "voorbeeld/voorbeeld-reflectie/moment"
        v1, v2 = current_version(page, TWEEDE_REFLECTION), current_version(page, moment)
        mine = {"format": 1, "results": {}, "items": {
            TWEEDE_REFLECTION: {"v": v1, "a": "nieuw in de browser", "t": 2000},
            moment: {"v": v2, "a": "oud in de browser", "t": 1000}}}
        theirs = {"format": 1, "results": {}, "items": {
            TWEEDE_REFLECTION: {"v": v1, "a": "oud in het bestand", "t": 1500},
            moment: {"v": v2, "a": "nieuw in het bestand", "t": 3000},
            "_plan/_eigen/a1": {"v": "plan", "a": {"what": "Iets nieuws", "created": 3000}, "t": 3000}}}
        page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, json.dumps(mine)])
        path = tmp_path / "voortgang.json"
        path.write_text(envelope(theirs), encoding="utf-8")
        import_file(page, path)
        page.click("[data-ld-action=merge]")
        expect(page.locator(".ld-transfer__status")).to_have_text(
            "Samengevoegd: 2 antwoorden uit het bestand overgenomen, 1 nieuwere uit deze browser behouden.")
        items = stored(page)["items"]
        assert {k: v["a"] for k, v in items.items() if not k.startswith("_")} == {
            TWEEDE_REFLECTION: "nieuw in de browser", moment: "nieuw in het bestand"}
        assert items["_plan/_eigen/a1"]["a"]["what"] == "Iets nieuws"

    def test_cancel_changes_nothing(self, page: Page, fixture_server):
        """'Annuleren' after choosing a file leaves the progress as it was."""
        finish_tweede(page, fixture_server.url)
        download = export(page, fixture_server.url)
        page.evaluate("localStorage.clear()")
        page.reload()
        import_file(page, download.path())
        page.click("[data-ld-action=cancel]")
        expect(page.locator(".ld-transfer__status")).to_have_text("Inlezen geannuleerd; er is niets veranderd.")
        assert stored(page) is None


class TestContentChanges:
    def test_overview_names_the_changed_question_and_keeps_the_other_answers(self, page: Page, variants):
        """After an author rewords one question, the overview names it; only that answer is gone."""
        finish_tweede(page, variants.url + "v1/")
        start_voorbeeld(page, variants.url + "v1/")
        before = stored(page)
        page.goto(variants.url + "v2/voortgang.html")
        notice = page.locator(".ld-dropped-notice")
        expect(notice).to_be_visible()
        expect(notice.locator("li")).to_have_text([f"“{CHANGED_QUESTION}” — Feedback geven"])
        after = stored(page)
        assert set(before["items"]) - set(after["items"]) == {TWEEDE_REFLECTION}
        assert all(after["items"][k] == v for k, v in before["items"].items() if k != TWEEDE_REFLECTION)
        expect_status(page, "tweede", "bezig")
        expect(page.locator('[data-ld-exercise="tweede/tweede-reflectie"] [data-ld-result]')).to_have_text("nog niet gemaakt")

    def test_without_the_item_texts_the_changed_answer_is_named_by_its_exercise(self, page: Page, variants):
        """If the file with the items' texts cannot be loaded, the overview still lists the voided answer,
        by its exercise's title."""
        finish_tweede(page, variants.url + "v1/")
        page.route("**/item-texts.js", lambda route: route.fulfill(status=404, body=""))
        page.goto(variants.url + "v2/voortgang.html")
        expect(page.locator(".ld-dropped-notice li")).to_have_text(["Reflectie op feedback — Feedback geven"])

    def test_a_change_found_on_the_module_page_is_also_listed_in_the_overview(self, page: Page, variants):
        """The module page names the changed question by its text; the overview lists it until dismissed."""
        finish_tweede(page, variants.url + "v1/")
        page.goto(variants.url + "v2/modules/tweede.html")
        expect(page.locator(".ld-dropped")).to_contain_text(f"“{CHANGED_QUESTION}”")
        page.goto(variants.url + "v2/voortgang.html")
        expect(page.locator(".ld-dropped-notice li")).to_have_count(1)
        page.click("[data-ld-action=dismiss]")
        expect(page.locator(".ld-dropped-notice")).to_be_hidden()
        page.reload()
        expect(page.locator(".ld-dropped-notice")).to_be_hidden()

    def test_answering_the_changed_question_again_clears_the_notice(self, page: Page, variants):
        """Once the learner answers the reworded question again, the overview no longer lists it."""
        finish_tweede(page, variants.url + "v1/")
        page.goto(variants.url + "v2/voortgang.html")
        expect(page.locator(".ld-dropped-notice li")).to_have_count(1)
        page.goto(variants.url + "v2/modules/tweede.html")
        write_reflection(page, TWEEDE_REFLECTION, "Opnieuw beantwoord.")
        page.goto(variants.url + "v2/voortgang.html")
        expect_status(page, "tweede", "klaar")
        expect(page.locator(".ld-dropped-notice")).to_be_hidden()

    def test_a_removed_module_or_item_breaks_nothing(self, page: Page, variants):
        """With a module and a checklist item removed, the pages work; the old answers are left alone."""
        errors = script_errors(page)
        finish_tweede(page, variants.url + "v1/")
        page.goto(variants.url + "v1/modules/voorbeeld.html")
        page.locator('[data-ld-item="afspraak"] input').check()
        before = stored(page)
        for path in ["voortgang.html", "ontwikkelplan.html", "certificaat.html", "modules/voorbeeld.html"]:
            page.goto(variants.url + "v3/" + path)
        page.goto(variants.url + "v3/voortgang.html")
        expect(page.locator(".ld-course-progress__text")).to_have_text(re.compile(r"^0 van 1 modules klaar( ·|$)"))
        expect(page.locator(".ld-dropped-notice")).to_be_hidden()
        assert errors == []
        assert set(before["items"]) <= set(stored(page)["items"])


class TestTwoCourses:
    def test_two_courses_on_one_host_keep_separate_progress(self, page: Page, variants):
        """Progress in one course does not show in another course served from the same host."""
        finish_tweede(page, variants.url + "v1/")
        page.goto(variants.url + "b/voortgang.html")
        expect_status(page, "tweede", "niet begonnen")
        finish_tweede(page, variants.url + "b/", reflection="In de andere cursus.", key="leidraad:leidraad-test-b")
        assert stored(page, "leidraad:leidraad-test-b")["items"][TWEEDE_REFLECTION]["a"] == "In de andere cursus."
        assert stored(page)["items"][TWEEDE_REFLECTION]["a"] != "In de andere cursus."
        page.goto(variants.url + "v1/voortgang.html")
        expect_status(page, "tweede", "klaar")
        expect_status(page, "voorbeeld", "niet begonnen")

    def test_a_file_of_the_other_course_is_refused(self, page: Page, variants):
        """An export of one course cannot be imported into the other."""
        finish_tweede(page, variants.url + "b/", key="leidraad:leidraad-test-b")
        download = export(page, variants.url + "b/")
        page.goto(variants.url + "v1/voortgang.html")
        import_file(page, download.path())
        expect(page.locator(".ld-transfer__error")).to_contain_text("hoort bij een andere cursus (‘Tweede testcursus’)")
        assert stored(page) is None


REFUSE_STORAGE = """Storage.prototype.setItem = function () {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };"""


class TestStorageRefused:
    def test_learner_is_told_and_can_export_what_they_wrote(self, page: Page, fixture_server):
        """When the browser refuses to store, a warning offers the export, and the file holds the new answers."""
        page.add_init_script(REFUSE_STORAGE)
        page.goto(fixture_server.url + "modules/tweede.html")
        answer_quiz(page, "tweede/tweede-quiz", "concreet", 1)
        page.fill(f'textarea[name="{TWEEDE_REFLECTION}"]', "Dit mag niet verloren gaan.")
        warning = page.locator(".ld-storage-warning")
        expect(warning).to_be_visible()
        expect(warning).to_have_attribute("role", "alert")
        expect(warning).to_contain_text("Je browser bewaart je antwoorden niet")
        expect(warning.locator("a")).to_have_attribute("href", fixture_server.url + "voortgang.html")
        expect(page.locator(".md-nav--primary a[href$='tweede.html'] .ld-navmark").first).to_have_attribute("data-ld-status", "done")
        with page.expect_download() as download:
            warning.locator("button").click()
        saved = json.loads(open(download.value.path(), encoding="utf-8").read())["data"]
        assert saved["items"][TWEEDE_REFLECTION]["a"] == "Dit mag niet verloren gaan."
        assert saved["items"]["tweede/tweede-quiz/concreet"]["a"] == {"c": [1], "k": True}
        assert "results" not in saved  # derived from the answers, never stored

    def test_progress_page_from_file_url_exports_too(self, page: Page, fixture_site):
        """Opened from file://, the overview works and the export downloads."""
        page.goto((fixture_site / "modules" / "tweede.html").as_uri())
        answer_quiz(page, "tweede/tweede-quiz", "concreet", 1)
        write_reflection(page, TWEEDE_REFLECTION, "Vanaf schijf.")
        page.goto((fixture_site / "voortgang.html").as_uri())
        expect_status(page, "tweede", "klaar")
        with page.expect_download() as download:
            page.click("[data-ld-action=export]")
        saved = json.loads(open(download.value.path(), encoding="utf-8").read())
        assert saved["data"]["items"][TWEEDE_REFLECTION]["a"] == "Vanaf schijf."
        assert TWEEDE_QUESTION not in json.dumps(saved)  # answers only, no course content
