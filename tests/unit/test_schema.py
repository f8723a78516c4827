"""`leidraad schema`: JSON Schemas from the model, so an editor completes and underlines YAML."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from macros import cli

ROOT = Path(__file__).parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "course"
SCHEMA_LINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$")


@pytest.fixture(scope="module")
def schemas(tmp_path_factory) -> dict[str, dict]:
    folder = tmp_path_factory.mktemp("schema")
    assert cli.main(["schema", "--out", str(folder)]) == 0
    return {path.name: json.loads(path.read_text(encoding="utf-8")) for path in folder.glob("*.json")}


def fixture_files() -> list[tuple[str, Path]]:
    return ([("course.schema.json", FIXTURE / "course.yml")]
            + [("module.schema.json", p) for p in sorted((FIXTURE / "modules").glob("*.yml"))]
            + [("exercise.schema.json", p) for p in sorted((FIXTURE / "exercises").glob("*.yml"))])


def validator(schema: dict) -> jsonschema.Draft202012Validator:
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


class TestSchemaCommand:
    def test_writes_one_schema_per_kind_of_file(self, schemas):
        """The command writes schemas for modules, exercises and the course configuration."""
        assert sorted(schemas) == ["course.schema.json", "exercise.schema.json", "module.schema.json"]

    @pytest.mark.parametrize("name,path", fixture_files(), ids=lambda v: getattr(v, "name", v))
    def test_schema_accepts_valid_content(self, schemas, name, path):
        """Every file of the example course is valid against its schema: no false underlines."""
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert list(validator(schemas[name]).iter_errors(data)) == []

    def test_schema_rejects_an_unknown_key(self, schemas):
        """A misspelt key in an answer option is underlined by the editor too."""
        data = yaml.safe_load((FIXTURE / "exercises" / "voorbeeld-quiz.yml").read_text(encoding="utf-8"))
        data["questions"][0]["options"][0]["feedbak"] = "typo"
        assert not validator(schemas["exercise.schema.json"]).is_valid(data)

    def test_schema_rejects_an_unknown_module_field(self, schemas):
        """An unknown field at the top of a module is refused."""
        data = yaml.safe_load((FIXTURE / "modules" / "voorbeeld.yml").read_text(encoding="utf-8"))
        assert not validator(schemas["module.schema.json"]).is_valid({**data, "samenvatting": "x"})

    def test_committed_schemas_are_current(self, schemas):
        """The schemas in schema/ are those the model generates now (run `make schema` after a model change)."""
        committed = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in (ROOT / "schema").glob("*.json")}
        assert committed == schemas


class TestSchemaPointers:
    @pytest.mark.parametrize("path", sorted(FIXTURE.rglob("*.yml")) + sorted(ROOT.glob("modules/*.yml"))
                             + sorted(ROOT.glob("exercises/*.yml")) + [ROOT / "course.yml"],
                             ids=lambda p: str(p.relative_to(ROOT)))
    def test_yaml_file_points_to_an_existing_schema(self, path):
        """The first line of each content file points the editor to the right schema file."""
        first = path.read_text(encoding="utf-8").splitlines()[0]
        match = SCHEMA_LINE.match(first)
        assert match, f"{path.relative_to(ROOT)}: first line should be '# yaml-language-server: $schema=...'"
        target = (path.parent / match.group(1)).resolve()
        kind = "course" if path.name == "course.yml" else path.parent.name.rstrip("s")
        assert target == (ROOT / "schema" / f"{kind}.schema.json").resolve()
