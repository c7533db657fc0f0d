"""The real app on a real X server: `rmos-desktop` under Xvfb with Qt's xcb plugin, and a screenshot of the
screen taken by a second X client (not the app's own rendering)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.gui.test_app_startup import app_command, private_env
from tests.tools import need_tool

SCREEN = (1600, 1000)
SCREENSHOT_OUT = os.environ.get("RMOS_XVFB_SCREENSHOT")  # optional: keep the PNG for a person to look at

GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(["grab"])
image = app.primaryScreen().grabWindow(0).toImage()
sys.exit(0 if image.save(sys.argv[1], "PNG") else 1)
"""


@pytest.fixture
def xvfb():
    """A private Xvfb display; yields its DISPLAY value."""
    need_tool("Xvfb", "xvfb")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()  # Xvfb writes its display number once it accepts connections
    try:
        assert number, f"Xvfb did not start: {server.stderr.read().decode(errors='replace') if server.stderr else ''}"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def grab_screen(display: str, out: Path, env: dict[str, str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", GRAB, str(out)],
        env={**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr


def screen_colours(path: Path) -> tuple[int, int]:
    """(distinct colours where the window sits, with no window manager: the top-left corner; image width)."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    return len({image.pixel(x, y) for x in range(0, 700, 3) for y in range(0, 500, 3)}), image.width()


@pytest.mark.slow
def test_real_window_on_xvfb(xvfb, tmp_path, qapp):
    env = private_env(tmp_path, QT_QPA_PLATFORM="xcb", DISPLAY=xvfb, RMOS_RUNS_DIR=str(tmp_path / "runs"))
    log_file = tmp_path / "state" / "rmos-desktop" / "log" / "rmos-desktop.log"
    app = subprocess.Popen(app_command(), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while "main window shown" not in (log_file.read_text(encoding="utf-8") if log_file.exists() else ""):
            if app.poll() is not None:
                pytest.fail(f"rmos-desktop exited with {app.returncode} on Xvfb:\n{app.stderr.read()}")
            assert time.monotonic() < deadline, "the main window was not shown within 30 s"
            time.sleep(0.1)
        log_text = log_file.read_text(encoding="utf-8")
        assert "Qt platform xcb" in log_text

        shot = tmp_path / "xvfb-main-window.png"
        deadline = time.monotonic() + 15
        while True:  # the window maps and paints shortly after show()
            time.sleep(0.5)
            grab_screen(xvfb, shot, env)
            inside, width = screen_colours(shot)
            if inside > 40 or time.monotonic() > deadline:
                break
        assert width == SCREEN[0]
        assert inside > 40, f"the window area shows only {inside} colours: nothing was painted"
        assert app.poll() is None, "the app quit on its own"
        if SCREENSHOT_OUT:
            shutil.copy(shot, SCREENSHOT_OUT)
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait(10)
