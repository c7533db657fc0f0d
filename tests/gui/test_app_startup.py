"""`rmos-desktop` start-up: the self-test, the rotating log file, and the hint when Qt cannot open a window."""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from rmos_desktop.core import logsetup
from rmos_desktop.core.settings import log_dir
from rmos_desktop.gui import app as app_mod

SELF_TEST_OK = re.compile(
    r"^rmos-desktop self-test: OK \(catalog \S+, run [0-9a-f]{32}, gcode sha256 [0-9a-f]{64}\)$", re.M
)


def app_command() -> list[str]:
    """The installed `rmos-desktop` script of this environment (what a user runs)."""
    script = Path(sys.executable).with_name("rmos-desktop")
    return [str(script)] if script.exists() else [sys.executable, "-m", "rmos_desktop.gui.app"]


def private_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "RMOS_"))}
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    env.update(extra)
    return env


def run_app(args: list[str], env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(app_command() + args, check=False, env=env, capture_output=True, text=True, timeout=timeout)


# -- logging ------------------------------------------------------------------------------------------


def test_rotating_log_file_is_installed_in_the_platformdirs_log_folder():
    root = logging.getLogger()
    try:
        path = logsetup.setup_logging(console=False)
        assert path == logsetup.log_file_path() == log_dir() / "rmos-desktop.log"
        assert str(path).startswith(os.environ["XDG_STATE_HOME"])  # conftest's private folder, not the user's
        handlers = [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
        assert len(handlers) == 1
        assert handlers[0].maxBytes == 1_000_000 and handlers[0].backupCount == 5
        assert Path(handlers[0].baseFilename) == path
        logging.getLogger("rmos_desktop.test").info("a line for the log file")
        handlers[0].flush()
        assert "INFO rmos_desktop.test: a line for the log file" in path.read_text(encoding="utf-8")

        # Setting up again replaces the handlers instead of doubling every line.
        logsetup.setup_logging(console=True)
        ours = [h for h in root.handlers if h in logsetup._installed]
        assert len(ours) == 2
    finally:
        logsetup.shutdown_logging()
    assert not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers)


def test_log_file_rotates_at_its_size_limit(monkeypatch):
    monkeypatch.setattr(logsetup, "MAX_BYTES", 2000)
    try:
        path = logsetup.setup_logging(console=False)
        for i in range(200):
            logging.getLogger("rmos_desktop.test").info("line %d %s", i, "x" * 40)
    finally:
        logsetup.shutdown_logging()
    backups = sorted(p.name for p in path.parent.glob("rmos-desktop.log.*"))
    assert backups == [f"rmos-desktop.log.{n}" for n in range(1, 6)]
    assert path.stat().st_size <= 2000


def test_unwritable_log_folder_falls_back_to_the_console(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    monkeypatch.setattr(logsetup, "log_dir", lambda: blocker / "log")
    try:
        assert logsetup.setup_logging(console=False) is None
    finally:
        logsetup.shutdown_logging()
    assert "cannot be written" in capsys.readouterr().err


def test_error_dialog_names_the_log_file(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    old = sys.excepthook
    try:
        app_mod.install_exception_hook()
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    assert str(logsetup.log_file_path()) in shown[0]


# -- the self-test -------------------------------------------------------------------------------------


@pytest.mark.slow
def test_self_test_from_the_command_line_prints_one_ok_line_and_writes_the_log(tmp_path):
    env = private_env(tmp_path)  # no QT_QPA_PLATFORM: the self-test must go headless by itself
    env.pop("DISPLAY", None)
    proc = run_app(["--self-test"], env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert SELF_TEST_OK.fullmatch(proc.stdout.strip()), proc.stdout
    assert proc.stderr == ""
    log_text = (tmp_path / "state" / "rmos-desktop" / "log" / "rmos-desktop.log").read_text(encoding="utf-8")
    assert "Qt platform offscreen" in log_text and proc.stdout.strip() in log_text
    # Nothing was recorded in the user's runs folder, and the temporary one is gone.
    assert not (tmp_path / "data" / "rmos-desktop" / "runs").exists()


def test_self_test_gcode_hash_is_the_same_every_time(qapp):
    """Determinism: two self-tests of one installation print the same G-code hash (and different run ids)."""
    from rmos_desktop.gui.selftest import run_self_test

    first, second = run_self_test(), run_self_test()
    assert first[0] and second[0], (first, second)
    assert first[1].split("gcode sha256 ")[1] == second[1].split("gcode sha256 ")[1]
    assert first[1] != second[1]


def test_self_test_fails_with_the_reason_when_a_stored_hash_is_wrong(qapp, monkeypatch):
    from rmos_desktop.gui import selftest

    real = selftest.verify_artifact_file

    def tampered(path, **kw):
        path.chmod(0o644)
        data = json.loads(path.read_text(encoding="utf-8"))
        data["outputs"]["toolpaths"]["feed_length_mm"] += 1
        path.write_text(json.dumps(data), encoding="utf-8")
        return real(path, **kw)

    monkeypatch.setattr(selftest, "verify_artifact_file", tampered)
    passed, verdict = selftest.run_self_test()
    assert not passed
    assert verdict.startswith("rmos-desktop self-test: FAILED: toolpaths_sha256 in the artifact is ")
    assert "\n" not in verdict


def test_self_test_reports_a_crash_in_one_line(qapp, monkeypatch):
    from rmos_desktop.core import resources
    from rmos_desktop.gui import selftest

    monkeypatch.setattr(resources, "examples_dir", lambda: Path("/nonexistent/examples"))
    passed, verdict = selftest.run_self_test()
    assert not passed and verdict.startswith("rmos-desktop self-test: FAILED: FileNotFoundError")


# -- when Qt cannot open a window ----------------------------------------------------------------------


def test_hint_names_the_missing_libraries_and_their_packages():
    hint = app_mod.platform_failure_hint(
        ['Could not load the Qt platform plugin "xcb" in "" even though it was found.'],
        {"DISPLAY": ":0"},
        missing=lambda env: ["libxcb-cursor.so.0", "libxcb-icccm.so.4"],
    )
    assert "These system libraries are missing: libxcb-cursor.so.0, libxcb-icccm.so.4." in hint
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4\n" in hint
    for package in ("libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-keysyms1", "libxcb-render-util0"):
        assert package in hint.splitlines()[-2]
    assert hint.endswith("rmos-desktop --self-test")


def test_hint_without_a_display_says_so():
    hint = app_mod.platform_failure_hint(["could not connect to display"], {}, missing=lambda env: [])
    assert "No display is set" in hint and "apt-get" not in hint


def test_hint_for_another_platform_names_the_variable():
    hint = app_mod.platform_failure_hint(['Could not find the Qt platform plugin "nope"'], {"QT_QPA_PLATFORM": "nope"})
    assert "QT_QPA_PLATFORM is set to 'nope'" in hint


def test_known_library_list_covers_what_the_x11_plugin_links():
    """XCB_LIBRARIES must name every X11 library Qt's xcb plugin needs, so the hint's apt line is complete."""
    from PySide6.QtCore import QLibraryInfo

    qt = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    needed = set()
    for lib in (qt / "platforms" / "libqxcb.so", qt.parent / "lib" / "libQt6XcbQpa.so.6"):
        needed |= set(re.findall(rb"(lib(?:xcb|xkbcommon|X11)[\w.-]*\.so\.\d+)\x00", lib.read_bytes()))
    names = {n.decode() for n in needed}
    assert names and "libxcb-cursor.so.0" in names
    assert names <= set(app_mod.XCB_LIBRARIES), sorted(names - set(app_mod.XCB_LIBRARIES))


def test_unreachable_display_prints_the_hint_instead_of_aborting(tmp_path):
    proc = run_app([], private_env(tmp_path, QT_QPA_PLATFORM="xcb", DISPLAY=":9731"), timeout=30)
    assert proc.returncode == app_mod.EXIT_NO_PLATFORM, (proc.returncode, proc.stderr)
    assert "rmos-desktop: Qt could not open a window on this display." in proc.stderr
    assert "Check that the display ':9731' is running" in proc.stderr
    log_text = (tmp_path / "state" / "rmos-desktop" / "log" / "rmos-desktop.log").read_text(encoding="utf-8")
    assert "CRITICAL" in log_text and "Qt said:" in log_text


def test_missing_x11_library_is_named(tmp_path):
    """A copy of Qt's X11 plugin that links a library this system lacks: the hint names that library."""
    from PySide6.QtCore import QLibraryInfo

    qt_plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    platforms = tmp_path / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    (tmp_path / "lib").symlink_to(qt_plugins.parent / "lib")  # the plugin's RUNPATH is $ORIGIN/../../lib
    plugin = (qt_plugins / "platforms" / "libqxcb.so").read_bytes()
    assert plugin.count(b"libxcb-icccm.so.4\x00") == 1
    (platforms / "libqxcb.so").write_bytes(plugin.replace(b"libxcb-icccm.so.4\x00", b"librmos-absent.so\x00"))
    env = private_env(tmp_path, QT_QPA_PLATFORM="xcb", QT_QPA_PLATFORM_PLUGIN_PATH=str(platforms), DISPLAY=":9731")
    proc = run_app([], env, timeout=30)
    assert proc.returncode == app_mod.EXIT_NO_PLATFORM, (proc.returncode, proc.stderr)
    assert "These system libraries are missing: librmos-absent.so" in proc.stderr
    assert "apt-file search librmos-absent.so" in proc.stderr
