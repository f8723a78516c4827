"""The site's own pages in docs/ are Jinja templates that the leidraad plugin renders with its macros."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURE_COURSE, ROOT, build_site


def docs_build(tmp_path: Path, page: str, old: str, new: str):
    """A build of the fixture course whose docs/`page` has `old` replaced by `new`."""
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    text = (docs / page).read_text(encoding="utf-8")
    assert old in text
    (docs / page).write_text(text.replace(old, new, 1), encoding="utf-8")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("docs_dir: docs", f"docs_dir: {docs}").replace("custom_dir: macros/theme", f"custom_dir: {ROOT / 'macros' / 'theme'}")
    config = config[:config.index("\nwatch:")] + "\n"  # its paths are relative to the repository
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    return build_site(tmp_path / "site", FIXTURE_COURSE, config=tmp_path / "mkdocs.yml")


def test_macros_and_variables_are_rendered(fixture_site):
    """Every page of docs/ is rendered: no Jinja syntax is left, the macros put in the course's data."""
    for name in ("index", "privacy", "over", "voortgang", "ontwikkelplan", "certificaat", "toegankelijkheid"):
        html = (fixture_site / f"{name}.html").read_text(encoding="utf-8")
        assert not re.search(r"\{\{ |\{% ", html), name  # (`}}` ends many a JSON object in a page's data)
    privacy = (fixture_site / "privacy.html").read_text(encoding="utf-8")
    assert re.search(r"<code>leidraad:[a-z0-9-]+</code>", privacy)


@pytest.mark.parametrize("old, new, error", [
    ("{{ storage_key() }}:device", "{{ storage_sleutel() }}:device", "UndefinedError: 'storage_sleutel' is undefined"),
    ("{{ storage_key() }}:device", "{{ storage_key( }}:device", "TemplateSyntaxError"),
])
def test_an_error_in_a_page_names_its_file_and_line(tmp_path, old, new, error):
    """A mistake in a page's macros stops the build with the file, the line and what is wrong; no traceback."""
    line = next(i for i, text in enumerate((ROOT / "docs" / "privacy.md").read_text(encoding="utf-8").splitlines(), 1) if old in text)
    result = docs_build(tmp_path, "privacy.md", old, new)
    assert result.returncode == 1
    assert f"Leidraad: privacy.md:{line}: {error}" in result.stderr
    assert "Traceback" not in result.stderr
