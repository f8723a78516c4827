"""Quality rules for quizzes and scans that a test-wise learner or a careful reader would notice.

- Quizzes: the length rank of the correct option and absolute words ("altijd", "nooit", ...) give no
  answers away (issue 13; the figures are computed in `quiz_figures.py`).
- Scans: every dimension has at least three statements; every scan says it is not validated and no
  diagnosis, and that self-ratings tend to be optimistic; the team view opens at five participants.
- Language: one form throughout ("je wilt", "je kunt", "kun je").
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from macros.content.exercises import Quiz, SelfAssessment
from macros.content.model import CourseConfig

from quiz_figures import absolute_gap, absolute_words_in, length_rank, length_ranks
from test_content_rules import ROOT, course, course_module_ids, exercises_of_kind  # noqa: F401 (fixture)

#: No length rank of the correct option may hold more than this share of the single-choice questions.
MAX_RANK_SHARE = 0.35
#: Share of distractors with an absolute word minus share of correct options with one, in points.
MAX_ABSOLUTE_GAP = 5.0
MIN_ITEMS_PER_DIMENSION = 3
#: The group view opens at this many distinct participants (issue 13); the texts say it in words.
GROUP_MINIMUM, GROUP_MINIMUM_WORD = 5, "vijf"


def quiz_questions(course, module_ids) -> list:
    return [q for m in module_ids for quiz in exercises_of_kind(course, course.modules[m], Quiz)
            for q in quiz.questions]


def scans(course) -> list[SelfAssessment]:
    return [e for m in course.modules.values() for e in exercises_of_kind(course, m, SelfAssessment)]


class TestLengthRank:
    def test_no_rank_dominates_in_the_course(self, course):
        """Across the course, no length rank of the correct option holds more than 35% of the questions."""
        ranks = length_ranks(quiz_questions(course, course.modules))
        assert ranks.max_share <= MAX_RANK_SHARE, (
            f"the correct option has length rank {ranks.worst} in {ranks.counts[ranks.worst]} of "
            f"{ranks.questions} single-choice questions ({ranks.max_share:.0%}); ranks: {dict(ranks.counts)}")

    @pytest.mark.parametrize("module_id", course_module_ids())
    def test_no_rank_dominates_in_a_module(self, course, module_id):
        """Within a module, no length rank of the correct option holds more than 35% of the questions."""
        questions = quiz_questions(course, [module_id])
        ranks = length_ranks(questions)
        at_worst = [q.id for q in questions if q.type == "single" and length_rank(q) == ranks.worst]
        assert ranks.max_share <= MAX_RANK_SHARE, (
            f"{module_id}: the correct option has length rank {ranks.worst} (1 = longest) in "
            f"{ranks.counts[ranks.worst]} of {ranks.questions} single-choice questions "
            f"({ranks.max_share:.0%}): {at_worst}; ranks: {dict(sorted(ranks.counts.items()))}")


def test_absolute_words_are_no_cue(course):
    """Absolute words are no cue either way: their share in distractors and in correct options differs by 5 points at most."""
    questions = quiz_questions(course, course.modules)
    gap = absolute_gap(questions)
    offenders = [f"{q.id}: {', '.join(absolute_words_in(o.text))}" for q in questions for o in q.options
                 if not o.correct and absolute_words_in(o.text)]
    assert abs(gap.gap) <= MAX_ABSOLUTE_GAP, (
        f"absolute words in {gap.distractor_share:.0%} of distractors and {gap.correct_share:.0%} of "
        f"correct options (gap {gap.gap:.1f} points); distractors: {offenders}")


class TestFigures:
    """The measures themselves, on small made-up questions."""

    @staticmethod
    def question(*texts, correct=0, type_="single"):
        from types import SimpleNamespace as NS
        return NS(id="q", type=type_, options=[NS(text=t, correct=i == correct) for i, t in enumerate(texts)])

    def test_length_rank_counts_longer_options(self):
        """Rank 1 is the longest option; the second-longest has rank 2."""
        assert length_rank(self.question("aaaa", "aa", "aaa", correct=0)) == 1
        assert length_rank(self.question("aaaa", "aa", "aaa", correct=2)) == 2

    def test_rank_share_fails_a_second_longest_habit(self):
        """Three questions whose answer is always the second-longest give that rank a 100% share."""
        questions = [self.question("aaaa", "aaa", "a", correct=1) for _ in range(3)]
        assert length_ranks(questions).max_share == 1.0

    def test_absolute_words_match_whole_words(self):
        """'enkele' (a few) is no absolute word, 'geen enkele' and 'altijd' are."""
        assert absolute_words_in("Enkele collega's twijfelen") == []
        assert absolute_words_in("Geen enkele collega twijfelt altijd") == ["geen enkele", "altijd"]

    def test_gap_compares_distractors_with_correct_options(self):
        """One absolute distractor of two, no absolute correct option: a gap of 50 points."""
        gap = absolute_gap([self.question("klopt", "nooit", "soms", correct=0)])
        assert round(gap.gap) == 50


def test_every_dimension_has_three_statements(course):
    """Every dimension of a scan is measured by at least three statements."""
    thin = []
    for scan in scans(course):
        counts = Counter(s.dimension for s in scan.statements)
        thin += [f"{scan.id}/{d.id}: {counts[d.id]}" for d in scan.dimensions if counts[d.id] < MIN_ITEMS_PER_DIMENSION]
    assert not thin, f"dimensions with fewer than {MIN_ITEMS_PER_DIMENSION} statements: {thin}"


_NOT_VALIDATED = re.compile(r"niet gevalideerd|geen gevalideerd", re.I)
_NO_DIAGNOSIS = re.compile(r"geen diagnose", re.I)
_OPTIMISTIC = re.compile(r"optimistisch|gunstiger|rooskleuriger|positiever", re.I)


@pytest.mark.parametrize("what, pattern", [("says it is not validated", _NOT_VALIDATED),
                                           ("says it is no diagnosis", _NO_DIAGNOSIS),
                                           ("warns that self-ratings tend to be optimistic", _OPTIMISTIC)])
def test_every_scan_says_what_it_is_not(course, what, pattern):
    """Every scan's intro says it is not validated, no diagnosis, and that own ratings flatter."""
    missing = [scan.id for scan in scans(course) if not pattern.search(scan.intro or "")]
    assert not missing, f"scans whose intro never {what}: {missing}"


