"""The `rmos` command line (entry point `rmos_desktop.cli:main`; `python -m rmos_desktop.cli` runs it too)."""

from rmos_desktop.cli.main import main

__all__ = ["main"]
