"""The `rmos` command line (entry point `rmos_desktop.cli:main`; `python -m rmos_desktop.cli` runs it too)."""

from rmos_desktop.cli.common import (
    EXIT_BLOCKED,
    EXIT_ERROR,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_STORAGE,
    EXIT_USAGE,
)
from rmos_desktop.cli.main import main

__all__ = ["EXIT_BLOCKED", "EXIT_ERROR", "EXIT_FAILED", "EXIT_OK", "EXIT_STORAGE", "EXIT_USAGE", "main"]
