"""Fixtures and helpers for the browser tests of the course engine (imported by its test files)."""

from __future__ import annotations

import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe

from conftest import FIXTURE_COURSE, Server, build_site

MODULE_PAGE = "modules/voorbeeld.html"
STORAGE_KEY = "leidraad:leidraad-test"
QUIZ = 'form[data-ld="quiz"]'
SCAN = 'form[data-ld="self-assessment"]'
CHECKLIST = 'form[data-ld="checklist"]'
REFLECTION = 'form[data-ld="reflection"]'
_AXE = Axe()


@pytest.fixture(scope="session")
def changed_server(tmp_path_factory):
    """The example course after its author rewrote one quiz question ('bouwstenen')."""
    base = tmp_path_factory.mktemp("changed")
    shutil.copytree(FIXTURE_COURSE.parent, base / "course")
    quiz = base / "course" / "exercises" / "voorbeeld-quiz.yml"
    text = quiz.read_text(encoding="utf-8")
    assert "prompt: Welke soorten oefeningen kent Leidraad?" in text
    quiz.write_text(text.replace("prompt: Welke soorten oefeningen kent Leidraad?",
                                 "prompt: Welke soorten oefeningen vind je in Leidraad?"), encoding="utf-8")
    result = build_site(base / "site", base / "course" / "course.yml")
    assert result.returncode == 0, result.stderr
    server = Server(base / "site")
    yield server
    server.close()


def open_module(page, url: str):
    """Open the example module and wait until every exercise is enhanced by the script."""
    page.goto(url, wait_until="domcontentloaded")
    wait_mounted(page)
    return page


def wait_mounted(page) -> None:
    for selector in (QUIZ, SCAN, CHECKLIST, REFLECTION):
        page.wait_for_selector(f"{selector}[data-ld-mounted]", state="attached")


def question(page, item: str):
    return page.locator(f'{QUIZ} [data-ld-item="{item}"]')


def answer_quiz_right(page) -> None:
    single = question(page, "vragen-of-vertellen")
    single.get_by_label("Ik vraag hoe hij het zelf zou aanpakken.").check()
    single.get_by_role("button", name="Controleer").click()
    multiple = question(page, "bouwstenen")
    multiple.get_by_label("Quiz", exact=True).check()
    multiple.get_by_label("Zelfscan", exact=True).check()
    multiple.get_by_role("button", name="Controleer").click()


def violations(page) -> list[str]:
    """axe-core's violations on the page, one readable line each (empty when there are none)."""
    if not page.evaluate("typeof window.axe === 'object'"):  # inject axe-core once per page, not per run
        page.evaluate(_AXE.axe_script)
        # Colours measured halfway through a hover or focus transition are neither state: judge the end state.
        page.add_style_tag(content="*, *::before, *::after { transition: none !important; animation: none !important; }")
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]} {v['nodes'][0]['failureSummary'][:200]}"
            for v in result["violations"]]


INTERACT = """() => {
  const closed = [...document.querySelectorAll('details:not([open])')];
  closed.forEach(d => { d.open = true; });
  document.querySelectorAll('[data-ld-mounted] [data-ld-item]').forEach(item => {
    const choice = item.querySelector('input[type=radio], input[type=checkbox]');
    if (choice) choice.click();
    const area = item.querySelector('textarea');
    if (area) { area.value = 'Mijn antwoord.'; area.dispatchEvent(new Event('input', {bubbles: true})); }
  });
  document.querySelectorAll('[data-ld-action=check]').forEach(b => { if (!b.hidden) b.click(); });
  // A focused button has its own colours (a focused primary button once failed the contrast check).
  const button = [...document.querySelectorAll('[data-ld-mounted] button')].find(b => b.offsetParent !== null);
  if (button) button.focus();
  return document.querySelectorAll('[data-ld-mounted]').length + closed.length;
}"""


def interact_with_everything(page) -> int:
    """Answer, tick, type and check everything the page offers, open every <details>.

    Returns how many components and closed <details> there were: 0 means the page looks as it did.
    """
    # Exercises come in a script fetched once the page has loaded: wait until every one is mounted (a scan's
    # share code only comes once the scan is complete, and so after the answers below).
    page.wait_for_function("() => !document.querySelector('[data-ld]:not([data-ld-mounted]):not([data-ld=share-code])')")
    count = page.evaluate(INTERACT)
    page.wait_for_function("() => !document.querySelector('[data-ld]:not([data-ld-mounted])')")
    # The reflection's "saved" notice appears after a pause in typing: include it in what axe sees.
    page.wait_for_function("""() => [...document.querySelectorAll('[data-ld=reflection][data-ld-mounted] .ld-status')]
                                    .every(status => status.textContent)""")
    return count
