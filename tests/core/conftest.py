"""Fixtures shared by the core tests."""

import os
from pathlib import Path

import pytest

from rmos_desktop.core.pipeline import rmos_toolpaths
from rmos_desktop.core.runs import store as store_mod
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


@pytest.fixture
def write_calls(recorder, monkeypatch) -> list[tuple[str, str]]:
    """What the store and the recorder's ledger do from here on, in order: ("fsync", a file's name or "dir"),
    ("link", the final name), ("ledger", the line's kind). The calls still happen."""
    calls: list[tuple[str, str]] = []
    real_fsync, real_link, real_append = os.fsync, os.link, recorder.ledger.append

    def spy_fsync(fd):
        target = os.readlink(f"/proc/self/fd/{fd}")
        calls.append(("fsync", "dir" if os.path.isdir(target) else Path(target).name))
        return real_fsync(fd)

    def spy_link(src, dst, *a, **k):
        calls.append(("link", Path(dst).name))
        return real_link(src, dst, *a, **k)

    def spy_append(**kw):
        calls.append(("ledger", kw["kind"]))
        return real_append(**kw)

    monkeypatch.setattr(store_mod.os, "fsync", spy_fsync)
    monkeypatch.setattr(store_mod.os, "link", spy_link)
    monkeypatch.setattr(recorder.ledger, "append", spy_append)
    return calls
