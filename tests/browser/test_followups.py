"""From course to workplace (issue 15): a self-scan taken again months later, the plan's follow-ups in
the learner's own calendar, and answers that survive the months in between.

"Later" is Playwright's clock: the page's Date is set, never waited for. The calendar file is parsed
with `icalendar` (PyPI), not by eye.
"""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from urllib.parse import unquote

import icalendar
import pytest
from playwright.sync_api import Browser, Page, expect

from journey_steps import KEY, answer_quiz, stored
from scorm_steps import Lms, course_frame, package, saved_session, values
from conftest import FIXTURE_COURSE, MAIN_COURSE

SCAN = "voorbeeld/voorbeeld-zelfscan"
QUIZ = "voorbeeld/voorbeeld-quiz"
MARCH = datetime.datetime(2026, 3, 2, 10, 0)
APRIL = datetime.datetime(2026, 4, 6, 10, 0)
JUNE = datetime.datetime(2026, 6, 1, 10, 0)
JULY = datetime.datetime(2026, 7, 6, 10, 0)
#: Stand-ins for the browser's answer to navigator.storage.persist().
PERSIST = "(granted) => { const s = navigator.storage; s.persisted = () => Promise.resolve(granted); s.persist = () => Promise.resolve(granted); }"


def keep_answers(page: Page, granted: bool) -> None:
    """The browser's answer to 'keep this site's storage', set before any page runs."""
    page.add_init_script(f"({PERSIST})({json.dumps(granted)})")


def take_scan(root, point: int) -> None:
    """Answer every statement of the scan with the same point of the scale."""
    statements = root.locator(f'[data-ld-key="{SCAN}"] [data-ld-item]')
    for i in range(statements.count()):
        statements.nth(i).locator(f'input[value="{point}"]').check()


def scan_in_march_and_june(page: Page, base: str, adopt_in_april: bool = False) -> None:
    """The scan taken on 2 March (all 'Zelden'), again on 1 June (all 'Vaak'); optionally an action adopted in between."""
    page.clock.install(time=MARCH)
    page.goto(base + "modules/voorbeeld.html")
    take_scan(page, 2)
    if adopt_in_april:
        page.clock.set_system_time(APRIL)
        page.get_by_role("button", name="Neem op in mijn plan").first.click()
    page.clock.set_system_time(JUNE)
    scan = page.locator(f'[data-ld-key="{SCAN}"]')
    scan.get_by_role("button", name="Doe de scan opnieuw").click()
    expect(scan.locator(".ld-sa__status")).to_contain_text("Je scan van 2 maart 2026 is bewaard")
    take_scan(page, 4)


def history_rows(root) -> dict[str, list[str]]:
    """The history table under `root`: per dimension the text of its cells."""
    table = root.locator(".ld-history table").first
    expect(table).to_be_visible()
    rows = {}
    for row in table.locator("tbody tr").all():
        rows[row.locator("th").inner_text()] = [cell.inner_text() for cell in row.locator("td").all()]
    return rows


#: The fixture's scan answered 'Zelden' (2) everywhere, then 'Vaak' (4): 'advies-eerst' is reversed.
MARCH_TO_JUNE = {"Vragen stellen": ["3 (Op weg)", "3 (Op weg)", "0 (gelijk)"],
                 "Opvolgen": ["2 (Groeikans)", "4 (Sterk)", "+2 (hoger)"]}


def download_calendar(page: Page, base: str, tmp_path: Path) -> tuple[bytes, icalendar.Calendar]:
    page.goto(base + "ontwikkelplan.html")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download voor je agenda (.ics)").click()
    expect(page.locator(".ld-plan__calendar-status")).to_contain_text("ontwikkelplan-leidraad-test.ics")
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    raw = path.read_bytes()
    return raw, icalendar.Calendar.from_ical(raw)


def events(calendar: icalendar.Calendar) -> list:
    return [c for c in calendar.walk("VEVENT")]


