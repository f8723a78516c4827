"""Folders where a build keeps work for the next one, by content (as Python keeps .pyc files): parsed
YAML (content/loader.py), minified scripts (site/assets.py), strings files found correct
(content/strings.py).

Each lives in the system's temporary folder under this user's id, and is used only while it is this
user's alone: what another user could write there would otherwise end up in the site we build.
"""

from __future__ import annotations

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


def write(path: Path, data: bytes) -> None:
    """`data` into `path`, whole or not at all (should two builds run at once); nothing when it cannot be."""
    try:
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(data)
        partial.replace(path)
    except OSError:
        pass
