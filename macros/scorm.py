"""What the SCORM 1.2 package knows about the course: the course pass mark, the layout the browser uses
to save progress compactly in `cmi.suspend_data`, and the package manifest.

Nothing here knows about MkDocs: `hosting.py` puts the data into a SCORM build, `package.py` zips it.
"""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path
from urllib.parse import quote

from .course import Course
from .exercises import Checklist, Quiz, Reflection, SelfAssessment
from .render import version_of

#: The SCO's launch page: it keeps one LMS session open while the learner moves between pages.
LAUNCH_PAGE = "scorm.html"
#: The ADL SCORM 1.2 schema files a package carries at its root, next to imsmanifest.xml.
SCHEMA_FILES = ("imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd", "imsmd_rootv1p2p1.xsd", "ims_xml.xsd")
#: Characters of the fingerprint that identifies an exercise (and its exact items) in the saved state.
FINGERPRINT_LENGTH = 3


def course_pass_mark(course: Course) -> int | None:
    """The configured pass mark, else the mean of the pass marks of the course's quizzes; None without quizzes."""
    if course.config.pass_mark is not None:
        return course.config.pass_mark
    marks = [quiz.pass_mark for _, quiz in _placed(course) if isinstance(quiz, Quiz)]
    return round(sum(marks) / len(marks)) if marks else None


def _placed(course: Course) -> list[tuple[str, object]]:
    """Every exercise placed in a module page, with its storage key '<module>/<exercise>', in course order."""
    return [(f"{module_id}/{ref}", course.exercises[ref])
            for module_id, module in course.modules.items() for ref in module.exercise_refs()]


def fingerprint(key: str, versions: list[str]) -> str:
    """A short, URL-safe tag that changes when the exercise or any of its items changes."""
    digest = hashlib.sha1((key + "|" + " ".join(versions)).encode("utf-8")).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii")[:FINGERPRINT_LENGTH]


def _layout(key: str, exercise) -> dict | None:
    """One exercise as the SCORM script needs it: item ids and versions, plus what scoring needs."""
    if isinstance(exercise, Quiz):
        items = [[q.id, version_of(q), len(q.options), sum(1 << i for i, o in enumerate(q.options) if o.correct)]
                 for q in exercise.questions]
        extra = {"passMark": exercise.pass_mark}
    elif isinstance(exercise, SelfAssessment):
        dimensions = [d.id for d in exercise.dimensions]
        items = [[s.id, version_of(s, exercise.scale.labels), dimensions.index(s.dimension), int(s.reverse)]
                 for s in exercise.statements]
        extra = {"high": exercise.scale.high, "dimensions": [
            [d.id, d.title, [[b.from_, b.to, b.label] for b in d.bands]] for d in exercise.dimensions]}
    elif isinstance(exercise, Checklist):
        items, extra = [[i.id, version_of(i)] for i in exercise.all_items()], {}
    elif isinstance(exercise, Reflection):
        # Listed so the script knows them, never saved to the LMS (see README: reflections stay local).
        items, extra = [[q.id, version_of(q)] for q in exercise.questions], {}
    else:
        return None
    return {"key": key, "kind": exercise.kind, "fp": fingerprint(key, [item[1] for item in items]),
            "items": items, **extra}


def scorm_data(course: Course) -> dict:
    """`window.LEIDRAAD_SCORM`: the course pass mark and every exercise in course order."""
    exercises = [layout for key, exercise in _placed(course) if (layout := _layout(key, exercise))]
    return {"passMark": course_pass_mark(course), "exercises": exercises}


def package_files(site_dir: Path) -> list[str]:
    """Every file of the built site, as URL paths relative to its root, sorted (for the manifest)."""
    files = (p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*") if p.is_file())
    return sorted(f for f in files if f != "imsmanifest.xml" and f not in SCHEMA_FILES)


def manifest_hrefs(files: list[str]) -> list[str]:
    """File paths as they go into the manifest's href attributes (percent-encoded where needed)."""
    return [quote(f, safe="/-._~") for f in files]
