"""Read one YAML file safely into plain data, remembering where every value stood.

The result is `Document(data, positions)`: `data` holds only dicts, lists, str, int, float, bool,
None and dates; `positions` maps a field path such as ('questions', 2, 'prompt') to the (line, col)
of that value, so that later checks can name the exact place of a problem.
"""

from __future__ import annotations

import datetime
import hashlib
import marshal
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from macros.content.errors import ContentError
from macros.content.syntax import describe
from macros import kept

#: Aliases may repeat a node; past this many values a file is refused instead of expanded.
MAX_VALUES = 20_000
#: No content needs deeper nesting; refusing it also stops self-referencing aliases (`&a [*a]`).
MAX_DEPTH = 50

Loc = tuple[object, ...]
#: libyaml's parser when present (several times faster); both keep line and column marks.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: Where files once parsed are kept, by content (as Python keeps .pyc files): a build parses only the
#: files that changed, and parsing was most of loading a course. A folder of this user's only.
PARSED = kept.folder("parsed")
#: This file's code is part of every key: a change to the parser parses every file again.
_PARSER_VERSION = hashlib.sha256(Path(__file__).read_bytes()).digest()
_STANDARD_TAGS = {
    "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq",
}


@dataclass
class Document:
    """A parsed YAML file: its data and the (line, col) of every value, by field path."""

    path: str
    data: object
    positions: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    #: Problems found while reading that do not stop the reading (a key given twice).
    errors: list[ContentError] = field(default_factory=list)

    def where(self, loc: Loc) -> tuple[int, int]:
        """The place of `loc`, or of its closest parent that has one."""
        loc = tuple(loc)
        while loc and loc not in self.positions:
            loc = loc[:-1]
        return self.positions.get(loc, (1, 1))

    def error(self, loc: Loc, message: str, field_name: str | None = None) -> ContentError:
        from macros.content.errors import format_path

        line, col = self.where(loc)
        return ContentError(self.path, line, col, field_name if field_name is not None else format_path(loc), message)


class LoadError(Exception):
    """A file that could not be read as YAML at all."""

    def __init__(self, error: ContentError):
        super().__init__(str(error))
        self.error = error


def load_document(path: Path, display: str | None = None) -> Document:
    """Parse `path` into a Document, or raise LoadError naming the file and line."""
    shown = display or str(path)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise LoadError(ContentError(shown, line, col, "", f"byte 0x{raw[exc.start]:02x} is not UTF-8; save the file as UTF-8")) from None
    key = kept.entry(PARSED, _PARSER_VERSION, raw)
    found = kept.read(key)
    if found is not None:
        try:
            data, positions = marshal.loads(found)
            return Document(shown, data, positions)
        except (EOFError, ValueError, TypeError):
            pass  # unreadable: parse it
    doc = parse_text(text, shown)
    if key is not None and not doc.errors:
        _keep(key, doc)
    return doc


def _keep(key: Path, doc: Document) -> None:
    try:
        # marshal: plain data only (a file with a date is parsed each time), read back several times faster
        # than YAML is parsed.
        data = marshal.dumps((doc.data, doc.positions))
    except ValueError:
        return
    kept.write(key, data)


def parse_text(text: str, shown: str) -> Document:
    """Parse YAML text; see load_document."""
    text = text.lstrip("\ufeff")
    _refuse_tab_indentation(text, shown)
    try:
        node = yaml.compose(text, Loader=_SAFE_LOADER)
    except yaml.MarkedYAMLError as exc:
        line, col, message = describe(exc, text)
        raise LoadError(ContentError(shown, line, col, "", message)) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        col = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        raise LoadError(ContentError(shown, line, col, "", f"character #x{exc.character:04x} is not allowed in YAML; remove it")) from None
    except yaml.YAMLError as exc:
        raise LoadError(ContentError(shown, 1, 1, "", f"YAML error: {exc}")) from None
    except RecursionError:
        raise LoadError(ContentError(shown, 1, 1, "", f"nested more than {MAX_DEPTH} levels deep; refused")) from None
    if node is None:
        raise LoadError(ContentError(shown, 1, 1, "", "the file is empty; expected a mapping of fields"))
    doc = Document(shown, None)
    counter = [0]
    doc.data = _convert(node, (), doc, counter)
    if not isinstance(doc.data, dict):
        kind = _kind_name(doc.data)
        raise LoadError(ContentError(shown, node.start_mark.line + 1, node.start_mark.column + 1, "",
                                     f"expected a mapping of fields at the top, got {kind}"))
    return doc