class TestScanOverTime:
    def test_a_scan_taken_twice_shows_both_takes_with_dates_and_the_change(self, page: Page, fixture_server):
        """Module page, progress page and plan show March beside June per dimension, with the change."""
        base = fixture_server.url
        scan_in_march_and_june(page, base, adopt_in_april=True)
        scan = page.locator(f'[data-ld-key="{SCAN}"]')
        head = scan.locator(".ld-history thead").inner_text()
        assert "2 maart 2026" in head and "1 juni 2026" in head
        assert history_rows(scan) == MARCH_TO_JUNE
        expect(scan.get_by_role("table", name="Zelfscan coachend gedrag: je scans door de tijd")).to_be_visible()
        expect(scan.get_by_role("button", name="Doe de scan opnieuw")).to_be_visible()

        page.goto(base + "voortgang.html")
        over_time = page.locator(".ld-over-time")
        expect(over_time.get_by_role("heading", name="Je zelfscans door de tijd")).to_be_visible()
        assert history_rows(over_time) == MARCH_TO_JUNE

        page.goto(base + "ontwikkelplan.html")
        plan = page.locator(".ld-plan__over-time")
        assert history_rows(plan) == MARCH_TO_JUNE
        expect(plan).to_contain_text("Acties die je koos tussen je scan van 2 maart 2026 en die van 1 juni 2026:")
        expect(plan.locator(".ld-plan__between li")).to_have_text(
            "Stel elke dag één open vraag voor je een advies geeft. (gekozen op 6 april 2026)")

    def test_one_earlier_take_is_shown_while_the_scan_is_taken_again(self, page: Page, fixture_server):
        """Halfway through the second take, the first one is on the page with its date; nothing is compared yet."""
        page.clock.install(time=MARCH)
        page.goto(fixture_server.url + "modules/voorbeeld.html")
        take_scan(page, 2)
        scan = page.locator(f'[data-ld-key="{SCAN}"]')
        expect(scan.locator(".ld-history")).to_be_hidden()
        page.clock.set_system_time(JUNE)
        scan.get_by_role("button", name="Doe de scan opnieuw").click()
        expect(scan.locator("input:checked")).to_have_count(0)
        expect(scan.get_by_role("button", name="Doe de scan opnieuw")).to_be_hidden()
        assert history_rows(scan) == {"Vragen stellen": ["3 (Op weg)"], "Opvolgen": ["2 (Groeikans)"]}
        expect(scan.locator(".ld-history thead")).to_contain_text("2 maart 2026")

    def test_an_authors_change_voids_only_that_statements_answers_in_earlier_takes(self, page: Page, fixture_server):
        """A take whose answer to one statement is of an older version still compares the other dimension."""
        page.goto(fixture_server.url + "modules/voorbeeld.html")
        page.add_script_tag(url=fixture_server.url + "assets/leidraad/history.js")  # loaded by a scan with earlier takes
        history = page.evaluate("""(key) => {
          const layout = LEIDRAAD.exercises[key], items = {};
          layout.items.forEach(i => { items[i.id] = {v: i.v, a: 2}; });
          const changed = layout.items.find(i => layout.dimensions[i.dim].id === "vragen");
          const old = {t: 1, items: {...items, [changed.id]: {v: "older", a: 2}}};
          const now = {t: 2, items: Object.fromEntries(layout.items.map(i => [i.id, {v: i.v, a: 4}])), current: true};
          return Leidraad.results.scanHistory(layout, [old, now]).dimensions.map(d => [d.id, d.change]);
        }""", SCAN)
        assert history == [["vragen", None], ["opvolgen", 2]]

    def test_the_takes_travel_in_the_exported_file(self, page: Page, fixture_server, tmp_path):
        """An export holds both takes; imported into an empty browser, the history is there again."""
        base = fixture_server.url
        scan_in_march_and_june(page, base)
        page.goto(base + "voortgang.html")
        with page.expect_download() as download:
            page.get_by_role("button", name="Download je voortgang").first.click()
        path = tmp_path / "export.json"
        download.value.save_as(path)
        assert len(json.loads(path.read_text())["data"]["attempts"][SCAN]) == 1
        page.evaluate("localStorage.clear()")
        page.reload()
        page.set_input_files("#ld-import-file", str(path))
        page.get_by_role("button", name="Vervangen").click()
        assert history_rows(page.locator(".ld-over-time")) == MARCH_TO_JUNE


