"""Author Markdown to HTML, with the extensions the site's own pages have.

Most of a course's texts are plain paragraphs: those are written out here as Python-Markdown would
(`plain_paragraphs`), the rest goes through Python-Markdown once per content (kept between builds,
kept.py). The templates show the result with the `md` and `md_inline` filters (pages.py).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from pathlib import Path

import markdown
from markupsafe import Markup

from macros import kept
from macros.render.markdown_fixes import AccessibleTables

#: The extensions the site's own pages have (mkdocs.yml), and sane lists. No fenced code: a course has
#: no code, and it would load Pygments into every build.
MARKDOWN_EXTENSIONS = ["attr_list", "tables", "admonition", "sane_lists"]
#: Anything that could be Markdown syntax (or need escaping): a character, a line's start or end.
_SYNTAX = re.compile(r"[*_`\[\]<>&\\{|~]|^[ \t]|[ \t]$|^(?:[-+>#:=!]|\d+[.)])", re.M)

_CONVERTER = markdown.Markdown(extensions=[*MARKDOWN_EXTENSIONS, AccessibleTables()])


def plain_paragraphs(text: str) -> str | None:
    """The HTML of text that is only paragraphs, without any Markdown syntax; None for other text.

    Most of a course's texts are such, and Markdown's full conversion was most of the build. The
    result is the one Python-Markdown gives (tests/unit/test_render_helpers.py checks the course)."""
    body = text.strip("\n")
    if _SYNTAX.search(body):
        return None
    return "\n".join(f"<p>{paragraph}</p>" for paragraph in re.split(r"\n\n+", body)) if body else ""


#: Markdown whose parts can reach past a blank line to another part: fences, HTML, link definitions.
_SPANS_PARAGRAPHS = re.compile(r"```|~~~|<|^ {0,3}\[[^\]]*\]:", re.M)


@lru_cache(maxsize=None)  # cleared at the start of every build (Renderer)
def to_html(text: str | None) -> Markup:
    """Author Markdown to HTML (author content is trusted, as the site's own pages are).

    Plain paragraphs skip Python-Markdown (see plain_paragraphs); so do the plain paragraphs between
    a text's lists and emphasis, unless something in it can span paragraphs. The HTML is the same."""
    text = (text or "").strip("\n")
    if _SPANS_PARAGRAPHS.search(text):
        return Markup(markdown_to_html(text))
    parts = []
    for plain, chunks in itertools.groupby(re.split(r"\n\n+", text), key=lambda chunk: plain_paragraphs(chunk) is not None):
        # A run of plain paragraphs, or a run of Markdown converted together (a list may span paragraphs).
        parts.append("\n".join(map(plain_paragraphs, chunks)) if plain else markdown_to_html("\n\n".join(chunks)))
    return Markup("\n".join(parts))


#: Where Python-Markdown's HTML of a text is kept between builds, by content (kept.py): a rebuild (`make
#: serve`, after an author's edit) converts only the texts that changed.
CONVERTED = kept.folder("converted")
#: What else decides the HTML: the converter's version, its extensions and our corrections to it.
_CONVERTER_IDENTITY = "\n".join([markdown.__version__, repr(MARKDOWN_EXTENSIONS),
                                  Path(__file__).with_name("markdown_fixes.py").read_text(encoding="utf-8"), ""]).encode()


def markdown_to_html(text: str) -> str:
    """Python-Markdown's conversion. One converter, reset between texts: making one costs more than converting."""
    key = kept.entry(CONVERTED, _CONVERTER_IDENTITY, text.encode())
    found = kept.read_text(key)
    if found is not None:
        return found
    html = _CONVERTER.reset().convert(text)
    kept.write(key, html.encode("utf-8"))
    return html


def to_inline_html(text: str | None) -> Markup:
    """Markdown for places that take only phrasing content (a legend, a label): no outer <p>."""
    html = str(to_html(text)).strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return Markup(html)


def to_plain_text(text: str | None) -> str:
    """Author Markdown as plain text (for a page's data: an item named by its text)."""
    return to_inline_html(text).striptags()
