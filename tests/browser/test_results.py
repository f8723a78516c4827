"""The results module (docs/assets/leidraad/core/results.js) in Chromium: (layout, answers) -> result.

Every score, band, status and pass a learner, an LMS or a trainer sees comes from this one module, so
its cases are a table per kind. The layouts are literal, in the shape of "layout v1" (see
/work/plan/contract.md and macros/site/browser.py); the answers are as the store keeps them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page

SOURCE = Path(__file__).resolve().parents[2] / "docs" / "assets" / "leidraad"

QUIZ = {"key": "m/quiz", "kind": "quiz", "id": "quiz", "title": "Quiz", "fp": "abc", "passMark": 70, "items": [
    {"id": "a", "v": "1", "type": "single", "options": 3, "correct": 0b010},
    {"id": "b", "v": "1", "type": "multiple", "options": 4, "correct": 0b0101},
    {"id": "c", "v": "1", "type": "single", "options": 2, "correct": 0b01}]}

SCAN = {"key": "m/scan", "kind": "self-assessment", "id": "scan", "title": "Scan", "fp": "def", "audience": "self",
        "labels": ["1", "2", "3", "4", "5"],
        "dimensions": [{"id": "vragen", "title": "Vragen stellen", "bands": [
                            {"from": 1, "to": 2.5, "label": "Groeikans"}, {"from": 2.5, "to": 3.5, "label": "Op weg"},
                            {"from": 3.5, "to": 5, "label": "Sterk"}]},
                       {"id": "opvolgen", "title": "Opvolgen", "bands": [
                            {"from": 1, "to": 3, "label": "Laag"}, {"from": 3, "to": 5, "label": "Hoog"}]}],
        "items": [{"id": "s1", "v": "1", "dim": 0, "reverse": False}, {"id": "s2", "v": "1", "dim": 0, "reverse": True},
                  {"id": "s3", "v": "1", "dim": 1, "reverse": False}, {"id": "s4", "v": "1", "dim": 0, "reverse": False}]}

CHECKLIST = {"key": "m/lijst", "kind": "checklist", "id": "lijst", "title": "Lijst", "fp": "ghi",
             "items": [{"id": "x", "v": "1"}, {"id": "y", "v": "1"}]}

REFLECTION = {"key": "m/reflectie", "kind": "reflection", "id": "reflectie", "title": "Reflectie", "fp": "jkl",
              "items": [{"id": "r1", "v": "1"}, {"id": "r2", "v": "1"}]}


@pytest.fixture
def results(page: Page) -> Page:
    """A blank page with the core scripts, as leidraad.js starts them."""
    page.set_content("<!doctype html><html lang='nl'><body></body></html>")
    for part in ("core/util.js", "core/results.js", "core/results-attempts.js", "core/results-course.js", "core/results-group.js",
                 "core/results-history.js"):
        page.add_script_tag(path=str(SOURCE / part))
    return page


def run(page: Page, layout: dict, answers: dict) -> dict:
    return page.evaluate("([layout, answers]) => Leidraad.results.exercise(layout, answers)", [layout, answers])


def subset(result: dict, expected: dict) -> dict:
    return {k: result[k] for k in expected}


class TestQuiz:
    @pytest.mark.parametrize("answers, expected", [
        ({}, {"answered": 0, "correct": 0, "percent": None, "passed": False, "done": False, "started": False}),
        ({"a": {"c": [1], "k": False}}, {"answered": 0, "started": True, "done": False}),
        ({"a": {"c": [1], "k": True}}, {"answered": 1, "correct": 1, "percent": None, "done": False}),
        ({"a": {"c": [1], "k": True}, "b": {"c": [0, 2], "k": True}, "c": {"c": [0], "k": True}},
         {"answered": 3, "correct": 3, "percent": 100, "passed": True, "done": True, "met": True}),
        ({"a": {"c": [1], "k": True}, "b": {"c": [0], "k": True}, "c": {"c": [0], "k": True}},
         {"correct": 2, "percent": 67, "passed": False, "done": True, "met": False}),
        # The wrong shape is no answer: an option that does not exist, two options on a single-choice question.
        ({"a": {"c": [7], "k": True}, "b": {"c": [0, 2], "k": True}, "c": {"c": [0, 1], "k": True}},
         {"answered": 1, "correct": 1, "done": False}),
        ({"a": 5, "b": "x", "c": {"c": "0", "k": True}}, {"answered": 0, "started": False}),
    ], ids=["nothing", "chosen-not-checked", "one-checked", "all-right", "two-of-three", "wrong-shapes", "garbage"])
    def test_score_percent_and_pass(self, results: Page, answers, expected):
        """Score, percentage (rounded to a whole number) and pass against the quiz's pass mark."""
        assert subset(run(results, QUIZ, answers), expected) == expected

    def test_verdict_per_question(self, results: Page):
        """Each checked question is right, partly right (multiple choice) or wrong."""
        answers = {"a": {"c": [0], "k": True}, "b": {"c": [0, 1], "k": True}, "c": {"c": [0], "k": False}}
        items = run(results, QUIZ, answers)["items"]
        assert [(i["id"], i["verdict"]) for i in items] == [("a", "wrong"), ("b", "partly"), ("c", None)]