class TestCalendar:
    def test_the_calendar_file_has_an_event_per_action_plus_the_check_ins(self, page: Page, fixture_server, tmp_path):
        """RFC 5545 as icalendar reads it: CRLF, folded lines, UID and DTSTAMP, one event per action, check-ins at 30/60/90 days."""
        base = fixture_server.url
        page.clock.install(time=MARCH)
        page.goto(base + "modules/voorbeeld.html")
        take_scan(page, 3)
        page.get_by_role("button", name="Neem op in mijn plan").first.click()
        page.goto(base + "ontwikkelplan.html")
        page.get_by_role("button", name="Voeg een eigen actie toe").click()
        own = page.locator(".ld-plan-action").nth(1)
        own.locator("textarea[name=what]").fill("Vraag in elk overleg: wat heb je nodig; en wie helpt, wanneer? " * 2)
        own.locator("input[name=when]").fill("2026-04-15")
        expect(own.locator("[data-ld-field=followup]")).to_have_text("Terugblik: bij de check-in van 1 mei 2026 (na 60 dagen)")
        raw, calendar = download_calendar(page, base, tmp_path)

        assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
        assert max(len(line) for line in raw.split(b"\r\n")) <= 75
        found = events(calendar)
        actions = [e for e in found if str(e["SUMMARY"]).startswith("Actie: ")]
        checkins = [e for e in found if str(e["SUMMARY"]).startswith("Terugblik na ")]
        assert len(found) == 2 + 3 and len(actions) == 2 and len(checkins) == 3
        assert len({str(e["UID"]) for e in found}) == 5 and all("DTSTAMP" in e for e in found)
        assert [e.decoded("DTSTART") for e in checkins] == [datetime.datetime(2026, 4, 1, 9, 0), datetime.datetime(2026, 5, 1, 9, 0),
                                                            datetime.datetime(2026, 5, 31, 9, 0)]
        by_date = sorted(e.decoded("DTSTART") for e in actions)
        assert by_date == [datetime.date(2026, 3, 23), datetime.date(2026, 4, 15)]  # default: three weeks; the learner's own
        [mine] = [e for e in actions if e.decoded("DTSTART") == datetime.date(2026, 4, 15)]
        assert "Vraag in elk overleg: wat heb je nodig; en wie helpt, wanneer?" in str(mine["DESCRIPTION"])
        assert "Terugblik: bij de check-in van 1 mei 2026" in str(mine["DESCRIPTION"])
        assert "Vraag in elk overleg" in str(checkins[1]["DESCRIPTION"])
        assert all(str(e["URL"]).startswith(base + "ontwikkelplan.html#ld-restore=") for e in actions + checkins[:2])
        assert str(checkins[2]["URL"]).startswith(base + "modules/voorbeeld.html#ld-restore=")
        assert unquote(str(checkins[2]["URL"])).endswith("&ld-at=" + SCAN)

    def test_every_link_in_the_calendar_opens_its_page(self, page: Page, browser: Browser, fixture_server, tmp_path):
        """Each event's link opens the plan or the scan's module page, in a browser that has never seen the course."""
        base = fixture_server.url
        page.clock.install(time=MARCH)
        page.goto(base + "modules/voorbeeld.html")
        take_scan(page, 3)
        page.get_by_role("button", name="Neem op in mijn plan").first.click()
        _, calendar = download_calendar(page, base, tmp_path)
        fresh = browser.new_context()
        links = {str(event["URL"]) for event in events(calendar)}
        assert len(links) == 2  # the plan, and the scan to take again
        for link in links:
            tab = fresh.new_page()
            tab.goto(link)
            expect(tab.locator("h1").first).to_have_text(re.compile("Mijn ontwikkelplan|Voorbeeldmodule"))
            expect(tab.get_by_role("region", name="Je antwoorden terugzetten")).to_be_visible()
        fresh.close()