def test_team_scan_statements_describe_the_team(course):
    """A team scan measures a shared belief: its statements speak of the team, not of 'ik'."""
    first_person = [f"{scan.id}/{s.id}" for scan in scans(course) if scan.audience == "team"
                    for s in scan.statements if re.search(r"\b(ik|mij|me|mijn)\b", s.text, re.I)]
    assert not first_person, f"team-scan statements in the first person: {first_person}"


_THRESHOLD = re.compile(r"\b(?:minstens|vanaf|minimaal|pas (?:bij|vanaf)|minimumaantal)\b[^.]{0,80}?"
                        r"\b(twee|drie|vier|vijf|zes|zeven|acht|tien|\d+)\b", re.I)


def threshold_texts(course) -> dict[str, str]:
    """The texts that tell learners when the group view opens."""
    texts = {"docs/over.md": (ROOT / "docs" / "over.md").read_text(encoding="utf-8")}
    for scan in scans(course):
        if scan.audience == "team":
            texts[scan.id] = scan.intro or ""
    quiz = course.exercise("psychologische-veiligheid-quiz")
    for question in quiz.questions:
        if question.id == "teamscan-gebruik":
            texts[f"{quiz.id}/{question.id}"] = " ".join(
                [question.prompt, question.explanation, *(o.text + " " + o.feedback for o in question.options)])
    return texts


def test_group_view_threshold_is_five_in_every_text(course):
    """Team-scan intro, docs/over.md and the quiz say the group view opens at five participants."""
    wrong, silent = [], []
    for where, text in threshold_texts(course).items():
        numbers = [m.group(1).lower() for m in _THRESHOLD.finditer(" ".join(text.split()))]
        if not numbers:
            silent.append(where)
        wrong += [f"{where}: '{n}'" for n in numbers if n not in (GROUP_MINIMUM_WORD, str(GROUP_MINIMUM))]
    assert len(threshold_texts(course)) >= 3, "the team scan or the quiz question 'teamscan-gebruik' is missing"
    assert not silent, f"texts that do not name the threshold: {silent}"
    assert not wrong, f"texts that name another threshold than {GROUP_MINIMUM_WORD}: {wrong}"


@pytest.mark.skipif(CourseConfig.model_fields["group_minimum"].default != GROUP_MINIMUM,
                    reason="the configured default group minimum is changed to five in another branch")
def test_threshold_in_the_texts_is_the_configured_default():
    """The texts and the configuration's default agree on the group minimum."""
    assert CourseConfig.model_fields["group_minimum"].default == GROUP_MINIMUM


_OTHER_FORM = re.compile(r"\b(?:je|jij) wil\b|\b(?:je|jij) kan\b|\bkan (?:je|jij)\b", re.I)


def test_one_form_for_willen_and_kunnen():
    """The course writes 'je wilt', 'je kunt' and 'kun je' throughout, never 'je wil' or 'kan je'."""
    found = []
    for path in sorted((ROOT / "modules").glob("*.yml")) + sorted((ROOT / "exercises").glob("*.yml")) \
            + sorted((ROOT / "docs").glob("*.md")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found += [f"{path.relative_to(ROOT)}:{number}: {m.group(0)}" for m in _OTHER_FORM.finditer(line)]
    assert not found, "use 'je wilt', 'je kunt', 'kun je':\n" + "\n".join(found)


def workshops(course) -> list:
    from macros.content.exercises import Workshop
    return [course.exercise(m.workshop) for m in course.modules.values() if m.workshop
            if isinstance(course.exercise(m.workshop), Workshop)]


class TestWorkshopPlans:
    """The start page promises workshops of one and a half to three hours; every plan keeps that promise."""

    def test_every_plan_has_a_break_and_a_buffer(self, course):
        """A plan names a break and a buffer as blocks of their own, so the times are realistic."""
        missing = []
        for plan in workshops(course):
            activities = " | ".join(block.activity for block in plan.blocks)
            missing += [f"{plan.id}: no {what}" for what, word in (("break", "pauze"), ("buffer", "buffer"))
                        if word not in activities.lower()]
        assert not missing, missing

    def test_every_block_has_notes_for_the_trainer(self, course):
        """Every block tells the trainer what to watch for (field 'notes')."""
        bare = [f"{plan.id}: {block.activity}" for plan in workshops(course) for block in plan.blocks if not block.notes]
        assert not bare, f"blocks without notes: {bare}"

    def test_every_plan_fills_about_a_half_day(self, course):
        """A plan lasts about three hours (150 to 180 minutes), so trainers can shorten it, not stretch it."""
        wrong = [f"{plan.id}: {plan.total_minutes} minutes" for plan in workshops(course)
                 if not 150 <= plan.total_minutes <= 180]
        assert not wrong, wrong
