"""docs/screenshots.py keeps working: it drives the real app offscreen and writes every picture the README
shows, none of them blank."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow


def test_the_screenshot_script_writes_every_picture_the_readme_shows(tmp_path):
    pytest.importorskip("PySide6")
    from PySide6.QtGui import QImage

    env = {k: v for k, v in os.environ.items() if not k.startswith("RMOS_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    out = tmp_path / "shots"
    proc = subprocess.run(
        [sys.executable, str(REPO / "docs" / "screenshots.py"), str(out)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    written = {p.name for p in out.glob("*.png")}
    shown = set(re.findall(r"docs/screenshots/([\w.-]+\.png)", (REPO / "README.md").read_text(encoding="utf-8")))
    assert shown, "the README shows no screenshots"
    assert shown <= written, f"README shows pictures the script does not make: {sorted(shown - written)}"
    for name in sorted(written):
        image = QImage(str(out / name))
        assert not image.isNull() and image.width() >= 600 and image.height() >= 400, name
        # A blank or single-colour grab has a handful of colours; a real window has hundreds.
        step = max(1, image.width() // 200)
        colours = {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}
        assert len(colours) > 50, f"{name} looks blank ({len(colours)} colours)"
    # The user's own data folder was never touched.
    assert not (tmp_path / "data" / "rmos-desktop").exists()