class TestRestoreLink:
    def test_a_follow_up_link_brings_back_lost_answers_and_keeps_a_newer_one(self, page: Page, browser: Browser,
                                                                                  fixture_server, tmp_path):
        """Storage cleared: the 90-day link asks, restores both takes of the scan and the quiz, and keeps the answer given since."""
        base = fixture_server.url
        scan_in_march_and_june(page, base)
        answer_quiz(page, QUIZ, "vragen-of-vertellen", 1)
        page.get_by_role("button", name="Neem op in mijn plan").first.click()
        _, calendar = download_calendar(page, base, tmp_path)
        [rescan] = [e for e in events(calendar) if "modules/voorbeeld.html" in str(e["URL"])]
        before = stored(page)

        later = browser.new_context().new_page()  # another browser profile: nothing stored (as after an eviction)
        later.clock.install(time=JULY)
        later.goto(base + "modules/voorbeeld.html")
        answer_quiz(later, QUIZ, "vragen-of-vertellen", 0)  # given after the link was made: newer
        later.goto(base + "voortgang.html")
        later.goto(str(rescan["URL"]))
        ask = later.get_by_role("region", name="Je antwoorden terugzetten")
        expect(ask).to_contain_text("van 1 juni 2026")
        expect(ask.get_by_role("heading")).to_be_focused()
        ask.get_by_role("button", name="Zet mijn antwoorden terug").click()
        expect(later.get_by_role("status").filter(has_text="teruggezet")).to_contain_text("1 nieuwere antwoorden in deze browser bleven staan")
        assert "ld-restore" not in later.url and later.url.endswith("#ld-at=" + SCAN.replace("/", "%2F"))
        scan = later.locator(f'[data-ld-key="{SCAN}"]')
        assert history_rows(scan) == MARCH_TO_JUNE
        after = stored(later)
        assert after["items"][QUIZ + "/vragen-of-vertellen"]["a"]["c"] == [0]
        assert {k: v["a"] for k, v in after["items"].items() if k.startswith(SCAN)} == \
            {k: v["a"] for k, v in before["items"].items() if k.startswith(SCAN)}
        later.context.close()

    def test_a_link_to_answers_already_here_asks_nothing(self, page: Page, fixture_server, tmp_path):
        """In the same browser the link changes nothing: no question, and the address loses the snapshot."""
        base = fixture_server.url
        page.goto(base + "modules/voorbeeld.html")
        take_scan(page, 3)
        page.get_by_role("button", name="Neem op in mijn plan").first.click()
        _, calendar = download_calendar(page, base, tmp_path)
        page.goto(base + "voortgang.html")
        page.goto(str(events(calendar)[0]["URL"]))
        page.wait_for_function("() => !location.hash.includes('ld-restore')")
        expect(page.get_by_role("region", name="Je antwoorden terugzetten")).to_have_count(0)

    def test_the_restore_link_works_from_disk(self, page: Page, browser: Browser, fixture_site, tmp_path):
        """From file://: the calendar's plan link restores the scan in an empty browser."""
        base = fixture_site.as_uri() + "/"
        page.goto(base + "modules/voorbeeld.html")
        take_scan(page, 5)
        page.get_by_role("button", name="Neem op in mijn plan").first.click()
        _, calendar = download_calendar(page, base, tmp_path)
        link = str(events(calendar)[0]["URL"])
        assert link.startswith(base + "ontwikkelplan.html#ld-restore=")
        fresh = browser.new_context().new_page()
        fresh.goto(link)
        fresh.get_by_role("button", name="Zet mijn antwoorden terug").click()
        expect(fresh.get_by_role("status").filter(has_text="teruggezet")).to_be_visible()
        fresh.goto(base + "modules/voorbeeld.html")
        expect(fresh.locator(f'[data-ld-key="{SCAN}"] input[value="5"]:checked')).to_have_count(4)
        fresh.context.close()


