"""The `leidraad` command: check content, write the JSON Schema, package the site."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from macros.content.course import DEFAULT_COURSE_FILE, course_file, load_course
from macros.content.errors import ContentErrors
from macros.packaging.package import add_commands as add_package_commands


def cmd_check(args: argparse.Namespace) -> int:
    try:
        course = load_course(course_file(args.config, Path.cwd()))
    except ContentErrors as exc:
        print(exc, file=sys.stderr)
        count = len(exc.errors)
        print(f"{count} error{'s' if count != 1 else ''}", file=sys.stderr)
        return 1
    modules, exercises = len(course.modules), len(course.exercises)
    print(f"ok: {modules} module{'s' if modules != 1 else ''}, {exercises} exercise{'s' if exercises != 1 else ''}, "
          f"{course.question_count} quiz question{'s' if course.question_count != 1 else ''}")
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from macros.content.schema import write_schemas

    for path in write_schemas(Path(args.out)):
        print(f"wrote {path}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="leidraad", description="Check and package a Leidraad course.")
    parser.add_argument("--config", help=f"course configuration file (default: $LEIDRAAD_COURSE or {DEFAULT_COURSE_FILE})")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate all modules and exercises without building")
    check.set_defaults(func=cmd_check)
    schema = sub.add_parser("schema", help="write JSON Schemas for editors with a YAML language server")
    schema.add_argument("--out", default="schema", help="folder to write the schemas to (default: schema)")
    schema.set_defaults(func=cmd_schema)
    add_package_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