_TAB_IN_INDENT = re.compile(r"^ *\t", re.M)


def _refuse_tab_indentation(text: str, shown: str) -> None:
    found = _TAB_IN_INDENT.search(text)
    if found:
        line_start = text.rfind("\n", 0, found.start()) + 1
        number = text.count("\n", 0, found.start()) + 1
        raise LoadError(ContentError(shown, number, found.end() - line_start, "", "tab used for indentation; indent with spaces"))


def _convert(node: yaml.Node, loc: Loc, doc: Document, counter: list[int], depth: int = 0) -> object:
    counter[0] += 1
    if counter[0] > MAX_VALUES:
        raise LoadError(ContentError(doc.path, node.start_mark.line + 1, node.start_mark.column + 1, "",
                                     f"more than {MAX_VALUES} values (aliases expanding?); refused"))
    if depth > MAX_DEPTH:
        raise LoadError(ContentError(doc.path, node.start_mark.line + 1, node.start_mark.column + 1, "",
                                     f"nested more than {MAX_DEPTH} levels deep (or an alias contains itself); refused"))
    doc.positions.setdefault(loc, (node.start_mark.line + 1, node.start_mark.column + 1))
    if node.tag not in _STANDARD_TAGS:
        tag = node.tag.replace("tag:yaml.org,2002:", "!!", 1)
        raise LoadError(ContentError(doc.path, node.start_mark.line + 1, node.start_mark.column + 1, _dotted(loc),
                                     f"YAML tag '{tag}' is not allowed; use plain values"))
    if isinstance(node, yaml.MappingNode):
        return _convert_mapping(node, loc, doc, counter, depth)
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, loc + (i,), doc, counter, depth + 1) for i, item in enumerate(node.value)]
    return _construct_scalar(node, doc)


def _convert_mapping(node: yaml.MappingNode, loc: Loc, doc: Document, counter: list[int], depth: int) -> dict:
    result: dict = {}
    for key_node, value_node in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            raise LoadError(ContentError(doc.path, key_node.start_mark.line + 1, key_node.start_mark.column + 1, "",
                                         "merge keys ('<<') are not supported; write the fields out"))
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in _STANDARD_TAGS:
            raise LoadError(ContentError(doc.path, key_node.start_mark.line + 1, key_node.start_mark.column + 1, "",
                                         "a key must be plain text"))
        # A key is a field name as written: `no:` or `2024-01-01:` stay text, not false or a date.
        key = key_node.value
        child = loc + (key,)
        if key in result:
            first = doc.positions[child]
            doc.errors.append(ContentError(doc.path, key_node.start_mark.line + 1, key_node.start_mark.column + 1,
                                           _dotted(child), f"key given twice (first at line {first[0]})"))
            continue
        doc.positions[child] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        result[key] = _convert(value_node, child, doc, counter, depth + 1)
    return result


def _dotted(loc: Loc) -> str:
    from macros.content.errors import format_path

    return format_path(loc)


_STR = "tag:yaml.org,2002:str"


def _construct_scalar(node: yaml.ScalarNode, doc: Document) -> object:
    if node.tag == _STR:  # most values: text, as written
        return node.value
    try:
        return yaml.constructor.SafeConstructor().construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError) as exc:
        raise LoadError(ContentError(doc.path, node.start_mark.line + 1, node.start_mark.column + 1, "",
                                     f"cannot read '{node.value}': {exc}; put text in quotes")) from None


def _kind_name(value: object) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping of fields"
    if isinstance(value, str):
        return "text"
    if isinstance(value, bool):
        return "a yes/no value"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return "a date"
    return "nothing" if value is None else type(value).__name__