class TestKeepingTheAnswers:
    def test_the_learner_is_told_once_when_the_answers_may_be_evicted(self, page: Page, fixture_server):
        """No persistent storage: one notice with the backup file; the progress page shows the backup's date."""
        keep_answers(page, False)
        page.clock.install(time=MARCH)
        base = fixture_server.url
        page.goto(base + "modules/voorbeeld.html")
        expect(page.locator(".ld-notice--evict")).to_have_count(0)  # nothing to lose yet
        answer_quiz(page, QUIZ, "vragen-of-vertellen", 1)
        notice = page.get_by_role("region", name="Bewaar een reservekopie van je antwoorden")
        expect(notice).to_contain_text("Safari doet dat bijvoorbeeld na zeven dagen")
        with page.expect_download() as download:
            notice.get_by_role("button", name="Download een reservekopie").click()
        assert download.value.suggested_filename == "leidraad-leidraad-test-2026-03-02.json"
        page.goto(base + "voortgang.html")
        expect(page.locator(".ld-notice--evict")).to_have_count(0)
        expect(page.locator("[data-ld=keeping]")).to_contain_text("Je browser kan je antwoorden wissen")
        expect(page.locator("[data-ld=keeping]")).to_contain_text("Je laatste reservekopie (download) maakte je op 2 maart 2026")
        device = json.loads(page.evaluate("k => localStorage.getItem(k)", KEY + ":device"))
        assert device["persisted"] is False and device["warned"] and device["backup"]

    def test_a_browser_that_keeps_the_answers_gets_no_warning(self, page: Page, fixture_server):
        """Persistent storage granted: recorded, no notice, and the progress page says so."""
        keep_answers(page, True)
        base = fixture_server.url
        page.goto(base + "modules/voorbeeld.html")
        answer_quiz(page, QUIZ, "vragen-of-vertellen", 1)
        page.wait_for_function("k => (JSON.parse(localStorage.getItem(k) || '{}')).persisted === true", arg=KEY + ":device")
        page.goto(base + "voortgang.html")
        expect(page.locator("[data-ld=keeping]")).to_contain_text("Je browser heeft beloofd je antwoorden blijvend te bewaren.")
        expect(page.locator("[data-ld=keeping]")).to_contain_text("nog geen reservekopie")
        expect(page.locator(".ld-notice--evict")).to_have_count(0)


@pytest.fixture(scope="module")
def lms(tmp_path_factory):
    server = Lms(tmp_path_factory.mktemp("lms-followups"))
    server.href = server.add("fixture", package("scorm", FIXTURE_COURSE, tmp_path_factory.mktemp("scorm") / "fixture.zip"))
    yield server
    server.close()


class TestInTheLms:
    def test_both_takes_of_a_scan_come_back_from_the_lms(self, page: Page, browser: Browser, lms):
        """The saved state carries the earlier take: a relaunch in another browser shows March beside June."""
        page.clock.install(time=MARCH)
        frame = lms.open(page, lms.href)
        frame.goto(frame.url.rsplit("/", 1)[0] + "/modules/voorbeeld.html")
        take_scan(frame, 2)
        page.clock.set_system_time(JUNE)
        frame.locator(f'[data-ld-key="{SCAN}"]').get_by_role("button", name="Doe de scan opnieuw").click()
        take_scan(frame, 4)
        assert "~" in values(page, "cmi.suspend_data")[-1]
        page.evaluate("closeSco()")
        page.wait_for_function("window.calls.some(c => c[0] === 'LMSFinish')")
        later = browser.new_context().new_page()
        frame = lms.open(later, lms.href, saved_session(page))
        frame = course_frame(later)
        assert history_rows(frame.locator(f'[data-ld-key="{SCAN}"]')) == MARCH_TO_JUNE
        later.context.close()

    def test_the_calendar_is_made_inside_the_lms(self, page: Page, lms, tmp_path):
        """In the LMS's frame the plan's calendar file downloads and links to the course's own pages."""
        frame = lms.open(page, lms.href)
        base = frame.url.rsplit("/", 1)[0] + "/"
        frame.goto(base + "modules/voorbeeld.html")
        frame.get_by_role("button", name="Neem op in mijn plan").first.click()
        frame.goto(base + "ontwikkelplan.html")
        with page.expect_download() as download:
            frame.get_by_role("button", name="Download voor je agenda (.ics)").click()
        download.value.save_as(tmp_path / "plan.ics")
        found = events(icalendar.Calendar.from_ical((tmp_path / "plan.ics").read_bytes()))
        assert len(found) == 1 + 3
        assert all(str(e["URL"]).startswith(base) for e in found)


