"""Builds the app's services for one runs directory (used by the GUI and the CLI alike)."""

from __future__ import annotations

from pathlib import Path

from rmos_desktop.core.runs.recorder import RunRecorder


def open_recorder(runs_dir: Path) -> RunRecorder:
    """The recorder for a runs directory (store + ledger + index)."""
    return RunRecorder.open(runs_dir)
