"""Work kept between builds (parsed YAML, converted Markdown, minified scripts, checked strings) is read
only from a folder that is the building user's alone: what another user planted there never reaches the
site; and what was kept is what a fresh conversion would give."""

from __future__ import annotations

import hashlib
import os

import pytest

from macros import kept
from macros.render import text as markdown_text
from macros.site import assets

SCRIPT = "(function () { var answer = 42; window.x = answer; })();\n"


def planted(folder, text: str) -> None:
    """What another user could put where the minified `text` is looked up."""
    (folder / (hashlib.sha256(text.encode("utf-8")).hexdigest() + ".js")).write_text("alert('planted')", encoding="utf-8")


@pytest.fixture
def minified(tmp_path, monkeypatch):
    folder = tmp_path / "minified"
    monkeypatch.setattr(assets, "MINIFIED", folder)
    return folder


def test_a_minified_script_is_kept_and_read_back(minified):
    first = assets.minify_code(SCRIPT, "x.js")
    assert "answer" not in first and "42" in first
    assert len(list(minified.iterdir())) == 1
    assert assets.minify_code(SCRIPT, "x.js") == first


def test_a_folder_others_can_write_is_neither_read_nor_written(minified):
    minified.mkdir()
    minified.chmod(0o777)
    planted(minified, SCRIPT)
    assert "planted" not in assets.minify_code(SCRIPT, "x.js")
    assert len(list(minified.iterdir())) == 1


def test_a_symbolic_link_is_not_followed(tmp_path, minified):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    planted(elsewhere, SCRIPT)
    minified.symlink_to(elsewhere)
    assert "planted" not in assets.minify_code(SCRIPT, "x.js")


def test_each_user_has_a_folder_of_their_own():
    assert str(os.getuid()) in kept.folder("minified").name
    assert kept.folder("minified") != kept.folder("parsed")


@pytest.fixture
def converted(tmp_path, monkeypatch):
    folder = tmp_path / "converted"
    monkeypatch.setattr(markdown_text, "CONVERTED", folder)
    return folder


def test_converted_markdown_is_kept_and_a_changed_text_is_converted_anew(converted, monkeypatch):
    first = markdown_text.markdown_to_html("- *een*\n- twee")
    assert first == "<ul>\n<li><em>een</em></li>\n<li>twee</li>\n</ul>"
    monkeypatch.setattr(markdown_text, "_CONVERTER", None)  # a second conversion of the same text would fail
    assert markdown_text.markdown_to_html("- *een*\n- twee") == first
    monkeypatch.undo()
    monkeypatch.setattr(markdown_text, "CONVERTED", converted)
    assert markdown_text.markdown_to_html("- *een*\n- drie").endswith("<li>drie</li>\n</ul>")
    assert len(list(converted.iterdir())) == 2


def test_converted_markdown_another_user_planted_is_not_used(converted):
    converted.mkdir()
    converted.chmod(0o777)
    text = "Een **vette** zin."
    key = hashlib.sha256(markdown_text._CONVERTER_IDENTITY + text.encode()).hexdigest()
    (converted / key).write_text("<script>alert('planted')</script>", encoding="utf-8")
    assert markdown_text.markdown_to_html(text) == "<p>Een <strong>vette</strong> zin.</p>"
