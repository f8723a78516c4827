"""Spelling: every word a learner or trainer reads is in Debian's Dutch dictionary or the project word list.

The text comes from modules/*.yml, exercises/*.yml and docs/*.md. Identifiers, URLs and the English
bibliographic fields of sources (author, title, publication) are left out; Markdown, HTML, Jinja and
code are stripped. A page can leave out a region quoted from elsewhere, such as a list of English
publication titles, between the lines `<!-- spelling: off -->` and `<!-- spelling: on -->`.

The words go to `hunspell -d nl_NL,nl_BE -l` (Debian's hunspell-nl; in Debian both names point to the
same dictionary). Words it does not know must be fixed, or, if they are correct (a name, an English
term, a Dutch compound the dictionary lacks), added to tests/content/wordlist.txt.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORDLIST = Path(__file__).with_name("wordlist.txt")
DICTIONARIES = "nl_NL,nl_BE"

#: Keys whose values are identifiers or machine values, not text anyone reads as Dutch prose.
NOT_TEXT_KEYS = {"id", "kind", "type", "ref", "dimension", "style", "audience", "url", "workshop", "storage_id",
                 "logo", "email"}
#: Fields of a `sources` entry that are bibliographic (often English) and stay as published.
BIBLIOGRAPHIC_KEYS = {"author", "title", "publication"}

_SPELLING_OFF = re.compile(r"^\s*<!--\s*spelling:\s*off\s*-->.*?^\s*<!--\s*spelling:\s*on\s*-->", re.S | re.M)
_FENCED_CODE = re.compile(r"^(```|~~~).*?^\1\s*$", re.S | re.M)
_PATTERNS = [
    re.compile(r"<!--.*?-->", re.S),                   # HTML comments
    re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S),  # Jinja (macros plugin)
    re.compile(r"`[^`\n]*`"),                          # inline code
    re.compile(r"\{:?\s*[.#][^}\n]*\}"),               # attribute lists { .class #id }
    re.compile(r"^\s{0,3}\[[^\]\n]+\]:\s*\S+.*$", re.M),  # link reference definitions
    re.compile(r"<[a-zA-Z/!][^>\n]*>"),                # HTML tags and autolinks
    re.compile(r"^\s*[!?]{3}\+?\s*[\w-]+", re.M),      # admonition markers (keep their titles)
    re.compile(r"\b(?:https?|ftp)://\S+|\bwww\.\S+"),  # bare URLs
    re.compile(r"\S+@\S+\.\w+"),                       # e-mail addresses
    re.compile(r"&[#\w]+;"),                           # HTML entities
]
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)\n]*\)")     # [text](url) and ![alt](src): keep the text
_CHUNK = re.compile(r"[\w'’-]+")


def strip_markup(text: str) -> str:
    """Markdown, HTML and Jinja reduced to the words a reader sees (code and URLs removed)."""
    text = _SPELLING_OFF.sub(" ", text)
    text = _FENCED_CODE.sub(" ", text)
    text = _LINK.sub(r" \1 ", text)
    for pattern in _PATTERNS:
        text = pattern.sub(" ", text)
    return text


def words(text: str) -> list[str]:
    """The words of plain text: letters with inner hyphens or apostrophes; anything with a digit is skipped."""
    found = []
    for chunk in _CHUNK.findall(text.replace("’", "'")):
        if any(ch.isdigit() or ch == "_" for ch in chunk):
            continue
        chunk = chunk.strip("'-")
        if sum(ch.isalpha() for ch in chunk) > 1:
            found.append(chunk)
    return found


def yaml_texts(node, key: str | None = None, in_source: bool = False):
    """Every human-readable string value of a YAML document."""
    if isinstance(node, dict):
        for k, value in node.items():
            if k in NOT_TEXT_KEYS or (in_source and k in BIBLIOGRAPHIC_KEYS):
                continue
            yield from yaml_texts(value, k, in_source)
    elif isinstance(node, list):
        for item in node:
            yield from yaml_texts(item, key, in_source=key == "sources")
    elif isinstance(node, str):
        yield node


def course_files() -> list[Path]:
    files = sorted((ROOT / "modules").glob("*.yml")) + sorted((ROOT / "exercises").glob("*.yml"))
    return files + sorted((ROOT / "docs").glob("*.md"))


def words_by_file() -> tuple[dict[str, set[str]], list[str]]:
    """Each course file (path relative to the repository) with the set of words in its text, and the
    files that are not valid YAML (with the parser's message)."""
    result, unreadable = {}, []
    for path in course_files():
        raw = path.read_text(encoding="utf-8")
        try:
            texts = [raw] if path.suffix == ".md" else list(yaml_texts(yaml.safe_load(raw)))
        except yaml.YAMLError as exc:
            unreadable.append(f"{path.relative_to(ROOT)}: {' '.join(str(exc).split())}")
            continue
        result[str(path.relative_to(ROOT))] = {w for text in texts for w in words(strip_markup(text))}
    return result, unreadable


def read_wordlist() -> set[str]:
    lines = WORDLIST.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")}


def in_wordlist(word: str, wordlist: set[str]) -> bool:
    """Exact match, or a lowercase entry for a word that starts a sentence."""
    return word in wordlist or (word[:1].lower() + word[1:]) in wordlist


def hunspell_unknown(candidates: set[str]) -> set[str]:
    """The candidates hunspell's Dutch dictionaries do not accept (one word per input line)."""
    result = subprocess.run(["hunspell", "-d", DICTIONARIES, "-i", "utf-8", "-l"],
                            input="\n".join(sorted(candidates)) + "\n",
                            capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert result.returncode == 0, f"hunspell failed: {result.stderr.strip()}"
    return {line.strip() for line in result.stdout.splitlines() if line.strip()}


def require_hunspell() -> None:
    """Skip without hunspell on a workstation; under CI a missing spelling checker is a failure."""
    problem = None
    if shutil.which("hunspell") is None:
        problem = "hunspell is not installed"
    else:
        probe = subprocess.run(["hunspell", "-d", DICTIONARIES, "-l"], input="huis\n",
                               capture_output=True, text=True, timeout=60)
        if probe.returncode != 0 or "Can't open" in probe.stderr:
            problem = f"hunspell has no Dutch dictionaries ({probe.stderr.strip()})"
    if problem is None:
        return
    message = f"{problem}: install the Debian packages hunspell and hunspell-nl (scripts/setup --test does)"
    if os.environ.get("CI"):
        pytest.fail(f"{message}; the spelling test cannot be skipped under CI")
    pytest.skip(message)


def unknown_words() -> tuple[dict[str, list[str]], list[str]]:
    """Each word neither hunspell nor the word list knows, with the files it appears in; and the
    files that could not be read."""
    wordlist = read_wordlist()
    per_file, unreadable = words_by_file()
    all_words = {w for ws in per_file.values() for w in ws}
    parts = {p for w in all_words if "-" in w for p in w.split("-") if p}
    rejected = hunspell_unknown(all_words | parts)

    def known(word: str) -> bool:
        return word not in rejected or in_wordlist(word, wordlist)

    def accepted(word: str) -> bool:
        # A hyphenated compound passes as a whole, or when each of its parts is a known word.
        if known(word):
            return True
        pieces = [p for p in word.split("-") if p]
        return len(pieces) > 1 and all(known(p) for p in pieces)

    unknown = defaultdict(list)
    for file, file_words in per_file.items():
        for word in file_words:
            if not accepted(word):
                unknown[word].append(file)
    return dict(unknown), unreadable


def test_course_text_is_spelled_correctly():
    """Fail on every word hunspell-nl and the word list do not know, naming the files it is in."""
    require_hunspell()
    unknown, unreadable = unknown_words()
    problems = []
    if unknown:
        listing = "\n".join(f"  {word}: {', '.join(sorted(files))}"
                            for word, files in sorted(unknown.items(), key=lambda item: item[0].casefold()))
        problems.append(
            f"{len(unknown)} word(s) not in the Dutch dictionary (hunspell -d {DICTIONARIES}):\n{listing}\n"
            f"Fix the misspellings. Add a word to {WORDLIST.relative_to(ROOT)} only if it is correct "
            "(a name, an English term, a Dutch compound the dictionary lacks).")
    if unreadable:
        problems.append("Files that are not valid YAML, so their spelling was not checked:\n  " + "\n  ".join(unreadable))
    if problems:
        pytest.fail("\n\n".join(problems), pytrace=False)


def test_wordlist_is_sorted_and_has_no_duplicates():
    """Keep the word list easy to review: one word a line, sorted, no duplicates."""
    entries = [line.strip() for line in WORDLIST.read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.lstrip().startswith("#")]
    assert all(" " not in entry for entry in entries), "one word per line"
    assert len(entries) == len(set(entries)), "duplicate entries"
    assert entries == sorted(entries, key=str.casefold), "the word list is not sorted (case-insensitive)"


class TestTextExtraction:
    """The extraction keeps prose and leaves out code, URLs and identifiers."""

    def test_strips_markdown_links_code_and_jinja(self):
        """Keep a link's text, drop its URL, inline code, HTML tags and Jinja expressions."""
        text = strip_markup("Lees [de bron](https://example.org/x) en `code_hier` <b>vet</b> {{ macro() }}")
        assert words(text) == ["Lees", "de", "bron", "en", "vet"]

    def test_skips_regions_marked_spelling_off(self):
        """Text between `<!-- spelling: off -->` and `<!-- spelling: on -->` is not checked."""
        text = "Bronnen\n<!-- spelling: off -->\n- Deci (2000). *Self-determination*\n<!-- spelling: on -->\nEinde"
        assert words(strip_markup(text)) == ["Bronnen", "Einde"]

    def test_skips_identifiers_and_bibliographic_fields(self):
        """Ids and a source's English title are not checked; its Dutch note is."""
        doc = {"id": "een-id", "title": "Titel", "sources": [{"author": "Deci, E.", "title": "Self-determination",
                                                               "publication": "Journal", "note": "Nederlandse noot"}]}
        assert list(yaml_texts(doc)) == ["Titel", "Nederlandse noot"]

    def test_words_with_digits_and_single_letters_are_skipped(self):
        """'1-op-1', 'e.a.' and the 's of 's ochtends are not words to check."""
        assert words("een 1-op-1 e.a. 's ochtends zo'n AI-werk") == ["een", "ochtends", "zo'n", "AI-werk"]
