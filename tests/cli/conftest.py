"""Fixtures shared by the CLI tests."""

from pathlib import Path

import pytest


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """Private XDG folders for this test and for the `rmos` it starts (which inherits os.environ), no
    RMOS_RUNS_DIR and no settings file (so no operator)."""
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        monkeypatch.setenv(f"XDG_{name}_HOME", str(tmp_path / name.lower()))
    monkeypatch.delenv("RMOS_RUNS_DIR", raising=False)
    return tmp_path
