"""An organisation's colours and logo as a learner sees them in Chromium, and still accessible."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from conftest import ROOT, Server, build_site
from hosting_steps import Traffic, answer_first_question

ORGANISATION = ROOT / "tests" / "fixtures" / "organisatie" / "course.yml"
PRIMARY, ACCENT = "rgb(122, 31, 92)", "rgb(29, 94, 47)"  # #7a1f5c and #1d5e2f in that configuration


@pytest.fixture(scope="module")
def branded_server(tmp_path_factory):
    """The fixture course in Testbedrijf Noord's configuration (tests/fixtures/organisatie)."""
    site = tmp_path_factory.mktemp("branded-site")
    result = build_site(site, ORGANISATION)
    assert result.returncode == 0, result.stderr
    server = Server(site)
    yield server
    server.close()


def violations(page: Page) -> list[str]:
    result = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
    return [f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}" for v in result.response["violations"]]


class TestBrandedPages:
    def test_the_header_links_and_controls_take_the_organisations_colours(self, page: Page, branded_server):
        """The header has the primary colour, links in the text too, and the focus ring follows it."""
        page.set_viewport_size({"width": 1400, "height": 900})
        page.goto(branded_server.url + "modules/voorbeeld.html")
        header = page.locator(".md-header")
        assert header.evaluate("e => getComputedStyle(e).backgroundColor") == PRIMARY
        assert page.evaluate("getComputedStyle(document.documentElement).getPropertyValue('--md-accent-fg-color').trim()") == "#1d5e2f"
        link = page.locator("article a:not(.headerlink)").first
        assert link.evaluate("e => getComputedStyle(e).color") == PRIMARY
        expect(header.locator(".md-logo img")).to_have_attribute("alt", "Testbedrijf Noord")
        assert header.locator(".md-logo img").evaluate("img => img.complete && img.naturalWidth > 0")
        page.locator('[data-ld="quiz"] input').first.focus()
        assert page.evaluate("getComputedStyle(document.activeElement).outlineColor") == PRIMARY

    def test_no_accessibility_violation_with_the_brand_before_and_after_answering(self, page: Page, branded_server):
        """axe-core finds no WCAG 2.1 A/AA violation on a branded module page, before and after an answer."""
        traffic = Traffic(page)
        page.goto(branded_server.url + "modules/voorbeeld.html")
        assert violations(page) == []
        answer_first_question(page)
        page.locator('[data-ld="quiz"] button').first.focus()
        assert violations(page) == []
        page.goto(branded_server.url + "privacy.html")
        assert violations(page) == []
        assert traffic.other_hosts() == [] and traffic.errors == []