class TestSuspendDataWithHistories:
    def test_the_whole_course_with_two_takes_of_every_scan_fits(self, page: Page, browser: Browser, tmp_path_factory, capsys):
        """Every item of course.yml answered and every scan taken twice: within 4,096 characters, all of it restored."""
        lms = Lms(tmp_path_factory.mktemp("main-lms-takes"))
        try:
            href = lms.add("course", package("scorm", MAIN_COURSE, tmp_path_factory.mktemp("main") / "main.zip"))
            frame = lms.open(page, href)
            written = frame.evaluate(ANSWER_EVERYTHING_TWICE)
            suspend = values(page, "cmi.suspend_data")[-1]
            modules = frame.evaluate("LEIDRAAD.modules.length")
            with capsys.disabled():
                print(f"\nsuspend_data, {modules} modules fully answered, two takes of each of {len(written['attempts'])} scans:"
                      f" {len(suspend)} characters")
            assert modules >= 9 and len(written["attempts"]) >= 9
            assert len(suspend) <= 4096 and suspend.count(".~") == len(written["attempts"])
            page.evaluate("closeSco()")
            page.wait_for_function("window.calls.some(c => c[0] === 'LMSFinish')")
            later = browser.new_context().new_page()
            frame = lms.open(later, href, saved_session(page))
            restored = frame.evaluate("() => JSON.parse(localStorage.getItem('leidraad:' + LEIDRAAD.storageId)).attempts")
            assert {k: [t["items"] for t in v] for k, v in restored.items()} == \
                {k: [t["items"] for t in v] for k, v in written["attempts"].items()}
            later.context.close()
        finally:
            lms.close()


#: Every item of every exercise answered (the widest answers the state holds), and for every
#: self-assessment an earlier take (other points) dated a quarter before.
ANSWER_EVERYTHING_TWICE = """() => {
  const data = {format: 2, items: {}, attempts: {}, dropped: {}}, earlier = Date.UTC(2026, 0, 5, 9, 30);
  for (const ex of Object.values(LEIDRAAD.exercises)) {
    if (!["quiz", "self-assessment", "checklist", "reflection"].includes(ex.kind)) continue;
    if (ex.audience === "upward") continue;  // the team answers those in their own browsers
    const take = {};
    for (const item of ex.items) {
      const a = ex.kind === "quiz" ? {c: item.type === "single" ? [item.options - 1] : [...Array(item.options).keys()], k: true}
        : ex.kind === "self-assessment" ? ex.labels.length : ex.kind === "checklist" ? true : "Een reflectie.";
      data.items[ex.key + "/" + item.id] = {v: item.v, a: a, t: Date.now()};
      take[item.id] = {v: item.v, a: 1 + (item.id.length % ex.labels?.length || 0)};
    }
    if (ex.kind === "self-assessment") data.attempts[ex.key] = [{t: earlier, items: take}];
  }
  localStorage.setItem("leidraad:" + LEIDRAAD.storageId, JSON.stringify(data));
  document.dispatchEvent(new CustomEvent("leidraad:change"));
  return data;
}"""