class TestSelfAssessment:
    @pytest.mark.parametrize("answers, expected", [
        ({}, {"answered": 0, "done": False, "dimensions": []}),
        ({"s1": 5, "s2": 2}, {"answered": 2, "done": False, "dimensions": []}),
        # vragen: 5, 6-2=4, 4 -> 4.33 (Sterk); opvolgen: 3 -> Hoog (from <= score < to).
        ({"s1": 5, "s2": 2, "s3": 3, "s4": 4}, {"done": True, "met": True, "dimensions": [
            {"id": "vragen", "title": "Vragen stellen", "score": 4.33, "band": 2, "label": "Sterk"},
            {"id": "opvolgen", "title": "Opvolgen", "score": 3, "band": 1, "label": "Hoog"}]}),
        # The last band includes its upper bound; reverse 1 counts as 5.
        ({"s1": 5, "s2": 1, "s3": 5, "s4": 5}, {"dimensions": [
            {"id": "vragen", "title": "Vragen stellen", "score": 5, "band": 2, "label": "Sterk"},
            {"id": "opvolgen", "title": "Opvolgen", "score": 5, "band": 1, "label": "Hoog"}]}),
        # Rounded to two decimals: (2 + 3 + 3) / 3 = 2.666... -> 2.67 (Op weg).
        ({"s1": 2, "s2": 3, "s3": 1, "s4": 3}, {"dimensions": [
            {"id": "vragen", "title": "Vragen stellen", "score": 2.67, "band": 1, "label": "Op weg"},
            {"id": "opvolgen", "title": "Opvolgen", "score": 1, "band": 0, "label": "Laag"}]}),
        ({"s1": 0, "s2": 6, "s3": 2.5, "s4": "3"}, {"answered": 0, "done": False}),
    ], ids=["nothing", "half", "complete", "upper-bound", "rounding", "out-of-scale"])
    def test_scores_and_bands(self, results: Page, answers, expected):
        """Reverse items recoded, scores rounded to two decimals, the band each falls in."""
        assert subset(run(results, SCAN, answers), expected) == expected


class TestChecklistAndReflection:
    @pytest.mark.parametrize("layout, answers, expected", [
        (CHECKLIST, {}, {"ticked": 0, "done": False, "started": False}),
        (CHECKLIST, {"x": True, "y": False}, {"ticked": 1, "done": False, "started": True}),
        (CHECKLIST, {"x": True, "y": True}, {"ticked": 2, "done": True, "met": True}),
        (CHECKLIST, {"x": "yes", "y": 1}, {"ticked": 0, "done": False}),
        (REFLECTION, {"r1": "   "}, {"written": 0, "done": False}),
        (REFLECTION, {"r1": "Iets."}, {"written": 1, "done": True, "met": True}),
        (REFLECTION, {"r1": 5, "r2": ["x"]}, {"written": 0, "done": False}),
    ], ids=["none", "one", "all", "wrong-shapes", "blank", "one-written", "not-text"])
    def test_counts(self, results: Page, layout, answers, expected):
        """Ticked items are counted (done when all are); a reflection is done once one answer is written."""
        assert subset(run(results, layout, answers), expected) == expected


class TestStoredAnswers:
    def test_only_answers_to_the_current_version_count(self, results: Page):
        """An answer to an older version of an item, or under a lookalike key, is no answer."""
        entries = {"m/lijst/x": {"v": "1", "a": True, "t": 1}, "m/lijst/y": {"v": "0", "a": True, "t": 1},
                   "m/lijst/constructor": {"v": "1", "a": True, "t": 1}}
        answers = results.evaluate("([l, e]) => Leidraad.results.answersOf(l, e)", [CHECKLIST, entries])
        assert answers == {"x": True}


