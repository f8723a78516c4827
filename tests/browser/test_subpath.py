"""The built site works unchanged under any path of a web server, e.g. an intranet's /academy/leiderschap/."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from conftest import FIXTURE_COURSE, Server, build_site
from hosting_steps import Traffic, answer_first_question, first_question_restored, search_for

PREFIX = "/academy/leiderschap/"


@pytest.fixture(scope="module")
def subpath_server(fixture_site):
    """The fixture course, built once with no knowledge of where it will be served, under a sub-path."""
    server = Server(fixture_site, PREFIX)
    yield server
    server.close()


@pytest.fixture(scope="module")
def instant_subpath_server(tmp_path_factory):
    """The fixture course built for its address under a sub-path (LEIDRAAD_SITE_URL): instant navigation on."""
    root = tmp_path_factory.mktemp("instant-subpath-site")
    server = Server(root, PREFIX)
    result = build_site(root, FIXTURE_COURSE, env={"LEIDRAAD_SITE_URL": server.url})
    assert result.returncode == 0, result.stderr
    yield server
    server.close()


class TestSubPath:
    def test_navigation_exercise_and_search_under_a_sub_path(self, page: Page, subpath_server):
        """Through the menu to a module, answer, reload, search: every request stays under the sub-path."""
        traffic = Traffic(page)
        page.goto(subpath_server.url + "index.html")
        page.locator("nav.md-nav--primary").get_by_role("link", name="Modules").first.click()
        expect(page).to_have_url(subpath_server.url + "modules/voorbeeld.html")
        answer_first_question(page)
        page.reload()
        first_question_restored(page)
        page.get_by_role("link", name="Volgende: Feedback geven").click()
        expect(page).to_have_url(subpath_server.url + "modules/tweede.html")
        search_for(page, "klacht")
        page.locator(".md-search-result__item a[href*='modules/voorbeeld.html']").first.click()
        expect(page).to_have_url(re.compile(re.escape(subpath_server.url + "modules/voorbeeld.html")))
        page.get_by_role("link", name="Privacy").first.click()
        expect(page).to_have_url(subpath_server.url + "privacy.html")
        expect(page.locator("h1")).to_contain_text("Privacy")
        assert traffic.failures == [] and traffic.errors == []
        assert traffic.outside(PREFIX) == [] and traffic.other_hosts() == []

    def test_nothing_is_served_outside_the_sub_path(self, page: Page, subpath_server):
        """The server answers only under the sub-path, so a root-relative URL would have shown up as a 404."""
        response = page.goto(subpath_server.url.replace(PREFIX, "/") + "index.html")
        assert response.status == 404

    def test_instant_navigation_under_a_sub_path(self, page: Page, instant_subpath_server):
        """Built for its address under a sub-path, pages change without reloading and exercises still work."""
        traffic = Traffic(page)
        page.goto(instant_subpath_server.url + "index.html")
        page.evaluate("window.__sameDocument = true")
        page.locator("nav.md-nav--primary").get_by_role("link", name="Modules").first.click()
        expect(page).to_have_url(instant_subpath_server.url + "modules/voorbeeld.html")
        answer_first_question(page)
        assert page.evaluate("window.__sameDocument") is True
        assert traffic.failures == [] and traffic.outside(PREFIX) == [] and traffic.other_hosts() == []
