"""Screenshots of the translated dialogs in every shipped language at 1366×768 (100 %), offscreen, so a person
can judge the translations in place: the Settings, Audit and Verify dialogs, and the main window (1366 x 696, the
screen less a 40 px taskbar and a 32 px title bar) after generating a long-named example job.

    uv run python docs/screenshots_i18n.py            # writes docs/screenshots/i18n/<dialog>-<lang>-1366x768.png
    uv run python docs/screenshots_i18n.py OUT_DIR    # somewhere else

Runs against a throwaway runs directory and settings file; the language is installed exactly as the app does
it at start (rmos_desktop.gui.i18n.install_translators) before each dialog is built.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
for folder in (REPO, REPO / "docs"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots_history import LONG_JOB, TASKBAR, TITLE, record_runs, save, wait_until  # noqa: E402

from rmos_desktop.core.services import AppServices  # noqa: E402
from rmos_desktop.core.settings import LANGUAGES, Settings, save_settings  # noqa: E402

SCREEN = (1366, 768)


def shoot(out_dir: Path) -> list[Path]:
    from rmos_desktop.gui import fit
    from rmos_desktop.gui.audit_dialog import AuditDialog
    from rmos_desktop.gui.i18n import install_translators
    from rmos_desktop.gui.settings_dialog import SettingsDialog
    from rmos_desktop.gui.tasks import TaskRunner
    from rmos_desktop.gui.theme import apply_theme
    from rmos_desktop.gui.verify_dialog import VerifyDialog, verify_with_services

    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["rmos-desktop-screenshots"])
    apply_theme(app, 100)
    real_screen = fit.available_size
    fit.available_size = lambda _w: QSize(SCREEN[0], SCREEN[1] - TASKBAR)
    shots: list[Path] = []
    try:
        with tempfile.TemporaryDirectory(prefix="rmos-i18n-shots-") as tmp:
            work = Path(tmp)
            settings_path = work / "config" / "settings.json"
            save_settings(Settings(runs_dir=str(work / "runs"), operator="Dana"), settings_path)
            services = AppServices.load(settings_path=settings_path)
            ids = record_runs(services)
            gcode = work / "side-kerfs.nc"
            index = services.index
            gcode.write_text(index.read_artifact(index.get(ids["ok"]))[0].outputs.gcode_text or "", encoding="utf-8")
            tasks = TaskRunner()
            tag = f"{SCREEN[0]}x{SCREEN[1]}"
            for lang in LANGUAGES:
                install_translators(app, lang)
                settings = SettingsDialog(services.settings, services.catalog, services.runs)
                shots.append(save(settings, out_dir, f"settings-{lang}-{tag}"))
                settings.close()
                audit = AuditDialog(services, tasks)
                audit.show()
                wait_until(lambda a=audit: a.report is not None, "the audit to finish")
                shots.append(save(audit, out_dir, f"audit-{lang}-{tag}"))
                audit.close()
                verify = VerifyDialog(verify_with_services(services, gcode))
                shots.append(save(verify, out_dir, f"verify-{lang}-{tag}"))
                verify.close()
                shots.append(shoot_main_window(services, work, out_dir, f"main-window-{lang}-{tag}"))
            tasks.wait_all(30000)
    finally:
        fit.available_size = real_screen
        install_translators(app, "en")
    return shots


def shoot_main_window(services: AppServices, work: Path, out_dir: Path, name: str) -> Path:
    """The main window, built after the language is installed (as at start), after generating a long-named job."""
    from rmos_desktop.core.resources import examples_dir
    from rmos_desktop.gui.main_window import MainWindow

    window = MainWindow(services)
    window.confirm_repeat = lambda *_args: True
    window.show()  # a first start may maximise to the (offscreen) screen: back to the shop screen's size
    wait_until(window.isVisible, "the window to show")
    window.showNormal()
    window.resize(SCREEN[0], SCREEN[1] - TASKBAR - TITLE)
    raw = json.loads((examples_dir() / "kerf-array-side-kerfs.json").read_text(encoding="utf-8"))
    job = work / "long-job.json"
    job.write_text(json.dumps({**raw, "job_name": LONG_JOB}), encoding="utf-8")
    window.open_job_file(job)
    window.generate()
    wait_until(lambda: not window.controller.generating, "the generation to finish")
    wait_until(lambda: window.preview.loaded is not None and not window.preview.loading, "the preview to load")
    window.resize(SCREEN[0], SCREEN[1] - TASKBAR - TITLE)
    wait_until(lambda: window.size() == QSize(SCREEN[0], SCREEN[1] - TASKBAR - TITLE), "the window's size")
    path = save(window, out_dir, name)
    window.tasks.wait_all(10000)
    window.close()
    return path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0]) if args else Path(__file__).resolve().parent / "screenshots" / "i18n"
    for path in shoot(out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