def course(modules: list[dict], pass_mark=None) -> dict:
    layouts = {layout["key"]: layout for layout in (QUIZ, SCAN, CHECKLIST, REFLECTION)}
    return {"modules": modules, "exercises": layouts, "passMark": pass_mark}


def entries(answers: dict[str, dict]) -> dict:
    """Store entries from {exercise key: {item id: answer}}."""
    return {f"{key}/{item}": {"v": "1", "a": a, "t": 1} for key, items in answers.items() for item, a in items.items()}


ALL_SCAN = {"s1": 3, "s2": 3, "s3": 3, "s4": 3}


class TestModuleAndCourse:
    NO_QUIZ = [{"id": "m", "exercises": ["m/scan", "m/lijst"], "required": ["m/scan", "m/lijst"]}]

    @pytest.mark.parametrize("answers, module_status, course_status", [
        ({}, "todo", "incomplete"),
        ({"m/scan": {"s1": 4}}, "busy", "incomplete"),
        ({"m/scan": ALL_SCAN}, "busy", "incomplete"),
        ({"m/scan": ALL_SCAN, "m/lijst": {"x": True, "y": True}}, "done", "completed"),
    ], ids=["nothing", "started", "scan-only", "all-rules-met"])
    def test_a_course_without_quizzes(self, results: Page, answers, module_status, course_status):
        """Without quizzes the course is incomplete until every module's completion rules are met."""
        got = results.evaluate("([c, e]) => Leidraad.results.course(c, e)", [course(self.NO_QUIZ), entries(answers)])
        assert (got["modules"][0]["status"], got["status"], got["score"]) == (module_status, course_status, None)

    def test_only_required_exercises_count_for_done(self, results: Page):
        """A module is done when its required exercises' rules are met, whatever the others hold."""
        module = [{"id": "m", "exercises": ["m/quiz", "m/reflectie", "m/lijst"], "required": ["m/reflectie"]}]
        got = results.evaluate("([c, e]) => Leidraad.results.course(c, e)", [course(module, 70), entries({"m/reflectie": {"r1": "Ja."}})])
        assert got["modules"][0]["status"] == "done"
        assert (got["status"], got["score"]) == ("incomplete", None)

    @pytest.mark.parametrize("answers, status, score", [
        ({"m/quiz": {"a": {"c": [1], "k": True}}}, "incomplete", None),
        ({"m/quiz": {"a": {"c": [1], "k": True}, "b": {"c": [0], "k": True}, "c": {"c": [0], "k": True}}}, "failed", 67),
        ({"m/quiz": {"a": {"c": [1], "k": True}, "b": {"c": [0, 2], "k": True}, "c": {"c": [0], "k": True}}}, "passed", 100),
    ], ids=["unfinished", "below-the-mark", "passed"])
    def test_a_course_with_quizzes(self, results: Page, answers, status, score):
        """With quizzes: incomplete until all are finished, then passed or failed on their mean."""
        module = [{"id": "m", "exercises": ["m/quiz", "m/lijst"], "required": ["m/quiz"]}]
        got = results.evaluate("([c, e]) => Leidraad.results.course(c, e)", [course(module, 70), entries(answers)])
        assert (got["status"], got["score"]) == (status, score)


class TestGroup:
    def test_group_figures_use_each_persons_rounded_profile(self, results: Page):
        """Per statement the answers as given; per dimension recoded, the mean of each person's rounded score."""
        people = [[5, 2, 4, 4], [4, 2, 3, 5], [2, 4, 2, 3]]
        got = results.evaluate("([l, p]) => Leidraad.results.group(l, p)", [SCAN, people])
        profiles = [run(results, SCAN, dict(zip(["s1", "s2", "s3", "s4"], p)))["dimensions"] for p in people]
        vragen = [p[0]["score"] for p in profiles]
        assert got["dimensions"][0]["average"] == round(sum(vragen) / 3, 2)
        assert got["dimensions"][0]["bands"] == [sum(p[0]["band"] == b for p in profiles) for b in range(3)]
        assert got["statements"][1] == {"id": "s2", "counts": [0, 2, 0, 1, 0], "average": 2.67}


