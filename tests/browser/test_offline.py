"""`leidraad package offline`: a zip that works unpacked and opened from disk (file://), without a network."""

from __future__ import annotations

import re
import subprocess
import zipfile

import pytest
from playwright.sync_api import Page, expect

from conftest import FIXTURE_COURSE, ROOT
from hosting_steps import Traffic, answer_first_question, first_question_restored, search_for
from scorm_steps import package

SHIM = "assets/vendor/iframe-worker/shim.js"


@pytest.fixture(scope="module")
def offline_zip(tmp_path_factory):
    return package("offline", FIXTURE_COURSE, tmp_path_factory.mktemp("offline") / "fixture-offline.zip")


@pytest.fixture(scope="module")
def unpacked(offline_zip, tmp_path_factory):
    """The zip unpacked into a folder, as a trainer does before opening index.html."""
    folder = tmp_path_factory.mktemp("unpacked")
    with zipfile.ZipFile(offline_zip) as archive:
        archive.extractall(folder)
    return folder


class TestOfflineZip:
    def test_paths_are_relative_and_the_start_page_is_at_the_root(self, offline_zip):
        """Unpacked anywhere, index.html is at the top and no path leaves the folder."""
        names = zipfile.ZipFile(offline_zip).namelist()
        assert "index.html" in names and "search/search_index.js" in names
        assert "404.html" not in names  # a web server's page, with root-absolute URLs
        assert not [n for n in names if n.startswith("/") or ".." in n.split("/") or "\\" in n]

    def test_no_trainer_material(self, offline_zip):
        """The learner's zip holds no page, script or style of the trainer's kit (that is `package trainer`)."""
        names = zipfile.ZipFile(offline_zip).namelist()
        assert [n for n in names if n.startswith("trainers/") or re.search(r"/(trainer|group|slides)\.(js|css)$", n)] == []
        index = zipfile.ZipFile(offline_zip).read("search/search_index.js").decode("utf-8")
        assert "trainers/" not in index and "Niet juist" not in index

    def test_the_search_shim_is_copied_from_npm_at_build_time(self, offline_zip):
        """The iframe-worker shim in the zip is npm's file; the repository holds no copy of it."""
        shipped = zipfile.ZipFile(offline_zip).read(SHIM)
        assert shipped == (ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js").read_bytes()
        tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
        assert "iframe-worker" not in tracked.replace("package.json", "")

    def test_every_page_names_the_local_shim_not_a_cdn(self, unpacked):
        """Each page loads the shim with a relative URL; none points to another host."""
        for page in unpacked.rglob("*.html"):
            html = page.read_text(encoding="utf-8")
            depth = len(page.relative_to(unpacked).parts) - 1
            assert f'<script src="{"../" * depth}{SHIM}"></script>' in html, page
            assert "unpkg.com" not in html and "cdn" not in html.lower().replace("cdna", ""), page


class TestFromDisk:
    def test_navigation_search_and_an_answer_kept_after_reload(self, page: Page, unpacked):
        """From file://: the menu, the search and a quiz answer that is still there after reloading."""
        traffic = Traffic(page)
        page.goto((unpacked / "index.html").as_uri())
        page.locator("nav.md-nav--primary").get_by_role("link", name="Modules").first.click()
        expect(page).to_have_url((unpacked / "modules" / "voorbeeld.html").as_uri())
        answer_first_question(page)
        page.reload()
        first_question_restored(page)
        search_for(page, "klacht")
        page.locator(".md-search-result__item a[href*='modules/voorbeeld.html']").first.click()
        expect(page).to_have_url(re.compile("^" + re.escape((unpacked / "modules" / "voorbeeld.html").as_uri())))
        assert traffic.other_hosts() == [] and traffic.errors == []
        assert all(url.startswith(("file://", "data:", "blob:")) for url in traffic.requests)

    def test_every_exercise_works_and_keeps_its_answers(self, page: Page, unpacked):
        """Self-assessment profile, checklist progress and a reflection, all kept after reloading from disk."""
        traffic = Traffic(page)
        page.goto((unpacked / "modules" / "voorbeeld.html").as_uri())
        for statement, value in (("open-vragen", 4), ("advies-eerst", 2), ("afspraken-terug", 5), ("volgende-stap", 3)):
            page.locator(f'[data-ld-item="{statement}"] input[value="{value}"]').check()
        expect(page.locator(".ld-sa__result")).to_be_visible()
        page.locator('[data-ld="checklist"] input[type=checkbox]').first.check()
        expect(page.locator('[data-ld="checklist"] .ld-progress [role=status]')).to_contain_text("1 van")
        page.locator('[data-ld="reflection"] textarea').first.fill("Geschreven zonder netwerk.")
        expect(page.locator('[data-ld="reflection"] .ld-status')).to_have_text("Opgeslagen in deze browser.")
        page.reload()
        expect(page.locator(".ld-sa__result")).to_be_visible()
        expect(page.locator('[data-ld="checklist"] input[type=checkbox]').first).to_be_checked()
        expect(page.locator('[data-ld="reflection"] textarea').first).to_have_value("Geschreven zonder netwerk.")
        assert traffic.other_hosts() == [] and traffic.errors == []
