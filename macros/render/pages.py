"""Render the checked course model into page content, through Jinja templates only.

The result of `render_module` is HTML with Markdown headings (so MkDocs puts them in the table of
contents). Author Markdown is converted by text.py.
"""

from __future__ import annotations

import itertools
import re
import secrets
from functools import lru_cache

import yaml
from jinja2 import Environment, FileSystemBytecodeCache, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from macros.content.course import Course
from macros.content.exercises import Checklist, Quiz, Reflection, SelfAssessment, Workshop, version_of
from macros.content.strings import strings_path
from macros.content.upward import is_upward, own_scan
from macros.render.text import to_html, to_inline_html


@lru_cache(maxsize=None)
def load_strings(language: str) -> dict:
    """The interface strings of one language (macros/i18n/<language>.yml), checked by load_course (strings.py)."""
    return yaml.load(strings_path(language).read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def fmt(template: str, **values: object) -> str:
    """Fill {placeholders} of an interface string."""
    return template.format(**values)


def schedule(workshop: Workshop) -> list[tuple[int, object]]:
    """Each block with the minute it starts at, counted from the start of the workshop."""
    start, rows = 0, []
    for block in workshop.blocks:
        rows.append((start, block))
        start += block.minutes
    return rows


def number(value: float, decimal_mark: str = ",") -> str:
    """3.75 -> '3,75', 5.0 -> '5': a score as the reader writes it (the mark is in the language's strings)."""
    return f"{value:g}".replace(".", decimal_mark)


def clock(minutes: int) -> str:
    """90 -> '1:30'."""
    return f"{minutes // 60}:{minutes % 60:02d}"


#: Where compiled templates are kept (Leidraad's own and the site's pages in docs/, see site/plugin.py).
BYTECODE_CACHE = FileSystemBytecodeCache()


def make_environment(language: str = "nl") -> Environment:
    env = Environment(
        loader=PackageLoader("macros", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        auto_reload=False,  # a new environment for every build (mkdocs serve too): no need to stat templates
        # Compiled templates are kept (in the system's temporary folder, checked against their source), as
        # Python keeps .pyc files: compiling them was a fifth of building a small course.
        bytecode_cache=BYTECODE_CACHE,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # Data for the browser in a page (`tojson`) as compact as course.js: no spaces, characters as they are.
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "separators": (",", ":")}
    strings = load_strings(language)
    env.filters.update(md=to_html, md_inline=to_inline_html, fmt=fmt, version=version_of, clock=clock,
                       number=lambda value: number(value, strings["js"]["decimal_mark"]))
    env.globals.update(t=strings, schedule=schedule)
    env.tests.update(
        quiz=lambda e: isinstance(e, Quiz), self_assessment=lambda e: isinstance(e, SelfAssessment),
        checklist=lambda e: isinstance(e, Checklist), reflection=lambda e: isinstance(e, Reflection),
        workshop=lambda e: isinstance(e, Workshop), upward=is_upward,
    )
    return env


_TOKEN = re.compile(r"<p>(ldblock[0-9a-f]{8}x\d+)</p>")
#: Parts of a page that are no text to search: a script's data, buttons' labels, and the answer key
#: after each question (it repeats the feedback and explanation that are in the page already).
_UNSEARCHED = (r"<!--.*?-->|<(script|style|object|template|button)\b.*?</\1>|<details class=\"ld-answer\".*?</details>"
               # Nor what a quiz says after a check (the key, in other words): each option's feedback, the explanation.
               r"|<div class=\"ld-(?:option__feedback|explanation)\".*?</div>")
#: What material's search plugin keeps of the rest: the text, headings, paragraphs, lists and code.
_INDEXED_TAG = r"(?:p|li|ol|ul|pre|code|sub|sup|h[1-6]|a)\b"
_NOT_INDEXED = re.compile(_UNSEARCHED + r"|<(?!/?" + _INDEXED_TAG + r")[^>]*>", re.S)
#: Tags that end a word where they stand (a line break, a table cell, a block): left out, they leave a
#: space, or the index would run "werken?<br>Dit is" together as "werken?Dit is".
_SEPARATES = re.compile(r"</?(?:br|hr|td|th|tr|caption|div|section|aside|legend|fieldset|label|dt|dd|table|"
                        r"thead|tbody|tfoot|blockquote|details|summary|figure|figcaption)\b", re.I)
_ATTRIBUTES = re.compile(r"<(p|li|ol|ul|pre|code|sub|sup)\s[^>]*>")
#: Line breaks between block tags: no text, but each one a call of the search plugin's parser.
_BETWEEN_BLOCKS = re.compile(r"(</?(?:p|li|ol|ul)>)\s+(?=</?(?:p|li|ol|ul)>)")


def _leave_out(match: re.Match) -> str:
    return " " if _SEPARATES.match(match.group(0)) else ""


def search_view(html: str) -> str:
    """The HTML the search index is made from: the page's text and the tags the index keeps.

    Material's search plugin parses every tag of a page in Python, and the form markup of the
    exercises was most of the build. The index made from this view is the same as the page's, less
    the parts in _UNSEARCHED, except that words on either side of a line break or a table cell are
    kept apart (tests/unit/test_search_view.py)."""
    return _BETWEEN_BLOCKS.sub(r"\1", _ATTRIBUTES.sub(r"<\1>", _NOT_INDEXED.sub(_leave_out, html)))


class Renderer:
    """Renders the pages of one course."""

    def __init__(self, course: Course):
        self.course = course
        # A text is converted once a build, for every page that shows it (module, guide, handout).
        to_html.cache_clear()
        self.env = make_environment(course.config.language)
        # HTML blocks are kept aside while MkDocs converts the page's Markdown (headings, for the
        # table of contents) and put back afterwards: re-parsing large HTML was most of the build.
        self._blocks: dict[str, str] = {}
        self._nonce = secrets.token_hex(4)
        self._counter = itertools.count()
        self.env.filters["block"] = self._keep

    def _keep(self, html: str) -> Markup:
        token = f"ldblock{self._nonce}x{next(self._counter)}"
        self._blocks[token] = str(html)
        return Markup(f"\n\n{token}\n\n")

    def restore(self, html: str) -> tuple[str, str]:
        """Put the kept HTML blocks back into a converted page: (the page, its view for the search index)."""
        if f"ldblock{self._nonce}x" not in html:
            return html, html
        blocks = {token: self._blocks.pop(token) for token in _TOKEN.findall(html) if token in self._blocks}
        full = _TOKEN.sub(lambda m: blocks.get(m.group(1), m.group(0)), html)
        if "data-search-" in full or "linenodiv" in full:  # the search plugin reads these: give it the page
            return full, full
        light = _TOKEN.sub(lambda m: search_view(blocks[m.group(1)]) if m.group(1) in blocks else m.group(0), html)
        return full, light

    def render(self, template: str, **context: object) -> str:
        return self.env.get_template(template).render(course=self.course, **context)

    def module_page(self, module_id: str, layouts: dict | None = None, workshop: bool = False) -> str:
        """The learner's page of a module: objectives, sections with exercises in place, key points, sources.

        `layouts`: what the page's scripts need of the course (browser.module_part), carried in the page;
        with `workshop` (the trainer's site) a pointer to the module's workshop plan in the kit."""
        module = self.course.modules[module_id]
        return self.render("module.html", module=module, module_id=module_id, layouts=layouts,
                           own_scan=lambda: own_scan(module, self.course.exercises), show_workshop=workshop)

    def upward_page(self, module_id: str, exercise_id: str, layouts: dict | None = None) -> str:
        """The page where team members fill in the module's upward scan about their manager (upward.py);
        `layouts`: the scan's layout for the page's scripts (browser.upward_part)."""
        return self.render("upward.html", module=self.course.modules[module_id], module_id=module_id,
                           exercise=self.course.exercise(exercise_id), layouts=layouts)
