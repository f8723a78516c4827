"""Leidraad's own scripts and styles, minified in the built site (the sources stay readable)."""

from __future__ import annotations

from pathlib import Path

import rcssmin
import rjsmin

ASSETS = Path("assets") / "leidraad"


def minify_assets(site_dir: Path) -> None:
    """Minify every .js and .css file of ours in a built site, in place."""
    for path in (Path(site_dir) / ASSETS).glob("*"):
        if path.suffix == ".js":
            path.write_text(rjsmin.jsmin(path.read_text(encoding="utf-8")), encoding="utf-8")
        elif path.suffix == ".css":
            path.write_text(rcssmin.cssmin(path.read_text(encoding="utf-8")), encoding="utf-8")
