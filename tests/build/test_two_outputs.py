"""Two audiences, two outputs: the learner's site holds no trainer material, the trainer's holds the whole kit.

The learner's site is the default build (`make build`); the trainer's is `make trainer` (the plugin's
audience "trainer"); a course configuration with `trainer_kit: included` puts the kit in the learner's
web site too, out of its search. Built from the kit test course (workshops, role-plays, a group view).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import KIT_COURSE, ROOT, build_site
from macros.content.course import load_course
from macros.content.exercises import Quiz
from macros.site.trainer import trainer_pages

KIT_ASSETS = ["assets/leidraad/trainer.css", "assets/leidraad/trainer.js", "assets/leidraad/group.js",
              "assets/leidraad/slides.js"]


@pytest.fixture(scope="module")
def course():
    return load_course(KIT_COURSE)


def index_of(site: Path) -> list[dict]:
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def soup(site: Path, page: str) -> BeautifulSoup:
    return BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")


def nav_titles(site: Path, page: str) -> list[str]:
    return [" ".join(n.get_text(" ").split()) for n in soup(site, page).select(".md-nav--primary .md-nav__link")]


def answer_key(course) -> list[str]:
    """What a quiz tells only after a check: every option's feedback and every explanation (plain words)."""
    texts = [s for _, _, quiz in course.placed() if isinstance(quiz, Quiz)
             for q in quiz.questions for s in [q.explanation] + [o.feedback for o in q.options]]
    # A phrase of each, without Markdown, long enough to be unmistakable.
    return [" ".join(re.sub(r"[*_`\[\]()]", "", t).split()[:6]) for t in texts]


def searched_text(site: Path) -> str:
    return " ".join(" ".join(BeautifulSoup(e["title"] + " " + e["text"], "html.parser").get_text(" ").split())
                    for e in index_of(site))


