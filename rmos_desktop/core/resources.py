"""Finds the shipped `resources/` folder from a checkout, an installed wheel or a frozen app."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The folder holding catalog/, examples/, icons/ and the stylesheet."""
    here = Path(__file__).resolve().parent.parent  # rmos_desktop/
    candidates = [
        here / "resources",  # installed wheel (hatch force-include)
        here.parent / "resources",  # source checkout / editable install
    ]
    frozen = getattr(sys, "_MEIPASS", None)  # PyInstaller one-folder build
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for candidate in candidates:
        if (candidate / "catalog").is_dir():
            return candidate
    raise FileNotFoundError(
        "RMOS Desktop's resources folder is missing (looked in: "
        + ", ".join(str(c) for c in candidates)
        + "). Reinstall the application."
    )


def examples_dir() -> Path:
    return resources_dir() / "examples"
