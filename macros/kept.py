"""Folders where a build keeps work for the next one, by content (as Python keeps .pyc files): parsed
YAML (content/loader.py), converted Markdown (render/text.py), minified scripts (site/assets.py),
strings files found correct (content/strings.py).

Each piece of work is a file named by the hash of what it was made from (`entry`); it is read back with
`read` (or `read_text`) and kept with `write`; each does nothing when the folder cannot be used.

Each lives in the system's temporary folder under this user's id, and is used only while it is this
user's alone: what another user could write there would otherwise end up in the site we build.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def folder(name: str) -> Path:
    """Where the work called `name` is kept for the user running the build."""
    return Path(tempfile.gettempdir()) / f"leidraad-{name}-{getattr(os, 'getuid', lambda: 'user')()}"


def private(path: Path) -> Path | None:
    """`path`, made if needed; None when it is not this user's alone (nothing is then read from it or kept)."""
    try:
        path.mkdir(mode=0o700, exist_ok=True)
        info = path.lstat()
    except OSError:
        return None
    mine = info.st_uid == getattr(os, "getuid", lambda: info.st_uid)() and not info.st_mode & 0o077
    return path if mine and path.is_dir() and not path.is_symlink() else None


def entry(path: Path, *made_from: bytes, suffix: str = "") -> Path | None:
    """The file in the folder `path` for the work made from `made_from`; None when the folder is not
    this user's alone."""
    folder = private(path)
    return folder / (hashlib.sha256(b"".join(made_from)).hexdigest() + suffix) if folder else None


def read(path: Path | None) -> bytes | None:
    """What was kept in `path`; None when nothing was (or it cannot be read)."""
    try:
        return path.read_bytes() if path else None
    except OSError:
        return None


def read_text(path: Path | None) -> str | None:
    """What was kept in `path` as text; None when nothing was (or it is not UTF-8)."""
    try:
        return path.read_text(encoding="utf-8") if path else None
    except (OSError, UnicodeDecodeError):
        return None


def write(path: Path | None, data: bytes) -> None:
    """`data` into `path`, whole or not at all (should two builds run at once); nothing when it cannot be."""
    if path is None:
        return
    try:
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(data)
        partial.replace(path)
    except OSError:
        pass
