"""The trainer's kit computed from the module data: clock times, materials, its pages and navigation."""

from __future__ import annotations

import shutil
from pathlib import Path

import markdown
import pytest

from macros.content.course import load_course
from macros.content.errors import ContentErrors
from macros.render.pages import Renderer
from macros.site.trainer import TrainerKit, materials, page_url, time_of_day, trainer_nav, trainer_pages

FIXTURE_DIR = Path(__file__).parents[1] / "fixtures" / "course"


def course_of(tmp_path: Path, modules: list[str], extra: str = "", edit=None):
    """A course over the fixture content with its own module list (optionally with edited modules)."""
    content = FIXTURE_DIR
    if edit:
        content = tmp_path / "content"
        shutil.copytree(FIXTURE_DIR, content)
        edit(content)
    config = tmp_path / "course.yml"
    config.write_text(f"title: Test\nstorage_id: test\ncontent: {content}\nmodules: [{', '.join(modules)}]\n{extra}",
                      encoding="utf-8")
    return load_course(config, base=tmp_path)


def page_html(course, kind: str, module_id: str = "") -> str:
    """A page of the kit as MkDocs makes it: Markdown converted, HTML blocks put back."""
    renderer = Renderer(course)
    text = TrainerKit(renderer).page(kind, module_id)
    return renderer.restore(markdown.markdown(text, extensions=["attr_list"]))[0]


@pytest.fixture(scope="module")
def kit_course():
    return load_course(FIXTURE_DIR / "kit.yml")


class TestTimeOfDay:
    def test_minutes_after_midnight_read_as_a_clock(self):
        """Agenda times read as a 24-hour clock with leading zeros."""
        assert [time_of_day(m) for m in (0, 9 * 60, 9 * 60 + 5, 13 * 60 + 30)] == ["00:00", "09:00", "09:05", "13:30"]

    def test_past_midnight_starts_again(self):
        """A workshop that runs past midnight shows the next day's clock, not 24:10."""
        assert time_of_day(24 * 60 + 10) == "00:10"


class TestMaterials:
    def test_each_material_is_listed_once_with_where_it_is_used(self, kit_course):
        """Materials of the plan and of its blocks are collected once, with the blocks that need them."""
        found = materials(kit_course.exercise("teamoverleg-workshop"))
        assert [(m.name, m.used_in) for m in found] == [
            ("Flip-over", ()), ("Stiften", ()), ("Rolkaartjes", ("Overleg in rollen", "Afspraken maken"))]

    def test_block_materials_only(self, kit_course):
        """A material only one block needs names that block."""
        found = materials(kit_course.exercise("voorbeeld-workshop"))
        assert [(m.name, m.used_in) for m in found] == [("Flip-over", ()), ("Observatieformulier", ("Oefenen in drietallen",))]


class TestDuration:
    @pytest.mark.parametrize(("minutes", "text"), [(45, "45 min"), (60, "1 uur"), (65, "1 uur 5 min"), (120, "2 uur")])
    def test_lengths_read_in_hours_and_minutes(self, kit_course, minutes, text):
        """Lengths read the way a Dutch trainer writes them."""
        assert TrainerKit(Renderer(kit_course)).duration(minutes) == text


