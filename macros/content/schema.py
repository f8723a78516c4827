"""JSON Schemas generated from the content model, for editors with a YAML language server."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import TypeAdapter

from macros.content.exercises import Exercise
from macros.content.model import CourseConfig, Module

SCHEMAS = {
    "module.schema.json": (Module, "Leidraad module"),
    "exercise.schema.json": (Exercise, "Leidraad exercise"),
    "course.schema.json": (CourseConfig, "Leidraad course configuration"),
}


def build_schema(model, title: str) -> dict:
    schema = TypeAdapter(model).json_schema(by_alias=True)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": title, **schema}


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (model, title) in SCHEMAS.items():
        path = folder / name
        path.write_text(json.dumps(build_schema(model, title), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)
    return written
