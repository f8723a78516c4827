"""The search index is made from a light view of each page (render.search_view): it must hold the same."""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest
from material.plugins.search.plugin import Parser

from macros.content.course import load_course
from macros.render.pages import Renderer
from macros.site.trainer import TrainerKit, trainer_pages

ROOT = Path(__file__).resolve().parents[2]
COURSES = [ROOT / "course.yml", ROOT / "tests" / "fixtures" / "course" / "kit.yml"]


def sections(html: str) -> list[tuple[str, str, str]]:
    """What material's search plugin indexes of a page: each section's id, title and text."""
    parser = Parser()
    parser.feed(html)
    parser.close()
    # Spaces and line breaks count once, and between two tags not at all (they show nothing).
    squash = lambda parts: re.sub(r">\s+<", "><", re.sub(r"\s+", " ", "".join(parts))).strip()  # noqa: E731
    return [(section.id or "", squash(section.title), squash(section.text)) for section in parser.data if not section.is_excluded()]


def pages(config: Path):
    """Every page Leidraad generates for a course, converted as MkDocs does: (name, full page, search view)."""
    course = load_course(config)
    renderer = Renderer(course)
    kit = TrainerKit(renderer)
    converter = markdown.Markdown(extensions=["attr_list", "toc", "admonition", "tables", "md_in_html"])
    sources = [(f"modules/{m}", lambda m=m: renderer.module_page(m)) for m in course.modules]
    sources += [(page.path, lambda page=page: kit.page(page.kind, page.module_id)) for page in trainer_pages(course)]
    for name, render in sources:
        yield name, *renderer.restore(converter.reset().convert(render()))


def without_spaces(found: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [(anchor, re.sub(r"\s", "", title), re.sub(r"\s", "", text)) for anchor, title, text in found]


@pytest.mark.parametrize("config", COURSES, ids=lambda p: p.name)
def test_search_view_indexes_the_same_as_the_full_page(config):
    """Same sections, titles and text, less what is no text to search: a script's data in <template>s,
    the labels of buttons, the answer key after each question, and what a quiz says after a check
    (each option's feedback and the explanation: a learner must not find the key by searching)."""
    compared = 0
    for name, full, light in pages(config):
        searched = re.sub(r"<(template|button)\b.*?</\1>|<details class=\"ld-answer\".*?</details>"
                          r"|<div class=\"ld-(option__feedback|explanation)\".*?</div>", "", full, flags=re.S)
        assert without_spaces(sections(light)) == without_spaces(sections(searched)), name
        compared += len(light) < len(full)
    assert compared > 0  # the light view is in use


@pytest.mark.parametrize("config", COURSES, ids=lambda p: p.name)
def test_search_snippets_keep_sentences_apart(config):
    """Text on either side of a line break or a table cell is not run together in the index: no
    'werken?Dit is' (a quiz option and its feedback in the trainer's guide), no 'nodig is.Autonomie'."""
    run_together = re.compile(r"[a-zà-ÿ][.?!][\"”’)]?[A-Z]")
    for name, full, light in pages(config):
        for anchor, title, text in sections(light):
            assert run_together.findall(re.sub(r"<[^>]+>", " ", text)) == [], (name, anchor)


def test_search_view_is_lighter():
    """The point of it: a module page's view has far fewer tags for the search plugin to parse."""
    name, full, light = next(pages(COURSES[0]))
    assert light.count("<") < full.count("<") / 2, name
