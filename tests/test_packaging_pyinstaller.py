"""packaging/build-linux.sh builds the one-folder app and the built app passes its own self-test."""

from __future__ import annotations

import os
import re
import subprocess

import pytest

from rmos_desktop.gui.app import APP_ID
from tests.conftest import REPO


@pytest.mark.slow
def test_build_linux_makes_a_one_folder_app_that_passes_its_self_test(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "RMOS_", "VIRTUAL_ENV"))}
    env.update(DIST_DIR=str(tmp_path / "dist"), BUILD_DIR=str(tmp_path / "build"))
    proc = subprocess.run(
        ["bash", str(REPO / "packaging" / "build-linux.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert re.search(r"^rmos-desktop self-test: OK \(catalog .+\)$", proc.stdout, re.M), proc.stdout
    app = tmp_path / "dist" / "rmos-desktop"
    resources = app / "_internal" / "resources"
    assert (resources / "catalog" / "blades.json").is_file()
    assert (resources / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    # The same folder also answers as the `rmos` command line.
    cli = subprocess.run(
        [str(app / "rmos"), "--help"], capture_output=True, text=True, timeout=60, check=False, env=env
    )
    assert cli.returncode == 0 and "usage: rmos" in cli.stdout, cli.stdout + cli.stderr
