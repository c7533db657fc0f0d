"""Fixtures shared by the core tests."""

import pytest

from rmos_desktop.core.pipeline import rmos_toolpaths
from tests.conftest import load_example


@pytest.fixture
def ok_run(recorder, catalog):
    """An OK run (a kerf array) recorded by operator Dana: the payload rmos_toolpaths returns."""
    return rmos_toolpaths(load_example("kerf-array-side-kerfs"), recorder=recorder, catalog=catalog, operator="Dana")


@pytest.fixture
def usb(tmp_path):
    """An empty folder standing for a USB stick."""
    d = tmp_path / "usb"
    d.mkdir()
    return d
