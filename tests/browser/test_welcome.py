"""An organisation's own start page (title, tagline, intro from its course configuration), Leidraad's
own start page unchanged, and a Dutch, styled 404 page under a sub-path of a web server."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml
from playwright.sync_api import Page, expect

from conftest import FIXTURE_COURSE, ROOT, build_site
from engine_support import violations
from hosting_steps import Traffic

EXAMPLE = ROOT / "examples" / "organisatie" / "course.yml"
PREFIX = "/academy/leiderschap/"


@pytest.fixture(scope="module")
def example_site(tmp_path_factory) -> Path:
    """The example organisation's course (examples/organisatie/course.yml), as its README builds it."""
    site = tmp_path_factory.mktemp("example-organisation")
    result = build_site(site, EXAMPLE)
    assert result.returncode == 0, result.stderr
    return site


class SubPathServer:
    """A web server for a site under PREFIX that answers an unknown address with the site's 404.html,
    as a server configured for it does (e.g. `ErrorDocument 404 /academy/leiderschap/404.html`)."""

    def __init__(self, root: Path):
        class Handler(http.server.SimpleHTTPRequestHandler):
            def translate_path(self, path):
                parsed = urlparse(path).path
                inside = parsed[len(PREFIX):] if parsed.startswith(PREFIX) else "__outside__"
                return super().translate_path("/" + inside)

            def send_error(self, code, message=None, explain=None):
                if code != 404:
                    return super().send_error(code, message, explain)
                not_found = (root / "404.html").read_bytes()
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(not_found)))
                self.end_headers()
                self.wfile.write(not_found)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(root)))
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_port}{PREFIX}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def not_found_server(tmp_path_factory):
    """The fixture course built for its address under a sub-path (LEIDRAAD_SITE_URL), 404 page configured."""
    root = tmp_path_factory.mktemp("not-found-site")
    server = SubPathServer(root)
    result = build_site(root, FIXTURE_COURSE, env={"LEIDRAAD_SITE_URL": server.url})
    assert result.returncode == 0, result.stderr
    yield server
    server.close()


class TestStartPage:
    def test_the_organisations_start_page_shows_its_own_title_tagline_and_intro(self, page: Page, example_site, course_server):
        """Het Anker's site opens with its own heading, its tagline and its own introduction, not Leidraad's."""
        config = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
        page.goto(example_site.joinpath("index.html").as_uri())
        article = page.locator("article")
        expect(article.locator("h1")).to_have_text(config["title"] + "¶")
        expect(article.locator(".ld-tagline")).to_have_text(config["tagline"])
        shown = " ".join(article.inner_text().split())
        for paragraph in config["intro"].strip().split("\n\n"):
            assert " ".join(paragraph.split()) in shown
        assert "Leidraad is een cursus" not in shown
        expect(page).to_have_title(config["title"])

    def test_leidraads_own_start_page_keeps_its_text(self, page: Page, course_server):
        """Without an intro in the configuration, the start page introduces Leidraad as before."""
        page.goto(course_server.url + "index.html")
        article = page.locator("article")
        expect(article.locator("h1")).to_have_text("Leidraad¶")
        expect(article.locator(".ld-tagline")).to_have_text("Leidinggeven dat mensen in beweging zet")
        expect(article).to_contain_text("Leidraad is een cursus voor leidinggevenden in Vlaanderen en Nederland")
        expect(article.get_by_role("heading", name="Voor wie?")).to_be_visible()


class TestNotFound:
    def test_a_missing_page_under_a_sub_path_is_dutch_and_styled(self, page: Page, not_found_server):
        """An address that does not exist, deep under the sub-path, shows the course's own page in Dutch,
        with its styles and header, every request under the sub-path, and a way back to the start."""
        traffic = Traffic(page)
        response = page.goto(not_found_server.url + "modules/bestaat-niet/echt.html")
        assert response.status == 404
        expect(page.locator("html")).to_have_attribute("lang", "nl")
        expect(page.locator("h1")).to_have_text("Pagina niet gevonden")
        expect(page).to_have_title("Pagina niet gevonden - Leidraad (testcursus)")
        header = page.locator(".md-header")
        assert header.evaluate("e => getComputedStyle(e).position") in ("sticky", "fixed")
        assert header.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(15, 91, 102)"
        assert traffic.outside(PREFIX) == []
        assert [f for f in traffic.failures if "bestaat-niet" not in f] == []
        assert violations(page) == []
        page.get_by_role("link", name="Naar de startpagina").click()
        expect(page).to_have_url(not_found_server.url + "index.html")
        expect(page.locator("article h1")).to_be_visible()
