"""An organisation's own course configuration: colour contrast (WCAG 2.1 AA), logo and language checks.

`check_config` is called by `load_course` after the configuration passed the model, so its messages
have the same `path:line:col: field: message` form as every other content error. Nothing here
knows about MkDocs.
"""

from __future__ import annotations

import math
from pathlib import Path

from macros.content.errors import ContentError
from macros.content.loader import Document
from macros.content.model import CourseConfig
from macros.content.strings import available_languages

#: WCAG 2.1 AA, success criterion 1.4.3: normal text needs a contrast ratio of at least 4.5:1.
MIN_CONTRAST = 4.5
WHITE = "#ffffff"
LOGO_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg", ".webp", ".gif")
#: Where each colour is used on the site, for the message when it is too light.
COLOUR_USES = {
    "primary": "white text on the header and buttons, and links on white",
    "accent": "links and buttons under the pointer, on white",
}


def relative_luminance(colour: str) -> float:
    """The relative luminance of a #rrggbb colour (WCAG 2.1 definition), 0 for black to 1 for white."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """The WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white)."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def shade(colour: str, amount: float) -> str:
    """Mix a colour with black (amount < 0) or white (amount > 0); for the theme's lighter and darker variants."""
    target = 255 if amount > 0 else 0
    channels = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(c + (target - c) * abs(amount)) for c in channels]
    return "#" + "".join(f"{c:02x}" for c in mixed)


def logo_path(config: CourseConfig, config_path: Path) -> Path | None:
    """The organisation's logo file, resolved relative to the configuration file."""
    if config.organisation is None or config.organisation.logo is None:
        return None
    return (Path(config_path).parent / config.organisation.logo).resolve()


def check_config(config: CourseConfig, doc: Document, config_path: Path) -> list[ContentError]:
    """Problems the model cannot see: contrast of the brand colours, the logo file, the language."""
    errors: list[ContentError] = []
    if config.colors is not None:
        for name, use in COLOUR_USES.items():
            colour = getattr(config.colors, name)
            ratio = contrast_ratio(colour, WHITE)
            if ratio < MIN_CONTRAST:
                # Rounded down, so a ratio of 4.497 never reads as an acceptable "4.50".
                shown = math.floor(ratio * 100) / 100
                errors.append(doc.error(("colors", name),
                                        f"contrast of {colour} with white is {shown:.2f}:1; WCAG 2.1 AA needs at least "
                                        f"{MIN_CONTRAST}:1 for {use} (choose a darker colour)"))
    logo = logo_path(config, config_path)
    if logo is not None:
        written = config.organisation.logo
        if logo.suffix.lower() not in LOGO_SUFFIXES:
            errors.append(doc.error(("organisation", "logo"),
                                    f"'{written}' is not an image the site can show (use one of: {', '.join(LOGO_SUFFIXES)})"))
        elif not logo.is_file():
            errors.append(doc.error(("organisation", "logo"),
                                    f"no file '{written}' next to this configuration file ({logo})"))
    languages = available_languages()
    if config.language not in languages:
        errors.append(doc.error(("language",),
                                f"no interface strings for '{config.language}' (macros/i18n/{config.language}.yml); "
                                f"available: {', '.join(languages)}"))
    return errors