# ---- Which attempt counts (results.counted): the quiz above, answered all right, half right or all wrong.
ALL_RIGHT = {"a": {"c": [1], "k": True}, "b": {"c": [0, 2], "k": True}, "c": {"c": [0], "k": True}}   # 100%
TWO_RIGHT = {"a": {"c": [1], "k": True}, "b": {"c": [0], "k": True}, "c": {"c": [0], "k": True}}      # 67%
ALL_WRONG = {"a": {"c": [0], "k": True}, "b": {"c": [1], "k": True}, "c": {"c": [1], "k": True}}      # 0%
STARTED = {"a": {"c": [1], "k": True}}


def take(answers: dict, t: int) -> dict:
    return {"t": t, "items": {i: {"v": "1", "a": a} for i, a in answers.items()}}


def counted(page: Page, current: dict, earlier: list[dict], policy: dict | None) -> dict:
    takes = [take(a, t) for t, a in enumerate(earlier, 1)]
    return page.evaluate("([l, c, t, p]) => Leidraad.results.counted(l, c, t, p)", [QUIZ, current, takes, policy])


class TestCounted:
    @pytest.mark.parametrize("policy, earlier, current, percent, attempt", [
        ({"count": "first"}, [ALL_WRONG], ALL_RIGHT, 0, 1),
        ({"count": "first"}, [], STARTED, None, None),
        ({"count": "first"}, [ALL_WRONG], {}, 0, 1),
        ({"count": "best"}, [TWO_RIGHT, ALL_RIGHT], ALL_WRONG, 100, 2),
        ({"count": "best"}, [ALL_RIGHT], ALL_RIGHT, 100, 1),          # a tie: the earlier attempt
        ({"count": "last"}, [ALL_RIGHT], ALL_WRONG, 0, 2),
        ({"count": "last"}, [ALL_RIGHT], STARTED, 100, 1),            # an unfinished attempt does not count yet
        (None, [TWO_RIGHT], ALL_RIGHT, 100, 2),                        # no policy: the best
        ({"count": "nonsense", "max": -1}, [TWO_RIGHT], ALL_RIGHT, 100, 2),
    ])
    def test_the_policy_picks_the_attempt(self, results, policy, earlier, current, percent, attempt):
        """The counted result is the chosen complete attempt's; none while no attempt is complete."""
        r = counted(results, current, earlier, policy)
        assert (r["percent"], r["attempt"]) == (percent, attempt)
        assert r["passed"] == (percent is not None and percent >= 70)

    def test_first_score_and_attempts(self, results):
        """The first complete attempt's result and the number of attempts come with the counted one."""
        r = counted(results, ALL_RIGHT, [TWO_RIGHT, ALL_WRONG], {"count": "best"})
        assert (r["attempts"], r["first"]["percent"], r["current"]["percent"], r["count"]) == (3, 67, 100, "best")

    @pytest.mark.parametrize("earlier, current, retry, exhausted", [
        ([], ALL_RIGHT, True, False),
        ([], STARTED, False, False),            # only a finished attempt can be started again
        ([ALL_WRONG], ALL_RIGHT, False, True),  # max 2: both used
        ([ALL_WRONG], STARTED, False, False),
    ])
    def test_the_maximum(self, results, earlier, current, retry, exhausted):
        """With `max: 2`, a new attempt may start after the first; after the second, all are used."""
        r = counted(results, current, earlier, {"count": "first", "max": 2})
        assert (r["retry"], r["exhausted"]) == (retry, exhausted)

    def test_the_course_uses_the_counted_attempt(self, results):
        """The course's score and status (what the LMS gets) follow the policy through the store's attempts."""
        config = {"passMark": 70, "exercises": {"m/quiz": QUIZ}, "modules": [{"id": "m", "exercises": ["m/quiz"]}]}
        entries = {f"m/quiz/{i}": {"v": "1", "a": a, "t": 5} for i, a in ALL_RIGHT.items()}
        attempts = {"m/quiz": [take(ALL_WRONG, 1)]}
        for count, expected in (("first", ("failed", 0)), ("best", ("passed", 100)), ("last", ("passed", 100))):
            r = results.evaluate("([c, e, a]) => Leidraad.results.course(c, e, a)", [{**config, "attempts": {"count": count}}, entries, attempts])
            assert (r["status"], r["score"]) == expected, count
