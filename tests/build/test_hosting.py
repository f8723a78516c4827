"""An organisation's own build: its name, logo, colours, contact and selection of modules, from one file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import build_site

ROOT = Path(__file__).parents[2]
EXAMPLE = ROOT / "examples" / "organisatie" / "course.yml"
FIXTURE_ORG = ROOT / "tests" / "fixtures" / "organisatie" / "course.yml"


def soup(site: Path, page: str) -> BeautifulSoup:
    return BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")


def module_nav(page: BeautifulSoup) -> list[str]:
    """The titles under 'Modules' in the navigation of a module page, in order (other pages are pruned)."""
    section = page.select_one("nav.md-nav--primary > ul > li.md-nav__item--active")
    return [item.select_one("a.md-nav__link").get_text(" ", strip=True) for item in section.select(":scope > nav > ul > li")]


@pytest.fixture(scope="session")
def example_site(tmp_path_factory) -> Path:
    """The shipped example configuration (examples/organisatie/course.yml), built strictly."""
    site = tmp_path_factory.mktemp("example-site")
    result = build_site(site, EXAMPLE)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="session")
def example() -> dict:
    return yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))


class TestExampleConfiguration:
    def test_only_the_selected_modules_in_their_order(self, example_site, example):
        """The navigation lists exactly the configured modules, in the configured order; no other module is built."""
        titles = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8"))["title"] for p in (ROOT / "modules").glob("*.yml")}
        for page in (f"modules/{m}.html" for m in example["modules"]):
            assert module_nav(soup(example_site, page)) == [titles[m] for m in example["modules"]]
        assert sorted(p.stem for p in (example_site / "modules").glob("*.html")) == sorted(example["modules"])

    def test_the_course_title_and_organisation_name(self, example_site, example):
        """The header carries the course's own title; the footer names the organisation on every page."""
        for page in ("index.html", f"modules/{example['modules'][0]}.html", "toegankelijkheid.html"):
            html = soup(example_site, page)
            assert html.select_one(".md-header__topic .md-ellipsis").get_text(strip=True) == example["title"]
            footer = html.select_one(".md-copyright")
            assert f"Deze cursus wordt aangeboden door {example['organisation']['name']}." in footer.get_text(" ", strip=True)

    def test_the_logo_is_copied_and_shown_with_the_organisations_name(self, example_site, example):
        """The logo file is in the site and the header shows it with a relative URL and the name as alt text."""
        source = EXAMPLE.parent / example["organisation"]["logo"]
        assert (example_site / "assets/leidraad/logo.svg").read_bytes() == source.read_bytes()
        for page, prefix in (("index.html", ""), ("modules/autonome-motivatie.html", "../")):
            logo = soup(example_site, page).select_one(".md-header .md-logo img")
            assert logo["src"] == prefix + "assets/leidraad/logo.svg"
            assert logo["alt"] == example["organisation"]["name"]

    def test_the_brand_colours_reach_the_pages_as_custom_properties(self, example_site, example):
        """Every page loads brand.css after Leidraad's stylesheet; it sets the theme's colour properties."""
        css = re.sub(r"\s+", "", (example_site / "assets/leidraad/brand.css").read_text(encoding="utf-8"))
        assert f"--md-primary-fg-color:{example['colors']['primary']};" in css
        assert f"--md-accent-fg-color:{example['colors']['accent']};" in css
        assert f"--md-typeset-a-color:{example['colors']['primary']}" in css
        for page in example_site.rglob("*.html"):
            links = [link["href"] for link in soup(example_site, str(page.relative_to(example_site))).select("link[rel=stylesheet]")]
            ours = [h.rsplit("/", 1)[-1] for h in links if "assets/leidraad/" in h]
            assert ours.index("brand.css") > ours.index("leidraad.css"), page

    def test_no_colour_is_hard_coded_in_the_stylesheet(self):
        """leidraad.css uses Leidraad's colours only as the defaults of the custom properties."""
        css = (ROOT / "docs/assets/leidraad/leidraad.css").read_text(encoding="utf-8")
        rules = css.split("}", 1)[1]  # after the :root block of defaults
        assert not re.search(r"#0f5b66|#0a434b|#a63f1b", rules, re.I)

    def test_the_contact_is_in_the_footer_and_on_the_privacy_and_accessibility_pages(self, example_site, example):
        """The contact's name, e-mail (mailto link) and intranet page are shown where learners look for them."""
        contact = example["organisation"]["contact"]
        for page in ("index.html", "privacy.html", "toegankelijkheid.html"):
            for paragraph in [p for p in soup(example_site, page).select(".ld-contact")]:
                assert paragraph.get_text(" ", strip=True).startswith(f"Vragen over deze cursus? Neem contact op met {contact['name']}:")
                assert [a["href"] for a in paragraph.select("a")] == [f"mailto:{contact['email']}", contact["url"]]
        assert len(soup(example_site, "privacy.html").select(".ld-contact")) == 2  # footer and page

    def test_the_privacy_page_names_the_courses_storage_key(self, example_site, example):
        """The privacy page tells where the answers are kept: localStorage under this course's key."""
        text = soup(example_site, "privacy.html").select_one("article").get_text(" ", strip=True)
        assert f"onder de sleutel leidraad:{example['storage_id']}" in text

    def test_the_normal_site_carries_no_lms_adapter(self, example_site):
        """The SCORM script and launch page belong only in the SCORM package."""
        assert not (example_site / "assets/leidraad/scorm.js").exists()
        assert not (example_site / "scorm.html").exists()
        assert "scorm" not in (example_site / "index.html").read_text(encoding="utf-8")