class TestPages:
    def test_every_page_of_the_kit(self, kit_course):
        """The kit has an overview, a programme builder, a group view, three pages per module and the role-plays."""
        paths = [page.path for page in trainer_pages(kit_course)]
        assert paths == ["trainers/index.md", "trainers/programma.md", "trainers/groep.md",
                         "trainers/voorbeeld.md", "trainers/voorbeeld-handout.md", "trainers/voorbeeld-presentatie.md",
                         "trainers/voorbeeld-rollenspellen.md", "trainers/teamoverleg.md", "trainers/teamoverleg-handout.md", "trainers/teamoverleg-presentatie.md"]

    def test_each_page_names_what_it_shows(self, kit_course):
        """A module's three pages of the kit each render that module."""
        pages = {page.path: page for page in trainer_pages(kit_course)}
        assert (pages["trainers/voorbeeld-handout.md"].kind, pages["trainers/voorbeeld-handout.md"].module_id) == ("handout", "voorbeeld")
        assert (pages["trainers/index.md"].kind, pages["trainers/index.md"].module_id) == ("overview", "")

    def test_handouts_and_slides_stay_out_of_search(self, kit_course):
        """Handouts and slides repeat the module's text, so search does not list them a second time."""
        searched = {page.path: page.searched for page in trainer_pages(kit_course)}
        assert not searched["trainers/voorbeeld-handout.md"] and not searched["trainers/voorbeeld-presentatie.md"]
        assert searched["trainers/voorbeeld.md"]

    def test_no_group_view_without_self_assessments(self, tmp_path):
        """A course without self-assessments has no group view to offer."""
        course = course_of(tmp_path, ["teamoverleg"])
        assert "trainers/groep.md" not in [page.path for page in trainer_pages(course)]

    def test_urls_between_pages_of_the_kit(self):
        """Links between the kit's pages are relative .html addresses (the site works from disk)."""
        assert page_url("handout", "voorbeeld") == "voorbeeld-handout.html"
        assert page_url("programme") == "programma.html"


class TestNav:
    def test_voor_trainers_section(self, kit_course):
        """'Voor trainers' lists the overview, the programme, the group view and a guide per module."""
        assert trainer_nav(kit_course) == [
            {"Overzicht voor trainers": "trainers/index.md"},
            {"Programma samenstellen": "trainers/programma.md"},
            {"Groepsoverzicht": "trainers/groep.md"},
            {"Begeleidersgidsen": [{"Voorbeeldmodule": "trainers/voorbeeld.md"},
                                   {"Teamoverleg dat werkt": "trainers/teamoverleg.md"}]},
        ]


class TestWithoutWorkshop:
    @pytest.fixture
    def course(self, tmp_path):
        def drop_workshop(content: Path) -> None:
            module = content / "modules" / "voorbeeld.yml"
            module.write_text(module.read_text(encoding="utf-8").replace("workshop: voorbeeld-workshop\n", ""), encoding="utf-8")
        return course_of(tmp_path, ["voorbeeld"], edit=drop_workshop)

    def test_guide_still_has_the_quiz_answers(self, course):
        """A module without a workshop plan still gets a guide: no agenda, but the quiz answers and key points."""
        html = page_html(course, "guide", "voorbeeld")
        assert "geen workshopplan" in html
        assert "Agenda" not in html
        assert "Eerst vragen geeft je informatie en de medewerker eigenaarschap." in html

    def test_no_programme_builder(self, course):
        """Without any workshop plan there is nothing to build a programme from."""
        assert "trainers/programma.md" not in [page.path for page in trainer_pages(course)]


class TestGroupMinimum:
    def test_five_by_default(self, tmp_path):
        """The group view shows results from five responses unless the course says otherwise."""
        assert course_of(tmp_path, ["voorbeeld"]).config.group_minimum == 5

    def test_a_course_can_choose_another_minimum(self, tmp_path, kit_course):
        """An organisation can set the minimum in its course configuration (the kit's test course: three)."""
        assert course_of(tmp_path, ["voorbeeld"], "group_minimum: 8\n").config.group_minimum == 8
        assert kit_course.config.group_minimum == 3

    def test_one_response_is_refused(self, tmp_path):
        """A minimum of one would show a single person's answers: the configuration is refused."""
        with pytest.raises(ContentErrors) as caught:
            course_of(tmp_path, ["voorbeeld"], "group_minimum: 1\n")
        assert "group_minimum" in str(caught.value)


class TestTeamScanHandout:
    def test_a_team_scan_is_named_and_introduced_as_one(self, tmp_path):
        """On the handout a self-assessment about the team reads 'Teamscan', with the team scan's note."""
        def make_team_scan(content: Path) -> None:
            scan = content / "exercises" / "voorbeeld-zelfscan.yml"
            scan.write_text(scan.read_text(encoding="utf-8").replace("kind: self-assessment\n", "kind: self-assessment\naudience: team\n"),
                            encoding="utf-8")
        html = page_html(course_of(tmp_path, ["voorbeeld"], edit=make_team_scan), "handout", "voorbeeld")
        assert "Teamscan: Zelfscan coachend gedrag" in html
        assert "Vul deze teamscan in over je team" in html
