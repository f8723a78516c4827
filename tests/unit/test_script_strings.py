"""The scripts' interface strings: one set of names (browser.script_strings), each script carrying the
ones it looks up (assets.strings_for), and a lookup of a string that does not exist stops the build."""

from __future__ import annotations

import pytest

from macros.render.pages import load_strings
from macros.site import browser
from macros.site.assets import AssetError, strings_for, with_strings

STRINGS = {"check": "Controleer", "status_done": "klaar", "status_open": "open", "other": "niet gebruikt"}


class TestOneSetOfNames:
    def test_every_section_for_scripts_is_in_it(self):
        """The `js` section and the `script` parts of the journey, trainer, slides and hosting sections."""
        merged, dutch = browser.script_strings("nl"), load_strings("nl")
        assert merged["decimal_mark"] == dutch["js"]["decimal_mark"]
        assert merged["plan_title"] == dutch["journey"]["script"]["plan_title"]
        assert merged["break_kinds"] == dutch["trainer"]["script"]["break_kinds"]
        assert merged["revealed"] == dutch["trainer"]["slides"]["script"]["revealed"]
        assert merged["lms_progress"] == dutch["hosting"]["script"]["lms_progress"]

    def test_a_name_in_two_sections_is_an_error(self, monkeypatch):
        """Two sections with the same name would make one of them win unseen."""
        dutch = load_strings("nl")
        clashing = {**dutch, "hosting": {**dutch["hosting"], "script": {**dutch["hosting"]["script"], "check": "x"}}}
        monkeypatch.setattr(browser, "load_strings", lambda language: clashing)
        with pytest.raises(Exception, match=r"hosting\.script repeats the script strings check"):
            browser.script_strings("nl")


class TestEachScriptItsOwn:
    def test_the_strings_looked_up_and_no_others(self):
        code = 'var S = L.strings; show(S.check); label(S["status_done"]);'
        assert strings_for(code, STRINGS, "x.js") == {"check": "Controleer", "status_done": "klaar"}

    def test_a_family_by_its_start(self):
        """`S["status_" + status]`: every string whose name starts so."""
        assert strings_for('S["status_" + m.status]', STRINGS, "x.js") == {"status_done": "klaar", "status_open": "open"}

    def test_an_unknown_string_names_the_script_and_line(self):
        with pytest.raises(AssetError, match=r"script pages/home\.js, line 2: no interface string 'chek'"):
            strings_for("var S = L.strings;\nshow(S.chek);", STRINGS, "pages/home.js")

    def test_a_computed_name_is_refused(self):
        """The build could not tell which strings such a script needs."""
        with pytest.raises(AssetError, match=r"script x\.js, line 1: an interface string looked up by a computed name"):
            strings_for("show(S[name]);", STRINGS, "x.js")

    def test_the_strings_go_before_the_code(self):
        """They join window.LEIDRAAD.strings, where the code reads them, before it runs."""
        text = with_strings("code();", {"x.js": "S.check"}, STRINGS)
        assert text.index('{"check":"Controleer"}') < text.index("code();")
        assert "window.LEIDRAAD" in text and "other" not in text
