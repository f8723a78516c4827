"""What a learner does on the journey, as reusable steps for the journey's browser tests.

The fixture course (tests/fixtures/course) has two modules: 'voorbeeld' (every exercise kind; done when
its quiz is passed and its reflection written) and 'tweede' (a one-question quiz with pass mark 100 and
a one-question reflection).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

from playwright.sync_api import Page, expect

from conftest import FIXTURE_COURSE, build_site

KEY = "leidraad:leidraad-test"
FIXTURE_DIR = FIXTURE_COURSE.parent
TWEEDE_REFLECTION = "tweede/tweede-reflectie/laatste-keer"
TWEEDE_QUESTION = "Wanneer gaf je voor het laatst feedback, en hoe werd die ontvangen?"
CHANGED_QUESTION = "Aan wie gaf je deze maand feedback, en wat gebeurde er daarna?"


def whole_course(page) -> None:
    """Wait until the page has the whole course's layouts (a module page fetches them once it is shown)."""
    page.wait_for_function("() => !!(window.LEIDRAAD && LEIDRAAD.whole)")


def stored(page: Page, key: str = KEY) -> dict | None:
    """The course's record in localStorage, parsed (None when there is none)."""
    raw = page.evaluate("k => localStorage.getItem(k)", key)
    return json.loads(raw) if raw else None


def wait_for_answer(page: Page, item_key: str, text: str, key: str = KEY) -> None:
    """Wait until the browser has stored `text` as the answer to `item_key` (results are derived, not stored)."""
    page.wait_for_function("([k, i, t]) => { const e = ((JSON.parse(localStorage.getItem(k) || '{}').items) || {})[i];"
                           " return !!e && e.a === t; }", arg=[key, item_key, text])


def answer_quiz(page: Page, exercise_key: str, question: str, *options: int) -> None:
    item = page.locator(f'[data-ld-key="{exercise_key}"] [data-ld-item="{question}"]')
    for option in options:
        item.locator(f'input[value="{option}"]').check()
    item.locator("[data-ld-action=check]").click()


def write_reflection(page: Page, name: str, text: str, key: str = KEY) -> None:
    page.fill(f'textarea[name="{name}"]', text)
    wait_for_answer(page, name, text, key)


def finish_tweede(page: Page, base: str, reflection: str = "Gisteren, aan Jan, na het klantgesprek.", key: str = KEY) -> None:
    """Pass the quiz and write the reflection of 'tweede': the module is done."""
    page.goto(base + "modules/tweede.html")
    answer_quiz(page, "tweede/tweede-quiz", "concreet", 1)
    write_reflection(page, TWEEDE_REFLECTION, reflection, key)


def current_version(page: Page, item_key: str) -> str:
    """The version an answer to this item must carry, as the page knows it (from the course's layouts)."""
    page.wait_for_function("k => Leidraad.layout(k.slice(0, k.lastIndexOf('/')))", arg=item_key)
    return page.evaluate("""k => Leidraad.layout(k.slice(0, k.lastIndexOf('/'))).items
                               .filter(i => i.id === k.slice(k.lastIndexOf('/') + 1))[0].v""", item_key)


def start_voorbeeld(page: Page, base: str) -> None:
    """Answer one quiz question of 'voorbeeld': the module is in progress."""
    page.goto(base + "modules/voorbeeld.html")
    answer_quiz(page, "voorbeeld/voorbeeld-quiz", "vragen-of-vertellen", 1)


def card(page: Page, module_id: str):
    return page.locator(f'.ld-module-card[data-ld-module="{module_id}"]')


def nav_mark(page: Page, module_id: str):
    """The completion mark next to a module's link in the navigation."""
    return page.locator(f'.md-nav--primary a.md-nav__link[href$="{module_id}.html"] .ld-navmark')


def pdf_text(page: Page, path: Path) -> str:
    """Print the page to an A4 PDF and return its text (pdftotext), whitespace collapsed."""
    page.pdf(path=str(path), format="A4")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", text)


def envelope(data: dict, **changes) -> str:
    """An export file as Leidraad writes it, with `changes` to the envelope."""
    return json.dumps({"type": "leidraad-voortgang", "version": 1, "storageId": "leidraad-test",
                       "course": "Leidraad (testcursus)", "format": data.get("format") if isinstance(data, dict) else 2, "exported": "2026-03-02T10:00:00.000Z",
                       "data": data, **changes})


def import_file(page: Page, path: Path) -> None:
    page.set_input_files("#ld-import-file", str(path))


def variant_sites(base: Path, fixture_site: Path) -> Path:
    """Four builds under one web root, as one host would serve them:

    v1/ the fixture course; v2/ the same with one reflection question reworded by its author;
    v3/ without the module 'tweede' and without one checklist item; b/ the same content as another
    course (storage id 'leidraad-test-b').
    """
    root = base / "root"
    shutil.copytree(fixture_site, root / "v1")
    v2 = _copy_course(base / "v2-course")
    reflection = v2 / "exercises" / "tweede-reflectie.yml"
    reflection.write_text(reflection.read_text(encoding="utf-8").replace(TWEEDE_QUESTION, CHANGED_QUESTION), encoding="utf-8")
    _build(root / "v2", v2 / "course.yml")
    v3 = _copy_course(base / "v3-course")
    (v3 / "course.yml").write_text((v3 / "course.yml").read_text(encoding="utf-8").replace("  - tweede\n", ""), encoding="utf-8")
    checklist = v3 / "exercises" / "voorbeeld-checklist.yml"
    text = checklist.read_text(encoding="utf-8")
    checklist.write_text(text[: text.index("  - title: Na het gesprek")], encoding="utf-8")
    _build(root / "v3", v3 / "course.yml")
    other = base / "other-course.yml"
    other.write_text(f"title: Tweede testcursus\nstorage_id: leidraad-test-b\ncontent: {FIXTURE_DIR}\n"
                     "modules:\n  - voorbeeld\n  - tweede\n", encoding="utf-8")
    _build(root / "b", other)
    return root


def _copy_course(target: Path) -> Path:
    shutil.copytree(FIXTURE_DIR, target)
    return target


def _build(site: Path, course: Path) -> None:
    result = build_site(site, course)
    assert result.returncode == 0, result.stderr


def expect_status(page: Page, module_id: str, status: str) -> None:
    expect(card(page, module_id).locator("[data-ld-status]")).to_have_text(status)
