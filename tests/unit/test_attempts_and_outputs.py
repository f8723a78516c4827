"""The course configuration's attempt policy and trainer-kit switch, and which output carries the kit."""

from __future__ import annotations

import pytest

from conftest import FIXTURE_COURSE
from macros.site.browser import attempt_policy, browser_data
from macros.content.course import load_course
from macros.content.errors import ContentErrors
from macros.site.plugin import kit_mode


def course_with(tmp_path, extra: str):
    config = tmp_path / "course.yml"
    config.write_text(FIXTURE_COURSE.read_text(encoding="utf-8") + f"content: {FIXTURE_COURSE.parent}\n" + extra, encoding="utf-8")
    return load_course(config, base=tmp_path)


class TestAttemptPolicy:
    def test_defaults_first_in_an_lms_and_best_elsewhere(self):
        """Without `attempts`, the SCORM package counts the first complete attempt, the web and offline sites the best."""
        course = load_course(FIXTURE_COURSE)
        assert attempt_policy(course, "scorm") == {"count": "first", "max": None}
        assert attempt_policy(course, "offline") == attempt_policy(course, None) == {"count": "best", "max": None}
        assert browser_data(course)["attempts"] == {"count": "best", "max": None}

    def test_the_configured_policy_everywhere(self, tmp_path):
        """`attempts: {count: last, max: 3}` is what every form of the course applies."""
        course = course_with(tmp_path, "attempts: {count: last, max: 3}\n")
        assert attempt_policy(course, "scorm") == attempt_policy(course, None) == {"count": "last", "max": 3}

    def test_an_unknown_policy_is_named_with_the_known_ones(self, tmp_path):
        """A misspelt count is an error at its place, listing first, best and last."""
        with pytest.raises(ContentErrors) as error:
            course_with(tmp_path, "attempts: {count: beste}\n")
        assert str(error.value).endswith("course.yml:8:12: attempts.count: expected one of: first, best, last; "
                                         "got 'beste' (did you mean 'best'?)")


class TestKitMode:
    @pytest.mark.parametrize("audience, switch, package, expected", [
        ("learner", "separate", None, None),
        ("learner", "included", None, "included"),
        ("learner", "included", "scorm", None),     # a learner's package never carries the kit
        ("learner", "included", "offline", None),
        ("trainer", "separate", None, "trainer"),
        ("trainer", "separate", "offline", "trainer"),
    ])
    def test_which_build_carries_the_kit(self, audience, switch, package, expected):
        """Only the trainer's output, or the learner's web site of a course with `trainer_kit: included`."""
        assert kit_mode(audience, switch, package) == expected
