"""Test-wide setup: headless Qt, and private config/data/cache folders so no test touches the
real user's settings, catalog or runs."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

_HOME = Path(tempfile.mkdtemp(prefix="rmos-tests-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["XDG_CACHE_HOME"] = str(_HOME / "cache")
os.environ["XDG_STATE_HOME"] = str(_HOME / "state")
os.environ.pop("RMOS_RUNS_DIR", None)

import pytest  # noqa: E402
from PySide6.QtCore import QLocale  # noqa: E402

# Numbers on screen follow QLocale's default, which the app sets at start (English formats on a bare C/POSIX
# system, as a CI box is); the GUI tests start from the same, whatever LANG the machine has.
QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))

from rmos_desktop.core.catalog import Catalog, load_catalog  # noqa: E402
from rmos_desktop.core.resources import examples_dir  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    """The shipped catalog only (no user files)."""
    return load_catalog(user_dir=False).catalog


def need_minisign() -> str:
    """The real minisign program, or skip the test (naming its Debian package)."""
    from tests.tools import need_tool

    return need_tool("minisign", "minisign")


def load_example(name: str) -> dict:
    return json.loads((examples_dir() / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture
def example():
    return load_example


@pytest.fixture
def runs_dir(tmp_path: Path) -> Path:
    d = tmp_path / "runs"
    d.mkdir()
    return d


@pytest.fixture
def recorder(runs_dir: Path):
    from rmos_desktop.core.services import open_recorder

    return open_recorder(runs_dir)
