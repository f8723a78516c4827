"""Interface strings: where each language's file is, and its check against the model (strings_model.py).

A missing or unknown key is an error with its file and line, like a content error (`check_strings`,
called by `load_course`). Templates and code read the checked file as plain data (render.load_strings).
A file once found correct is not checked again while neither it nor the model changes: building the
model's classes costs more than a small course's whole check.
"""

from __future__ import annotations

from pathlib import Path

from macros.content.errors import ContentError
from macros import kept

I18N = Path(__file__).parent.parent / "i18n"
#: The model the files are checked against: a change to it checks them again.
MODEL = (Path(__file__).with_name("strings_model.py"), Path(__file__).with_name("strings_trainer.py"))
#: Where the fingerprints of strings files found correct are kept (as Jinja keeps compiled templates).
CHECKED = kept.folder("strings-checked")


def available_languages() -> list[str]:
    """Languages with an interface strings file in macros/i18n/."""
    return sorted(p.stem for p in I18N.glob("*.yml"))


def strings_path(language: str) -> Path:
    return I18N / f"{language}.yml"


def check_strings(language: str, shown: str) -> list[ContentError]:
    """Every missing, unknown or mistyped key of one language's strings file (`shown`: its path in messages)."""
    path = strings_path(language)
    marker = kept.entry(CHECKED, path.read_bytes(), *(model.read_bytes() for model in MODEL))
    if marker and marker.exists():
        return []
    errors = _validate(path, shown)
    if not errors:
        kept.write(marker, b"")  # else the next build checks again
    return errors


def _validate(path: Path, shown: str) -> list[ContentError]:
    from pydantic import ValidationError

    from macros.content.loader import LoadError, load_document
    from macros.content.strings_model import Strings
    from macros.content.validation import translate

    try:
        doc = load_document(path, shown)
    except LoadError as exc:
        return [exc.error]
    context: dict = {}
    try:
        Strings.model_validate(doc.data, context=context)
    except ValidationError as exc:
        return doc.errors + translate(exc, doc, context)
    return doc.errors