class TestWithoutOrganisation:
    def test_the_default_course_has_no_brand_or_logo(self, fixture_site):
        """Without organisation or colours: no brand.css, the theme's icon, no contact in the footer."""
        index = soup(fixture_site, "index.html")
        assert not (fixture_site / "assets/leidraad/brand.css").exists()
        assert index.select_one(".md-header .md-logo svg") is not None
        assert index.select(".md-copyright .ld-contact, .md-copyright .ld-org") == []

    def test_the_privacy_page_says_whom_to_ask_in_general(self, fixture_site):
        """Without a configured contact the privacy page still tells the learner whom to ask."""
        [contact] = soup(fixture_site, "privacy.html").select("article .ld-contact")
        assert contact.get_text(" ", strip=True).startswith("Vragen over deze cursus? Stel ze aan wie je deze cursus aanbood")


class TestBadConfiguration:
    def test_a_build_with_a_bad_configuration_stops_with_every_problem(self, tmp_path):
        """Nothing is built; a low-contrast colour and an unknown module are both named, then a malformed colour."""
        config = tmp_path / "course.yml"
        config.write_text(FIXTURE_ORG.read_text(encoding="utf-8")
                          .replace("content: ../course", f"content: {FIXTURE_ORG.parent.parent / 'course'}")
                          .replace("logo: logo.svg", f"logo: {FIXTURE_ORG.parent / 'logo.svg'}")
                          .replace('primary: "#7a1f5c"', 'primary: "#f4a6c8"').replace("  - tweede", "  - derde"),
                          encoding="utf-8")
        result = build_site(tmp_path / "site", config)
        assert result.returncode == 1
        assert not (tmp_path / "site" / "index.html").exists()
        assert "Leidraad: 2 errors in the course content; nothing was built." in result.stderr
        assert f"{config}:8:5: modules[0]: no module 'derde' in " in result.stderr
        assert (f"{config}:17:3: colors.primary: contrast of #f4a6c8 with white is 1.88:1; WCAG 2.1 AA needs at least 4.5:1 "
                "for white text on the header and buttons, and links on white (choose a darker colour)") in result.stderr
        config.write_text(config.read_text(encoding="utf-8").replace('"#f4a6c8"', '"#f4a6c"'), encoding="utf-8")
        result = build_site(tmp_path / "site", config)
        assert f"{config}:17:3: colors.primary: '#f4a6c' is not a colour: write it as #rrggbb" in result.stderr
