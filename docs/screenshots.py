"""Refresh the README's screenshots from the real app, offscreen, so they never drift from it.

    uv run python docs/screenshots.py            # writes docs/screenshots/*.png
    uv run python docs/screenshots.py OUT_DIR    # somewhere else (the test suite does this)

Everything runs against a throwaway runs directory and settings file: the user's records are never touched.
Each shot drives the app the way a user would (open an example job, Generate, open a dialog) and waits for
the app's own signals, so a shot that cannot be taken fails loudly instead of saving a blank window.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SCREEN_CONFIG = Path(tempfile.gettempdir()) / "rmos-screenshots-screen.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    # Qt's offscreen screen is 800 x 600 unless told otherwise; windows larger than it are clamped to it.
    SCREEN_CONFIG.write_text(
        '{"screens": [{"name": "shots", "x": 0, "y": 0, "width": 2560, "height": 1440, "logicalDpi": 96}]}',
        encoding="utf-8",
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN_CONFIG}"

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # `python docs/screenshots.py` from a checkout
    sys.path.insert(0, str(REPO))

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from rmos_desktop.core.resources import resources_dir  # noqa: E402
from rmos_desktop.core.services import AppServices  # noqa: E402
from rmos_desktop.core.settings import Settings, save_settings  # noqa: E402

WINDOW_SIZE = (1366, 688)  # maximised on the shop PC's 1366 x 768 screen (taskbar and title bar taken off)
LARGE_SIZE = (1920, 1000)  # maximised on a 1920 x 1080 touch screen, shown at 150 % UI scale
HISTORY_SIZE = (1920, 1050)


def _quiet_offscreen_notes() -> None:
    """The offscreen platform's note about size hints is noise here (the tests ignore it the same way)."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(mode, context, message: str) -> None:
        if "does not support" not in message:  # propagateSizeHints(), raise()
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def wait_until(predicate: Callable[[], bool], what: str, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise RuntimeError(f"screenshot: gave up waiting for {what}")
        QTest.qWait(20)


def settle(ms: int = 150) -> None:
    QTest.qWait(ms)


def save(widget: QWidget, out_dir: Path, name: str) -> Path:
    settle()
    path = out_dir / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise RuntimeError(f"screenshot: could not write {path}")
    return path


def example(name: str) -> Path:
    return resources_dir() / "examples" / f"{name}.json"


class Session:
    """A main window over a private runs directory, driven like a user drives it."""

    def __init__(self, work: Path, size: tuple[int, int] = WINDOW_SIZE, scale: int = 100):
        from rmos_desktop.gui.main_window import MainWindow
        from rmos_desktop.gui.theme import apply_theme

        settings_path = work / "config" / "settings.json"
        save_settings(Settings(runs_dir=str(work / "runs"), operator="Dana", ui_scale=scale), settings_path)
        self.services = AppServices.load(settings_path=settings_path)
        apply_theme(QApplication.instance(), scale)
        self.window = MainWindow(self.services)
        self.window.ask_acknowledgement = lambda warnings: True  # YELLOW: the machinist acknowledges
        self.window.confirm_repeat = lambda: True
        self.window.maximise_on_small_screens = False  # offscreen's 800 x 600 screen: keep the size asked for
        self.window.resize(*size)
        self.window.show()
        settle(300)

    def open_job(self, name: str) -> None:
        if not self.window.open_job_file(example(name)):
            raise RuntimeError(f"screenshot: the example job {name} did not load")
        self.window.evaluate_now()
        settle()

    def generate(self) -> dict:
        results: list = []
        self.window.sig_generation_finished.connect(results.append)
        try:
            self.window.generate()
            wait_until(lambda: bool(results), "Generate to finish")
        finally:
            self.window.sig_generation_finished.disconnect(results.append)
        self.window.tasks.wait_all(30000)
        settle(300)
        return results[0]

    def close(self) -> None:
        self.window.tasks.wait_all(30000)
        self.window.close()


def export_shot(s: Session, work: Path, out_dir: Path) -> Path:
    """The export dialog with a USB stick, a read-only card and the workstation's disk (a fixed list, so the
    picture does not depend on what this machine has mounted), after a verified export to the stick."""
    from rmos_desktop.gui.export_dialog import ExportDialog, Volume

    usb = work / "media" / "SHOP-USB"
    usb.mkdir(parents=True)
    volumes = [
        Volume(str(usb), "SHOP-USB", 7_650_000_000, "vfat", read_only=False, removable=True, device="/dev/sdb1"),
        Volume(str(work / "media" / "CARD"), "CARD", 1_900_000_000, "exfat", read_only=True, removable=True),
        Volume(str(work), "Workstation disk", 112_000_000_000, "ext4", read_only=False, removable=False),
    ]
    run_id = s.window._export_run_id
    if not run_id:
        raise RuntimeError("screenshot: the kerf-array job did not give an OK run to export")
    dialog = ExportDialog(s.services, run_id, tasks=s.window.tasks, volume_source=lambda: volumes, parent=s.window)
    dialog.resize(900, 560)
    dialog.show()
    settle(300)
    if not dialog.select_root(str(usb)):
        raise RuntimeError("screenshot: the USB stick is not selectable in the export dialog")
    done: list = []
    dialog.sig_exported.connect(done.append)
    dialog.export_button.click()
    wait_until(lambda: bool(done), "the export to be verified")
    path = save(dialog, out_dir, "export-dialog")
    dialog.close()
    return path


def shoot(out_dir: Path) -> list[Path]:
    """Take every screenshot into `out_dir`; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    QApplication.instance() or QApplication(["rmos-desktop-screenshots"])
    _quiet_offscreen_notes()
    shots: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="rmos-shots-") as tmp:
        work = Path(tmp)
        s = Session(work)
        w = s.window
        shots.append(save(w, out_dir, "start-page"))

        s.open_job("yellow-veneer-fast")
        shots.append(save(w, out_dir, "risk-panel-yellow"))
        s.generate()  # acknowledged: an OK run with its warnings on record

        s.open_job("red-kerfcut-overspeed")
        shots.append(save(w, out_dir, "red-form"))
        s.generate()
        shots.append(save(w, out_dir, "blocked-run"))

        s.open_job("kerf-array-side-kerfs")
        s.generate()
        wait_until(lambda: w.preview.loaded is not None and not w.preview.loading, "the preview to draw the program")
        shots.append(save(w, out_dir, "generated-kerf-array"))
        shots.append(export_shot(s, work, out_dir))

        history = w.open_history()
        history.resize(*HISTORY_SIZE)
        wait_until(lambda: history.model.rowCount() >= 3, "the run history to list the runs")
        wait_until(lambda: not history._reconciling, "the run history to settle")
        blocked = next(
            history.model.row_at(i).run_id
            for i in range(history.model.rowCount())
            if history.model.row_at(i).status == "BLOCKED"
        )
        if not history.select_run(blocked):
            raise RuntimeError("screenshot: the blocked run cannot be selected in the history")
        shots.append(save(history, out_dir, "history-blocked-run"))
        history.close()

        audit = w.open_audit_dialog()
        audit.resize(1000, 600)
        wait_until(lambda: audit.report is not None, "the audit to finish")
        shots.append(save(audit, out_dir, "audit"))
        audit.close()
        s.close()
    shots += large_shots(out_dir)
    return shots


def large_shots(out_dir: Path) -> list[Path]:
    """The same screens on a 1920 x 1080 touch screen at 150 % (fonts and controls for gloves)."""
    from rmos_desktop.gui.theme import apply_theme

    shots = []
    with tempfile.TemporaryDirectory(prefix="rmos-shots-150-") as tmp:
        s = Session(Path(tmp), LARGE_SIZE, 150)
        w = s.window
        s.open_job("red-kerfcut-overspeed")
        shots.append(save(w, out_dir, "red-form-1920x1080-150"))
        s.generate()
        s.open_job("kerf-array-side-kerfs")
        s.generate()
        wait_until(lambda: w.preview.loaded is not None and not w.preview.loading, "the preview to draw the program")
        shots.append(save(w, out_dir, "generated-kerf-array-1920x1080-150"))
        w.preview.view_tabs.setCurrentIndex(1)
        shots.append(save(w, out_dir, "side-view-blade-1920x1080-150"))
        w.preview.view_tabs.setCurrentIndex(2)
        shots.append(save(w, out_dir, "positions-1920x1080-150"))
        s.close()
        apply_theme(QApplication.instance(), 100)
    return shots


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0]) if args else Path(__file__).resolve().parent / "screenshots"
    for path in shoot(out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
