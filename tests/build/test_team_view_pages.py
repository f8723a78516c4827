"""The team's view of the manager in the built site: the team members' pages exist outside the menu and
the search index, and only the module pages with an upward scan load the team view's script and style."""

from __future__ import annotations

import json

from bs4 import BeautifulSoup

UPWARD_MODULES = ["coachend-leiderschap", "psychologische-veiligheid", "delegeren"]


def soup(path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def scripts(page: BeautifulSoup) -> set[str]:
    return {s["src"].rsplit("/", 1)[-1] for s in page.find_all("script", src=True)}


def test_team_members_pages_are_outside_the_menu_and_search(course_site):
    """teamblik/<module>.html exists for each module with an upward scan; no menu entry and no search entry lead there."""
    for module_id in UPWARD_MODULES:
        assert (course_site / "teamblik" / f"{module_id}.html").is_file()
    start = soup(course_site / "index.html")
    assert not [a["href"] for a in start.select("nav a[href]") if "teamblik/" in a["href"]]
    docs = json.loads((course_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    assert not [d["location"] for d in docs if d["location"].startswith("teamblik/")]


def test_only_pages_with_a_team_view_load_its_script(course_site):
    """The team view and team-view.css are on the three module pages only (the registry fetches teamview.js
    for the view once the page has loaded, so no page names it); the team members' page has the scan and its style."""
    for page in sorted((course_site / "modules").glob("*.html")):
        html = soup(page)
        has_view = page.stem in UPWARD_MODULES
        assert "teamview.js" not in scripts(html), page.name
        assert bool(html.select('link[href$="team-view.css"]')) == has_view, page.name
        assert bool(html.select("[data-ld=team-view]")) == has_view, page.name
    member = soup(course_site / "teamblik" / "delegeren.html")
    assert "teamview.js" not in scripts(member)
    assert member.select_one('form[data-ld-key="delegeren/delegeren-teamblik"]') is not None
    assert member.select_one(".ld-team-view__form") is None