@pytest.fixture(scope="module")
def included_site(tmp_path_factory) -> Path:
    """One site for learners and trainers: the kit course with `trainer_kit: included`."""
    base = tmp_path_factory.mktemp("included")
    config = yaml.safe_load(KIT_COURSE.read_text(encoding="utf-8"))
    config.update(trainer_kit="included", content=str(KIT_COURSE.parent))
    (base / "course.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    result = build_site(base / "site", base / "course.yml")
    assert result.returncode == 0, result.stderr
    return base / "site"


class TestLearnersSite:
    def test_no_page_or_script_of_the_kit(self, kit_learner_site):
        """No trainers/ folder, no kit script or style: nothing of the kit is served to learners."""
        assert not (kit_learner_site / "trainers").exists()
        assert [a for a in KIT_ASSETS if (kit_learner_site / a).exists()] == []

    def test_search_finds_no_trainer_page_and_no_answer_key(self, kit_learner_site, course):
        """The search index has no trainers/ page, no 'Juist'/'Niet juist' label and no feedback or explanation."""
        assert [e["location"] for e in index_of(kit_learner_site) if e["location"].startswith("trainers/")] == []
        text = searched_text(kit_learner_site)
        assert not re.search(r"\b(Niet juist|Juist)\b", text)
        assert [phrase for phrase in answer_key(course) if phrase in text] == []

    def test_menu_and_module_pages_without_trainer_material(self, kit_learner_site):
        """No 'Voor trainers' in the menu; no 'Workshopplan voor trainers' on a module page or in its contents."""
        for page in ("index.html", "modules/voorbeeld.html", "voortgang.html"):
            assert not {"Voor trainers", "Overzicht voor trainers", "Begeleidersgidsen"} & set(nav_titles(kit_learner_site, page))
        module = soup(kit_learner_site, "modules/voorbeeld.html")
        assert "Workshopplan voor trainers" not in module.get_text(" ")
        assert not module.select(".ld-workshop-summary, a[href*='trainers/']")

    def test_the_no_script_answer_key_is_still_in_the_page(self, kit_learner_site):
        """Without JavaScript a reader can still open each question's answer (the script removes it)."""
        module = soup(kit_learner_site, "modules/voorbeeld.html")
        questions = module.select('form[data-ld="quiz"] [data-ld-item]')
        assert questions and all(q.select_one("details.ld-answer summary") for q in questions)
        assert not module.select("[data-correct]")  # the page does not mark the right option for the eye


class TestTrainersSite:
    def test_every_page_of_the_kit(self, kit_site, course):
        """Guides, handouts, slides, role-plays, programme and group view; the overview is the start page."""
        pages = trainer_pages(course, home=True)
        assert {p.kind for p in pages} >= {"overview", "guide", "handout", "slides", "roleplays", "programme", "group"}
        for page in pages:
            assert (kit_site / page.path.replace(".md", ".html")).is_file(), page.path
        assert [a for a in KIT_ASSETS if not (kit_site / a).exists()] == []
        start = soup(kit_site, "index.html")
        assert start.select_one("article h1").get_text(strip=True).rstrip("¶") == "Voor trainers"
        for link in start.select("article a[href]:not([href^='#'])"):
            assert (kit_site / link["href"].split("#")[0]).is_file(), link["href"]

    def test_guides_hold_the_keys_and_search_finds_them(self, kit_site, course):
        """The facilitator's guide has the quiz with its answers, and the trainer's search finds it."""
        guide = soup(kit_site, "trainers/voorbeeld.html").get_text(" ")
        assert "Quiz met antwoorden" in guide
        assert "trainers/voorbeeld.html" in {e["location"].split("#")[0] for e in index_of(kit_site)}
        text = searched_text(kit_site)  # the phrases the learner's search must not find are found here
        assert [phrase for phrase in answer_key(course) if phrase not in text] == []

    def test_the_course_itself_with_pointers_to_the_guides(self, kit_site):
        """The modules are there as learners see them, each with a pointer to its guide."""
        module = soup(kit_site, "modules/voorbeeld.html")
        assert module.select_one(".ld-workshop-summary a")["href"] == "../trainers/voorbeeld.html"
        assert "Modules" in nav_titles(kit_site, "modules/voorbeeld.html")

    def test_same_course_data_as_the_learners_site(self, kit_site, kit_learner_site):
        """The same storage id and exercise fingerprints: share codes and answers work between the two."""
        def data(site):
            folder = site / "assets" / "leidraad"
            text = (folder / "course.js").read_text(encoding="utf-8")
            layouts = re.search(r"addLayouts\((\{.*\}),\s*true\)", (folder / "layouts.js").read_text(encoding="utf-8"), re.S)
            return {**json.loads(text[text.index("{"):text.rindex("}") + 1]), **json.loads(layouts.group(1))}
        learner, trainer = data(kit_learner_site), data(kit_site)
        assert learner["storageId"] == trainer["storageId"]
        assert learner["exercises"] == trainer["exercises"] and learner["exercises"]


class TestOneSite:
    def test_kit_in_the_menu_but_not_in_the_search(self, included_site, course):
        """`trainer_kit: included`: the kit is under 'Voor trainers', but the learners' search finds none of it."""
        assert (included_site / "trainers" / "voorbeeld.html").is_file()
        assert (included_site / "trainers" / "index.html").is_file()
        assert "Voor trainers" in nav_titles(included_site, "index.html")
        assert [e["location"] for e in index_of(included_site) if e["location"].startswith("trainers/")] == []
        text = searched_text(included_site)
        assert not re.search(r"\b(Niet juist|Juist)\b", text)
        assert [phrase for phrase in answer_key(course) if phrase in text] == []

    def test_module_pages_stay_the_learners(self, included_site):
        """The workshop pointer is a trainer's; a learner's module page does not end with it."""
        assert "Workshopplan voor trainers" not in soup(included_site, "modules/voorbeeld.html").get_text(" ")


class TestTrainersPackage:
    def test_the_zip_holds_the_whole_kit_and_opens_from_disk(self, tmp_path, course):
        """`leidraad package trainer` writes <storage id>-trainer.zip: the kit, the course, the offline search."""
        out = tmp_path / "dist" / "kit-trainer.zip"
        command = [sys.executable, "-m", "macros.cli", "--config", str(KIT_COURSE), "package", "trainer", "--out", str(out)]
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stderr
        names = set(zipfile.ZipFile(out).namelist())
        expected = {p.path.replace(".md", ".html") for p in trainer_pages(course, home=True)}
        assert expected <= names and set(KIT_ASSETS) <= names
        assert "assets/vendor/iframe-worker/shim.js" in names and "scorm.html" not in names
