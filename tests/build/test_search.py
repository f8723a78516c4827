"""The site's search: what a learner can find, and what stays out of it."""

from __future__ import annotations

import json
import re

import pytest


@pytest.fixture(scope="module")
def index(fixture_site) -> list[dict]:
    return json.loads((fixture_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def text_of(index: list[dict], page: str) -> str:
    return " ".join(entry["title"] + " " + entry["text"] for entry in index if entry["location"].split("#")[0] == page)


class TestWhatSearchFinds:
    def test_exercises_are_searchable_on_their_module_page(self, index):
        """A question, an option and a statement lead to the module."""
        text = text_of(index, "modules/voorbeeld.html")
        for words in ("Wat doe je eerst?", "Ik vraag hoe hij het zelf zou aanpakken.",
                      "Ik stel open vragen voor ik zelf een oplossing voorstel."):
            assert words in text

    def test_what_a_quiz_says_after_a_check_is_not_searchable(self, index):
        """An option's feedback and the explanation are the key: searching them finds nothing."""
        text = " ".join(entry["text"] for entry in index)
        for words in ("hij leert er weinig van", "Eerst vragen geeft je informatie", "Juist", "Niet juist"):
            assert words not in text

    def test_lists_stay_lists_in_the_results(self, index):
        """Answer options are shown as a list in a search result, as on the page."""
        assert re.search(r"<li>\s*Ik vraag hoe hij het zelf zou aanpakken\.", text_of(index, "modules/voorbeeld.html"))

    def test_no_markup_or_page_data_in_the_results(self, index):
        """Form markup and the data a page's script reads are not text a learner searches."""
        for entry in index:
            assert "<input" not in entry["text"] and "<label" not in entry["text"] and '{"' not in entry["text"], entry["location"]

    def test_handouts_and_slides_are_not_listed_in_the_trainers_site(self, kit_site):
        """They repeat the module's text; the trainer's search leads to the module and the facilitator guide."""
        index = json.loads((kit_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
        pages = {entry["location"].split("#")[0] for entry in index}
        assert "trainers/voorbeeld.html" in pages
        assert not [page for page in pages if page.endswith(("-handout.html", "-presentatie.html"))]
