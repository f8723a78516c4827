"""axe-core on every page, before and after a learner has used everything on it; no other host."""

from __future__ import annotations

from pathlib import Path

from engine_support import interact_with_everything, violations


def walk_site(page, server, site: Path, external: list[str]) -> tuple[list[str], list[str]]:
    """Visit every page: axe before and after interacting; return (problems, requests to other hosts)."""
    problems = []
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    assert len(pages) > 3
    for path in pages:
        page.goto(server.url + path)
        problems += [f"{path} (before): {v}" for v in violations(page)]
        if interact_with_everything(page):
            problems += [f"{path} (after): {v}" for v in violations(page)]
    return problems, list(external)


class TestAccessibility:
    def test_example_course_has_no_axe_violation_and_no_other_host(self, page, fixture_server, fixture_site, external_requests):
        """Every page of the example course passes axe-core before and after use, and asks no other host for anything."""
        assert walk_site(page, fixture_server, fixture_site, external_requests) == ([], [])

    def test_real_course_has_no_axe_violation_and_no_other_host(self, page, course_server, course_site, external_requests):
        """Every page of the real course passes axe-core before and after use, and asks no other host for anything."""
        assert walk_site(page, course_server, course_site, external_requests) == ([], [])

    def test_example_module_is_enhanced_when_checked(self, page, fixture_server):
        """The walk above really used the exercises: the example module has four enhanced components."""
        page.goto(fixture_server.url + "modules/voorbeeld.html")
        assert interact_with_everything(page) >= 4 + 2  # four exercises, at least two answer <details>
        assert page.locator("[data-ld-explanation]:visible").count() >= 2
