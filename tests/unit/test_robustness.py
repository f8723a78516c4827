"""Content damaged in random ways gives one-line messages, never a crash (seeded, so repeatable)."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
import yaml

from macros.content.course import load_course
from macros.content.errors import ContentErrors
from macros.content.loader import LoadError, parse_text

FIXTURE = Path(__file__).parents[1] / "fixtures" / "course"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(FIXTURE.rglob("*.yml"))]
PIECES = list(":-[]{}&*!|>'\"#%@`,?\t\n ") + ["\x00", "\x85", "<<: *a", "---", "!!python/name:os.system", "&a", "*a"]
ODD_VALUES = [None, 5, 2.5, True, "x", [], {}, [1], {"a": 1}, ["x", None], [{"id": None}], "Hallo Wereld", 10**30]


def damage_text(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 6)):
        at = rng.randrange(len(text))
        choice = rng.random()
        if choice < 0.4:
            text = text[:at] + rng.choice(PIECES) + text[at:]
        elif choice < 0.7:
            text = text[:at] + text[at + rng.randint(1, 5):]
        else:
            start = rng.randrange(len(text))
            text = text[:at] + text[start:start + 10] + text[at:]
    return text


def damage_data(node: object, rng: random.Random, rate: float) -> None:
    keys = list(node) if isinstance(node, dict) else range(len(node)) if isinstance(node, list) else []
    for key in keys:
        roll = rng.random()
        if roll < rate:
            node[key] = rng.choice(ODD_VALUES)
        elif roll < rate * 1.3 and isinstance(node, dict):
            node[key + "x"] = node.pop(key)
        else:
            damage_data(node[key], rng, rate)


class TestDamagedContent:
    @pytest.mark.parametrize("seed", range(0, 2000, 250))
    def test_damaged_yaml_text_is_reported_on_one_line(self, seed):
        """Random typing mistakes in YAML are reported as one line each, or read fine; nothing else happens."""
        for attempt in range(seed, seed + 250):
            rng = random.Random(attempt)
            try:
                parse_text(damage_text(rng.choice(TEXTS), rng), "x.yml")
            except LoadError as exc:
                assert "\n" not in str(exc.error)

    @pytest.mark.parametrize("seed", range(8))
    def test_wrong_values_anywhere_give_messages(self, seed, tmp_path):
        """Values of any wrong type in any place of a course end in a list of messages, never a traceback."""
        for attempt in range(seed * 10, seed * 10 + 10):
            rng = random.Random(attempt)
            course = tmp_path / f"course-{attempt}"
            shutil.copytree(FIXTURE, course)
            for path in rng.sample(sorted(course.rglob("*.yml")), k=rng.randint(1, 3)):
                data = yaml.safe_load(path.read_text(encoding="utf-8"))
                damage_data(data, rng, rng.choice([0.03, 0.1, 0.3]))
                path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
            try:
                load_course(course / "course.yml", base=course)
            except ContentErrors as exc:
                assert exc.errors and all("\n" not in str(error) for error in exc.errors)
