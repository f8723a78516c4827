"""An organisation's course configuration: colour contrast, logo, language and module selection errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.content.branding import contrast_ratio, shade
from macros.content.course import load_course
from macros.content.errors import ContentErrors

FIXTURE = Path(__file__).parents[1] / "fixtures" / "course"


def write_config(folder: Path, body: str) -> Path:
    """A course.yml in `folder` over the fixture course, with `body` appended."""
    path = folder / "course.yml"
    path.write_text(f"title: Testbedrijf\nstorage_id: testbedrijf\ncontent: {FIXTURE}\n{body}", encoding="utf-8")
    return path


def messages(config: Path) -> list[str]:
    with pytest.raises(ContentErrors) as caught:
        load_course(config, base=config.parent)
    return [str(e) for e in sorted(caught.value.errors)]


class TestContrastRatio:
    def test_black_on_white_is_the_maximum(self):
        """Black on white has the largest possible ratio, 21:1; a colour with itself has 1:1."""
        assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
        assert contrast_ratio("#0f5b66", "#0f5b66") == pytest.approx(1.0)

    def test_known_values(self):
        """Grey #767676 just passes 4.5:1 on white and #777777 just fails (WCAG's own examples)."""
        assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
        assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)

    def test_order_does_not_matter(self):
        """The ratio of a pair is the same whichever colour is the text."""
        assert contrast_ratio("#ffffff", "#4a2a78") == contrast_ratio("#4a2a78", "#ffffff")

    def test_shades(self):
        """A darker variant mixes in black, a lighter one white."""
        assert shade("#808080", -0.5) == "#404040"
        assert shade("#000000", 0.5) == "#808080"


class TestConfigurationErrors:
    def test_low_contrast_colours_are_refused_with_the_measured_ratio(self, tmp_path):
        """A primary or accent colour under 4.5:1 with white is an error naming file, line, field and ratio."""
        config = write_config(tmp_path, 'modules: [voorbeeld]\ncolors:\n  primary: "#77aadd"\n  accent: "#ffcc00"\n')
        assert messages(config) == [
            "course.yml:6:3: colors.primary: contrast of #77aadd with white is 2.44:1; WCAG 2.1 AA needs at least "
            "4.5:1 for white text on the header and buttons, and links on white (choose a darker colour)",
            "course.yml:7:3: colors.accent: contrast of #ffcc00 with white is 1.51:1; WCAG 2.1 AA needs at least "
            "4.5:1 for links and buttons under the pointer, on white (choose a darker colour)",
        ]

    def test_a_ratio_just_under_the_minimum_is_never_shown_as_enough(self, tmp_path):
        """#777777 (4.4799:1) is refused and shown rounded down (4.47:1), never rounded up to an acceptable 4.50:1."""
        config = write_config(tmp_path, 'modules: [voorbeeld]\ncolors:\n  primary: "#777777"\n  accent: "#767676"\n')
        [message] = messages(config)
        assert "colors.primary: contrast of #777777 with white is 4.47:1;" in message

    def test_a_malformed_colour_says_how_to_write_it(self, tmp_path):
        """A colour that is not #rrggbb is refused with the expected form."""
        config = write_config(tmp_path, 'modules: [voorbeeld]\ncolors:\n  primary: "#12345"\n  accent: blue\n')
        assert messages(config) == [
            "course.yml:6:3: colors.primary: '#12345' is not a colour: write it as #rrggbb",
            "course.yml:7:3: colors.accent: 'blue' is not a colour: write it as #rrggbb",
        ]

    def test_an_unknown_module_is_named_with_a_suggestion(self, tmp_path):
        """A module id that has no file in modules/ is an error at its place in the list, with the nearest id."""
        config = write_config(tmp_path, "modules:\n  - voorbeeld\n  - voorbeld-twee\n  - tweed\n")
        found = messages(config)
        assert found[0] == f"course.yml:6:5: modules[1]: no module 'voorbeld-twee' in {FIXTURE / 'modules'}/ (did you mean 'voorbeeld'?)"
        assert found[1] == f"course.yml:7:5: modules[2]: no module 'tweed' in {FIXTURE / 'modules'}/ (did you mean 'tweede'?)"

    def test_an_unknown_language_lists_the_available_ones(self, tmp_path):
        """A language without a strings file in macros/i18n/ is an error listing the languages there are."""
        config = write_config(tmp_path, "language: en\nmodules: [voorbeeld]\n")
        assert messages(config) == ["course.yml:4:1: language: no interface strings for 'en' (macros/i18n/en.yml); available: nl"]

    def test_a_missing_logo_is_named(self, tmp_path):
        """A logo path that has no file next to the configuration is an error; so is a file that is no image."""
        config = write_config(tmp_path, "modules: [voorbeeld]\norganisation:\n  name: Testbedrijf\n  logo: beeld/logo.svg\n")
        assert messages(config) == [f"course.yml:7:3: organisation.logo: no file 'beeld/logo.svg' next to this "
                                    f"configuration file ({tmp_path / 'beeld' / 'logo.svg'})"]
        (tmp_path / "logo.txt").write_text("ACME", encoding="utf-8")
        config = write_config(tmp_path, "modules: [voorbeeld]\norganisation:\n  name: Testbedrijf\n  logo: logo.txt\n")
        assert messages(config) == ["course.yml:7:3: organisation.logo: 'logo.txt' is not an image the site can show "
                                    "(use one of: .svg, .png, .jpg, .jpeg, .webp, .gif)"]

    def test_a_good_configuration_loads(self, tmp_path):
        """Name, logo, accessible colours, contact and a selection in another order load without error."""
        (tmp_path / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
        config = write_config(tmp_path, "modules: [tweede, voorbeeld]\norganisation:\n  name: Testbedrijf\n  logo: logo.svg\n"
                                        "  contact: {email: hr@testbedrijf.example}\n"
                                        'colors: {primary: "#4a2a78", accent: "#b0301f"}\npass_mark: 70\n')
        course = load_course(config, base=tmp_path)
        assert list(course.modules) == ["tweede", "voorbeeld"]
        assert course.config.organisation.contact.email == "hr@testbedrijf.example"
        assert course.config.pass_mark == 70


class TestExampleConfiguration:
    def test_the_shipped_example_has_accessible_colours_and_its_own_storage_id(self):
        """examples/organisatie/course.yml: colours pass AA, its storage id differs from the main course's."""
        import yaml

        root = Path(__file__).parents[2]
        example = yaml.safe_load((root / "examples" / "organisatie" / "course.yml").read_text(encoding="utf-8"))
        main = yaml.safe_load((root / "course.yml").read_text(encoding="utf-8"))
        assert example["storage_id"] != main["storage_id"]
        assert all(contrast_ratio(c, "#ffffff") >= 4.5 for c in example["colors"].values())
        assert example["modules"] != main["modules"][: len(example["modules"])]
        assert (root / "examples" / "organisatie" / example["organisation"]["logo"]).is_file()
