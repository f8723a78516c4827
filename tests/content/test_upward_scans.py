"""Upward scans (the team's view of the manager, issue 15): written in the team member's words, and each
intro says how anonymity works, when the manager sees anything, and that it is no appraisal."""

from __future__ import annotations

import re

from test_content_rules import course  # noqa: F401 (fixture)
from test_quiz_and_scan_rules import GROUP_MINIMUM_WORD, _THRESHOLD, scans

#: Modules whose self-scan the team can mirror (issue 15 asks at least these).
MODULES_WITH_UPWARD = {"coachend-leiderschap", "psychologische-veiligheid", "delegeren"}


def upward(course) -> list:
    return [scan for scan in scans(course) if scan.audience == "upward"]


def test_the_three_modules_have_an_upward_scan(course):
    """Coaching, psychological safety and delegation each place a teamblik."""
    placed = {module_id for module_id, module in course.modules.items()
              for ref in module.exercise_refs() if getattr(course.exercises[ref], "audience", None) == "upward"}
    assert placed >= MODULES_WITH_UPWARD


def test_statements_speak_of_my_manager(course):
    """Every statement is in the team member's words: it is about 'mijn leidinggevende'."""
    other = [f"{scan.id}/{s.id}" for scan in upward(course) for s in scan.statements
             if "mijn leidinggevende" not in s.text.lower()]
    assert not other, f"statements that do not speak of 'mijn leidinggevende': {other}"


def test_intro_names_the_threshold_and_the_purpose(course):
    """The intro says the manager sees the group from five codes on, how to pass a code on anonymously, and that it is no appraisal."""
    missing = []
    for scan in upward(course):
        text = " ".join((scan.intro or "").split())
        numbers = [m.group(1).lower() for m in _THRESHOLD.finditer(text)]
        if numbers != [GROUP_MINIMUM_WORD]:
            missing.append(f"{scan.id}: threshold {numbers}")
        for what, pattern in (("anonymous form", r"anoniem formulier"), ("no appraisal", r"niet voor een beoordeling"),
                              ("without a name", r"zonder naam")):
            if not re.search(pattern, text, re.I):
                missing.append(f"{scan.id}: {what}")
    assert not missing, missing
