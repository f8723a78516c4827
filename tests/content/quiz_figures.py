"""Figures that show whether a quiz gives its answers away to a test-wise learner.

Two cues are measured, as in issue 13:

- **Length rank.** In a single-choice question, the rank of the correct option when the options are
  sorted by length in characters (1 = longest; options of equal length share the better rank). If one
  rank holds most of the questions, "always pick the second-longest" scores without understanding.
- **Absolute words.** Words such as "altijd", "nooit", "alleen" mark an option as too strong to be
  true. The cue is the share of distractors that hold one minus the share of correct options that do.

Run `python -m tests.content.quiz_figures` from the repository root for the figures of the course.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

#: Words and phrases that make a claim absolute. "enkel" counts only as a word ("only"), so "enkele"
#: ("a few") does not; "geen enkel(e)" does.
ABSOLUTE_WORDS = (
    "altijd", "nooit", "alleen", "enkel", "uitsluitend", "iedereen", "niemand", "alles", "niets", "niks",
    "geen enkel", "geen enkele", "volledig", "volledige", "helemaal", "per definitie", "nergens", "overal",
    "allemaal", "absoluut", "zonder uitzondering", "elke keer", "telkens",
)
_ABSOLUTE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(ABSOLUTE_WORDS, key=len, reverse=True))
                       + r")\b", re.IGNORECASE)


def absolute_words_in(text: str) -> list[str]:
    """The absolute words and phrases in a text, lowercased, in order."""
    return [match.lower() for match in _ABSOLUTE.findall(text)]


def length_rank(question) -> int:
    """Rank of the correct option of a single-choice question by length (1 = longest)."""
    lengths = [len(option.text.strip()) for option in question.options]
    right = next(len(o.text.strip()) for o in question.options if o.correct)
    return 1 + sum(length > right for length in lengths)


@dataclass(frozen=True)
class LengthRanks:
    """How often the correct option has each length rank, over a set of single-choice questions."""

    counts: Counter
    questions: int

    @property
    def max_share(self) -> float:
        """The share of questions in the most frequent rank (0 without questions)."""
        return max(self.counts.values()) / self.questions if self.questions else 0.0

    @property
    def worst(self) -> int | None:
        return self.counts.most_common(1)[0][0] if self.counts else None


def length_ranks(questions) -> LengthRanks:
    singles = [q for q in questions if q.type == "single"]
    return LengthRanks(Counter(length_rank(q) for q in singles), len(singles))


@dataclass(frozen=True)
class AbsoluteGap:
    """Share of distractors and of correct options that hold an absolute word (0..1 each)."""

    distractors: int
    distractors_with: int
    correct: int
    correct_with: int

    @property
    def distractor_share(self) -> float:
        return self.distractors_with / self.distractors if self.distractors else 0.0

    @property
    def correct_share(self) -> float:
        return self.correct_with / self.correct if self.correct else 0.0

    @property
    def gap(self) -> float:
        """Distractor share minus correct share, in percentage points."""
        return 100 * (self.distractor_share - self.correct_share)


def absolute_gap(questions) -> AbsoluteGap:
    """Over every option of the questions (single and multiple choice)."""
    options = [o for q in questions for o in q.options]
    wrong = [o for o in options if not o.correct]
    right = [o for o in options if o.correct]
    return AbsoluteGap(len(wrong), sum(bool(absolute_words_in(o.text)) for o in wrong),
                       len(right), sum(bool(absolute_words_in(o.text)) for o in right))


def _report() -> None:  # pragma: no cover - a tool for authors
    from pathlib import Path

    from macros.content.course import load_course
    from macros.content.exercises import Quiz

    root = Path(__file__).resolve().parents[2]
    course = load_course(root / "course.yml", base=root)
    everything = []
    for module_id, module in course.modules.items():
        questions = [q for e in course.exercises_of(module) if isinstance(e, Quiz) for q in e.questions]
        everything += questions
        ranks, gap = length_ranks(questions), absolute_gap(questions)
        print(f"{module_id:28} single={ranks.questions:2} ranks={dict(sorted(ranks.counts.items()))} "
              f"max={ranks.max_share:.0%}  absolute: distractors {gap.distractor_share:.0%} "
              f"correct {gap.correct_share:.0%} gap {gap.gap:+.1f}")
    ranks, gap = length_ranks(everything), absolute_gap(everything)
    print(f"{'course':28} single={ranks.questions:2} ranks={dict(sorted(ranks.counts.items()))} "
          f"max={ranks.max_share:.0%}  absolute: distractors {gap.distractor_share:.0%} "
          f"({gap.distractors_with}/{gap.distractors}) correct {gap.correct_share:.0%} "
          f"({gap.correct_with}/{gap.correct}) gap {gap.gap:+.1f}")


def _detail(module_id: str) -> None:  # pragma: no cover - a tool for authors
    from pathlib import Path

    from macros.content.course import load_course
    from macros.content.exercises import Quiz

    root = Path(__file__).resolve().parents[2]
    course = load_course(root / "course.yml", base=root)
    module = course.modules[module_id]
    for quiz in (e for e in course.exercises_of(module) if isinstance(e, Quiz)):
        for q in quiz.questions:
            marks = [f"{'*' if o.correct else ''}{len(o.text.strip())}{'!' if absolute_words_in(o.text) else ''}"
                     for o in q.options]
            rank = length_rank(q) if q.type == "single" else "-"
            print(f"  {q.id:32} {q.type:8} rank {rank}  {' '.join(marks)}")


if __name__ == "__main__":  # pragma: no cover
    import sys

    _detail(sys.argv[1]) if len(sys.argv) > 1 else _report()
