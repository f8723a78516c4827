"""Work kept between builds (parsed YAML, minified scripts, checked strings) is read only from a folder
that is the building user's alone: what another user planted there never reaches the site."""

from __future__ import annotations

import hashlib
import os

import pytest

from macros import kept
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
